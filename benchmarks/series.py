"""The real series in the shared data folder, in full: what casualtylog makes of them, and how fast.

    python benchmarks/series.py            # markdown tables on stdout
    python benchmarks/series.py --quick    # the counts and findings, fewer timing repeats

For each series (described once in benchmarks/series_specs.py): claims, counts,
how many counts resolve to the publisher's last stated figure, the findings of
``check()`` by kind, the findings over time, tier differences, period
agreements and phase totals. Then timings, each against a baseline measured in
the same run (ratios, not absolute limits): the daily known-series versus
``resolve(at=)`` once per day, and findings over time versus ``check(at=)``
once per day (on a sample of days, extrapolated and labelled so).

Reads the data folder (``$CASUALTYLOG_DATA``, ``/work/shared/data`` or
``../shared/data``); prints a note and exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.real_data import data_dir
from benchmarks.series_specs import SERIES
from casualtylog import CasualtyLog
from casualtylog.known import known_series
from casualtylog.period_checks import period_agreement
from casualtylog.phases import total_over_phases
from casualtylog.resolve.engine import chrono_key
from casualtylog.series import read_series
from casualtylog.tiers import tier_differences
from casualtylog.timeline import findings_over_time


def _best_of(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def summary(folder: Path) -> dict[str, CasualtyLog]:
    logs = {}
    print("| series | claims | counts | last stated figure | check() findings | findings over time (ended) | other |")
    print("|---|---:|---:|---:|---|---|---|")
    for name, (file, spec) in SERIES.items():
        log = CasualtyLog(read_series(folder / file, spec))
        logs[name] = log
        right = 0
        for count in log.counts():
            last = max(log.claims_about_count(count), key=chrono_key)
            right += last.figure is not None and log.resolve(*count).best == last.figure.point
        kinds = Counter(f.kind.value for f in log.check())
        spans = findings_over_time(log)
        ended = sum(1 for s in spans if s.end is not None)
        other = []
        if name == "west_bank":
            other.append(f"{len(tier_differences(log))} tier differences")
        if name == "gaza":
            agreements = period_agreement(log)
            other.append(f"{len(agreements)} period checks, {sum(not a.agrees for a in agreements)} disagree")
        if name == "lebanon":
            total = total_over_phases(log, "lebanon-2023", "killed")
            other.append(f"killed over phases {total.best}")
        found = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"
        print(
            f"| {name} | {len(log)} | {len(log.counts())} | {right}/{len(log.counts())} | {found} "
            f"| {len(spans)} ({ended}) | {'; '.join(other)} |"
        )
    return logs


def timings(logs: dict[str, CasualtyLog], repeats: int, sample: int) -> None:
    print()
    print("| what | one pass | baseline (same run) | ratio |")
    print("|---|---:|---:|---:|")
    for name, event in (("gaza", "gaza-war-2023"), ("west_bank", "west-bank-2023")):
        log = logs[name]
        points = known_series(log, event, "killed").points
        t_known = _best_of(partial(known_series, log, event, "killed"), repeats)
        step = max(1, len(points) // sample)
        picked = points[::step]
        t0 = time.perf_counter()
        for p in picked:
            log.resolve(event, "killed", at=p.at)
        per_day = (time.perf_counter() - t0) / len(picked)
        loop = per_day * len(points)
        print(
            f"| {name}: known-series, {len(points)} days | {t_known * 1000:.0f} ms "
            f"| resolve(at=) per day: {per_day * 1000:.1f} ms × {len(points)} = {loop:.1f} s "
            f"(extrapolated from {len(picked)} days) | {loop / t_known:.0f}× |"
        )
        t_spans = _best_of(partial(findings_over_time, log), repeats)
        days = [p.at for p in picked[: max(1, sample // 4)]]
        t0 = time.perf_counter()
        for at in days:
            log.check(at=at)
        per_check = (time.perf_counter() - t0) / len(days)
        loop = per_check * len(points)
        print(
            f"| {name}: findings over time ({len(log.counts())} counts) | {t_spans * 1000:.0f} ms "
            f"| check(at=) per day: {per_check * 1000:.0f} ms × {len(points)} = {loop:.1f} s "
            f"(extrapolated from {len(days)} days) | {loop / t_spans:.0f}× |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one timing repeat and a small sample")
    args = parser.parse_args(argv)
    folder = data_dir()
    if folder is None or not all((folder / file).is_file() for file, _ in SERIES.values()):
        print("the shared data folder is not here; nothing to measure")
        return 0
    logs = summary(folder)
    timings(logs, repeats=1 if args.quick else 3, sample=8 if args.quick else 40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
