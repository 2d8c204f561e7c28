"""Issue 14 item 4: long series cost per step, not per claim in the count.

    python benchmarks/long_series.py [--data /work/shared/data] [--repeat 3] [--compare REV [--rounds K]]

Times ``resolve``, ``resolve(at=)`` (the middle of the series), ``history`` and the
daily ``known_series`` of the longest counts of the real data (the Gaza daily
series; the Ukraine personnel series when the shared folder has it), CPU time of
the process (the best of ``--repeat``: the machine is shared), and the same per
claim in the count: a per-step cost stays flat from the shorter series to the
longer one. Without ``--data`` it reads the shared folder if present, else the
slice in tests/data. ``--compare REV`` also runs this benchmark of the library as
it was at git revision ``REV`` (extracted to a temporary folder), in the same
run on the same data, and prints both with the ratio; ``--rounds K`` alternates
the two K times (old, new, old, new, …) and keeps each row's best.
"""

from __future__ import annotations

import argparse
import collections
import io
import subprocess
import sys
import tarfile
import tempfile
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


def fresh(log: CasualtyLog) -> CasualtyLog:
    """``log`` with no history kept: time the replay, not the cache (older versions keep none)."""
    getattr(log, "_histories", {}).clear()
    return log


def rows(folder: Path, repeat: int, longest: int = 2, *, kept: bool = False) -> list[list[str]]:
    """One row per count and operation; with ``kept``, also the known-series read from a kept history."""
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
            # From a fresh log: the first query of a count pays for its replay (the index it bisects).
            ("resolve(at=middle)", lambda key=key, middle=middle: fresh(log).resolve(*key, at=middle)),  # type: ignore[misc]
            ("history", lambda key=key: fresh(log).history(*key)),  # type: ignore[misc]
            ("known_series, daily", lambda key=key: known_series(fresh(log), *key)),  # type: ignore[misc]
        ]
        if kept:
            calls.append(("known_series, daily, history kept", lambda key=key: known_series(log, *key)))  # type: ignore[misc]
            calls.append(
                ("resolve(at=middle), history kept", lambda key=key, middle=middle: log.resolve(*key, at=middle))  # type: ignore[misc]
            )
            # What provenance on demand costs when it is read: every step's words, the revisions at ``at``.
            calls.append(("history, every reason read", lambda key=key: [s.reason for s in fresh(log).history(*key)]))  # type: ignore[misc]
            calls.append(
                (
                    "resolve(at=middle), revisions read",
                    lambda key=key, middle=middle: fresh(log).resolve(*key, at=middle).revisions,  # type: ignore[misc]
                )
            )
        for what, call in calls:
            seconds = cpu_best(call, repeat)
            shown = f"{seconds * 1e3:.1f} ms" if seconds >= 1e-3 else f"{seconds * 1e3:.3f} ms"  # a bisection: µs
            out.append([str(count), f"{n:,}", what, shown, f"{seconds / n * 1e6:.1f} µs"])
        steps = len(log.history(*key))
        moments = len({c.available_at for c in claims})
        print(f"{count}: {n:,} claims, {moments:,} moments, {steps:,} steps", file=sys.stderr)
    return out


def _ms(shown: str) -> float:
    return float(shown.removesuffix(" ms"))


def baseline(rev: str, folder: Path, repeat: int) -> dict[tuple[str, str], str]:
    """This benchmark run on the library at ``rev``: (count, operation) → CPU time."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout  # noqa: S603, S607
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        script = Path(tmp) / "benchmarks" / "long_series.py"
        # The old script puts its own tree first on sys.path, so it times the old library.
        out = subprocess.run(  # noqa: S603
            [sys.executable, str(script), "--data", str(folder), "--repeat", str(repeat)],
            check=True,
            capture_output=True,
            text=True,
            cwd=tmp,
        ).stdout
    found = {}
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 5 and cells[3].endswith(" ms"):
            found[(cells[0], cells[2])] = cells[3]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, help="the real-data folder (default: shared, else tests/data)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--compare", metavar="REV", help="also time the library at this git revision")
    parser.add_argument("--rounds", type=int, default=1, help="with --compare: alternate the two versions this often")
    args = parser.parse_args(argv)
    folder = args.data or data_dir() or ROOT / "tests" / "data"
    if args.compare:
        # Alternate the two versions --rounds times and keep each row's best: a load that comes
        # and goes on a shared machine then weighs on both alike.
        before: dict[tuple[str, str], str] = {}
        now: dict[tuple[str, str], list[str]] = {}
        for _ in range(max(1, args.rounds)):
            for key, shown in baseline(args.compare, folder, args.repeat).items():
                before[key] = min(before.get(key, shown), shown, key=_ms)
            for row in rows(folder, args.repeat, kept=True):
                held = now.get((row[0], row[2]))
                now[(row[0], row[2])] = row if held is None or _ms(row[3]) < _ms(held[3]) else held
        print(
            f"| count | claims | operation | {args.compare} | now | now / {args.compare} |\n|---|---|---|---|---|---|"
        )
        for row in now.values():
            old = before.get((row[0], row[2]))
            ratio = f"{_ms(row[3]) / _ms(old):.2f}×" if old else "—"
            print("| " + " | ".join([*row[:3], old or "—", row[3], ratio]) + " |")
        return 0
    print("| count | claims | operation | CPU (best of runs) | per claim in the count |\n|---|---|---|---|---|")
    for row in rows(folder, args.repeat, kept=True):
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
