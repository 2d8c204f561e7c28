"""Issue 14: the bulk resolution path side by side with pandas, in one run.

    python benchmarks/bulk.py --sizes 100000 [--check] [--section docs/performance.md]

Every row is timed in this process on the same log, under the same GC policy
(the cyclic collector paused, as ``resolve_all`` pauses it), wall time and CPU
time of the process. Ratios are what to read: the machine is shared.

- *reference engine*: every count resolved by ``resolve_claims`` with full
  provenance (what ``resolve_all`` did before the bulk path);
- *resolve_all, columns cold*: the first call on a log (its numeric columns
  and sort orders are built, then every count resolved);
- *resolve_all, columns kept*: a later call (columns kept with the log;
  resolution caches cleared), numbers at once, result objects and provenance on access;
- *... and every item read*: the same call, then every item of the result read
  (a result object made per count, provenance still on access);
- *bulk engine alone*: the numpy pass over the plain counts, no result objects;
- *provenance of every count on demand*: reading ``conflicts`` of every
  result of the previous row (the reference engine builds it);
- *pandas sort + groupby.last*: latest point figure per count;
- *pandas range-lite*: latest figure per (count, source), then per count the
  latest as best, min low, max high.

``--check`` compares the bulk path with the reference engine on every count
of the log, under every policy, now and with ``at=``/``known_at=`` (slow:
it runs the reference engine many times). ``--file`` reads the first N lines
of an existing JSON Lines file (the 1M benchmark data; its prefixes are the
smaller logs) instead of generating them; ``--check-only`` skips the timed rows,
so the whole 1M check under all five policies is one run::

    nice python benchmarks/bulk.py --sizes 1000000 --file /tmp/bench_data/claims_1m.jsonl \
        --check --check-only > /tmp/check_1m.log 2>&1
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from casualtylog import CasualtyLog
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.policies import DEFAULT_POLICY, POLICIES, Policy

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- bulk benchmark: start -->", "<!-- bulk benchmark: end -->"


def measure(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``repeat`` calls, the collector paused as the library pauses it."""
    walls, cpus = [], []
    for _ in range(max(1, repeat)):
        gc.collect()
        enabled = gc.isenabled()
        gc.disable()
        try:
            w0, c0 = time.perf_counter(), time.process_time()
            # Held past the timer: freeing a million result objects (pydantic models, claims) is
            # not the work being measured, and a baseline that paid for it flattered the library.
            result = fn()
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
            del result
        finally:
            if enabled:
                gc.enable()
    return statistics.median(walls), statistics.median(cpus)


def claims_frame(log: CasualtyLog) -> Any:
    """The claims as the pandas baselines see them (built outside the timers)."""
    import pandas as pd  # noqa: PLC0415 - a benchmark dependency, not a core one

    claims = [c for c in log if c.figure is not None]
    return pd.DataFrame(
        {
            "event": [c.event for c in claims],
            "metric": [c.metric for c in claims],
            "group": [c.group or "" for c in claims],
            "source": [c.source.key for c in claims],
            "reported_at": pd.to_datetime([c.reported_at for c in claims], utc=True),
            "best": [c.figure.point for c in claims if c.figure is not None],
            "low": [c.figure.low for c in claims if c.figure is not None],
            "high": [c.figure.high if c.figure.high is not None else -1 for c in claims if c.figure is not None],
        }
    )


def pandas_latest(frame: Any) -> Any:
    return frame.sort_values("reported_at").groupby(["event", "metric", "group"]).last()


def pandas_range_lite(frame: Any) -> Any:
    latest = frame.sort_values("reported_at").groupby(["event", "metric", "group", "source"], as_index=False).last()
    latest = latest.sort_values("reported_at")
    return latest.groupby(["event", "metric", "group"]).agg(
        best=("best", "last"), low=("low", "min"), high=("high", "max")
    )


def check(log: CasualtyLog, policies: Sequence[str] | None = None, queries: int = 4) -> tuple[int, int]:
    """Counts compared and mismatches between the bulk path and the reference engine, under
    ``policies`` (default: every one) and the first ``queries`` of: now, ``at=``, ``known_at=``, both."""
    from casualtylog.bulk import resolve_all_bulk  # noqa: PLC0415 - after numpy is known to be there
    from casualtylog.bulk.results import LazyResolution  # noqa: PLC0415 - needs numpy

    times = sorted(c.reported_at for c in log)
    mid = times[len(times) // 2]
    recorded = sorted(c.recorded_at for c in log if c.recorded_at is not None)
    moments = [(None, None), (mid, None), (None, recorded[len(recorded) // 2]), (mid + timedelta(days=1), mid)]
    chosen: list[Policy] = [POLICIES[name] for name in policies] if policies else list(POLICIES.values())
    compared = mismatches = 0
    shown = 0
    for policy in chosen:
        for at, known_at in moments[:queries]:
            compared_before, mismatches_before = compared, mismatches
            got = resolve_all_bulk(log, policy, at, known_at) or log.resolve_all(
                policy=policy, at=at, known_at=known_at
            )
            by_count = {r.count: r for r in got}
            for count in log.counts():
                want = resolve_claims(count, log.claims_about(*count), policy, at=at, known_at=known_at)
                if not want.considered or not want.states_a_figure:  # resolve_all leaves these out
                    mismatches += count in by_count
                    continue
                compared += 1
                res = by_count.get(count)
                same = res is not None and (res.best, res.low, res.high, res.best_claim, res.sources) == (
                    want.best,
                    want.low,
                    want.high,
                    want.best_claim,
                    want.sources,
                )
                if same and res is not None and hasattr(res, "claim_count"):
                    tallies = (getattr(res, "claim_count", None), getattr(res, "has_conflicts", None))
                    same = tallies == (len(want.considered), bool(want.conflicts))
                mismatches += not same
                if not same and shown < 5:
                    # The first few, so that a mismatch found at 1M can be reproduced in a test.
                    shown += 1
                    print(
                        f"MISMATCH {policy.name} at={at} known_at={known_at} {count}: bulk {res!r} "
                        f"reference {(want.best, want.low, want.high, want.best_claim, want.sources)}",
                        file=sys.stderr,
                    )
            # Progress, for a check too long to wait for (1M): what has been compared so far.
            print(
                f"checked {policy.name}, at={at}, known_at={known_at}: {compared - compared_before:,} compared "
                f"({sum(isinstance(r, LazyResolution) for r in got):,} by the bulk engine), "
                f"{mismatches - mismatches_before} mismatches; {compared:,} and {mismatches} in all",
                file=sys.stderr,
                flush=True,
            )
    return compared, mismatches


def read_lines(path: Path, n: int) -> list[bytes]:
    """The first ``n`` lines of ``path`` (the generator's prefixes are its smaller logs)."""
    lines: list[bytes] = []
    with path.open("rb") as handle:
        for line in handle:
            if len(lines) == n:
                break
            lines.append(line)
    if len(lines) < n:
        raise SystemExit(f"{path} has {len(lines):,} lines, fewer than {n:,}")
    return lines


def check_row(n: int, log: CasualtyLog, policies: Sequence[str] | None, queries: int) -> list[str]:
    started = time.perf_counter()
    compared, mismatches = check(log, policies, queries)
    return [
        f"bulk vs reference ({time.perf_counter() - started:,.0f} s): {compared:,} count resolutions compared "
        f"({len(policies) if policies else len(POLICIES)} policies × {queries} queries), "
        f"{mismatches} mismatches",
        f"{n:,}",
        *[""] * 6,
    ]


def run(
    n: int,
    seed: int,
    repeat: int,
    do_check: bool,
    policies: Sequence[str] | None = None,
    queries: int = 4,
    file: Path | None = None,
    check_only: bool = False,
) -> list[list[str]]:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - keep the module importable alone
    from casualtylog import bulk  # noqa: PLC0415 - needs numpy
    from casualtylog.bulk.engine import bulk_numbers  # noqa: PLC0415 - needs numpy
    from casualtylog.bulk.results import LazyResolution  # noqa: PLC0415 - needs numpy

    lines = read_lines(file, n) if file is not None else generate_lines(n, seed=seed)
    log = CasualtyLog(json.loads(line) for line in lines)
    del lines
    if check_only:
        return [check_row(n, log, policies, queries)]
    frame = claims_frame(log)
    counts = log.counts()

    def reference() -> None:
        for count in counts:
            resolve_claims(count, log._by_count[count], DEFAULT_POLICY)

    def cold() -> None:
        bulk._COLUMNS.clear()
        log._cache.clear()
        log.resolve_all()

    results: list[Any] = []

    def kept() -> None:
        # The call alone: numbers as arrays; a result object is made when an item is read.
        log._cache.clear()
        log.resolve_all()

    def read_every_item() -> None:
        log._cache.clear()
        results[:] = log.resolve_all()

    def numbers_only() -> None:
        bulk_numbers(columns, DEFAULT_POLICY, now_us=1 << 62)

    def provenance() -> None:
        for r in results:
            r.conflicts  # noqa: B018 - reading it builds it

    rows: list[tuple[str, tuple[float, float]]] = [
        ("reference engine, every count, full provenance", measure(reference, repeat)),
        ("resolve_all, columns cold (built in the call)", measure(cold, repeat)),
        ("resolve_all, columns kept with the log (the call: numbers first)", measure(kept, repeat)),
        (
            "resolve_all, columns kept, and every item read (a result object per count)",
            measure(read_every_item, repeat),
        ),
    ]
    plain = sum(isinstance(r, LazyResolution) for r in results)
    # The columns resolve_all keeps, sort orders included: the row below times the numpy pass alone.
    columns = bulk.log_columns(log)
    numbers_only()
    rows += [
        ("bulk engine alone (numpy, numbers of the plain counts)", measure(numbers_only, repeat)),
        ("provenance of every count read afterwards", measure(provenance, 1)),
    ]
    base_latest = measure(lambda: pandas_latest(frame), repeat)
    base_lite = measure(lambda: pandas_range_lite(frame), repeat)
    rows += [("pandas sort + groupby.last", base_latest), ('pandas "range-lite"', base_lite)]
    table = [
        [
            what,
            f"{n:,}",
            f"{wall * 1e3:,.1f} ms",
            f"{cpu * 1e3:,.1f} ms",
            f"{wall / base_latest[0]:.2f}×",
            f"{wall / base_lite[0]:.2f}×",
            f"{cpu / base_latest[1]:.2f}×",
            f"{cpu / base_lite[1]:.2f}×",
        ]
        for what, (wall, cpu) in rows
    ]
    table.append(
        [
            f"counts resolved by the bulk engine: {plain:,} of {len(results):,} ({plain / max(len(results), 1):.2%})",
            f"{n:,}",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    table.append(
        [
            f"columns: {columns.nbytes() / len(columns):.0f} B per claim (numbers, sort orders, row → claim)",
            f"{n:,}",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    if do_check:
        table.append(check_row(n, log, policies, queries))
    return table


def markdown(tables: Sequence[list[list[str]]], command: str) -> str:
    head = (
        "| what | claims | wall | CPU | wall ratio to pandas latest | wall ratio to pandas range-lite "
        "| CPU ratio to pandas latest | CPU ratio to pandas range-lite |\n"
        "|---|---|---|---|---|---|---|---|\n"
    )
    body = "".join("| " + " | ".join(row) + " |\n" for table in tables for row in table)
    return f"Generated by `{command}`.\n\n{head}{body}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3, help="median of this many runs per row")
    parser.add_argument("--check", action="store_true", help="compare with the reference engine on every count")
    parser.add_argument("--section", type=Path, help="replace the bulk section of this markdown file")
    parser.add_argument(
        "--check-policies", nargs="+", choices=sorted(POLICIES), help="policies to check (default: all)"
    )
    parser.add_argument(
        "--check-queries", type=int, default=4, choices=range(1, 5), help="now, at=, known_at=, both: the first N"
    )
    parser.add_argument(
        "--file", type=Path, help="read the first N lines of this JSON Lines file instead of generating"
    )
    parser.add_argument("--check-only", action="store_true", help="only the --check row (no timed rows)")
    args = parser.parse_args(argv)
    tables = [
        run(
            n,
            args.seed,
            args.repeat,
            args.check or args.check_only,
            args.check_policies,
            args.check_queries,
            args.file,
            args.check_only,
        )
        for n in args.sizes
    ]
    command = "python benchmarks/bulk.py " + " ".join(sys.argv[1:] if argv is None else argv)
    text = markdown(tables, command.strip())
    print(text)
    if args.section is not None:
        doc = args.section.read_text(encoding="utf-8")
        before, _, rest = doc.partition(START)
        _, _, after = rest.partition(END)
        args.section.write_text(f"{before}{START}\n{text}{END}{after}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
