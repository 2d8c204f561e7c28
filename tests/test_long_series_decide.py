"""Issue 14 item 4 (follow-up): the decision of a replay step without the policy's machinery.

A step that leaves one credible figure (one source with a current figure, or
several whose others are outdated) is decided by
:class:`~casualtylog.resolve.decide_one.OneCandidate` instead of
:meth:`Policy.decide`. It must give exactly what the policy gives, for every
policy (the built-in ones, ranked by kind or by source, weighted medians with a
refused weight, and a subclass that decides its own way): on any one
candidate, on every step of a replay, and on the real slices in tests/data.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.real_data import load_all
from casualtylog import POLICIES, CasualtyLog, Claim
from casualtylog.bulk.results import LazyResolution
from casualtylog.claims import Count
from casualtylog.errors import PolicyError
from casualtylog.history_replay import Clock, Replay
from casualtylog.resolve.decide_one import OneCandidate
from casualtylog.resolve.engine import chrono_key, resolve_claims
from casualtylog.resolve.model import Candidate, Decision
from casualtylog.resolve.policies import Median, Policy, Priority, Range
from tests.strategies import claim_lists, claims, figures
from tests.test_long_series_on_demand import assert_query_equals_the_engine, moments_of

TEST_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, repr=False)
class Highest(Range):
    """A subclass deciding its own way: the fast path must not take Range's formula for it."""

    name: str = field(default="highest-range", init=False)

    def decide(self, candidates: Sequence[Candidate]) -> Decision:
        top = max(candidates, key=lambda c: c.figure.point)
        return self.with_envelope(top, candidates, top.figure.point + 1, "one above the highest")


EVERY_POLICY: list[Policy] = [
    *(POLICIES[name] for name in sorted(POLICIES)),
    Priority(("ohchr", "ministry of health")),
    Priority(("un", "official"), by="kind"),
    Median({"ohchr": 3, "local blog": 0}),
    Median({"official": 0, "military": 0, "un": 0, "social": 0}),
    Highest(),
]
policies = st.sampled_from(EVERY_POLICY)


def _outcome(decide: object, candidate: Candidate) -> Decision | str:
    try:
        return decide(candidate)  # type: ignore[operator,no-any-return]
    except PolicyError as exc:
        return f"PolicyError: {exc}"


@settings(max_examples=300)
@given(st.lists(st.tuples(claims(), figures(increments=False)), min_size=1, max_size=6), policies)
def test_long_series_one_candidate_decides_as_the_policy(pairs: list[tuple[Claim, object]], policy: Policy) -> None:
    """Any candidates in turn (the first fills in the rule; the rest take the fast path)."""
    one = OneCandidate(policy)
    for claim, figure in pairs:
        candidate = Candidate(claim, figure)  # type: ignore[arg-type]
        assert _outcome(one, candidate) == _outcome(lambda c: policy.decide((c,)), candidate)


@contextmanager
def policy_decides() -> Iterator[None]:
    """Every one-candidate decision taken by :meth:`Policy.decide`, as before the fast path."""
    with mock.patch.object(OneCandidate, "__call__", lambda self, cand: self.policy.decide([cand])):
        yield


def replayed(claims: Sequence[Claim], policy: Policy, clock: Clock) -> list[tuple[datetime, object]]:
    """Each moment's decision and tallies, replayed as a history replays them."""
    by_moment: dict[datetime, list[Claim]] = {}
    for c in claims:
        t = c.available_at if clock == "reported" else c.recorded_at
        if t is not None:
            by_moment.setdefault(t, []).append(c)
    replay = Replay(claims[0].count, policy, {id(c): chrono_key(c) for c in claims})
    out: list[tuple[datetime, object]] = []
    for moment in sorted(by_moment):
        try:
            got = replay.step(tuple(sorted(by_moment[moment], key=replay.key)), moment, clock)
        except PolicyError as exc:
            out.append((moment, f"PolicyError: {exc}"))
            break
        words = got.reason if isinstance(got.reason, str) else got.reason.text()
        out.append((moment, (got.decision, got.sources, got.conflicted, words)))
    return out


def assert_replay_decides_as_the_policy(claims: Sequence[Claim], policy: Policy, clock: Clock) -> None:
    fast = replayed(claims, policy, clock)
    with policy_decides():
        slow = replayed(claims, policy, clock)
    assert fast == slow
    count: Count = claims[0].count
    for moment, outcome in fast:
        if isinstance(outcome, str):
            continue
        at, known_at = (moment, None) if clock == "reported" else (None, moment)
        res = resolve_claims(count, claims, policy, at=at, known_at=known_at)
        want = Decision(res.best, res.low, res.high, res.best_claim, res.low_claims, res.high_claims, res.rule)
        assert outcome[0] == want  # type: ignore[index]


@settings(max_examples=150)
@given(claim_lists(max_size=14, one_count=True), policies, st.sampled_from(["reported", "recorded"]))
def test_long_series_every_step_decides_as_the_policy(claims: list[Claim], policy: Policy, clock: Clock) -> None:
    """Every step's decision, tallies and words equal the policy's, and the reference engine's numbers."""
    assert_replay_decides_as_the_policy(claims, policy, clock)


@settings(max_examples=100)
@given(claim_lists(max_size=14, one_count=True, links=False, increments=False), policies)
def test_long_series_one_source_series_decides_as_the_policy(claims: list[Claim], policy: Policy) -> None:
    """One source's series (the case the fast path is for), however its figures are qualified."""
    first = claims[0].source
    alone = [c.model_copy(update={"source": first}) for c in claims]
    unique = list({(c.reported_at, c.reported_precision): c for c in alone}.values())
    assert_replay_decides_as_the_policy(unique, policy, "reported")


@pytest.mark.parametrize("policy", EVERY_POLICY, ids=lambda p: repr(p))
def test_long_series_real_slices_decide_as_the_policy(policy: Policy) -> None:
    """The Gaza and Ukraine slices in tests/data (tests/data/README.md), every step."""
    log = CasualtyLog(load_all(TEST_DATA))
    for count in sorted(log.counts(), key=lambda c: -len(log.claims_about_count(c)))[:3]:
        assert_replay_decides_as_the_policy(log.claims_about_count(count), policy, "reported")


@settings(max_examples=80)
@given(claim_lists(max_size=12, one_count=True), st.sampled_from(sorted(POLICIES)))
def test_long_series_known_at_without_history_equals_the_engine(claims: list[Claim], policy: str) -> None:
    """``known_at=`` with no kept history: plain claims recorded by then are decided without the engine."""
    log = CasualtyLog(claims)
    count = claims[0].count
    for moment in moments_of(claims, "recorded"):
        assert_query_equals_the_engine(log, count, policy, None, moment)
    assert not log._histories.get(count)  # no history was replayed to answer


def test_long_series_known_at_of_plain_claims_builds_provenance_only_when_read() -> None:
    log = CasualtyLog(load_all(TEST_DATA))
    count = max(log.counts(), key=lambda c: len(log.claims_about_count(c)))
    claims = log.claims_about_count(count)
    moment = sorted(c.recorded_at for c in claims if c.recorded_at is not None)[len(claims) // 2]
    got = log.resolve(*count, known_at=moment)
    assert isinstance(got, LazyResolution)
    assert not got.provenance_built  # numbers without the engine
    want = resolve_claims(count, claims, POLICIES["range"], known_at=moment)
    assert (got.best, got.low, got.high, got.best_claim, got.claim_count) == (
        want.best,
        want.low,
        want.high,
        want.best_claim,
        want.claim_count,
    )
    assert got == want
