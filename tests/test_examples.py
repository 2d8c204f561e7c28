"""Every example script runs, and prints what the docs say it prints."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_kyiv_example_prints_the_resolution(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(ROOT / "examples" / "kyiv_2025.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "kyiv-2025-04-24 / killed                     12" in out
    assert "raised 10 → 12" in out
    assert "At 12:00 Kyiv time the figure was 10, set by Ukrainian authorities." in out
    assert "Checks: clean" in out
    assert "group_exceeds_total" in out


def test_the_demo_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "casualtylog", "demo"], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "kyiv-2025-04-24 / killed" in done.stdout
    assert "What had been said by 12:00 Kyiv time: 10 killed" in done.stdout
    assert "Checks: no findings" in done.stdout
