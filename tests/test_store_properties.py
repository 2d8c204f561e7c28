"""Properties: a store round-trips every claim exactly, and answers every query as the
in-memory log fed the same claims does (eagerly loaded, lazily read, or shared by two handles)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from casualtylog import POLICIES, CasualtyLog, Claim
from casualtylog.store import StoredLog, open_store
from tests.strategies import BASE, claim_lists


class StepClock:
    """A deterministic clock: 90 seconds and some microseconds later at every call.

    It starts after every ``recorded_at`` the strategies carry: a log refuses a
    carried ``recorded_at`` in its future.
    """

    def __init__(self) -> None:
        self.now = BASE + timedelta(days=4)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=90, microseconds=123_457)
        return self.now


@contextmanager
def fresh_path() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp) / "claims.db"


@st.composite
def varied_claims(draw: st.DrawFn) -> list[Claim]:
    """Claims from the shared strategy, some without ``recorded_at`` (the log stamps them)
    and some with microseconds in their times."""
    out: list[Claim] = []
    for claim in draw(claim_lists(max_size=12)):
        changes: dict[str, object] = {}
        if draw(st.booleans()):
            changes["recorded_at"] = None
        if claim.reported_precision.value == "second" and draw(st.booleans()):
            changes["reported_at"] = claim.reported_at + timedelta(microseconds=draw(st.integers(1, 999_999)))
        if draw(st.booleans()):
            changes["as_of"] = claim.reported_at - timedelta(minutes=draw(st.integers(0, 600)), microseconds=7)
        if changes:
            claim = Claim.model_validate(claim.model_dump() | changes | {"id": ""})
        if claim.id not in {c.id for c in out}:
            out.append(claim)
    return out


def split(claims: list[Claim], cuts: list[int]) -> list[list[Claim]]:
    points = sorted({0, len(claims), *(c % (len(claims) + 1) for c in cuts)})
    return [claims[a:b] for a, b in pairwise(points)]


def moments(claims: list[Claim]) -> list[datetime | None]:
    """Query moments around the claims' own times."""
    times = sorted({c.reported_at for c in claims} | {c.recorded_at for c in claims if c.recorded_at})
    picked = [times[0], times[len(times) // 2], times[-1]] if times else []
    return [None, *picked, *(t - timedelta(microseconds=1) for t in picked)]


@given(varied_claims())
def test_a_claim_comes_back_exactly_as_stored(claims: list[Claim]) -> None:
    with fresh_path() as path:
        with open_store(path, clock=StepClock()) as log:
            stored = [log.add(c) for c in claims]
        assert all(c.recorded_at is not None for c in stored)
        for lazy in (False, True):
            with open_store(path, lazy=lazy) as again:
                back = list(again)
                assert back == stored
                assert [c.to_record() for c in back] == [c.to_record() for c in stored]
                assert [c.reported_precision for c in back] == [c.reported_precision for c in claims]


@settings(max_examples=40)
@given(varied_claims(), st.lists(st.integers(0, 20), max_size=4), st.sampled_from(sorted(POLICIES)))
def test_a_store_resolves_every_count_as_the_in_memory_log(claims: list[Claim], cuts: list[int], policy: str) -> None:
    memory = CasualtyLog(clock=StepClock())
    with fresh_path() as path:
        with open_store(path, clock=StepClock()) as store:
            for batch in split(claims, cuts):
                assert store.extend(batch) == memory.extend(batch)
                if batch:
                    assert store.add(batch[0]) == memory.add(batch[0])  # a re-add is a no-op in both
            assert list(store) == list(memory)
        with open_store(path) as eager, open_store(path, lazy=True) as lazy:
            for log in (eager, lazy):
                assert list(log) == list(memory)
                assert log.counts() == memory.counts()
                for at in moments(claims):
                    for known_at in moments(claims)[::2]:
                        expected = memory.resolve_all(policy=policy, at=at, known_at=known_at)
                        assert log.resolve_all(policy=policy, at=at, known_at=known_at) == expected
                for count in memory.counts():
                    assert log.resolve(*count, policy=policy) == memory.resolve(*count, policy=policy)
                    for clock in ("reported", "recorded"):
                        got = log.history(*count, policy=policy, clock=clock)
                        assert list(got) == list(memory.history(*count, policy=policy, clock=clock))
                assert log.check(policy=policy) == memory.check(policy=policy)


class TwoHandlesOnOneStore(RuleBasedStateMachine):
    """Two handles on one file (as two processes would hold it), appending in any order:
    each answers as a log holding every claim either appended."""

    def __init__(self) -> None:
        super().__init__()
        self._tmp = tempfile.TemporaryDirectory()
        self.path = Path(self._tmp.name) / "claims.db"
        self.handles: list[StoredLog] = [open_store(self.path), open_store(self.path, lazy=True)]
        self.added: dict[str, Claim] = {}

    @rule(which=st.integers(0, 1), batch=claim_lists(max_size=5))
    def append(self, which: int, batch: list[Claim]) -> None:
        new = [c for c in batch if c.id not in self.added]
        assert self.handles[which].extend(batch) == len(new)
        self.added.update((c.id, c) for c in new)

    @precondition(lambda self: bool(self.added))
    @rule(which=st.integers(0, 1), data=st.data())
    def re_add(self, which: int, data: st.DataObject) -> None:
        claim = data.draw(st.sampled_from(sorted(self.added)))
        assert self.handles[which].add(self.added[claim]) == self.added[claim]

    @rule(which=st.integers(0, 1))
    def reopen(self, which: int) -> None:
        old = self.handles[which]
        old.close()
        self.handles[which] = open_store(self.path, lazy=which == 1)

    @invariant()
    def both_answer_as_one_log(self) -> None:
        expected = CasualtyLog(self.added.values()).resolve_all()
        for handle in self.handles:
            assert handle.resolve_all() == expected
            assert len(handle) == len(self.added)

    def teardown(self) -> None:
        for handle in self.handles:
            handle.close()
        self._tmp.cleanup()


TestTwoHandlesOnOneStore = TwoHandlesOnOneStore.TestCase
TestTwoHandlesOnOneStore.settings = settings(max_examples=25, stateful_step_count=12)
