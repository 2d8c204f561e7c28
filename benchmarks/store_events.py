"""What storing events costs, against storing claims in the same run.

Times, on a fresh store each: declaring N events one call each (one
transaction each) against adding N claims one call each (the baseline);
declaring N events in one batch against adding N claims in one batch; and
opening an eager store holding N claims with and without N events declared.
Ratios are over the claim baseline of the same run.

    python benchmarks/store_events.py --events 1000

Nothing is asserted: it prints figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casualtylog.store import open_store

__all__ = ["main"]


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _claims(n: int) -> list[dict[str, str]]:
    return [
        {"event": f"e-{i}", "metric": "killed", "figure": str(i), "source": "s", "reported_at": "2025-04-24T10:00Z"}
        for i in range(n)
    ]


def _events(n: int) -> list[dict[str, object]]:
    # A whole every 10 events, so that the hierarchy checks have parents to walk.
    return [
        {"id": f"e-{i}", "when": "2025-04-24", "kind": "attack", "parents": [] if i % 10 == 0 else [f"e-{i - i % 10}"]}
        for i in range(n)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000, help="how many events (and claims) to store")
    args = parser.parse_args(argv)
    n = args.events
    claims, events = _claims(n), _events(n)
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def each(name: str, items: list[dict[str, object]] | list[dict[str, str]], events_: bool) -> float:
            with open_store(folder / name) as log:
                if events_:
                    return _timed(lambda: [log.add_event(e) for e in items])
                return _timed(lambda: [log.add(c) for c in items])

        def batch(name: str, events_: bool) -> float:
            with open_store(folder / name) as log:
                return _timed(lambda: log.add_events(events) if events_ else log.extend(claims))

        base = each("c1.db", claims, False)
        rows.append((f"one call each, {n:,}", base, each("e1.db", events, True)))
        base = batch("c2.db", False)
        rows.append((f"one batch of {n:,}", base, batch("e2.db", True)))
        with open_store(folder / "both.db") as log:  # claims and events
            log.extend(claims)
            log.add_events(events)

        def reopen(name: str) -> float:
            return _timed(lambda: open_store(folder / name).close())

        rows.append((f"eager open: {n:,} claims, then also {n:,} events", reopen("c2.db"), reopen("both.db")))
    print("| what | claims (baseline) | events | ratio |\n|---|---|---|---|")
    for what, base, measured in rows:
        print(f"| {what} | {base * 1000:,.1f} ms | {measured * 1000:,.1f} ms | {measured / base:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
