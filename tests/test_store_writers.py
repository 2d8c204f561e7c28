"""Many writers on one memory store: two logs in two threads lose nothing, double nothing,
and keep the recorded clock and the event hierarchy whole.

The interleavings are forced, not hoped for: a :class:`Gate` holds the first writer inside
the store's write (in its clock, or in its event check) until the second writer has either
got there too (a store without a write lock: the race) or is waiting for the store's lock.
No sleeps, no timing: the only timeout is a guard against a hang.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim
from casualtylog.store import memory
from casualtylog.store.memory import MemoryStore
from tests.writers import HANG, T0, Gate, both_arrived, clock, declare_halves_of_a_cycle, record


def gate_stamping(monkeypatch: pytest.MonkeyPatch, gate: Gate, **until: Callable[[set[str], set[str]], bool]) -> None:
    """Hold each writer where the store stamps its new claims: after it checked which ids are
    new and read the recorded clock, before it stored anything."""
    stamp = memory.stamp

    def gated(claims: Any, now: datetime) -> Any:
        name = threading.current_thread().name
        gate.meet(name, until.get(name, both_arrived))
        return stamp(claims, now)

    monkeypatch.setattr(memory, "stamp", gated)


def test_two_logs_adding_one_claim_at_once_store_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    store = MemoryStore()
    gate = Gate()
    gate.probe(store)
    gate_stamping(monkeypatch, gate)
    a, b = CasualtyLog(store=store, clock=clock), CasualtyLog(store=store, clock=clock)
    # Before the store had a write lock, both passed its "is this id new?" check, then both stored.
    out = gate.run(a=lambda: a.add(record(1)), b=lambda: b.add(record(1)))
    assert store.size() == 1
    assert [c.id for c in store.in_order()] == [out["a"].id]  # type: ignore[attr-defined]
    assert out["a"] == out["b"]
    assert len(a) == len(b) == 1
    assert list(a) == list(b) == list(store.in_order())


def test_the_recorded_clock_never_runs_backwards_across_two_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    store = MemoryStore()
    gate = Gate()
    gate.probe(store)
    # a read its clock first (or its clock is behind b's), then b stored before a did.
    gate_stamping(monkeypatch, gate, a=lambda arrived, done: "b" in done, b=lambda arrived, done: "a" in arrived)
    a = CasualtyLog(store=store, clock=clock)
    b = CasualtyLog(store=store, clock=lambda: T0 + timedelta(minutes=5))
    gate.run(a=lambda: a.add(record(1)), b=lambda: b.add(record(2)))
    stamped = [c.recorded_at for c in store.in_order()]
    assert len(stamped) == 2
    assert stamped == sorted(stamped)  # type: ignore[type-var]
    # Every log sees the store's order, and a later known_at never hides an earlier claim.
    assert [c.id for c in a] == [c.id for c in b] == [c.id for c in store.in_order()]


def test_two_logs_declaring_events_at_once_keep_the_hierarchy_whole() -> None:
    store = MemoryStore()
    gate = Gate()
    gate.probe(store)
    a, b = CasualtyLog(store=store), CasualtyLog(store=store)
    # Each declaration alone is fine; together they make war its own ancestor.
    outcomes = declare_halves_of_a_cycle(gate, a, b)
    # One won; the other was refused, having been checked against the winner's declarations.
    assert sorted(outcomes.values(), key=str)[0] == "declared"
    refused = [o for o in outcomes.values() if o != "declared"]
    assert len(refused) == 1
    assert "its own ancestor" in str(refused[0])
    third = CasualtyLog(store=store)  # reads every stored declaration: before, it found a cycle and refused them
    assert set(third.events) in ({"phase-1"}, {"war", "front"})
    assert dict(a.events) == dict(b.events) == dict(third.events)


class _GrowsWhileRead(list[Claim]):
    """The store's list of claims; another writer appends the moment a reader asks its length."""

    hook: Callable[[], object] | None = None

    def __len__(self) -> int:
        n = super().__len__()
        hook, self.hook = self.hook, None
        if hook is not None:
            hook()
        return n


def test_a_reader_catching_up_while_a_writer_appends_reads_whole_claims() -> None:
    store = MemoryStore()
    reader, writer = CasualtyLog(store=store), CasualtyLog(store=store)
    writer.add(record(1))
    grows = _GrowsWhileRead(store._claims)
    store._claims = grows
    grows.hook = lambda: writer.add(record(2))
    # Before: the reader took the store's length and its slice of claims at two moments, and a
    # claim appended in between broke it ("zip() argument 2 is longer than argument 1").
    reader.refresh()
    grows.hook = None
    writer.add(record(3))
    assert [position for position, _ in store.read(0)] == list(range(1, store.size() + 1))
    assert len(reader) == store.size() == len(writer)
    assert [c.id for c in reader] == [c.id for c in writer] == [c.id for c in store.in_order()]
    assert reader.counts() == writer.counts()
    assert reader.claims_about("e", "killed") == writer.claims_about("e", "killed")


def test_a_memory_log_and_its_store_still_pickle_each_with_a_new_lock() -> None:
    log = CasualtyLog([record(1)], clock=clock)
    back = pickle.loads(pickle.dumps(log))  # noqa: S301 - our own bytes
    assert list(back) == list(log)
    back.add(record(2))
    assert len(back) == 2
    assert len(log) == 1
    store = MemoryStore()
    store.append([], clock)
    again = pickle.loads(pickle.dumps(store))  # noqa: S301 - our own bytes
    assert again.size() == 0
    assert again.append(list(CasualtyLog([record(3)])), clock).stored == 1


def split_claims() -> st.SearchStrategy[tuple[list[dict[str, str]], list[bool]]]:
    records = st.lists(
        st.builds(record, st.integers(0, 30), event=st.sampled_from(["e", "f"]), figure=st.integers(0, 9)),
        max_size=25,
    )
    return records.flatmap(
        lambda rs: st.tuples(st.just(rs), st.lists(st.booleans(), min_size=len(rs), max_size=len(rs)))
    )


@given(split_claims(), st.integers(1, 4))
def test_any_split_across_two_logs_stores_what_one_log_would(
    split: tuple[list[dict[str, str]], list[bool]], batch: int
) -> None:
    records, sides = split
    alone = CasualtyLog(records, clock=clock)
    store = MemoryStore()
    a, b = CasualtyLog(store=store, clock=clock), CasualtyLog(store=store, clock=clock)
    start = threading.Barrier(2, timeout=HANG)

    def write(log: CasualtyLog, mine: list[dict[str, str]]) -> None:
        start.wait()
        for i in range(0, len(mine), batch):
            log.extend(mine[i : i + batch])

    Gate().run(
        a=lambda: write(a, [r for r, side in zip(records, sides, strict=True) if side]),
        b=lambda: write(b, [r for r, side in zip(records, sides, strict=True) if not side]),
    )
    assert store.size() == len(alone)
    for log in (a, b):
        assert sorted(c.id for c in log) == sorted(c.id for c in alone)
        assert list(log.resolve_all()) == list(alone.resolve_all())
