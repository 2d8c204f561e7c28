"""The compiled reader's cost a block and a line, apart: a warm reader reads blocks of k lines.

    python benchmarks/ingest_blocks.py [--file claims.jsonl] [--sizes 300,1000,4000,17000] [--reps 8]

``ClaimTable.read_jsonl(engine="polars")`` reads a file in blocks of about 4 MB (17,000 lines of the
benchmark's data). Part of a block's cost does not depend on its lines: polars' queries (a fixed cost
each, planning and threads), the expressions built in Python, each judge's distinct values turned into
series. Here one reader (``BlockReader``, as ``ClaimTable._read`` makes it) first reads the whole file,
so that every value is judged and the clock has every day; then blocks of ``k`` lines taken from the
file are read again by it, ``--reps`` times each size, and the median CPU of a block is fitted as
``fixed + k × per line`` (least squares over the sizes). The rows read again are dropped as repeats
(their ids were seen), which costs a little per line that a first read does not pay; the fixed part
is what the block size divides. On a shared machine, compare two checkouts in turn.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from casualtylog.bulk.ingest import RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_polars import BlockReader
from casualtylog.bulk.table import ClaimTable
from casualtylog.bulk.table_files import chunks
from casualtylog.log import RECORDED_AT_TOLERANCE


def warm_reader(data: bytes) -> tuple[BlockReader, int, int]:
    """A reader that has read all of ``data``, and the line number and offset after it."""
    table = ClaimTable("<bench>", path=None, data=data, tz=None, clock=lambda: datetime.now(UTC))
    reader = BlockReader(
        RowReader(tz=None, path="<bench>"),
        ColumnBuilder(table.columns),
        name="<bench>",
        tz=None,
        now=table._stamp,
        latest=table._stamp + RECORDED_AT_TOLERANCE,
    )
    number = offset = 0
    for chunk in chunks(io.BytesIO(data)):
        number, offset = reader.read_block(chunk, number, offset)
    return reader, number, offset


def block_costs(data: bytes, sizes: list[int], reps: int) -> dict[int, float]:
    """Median CPU seconds of a block of each size, read again by a warm reader."""
    reader, number, offset = warm_reader(data)
    lines = data.split(b"\n")
    span = max(1, len(lines) - max(sizes) - 1)
    out = {}
    for k in sizes:
        got = []
        for rep in range(reps):
            start = rep * 9_973 % span
            block = b"\n".join(lines[start : start + k])
            began = time.process_time()
            reader.read_block(block, number, offset)
            got.append(time.process_time() - began)
        out[k] = statistics.median(got)
    return out


def fit(costs: dict[int, float]) -> tuple[float, float]:
    """``(fixed, per_line)`` seconds: the least-squares line through the block costs."""
    sizes = list(costs)
    mean_k, mean_t = statistics.fmean(sizes), statistics.fmean(costs.values())
    slope = sum((k - mean_k) * (costs[k] - mean_t) for k in sizes) / sum((k - mean_k) ** 2 for k in sizes)
    return mean_t - slope * mean_k, slope


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench_data/claims_100k.jsonl"))  # noqa: S108
    parser.add_argument("--sizes", default="300,1000,4000,17000", help="lines a block, comma-separated")
    parser.add_argument("--reps", type=int, default=8)
    args = parser.parse_args(argv)
    sizes = sorted(int(size) for size in args.sizes.split(","))
    costs = block_costs(args.file.read_bytes(), sizes, args.reps)
    for k, seconds in costs.items():
        print(f"{k:7,} lines: {seconds * 1e3:8.2f} ms a block, {seconds / k * 1e6:6.2f} µs a line (CPU, median)")
    fixed, per_line = fit(costs)
    print(f"fitted: {fixed * 1e3:.2f} ms a block + {per_line * 1e6:.2f} µs a line")
    for k in (4_000, 17_000, 35_000):
        print(f"  a block of {k:,} lines: {fixed / k * 1e6:.2f} µs a line of fixed cost")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
