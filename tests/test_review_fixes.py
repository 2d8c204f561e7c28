"""Review of issues 10 and 12 as merged: each test is named after the problem the review found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtylog.cli import main

WHOLE = '{"id":"quake","when":"2015-04-25","parts_complete":true}'


def _quake(tmp_path: Path, districts: int) -> tuple[Path, Path]:
    events, claims = tmp_path / "quake.jsonl", tmp_path / "claims.jsonl"
    lines = [WHOLE] + [f'{{"id":"d{i:02}","parents":["quake"]}}' for i in range(districts)]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = [
        json.dumps({"event": f"d{i:02}", "metric": metric, "figure": str(i + 1), "source": "NEOC",
                    "reported_at": "2015-05-01T10:00+05:45"})
        for i in range(districts)
        for metric in ("killed", "injured")
    ]  # fmt: skip
    claims.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return events, claims


def test_review_events_list_names_a_few_parts_not_all_75(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events, _ = _quake(tmp_path, 75)
    assert main(["events", str(events)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("quake  2015-04-25  parts (complete): d00, d01,")
    assert first.endswith("d07 and 67 more")


def test_review_resolve_events_prints_only_the_roll_up_of_the_metric_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events, claims = _quake(tmp_path, 3)
    assert main(["resolve", str(claims), "quake", "dead", "--events", str(events), "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    rollups = [r for r in records if "parts" in r]
    assert [(r["event"], r["metric"], r["best"]) for r in rollups] == [("quake", "killed", 6)]


def test_review_resolve_events_answers_a_whole_no_one_stated_with_its_roll_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events, claims = _quake(tmp_path, 3)
    assert main(["resolve", str(claims), "quake", "killed", "--events", str(events)]) == 0
    out = capsys.readouterr().out
    assert "quake / killed: parts add up to 6 (3 of 3 parts, complete); no stated figure" in out
    assert "no claims visible" not in out
    assert main(["resolve", str(claims), "quake", "killed"]) == 1  # without the events there is nothing to say
    assert main(["resolve", str(claims), "quake", "wounded", "--events", str(events)]) == 0
    assert main(["resolve", str(claims), "d00", "injured", "--events", str(events)]) == 0
    assert main(["resolve", str(claims), "quake", "missing", "--events", str(events)]) == 1
