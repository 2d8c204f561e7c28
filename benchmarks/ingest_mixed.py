"""The compiled reader on a file it can vouch for only in part, against the row-by-row reader.

    python benchmarks/ingest_mixed.py [--n 30000] [--rounds 3] [--share 0.5 0.1 0.02 0]

A share of the benchmark's lines (``generate_lines``) has its ``event`` key written escaped (as a
writer that escapes what it need not might): the compiled reader (``engine="polars"``) leaves such
lines to the row-by-row reader, so the lines it vouches for come in runs between them. For each
share, ``ClaimTable.read_jsonl`` is timed with ``engine="python"`` and ``engine="polars"``,
alternating, for ``--rounds`` rounds (CPU time, the collector paused as the library pauses it);
each line printed gives the medians of both engines' µs per line and of the per-round ratio
compiled / row by row (below 1: the compiled reader is cheaper).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from benchmarks.generate import generate_lines  # noqa: PLC0415
    from casualtylog._gc import paused_gc  # noqa: PLC0415
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--share", type=float, nargs="+", default=[0.5, 0.1, 0.02, 0.0])
    args = parser.parse_args(argv)
    lines = generate_lines(args.n, seed=5)
    pick = random.Random(1)

    def clock() -> datetime:
        return datetime(2030, 1, 1, tzinfo=UTC)

    for share in args.share:
        mixed = [line.replace(b'"event"', b'"\\u0065vent"', 1) if pick.random() < share else line for line in lines]
        data = b"\n".join(mixed) + b"\n"
        cpu: dict[str, list[float]] = {"python": [], "polars": []}
        ratios, compiled = [], 0
        for _ in range(args.rounds):
            for engine in ("python", "polars"):
                with paused_gc():
                    start = time.process_time()
                    table = ClaimTable.read_jsonl(data, engine=engine, clock=clock)
                    cpu[engine].append((time.process_time() - start) / args.n * 1e6)
                compiled = table.compiled or compiled
            ratios.append(cpu["polars"][-1] / cpu["python"][-1])
        print(
            f"escaped share {share:.2f}: row by row {statistics.median(cpu['python']):.1f} µs/line, "
            f"compiled {statistics.median(cpu['polars']):.1f} µs/line ({compiled} of {args.n} lines), "
            f"ratio {statistics.median(ratios):.2f} (rounds {' '.join(f'{r:.2f}' for r in ratios)})"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
