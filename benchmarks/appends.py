"""What one small append costs as the target grows: JSON Lines and the store, before and after issue 16.

"Before" is the way appends worked until issue 16, run here in the same process
on the same data: a JSON Lines append read and validated the whole file for its
ids, and ``casualtylog add x.db`` opened the store eagerly (decoding every
claim) before adding. "After" is :func:`casualtylog.formats.files.add_claims`
as it is now. Each figure is the median of ``--appends`` appends of
``--batch`` new claims to a target that already holds N claims; the ratio is
before over after (higher is better).

    python benchmarks/appends.py --sizes 10000 100000 --appends 5 --batch 10

Nothing here is asserted: it prints figures (and a Markdown table with ``--markdown``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in {None, ""}:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_lines
from casualtylog import CasualtyLog
from casualtylog.claims import _copy_unchecked
from casualtylog.formats._append import _lock
from casualtylog.formats.files import add_claims
from casualtylog.formats.jsonl import claim_line, read_jsonl
from casualtylog.store import open_store

__all__ = ["main"]


def _old_jsonl_append(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """The JSON Lines append before issue 16: under the lock, every existing line read and validated."""
    batch = {c.id: c for c in CasualtyLog(records)}
    with path.open("a+b") as handle:
        _lock(handle)
        handle.seek(0)
        seen: set[str] = set()
        latest: datetime | None = None
        for old in read_jsonl(handle):
            seen.add(old.id)
            if old.recorded_at is not None and (latest is None or old.recorded_at > latest):
                latest = old.recorded_at
        fresh = [c for c in batch.values() if c.id not in seen]
        data = "".join(claim_line(_copy_unchecked(c, recorded_at=datetime.now(UTC))) + "\n" for c in fresh)
        handle.write(data.encode())
        handle.flush()
        os.fsync(handle.fileno())
    return len(fresh)


def _old_store_add(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """``casualtylog add x.db`` before issue 16: the store opened eagerly, every claim decoded."""
    with open_store(path) as log:
        return log.extend(records)


def _new_add(path: Path, records: list[dict[str, Any]]) -> int:
    return add_claims(path, records)  # type: ignore[arg-type]  # records, as readers yield


def _median(fn: Callable[[list[dict[str, Any]]], int], batches: list[list[dict[str, Any]]]) -> float:
    times = []
    for batch in batches:
        start = time.perf_counter()
        added = fn(batch)
        times.append(time.perf_counter() - start)
        assert added == len(batch), (added, len(batch))  # noqa: S101 - a benchmark that adds nothing measures nothing
    return statistics.median(times)


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def measure(size: int, appends: int, batch: int, folder: Path) -> list[tuple[str, int, float, float]]:
    """Rows ``(target, size, before, after)`` for a target of ``size`` claims."""
    lines = generate_lines(size + 4 * appends * batch, seed=3)
    base, extra = lines[:size], [json.loads(line) for line in lines[size:]]
    chunks = [extra[i * batch : (i + 1) * batch] for i in range(4 * appends)]
    rows = []
    for kind in ("jsonl", "db"):
        old_path, new_path = folder / f"old-{size}.{kind}", folder / f"new-{size}.{kind}"
        if kind == "jsonl":
            old_path.write_bytes(b"\n".join(base) + b"\n")
            new_path.write_bytes(old_path.read_bytes())
            add_claims(new_path, [])  # build the index once, as the first append after an upgrade does
            before = _median(partial(_old_jsonl_append, old_path), chunks[:appends])
        else:
            with open_store(old_path) as log:
                log.extend(json.loads(line) for line in base)
            new_path.write_bytes(old_path.read_bytes())
            before = _median(partial(_old_store_add, old_path), chunks[:appends])
        after = _median(partial(_new_add, new_path), chunks[appends : 2 * appends])
        rows.append((kind, size, before, after))
        print(
            f"{kind:5}  {size:>9,} claims  before {_fmt(before):>10}  after {_fmt(after):>10}  "
            f"ratio {before / after:6.1f}×",
            flush=True,
        )
    return rows


WRITER = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from benchmarks.appends import _old_jsonl_append
from casualtylog.formats._append import _lock
from casualtylog.formats.files import add_claims
mode, target, batches, go = sys.argv[2], Path(sys.argv[3]), json.loads(Path(sys.argv[4]).read_text()), Path(sys.argv[5])
while not go.exists():
    time.sleep(0.001)
for batch in batches:
    (add_claims if mode == "after" else _old_jsonl_append)(target, batch)
"""


def writers(size: int, count: int, appends: int, batch: int, folder: Path) -> tuple[float, float]:
    """Wall time for ``count`` processes, each making ``appends`` appends of ``batch`` claims to one
    JSON Lines file of ``size`` claims: before, after."""
    lines = generate_lines(size + 2 * count * appends * batch, seed=4)
    extra = [json.loads(line) for line in lines[size:]]
    out = []
    for n, mode in enumerate(("before", "after")):
        target = folder / f"writers-{mode}.jsonl"
        target.write_bytes(b"\n".join(lines[:size]) + b"\n")
        if mode == "after":
            add_claims(target, [])
        go = folder / f"go-{mode}"
        procs = []
        for w in range(count):
            first = (n * count + w) * appends * batch
            mine = extra[first : first + appends * batch]
            plan = folder / f"plan-{mode}-{w}.json"
            plan.write_text(json.dumps([mine[i * batch : (i + 1) * batch] for i in range(appends)]))
            root = str(Path(__file__).resolve().parent.parent)
            procs.append(subprocess.Popen([sys.executable, "-c", WRITER, root, mode, str(target), str(plan), str(go)]))  # noqa: S603 - our own interpreter and script
        start = time.perf_counter()
        go.touch()
        for proc in procs:
            proc.wait()
        out.append(time.perf_counter() - start)
        total = sum(1 for _ in read_jsonl(target))
        assert total == size + count * appends * batch, (mode, total)  # noqa: S101 - nothing lost, nothing twice
    print(
        f"{count} writers × {appends} appends of {batch} to a file of {size:,}: "
        f"before {_fmt(out[0])}, after {_fmt(out[1])}, ratio {out[0] / out[1]:.1f}×",
        flush=True,
    )
    return out[0], out[1]


def readback_overhead(size: int, folder: Path) -> tuple[float, float]:
    """Store import of ``size`` claims with each record read back before its INSERT, and with
    that check switched off (as before issue 16), in the same run: with, without."""
    from casualtylog.store import eager  # noqa: PLC0415 - patched for the "without" run

    claims = list(CasualtyLog(json.loads(line) for line in generate_lines(size, seed=5)))
    original = eager.__dict__["check_record"]
    out = []
    for n, check in enumerate((original, lambda claim, position=None: None)):
        setattr(eager, "check_record", check)  # noqa: B010 - a private name, swapped for the "without" run
        try:
            with open_store(folder / f"import-{n}.db", lazy=True) as log:
                start = time.perf_counter()
                log.extend(claims)
                out.append(time.perf_counter() - start)
        finally:
            setattr(eager, "check_record", original)  # noqa: B010 - likewise
    print(
        f"store import of {size:,} claims: with read-back {_fmt(out[0])}, without {_fmt(out[1])}, "
        f"ratio {out[0] / out[1]:.2f}×",
        flush=True,
    )
    return out[0], out[1]


def main(argv: list[str] | None = None) -> int:
    """Measure and print; with ``--markdown`` also print a table for docs/performance.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--appends", type=int, default=5, help="appends measured per target (the median is shown)")
    parser.add_argument("--batch", type=int, default=10, help="new claims per append")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--writers", type=int, default=0, help="also: this many processes appending at once")
    parser.add_argument("--readback", type=int, default=0, help="also: store import of N claims with/without read-back")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            rows += measure(size, args.appends, args.batch, Path(tmp))
        concurrent = writers(args.sizes[0], args.writers, args.appends, args.batch, Path(tmp)) if args.writers else None
        overhead = readback_overhead(args.readback, Path(tmp)) if args.readback else None
    if args.markdown:
        print()
        print("| target | claims already there | before (whole target read) | after | ratio before/after |")
        print("|---|---|---|---|---|")
        for kind, size, before, after in rows:
            name = "JSON Lines file" if kind == "jsonl" else "store (`add x.db`)"
            print(f"| {name} | {size:,} | {_fmt(before)} | {_fmt(after)} | {before / after:.1f}× |")
        if concurrent is not None:
            before, after = concurrent
            print(
                f"| {args.writers} processes × {args.appends} appends, one JSON Lines file (wall time) "
                f"| {args.sizes[0]:,} | {_fmt(before)} | {_fmt(after)} | {before / after:.1f}× |"
            )
        if overhead is not None:
            print()
            print(
                f"Store import of {args.readback:,} claims: {_fmt(overhead[0])} with each record read back before "
                f"its INSERT, {_fmt(overhead[1])} without (same run): {overhead[0] / overhead[1]:.2f}×."
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
