"""History: the incremental replay equals resolving from scratch at every moment."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from casualtylog import POLICIES, CasualtyLog, Claim
from casualtylog.history import Clock, _reason
from casualtylog.resolve.engine import chrono_key, resolve_claims
from casualtylog.step_reasons import step_reason
from tests.strategies import claim_lists


def naive(claims: list[Claim], policy: str, clock: Clock) -> list[tuple[object, ...]]:
    """Resolve every claim seen so far at every moment: slow and obviously right."""

    def stamp(c: Claim) -> datetime | None:
        return c.available_at if clock == "reported" else c.recorded_at

    count = claims[0].count
    steps: list[tuple[object, ...]] = []
    numbers = None
    for moment in sorted({t for c in claims if (t := stamp(c)) is not None}):
        seen = [c for c in claims if (t := stamp(c)) is not None and t <= moment]
        at, known_at = (moment, None) if clock == "reported" else (None, moment)
        res = resolve_claims(count, seen, POLICIES[policy], at=at, known_at=known_at)
        now = (res.best, res.low, res.high)
        if now != numbers:
            arrived = sorted((c for c in claims if stamp(c) == moment), key=chrono_key)
            steps.append((moment, *now, step_reason(_reason(arrived, res), numbers, now)))
            numbers = now
    return steps


@given(
    claim_lists(max_size=14, one_count=True),
    st.sampled_from(sorted(POLICIES)),
    st.sampled_from(["reported", "recorded"]),
)
def test_incremental_history_equals_resolving_from_scratch(claims: list[Claim], policy: str, clock: Clock) -> None:
    log = CasualtyLog(claims)
    got = [(s.at, s.best, s.low, s.high, s.reason) for s in log.history(*claims[0].count, policy=policy, clock=clock)]
    assert got == naive(claims, policy, clock)


@given(claim_lists(max_size=10, one_count=True))
def test_each_step_carries_the_resolution_at_its_moment(claims: list[Claim]) -> None:
    log = CasualtyLog(claims)
    for step in log.history(*claims[0].count):
        assert (step.resolution.best, step.resolution.low, step.resolution.high) == (step.best, step.low, step.high)
        assert step.resolution == log.resolve(*claims[0].count, at=step.at)


def test_a_long_daily_series_is_replayed_incrementally() -> None:
    records = [
        {
            "event": "ukr",
            "metric": "personnel",
            "figure": f"about {1000 + 100 * i}",
            "source": "General Staff",
            "reported_at": f"2023-{1 + i // 28:02d}-{1 + i % 28:02d}",
        }
        for i in range(300)
    ]
    history = CasualtyLog(records).history("ukr", "personnel")
    assert len(history) == 300
    assert history[1].reason == "General Staff raised about 1000 → about 1100 (its own later figure)"
