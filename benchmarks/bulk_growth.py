"""Issue 14, growth of ``resolve_all``: CPU time by phase at several sizes, each in a fresh process.

    python benchmarks/bulk_growth.py --file /tmp/bench_data/claims_1m.jsonl --sizes 100000 300000 1000000

Each size reads the first N lines of one JSON Lines file (the generator's
prefixes are its smaller logs), builds the log and its columns (not timed),
then times ``resolve_all()`` with the columns kept (as benchmarks/bulk.py's
"columns kept" row: the call, numbers first) under the same GC policy, the
median of ``--repeat`` calls, CPU time of the process. Each phase is timed
by wrapping the engine's functions (inclusive: a phase called inside another
counts in both), with the minor page faults of the call (memory touched for
the first time). The last table divides each size's figures by the smallest
size's: 10× the claims should cost ≤ 11× the time. The machine is shared, so
read CPU time, not wall time.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# (module, function): the phases of one resolve_all call, outermost first.
PHASES = (
    ("casualtylog.bulk", "_numbers"),
    ("casualtylog.bulk.engine", "unplain_counts"),
    ("casualtylog.bulk.plain", "link_targets"),
    ("casualtylog.bulk.plain", "_meeting"),
    ("casualtylog.bulk.plain", "_same_as_written"),
    ("casualtylog.bulk.plain", "supersede_repeats"),
    ("casualtylog.bulk.plain", "_said_twice"),
    ("casualtylog.bulk.engine", "_effective"),
    ("casualtylog.bulk.engine", "beside_superseded"),
    ("casualtylog.bulk.engine", "_compare_tied"),
    ("casualtylog.bulk.engine", "_decide"),
    ("casualtylog.bulk", "_sorted_codes"),
)


def _faults() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def _instrument(spent: dict[str, float], faults: dict[str, int], calls: dict[str, int]) -> None:
    import importlib  # noqa: PLC0415

    for module_name, name in PHASES:
        module = importlib.import_module(module_name)
        original = getattr(module, name)

        def wrapper(*args: Any, _f: Callable[..., Any] = original, _n: str = name, **kwargs: Any) -> Any:
            c0, f0 = time.process_time(), _faults()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_n] += time.process_time() - c0
                faults[_n] += _faults() - f0
                calls[_n] += 1

        setattr(module, name, wrapper)
        # The engine's phases are also called from inside plain and repeats (split out of plain).
        for other in ("casualtylog.bulk.plain", "casualtylog.bulk.repeats"):
            holder = importlib.import_module(other)
            if module_name == "casualtylog.bulk.engine" and hasattr(holder, name):
                setattr(holder, name, wrapper)


def one(path: Path, n: int, repeat: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.bulk import read_lines  # noqa: PLC0415
    from casualtylog import CasualtyLog  # noqa: PLC0415

    log = CasualtyLog(json.loads(line) for line in read_lines(path, n))
    log.resolve_all()  # the columns and their sort orders, built once and kept with the log
    spent: dict[str, float] = defaultdict(float)
    faults: dict[str, int] = defaultdict(int)
    calls: dict[str, int] = defaultdict(int)
    fallbacks: dict[str, int] = defaultdict(int)
    _instrument(spent, faults, calls)
    resolve_count = log._resolve_count

    def counted(*args: Any, **kwargs: Any) -> Any:
        c0 = time.process_time()
        try:
            return resolve_count(*args, **kwargs)
        finally:
            spent["fallback counts (reference engine)"] += time.process_time() - c0
            fallbacks["n"] += 1

    log._resolve_count = counted  # type: ignore[method-assign]
    cpus, walls, total_faults = [], [], []
    for _ in range(repeat):
        log._cache.clear()
        gc.collect()
        gc.disable()
        f0, c0, w0 = _faults(), time.process_time(), time.perf_counter()
        log.resolve_all()
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - w0)
        total_faults.append(_faults() - f0)
        gc.enable()
    counts = len(log.counts())
    return {
        "n": n,
        "counts": counts,
        "cpu": statistics.median(cpus),
        "wall": statistics.median(walls),
        "faults": statistics.median(total_faults),
        "phases": {k: v / repeat for k, v in spent.items()},
        "phase_faults": {k: v // repeat for k, v in faults.items()},
        "fallbacks": fallbacks["n"] // repeat,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.file, args.one, args.repeat)))
        return 0
    found = []
    for n in args.sizes:
        out = subprocess.run(  # noqa: S603 - this script, fixed arguments
            [sys.executable, __file__, "--file", str(args.file), "--one", str(n), "--repeat", str(args.repeat)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        found.append(json.loads(out.strip().splitlines()[-1]))
        print(f"{n:,} done", file=sys.stderr, flush=True)
    first = found[0]
    names = [name for _, name in PHASES] + ["fallback counts (reference engine)"]
    head = "| phase | " + " | ".join(f"{r['n']:,} claims ({r['counts']:,} counts)" for r in found)
    head += " | " + " | ".join(f"{r['n'] // first['n']}× claims" for r in found[1:]) + " |"
    print(head)
    print("|---" * (1 + 2 * len(found) - 1) + "|")

    def line(label: str, values: list[float], shown: Callable[[float], str]) -> None:
        ratios = [f"{v / values[0]:.1f}×" if values[0] else "—" for v in values[1:]]
        print(f"| {label} | " + " | ".join(shown(v) for v in values) + " | " + " | ".join(ratios) + " |")

    line("resolve_all, CPU (median)", [r["cpu"] for r in found], lambda v: f"{v * 1e3:,.1f} ms")
    line("resolve_all, wall (median)", [r["wall"] for r in found], lambda v: f"{v * 1e3:,.1f} ms")
    line("minor page faults per call", [r["faults"] for r in found], lambda v: f"{v:,.0f}")
    for name in names:
        line(name, [r["phases"].get(name, 0.0) for r in found], lambda v: f"{v * 1e3:,.1f} ms")
    for name in names[:-1]:
        line(f"{name}: page faults", [r["phase_faults"].get(name, 0) for r in found], lambda v: f"{v:,.0f}")
    line("counts left to the reference engine", [r["fallbacks"] for r in found], lambda v: f"{v:,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
