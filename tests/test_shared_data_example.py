"""examples/shared_data_to_claims.py converts the real series, and the CLI resolves them."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest

from casualtylog.cli import main
from casualtylog.formats.jsonl import read_jsonl

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED = Path("/work/shared/data")


def _script() -> dict[str, Any]:
    return runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))


def test_the_slice_converts_with_sources_kinds_timezones_and_qualifiers(tmp_path: Path) -> None:
    out = tmp_path / "real.jsonl"
    assert _script()["main"]([str(out), str(DATA)]) == 0
    claims = list(read_jsonl(out))
    gaza = [c for c in claims if c.event == "gaza-war-2023"]
    ukraine = [c for c in claims if c.event == "russia-ukraine-war-2022"]
    assert {c.source.name for c in gaza} == {"Gaza Ministry of Health", "Gaza Government Media Office"}
    assert {c.source.kind.value for c in gaza} == {"official"}
    first = next(c for c in gaza if c.metric == "killed" and c.group is None)
    assert first.reported_at.isoformat() == "2023-10-07T00:00:00+03:00"  # Gaza summer time
    assert first.reported_precision.value == "day"
    assert str(first.figure) == "232"
    assert not any(c.reported_at.date().isoformat() == "2023-10-13" for c in gaza)  # "missing": no report
    personnel = [c for c in ukraine if c.metric == "personnel_losses"]
    assert str(personnel[0].figure) == "about 2800"
    assert personnel[0].reported_at.isoformat() == "2022-02-25T00:00:00+02:00"  # Kyiv winter time
    assert sum(str(c.figure).startswith("more than") for c in personnel) == 6
    assert {c.source.kind.value for c in ukraine} == {"military"}
    assert any(c.metric == "prisoners_of_war" for c in ukraine)


def test_the_cli_resolves_the_converted_slice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "real.jsonl"
    _script()["main"]([str(out), str(DATA)])
    capsys.readouterr()
    assert main(["resolve", str(out), "gaza-war-2023", "killed", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["best"], record["policy"]) == (24448, "range")  # the last cumulative in the slice, 2024-01-17
    assert main(["resolve", str(out), "russia-ukraine-war-2022", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[1].startswith("russia-ukraine-war-2022,personnel_losses,russian_forces,,16400 (14760–18040),")


@pytest.mark.skipif(not SHARED.exists(), reason="the shared data folder is not here")
def test_the_whole_shared_data_converts_and_resolves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "real.jsonl"
    assert _script()["main"]([str(out), str(SHARED)]) == 0
    assert main(["resolve", str(out), "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()[1:]]
    killed = next(r for r in records if (r["event"], r["metric"], r["group"]) == ("gaza-war-2023", "killed", None))
    assert killed["best"] == 73419  # the last reported cumulative, 2026-08-22
