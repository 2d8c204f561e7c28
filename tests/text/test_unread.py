"""unread_figures: the figures extract() reads nothing from, as a list to review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.errors import VocabularyError
from casualtylog.text import extract, unread_figures
from tests.text._read import run_extract_command

NEWS = Path(__file__).resolve().parent.parent / "data" / "news"


def _dev_records(language: str, limit: int = 120) -> list[dict[str, str]]:
    with (NEWS / f"{language}.dev.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle][:limit]


@pytest.mark.parametrize("language", ["en", "nl", "fr", "de", "es"])
def test_an_unread_figure_is_never_one_a_claim_was_read_from(language: str) -> None:
    for record in _dev_records(language):
        text = record["text"]
        read = {x.span for x in extract(text, source="s", reported_at="2025-01-01", language=language)}
        near = unread_figures(text, language=language)
        every = unread_figures(text, language=language, every=True)
        assert not read & {u.span for u in every}, record["id"]
        # The default list is the part of the longer one with a casualty word near: same items, same hints.
        assert set(near) <= set(every), record["id"]
        for u in every:
            assert text[u.span[0] : u.span[1]] == u.surface
            assert u.sentence == text[u.sentence_span[0] : u.sentence_span[1]]
            assert u.sentence_span[0] <= u.span[0] < u.span[1] <= u.sentence_span[1]


def test_the_hint_is_the_nearest_casualty_word_and_none_without_one() -> None:
    text = "Medics treated 23 people at the scene and took 7 to hospital. The 3 buses were empty."
    assert [(u.surface, u.metric) for u in unread_figures(text, language="en")] == [("7", "injured")]
    assert [(u.surface, u.metric) for u in unread_figures(text, language="en", every=True)] == [
        ("7", "injured"),
        ("3", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2024 at 10:30, a 45-year-old man paid 300 euros for a 5 km ride.",
        "The 2nd attack in 3 weeks.",
        "",
        "12 killed.",
    ],
)
def test_dates_ages_money_ordinals_durations_and_read_figures_are_not_listed(text: str) -> None:
    assert unread_figures(text, language="en", every=True) == []


def test_a_number_beside_a_casualty_word_is_listed_even_when_it_counts_something_else() -> None:
    # A list to review, not claims: "3 auto's" stands near "gewonden", so the reader is shown it.
    text = "Er vielen minstens 1.200 gewonden en 3 auto's brandden uit."
    assert [(u.surface, u.metric) for u in unread_figures(text, language="nl")] == [("3", "injured")]


def test_an_unsupported_language_is_an_error_naming_it() -> None:
    with pytest.raises(VocabularyError, match="xx"):
        unread_figures("12 killed.", language="xx")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-abcdeiklnoprstuwy\n")), max_size=300))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for u in unread_figures(text, language="en", every=True):
        assert 0 <= u.span[0] < u.span[1] <= len(text)
        assert text[u.span[0] : u.span[1]] == u.surface


def test_the_command_writes_unread_figures_beside_the_claims(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Medics treated 23 people at the scene and took 7 to hospital. The 3 buses were empty.", "utf-8")
    base = ["extract", str(report), "--source", "s", "--reported-at", "2025-04-24", "--language", "en"]
    near, every = tmp_path / "near.jsonl", tmp_path / "every.jsonl"
    assert run_extract_command([*base, "--unread", str(near)]) == 0
    assert [json.loads(line)["claim"]["figure"] for line in capsys.readouterr().out.splitlines()] == ["23"]
    assert [(r["surface"], r["figure"], r["metric"], r["span"]) for r in map(json.loads, near.read_text("utf-8").splitlines())] == [
        ("7", "7", "injured", [47, 48])
    ]
    assert run_extract_command([*base, "--unread", str(every), "--unread-all"]) == 0
    assert [json.loads(line)["surface"] for line in every.read_text("utf-8").splitlines()] == ["7", "3"]


def test_the_command_names_an_unwritable_unread_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("12 killed.", "utf-8")
    target = tmp_path / "missing-dir" / "u.jsonl"
    assert run_extract_command(["extract", str(report), "--source", "s", "--reported-at", "2025-04-24", "--unread", str(target)]) == 1
    assert "--unread" in capsys.readouterr().err
