"""Adversarial probes of unread_figures, read_report and ``extract --unread`` (session adv15).

Each probe states what must hold for hostile or odd input: report text, source
names and group names are untrusted; the unread list agrees with extract() on
what was read; the command never loses the report it reads.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from casualtylog.errors import ClaimValidationError
from casualtylog.figures import Figure
from casualtylog.text import ReportReading, UnreadFigure, extract, read_report, unread_figures
from casualtylog.text.detect import UnsupportedLanguageWarning
from casualtylog.text.extract import MAX_QUOTE
from tests.text._read import run_extract_command

_TAGS = {"div", "/div", "mark", "/mark", "br"}


def _tags(html: str) -> set[str]:
    return set(re.findall(r"<(/?[A-Za-z][A-Za-z0-9]*)", html))


# --- The unread list agrees with extract() on what was read ---------------------------------------------------


def test_a_table_header_is_forgotten_at_a_line_of_digits_as_extract_forgets_it() -> None:
    # extract() reads "| Kyiv | 3 |" as a sentence (the line "7" ended the table) and reads nothing from it;
    # the list walked only lines with letters, kept the header, took the row for a table row and dropped the 3.
    text = "| Killed | Injured |\n| 10 | 12 |\n7\n| Kyiv | 3 |"
    read = {x.span for x in extract(text, source="s", reported_at="2025-04-24", language="en")}
    assert read == {(23, 25), (28, 30)}
    assert [u.surface for u in unread_figures(text, language="en", every=True)] == ["3"]


def test_a_figure_extract_dates_to_an_earlier_year_is_listed_when_the_report_date_is_given() -> None:
    text = "In 2008, a quake killed 70,000 people."
    assert extract(text, source="s", reported_at="2025-04-24", language="en") == []
    listed = unread_figures(text, language="en", every=True, reported_at="2025-04-24")
    assert [u.surface for u in listed] == ["70,000"]
    r = read_report(text, source="s", reported_at="2025-04-24", language="en", every=True)
    assert [u.surface for u in r.unread] == ["70,000"]


def test_a_date_line_dates_the_list_as_it_dates_extract() -> None:
    text = "Date: 2008-06-01\nIn 2008, a quake killed 70,000 people."
    assert [x.surface for x in extract(text, source="s", reported_at="2025-04-24", language="en")] == ["70,000"]
    assert unread_figures(text, language="en", every=True, reported_at="2025-04-24") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Medics treated 23 people and took 7 to hospital. The 3 buses were empty."),
        ("nl", "Bij de aanval kwamen 12 mensen om het leven. Er stonden 4 bussen leeg."),
        ("fr", "Au moins 12 personnes ont été tuées. Les 3 bus étaient vides."),
        ("de", "Mindestens 12 Menschen wurden getötet. Die 3 Busse waren leer."),
        ("es", "Al menos 12 personas murieron. Los 3 autobuses estaban vacíos."),
    ],
)
def test_in_each_language_no_unread_span_is_a_read_span(language: str, text: str) -> None:
    r = read_report(text, source="s", reported_at="2025-04-24", language=language, every=True)
    assert r.claims, language
    read = {x.span for x in r.extractions}
    assert r.unread, language
    assert all(u.span not in read for u in r.unread)


_ALPHABET = [*"0123456789 ,.:|\n\r\t-abdeikllnoprstuyKIH\u200b\u202e", "killed", " injured", " dead", "2008", "In "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=60).map("".join))
def test_every_unread_span_is_inside_the_text_and_never_a_read_claims_span(text: str) -> None:
    r = read_report(text, source="s", reported_at="2025-04-24", language="en", every=True)
    read = {x.span for x in r.extractions}
    for u in r.unread:
        assert 0 <= u.span[0] < u.span[1] <= len(text)
        assert u.sentence_span[0] <= u.span[0] < u.span[1] <= u.sentence_span[1]
        assert text[u.span[0] : u.span[1]] == u.surface
        assert u.span not in read


def test_empty_text_and_text_of_only_numbers_list_nothing() -> None:
    assert unread_figures("", language="en", every=True) == []
    assert unread_figures("1 2 3 4 5\n6, 7; 8", language="en", every=True) == []
    r = read_report("", source="s", reported_at="2025-04-24", language="en")
    assert str(r) == "read 0 claims, left 0 figures unread"
    assert r._repr_html_().startswith('<div style="line-height:1.6"></div>')


def test_an_unsupported_language_warns_once_and_still_lists_the_figures() -> None:
    text = "Загинули 12 людей, 5 поранені."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        listed = unread_figures(text, every=True)
    assert [w.category for w in caught] == [UnsupportedLanguageWarning]
    assert [u.surface for u in listed] == ["12", "5"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_report(text, source="s", reported_at="2025-04-24", every=True)
    assert [w.category for w in caught] == [UnsupportedLanguageWarning]  # detected once, warned once


def test_crlf_zero_width_and_rtl_characters_keep_spans_exact() -> None:
    text = "Medics treated 23 people\r\nand took\u200b 7 to hospital.\u202e The 3 buses\u2028were empty."
    for u in unread_figures(text, language="en", every=True):
        assert text[u.span[0] : u.span[1]] == u.surface
    r = read_report(text, source="s", reported_at="2025-04-24", language="en", every=True)
    shown = str(r)
    assert not set(shown) & {"\u202e", "\u200b", "\r", "\u2028"}
    html = r._repr_html_()
    assert not set(html) & {"\u202e", "\r"}
    assert _tags(html) <= _TAGS


def test_one_long_sentence_with_many_figures_is_copied_once() -> None:
    text = "x. " + "the 3 buses and 4 cars " * 200
    listed = unread_figures(text, language="en", every=True)
    assert len(listed) == 400
    assert all(u.sentence is listed[0].sentence for u in listed)  # one string, not 400 copies of it


def test_str_quotes_a_bounded_piece_of_a_long_sentence() -> None:
    # 100 kB in one sentence, one line per unread figure: the whole sentence on each line was 1.4 GB.
    text = "took 7 to hospital, " * 500
    r = read_report(text, source="s", reported_at="2025-04-24", language="en", every=True)
    assert len(r.unread) == 500
    lines = str(r).splitlines()
    assert len(lines) == 501
    assert max(len(line) for line in lines) < 300
    assert "took 7 to hospital" in lines[1]


# --- The HTML: escaped and inert -----------------------------------------------------------------------------


def test_report_text_source_and_quotes_in_attributes_cannot_escape_the_title() -> None:
    hostile = (
        '"\' onmouseover=alert(1) x=" 12 people were killed, said <svg/onload=alert(1)> on Telegram. '
        "<a href='javascript:alert(1)'>7</a> took 7 to hospital. <!-- 3 --> <![CDATA[ 4 ]]>"
    )
    source = '" onmouseover="alert(1)" data-x=\'<script>\''
    r = read_report(hostile, source=source, reported_at="2025-04-24", language="en", every=True)
    html = r._repr_html_()
    assert _tags(html) <= _TAGS
    assert "<!" not in html
    # Every attribute value is closed by its own quote: no quote from the text inside one.
    for value in re.findall(r'(?:style|title)="([^"]*)"', html):
        assert not set(value) & {"<", "'"}
    for opening in re.findall(r"<(?:mark|div)\b[^>]*>", html):
        assert re.fullmatch(r'<(?:mark|div)(?: (?:style|title)="[^"]*")*>', opening), opening


def test_a_group_name_and_metric_in_the_title_are_escaped() -> None:
    r = read_report("At least 12 children were killed.", source="<i>S</i>", reported_at="2025-04-24", language="en")
    assert [c.group for c in r.claims] == ["children"]
    html = r._repr_html_()
    assert "&lt;i&gt;S&lt;/i&gt;" in html
    assert _tags(html) <= _TAGS


def test_no_address_is_left_whole_when_a_mark_splits_it() -> None:
    text = "see a12://evil.example and https://evil.example/x 5 hurt"
    r = ReportReading(
        text=text,
        extractions=(),
        unread=(
            UnreadFigure(
                sentence=text,
                sentence_span=(0, len(text)),
                span=(5, 7),
                surface="12",
                figure=Figure.exact(12),
                metric=None,
            ),
        ),
    )
    html = r._repr_html_()
    assert "://" not in html
    assert "<mark" in html


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789 ,.:/<>&\"'=\n\r",
                "https://",
                "javascript:",
                "<script>",
                " killed",
                " took ",
                " to hospital",
                "a",
            ]
        ),
        max_size=50,
    ).map("".join),
    st.text(max_size=20),
)
def test_any_text_and_source_give_only_our_tags_and_no_address(text: str, source: str) -> None:
    try:
        r = read_report(text, source=source, reported_at="2025-04-24", language="en", every=True)
    except ClaimValidationError:
        assume(False)  # a source with no name: refused before any HTML is made
    html = r._repr_html_()
    assert _tags(html) <= _TAGS
    assert "://" not in html
    assert html.count("<mark") == html.count("</mark>")


def _figure(text: str, start: int, end: int) -> UnreadFigure:
    return UnreadFigure(
        sentence=text,
        sentence_span=(0, len(text)),
        span=(start, end),
        surface=text[start:end],
        figure=Figure.exact(1),
        metric="killed",
    )


def test_overlapping_spans_are_marked_once_and_every_note_is_kept() -> None:
    text = "Medics treated 23 people."
    x = extract(text, source="s", reported_at="2025-04-24", language="en")[0]
    assert x.span == (15, 17)
    r = ReportReading(text=text, extractions=(x,), unread=(_figure(text, 16, 24), _figure(text, 15, 17)))
    html = r._repr_html_()
    assert html.count("<mark") == 1 + 2  # one in the report, two in the legend
    title = re.search(r'<mark style="[^"]*" title="([^"]*)">', html)
    assert title is not None
    # the claim, the unread figure at the same span, and the one that overlaps it
    assert title.group(1).count("not read") == 2
    assert "injured: 23" in title.group(1)
    # the text is shown whole, each character once
    assert re.sub(r"<[^>]*>", "", html.split("</div>")[0]) == text


# --- The command ---------------------------------------------------------------------------------------------


def _base(report: Path) -> list[str]:
    return ["extract", str(report), "--source", "s", "--reported-at", "2025-04-24", "--language", "en"]


def test_unread_pointing_at_the_report_itself_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    body = "Medics treated 23 people and took 7 to hospital."
    report.write_text(body, "utf-8")
    assert run_extract_command([*_base(report), "--unread", str(report)]) == 1
    assert "report itself" in capsys.readouterr().err
    assert report.read_text("utf-8") == body  # not overwritten
    link = tmp_path / "same.txt"
    link.symlink_to(report)
    assert run_extract_command([*_base(report), "--unread", str(link)]) == 1
    assert report.read_text("utf-8") == body


def test_unread_pointing_at_a_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("took 7 to hospital.", "utf-8")
    assert run_extract_command([*_base(report), "--unread", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: cannot write --unread")
    assert "Traceback" not in err


def test_unread_at_an_unwritable_path_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("took 7 to hospital.", "utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked / "u.jsonl"
        code = run_extract_command([*_base(report), "--unread", str(target)])
        if code == 0:  # root writes anywhere
            assert target.exists()
        else:
            assert "cannot write --unread" in capsys.readouterr().err
    finally:
        locked.chmod(0o700)


def test_unread_to_dev_stdout_writes_the_list_before_the_claims(tmp_path: Path) -> None:
    import subprocess  # noqa: PLC0415 - only this probe runs the command in a process
    import sys  # noqa: PLC0415

    report = tmp_path / "report.txt"
    report.write_text("Medics treated 23 people and took 7 to hospital.", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "casualtylog", *_base(report), "--unread", "/dev/stdout"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [("claim" in x, x.get("surface")) for x in lines] == [(False, "7"), (True, "23")]


def test_the_command_warns_once_for_an_unsupported_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Загинули 12 людей, 5 поранені.", "utf-8")
    argv = ["extract", str(report), "--source", "s", "--reported-at", "2025-04-24", "--unread", str(tmp_path / "u")]
    assert run_extract_command([*argv, "--unread-all"]) == 0
    assert capsys.readouterr().err.count("Warning:") == 1
    assert len((tmp_path / "u").read_text("utf-8").splitlines()) == 2


def test_the_command_cuts_a_long_sentence_in_each_unread_line(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("took 7 to hospital, " * 400, "utf-8")
    out = tmp_path / "u.jsonl"
    assert run_extract_command([*_base(report), "--unread", str(out), "--unread-all"]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 400
    assert all(len(r["sentence"]) <= MAX_QUOTE and r["surface"] in r["sentence"] for r in rows)
    assert rows[0]["sentence_span"] == [0, 7999]


def test_unread_all_without_unread_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("took 7 to hospital.", "utf-8")
    assert run_extract_command([*_base(report), "--unread-all"]) == 1
    assert "--unread PATH" in capsys.readouterr().err
