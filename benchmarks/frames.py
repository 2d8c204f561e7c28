"""What ``resolve_all().to_frame()`` costs with and without each count's provenance, in one run.

For a generated log of N claims, each row is a fresh ``resolve_all()`` on the
same log (its numeric columns built once beforehand), CPU time of the process,
the best of ``--repeat`` runs, the rows alternating so that load affects each alike:

- *resolve_all, nothing read* (the floor: numbers only, no result objects);
- *to_frame(), numbers* (the default since cleanup item 4: no provenance built);
- *to_frame(provenance=True)* (what ``to_frame()`` gave before: every count's provenance built).

Ratios are over the frame with provenance of the same run. Nothing is asserted.

    python benchmarks/frames.py --claims 100000
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in {None, ""}:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_records
from casualtylog import CasualtyLog

__all__ = ["main", "measure"]


def _cpu(action: Callable[[], Any]) -> float:
    gc.collect()
    start = time.process_time()
    action()
    return time.process_time() - start


def measure(log: CasualtyLog, repeat: int) -> dict[str, float]:
    """The best CPU seconds of each row over ``repeat`` alternating runs."""
    rows: dict[str, Callable[[], Any]] = {
        "resolve_all, nothing read": lambda: log.resolve_all(),
        "to_frame(), numbers": lambda: log.resolve_all().to_frame(),
        "to_frame(provenance=True)": lambda: log.resolve_all().to_frame(provenance=True),
    }
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, action in rows.items():
            seconds = _cpu(action)
            best[name] = min(best.get(name, seconds), seconds)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    log = CasualtyLog(generate_records(args.claims, seed=args.seed))
    counts = len(log.resolve_all())  # builds the log's numeric columns once, outside the timings
    best = measure(log, args.repeat)
    baseline = best["to_frame(provenance=True)"]
    print(f"{args.claims:,} claims, {counts:,} counts; CPU seconds, best of {args.repeat}")
    print("| row | CPU | / to_frame(provenance=True) |")
    print("|---|---|---|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds * 1000:,.1f} ms | {seconds / baseline:.3f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
