"""Roll-ups against the resolutions they are built from, timed in the same run.

    python benchmarks/rollup.py                      # 1 nation, 7 provinces, 77 districts, 28 snapshots
    python benchmarks/rollup.py --districts 750 --snapshots 28
    python benchmarks/rollup.py --quick              # a second: keeps the script from rotting

A roll-up needs every resolution of the log, so its baseline is a cold
``resolve_all`` on the same log, measured in this run; the ratio says what
summing the hierarchy adds on top of resolving (``rollup_resolutions`` over
the same resolutions). Also timed: ``check()`` with and without declared
events, each from a cold cache. Medians of several repeats, the operations
interleaved so that load on the machine hits them alike; nothing here passes
or fails.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casualtylog import CasualtyLog
from casualtylog.rollup import rollup_resolutions


def build(districts: int, snapshots: int, provinces: int, seed: int = 7) -> tuple[CasualtyLog, CasualtyLog]:
    """The same claims twice: once with a nation → province → district hierarchy, once without."""
    rnd = random.Random(seed)
    events = [{"id": "nation", "parts_complete": True}]
    events += [{"id": f"p{p}", "parents": ["nation"], "parts_complete": True} for p in range(provinces)]
    events += [{"id": f"d{d}", "parents": [f"p{d % provinces}"]} for d in range(districts)]
    claims = []
    for s in range(snapshots):
        when = f"2015-05-{1 + s % 28:02d}T{(s // 28) % 24:02d}:00+05:45"
        total = 0
        for d in range(districts):
            dead = rnd.randint(0, 50) * (s + 1)
            total += dead
            for metric, figure in (("killed", dead), ("injured", 3 * dead)):
                claims.append({"event": f"d{d}", "metric": metric, "figure": str(figure), "source": "NEOC",
                               "reported_at": when})  # fmt: skip
        if s % 2:
            claims.append({"event": "nation", "metric": "killed", "figure": str(total), "source": "Government",
                           "reported_at": when})  # fmt: skip
    with_events = CasualtyLog(claims)
    with_events.add_events(events)
    return with_events, CasualtyLog(claims)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--districts", type=int, default=77)
    parser.add_argument("--provinces", type=int, default=7)
    parser.add_argument("--snapshots", type=int, default=28)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one repeat")
    args = parser.parse_args(argv)
    if args.quick:
        args.districts, args.snapshots, args.repeat = 14, 3, 1
    log, plain = build(args.districts, args.snapshots, args.provinces)
    counts = len(log.counts())

    # resolve_all caches resolutions; clear it between runs so each run resolves from claims.
    def fresh(target: CasualtyLog) -> CasualtyLog:
        target._cache.clear()
        return target

    resolutions = {r.count: r for r in log.resolve_all()}
    timings: dict[str, list[float]] = {"base": [], "roll": [], "check_plain": [], "check_events": []}
    for _ in range(args.repeat):
        timings["base"].append(median_time(lambda: fresh(log).resolve_all(), 1))
        timings["roll"].append(median_time(lambda: rollup_resolutions(resolutions, log.event_registry), 1))
        timings["check_plain"].append(median_time(lambda: fresh(plain).check(), 1))
        timings["check_events"].append(median_time(lambda: fresh(log).check(), 1))
    base, roll, check_plain, check_events = (statistics.median(timings[k]) for k in timings)
    rolls = log.rollups()
    print(f"{len(log):,} claims, {counts:,} counts, {len(log.events)} events, {len(rolls)} roll-ups")
    print(f"resolve_all, cold (baseline)      {base * 1e3:9.1f} ms")
    print(f"rollup_resolutions (same data)    {roll * 1e3:9.1f} ms   ratio {roll / base:5.3f}x resolve_all")
    print(f"check, no events, cold            {check_plain * 1e3:9.1f} ms")
    print(f"check, with the hierarchy, cold   {check_events * 1e3:9.1f} ms   ratio {check_events / check_plain:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
