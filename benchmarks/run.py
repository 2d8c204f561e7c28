"""Measure casualtylog at 10k, 100k and 1M claims against baselines timed in the same run.

    python benchmarks/run.py --size 1000000     # 10k, 100k and 1M; writes docs/performance.md
    python benchmarks/run.py --sizes 10000 100000
    python benchmarks/run.py --quick --no-write  # a few seconds: keeps this script from rotting

Every figure is a ratio against a baseline measured in this run, on the same
data: pydantic validating the same JSON lines into a minimal 5-field model,
pandas computing "the latest figure per count" on the same claims, a bare
``executemany`` of the same rows into a table with the same indexes, the same
operation at a tenth of the size. Small operations are repeated and the median
is reported. Nothing here is a pass/fail test: the table says where a target is
met and where it is missed, and by how much.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import itertools
import json
import os
import platform
import pstats
import random
import shlex
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pydantic import AwareDatetime, BaseModel, ConfigDict, TypeAdapter

from benchmarks.generate import generate_lines
from benchmarks.ingest_rows import ingest_rows_apart, source_rows, table_bytes_per_claim
from benchmarks.real_data import load_all
from casualtylog import CasualtyLog, Count
from casualtylog.bulk import available as bulk_available
from casualtylog.formats.jsonl import load_jsonl

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
T = TypeVar("T")


# -- the baselines' model ------------------------------------------------------------------
class Minimal(BaseModel):
    """The minimal claim the pydantic baseline validates: five fields, the rest ignored."""

    model_config = ConfigDict(extra="ignore")

    event: str
    metric: str
    figure: str | int | None
    source: str | dict[str, str]
    reported_at: AwareDatetime | str  # a day-only date is not an AwareDatetime; keep it as text


# -- measuring -------------------------------------------------------------------------------
def timed(fn: Callable[[], T], repeat: int = 1) -> tuple[float, T]:
    """The median wall time of ``repeat`` calls, and the last result."""
    times = []
    result: T
    for _ in range(max(1, repeat)):
        gc.collect()
        start = time.perf_counter()
        latest = fn()
        times.append(time.perf_counter() - start)
        # The previous call's result is freed here, outside the timer (see benchmarks.bulk.measure).
        result = latest
    return statistics.median(times), result


def median_call(calls: Sequence[Callable[[], object]]) -> float:
    """The median time of a series of small calls, each timed alone."""
    times = []
    for call in calls:
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rss() -> int | None:
    """Resident set size of this process in bytes (Linux), else ``None``."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def repeats_for(n: int, budget: int = 200_000) -> int:
    """Repeat cheap whole-log measurements at small sizes (median of up to 5)."""
    return max(1, min(5, budget // max(n, 1)))


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def fmt_size(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k" if n >= 1000 else str(n)


#: The cores two Dask workers must get together for their speed-up to be read as the library's.
_DASK_MIN_CORES = 1.5


@dataclass
class Row:
    """One line of the report."""

    what: str
    size: str
    value: str
    baseline: str = "—"
    ratio: float | None = None
    target: str = "—"
    ok: bool | None = None
    note: str = ""

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        verdict = {True: "met", False: "MISSED", None: "—"}[self.ok]
        if self.ok is False and self.note:
            verdict += f" ({self.note})"
        elif self.ok is None and self.note:
            verdict = self.note  # no verdict, and why (a speed-up the machine could not give)
        return [self.what, self.size, self.value, self.baseline, ratio, self.target, verdict]


@dataclass
class SizeResult:
    """What was measured at one size, for the growth rows."""

    n: int
    times: dict[str, float] = field(default_factory=dict)


def ratio_row(what: str, size: str, value: float, base: float, base_text: str, target: float, unit: str = "×") -> Row:
    ratio = value / base if base > 0 else float("inf")
    ok = ratio <= target
    note = "" if ok else f"{ratio / target:.1f}× over target"
    return Row(what, size, fmt_time(value), f"{fmt_time(base)} {base_text}", ratio, f"≤ {target:g}{unit}", ok, note)


# -- one size ------------------------------------------------------------------------------------
class Bench:
    """Runs every measurement and collects the rows."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rows: list[Row] = []
        self.results: dict[int, SizeResult] = {}
        self.rng = random.Random(args.seed)
        self.notes: list[str] = []
        self.profile_text = ""
        self.store_available = args.store and _store_available()

    def log(self, message: str) -> None:
        if not self.args.silent:
            print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def run(self, sizes: Sequence[int]) -> None:
        largest = max(sizes)
        self.log(f"generating {largest:,} claims")
        gen_time, lines = timed(lambda: generate_lines(largest, seed=self.args.seed))
        self.notes.append(f"Generating {largest:,} synthetic claims took {fmt_time(gen_time)} (not counted anywhere).")
        by_size: dict[int, list[Row]] = {}
        for n in sorted(sizes, reverse=True):  # largest first: its memory is measured on a fresh heap
            self.rows = []
            self.size(lines[:n], n, largest)
            by_size[n] = self.rows
            gc.collect()
        self.rows = [row for n in sorted(by_size) for row in by_size[n]]
        self.growth(sorted(sizes))
        if not self.args.quick:
            self.real_data()
        if self.args.profile and not self.args.quick:
            self.profile(lines[: min(largest, 100_000)])

    def size(self, lines: list[bytes], n: int, largest: int) -> None:
        args = self.args
        label = fmt_size(n)
        res = self.results.setdefault(n, SizeResult(n))
        reps = repeats_for(n)
        data = b"\n".join(lines) + b"\n"

        # Ingest through the public JSON Lines reader; memory of the first log.
        self.log(f"{label}: ingest")
        gc.collect()
        before = rss()
        start = time.perf_counter()
        log = load_jsonl(io.BytesIO(data))
        t_ingest = time.perf_counter() - start
        gc.collect()
        after = rss()
        if reps > 1:
            t_more, _ = timed(lambda: load_jsonl(io.BytesIO(data)), reps - 1)
            t_ingest = statistics.median([t_ingest, t_more])
        assert len(log) == n, f"{len(log)} claims loaded of {n}"  # noqa: S101 - a broken run must stop
        # The core path alone (no file reader) is timed up to 100k: at 1M it would double the run.
        t_core = timed(lambda: CasualtyLog(json.loads(line) for line in lines), reps)[0] if n <= 100_000 else None
        per_line = TypeAdapter(Minimal)
        t_base_line, _ = timed(lambda: [per_line.validate_json(line) for line in lines], reps)
        as_list = TypeAdapter(list[Minimal])
        array = b"[" + b",".join(lines) + b"]"
        t_base_list, _ = timed(lambda: as_list.validate_json(array), reps)
        res.times["ingest"] = t_ingest
        self.rows.append(
            ratio_row(
                "ingest JSONL → validated log (load_jsonl)",
                label,
                t_ingest,
                t_base_line,
                "pydantic per-line validate_json",
                2.0,
            )
        )
        if t_core is not None:
            res.times["ingest_core"] = t_core
            self.rows.append(
                ratio_row(
                    "  same, core only (json.loads + CasualtyLog.extend)",
                    label,
                    t_core,
                    t_base_line,
                    "pydantic per-line validate_json",
                    2.0,
                )
            )
        self.rows.append(
            ratio_row(
                "  same (load_jsonl) vs one validate_json of a JSON array",
                label,
                t_ingest,
                t_base_list,
                "TypeAdapter(list[Minimal])",
                2.0,
            )
        )
        if not args.quick or n == largest:  # columnar ingest (issue 14); --quick has a time limit in the tests
            self.rows += ingest_rows_apart(data, label, 1 if args.quick else reps, res.times)
            if n <= 100_000:  # the log paths of CSV, frames and stores build a Claim per row: minutes at 1M
                self.rows += source_rows(lines, label, 1 if args.quick else reps)
        if before is not None and after is not None and n == largest:
            per_claim = (after - before) / n
            self.rows.append(
                Row(
                    "memory: resident bytes per claim (RSS delta)",
                    label,
                    f"{per_claim:,.0f} B",
                    target="≤ 1,024 B",
                    ok=per_claim <= 1024,
                    note="" if per_claim <= 1024 else f"{per_claim / 1024:.1f}× over target",
                )
            )
        if n == min(self.args.sizes_run):
            traced = self.traced_bytes(lines)
            self.rows.append(
                Row(
                    "memory: Python bytes per claim (tracemalloc)",
                    label,
                    f"{traced:,.0f} B",
                    target="≤ 1,024 B",
                    ok=traced <= 1024,
                    note="" if traced <= 1024 else f"{traced / 1024:.1f}× over target",
                )
            )
            if bulk_available():
                columnar, in_log = table_bytes_per_claim(lines)
                self.rows.append(
                    Row(
                        "memory: columnar form, bytes per claim (tracemalloc)",
                        label,
                        f"{columnar:,.0f} B",
                        f"{in_log:,.0f} B in a log",
                        columnar / in_log,
                        "≤ 300 B",
                        columnar <= 300,
                        "" if columnar <= 300 else f"{columnar / 300:.1f}× over target",
                    )
                )

        # resolve_all vs the same work elsewhere (pandas, polars, duckdb), GC paused alike.
        self.log(f"{label}: resolve_all")
        # Wall and CPU, for the growth rows: a loaded machine inflates the wall time of one size
        # alone (session 15's table: 27.9× wall for 10× the claims, CPU 49.2 ms → 467 ms, 9.5×).
        res.times["resolve_all"], res.times["resolve_all_cpu"] = self.whole_log(log, label, reps)

        # Dask: 2 workers against 1, at the largest size (before the adds below change the log).
        if n == largest and not args.no_dask:
            self.dask(data, log, label)

        # One add, then re-resolve its count.
        self.log(f"{label}: add + resolve, at= and known_at= queries")
        counts = log.counts()
        sample = [counts[self.rng.randrange(len(counts))] for _ in range(args.calls)]
        for count in sample:  # warm the cache: the steady state of a live log
            log.resolve(*count)
        res.times["add"] = median_call([self._add_call(log, count, i) for i, count in enumerate(sample)])
        self.rows.append(Row("one add, then re-resolve its count (per add)", label, fmt_time(res.times["add"])))

        # Point-in-time queries for one count.
        at_calls, known_calls = [], []
        for count in sample:
            claims = log.claims_about(*count)
            said = sorted(c.available_at for c in claims)[len(claims) // 2]
            known = sorted(c.recorded_at for c in claims if c.recorded_at is not None)[len(claims) // 2]
            at_calls.append(_bind(log.resolve, count, at=said))
            known_calls.append(_bind(log.resolve, count, known_at=known))
        res.times["at"] = median_call(at_calls)
        res.times["known_at"] = median_call(known_calls)
        self.rows.append(self.latency_row("resolve(…, at=T), one count, in memory", label, res.times["at"], 1e-3))
        self.rows.append(
            self.latency_row("resolve(…, known_at=T), one count, in memory", label, res.times["known_at"], 1e-3)
        )

        # The store.
        if self.store_available:
            self.store(log, sample, label, res, reps)
        else:
            for what in (
                "store import vs bare executemany",
                "resolve(…, at=T), one count, from the store",
                "resolve(…, known_at=T), one count, from the store",
            ):
                self.rows.append(Row(what, label, "n/a (store not built)"))

    def whole_log(self, log: CasualtyLog, label: str, reps: int, target: float = 2.0) -> tuple[float, float]:
        """resolve_all (columns cold, then kept) against every baseline installed, wall and CPU
        time, the collector paused for all alike (issue 14); returns the kept wall and CPU time."""
        from benchmarks.baselines import baselines, measure  # noqa: PLC0415 - pandas is optional
        from benchmarks.bulk import claims_frame  # noqa: PLC0415 - pandas is optional
        from casualtylog.bulk import available, log_columns  # noqa: PLC0415 - numpy is optional

        found: list[Any] = []

        def resolve_all() -> None:
            log._cache.clear()  # time the resolution, not the cache
            # The call alone: its result is columnar, a result object is made when an item is read.
            found[:] = [log.resolve_all()]

        def read_every_item() -> None:
            log._cache.clear()
            found[:] = [list(log.resolve_all())]

        cold = measure(resolve_all, 1)  # the first call builds the numeric columns
        kept = measure(resolve_all, reps)
        read = measure(read_every_item, reps)
        n_counts = len(found[0])
        self.rows.append(Row(f"resolve_all ({n_counts:,} counts), first call: columns built", label, _wall_cpu(cold)))
        self.rows.append(
            Row(f"resolve_all ({n_counts:,} counts), columns kept, every item read", label, _wall_cpu(read))
        )
        targets = {"pandas sort + groupby.last": target}
        for name, call in baselines(claims_frame(log)):
            base = measure(call, reps)
            goal = targets.get(name)
            ratio = kept[0] / base[0]
            self.rows.append(
                Row(
                    f"resolve_all ({n_counts:,} counts), columns kept; CPU ratio {kept[1] / base[1]:.2f}×",
                    label,
                    _wall_cpu(kept),
                    f"{_wall_cpu(base)} {name}",
                    ratio,
                    "—" if goal is None else f"≤ {goal:g}×",
                    None if goal is None else ratio <= goal,
                    "" if goal is None or ratio <= goal else f"{ratio / goal:.1f}× over target",
                )
            )
        if available():
            plain = sum(hasattr(r, "provenance_built") for r in found[0])
            share = f"{plain:,} of {n_counts:,} ({plain / max(n_counts, 1):.1%})"
            self.rows.append(Row("resolve_all: counts resolved by the bulk engine", label, share))
            columns = log_columns(log)
            per_claim = columns.nbytes() / max(len(columns), 1)
            self.rows.append(
                Row(
                    "memory: numeric columns per claim (besides the Claim objects)",
                    label,
                    f"{per_claim:,.0f} B",
                    target="≤ 300 B",
                    ok=per_claim <= 300,
                )
            )
        return kept[0], kept[1]

    def latency_row(self, what: str, size: str, value: float, target: float) -> Row:
        ok = value <= target
        return Row(
            what,
            size,
            fmt_time(value),
            target=f"≤ {fmt_time(target)}",
            ok=ok,
            note="" if ok else f"{value / target:.1f}× over target",
        )

    def _add_call(self, log: CasualtyLog, count: Count, i: int) -> Callable[[], object]:
        event, metric, group = count[:3]
        record = {
            "event": event,
            "metric": metric,
            "group": group,
            "figure": f"at least {i + 1}",
            "source": {"name": "Benchmark desk", "kind": "media"},
            "reported_at": "2026-06-01T12:00:00Z",
            "recorded_at": "2026-06-01T12:05:00Z",
            "quote": f"benchmark add {i}",
        }

        def call() -> object:
            log.add(record)
            return log.resolve(event, metric, group)

        return call

    def traced_bytes(self, lines: list[bytes]) -> float:
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            log = CasualtyLog(json.loads(line) for line in lines)
            gc.collect()
            used = tracemalloc.get_traced_memory()[0] - base
        finally:
            tracemalloc.stop()
        return used / len(log)

    # -- the store ---------------------------------------------------------------------------------
    def store(self, log: CasualtyLog, sample: list[Count], label: str, res: SizeResult, reps: int) -> None:
        self.log(f"{label}: store import")
        claims = list(log)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "claims.db"
            with CasualtyLog.open(path, lazy=True) as store:
                t_import, _ = timed(lambda: store.extend(claims))
            t_bare = _bare_executemany(path, Path(tmp) / "bare.db")
            res.times["store_import"] = t_import
            self.rows.append(
                ratio_row(
                    "store import (CasualtyLog.open(lazy=True).extend)",
                    label,
                    t_import,
                    t_bare,
                    "bare executemany, same table + indexes",
                    2.0,
                )
            )
            with CasualtyLog.open(path, lazy=True) as store:
                at_calls, known_calls = [], []
                for count in sample:
                    claims_c = log.claims_about(*count)
                    said = sorted(c.available_at for c in claims_c)[len(claims_c) // 2]
                    known = sorted(c.recorded_at for c in claims_c if c.recorded_at is not None)[len(claims_c) // 2]
                    at_calls.append(_bind(store.resolve, count, at=said))
                    known_calls.append(_bind(store.resolve, count, known_at=known))
                res.times["store_at"] = median_call(at_calls)
                res.times["store_known_at"] = median_call(known_calls)
            self.rows.append(
                self.latency_row("resolve(…, at=T), one count, from the store", label, res.times["store_at"], 5e-3)
            )
            self.rows.append(
                self.latency_row(
                    "resolve(…, known_at=T), one count, from the store", label, res.times["store_known_at"], 5e-3
                )
            )

    # -- Dask ----------------------------------------------------------------------------------------
    def dask(self, data: bytes, log: CasualtyLog, label: str) -> None:
        try:
            from distributed import Client, LocalCluster  # noqa: PLC0415 - optional extra

            from casualtylog.dask import read_jsonl, resolution_frame, resolve_frame  # noqa: PLC0415
        except ImportError as exc:
            self.rows.append(Row("Dask: 2 workers vs 1 (speed-up)", label, f"n/a ({exc})"))
            return
        expected = resolution_frame(log.resolve_all())
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "claims.jsonl"
            path.write_bytes(data)
            blocksize = max(64_000, len(data) // self.args.partitions + 1)
            times: dict[int, float] = {}
            cores_used: dict[int, float] = {}
            identical = True
            for workers in (1, 2):
                self.log(f"{label}: dask, {workers} worker(s)")
                cluster = LocalCluster(  # type: ignore[no-untyped-call]  # distributed is partly typed
                    n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
                )
                with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
                    client.run(lambda: __import__("casualtylog.dask"))  # import on the workers before timing
                    cpu_before = sum(client.run(_cpu_seconds).values())
                    driver_before = time.process_time()
                    start = time.perf_counter()
                    got = resolve_frame(read_jsonl(str(path), blocksize=blocksize)).compute()
                    times[workers] = time.perf_counter() - start
                    # The driver (client, scheduler and nannies: LocalCluster runs them in this
                    # process) is the part that does not spread over workers.
                    driver = time.process_time() - driver_before
                    worker_cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
                    cores = cores_used[workers] = worker_cpu / times[workers]
                    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
                    fraction = worker_cpu / max(worker_cpu + driver, 1e-9)
                    self.notes.append(
                        f"Dask with {workers} worker(s): the workers used {cores:.2f} cores on average "
                        f"(CPU seconds / wall time: {worker_cpu:.1f} s / {times[workers]:.1f} s), the driver "
                        f"{driver:.1f} s CPU, so {fraction:.0%} of the CPU time is the workers' (parallelisable); "
                        f"load average {load:.1f} at the end (benchmarks/dask_scale.py breaks it down by task)."
                    )
                got["_g"] = got["group"].map(lambda g: g or "")
                got = got.sort_values(["event", "metric", "_g"]).drop(columns="_g").reset_index(drop=True)
                if not got.equals(expected):
                    identical = False
                    self.notes.append(f"Dask with {workers} worker(s): {_differences(got, expected)}.")
        speedup = times[1] / times[2]
        # Two workers can only be twice as fast with two free cores. When the machine gave them well under
        # that (other work on a shared 2-core machine), the ratio measures the load, not the library: say
        # so instead of a verdict (issue 14: "say so rather than print a speed-up").
        measurable = cores_used[2] >= _DASK_MIN_CORES
        ok: bool | None = speedup >= 1.5 if measurable else None
        why = f"not measurable: the 2 workers got {cores_used[2]:.2f} cores (< {_DASK_MIN_CORES}; see Notes)"
        self.rows.append(
            Row(
                "Dask resolve_frame from JSONL: 1 worker",
                label,
                fmt_time(times[1]),
                note="",
            )
        )
        self.rows.append(
            Row(
                "Dask resolve_frame from JSONL: 2 workers (speed-up over 1)",
                label,
                fmt_time(times[2]),
                f"{fmt_time(times[1])} with 1 worker",
                speedup,
                "≥ 1.5× speed-up",
                ok,
                why if ok is None else "" if ok else f"{speedup:.2f}× < 1.5×",
            )
        )
        self.rows.append(
            Row(
                "Dask results identical to the in-memory log",
                label,
                "yes" if identical else "NO",
                ok=identical,
                note="" if identical else "results differ",
            )
        )

    # -- growth, real data, profile --------------------------------------------------------------------
    def growth(self, sizes: Sequence[int]) -> None:
        names = {
            "ingest": "ingest (load_jsonl)",
            "ingest_core": "ingest (core only)",
            "ingest_cpu": "ingest (load_jsonl, CPU)",
            "ingest_table": "columnar ingest (ClaimTable, CPU)",
            "ingest_compiled": "columnar ingest, compiled (polars, CPU)",
            "resolve_all": "resolve_all",
            "resolve_all_cpu": "resolve_all (CPU)",
            "add": "one add + re-resolve",
            "at": "resolve(…, at=T)",
            "known_at": "resolve(…, known_at=T)",
            "store_import": "store import",
            "store_at": "resolve(…, at=T) from the store",
        }
        for small, big in itertools.pairwise(sizes):
            if big != small * 10:
                continue
            a, b = self.results[small].times, self.results[big].times
            for key, name in names.items():
                if key in a and key in b:
                    self.rows.append(
                        ratio_row(
                            f"growth: {name}",
                            f"{fmt_size(small)}→{fmt_size(big)}",
                            b[key],
                            a[key],
                            f"at {fmt_size(small)}",
                            11.0
                            if key
                            in {
                                "ingest",
                                "ingest_core",
                                "ingest_cpu",
                                "ingest_table",
                                "ingest_compiled",
                                "resolve_all",
                                "resolve_all_cpu",
                                "store_import",
                            }
                            else 1.5,
                        )
                    )
        first = min(sizes)
        for n in sizes:
            if n > first and "add" in self.results[first].times:
                self.rows.append(
                    ratio_row(
                        "one add + re-resolve, per add, vs the smallest log",
                        f"{fmt_size(first)}→{fmt_size(n)}",
                        self.results[n].times["add"],
                        self.results[first].times["add"],
                        f"at {fmt_size(first)}",
                        1.5,
                    )
                )

    def real_data(self) -> None:
        records = load_all()
        if not records:
            self.rows.append(Row("real data (Gaza, Ukraine, Nepal series)", "—", "n/a (data folder absent)"))
            return
        self.log("real data")
        lines = [json.dumps(r).encode() for r in records]
        data = b"\n".join(lines) + b"\n"
        t_ingest, log = timed(lambda: load_jsonl(io.BytesIO(data)), 3)
        t_base, _ = timed(lambda: [TypeAdapter(Minimal).validate_json(line) for line in lines], 3)

        size = f"{len(log):,} real"
        self.rows.append(ratio_row("real data: ingest (load_jsonl)", size, t_ingest, t_base, "pydantic per-line", 2.0))
        self.whole_log(log, size, 3, target=3.0)

    def profile(self, lines: list[bytes]) -> None:
        self.log(f"profiling ingest and resolve_all at {len(lines):,}")
        profiler = cProfile.Profile()
        profiler.enable()
        log = CasualtyLog(json.loads(line) for line in lines)
        log.resolve_all()
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(25)
        text = out.getvalue()
        start = text.find("   ncalls")
        self.profile_text = text[start:].rstrip() if start >= 0 else text.rstrip()


# -- helpers -------------------------------------------------------------------------------------------
def _bind(fn: Callable[..., object], count: Count, **kwargs: Any) -> Callable[[], object]:
    return lambda: fn(*count, **kwargs)


def _wall_cpu(times: tuple[float, float]) -> str:
    return f"{fmt_time(times[0])} wall, {fmt_time(times[1])} CPU"


def _cpu_seconds() -> float:
    """CPU time of the calling process (run on each Dask worker)."""
    return time.process_time()


def _differences(got: Any, expected: Any) -> str:
    """How two resolution frames differ, for the notes."""
    if len(got) != len(expected) or list(got.columns) != list(expected.columns):
        return f"{len(got)} rows vs {len(expected)} in memory"
    differ = [
        name
        for name in expected.columns
        if not got[name]
        .astype(object)
        .where(got[name].notna(), None)
        .equals(expected[name].astype(object).where(expected[name].notna(), None))
    ]
    rows = 0
    for name in differ:
        a = got[name].astype(object).where(got[name].notna(), None)
        b = expected[name].astype(object).where(expected[name].notna(), None)
        rows = max(rows, int((a != b).sum()))
    return f"columns {', '.join(differ) or 'none'} differ in up to {rows} of {len(expected)} rows"


def _store_available() -> bool:
    try:
        from casualtylog.store import open_store  # noqa: F401, PLC0415 - a probe
    except ImportError:
        return False
    return True


def _bare_executemany(store_path: Path, bare_path: Path) -> float:
    """Time inserting the store's own rows into a new file with the same table and indexes."""
    src = sqlite3.connect(store_path)
    ddl = [
        sql
        for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'claims' AND type IN ('table', 'index') AND sql IS NOT NULL"
            " ORDER BY type DESC"
        )
    ]
    rows = src.execute("SELECT * FROM claims ORDER BY seq").fetchall()
    src.close()
    width = len(rows[0]) if rows else 0
    dst = sqlite3.connect(bare_path, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")  # as the store
    for statement in ddl:
        dst.execute(statement)
    gc.collect()
    start = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    dst.executemany(f"INSERT INTO claims VALUES ({', '.join('?' * width)})", rows)  # noqa: S608 - placeholders only
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - start
    dst.close()
    return elapsed


def machine(code_version: str | None = None) -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    versions = []
    for dist in ("pydantic", "pydantic-core", "pandas", "dask", "distributed"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist} absent")
    commit = code_version or ""
    try:
        commit = (
            commit
            or subprocess.run(  # noqa: S603 - fixed arguments, no user input
                ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],  # noqa: S607 - git on PATH
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
        )
    except OSError:
        commit = ""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return [
        f"- code: commit {commit or 'unknown'}"
        + (" (with uncommitted edits in the working tree)" if commit.endswith("-dirty") else ""),
        f"- CPU: {cpu}; {os.cpu_count()} logical cores, shared with other work"
        + (f" (load average at the end of the run: {load[0]:.1f})" if load else ""),
        f"- memory: {mem}",
        f"- {platform.system()} {platform.release()}; Python {platform.python_version()} ({platform.python_implementation()})",
        f"- {', '.join(versions)}",
    ]


HEADER = ["what", "claims", "casualtylog", "baseline (same run, same data)", "ratio", "target", "verdict"]


def table(rows: Sequence[Row]) -> str:
    cells = [HEADER, *(r.cells() for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(len(HEADER))).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(rows: Sequence[Row], command: str, started: datetime, elapsed: float, bench: Bench) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|")

    out = [
        "# Performance",
        "",
        "<!-- Generated by benchmarks/run.py: do not edit by hand; run the command below again. -->",
        "",
        f"Generated by `{command}` on {started:%Y-%m-%d %H:%M} UTC in {elapsed:.0f} s.",
        "",
        *machine(bench.args.code_version),
        "",
        "Every ratio is casualtylog's time over a baseline measured in the same run on the same data",
        "(lower is better; for the Dask row it is the speed-up, higher is better). Small operations are the",
        "median of many single calls; whole-log operations the median of up to five runs at small sizes.",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join("---" for _ in HEADER) + "|",
    ]
    out += ["| " + " | ".join(esc(c.strip()) for c in r.cells()) + " |" for r in rows]
    missed = [r for r in rows if r.ok is False]
    out += ["", "## Targets missed", ""]
    out += [f"- {r.what.strip()} at {r.size}: {r.note or 'missed'}." for r in missed] or ["- none"]
    out += ["", "## How each row is measured", "", *METHOD, ""]
    if bench.notes:
        out += ["## Notes", "", *(f"- {n}" for n in bench.notes), ""]
    if bench.profile_text:
        out += [
            "## Profile (cProfile, ingest + resolve_all at 100k, top 25 by own time)",
            "",
            "```text",
            bench.profile_text,
            "```",
            "",
        ]
    return "\n".join(out)


METHOD = [
    "- **Data**: `benchmarks/generate.py`, seeded: events with several counts (killed, injured, children, "
    "civilians, missing, missiles launched/intercepted), 1–5 originators per count each revising its figure "
    "1–6 times; exact, at least, more than, `12+`, ranges, about, up to, vague words, increments; explicit "
    "supersedes links, lowered corrections, retractions, preliminary/confirmed/projected statuses; day-only "
    "and second-precision times in five offsets, `as_of` and `recorded_at` on every record. About 6.6 "
    "claims per count. The smaller sizes are prefixes of the largest log.",
    "- **Ingest**: `casualtylog.formats.jsonl.load_jsonl` on the bytes of the JSONL file (one batch); "
    "*core only* is `CasualtyLog(json.loads(line) for line in lines)`. Baseline: "
    "`TypeAdapter(Minimal).validate_json(line)` for every line, `Minimal` being event, metric, figure, "
    "source, reported_at (other fields ignored); and `TypeAdapter(list[Minimal]).validate_json` of the "
    "same lines as one JSON array.",
    "- **resolve_all**: every count under the default policy, with full provenance, caches cleared first. "
    "Baseline: pandas `sort_values('reported_at').groupby(['event', 'metric', 'group']).last()` on a frame "
    "of the same claims (frame built outside the timer).",
    "- **add + re-resolve**: `log.add(record)` of a new claim on an existing count, then `log.resolve` of "
    "that count; median over many counts drawn at random.",
    "- **at= / known_at=**: `log.resolve(event, metric, group, at=T)` with T the median time its claims "
    "became available (resp. were recorded), median over the same counts.",
    "- **Store**: `CasualtyLog.open(path, lazy=True).extend(claims)` of the validated claims vs "
    "`executemany` of the very rows the store wrote into a new file with the same `claims` table and "
    "indexes (not its triggers), WAL and `synchronous=FULL` like the store, one transaction. Point-in-time "
    "queries through a lazy store (reads the count's rows from SQL).",
    "- **Memory**: resident-set growth while loading the largest log (includes allocator slack), and "
    "tracemalloc's count of Python bytes for the smallest log.",
    "- **Dask**: `resolve_frame(read_jsonl(path))` on a `LocalCluster` of 1, then 2 worker processes with "
    "one thread each, from the same JSONL file (parse, validate, shuffle by count, resolve), compared with "
    "the in-memory `resolve_all` row for row.",
    "- **Growth**: the same measurement at a tenth of the size; whole-log operations should grow at most "
    "11× for 10× the claims, per-call operations (add, queries) at most 1.5×.",
]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table, write ``docs/performance.md`` (unless ``--no-write``)."""
    parser = argparse.ArgumentParser(description="casualtylog benchmarks (see docs/performance.md)")
    parser.add_argument("--size", type=int, help="the largest size; also runs 10k and size/10")
    parser.add_argument("--sizes", type=int, nargs="+", help="exact sizes to run")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, no real data or profile; seconds")
    parser.add_argument("--no-write", action="store_true", help="do not write docs/performance.md")
    parser.add_argument("--output", type=Path, default=DOC, help="where to write the report")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask rows")
    parser.add_argument("--no-profile", dest="profile", action="store_false", help="skip the cProfile section")
    parser.add_argument("--no-store", dest="store", action="store_false", help="skip the store rows")
    parser.add_argument("--calls", type=int, default=200, help="single calls per latency measurement")
    parser.add_argument("--partitions", type=int, default=8, help="Dask input partitions")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--silent", action="store_true", help="no progress on stderr")
    parser.add_argument("--code-version", help="the commit measured, when not run from a git checkout")
    args = parser.parse_args(argv)
    if args.quick:
        sizes = [200, 2000]
        args.calls = min(args.calls, 20)
        args.partitions = min(args.partitions, 4)
    elif args.sizes:
        sizes = sorted(set(args.sizes))
    else:
        top = args.size or 1_000_000
        sizes = sorted({s for s in (10_000, top // 10, top) if 0 < s <= top})
    args.sizes_run = sizes
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    bench = Bench(args)
    bench.run(sizes)
    elapsed = time.perf_counter() - t0
    argv_text = sys.argv[1:] if argv is None else argv
    command = "python benchmarks/run.py " + " ".join(shlex.quote(a) for a in argv_text)
    print(f"{command}  ({elapsed:.0f} s)")
    print(table(bench.rows))
    for note in bench.notes:
        print(f"- {note}")
    if not args.no_write:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        kept = _kept_sections(args.output)
        page = markdown(bench.rows, command.strip(), started, elapsed, bench) + "\n"
        args.output.write_text(page + ("\n" + kept if kept else ""), encoding="utf-8")
        print(f"wrote {args.output}")
    return 0


#: Sections of docs/performance.md from below this line are measured by other
#: scripts (appends, long lines, text, bulk, series); a run of this one keeps them.
KEEP_MARKER = "<!-- Below: sections measured by other benchmarks; benchmarks/run.py keeps them. -->"


def _kept_sections(path: Path) -> str:
    """What follows :data:`KEEP_MARKER` in ``path`` (the marker included), or an empty string."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    at = text.find(KEEP_MARKER)
    return text[at:] if at >= 0 else ""


if __name__ == "__main__":
    raise SystemExit(main())
