"""Issue 16, input/output and the command line: one regression test per item, named after it.

Item 3: output paths never replace an input, the target, a store or a special
file, and new files honour the umask. Item 5: claim files have capped lines,
records and cells. Item 11: hostile flags are usage errors naming the flag,
and ``-`` reads JSON Lines for every command that reads claims. Item 12:
CSV writers quote every line break and defuse formulas in any cell of a
semicolon or tab locale; terminals and JSON never receive raw controls or bidi
isolates; PROV agent ids are injective.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim
from casualtylog.cli import main
from casualtylog.errors import ClaimFormatError
from casualtylog.exports import (
    acled_rows,
    prov_document,
    prov_json,
    read_ucdp_csv,
    ucdp_rows,
    write_acled_csv,
    write_ucdp_csv,
)
from casualtylog.exports.prov import local_name
from casualtylog.formats._cells import FORMULA_START, csv_row, defuse, restore
from casualtylog.formats._files import MAX_LINE_BYTES, open_output
from casualtylog.formats.csv import read_csv, write_hxl
from casualtylog.formats.errors import ClaimFileError
from casualtylog.formats.jsonl import read_jsonl, write_jsonl
from casualtylog.formats.resolutions import write_resolutions_csv
from casualtylog.worked_example import EVENT, kyiv_claims

GOOD = '{"event":"e","metric":"killed","figure":"3","source":"s","reported_at":"2025-01-01"}\n'
BAD = '{"event":"e","metric":"killed","figure":"-3","source":"s","reported_at":"2025-01-01"}\n'


class _Buffer(io.BytesIO):
    name = "<stdin>"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(_Buffer(data), encoding="utf-8"))


@pytest.fixture
def kyiv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "kyiv.jsonl"
    write_jsonl(kyiv_claims(), path)
    return path


@pytest.fixture
def store(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    pytest.importorskip("casualtylog.store")
    assert main(["add", "s.db", str(kyiv)]) == 0
    capsys.readouterr()
    return kyiv.parent / "s.db"


# -- item 3: output paths ------------------------------------------------------


def test_item3_rejects_cannot_be_the_store(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("bad.jsonl").write_text(GOOD + BAD, encoding="utf-8")
    before = store.read_bytes()
    assert main(["add", "s.db", "bad.jsonl", "--lenient", "--rejects", "s.db"]) == 2
    assert "--rejects 's.db' is also an input or the target" in capsys.readouterr().err
    assert store.read_bytes() == before
    assert main(["resolve", "s.db", EVENT, "killed", "--format", "json"]) == 0


def test_item3_rejects_cannot_be_an_input_or_a_jsonl_target(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("bad.jsonl").write_text(GOOD + BAD, encoding="utf-8")
    target, bad = kyiv.read_bytes(), Path("bad.jsonl").read_bytes()
    assert main(["add", "kyiv.jsonl", "bad.jsonl", "--lenient", "--rejects", "kyiv.jsonl"]) == 2
    assert main(["add", "kyiv.jsonl", "bad.jsonl", "--lenient", "--rejects", "./bad.jsonl"]) == 2
    Path("alias.jsonl").symlink_to("bad.jsonl")
    assert main(["add", "kyiv.jsonl", "bad.jsonl", "--lenient", "--rejects", "alias.jsonl"]) == 2
    err = capsys.readouterr().err
    assert err.count("is also an input or the target") == 3
    assert "Traceback" not in err
    assert (kyiv.read_bytes(), Path("bad.jsonl").read_bytes()) == (target, bad)


def test_item3_rejects_cannot_be_another_store(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("other.db").write_bytes(store.read_bytes())
    Path("bad.jsonl").write_text(GOOD + BAD, encoding="utf-8")
    assert main(["add", "t.jsonl", "bad.jsonl", "--lenient", "--rejects", "other.db"]) == 2
    assert "is a casualtylog store" in capsys.readouterr().err
    assert Path("other.db").read_bytes() == store.read_bytes()


def test_item3_export_cannot_overwrite_its_input_or_a_store(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = store.read_bytes()
    assert main(["export", "s.db", "s.db", "--format", "jsonl"]) == 2
    assert main(["export", "kyiv.jsonl", "s.db", "--format", "jsonl"]) == 2
    assert main(["export", "kyiv.jsonl", "kyiv.jsonl"]) == 2
    assert main(["demo", "--write", "s.db", "--format", "jsonl"]) == 2
    assert capsys.readouterr().err.count("error:") == 4
    assert store.read_bytes() == before


def test_item3_the_library_never_replaces_a_store_with_text(store: Path) -> None:
    before = store.read_bytes()
    with pytest.raises(ClaimFileError, match="casualtylog store"):
        write_jsonl(kyiv_claims(), store)
    assert store.read_bytes() == before


def test_item3_an_input_is_not_also_the_target(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = kyiv.read_bytes()
    assert main(["add", "kyiv.jsonl", "kyiv.jsonl"]) == 2
    assert "is the target itself" in capsys.readouterr().err
    assert kyiv.read_bytes() == before


def test_item3_rejects_needs_lenient(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("bad.jsonl").write_text(BAD, encoding="utf-8")
    assert main(["add", "t.jsonl", "bad.jsonl", "--rejects", "r.jsonl"]) == 2
    assert "--rejects needs --lenient" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_item3_a_fifo_is_written_in_place(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = Path("out.jsonl")
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(["export", "kyiv.jsonl", "out.jsonl"]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received == [kyiv.read_bytes()]


def test_item3_a_character_device_is_written_in_place(tmp_path: Path) -> None:
    devnull = Path(os.devnull)
    if not devnull.exists() or not stat.S_ISCHR(devnull.stat().st_mode):
        pytest.skip("no character device to write to")
    before = devnull.stat()
    assert write_jsonl(kyiv_claims(), devnull) == 13
    after = devnull.stat()
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not list(Path(os.devnull).parent.glob(".null.*.tmp"))


def test_item3_new_files_honour_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_jsonl(kyiv_claims(), tmp_path / "private.jsonl")
    finally:
        os.umask(old)
    os.umask(0o022)
    try:
        write_jsonl(kyiv_claims(), tmp_path / "shared.jsonl")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private.jsonl").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "shared.jsonl").stat().st_mode) == 0o644


def test_item3_a_replaced_file_keeps_its_mode_and_a_link_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    write_jsonl(kyiv_claims(), link)
    assert link.is_symlink()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert list(read_jsonl(real)) == kyiv_claims()


def test_item3_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ClaimFileError, match="directory"), open_output(tmp_path) as write:
        write("x")


# -- item 5: capped lines, records and cells -----------------------------------


def test_item5_a_huge_jsonl_line_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    path.write_bytes(GOOD.encode() + b'{"event":"' + b"x" * (5 * MAX_LINE_BYTES) + b'"}\n')
    with pytest.raises(ClaimFormatError) as caught:
        list(read_jsonl(path))
    message = str(caught.value)
    assert message.startswith(f"{path}, line 2: the line is longer than {MAX_LINE_BYTES:,} bytes")
    assert len(message) < 500


def test_item5_a_huge_jsonl_line_stops_even_a_lenient_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    path.write_bytes(b"x" * (2 * MAX_LINE_BYTES) + b"\n" + GOOD.encode())
    with pytest.raises(ClaimFormatError, match="line 1: the line is longer"):
        list(read_jsonl(path, lenient=True))


def test_item5_a_huge_csv_line_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    head = "event,metric,figure,source,reported_at\n"
    path.write_text(head + "e,killed,3,s,2025-01-01\n" + "e,killed,3," + "s" * (3 * MAX_LINE_BYTES) + ",2025\n")
    with pytest.raises(ClaimFormatError, match=r"huge.csv, line 3: the line is longer"):
        list(read_csv(path))


def test_item5_an_unclosed_quote_does_not_swallow_the_file(tmp_path: Path) -> None:
    path = tmp_path / "open-quote.csv"
    body = 'e,killed,3,"s,2025-01-01\n' + "more text, on and on\n" * (MAX_LINE_BYTES // 10)
    path.write_text("event,metric,figure,source,reported_at\n" + body, encoding="utf-8")
    with pytest.raises(ClaimFormatError) as caught:
        list(read_csv(path))
    assert "open-quote.csv, line 2: " in str(caught.value)
    assert len(str(caught.value)) < 500


def test_item5_a_long_cell_is_rejected_with_a_bounded_message(tmp_path: Path) -> None:
    path = tmp_path / "long-cell.csv"
    path.write_text(
        'event,metric,figure,source,reported_at\ne,killed,3,"' + "s" * 120_000 + '",2025-01-01\n'
        "e,killed,4,t,2025-01-01\n",
        encoding="utf-8",
    )
    reader = read_csv(path, lenient=True)
    assert [str(c.figure) for c in reader] == ["4"]
    (rejection,) = reader.rejected
    assert rejection.line == 2
    assert len(str(rejection)) < 500


def test_item5_the_cli_reports_a_huge_line_without_echoing_it(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("huge.jsonl").write_bytes(b'{"event":"' + b"x" * (2 * MAX_LINE_BYTES) + b'"}\n')
    assert main(["resolve", "huge.jsonl"]) == 1
    err = capsys.readouterr().err
    assert "huge.jsonl, line 1" in err
    assert len(err) < 500


# -- item 11: hostile flags and stdin -------------------------------------------


_EXTRACT = ["extract", "-", "--reported-at", "2025-04-24T12:00+03:00"]


@pytest.mark.parametrize(
    ("flags", "flag"),
    [
        (["--source", ""], "--source"),
        (["--source", "KCMA\x1b[31m"], "--source"),
        (["--source", "S", "--event", ""], "--event"),
        (["--source", "S", "--via", "a\tb"], "--via"),
        (["--source", "S", "--url", "https://example.org/" + "x" * 5000], "--url"),
    ],
)
def test_item11_bad_extract_flags_are_usage_errors_naming_the_flag(
    flags: list[str], flag: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"12 people were killed.\n")
    assert main([*_EXTRACT, *flags]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: casualtylog extract")
    assert err.splitlines()[-1].startswith(f"casualtylog extract: error: {flag} ")
    assert "Traceback" not in err
    assert "pydantic" not in err
    assert "\x1b" not in err
    assert len(err) < 500


@pytest.mark.parametrize(
    "command",
    [
        ["resolve", "-"],
        ["resolve", "-", EVENT, "killed", "--format", "json"],
        ["explain", "-", EVENT, "killed"],
        ["history", "-", EVENT, "killed"],
        ["check", "-"],
        ["export", "-"],
    ],
)
def test_item11_dash_reads_jsonl_from_stdin_for_every_command(
    command: list[str], kyiv: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, kyiv.read_bytes())
    from_stdin = main(command)
    out_stdin = capsys.readouterr().out
    assert from_stdin == 0
    assert main([part if part != "-" else str(kyiv) for part in command]) == 0
    assert out_stdin == capsys.readouterr().out


def test_item11_a_directory_or_a_missing_file_is_an_error_not_a_traceback(
    kyiv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("dir.jsonl").mkdir()
    for argv in (
        ["resolve", "dir.jsonl"],
        ["resolve", "missing.jsonl"],
        ["resolve", "missing.db"],
        ["add", "t.jsonl", "dir.jsonl"],
        ["add", "dir.jsonl", "kyiv.jsonl"],
        ["export", "kyiv.jsonl", "dir.jsonl"],
        ["extract", "dir.jsonl", "--source", "S", "--reported-at", "2025-01-01T00:00Z"],
    ):
        code = main(argv)
        err = capsys.readouterr().err
        assert code in {1, 2}, argv
        assert "Traceback" not in err, argv
        assert err.strip(), argv


# -- item 12: injection ------------------------------------------------------------

_BREAKS = ["\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\f"]
_FORMULAS = ["=1+2", "x;=1+cmd|' /C calc'!A0", "x,=1+2", "x\t=1+2", "a; -2+3", "a;@SUM(A1)", "+2", "-1", "'=x"]


def _claim(**fields: object) -> Claim:
    record: dict[str, object] = {
        "event": "e",
        "metric": "killed",
        "figure": "3",
        "source": "s",
        "reported_at": "2025-01-01T00:00:00Z",
    }
    record.update(fields)
    return Claim.model_validate(record)


def _spreadsheet_cells(text: str, separator: str) -> list[str]:
    """The cells a spreadsheet in a locale using ``separator`` sees (the csv module honours quotes as they do)."""
    return [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator) for cell in row]


@pytest.mark.parametrize("brk", _BREAKS)
def test_item12_a_line_break_in_a_url_or_quote_does_not_split_a_ucdp_row(brk: str) -> None:
    log = CasualtyLog([_claim(url=f"https://x.org/a{brk}=1+2")])
    out = io.StringIO()
    write_ucdp_csv(ucdp_rows(log), out)
    text = out.getvalue()
    assert len(list(csv.reader(io.StringIO(text, newline="")))) == 2
    assert f'"https://x.org/a{brk}\'=1+2"' in text  # quoted, and no formula after the break
    assert read_ucdp_csv(io.StringIO(text, newline="")) == [
        {k: (v if v != "" else None) for k, v in row.items()} for row in ucdp_rows(log)
    ]


@pytest.mark.parametrize("brk", _BREAKS)
def test_item12_a_line_break_in_any_cell_stays_in_its_hxl_row(brk: str) -> None:
    claim = _claim(quote=f"a{brk}=1+2", url=f"https://x.org/{brk}b")
    out = io.StringIO()
    write_hxl([claim], out)
    assert len(list(csv.reader(io.StringIO(out.getvalue(), newline="")))) == 3
    assert f'"https://x.org/{brk}b"' in out.getvalue()
    assert list(read_csv(io.BytesIO(out.getvalue().encode()))) == [claim]


@pytest.mark.parametrize("text", _FORMULAS)
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_item12_no_cell_starts_a_formula_in_any_locale(text: str, separator: str) -> None:
    claim = _claim(source=text.replace("\t", " "), quote=text, url="https://x.org/" + text.replace("\t", ""))
    log = CasualtyLog([claim])
    files = {}
    for name, write in (
        ("hxl", lambda buf: write_hxl([claim], buf)),
        ("ucdp", lambda buf: write_ucdp_csv(ucdp_rows(log), buf)),
        ("acled", lambda buf: write_acled_csv(acled_rows(log), buf)),
        ("resolutions", lambda buf: write_resolutions_csv(log.resolve_all(), buf)),
    ):
        buf = io.StringIO()
        write(buf)
        files[name] = buf.getvalue()
    for name, content in files.items():
        for cell in _spreadsheet_cells(content, separator):
            assert not cell[:1] or cell[0] not in FORMULA_START, (name, separator, cell)
    assert list(read_csv(io.StringIO(files["hxl"]))) == [claim]
    assert read_ucdp_csv(io.StringIO(files["ucdp"]))[0]["source_original"] == claim.source.name


@settings(max_examples=150)
@given(st.text(max_size=40))
def test_item12_every_cell_reads_back_as_written(text: str) -> None:
    assert restore(defuse(text)) == text
    row = csv_row([text, "x"])
    assert list(csv.reader(io.StringIO(row, newline=""))) == [[defuse(text), "x"]]


@settings(max_examples=100)
@given(
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from([*"\r\n\u2028\u2029\x85\v\f=;+-@\"'"]),
        min_size=1,
        max_size=30,
    )
)
def test_item12_ucdp_rows_round_trip_any_text(text: str) -> None:
    rows = [
        {
            "event": "e",
            "metric": "killed",
            "best": 3,
            "low": 3,
            "high": 3,
            "source_article": text,
            "source_original": text,
        }
    ]
    out = io.StringIO()
    write_ucdp_csv(rows, out)
    (back,) = read_ucdp_csv(io.StringIO(out.getvalue(), newline=""))
    assert back["source_article"] == back["source_original"] == text


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


_HOSTILE = "A\x1b[2J\x1b]0;title\x07\x9b31m\rB\u202eC\u2066D"


def test_item12_hxl_export_to_a_terminal_shows_no_controls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "evil.jsonl"
    write_jsonl([_claim(quote=_HOSTILE)], path)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["export", str(path), "--format", "hxl"]) == 0
    shown = terminal.getvalue()
    assert "A" in shown
    assert "B" in shown
    for ch in ("\x1b", "\x07", "\x9b", "\r", "\u202e", "\u2066"):
        assert ch not in shown


def test_item12_export_to_a_pipe_stays_byte_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "evil.jsonl"
    write_jsonl([_claim(quote=_HOSTILE)], path)
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stdout", pipe)
    assert main(["export", str(path), "--format", "hxl"]) == 0
    assert list(read_csv(io.StringIO(pipe.getvalue()))) == [_claim(quote=_HOSTILE)]


@pytest.mark.parametrize("mark", ["\u2066", "\u2067", "\u2068", "\u2069", "\u202e", "\u200f", "\u061c"])
def test_item12_json_output_escapes_bidi_isolates(
    mark: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim = _claim(quote=f"x{mark}y")
    path = tmp_path / "c.jsonl"
    write_jsonl([claim], path)
    assert mark not in path.read_text(encoding="utf-8")
    assert list(read_jsonl(path)) == [claim]
    assert main(["resolve", str(path), "--format", "json"]) == 0
    assert mark not in capsys.readouterr().out
    prov = prov_json(CasualtyLog([claim]))
    assert mark not in prov
    assert json.loads(prov)["entity"][f"claim:{claim.id}"]["cl:quote"] == f"x{mark}y"


def test_item12_prov_agent_ids_cannot_collide() -> None:
    # The old scheme named "a b" "source:a-b", then "a-b" "source:a-b-" + the first 8 hex digits of its
    # hash: a source that took that name first had "a-b"'s claims attributed to it.
    names = ["a-b-d44362d6", "a b", "a-b", "A B!", "a%2Db"]
    claims = [_claim(event=f"e{i}", source=name) for i, name in enumerate(names)]
    doc = prov_document(CasualtyLog(claims))
    attributed = {rel["prov:entity"]: rel["prov:agent"] for rel in doc["wasAttributedTo"].values()}
    agents = {attributed[f"claim:{c.id}"] for c in claims}
    assert len(agents) == len(claims)
    for claim in claims:
        assert doc["agent"][attributed[f"claim:{claim.id}"]]["prov:label"] == claim.source.name


@settings(max_examples=200)
@given(st.text(max_size=20), st.text(max_size=20))
def test_item12_prov_local_names_are_injective(a: str, b: str) -> None:
    assert (local_name(a) == local_name(b)) == (a == b)


def test_item12_csv_to_a_terminal_shows_no_controls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "evil.jsonl"
    write_jsonl([_claim(source="S", quote=_HOSTILE, url="https://x.org/\x1b]0;t\x07")], path)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["resolve", str(path), "--format", "csv"]) == 0
    assert main(["export", str(path), "--format", "ucdp"]) == 0
    shown = terminal.getvalue()
    for ch in ("\x1b", "\x07", "\x9b", "\r", "\u202e", "\u2066"):
        assert ch not in shown


def test_item3_the_library_refuses_rejects_over_the_input(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(GOOD + BAD, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ClaimFileError, match="the file being read"):
        list(read_jsonl(path, lenient=True, rejects=path))
    assert path.read_bytes() == before
