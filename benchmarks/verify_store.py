"""How long ``verify`` takes on a big store, against reading the store in the same run.

Builds a store of N synthetic claims (``benchmarks/generate.py``), then times,
once each: a bare ``SELECT`` of every column of every row (the floor: reading
the file), ``PRAGMA quick_check`` and ``integrity_check``,
``verify(records=False)`` (quick_check, guards, the hash chain and the head),
``verify()`` (integrity_check instead, and every record decoded and checked
against its content hash and its columns), and opening
the store eagerly (which decodes every claim too). Ratios are over the bare
read.

    python benchmarks/verify_store.py --sizes 100000 1000000

Nothing is asserted: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_lines
from casualtylog import CasualtyLog
from casualtylog.store import open_store

__all__ = ["main"]


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _bare_read(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return sum(1 for _ in conn.execute("SELECT * FROM claims ORDER BY seq"))
    finally:
        conn.close()


def _pragma(path: Path, check: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute(f"PRAGMA {check}").fetchone()[0])
    finally:
        conn.close()


def _verify(path: Path, records: bool) -> bool:
    with open_store(path, create=False, lazy=True) as log:
        report = log.verify(records=records)
    assert report.ok, str(report)  # noqa: S101 - a failed verify would measure the wrong thing
    return report.ok


def _eager_open(path: Path) -> int:
    with open_store(path, create=False) as log:
        return len(log)


def measure(size: int, folder: Path, eager: bool) -> None:
    """Build a store of ``size`` claims and print the timings."""
    path = folder / f"claims-{size}.db"
    start = time.perf_counter()
    claims = list(CasualtyLog(json.loads(line) for line in generate_lines(size)))
    with open_store(path, lazy=True) as log:
        log.extend(claims)
    del claims
    print(f"{size:,} claims: store built in {time.perf_counter() - start:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    base, _ = _timed(lambda: _bare_read(path))
    rows: list[tuple[str, Callable[[], object]]] = [
        ("PRAGMA quick_check", lambda: _pragma(path, "quick_check")),
        ("PRAGMA integrity_check", lambda: _pragma(path, "integrity_check")),
        ("verify(records=False): chain, columns' hashes, head, quick_check", lambda: _verify(path, False)),
        ("verify(): also integrity_check, every record decoded and checked", lambda: _verify(path, True)),
    ]
    if eager:
        rows.append(("eager open_store (decodes every claim)", lambda: _eager_open(path)))
    print(f"  {'bare SELECT of every row (baseline)':<66} {base:8.2f} s")
    for what, fn in rows:
        seconds, _ = _timed(fn)
        print(f"  {what:<66} {seconds:8.2f} s  {seconds / base:6.1f}× baseline  {seconds / size * 1e6:6.1f} µs/claim")


def main(argv: list[str] | None = None) -> int:
    """Measure each size and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--no-eager", dest="eager", action="store_false", help="skip timing an eager open")
    parser.add_argument("--dir", type=Path, help="where to build the stores (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        for size in args.sizes:
            measure(size, Path(tmp), args.eager)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
