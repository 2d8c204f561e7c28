"""Issue 10, item 4: the ``casualtylog events`` command and roll-ups in ``resolve``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from casualtylog.cli import main
from casualtylog.formats.events import read_events_csv, write_events_jsonl
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.worked_example import kyiv_claims, kyiv_event

QUAKE = [
    '{"id":"quake","when":"2015-04-25","parts_complete":true}',
    '{"id":"gorkha","parents":["quake"]}',
    '{"id":"sindhupalchok","parents":["quake"]}',
]
CLAIMS = [
    '{"event":"gorkha","metric":"killed","figure":"400","source":"NEOC","reported_at":"2015-05-01T10:00+05:45"}',
    '{"event":"sindhupalchok","metric":"killed","figure":"3000","source":"NEOC","reported_at":"2015-05-01T10:00+05:45"}',
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    events, claims = tmp_path / "quake.jsonl", tmp_path / "claims.jsonl"
    events.write_text("\n".join(QUAKE) + "\n", encoding="utf-8")
    claims.write_text("\n".join(CLAIMS) + "\n", encoding="utf-8")
    return events, claims


def test_events_cli_resolve_prints_roll_ups_as_json(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    events, claims = files
    assert main(["resolve", str(claims), "--events", str(events), "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (roll,) = [line for line in lines if "parts" in line]
    assert (roll["event"], roll["best"], roll["high"], roll["stated"]) == ("quake", 3400, 3400, None)
    assert roll["parts"] == ["gorkha", "sindhupalchok"]
    assert len(roll["low_claims"]) == 2


def test_events_cli_lists_as_hxl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kyiv-events.jsonl"
    write_events_jsonl([kyiv_event()], path)
    assert main(["events", str(path), "--format", "hxl"]) == 0
    out = capsys.readouterr().out
    assert "#adm1+code" in out
    assert read_events_csv(io.StringIO(out)) == [kyiv_event()]


def test_events_cli_a_cycle_is_an_error_naming_the_line(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    events, _ = files
    with events.open("a", encoding="utf-8") as fh:
        fh.write('{"id":"quake","parents":["gorkha"]}\n')
    assert main(["events", str(events)]) == 1
    assert "own ancestor (quake → gorkha → quake)" in capsys.readouterr().err


def test_events_cli_bad_coordinates_name_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "events.csv"
    path.write_text("id,latitude,longitude\nok,1,1\nbad,1,200\n", encoding="utf-8")
    assert main(["events", str(path)]) == 1
    assert "events.csv, line 3: event 'bad': where.longitude='200'" in capsys.readouterr().err


def test_events_cli_kyiv_events_file_with_the_worked_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events, log = tmp_path / "events.jsonl", tmp_path / "kyiv.jsonl"
    write_events_jsonl([kyiv_event()], events)
    write_jsonl(kyiv_claims(), log)
    assert main(["events", str(events), "--log", str(log)]) == 0  # no wholes: nothing to roll up
    assert capsys.readouterr().out == ""
