"""The cost of the tier check in a history (session 6 review): CPU per ``build_history`` of
synthetic daily series, for the library on ``PYTHONPATH``.

    for tree in /work/main /work/wt/review /work/main /work/wt/review; do
        PYTHONPATH=$tree python benchmarks/history_tiers.py 20000; done

Three series of N claims: one source; two sources alternating; one source alternating
preliminary and confirmed figures for different days (no tier split, so the check runs and
finds none). Each figure is the best of 3 rounds of 3 histories, in CPU seconds per history
(time.process_time: the machine is shared); run two trees alternately and compare medians.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta

from casualtylog import CasualtyLog
from casualtylog.claims import Claim
from casualtylog.history import build_history
from casualtylog.resolve.policies import get_policy


def series(n: int, sources: list[str], statuses: list[str] | None) -> list[Claim]:
    start = datetime(1990, 1, 1, tzinfo=UTC)
    records = []
    for i in range(n):
        record = {
            "event": "e",
            "metric": "killed",
            "figure": str(100 + i),
            "source": sources[i % len(sources)],
            "reported_at": (start + timedelta(days=i)).isoformat(),
            "recorded_at": (start + timedelta(days=i, hours=2)).isoformat(),
        }
        if statuses:
            record["status"] = statuses[i % len(statuses)]
        records.append(record)
    return CasualtyLog(records, clock=lambda: datetime(2060, 1, 1, tzinfo=UTC)).claims_about("e", "killed")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    cases = {
        "1src": series(n, ["A"], None),
        "2src": series(n, ["A", "B"], None),
        "prelim/confirmed": series(n, ["A"], ["preliminary", "confirmed"]),
    }
    policy = get_policy("latest")
    out = []
    for name, claims in cases.items():
        count = claims[0].count
        build_history(count, claims, policy)
        rounds = []
        for _ in range(3):
            started = time.process_time()
            for _ in range(3):
                build_history(count, claims, policy)
            rounds.append((time.process_time() - started) / 3)
        out.append(f"{name}={min(rounds):.4f}")
    print(" ".join(out))


if __name__ == "__main__":
    main()
