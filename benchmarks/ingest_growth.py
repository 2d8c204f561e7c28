"""Does ingest grow faster than the log? load_jsonl and the columnar path at several sizes, CPU time.

    python benchmarks/ingest_growth.py --sizes 100000 300000 [--file claims.jsonl] [--phases]
    python benchmarks/ingest_growth.py --file claims.jsonl --check 100000 [--engine polars|python]
    python benchmarks/ingest_growth.py --sizes 100000 1000000 --file F --compare /tmp/ingest_base --no-load-jsonl --memory

``--compare DIR`` times the same sizes, in the same run, with the library of another checkout
(``git worktree add --detach DIR main``): before and after on one machine under one load.

Each size is read from the first N lines of one generated file (``--file``, or
generated here with ``benchmarks/generate.py``'s seed 0), in a fresh process so
that one size's heap does not slow the next. Per size it prints CPU and wall
time per claim of ``load_jsonl``, of :meth:`ClaimTable.read_jsonl` and of the
pydantic per-line baseline (``TypeAdapter(Minimal).validate_json``, GC paused
as the library pauses it), the ratios to the baseline, and how many cyclic GC
collections ran (the library pauses the collector; a collection over a large
heap is what would make per-claim cost grow with the log). ``--phases`` also
times reading (validating every line into a Claim) apart from adding the
claims to a log. Growth is the per-claim CPU cost at the largest size over
that at the smallest: 1.0 is linear. ``--engine`` picks :meth:`ClaimTable.read_jsonl`'s reader
(default: the library's default, polars when installed); with ``--check --engine polars`` the
table's columns are also compared with the row-by-row reader's, column by column.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent

if TYPE_CHECKING:
    from casualtylog.bulk.table import ClaimTable


def _one(
    path: str, n: int, phases: bool, load: bool = True, memory: bool = False, repeat: int = 1, engine: str | None = None
) -> dict[str, float]:
    from pydantic import TypeAdapter  # noqa: PLC0415 - in the child process only

    from benchmarks.run import Minimal  # noqa: PLC0415
    from casualtylog._gc import paused_gc  # noqa: PLC0415
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415
    from casualtylog.formats.jsonl import load_jsonl, read_jsonl  # noqa: PLC0415
    from casualtylog.log import CasualtyLog  # noqa: PLC0415

    lines: list[bytes] = []
    with Path(path).open("rb") as fh:
        for line in fh:
            if len(lines) == n:
                break
            lines.append(line.rstrip(b"\n"))
    data = b"\n".join(lines) + b"\n"
    out: dict[str, float] = {"n": float(len(lines))}

    def cpu(name: str, fn: object) -> None:
        runs: list[tuple[float, float, int]] = []
        for _ in range(repeat):
            gc.collect()
            before = sum(s["collections"] for s in gc.get_stats())
            wall, start = time.perf_counter(), time.process_time()
            fn()  # type: ignore[operator]
            spent = time.process_time() - start
            runs.append((spent, time.perf_counter() - wall, sum(s["collections"] for s in gc.get_stats()) - before))
        out[name], out[name + "_wall"], out[name + "_gc"] = sorted(runs)[len(runs) // 2]  # the median by CPU

    per_line = TypeAdapter(Minimal)

    def baseline() -> None:
        with paused_gc():
            for line in lines:
                per_line.validate_json(line)

    cpu("pydantic", baseline)
    if load:
        cpu("load_jsonl", lambda: load_jsonl(io.BytesIO(data)))
    cpu("table", lambda: ClaimTable.read_jsonl(data, engine=engine))
    if memory:
        import tracemalloc  # noqa: PLC0415

        gc.collect()
        tracemalloc.start()
        table = ClaimTable.read_jsonl(data, engine=engine)  # the bytes are the caller's: counted apart
        gc.collect()
        out["bytes_per_claim"] = tracemalloc.get_traced_memory()[0] / len(table)
        out["peak_per_claim"] = tracemalloc.get_traced_memory()[1] / len(table)
        tracemalloc.stop()
        out["nbytes_per_claim"] = table.nbytes() / len(table)
    if phases:
        claims: list[object] = []
        cpu("read", lambda: claims.extend(read_jsonl(io.BytesIO(data))))
        cpu("extend", lambda: CasualtyLog().extend(claims))  # type: ignore[arg-type]
    return out


def _decoded(table: ClaimTable) -> dict[str, list[object]]:
    """Every column, codes replaced by what they stand for, and where each row was read."""
    where = {"offsets": table._offsets.tolist(), "lines": table._lines.tolist()}
    return table.columns.decoded() | where


def check(path: str, n: int, engine: str | None = None) -> int:
    """Compare the columnar path with load_jsonl on the first ``n`` lines: every claim, and every
    count's resolution under every policy, now, ``at=`` and ``known_at=``; print the mismatches.
    With ``engine="polars"``, also every column against the row-by-row reader's."""
    from datetime import UTC, datetime, timedelta  # noqa: PLC0415

    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415
    from casualtylog.formats.jsonl import load_jsonl  # noqa: PLC0415
    from casualtylog.log import CasualtyLog  # noqa: PLC0415
    from casualtylog.resolve.policies import POLICIES  # noqa: PLC0415

    now = datetime(2030, 1, 1, tzinfo=UTC)
    lines: list[bytes] = []
    with Path(path).open("rb") as fh:
        for line in fh:
            if len(lines) == n:
                break
            lines.append(line)
    data = b"".join(lines)
    table = ClaimTable.read_jsonl(data, clock=lambda: now, engine=engine)
    log = load_jsonl(io.BytesIO(data), log=CasualtyLog(clock=lambda: now))
    claims = sum(a != b for a, b in zip(table.claims(), log, strict=True))
    print(
        f"{len(table):,} claims ({table.compiled:,} read by the compiled path, {table.quick:,} by the quick path), "
        f"{table.fallbacks} validated whole by Claim; {claims} differ from load_jsonl's"
    )
    if engine == "polars":
        python = _decoded(ClaimTable.read_jsonl(data, clock=lambda: now, engine="python"))
        differ = [name for name, values in _decoded(table).items() if python[name] != values]
        print(f"columns differing from the row-by-row reader's: {differ or 'none'}")
        claims += len(differ)
    middle = min(c.reported_at for c in log) + (max(c.reported_at for c in log) - min(c.reported_at for c in log)) / 2
    bad = total = 0
    for name in POLICIES:
        for at, known_at in ((None, None), (middle, None), (None, middle + timedelta(days=3)), (middle, middle)):
            got = table.resolve_all(policy=name, at=at, known_at=known_at)
            want = log.resolve_all(policy=name, at=at, known_at=known_at)
            total += len(want)
            if [r.count for r in got] != [r.count for r in want]:
                print(f"{name} at={at} known_at={known_at}: different counts")
                bad += 1
                continue
            full = at is None and known_at is None and name == "range"  # provenance too, once
            for a, b in zip(got, want, strict=True):
                same = (a.best, a.low, a.high, a.sources, a.best_claim) == (
                    b.best,
                    b.low,
                    b.high,
                    b.sources,
                    b.best_claim,
                )
                if not same or (full and a != b):
                    bad += 1
    print(f"{total:,} count resolutions compared (5 policies × now, at=, known_at=, both): {bad} mismatches")
    return 1 if bad or claims else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--file", type=Path)
    parser.add_argument("--phases", action="store_true")
    parser.add_argument("--check", type=int, metavar="N", help="compare with load_jsonl on the first N lines and stop")
    parser.add_argument("--compare", type=Path, metavar="DIR", help="also time the library of the checkout DIR")
    parser.add_argument("--no-load-jsonl", action="store_true", help="leave load_jsonl out (slow at 1M)")
    parser.add_argument("--memory", action="store_true", help="bytes per claim of the table (tracemalloc)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (the median by CPU is kept)")
    parser.add_argument("--engine", choices=["polars", "python"], help="ClaimTable.read_jsonl's reader")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.check:
        if args.file is None:
            parser.error("--check needs --file")
        return check(str(args.file), args.check, args.engine)
    if args.child:
        found = _one(
            args.child[0],
            int(args.child[1]),
            args.phases,
            not args.no_load_jsonl,
            args.memory,
            args.repeat,
            args.engine,
        )
        print(json.dumps(found))
        return 0
    path = args.file
    if path is None:
        from benchmarks.generate import write_jsonl  # noqa: PLC0415

        path = Path("/tmp/casualtylog-growth.jsonl")  # noqa: S108 - a scratch file for this script
        write_jsonl(path, max(args.sizes))
    trees = [("this", ROOT)] + ([("base", args.compare.resolve())] if args.compare else [])
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
    for n in sorted(args.sizes):
        for tree, where in trees:
            command = [sys.executable, __file__, "--child", str(path), str(n), "--repeat", str(args.repeat)]
            command += [flag for flag, on in (("--phases", args.phases), ("--no-load-jsonl", args.no_load_jsonl)) if on]
            if args.memory and tree == "this":
                command.append("--memory")
            if args.engine and tree == "this":
                command += ["--engine", args.engine]
            env = dict(os.environ, CASUALTYLOG_TREE=str(where))  # that checkout's library first
            done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=where, env=env)  # noqa: S603
            row = json.loads(done.stdout.splitlines()[-1])
            results[tree].append(row)
            timed = ("pydantic", "load_jsonl", "table", "read", "extend")
            us = {k: row[k] / row["n"] * 1e6 for k in timed if k in row}
            print(
                f"{tree:>4} {int(row['n']):>9,}: "
                + ", ".join(
                    f"{k} {v:.1f} µs/claim CPU ({row[k + '_wall'] / row['n'] * 1e6:.1f} wall, {int(row[k + '_gc'])} GC runs)"
                    for k, v in us.items()
                )
                + "".join(
                    f"; {k} {row[k] / row['pydantic']:.2f}× pydantic" for k in ("load_jsonl", "table") if k in row
                )
                + "".join(
                    f"; {k} {row[k]:.0f} B"
                    for k in ("bytes_per_claim", "peak_per_claim", "nbytes_per_claim")
                    if k in row
                ),
                flush=True,
            )
        if args.compare:
            now, before = results["this"][-1], results["base"][-1]
            print(
                f"     {int(now['n']):>9,}: table {now['table'] / before['table']:.2f}× the base's CPU "
                f"({before['table'] / before['pydantic']:.2f}× → {now['table'] / now['pydantic']:.2f}× pydantic)",
                flush=True,
            )
    for tree, rows in results.items():
        first, last = rows[0], rows[-1]
        scale = last["n"] / first["n"]
        for name in ("pydantic", "load_jsonl", "table", "read", "extend"):
            if name in first:
                print(
                    f"{tree} growth {name} {int(first['n']):,}→{int(last['n']):,}: {last[name] / first[name]:.2f}× "
                    f"for {scale:.0f}× the claims (per claim {last[name] / first[name] / scale:.2f}×)"
                )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.environ.get("CASUALTYLOG_TREE", str(ROOT)))
    raise SystemExit(main())
