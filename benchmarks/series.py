"""The real series in the shared data folder, in full: what casualtylog makes of them, and how fast.

    python benchmarks/series.py            # markdown tables on stdout
    python benchmarks/series.py --quick    # the counts and findings, fewer timing repeats

For each series (described once in benchmarks/series_specs.py): claims, counts,
how many counts resolve to the publisher's last stated figure, the findings of
``check()`` by kind, each judged true or false against the published rows
(see :func:`verdict`), the findings over time, tier differences, period
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
from casualtylog.checks import Finding, FindingKind
from casualtylog.claims import Claim
from casualtylog.cross_timeline import cross_findings_over_time
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


def _consecutive(log: CasualtyLog, old: Claim, new: Claim) -> bool:
    """Whether ``new`` is the next statement after ``old`` of the same source and tier, as published."""
    chain = sorted(
        (c for c in log.claims_about_count(new.count) if c.source.key == new.source.key and c.status == new.status),
        key=chrono_key,
    )
    ids = [c.id for c in chain]
    return old.id in ids and new.id in ids and ids.index(new.id) == ids.index(old.id) + 1


def verdict(log: CasualtyLog, finding: Finding) -> bool | None:
    """Is the finding true of the published rows? ``None``: a kind not judged here.

    Each claim is one published cell, so the rows are judged through the claims a
    finding names: a fall is true when the later figure is below the earlier one
    and they are consecutive statements of one source in one tier (a fall as
    published, not one the resolution made up); a conflict when the two figures
    allow no common count; a group above its total (or a part above its whole)
    when a stated floor of the one is above a stated ceiling of the other.
    """
    kind, claims = finding.kind, finding.claims
    figures = [c.figure for c in claims]
    if any(f is None for f in figures) or len(claims) < 2:
        return None
    if kind is FindingKind.CUMULATIVE_FELL:
        old, new = claims[0], claims[1]
        fell = new.figure is not None and old.figure is not None and new.figure.point < old.figure.point
        return fell and _consecutive(log, old, new)
    if kind is FindingKind.CONFLICT:
        a, b = figures[0], figures[1]
        return a is not None and b is not None and (not a.overlaps(b) or claims[0].source.key == claims[1].source.key)
    if kind in {FindingKind.GROUP_EXCEEDS_TOTAL, FindingKind.RELATION_VIOLATED}:
        parts = [c for c in claims if c.count == finding.counts[0]]
        wholes = [c for c in claims if c.count == finding.counts[1]]
        return any(
            p.figure is not None and w.figure is not None and w.figure.high is not None and p.figure.low > w.figure.high
            for p in parts
            for w in wholes
        )
    return None


def summary(folder: Path) -> dict[str, CasualtyLog]:
    logs = {}
    print(
        "| series | claims | counts | last stated figure | check() findings | true / false | "
        "findings over time (ended) | other |"
    )
    print("|---|---:|---:|---:|---|---|---|---|")
    for name, (file, spec) in SERIES.items():
        log = CasualtyLog(read_series(folder / file, spec))
        logs[name] = log
        right = 0
        for count in log.counts():
            last = max(log.claims_about_count(count), key=chrono_key)
            right += last.figure is not None and log.resolve(*count).best == last.figure.point
        findings = log.check()
        kinds = Counter(f.kind.value for f in findings)
        verdicts = Counter(verdict(log, f) for f in findings)
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
        judged = f"{verdicts[True]} / {verdicts[False]}" + (f" ({verdicts[None]} not judged)" if verdicts[None] else "")
        print(
            f"| {name} | {len(log)} | {len(log.counts())} | {right}/{len(log.counts())} | {found} "
            f"| {judged} | {len(spans)} ({ended}) | {'; '.join(other)} |"
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
        t_cross = _best_of(partial(cross_findings_over_time, log), repeats)
        days = [p.at for p in picked[: max(1, sample // 4)]]
        t0 = time.perf_counter()
        for at in days:
            log.check(at=at)
        per_check = (time.perf_counter() - t0) / len(days)
        loop = per_check * len(points)
        print(
            f"| {name}: findings over time ({len(log.counts())} counts; of which across counts "
            f"{t_cross * 1000:.0f} ms) | {t_spans * 1000:.0f} ms "
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
