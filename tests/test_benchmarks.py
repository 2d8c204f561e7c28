"""The benchmark script runs (tiny sizes, nothing written): it cannot rot unnoticed.

No timing is asserted here: benchmarks report, they do not pass or fail.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate_lines, generate_records
from benchmarks.real_data import data_dir, load_all
from casualtylog import CasualtyLog

ROOT = Path(__file__).resolve().parent.parent


def test_generator_is_seeded_and_its_links_resolve() -> None:
    lines = generate_lines(1500, seed=5)
    assert lines == generate_lines(1500, seed=5)
    assert lines != generate_lines(1500, seed=6)
    assert generate_lines(300, seed=5) == lines[:300]  # smaller logs are prefixes of larger ones
    log = CasualtyLog(json.loads(line) for line in lines)
    assert len(log) == 1500
    links = [i for c in log for i in (*c.supersedes, *c.retracts)]
    assert links
    assert all(i in log for i in links)  # every supersedes/retracts id is a claim of the log
    kinds = {c.figure.qualifier.value for c in log if c.figure is not None}
    assert {"exact", "at_least", "more_than", "range", "about", "at_most", "increment", "vague"} <= kinds
    assert {c.reported_precision.value for c in log} == {"day", "second"}
    assert {c.status.value for c in log} == {"reported", "preliminary", "confirmed", "projected"}
    assert any(c.figure is None for c in log)  # retractions
    assert any(c.as_of is not None for c in log)
    assert all(c.recorded_at is not None for c in log)
    assert any(c.group is not None for c in log)


def test_generated_records_use_synonyms() -> None:
    metrics = {r["metric"] for r in generate_records(2000, seed=1)}
    assert {"dead", "killed", "wounded"} <= metrics


def test_real_data_loads_when_present() -> None:
    if data_dir() is None:
        pytest.skip("the shared data folder is not on this machine")
    log = CasualtyLog(load_all())
    assert len(log) > 5000
    killed = log.resolve("gaza-war-2023", "killed")
    assert killed.best is not None
    assert killed.best > 10_000
    assert log.resolve("russia-ukraine-war", "personnel losses", "russian forces").best_claim is not None


def test_run_quick(tmp_path: Path) -> None:
    out = tmp_path / "performance.md"
    kept = "<!-- Below: sections measured by other benchmarks; benchmarks/run.py keeps them. -->\n\n## Appends\n"
    out.write_text("# Performance (old run)\n\n" + kept, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--silent", "--output", str(out)],
        capture_output=True,
        text=True,
        # Only a guard against a hang: a loaded CI machine took over 120 s, so no tight limit.
        timeout=1800,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    for row in ("ingest JSONL → validated log", "resolve_all", "one add", "at=T", "growth:", "memory:", "Dask"):
        assert row in result.stdout
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Performance")
    assert "python benchmarks/run.py --quick" in text
    assert "| what |" in text
    assert text.endswith(kept)  # sections measured by other scripts survive a new run
    assert "(old run)" not in text


def test_io_limits_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.io_limits import main  # noqa: PLC0415 - the script, imported only here

    main(["--total-mb", "0.2", "--huge-mb", "2"])
    out = capsys.readouterr().out
    assert "a 2 MB line: refused" in out


def test_a_row_without_a_verdict_says_why() -> None:
    """Issue 14: a Dask speed-up the loaded machine could not give is reported as not measurable, not missed."""
    from benchmarks.run import Row  # noqa: PLC0415 - the benchmark's own module, pandas-free to import

    unmeasured = Row("Dask: 2 workers", "1M", "230 s", "221 s", 0.96, "≥ 1.5×", None, "not measurable: 0.62 cores")
    assert unmeasured.cells()[-1] == "not measurable: 0.62 cores"
    assert Row("x", "1M", "1 s", ok=False, note="2.0× over target").cells()[-1] == "MISSED (2.0× over target)"
    assert Row("x", "1M", "1 s").cells()[-1] == "—"
