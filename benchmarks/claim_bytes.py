"""Where a log's bytes go: tracemalloc bytes per claim, by the line that allocated them.

    PYTHONPATH=. .venv/bin/python benchmarks/claim_bytes.py /tmp/bench_data/claims_100k.jsonl --top 15

The total is what ``benchmarks/run.py``'s ``traced_bytes`` measures (a log built from
``json.loads`` of each line, the traced delta after a collection); tracemalloc is
deterministic, so it can be compared across commits on a shared machine where
timings cannot.
"""

from __future__ import annotations

import argparse
import gc
import json
import tracemalloc
from pathlib import Path

from casualtylog import CasualtyLog


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a JSON Lines file of claims")
    parser.add_argument("--limit", type=int, default=100_000, help="read at most this many lines")
    parser.add_argument("--top", type=int, default=0, help="also list the top lines that allocated")
    args = parser.parse_args()
    with args.path.open("rb") as handle:
        lines = [line for _, line in zip(range(args.limit), handle, strict=False)]
    CasualtyLog(json.loads(line) for line in lines[:10])  # imports and first-use caches, not the log
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    base = tracemalloc.get_traced_memory()[0]
    log = CasualtyLog(json.loads(line) for line in lines)
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    after = tracemalloc.take_snapshot() if args.top else None
    tracemalloc.stop()
    n = len(log)
    print(f"{n} claims: {used / n:.1f} traced bytes per claim")
    if after is not None:
        for stat in after.compare_to(before, "lineno")[: args.top]:
            print(f"{stat.size_diff / n:8.1f} B/claim {stat.count_diff:9d} blocks  {stat.traceback}")


if __name__ == "__main__":
    main()
