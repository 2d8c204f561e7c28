"""SQLite and PostgreSQL side by side: importing N claims, then reading them back and resolving every count.

Both stores get the same claims (benchmarks/generate.py, validated once
beforehand, each with its ``recorded_at``) through the storage contract's
``append`` in batches, one transaction each; PostgreSQL's batches go in by
``COPY``. Then a log is opened on each (``CasualtyLog.open``: eager, which
reads every claim into memory, and lazy, which asks the store) and
``resolve_all`` runs on it. The
PostgreSQL server is a throwaway one started by tests/pg.py (a Unix socket,
default durability settings), on the same machine. Ratios are PostgreSQL over
SQLite in the same run.

    python benchmarks/stores.py --claims 100000
    python benchmarks/stores.py --writers 8 --per-writer 10000   # concurrent writers, lost/duplicated

Nothing is asserted: it prints figures.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

if __package__ in {None, ""}:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_records
from casualtylog import CasualtyLog
from casualtylog.claims import Claim
from casualtylog.store.contract import ClaimStore
from casualtylog.store.postgres import PostgresStore
from casualtylog.store.sqlite import SQLiteStore
from tests.pg import Cluster, find_bindir

__all__ = ["main"]

_T = TypeVar("_T")
ROOT = Path(__file__).resolve().parent.parent


def _timed(fn: Callable[[], _T]) -> tuple[float, _T]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _import(store: ClaimStore, claims: Sequence[Claim], batch: int) -> int:
    clock = lambda: datetime.now(UTC)  # noqa: E731 - every generated claim carries recorded_at anyway
    return sum(store.append(claims[i : i + batch], clock).stored for i in range(0, len(claims), batch))


def _resolve(target: str, lazy: bool) -> tuple[float, float, int]:
    """Seconds to open a log on ``target`` (eager: reading every claim) and to resolve every count."""
    opened, log = _timed(lambda: CasualtyLog.open(target, create=False, lazy=lazy))
    with log:
        resolve, resolutions = _timed(log.resolve_all)
    return opened, resolve, len(resolutions)


def _side_by_side(cluster: Cluster, n: int, batch: int, repeat: int) -> None:
    print(f"generating and validating {n:,} claims …", flush=True)
    claims = [Claim.model_validate(r) for r in generate_records(n, seed=7)]
    with tempfile.TemporaryDirectory() as tmp:
        dbname = cluster.create_database()
        targets = {"SQLite": str(Path(tmp) / "claims.db"), "PostgreSQL": cluster.url(dbname)}
        stores: dict[str, ClaimStore] = {
            "SQLite": SQLiteStore(Path(tmp) / "claims.db"),
            "PostgreSQL": PostgresStore(cluster.conninfo(dbname), create=True),
        }
        imported: dict[str, float] = {}
        for name, store in stores.items():
            imported[name], stored = _timed(lambda store=store: _import(store, claims, batch))  # type: ignore[misc]
            store.close()
            print(f"{name}: stored {stored:,} in {imported[name]:.1f}s", flush=True)
        # Alternating the stores, best of ``repeat``: the machine's load moves while it runs.
        best: dict[tuple[str, bool], tuple[float, float, int]] = {}
        for _ in range(repeat):
            for lazy in (False, True):
                for name, target in targets.items():
                    got = _resolve(target, lazy)
                    old = best.get((name, lazy), got)
                    best[name, lazy] = (min(old[0], got[0]), min(old[1], got[1]), got[2])
                    print(
                        f"{name} {'lazy' if lazy else 'eager'}: open {got[0]:.1f}s, resolve_all {got[1]:.1f}s",
                        flush=True,
                    )
    counts = best["SQLite", False][2]
    print(f"\n{n:,} claims, batches of {batch:,}; {counts:,} counts resolved; best of {repeat}")
    print(f"{'':34} {'SQLite':>10} {'PostgreSQL':>11} {'ratio':>7}")
    rows = [("import (append, COPY for PostgreSQL)", imported["SQLite"], imported["PostgreSQL"])]
    for lazy, label in ((False, "eager"), (True, "lazy")):
        s, p = best["SQLite", lazy], best["PostgreSQL", lazy]
        rows.append((f"{label}: open (reads every claim)" if not lazy else "lazy: open", s[0], p[0]))
        rows.append((f"{label}: resolve_all", s[1], p[1]))
    for label, s_time, p_time in rows:
        print(f"{label:34} {s_time:9.2f}s {p_time:10.2f}s {p_time / max(s_time, 1e-9):6.2f}x")
    print(f"{'import, claims/s':34} {n / imported['SQLite']:10,.0f} {n / imported['PostgreSQL']:11,.0f}")


def _writers(cluster: Cluster, writers: int, per_writer: int, batch: int) -> None:
    url = cluster.conninfo(cluster.create_database())
    PostgresStore(url, create=True).close()
    acked: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        # Each writer prints to a file of its own: a pipe left unread would block it once full.
        outputs = [Path(tmp) / f"writer-{w}.txt" for w in range(writers)]
        start = time.perf_counter()
        procs = []
        for w, output in enumerate(outputs):
            with output.open("w") as sink:
                procs.append(
                    subprocess.Popen(  # noqa: S603 - our own writer script, our own arguments
                        [sys.executable, "-m", "tests.pg_writer", url, str(w), str(per_writer), str(batch)],
                        cwd=ROOT,
                        stdout=sink,
                    )
                )
        codes = [proc.wait() for proc in procs]
        elapsed = time.perf_counter() - start
        for output in outputs:
            lines = output.read_text().splitlines()
            acked += [i for line in lines if line.startswith("ack ") for i in line.split()[2:]]
    with PostgresStore(url) as store:
        ids = [c.id for _, c in store.read()]
        report = store.verify(records=False)
    expected = writers * per_writer
    print(f"writer exit codes: {sorted(set(codes))}")
    print(
        f"{writers} writers x {per_writer:,} claims (batches of {batch}) in {elapsed:.1f}s: {expected / elapsed:,.0f} claims/s"
    )
    print(f"stored {len(ids):,}; lost {expected - len(set(ids)):,}; duplicated {len(ids) - len(set(ids)):,}")
    print(
        f"acknowledged {len(set(acked)):,}, all stored: {set(acked) <= set(ids)}; verify: {'OK' if report.ok else report}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000, help="claims to import into each store")
    parser.add_argument("--batch", type=int, default=10_000, help="claims per append (one transaction)")
    parser.add_argument("--writers", type=int, default=0, help="instead: this many concurrent writer processes")
    parser.add_argument("--per-writer", type=int, default=10_000, help="claims each writer appends")
    parser.add_argument("--repeat", type=int, default=2, help="open and resolve this many times each; the best counts")
    args = parser.parse_args(argv)
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL's initdb/pg_ctl are not installed (python3 dev.py test installs them)")
        return 1
    cluster = Cluster(bindir)
    try:
        if args.writers:
            _writers(cluster, args.writers, args.per_writer, min(args.batch, 100))
        else:
            _side_by_side(cluster, args.claims, args.batch, args.repeat)
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
