"""The roll-up benchmark script runs (tiny sizes): it cannot rot unnoticed. No timing is asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_rollup_benchmark_runs_quick() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "rollup.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=1800,  # a guard against a hang, not a speed limit (CI machines are loaded)
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "16 roll-ups" in result.stdout
    assert "ratio" in result.stdout
