"""Hostile shapes at growing sizes: each row's time, and the ratio per 10× of size.

    python benchmarks/hostile.py                 # every case
    python benchmarks/hostile.py --case history  # cases whose name contains "history"

A linear operation shows a ratio near 10 per 10× (less while fixed costs
dominate); a quadratic one near 100. Nothing here passes or fails: the table
is read, and docs/performance.md quotes it. Each case is a name, the sizes it
runs at and a function that builds its input (untimed) and returns the
operation to time; add a row by adding a :class:`Case` to :data:`CASES`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casualtylog import CasualtyLog, CasualtyLogError, Claim

T0 = datetime(2025, 1, 1, tzinfo=UTC)
BASE = {"event": "e", "metric": "killed", "source": "s", "reported_at": "2025-01-01T00:00Z", "figure": "1"}


@dataclass(frozen=True)
class Case:
    """One hostile shape: ``build(n)`` prepares an input of size ``n`` and returns the timed operation."""

    name: str
    sizes: Sequence[int]
    build: Callable[[int], Callable[[], object]]
    unit: str = "links"


def _chain(n: int, step: Callable[[Claim, int], Claim]) -> CasualtyLog:
    log = CasualtyLog()
    prev = log.add(BASE | {"reported_at": T0})
    claims = [prev]
    for i in range(n):
        prev = step(prev, i)
        claims.append(prev)
    log.extend(claims)
    return log


def _revisions(n: int) -> CasualtyLog:
    return _chain(n, lambda prev, i: prev.revised(figure=str(i + 2), reported_at=T0 + timedelta(minutes=i + 1)))


def _history_revisions(n: int) -> Callable[[], object]:
    log = _revisions(n)
    return lambda: log.history("e", "killed")


def _resolve_retractions(n: int) -> Callable[[], object]:
    log = _chain(n, lambda prev, i: prev.retracted(reported_at=T0 + timedelta(minutes=i + 1)))
    return lambda: log.resolve("e", "killed", known_at=T0 + timedelta(days=10_000))  # past the cache


def _resolve_increments(n: int) -> Callable[[], object]:
    log = _increments(n)
    return lambda: log.resolve("e", "killed", known_at=T0 + timedelta(days=10_000))


def _check_increments(n: int) -> Callable[[], object]:
    log = _increments(n)
    return lambda: log.check(known_at=T0 + timedelta(days=10_000))  # past the cache


def _increments(n: int) -> CasualtyLog:
    return _chain(n, lambda prev, i: prev.revised(figure="+1", reported_at=T0 + timedelta(minutes=i + 1)))


def _refused(record: Mapping[str, object]) -> Callable[[], object]:
    def run() -> object:
        try:
            return CasualtyLog().add(record)
        except CasualtyLogError as exc:
            return exc

    return run


def _long_time(n: int) -> Callable[[], object]:
    return _refused(BASE | {"reported_at": "2025-01-01 " + "1" * n})


def _long_name(n: int) -> Callable[[], object]:
    return _refused(BASE | {"source": "Ministry\u200b " * (n // 10)})


def _long_figure_word(n: int) -> Callable[[], object]:
    return _refused(BASE | {"figure": {"qualifier": "vague", "low": 5, "word": "dozens " * (n // 7)}})


CASES: list[Case] = [
    Case("history: revision chain", (100, 1_000, 10_000), _history_revisions),
    Case("resolve: retraction chain", (100, 1_000, 10_000), _resolve_retractions),
    Case("resolve: increment chain", (100, 1_000, 10_000), _resolve_increments),
    Case("check: increment chain", (100, 1_000, 10_000), _check_increments),
    Case("add: long reported_at (refused)", (1_000, 10_000, 100_000), _long_time, "characters"),
    Case("add: long source name (refused)", (1_000, 10_000, 100_000), _long_name, "characters"),
    Case("add: long vague word (refused)", (1_000, 10_000, 100_000), _long_figure_word, "characters"),
]


def measure(operation: Callable[[], object], repeat: int) -> float:
    """The median of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        operation()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", default="", help="run only cases whose name contains this")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (the median is shown)")
    parser.add_argument("--max-size", type=int, default=None, help="skip sizes above this")
    args = parser.parse_args(argv)
    print(f"{'case':<34} {'size':>9} {'unit':<10} {'seconds':>10} {'×10 ratio':>10}")
    for case in CASES:
        if args.case not in case.name:
            continue
        previous: float | None = None
        for n in case.sizes:
            if args.max_size is not None and n > args.max_size:
                continue
            operation = case.build(n)
            seconds = measure(operation, args.repeat)
            ratio = "" if previous is None or previous == 0 else f"{seconds / previous:.1f}"
            print(f"{case.name:<34} {n:>9,} {case.unit:<10} {seconds:>10.4f} {ratio:>10}", flush=True)
            previous = seconds
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
