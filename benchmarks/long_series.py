"""Issue 14 item 4: long series cost per step, not per claim in the count.

    python benchmarks/long_series.py [--data /work/shared/data] [--repeat 3]

Times ``resolve``, ``resolve(at=)`` (the middle of the series), ``history`` and the
daily ``known_series`` of the longest counts of the real data (the Gaza daily
series; the Ukraine personnel series when the shared folder has it), CPU time of
the process (the best of ``--repeat``: the machine is shared), and the same per
claim in the count: a per-step cost stays flat from the shorter series to the
longer one. Without ``--data`` it reads the shared folder if present, else the
slice in tests/data.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.real_data import data_dir, load_all
from casualtylog import CasualtyLog
from casualtylog.known import known_series

ROOT = Path(__file__).resolve().parent.parent


def cpu_best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def rows(folder: Path, repeat: int, longest: int = 2) -> list[list[str]]:
    log = CasualtyLog(load_all(folder))
    out = []
    for count, n in collections.Counter(c.count for c in log).most_common(longest):
        key = (count.event, count.metric, count.group)
        claims = log.claims_about(*key)
        middle = sorted(c.available_at for c in claims)[len(claims) // 2]

        def resolve(key: tuple[str, str, str | None] = key) -> object:
            log._cache.clear()  # time the resolution, not the cache
            return log.resolve(*key)

        calls: list[tuple[str, Callable[[], object]]] = [
            ("resolve", resolve),
            ("resolve(at=middle)", lambda key=key, middle=middle: log.resolve(*key, at=middle)),  # type: ignore[misc]
            ("history", lambda key=key: log.history(*key)),  # type: ignore[misc]
            ("known_series, daily", lambda key=key: known_series(log, *key)),  # type: ignore[misc]
        ]
        for what, call in calls:
            seconds = cpu_best(call, repeat)
            out.append([str(count), f"{n:,}", what, f"{seconds * 1e3:.1f} ms", f"{seconds / n * 1e6:.1f} µs"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, help="the real-data folder (default: shared, else tests/data)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = args.data or data_dir() or ROOT / "tests" / "data"
    print("| count | claims | operation | CPU (best of runs) | per claim in the count |\n|---|---|---|---|---|")
    for row in rows(folder, args.repeat):
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
