"""Issue 14 item 4, provenance on demand: a long series costs per step.

A history's fast steps write their reasons only when read, and ``resolve(at=)``
(and ``known_at=``) reads its numbers off the index its history keeps, with the
provenance built on first read. Each must equal what was built at once: every
field of every step equals a *full* replay's (every moment resolved by the
reference engine, reasons written at once), and every query equals the
reference engine's resolution of the count, tallies included.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.real_data import data_dir, load_all
from casualtylog import POLICIES, CasualtyLog, Claim
from casualtylog.bulk.results import LazyResolution
from casualtylog.claims import Count
from casualtylog.history import Clock, History
from casualtylog.history_replay import Replay
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from tests.strategies import claim_lists

TEST_DATA = Path(__file__).parent / "data"


@contextmanager
def full_replay() -> Iterator[None]:
    """Every moment of a replay resolved by the reference engine, its reason written at once.

    Neither the columnar replay of a plain count nor the replay's fast paths
    (its commonest step included) may run: the reference is the engine at every moment."""
    with (
        mock.patch("casualtylog.history.plain_history", return_value=None),
        mock.patch.object(Replay, "_revision_of_one", return_value=None),
        mock.patch.object(Replay, "_replaces", return_value=False),
    ):
        yield


def step_fields(history: History, *, resolutions: bool = True) -> list[tuple[object, ...]]:
    """Every public field of every step (reading the reason and, with ``resolutions``, building the resolution)."""
    return [
        (s.at, s.best, s.low, s.high, s.previous, s.claims, s.reason, s.figure, s.figure_text, str(s))
        + ((s.resolution,) if resolutions else ())
        for s in history
    ]


def assert_steps_equal_a_full_replay(
    log: CasualtyLog, count: Count, policy: str, clock: Clock, *, resolutions: bool = True
) -> None:
    lazy = log.history(*count, policy=policy, clock=clock)
    with full_replay():
        full = CasualtyLog(log.claims_about_count(count)).history(*count, policy=policy, clock=clock)
    assert step_fields(lazy, resolutions=resolutions) == step_fields(full, resolutions=resolutions)
    assert lazy == full  # steps compare at, numbers, previous, claims and reason
    assert lazy.claims == full.claims


def assert_query_equals_the_engine(log: CasualtyLog, count: Count, policy: str, at: datetime | None, known_at: datetime | None) -> None:
    got = log.resolve(*count, policy=policy, at=at, known_at=known_at)
    want = resolve_claims(count, log.claims_about_count(count), POLICIES[policy], at=at, known_at=known_at)
    # The tallies are read before the provenance is built (afterwards they come from it).
    assert (got.best, got.low, got.high, got.best_claim) == (want.best, want.low, want.high, want.best_claim)
    assert (got.claim_count, got.sources, got.has_conflicts) == (want.claim_count, want.sources, want.has_conflicts)
    assert got.states_a_figure == want.states_a_figure
    assert got == want
    assert (got.considered, got.revisions, got.conflicts, got.rule) == (want.considered, want.revisions, want.conflicts, want.rule)


def moments_of(claims: Sequence[Claim], clock: Clock) -> list[datetime]:
    """Each moment a claim became visible on ``clock``, a moment before it, and one after the last."""
    stamps = sorted({t for c in claims if (t := c.available_at if clock == "reported" else c.recorded_at) is not None})
    tick = timedelta(microseconds=1)
    return [stamps[0] - tick, *(t for s in stamps for t in (s - tick, s)), stamps[-1] + timedelta(days=400)]


@settings(max_examples=60)
@given(claim_lists(max_size=12, one_count=True, links=False, increments=False), st.sampled_from(sorted(POLICIES)))
def test_long_series_plain_counts_resolve_at_without_provenance_equal_the_engine(claims: list[Claim], policy: str) -> None:
    """Claims with no link and no increment: the numbers-only path decides nearly every query."""
    log = CasualtyLog(claims)
    for moment in moments_of(claims, "reported"):
        assert_query_equals_the_engine(log, claims[0].count, policy, moment, None)


@settings(max_examples=80)
@given(
    claim_lists(max_size=14, one_count=True),
    st.sampled_from(sorted(POLICIES)),
    st.sampled_from(["reported", "recorded"]),
)
def test_long_series_every_field_of_every_step_equals_a_full_replay(claims: list[Claim], policy: str, clock: Clock) -> None:
    assert_steps_equal_a_full_replay(CasualtyLog(claims), claims[0].count, policy, clock)


@settings(max_examples=80)
@given(
    claim_lists(max_size=12, one_count=True),
    st.sampled_from(sorted(POLICIES)),
    st.sampled_from(["at", "known_at"]),
    st.booleans(),
)
def test_long_series_resolve_at_from_the_index_equals_the_engine_at_every_moment(
    claims: list[Claim], policy: str, which: str, kept: bool
) -> None:
    """With the history kept, a query bisects its index; without, plain claims are resolved without provenance."""
    log = CasualtyLog(claims)
    clock: Clock = "reported" if which == "at" else "recorded"
    if kept:
        log.history(*claims[0].count, policy=policy, clock=clock)
    for moment in moments_of(claims, clock):
        at, known_at = (moment, None) if which == "at" else (None, moment)
        assert_query_equals_the_engine(log, claims[0].count, policy, at, known_at)


def test_long_series_steps_and_queries_build_provenance_only_when_read() -> None:
    log = CasualtyLog(load_all(TEST_DATA))
    count = max(log.counts(), key=lambda c: len(log.claims_about_count(c)))
    history = log.history(*count)
    pending = [s for s in history if s._reason is None]
    assert len(pending) >= len(history) - 1  # a daily series of one source: every step after the first is fast
    first = pending[-1].reason  # written now, and kept
    assert pending[-1]._reason == first
    middle = history[len(history) // 2].at
    for fresh in (False, True):  # from the kept history's index, then numbers-only on a fresh log
        res = (CasualtyLog(log) if fresh else log).resolve(*count, at=middle)
        assert isinstance(res, LazyResolution)
        assert not res.provenance_built
        assert res.revisions  # read: built now
        assert res.provenance_built
    both = log.resolve(*count, at=middle, known_at=middle)  # both clocks: the engine, as before
    assert not isinstance(both, LazyResolution)


def test_long_series_an_add_replays_the_index_again() -> None:
    log = CasualtyLog(load_all(TEST_DATA))
    count = max(log.counts(), key=lambda c: len(log.claims_about_count(c)))
    last = max(c.available_at for c in log.claims_about_count(count))
    before = log.resolve(*count, at=last)
    newest = max(log.claims_about_count(count), key=lambda c: c.available_at)
    assert newest.figure is not None
    log.add(newest.revised(figure=str(newest.figure.low + 5000), reported_at=last + timedelta(hours=1)))
    after = log.resolve(*count, at=last + timedelta(hours=2))
    assert after.best != before.best
    assert after == resolve_claims(count, log.claims_about_count(count), POLICIES["range"], at=last + timedelta(hours=2))


def _real_series(folder: Path) -> tuple[CasualtyLog, list[Count]]:
    log = CasualtyLog(load_all(folder))
    longest = sorted(log.counts(), key=lambda c: -len(log.claims_about_count(c)))
    return log, longest[:3]


@pytest.mark.parametrize("clock", ["reported", "recorded"])
def test_long_series_real_slices_every_step_equals_a_full_replay(clock: Clock) -> None:
    """The slices of the Gaza and Ukraine series in tests/data (tests/data/README.md)."""
    log, counts = _real_series(TEST_DATA)
    for count in counts:
        for policy in sorted(POLICIES):
            assert_steps_equal_a_full_replay(log, count, policy, clock)


def test_long_series_real_slices_resolve_at_equals_the_engine_at_every_moment() -> None:
    log, counts = _real_series(TEST_DATA)
    for count in counts:
        claims = log.claims_about_count(count)
        for policy in sorted(POLICIES):
            for moment in moments_of(claims, "reported"):
                assert_query_equals_the_engine(log, count, policy, moment, None)


@pytest.mark.slow
@pytest.mark.skipif(data_dir() is None, reason="the shared data folder is not on this machine")
def test_long_series_shared_data_every_step_equals_a_full_replay() -> None:
    """Optional: the Ukraine personnel and Gaza killed series (1,626 and 1,021 claims).

    A full replay resolves every claim at every moment (quadratic): its steps are
    compared over each series' first 600 days; the queries over the whole series."""
    folder = data_dir()
    assert folder is not None
    log, counts = _real_series(folder)
    for count in counts[:2]:
        claims = log.claims_about_count(count)
        days = sorted({c.available_at for c in claims})
        first = CasualtyLog([c for c in claims if c.available_at <= days[min(599, len(days) - 1)]])
        assert_steps_equal_a_full_replay(first, count, "range", "reported", resolutions=False)
        for moment in moments_of(claims, "reported")[::25]:
            assert_query_equals_the_engine(log, count, "range", moment, None)


def test_long_series_a_query_before_any_claim_is_empty() -> None:
    log = CasualtyLog(load_all(TEST_DATA))
    count = log.counts()[0]
    first = min(c.available_at for c in log.claims_about_count(count))
    res = log.resolve(*count, at=first - timedelta(days=1))
    assert isinstance(res, Resolution)
    assert (res.best, res.claim_count, res.considered) == (None, 0, ())
