"""Claim readers on their worst shape, a long line: time per byte at 1 kB, 10 kB, 100 kB, and a refused 50 MB line.

Issue 16 item 5: a 50 MB CSV line took 670 MB and 21 s. Readers now refuse a
line over ``MAX_LINE_BYTES`` before decoding or parsing it. This prints, for
JSON Lines and CSV, the time per MB of a file of records whose quote is 1 kB,
10 kB and 100 kB long (the same total bytes each; 100 kB is over the model's
20,000-character cap, so those records are set aside by a lenient read), as a
ratio to the 1 kB run (1.0 means linear), and the time and peak Python memory
to refuse one 50 MB line.

    python benchmarks/io_limits.py [--total-mb 4] [--huge-mb 50]

No timing is asserted anywhere: the figures are compared within one run.
"""

from __future__ import annotations

import argparse
import io
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from casualtylog.errors import ClaimFormatError
from casualtylog.formats.csv import read_csv
from casualtylog.formats.jsonl import read_jsonl

_HEAD = "event,metric,figure,source,reported_at,quote\n"


def _jsonl(quote_len: int, n: int) -> bytes:
    line = json.dumps(
        {
            "event": "e",
            "metric": "killed",
            "figure": "3",
            "source": "s",
            "reported_at": "2025-01-01",
            "quote": "q" * quote_len,
        }
    )
    return ((line + "\n") * n).encode()


def _csv(quote_len: int, n: int) -> bytes:
    return (_HEAD + f"e,killed,3,s,2025-01-01,{'q' * quote_len}\n" * n).encode()


def _time(read: Callable[[io.BytesIO], Any], data: bytes, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        list(read(io.BytesIO(data)))
        best = min(best, time.perf_counter() - start)
    return best


def _refuse(read: Callable[[io.BytesIO], Any], data: bytes) -> tuple[float, float, str]:
    """Time and peak traced memory to get past one huge line, and how it ended."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        reader = read(io.BytesIO(data))
        list(reader)
        outcome = f"set aside ({len(reader.rejected)} rejected)"
    except ClaimFormatError:
        outcome = "refused"
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 1e6, outcome


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--total-mb", type=float, default=4.0, help="bytes of quotes per run (default 4 MB)")
    parser.add_argument("--huge-mb", type=float, default=50.0, help="the line to refuse (default 50 MB)")
    args = parser.parse_args(argv)
    total = int(args.total_mb * 1e6)
    readers: dict[str, tuple[Callable[[int, int], bytes], Callable[[io.BytesIO], Any]]] = {
        "jsonl": (_jsonl, lambda f: read_jsonl(f, lenient=True)),
        "csv": (_csv, lambda f: read_csv(f, lenient=True)),
    }
    print(f"{'reader':6}  {'quote':>7}  {'records':>7}  {'ms/MB':>8}  {'ratio to 1 kB':>13}")
    for name, (make, read) in readers.items():
        base = None
        for size in (1_000, 10_000, 100_000):
            data = make(size, max(1, total // size))
            per_mb = _time(read, data) / (len(data) / 1e6) * 1e3
            base = base or per_mb
            print(f"{name:6}  {size // 1000:>5} kB  {max(1, total // size):>7}  {per_mb:>8.1f}  {per_mb / base:>13.2f}")
    huge = int(args.huge_mb * 1e6)
    for name, data in (("jsonl", b'{"quote":"' + b"q" * huge + b'"}\n'), ("csv", _HEAD.encode() + b"q" * huge + b"\n")):
        seconds, peak, outcome = _refuse(readers[name][1], data)
        print(
            f"{name:6}  a {args.huge_mb:g} MB line: {outcome} in {seconds * 1e3:.0f} ms, "
            f"peak traced memory {peak:.1f} MB"
        )


if __name__ == "__main__":
    main()
