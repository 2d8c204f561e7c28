"""``casualtylog extract --learned MODE``: the library's learned modes from the command line (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtylog.cli import main

_TEXT = "Bisher trauert das Land um 84 Opfer und die Zahl der Vermissten ist immer noch hoch.\n"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, list[dict[str, object]], str]:
    report = tmp_path / "report.txt"
    report.write_text(_TEXT, encoding="utf-8")
    code = main(["extract", str(report), "--source", "dpa", "--reported-at", "2024-06-04T12:00Z", *extra])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_extract_reads_with_the_rules_alone_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = _run(tmp_path, capsys, "--language", "de")
    assert code == 0
    assert lines == []


def test_extract_learned_reader_adds_what_the_model_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = _run(tmp_path, capsys, "--language", "de", "--learned", "reader")
    assert code == 0
    assert len(lines) == 1
    line = lines[0]
    assert line["frame"] == "reader"
    assert line["claim"]["metric"] == "killed"  # type: ignore[index]
    assert float(line["confidence"]) < 0.8  # type: ignore[arg-type]


def test_extract_refuses_an_unknown_learned_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = _run(tmp_path, capsys, "--learned", "readers")
    assert code == 2
    assert lines == []
    assert "--learned" in err
    assert "readers" in err
