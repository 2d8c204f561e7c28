"""The command line, called through main([...]): outputs, exit codes, errors, the store round trip."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from casualtylog import CasualtyLog, cli
from casualtylog.cli import main
from casualtylog.formats.jsonl import read_jsonl, write_jsonl
from casualtylog.worked_example import EVENT, kyiv_claims

GOOD = '{"event":"e","metric":"killed","figure":"3","source":"s","reported_at":"2025-01-01"}\n'


@pytest.fixture
def kyiv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "kyiv.jsonl"
    write_jsonl(kyiv_claims(), path)
    return path


class _Buffer(io.BytesIO):
    name = "<stdin>"  # as sys.stdin.buffer is named


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(_Buffer(data), encoding="utf-8"))


def test_resolve_json_prints_what_the_library_resolves(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(kyiv), "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = CasualtyLog(kyiv_claims()).resolve_all()
    assert [(r["event"], r["metric"], r["group"]) for r in records] == [tuple(e.count)[:3] for e in expected]
    assert [(r["best"], r["low"], r["high"]) for r in records] == [(e.best, e.low, e.high) for e in expected]
    for record, res in zip(records, expected, strict=True):
        assert record["best_claim"] == (res.best_claim.id if res.best_claim else None)
        assert record["claims"] == [c.id for c in res.considered]
        assert record["policy"] == "range"
        assert record["explanation"] == res.explain()
        assert set(record) >= {"event", "metric", "group", "best", "low", "high", "policy", "best_claim", "claims"}
        assert set(record) >= {"conflicts", "explanation"}


@pytest.mark.parametrize("policy", ["latest", "conservative", "priority", "median", "range"])
def test_every_policy_matches_the_library(kyiv: Path, capsys: pytest.CaptureFixture[str], policy: str) -> None:
    assert main(["resolve", str(kyiv), EVENT, "killed", "--policy", policy, "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    res = CasualtyLog(kyiv_claims()).resolve(EVENT, "killed", policy=policy)
    assert (record["best"], record["low"], record["high"], record["policy"]) == (res.best, res.low, res.high, policy)


def test_resolve_at_a_moment(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(kyiv), EVENT, "killed", "--at", "2025-04-24T12:00", "--tz", "Europe/Kyiv"]) == 0
    assert "kyiv-2025-04-24 / killed  10 " in capsys.readouterr().out


def test_a_naive_time_without_tz_is_an_error(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(kyiv), "--at", "2025-04-24T12:00"]) == 1
    assert capsys.readouterr().err == (
        "Error: at='2025-04-24T12:00': has no timezone; add an offset such as '+03:00' or 'Z', "
        "or pass --tz Europe/Kyiv\n"
    )


def test_the_worked_example_round_trips_jsonl_store_jsonl_byte_for_byte(
    kyiv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("casualtylog.store")
    assert main(["add", "kyiv.jsonl.db", str(kyiv)]) == 0
    assert capsys.readouterr().out == "added 13 new claims to kyiv.jsonl.db (13 read)\n" + "".join(
        f"  {c.id}  {c.count}: {c.figure}\n" for c in kyiv_claims()
    )
    assert main(["export", "kyiv.jsonl.db", "first.jsonl"]) == 0
    assert main(["add", "again.db", "first.jsonl"]) == 0
    assert main(["export", "again.db", "second.jsonl"]) == 0
    first, second = Path("first.jsonl").read_bytes(), Path("second.jsonl").read_bytes()
    assert first == second
    assert [c.id for c in read_jsonl("first.jsonl")] == [c.id for c in kyiv_claims()]
    capsys.readouterr()
    assert main(["resolve", "again.db", "--format", "csv"]) == 0
    store_csv = capsys.readouterr().out
    assert main(["resolve", str(kyiv), "--format", "csv"]) == 0
    assert capsys.readouterr().out == store_csv


def test_a_bad_file_leaves_the_store_intact(kyiv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("casualtylog.store")
    assert main(["add", "s.db", str(kyiv)]) == 0
    (tmp_path / "bad.jsonl").write_text(GOOD + '{"event":"e"\n', encoding="utf-8")
    assert main(["add", "s.db", "bad.jsonl"]) == 1
    assert capsys.readouterr().err == (
        "Error: bad.jsonl, line 2: not valid JSON (Expecting ',' delimiter at column 13): each line must hold one "
        'complete JSON object; received \'{"event":"e"\'\n'
    )
    assert main(["export", "s.db"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 13


def test_a_file_that_is_not_a_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("casualtylog.store")
    monkeypatch.chdir(tmp_path)
    Path("notes.db").write_bytes(b"not sqlite at all")
    assert main(["resolve", "notes.db"]) == 1
    assert capsys.readouterr().err.startswith("Error: cannot open store 'notes.db': it is not a SQLite database")
    assert Path("notes.db").read_bytes() == b"not sqlite at all"
    assert main(["add", "notes.db", "-"]) == 1
    assert Path("notes.db").read_bytes() == b"not sqlite at all"


def test_add_reads_stdin(kyiv: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, GOOD.encode())
    assert main(["add", str(kyiv)]) == 0
    assert capsys.readouterr().out == f"added 1 new claim to {kyiv} (1 read)\n  b65778148ac17150  e / killed: 3\n"
    _stdin(monkeypatch, b"event,metric,figure,source,reported_at\ne,killed,4,s,2025-01-02\n")
    assert main(["add", str(kyiv), "-", "--format", "csv"]) == 0
    assert len(list(read_jsonl(kyiv))) == 15


def test_stdin_errors_name_stdin(
    kyiv: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"{\n")
    assert main(["add", str(kyiv)]) == 1
    assert capsys.readouterr().err.startswith("Error: <stdin>, line 1: not valid JSON")


def test_lenient_add_reports_each_rejection_on_stderr(
    kyiv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mixed.jsonl").write_text(GOOD + "oops\n", encoding="utf-8")
    assert main(["add", str(kyiv), "mixed.jsonl", "--lenient", "--rejects", "rejects.jsonl"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "Rejected: mixed.jsonl, line 2: not valid JSON (Expecting value at column 1): each line must hold one "
        "complete JSON object; received 'oops'",
        "mixed.jsonl: 1 claim read, 1 rejected; written to rejects.jsonl",
    ]
    assert (tmp_path / "rejects.jsonl").read_text(encoding="utf-8") == "oops\n"


def test_progress_only_on_a_terminal(
    kyiv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "".join(GOOD.replace('"3"', f'"{n}"') for n in range(5))
    (tmp_path / "many.jsonl").write_text(lines, encoding="utf-8")
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 2)
    assert main(["add", "a.jsonl", "many.jsonl"]) == 0
    assert capsys.readouterr().err == ""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["add", "b.jsonl", "many.jsonl"]) == 0
    assert "many.jsonl: 4 claims read…" in terminal.getvalue()
    assert terminal.getvalue().endswith("many.jsonl: 5 claims read.  \n")


@pytest.mark.parametrize(
    ("argv", "err"),
    [
        (["resolve", "nowhere.jsonl"], "Error: cannot read nowhere.jsonl: No such file or directory\n"),
        (
            ["resolve", "kyiv.jsonl", "nope", "killed"],
            "Error: no claims about event 'nope'; the log has 'kyiv-2025-04-24'\n",
        ),
        (
            ["explain", "kyiv.jsonl", "nope", "dead"],
            "Error: no claims about event 'nope'; the log has 'kyiv-2025-04-24'\n",
        ),
        (
            ["add", "claims.txt", "kyiv.jsonl"],
            "Error: cannot tell the format of 'claims.txt': name it *.jsonl, *.csv or *.db, or pass a format "
            "(jsonl, csv, hxl)\n",
        ),
        (
            ["export", "kyiv.jsonl", "out.txt"],
            "Error: cannot tell the format of 'out.txt': name it *.jsonl, *.csv or *.db, or pass a format "
            "(jsonl, csv, hxl)\n",
        ),
    ],
)
def test_library_errors_exit_1(kyiv: Path, capsys: pytest.CaptureFixture[str], argv: list[str], err: str) -> None:
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", err)


@pytest.mark.parametrize(
    ("argv", "last_line"),
    [
        ([], "casualtylog: error: the following arguments are required: COMMAND"),
        (["resolve"], "casualtylog resolve: error: the following arguments are required: LOG"),
        (
            ["resolve", "kyiv.jsonl", "--policy", "best"],
            "casualtylog resolve: error: argument --policy: invalid choice: 'best' (choose from 'conservative', 'latest', 'median', 'priority', 'range')",
        ),
        (
            ["add", "t.jsonl", "--map", "figure"],
            "casualtylog add: error: argument --map: expected FIELD=VALUE, got 'figure'",
        ),
        (
            ["add", "t.jsonl", "a.jsonl", "b.jsonl", "--lenient", "--rejects", "r.jsonl"],
            "casualtylog add: error: --rejects takes one input file; add the files one at a time",
        ),
    ],
)
def test_usage_errors_exit_2(kyiv: Path, capsys: pytest.CaptureFixture[str], argv: list[str], last_line: str) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines()[-1] == last_line


def test_export_hxl_reads_back(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(kyiv), "kyiv.csv"]) == 0
    assert capsys.readouterr().out == "wrote 13 claims to kyiv.csv\n"
    assert main(["export", "kyiv.csv", "back.jsonl"]) == 0
    assert Path("back.jsonl").read_bytes() == kyiv.read_bytes()
    assert capsys.readouterr().out == "wrote 13 claims to back.jsonl\n"
    assert main(["export", str(kyiv), "--format", "hxl"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("#event+id,#date+reported,")


def test_history_check_and_explain(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", str(kyiv), EVENT, "dead", "--format", "json"]) == 0
    steps = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [s["best"] for s in steps] == [10, 12]
    assert main(["history", str(kyiv), EVENT, "killed", "--clock", "recorded"]) == 0
    assert "clock: recorded" in capsys.readouterr().out
    assert main(["check", str(kyiv), "--strict"]) == 0
    assert capsys.readouterr().out == "0 findings (0 warnings)\n"
    assert main(["explain", str(kyiv), EVENT, "injured", "children"]) == 0
    assert capsys.readouterr().out.startswith("kyiv-2025-04-24 / injured / children: at least 12 (policy: range)\n")


def test_demo_still_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    assert "Checks: no findings" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["resolve", "check", "add"])
def test_an_unknown_tz_is_reported_as_the_option_not_as_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    log = tmp_path / "k.jsonl"
    log.write_text(
        '{"event":"e","metric":"killed","figure":"3","source":"s","reported_at":"2025-01-01T10:00Z"}\n',
        encoding="utf-8",
    )
    argv = (
        [command, str(log), "--tz", "Mars/Base"]
        if command != "add"
        else ["add", str(tmp_path / "t.db"), str(log), "--tz", "Mars/Base"]
    )
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.err == "Error: --tz 'Mars/Base' is not a known timezone; use an IANA name such as 'Europe/Kyiv'\n"
    assert captured.out == ""
    assert not (tmp_path / "t.db").exists()  # nothing was read or written
    assert main(["resolve", str(log), "--tz", "Europe/Kyiv", "--format", "json"]) == 0
