"""What syncing a large snapshot costs: in proportion to the rows read, adding only what changed.

For N rows (and N/10, to see the proportion): reading and validating the rows
alone (the baseline), validating every row as a claim (what a sync that
built a claim per row would cost at least), the first sync into an empty log (every row added),
syncing the same snapshot again (nothing added), and syncing a snapshot in
which 1% of the values changed (a correction each). Ratios are over the
baseline of the same run, so a loaded machine inflates both sides alike.

    python benchmarks/sync.py --rows 100000 --markdown

Nothing is asserted: it prints figures.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

if __package__ in {None, ""}:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casualtylog import CasualtyLog
from casualtylog._coerce import to_claim
from casualtylog.snapshots import read_rows
from casualtylog.sync import sync

__all__ = ["main", "measure", "snapshot"]

T = TypeVar("T")
SOURCE = "Publisher"
FIRST, SECOND, THIRD = (datetime(2025, 1, d, tzinfo=UTC) for d in (1, 2, 3))
_COUNTS = [("killed", None), ("killed", "children"), ("injured", None), ("injured", "children")]


def snapshot(rows: int, seed: int = 11) -> list[dict[str, Any]]:
    """``rows`` rows: four counts for each of rows/4 events, figures seeded."""
    rng = random.Random(seed)
    return [
        {
            "event": f"e-{i // 4}",
            "metric": _COUNTS[i % 4][0],
            "group": _COUNTS[i % 4][1],
            "figure": str(rng.randint(0, 9999)),
        }
        for i in range(rows)
    ]


def changed(rows: list[dict[str, Any]], share: float, seed: int = 12) -> tuple[list[dict[str, Any]], int]:
    """A copy with ``share`` of the figures changed, and how many."""
    rng = random.Random(seed)
    picked = rng.sample(range(len(rows)), round(len(rows) * share))
    out = list(rows)
    for i in picked:
        out[i] = rows[i] | {"figure": str(int(rows[i]["figure"]) + 1 + rng.randint(0, 99))}
    return out, len(picked)


def _timed(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def measure(rows: int, share: float = 0.01) -> dict[str, Any]:
    """The timings for one size (seconds), and what each sync added."""
    table = snapshot(rows)
    revised, n_changed = changed(table, share)
    baseline, _ = _timed(lambda: read_rows(table, source=SOURCE, at=FIRST))
    every, _ = _timed(lambda: [to_claim(r | {"source": SOURCE, "reported_at": FIRST}) for r in table])
    log = CasualtyLog(clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    first, report1 = _timed(lambda: sync(log, table, source=SOURCE, at=FIRST))
    again, report2 = _timed(lambda: sync(log, table, source=SOURCE, at=SECOND))
    update, report3 = _timed(lambda: sync(log, revised, source=SOURCE, at=THIRD))
    return {
        "rows": rows,
        "changed": n_changed,
        "baseline": baseline,
        "every": every,
        "first": first,
        "again": again,
        "update": update,
        "added_first": len(report1.ids),
        "added_again": len(report2.ids),
        "added_update": len(report3.ids),
        "corrected": report3.corrected,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=100_000, help="rows in the large snapshot (default 100,000)")
    parser.add_argument("--share", type=float, default=0.01, help="share of values changed (default 0.01)")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    args = parser.parse_args(argv)
    results = [measure(max(4, args.rows // 10), args.share), measure(args.rows, args.share)]
    if args.markdown:
        print(
            "| rows | read the rows (baseline) | validate every row as a claim | first sync (all added) | "
            f"same snapshot again | {args.share:.0%} changed | claims added by the change | change / baseline |"
        )
        print("|---|---|---|---|---|---|---|---|")
    for r in results:
        ratio = r["update"] / r["baseline"] if r["baseline"] else float("nan")
        if args.markdown:
            print(
                f"| {r['rows']:,} | {r['baseline']:.2f} s | {r['every']:.2f} s | {r['first']:.2f} s ({r['added_first']:,}) | "
                f"{r['again']:.2f} s ({r['added_again']}) | {r['update']:.2f} s | {r['added_update']:,} of "
                f"{r['changed']:,} changed | {ratio:.2f}× |"
            )
        else:
            print(
                f"{r['rows']:,} rows: read {r['baseline']:.2f} s; every row as a claim {r['every']:.2f} s; first sync {r['first']:.2f} s "
                f"({r['added_first']:,} added); again {r['again']:.2f} s ({r['added_again']} added); "
                f"{r['changed']:,} changed: {r['update']:.2f} s ({r['added_update']:,} added, "
                f"{r['corrected']:,} corrected); change/baseline {ratio:.2f}×"
            )
    small, large = results
    if small["update"]:
        scale = large["rows"] / small["rows"]
        print(f"{scale:.0f}× the rows: {large['update'] / small['update']:.1f}× the time of the {args.share:.0%} sync")
    return 0


if __name__ == "__main__":
    sys.exit(main())
