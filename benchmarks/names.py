"""What issue 12's consistent names cost, against baselines timed in the same run.

    python benchmarks/names.py            # 20,000 generated claims
    python benchmarks/names.py --quick    # a second: keeps the script from rotting

- ``resolve_all()`` now wraps its list in :class:`~casualtylog.Resolutions`:
  the wrap alone is timed against a cold ``resolve_all()`` of the same log.
- ``Claim(...)`` now passes through the metaclass that turns pydantic's
  error into ``ClaimValidationError``: timed against ``type.__call__(Claim, ...)``,
  the construction without it (what ``Claim(...)`` was before).

Medians of interleaved repeats, so that load on the machine hits both sides
alike; the ratios are what to compare. Nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_lines
from casualtylog import CasualtyLog, Claim, Resolutions

RECORD = {"event": "e", "metric": "killed", "figure": "12", "source": "A", "reported_at": "2025-04-24T09:00Z"}


def _median_pair(a: Callable[[], object], b: Callable[[], object], number: int, repeat: int) -> tuple[float, float]:
    ta: list[float] = []
    tb: list[float] = []
    for _ in range(repeat):
        for work, times in ((a, ta), (b, tb)):
            start = time.perf_counter()
            for _ in range(number):
                work()
            times.append((time.perf_counter() - start) / number)
    return statistics.median(ta), statistics.median(tb)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    n = 500 if args.quick else args.claims
    repeat = 3 if args.quick else 7
    log = CasualtyLog(json.loads(line) for line in generate_lines(n, seed=1))

    def cold() -> object:
        log._cache.clear()  # a cold resolve, as the baseline must be
        return log.resolve_all()

    found = list(log.resolve_all())
    wrap, resolve = _median_pair(lambda: Resolutions(found), cold, 1 if args.quick else 3, repeat)
    print(f"claims: {len(log):,} in {len(found):,} resolved counts")
    print(
        f"Resolutions(...) wrap: {wrap * 1e6:,.0f} us; resolve_all(): {resolve * 1e3:,.1f} ms; ratio {wrap / resolve:.1e}"
    )
    calls = 200 if args.quick else 5_000
    rooted, plain = _median_pair(
        lambda: Claim(**RECORD),  # type: ignore[arg-type]
        lambda: type.__call__(Claim, **RECORD),
        calls,
        repeat,
    )
    print(
        f"Claim(**record): {rooted * 1e6:.1f} us; without the rooted metaclass: {plain * 1e6:.1f} us; "
        f"ratio {rooted / plain:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
