"""Issue 14 item 4 (follow-up): what the one-candidate decision and the columnar replay save a long series' history.

    python benchmarks/long_series_decide.py [--data /work/shared/data] [--repeat 25]

Times ``history`` of the two longest counts of the real data (CPU time, best of
``--repeat``) three ways in the same process, interleaved run by run: as it is
(a plain count replayed as columns, casualtylog/history_columns.py); with the
columnar replay switched off (the moment-by-moment replay, each one-candidate
decision by :class:`~casualtylog.resolve.decide_one.OneCandidate`); and with
every such decision handed to ``Policy.decide`` as well, as before that
existed. Interleaving makes the ratios fair on a shared, loaded machine:
``long_series.py --compare`` times whole versions of the library in two
processes, where unchanged rows move by ±25%.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path
from unittest import mock

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.real_data import data_dir, load_all
from casualtylog import CasualtyLog
from casualtylog.resolve.decide_one import OneCandidate
from casualtylog.resolve.model import Candidate, Decision

ROOT = Path(__file__).resolve().parent.parent


def _policy_decides(self: OneCandidate, candidate: Candidate) -> Decision:
    return self.policy.decide([candidate])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, help="the real-data folder (default: shared, else tests/data)")
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args(argv)
    folder = args.data or data_dir() or ROOT / "tests" / "data"
    log = CasualtyLog(load_all(folder))
    print(
        "| count | claims | steps | replay, Policy.decide | replay, OneCandidate | columns"
        " | columns / replay | per step (columns) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for count, n in collections.Counter(c.count for c in log).most_common(2):
        key = (count.event, count.metric, count.group)

        def history(key: tuple[str, str, str | None] = key) -> float:
            log._histories.clear()  # time the replay, not the kept history
            start = time.process_time()
            log.history(*key)
            return time.process_time() - start

        columns, replay, slow = float("inf"), float("inf"), float("inf")
        for _ in range(max(1, args.repeat)):  # the three interleaved, run by run
            columns = min(columns, history())
            with mock.patch("casualtylog.history.plain_history", return_value=None):
                replay = min(replay, history())
                with mock.patch.object(OneCandidate, "__call__", _policy_decides):
                    slow = min(slow, history())
        steps = len(log.history(*key))
        print(
            f"| {count.event} / {count.metric} | {n:,} | {steps:,} | {slow * 1e3:.1f} ms | {replay * 1e3:.1f} ms"
            f" | {columns * 1e3:.1f} ms | {columns / replay:.2f}× | {columns * 1e6 / steps:.1f} µs |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
