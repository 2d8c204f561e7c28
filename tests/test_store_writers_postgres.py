"""Many writers on one PostgreSQL store object: two logs in two threads (the server's own
many-connection writers are tests/test_postgres.py's). tests/pg.py starts a throwaway server."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from casualtylog import CasualtyLog
from casualtylog.store import _events as store_events
from tests import writers
from tests.writers import Gate, both_arrived, declare_halves_of_a_cycle

psycopg = pytest.importorskip("psycopg")

from casualtylog.store.postgres import PostgresStore  # noqa: E402 - after the skip: the extra may be missing
from casualtylog.store.postgres import _queries as pq  # noqa: E402

record = writers.record


def gate_tail(monkeypatch: pytest.MonkeyPatch, gate: Gate, **until: Callable[[set[str], set[str]], bool]) -> None:
    """Hold each writer where it reads the table's last row (inside its transaction, under the
    advisory lock, after looking up which ids are stored)."""
    tail = pq.tail

    def gated(*args: Any) -> Any:
        name = threading.current_thread().name
        gate.meet(name, until.get(name, both_arrived))
        return tail(*args)

    monkeypatch.setattr(pq, "tail", gated)


def shared_store(url: str, gate: Gate) -> tuple[PostgresStore, CasualtyLog, CasualtyLog]:
    store = PostgresStore(url, create=True)
    gate.probe(store, "_lock")
    return store, CasualtyLog(store=store, lazy=True), CasualtyLog(store=store, lazy=True)


def rows(url: str) -> list[tuple[int, str]]:
    with psycopg.connect(url) as conn:
        return [(int(s), str(i)) for s, i in conn.execute("SELECT seq, id FROM claims ORDER BY seq")]


def test_two_logs_on_one_postgres_store_object_adding_at_once_lose_and_double_nothing(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    store, a, b = shared_store(pg_url, gate)
    gate_tail(monkeypatch, gate)
    out = gate.run(a=lambda: a.extend([record(1), record(2)]), b=lambda: b.extend([record(2), record(3)]))
    assert sorted(out.values()) == [1, 2]  # type: ignore[type-var]
    stored = rows(pg_url)
    assert [s for s, _ in stored] == [1, 2, 3]
    assert len({i for _, i in stored}) == 3
    assert store.verify().ok
    store.close()


def test_two_logs_on_one_postgres_store_object_declaring_at_once_keep_the_hierarchy(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    store, a, b = shared_store(pg_url, gate)
    # Each declaration alone is fine; together they make war its own ancestor.
    outcomes = declare_halves_of_a_cycle(gate, a, b)
    assert sorted(map(str, outcomes.values())).count("declared") == 1
    with PostgresStore(pg_url) as other:  # reads every stored declaration: before, a cycle was stored
        assert set(CasualtyLog(store=other, lazy=True).events) in ({"phase-1"}, {"war", "front"})
    store.close()


def test_a_reader_on_one_postgres_store_object_never_sees_a_declaration_rolled_back(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    store, writer, reader = shared_store(pg_url, gate)
    encode = store_events.encode
    calls = [0]

    def encode_then_fail(event: Any) -> Any:
        # The first declaration is written; the writer fails on the second, before committing.
        calls[0] += 1
        if calls[0] == 2:
            gate.meet("a", lambda arrived, done: "b" in done)
            raise Refused
        return encode(event)

    monkeypatch.setattr(store_events, "encode", encode_then_fail)

    def write() -> None:
        with pytest.raises(Refused):
            writer.add_events([{"id": "war"}, {"id": "front", "parents": ["war"]}])

    def read() -> int:
        gate.meet("b", lambda arrived, done: "a" in arrived)  # the writer is inside its transaction
        return reader.refresh()

    gate.run(a=write, b=read)
    # Before: the reader's query ran inside the writer's transaction, on the one connection, and
    # declared "war", which was then rolled back: a declaration that never existed.
    assert dict(reader.events) == {}
    with PostgresStore(pg_url) as other:
        assert dict(CasualtyLog(store=other, lazy=True).events) == {}
    store.close()


class Refused(Exception):  # noqa: N818 - not an error of the library: the test's own failure
    """A writer failing inside its transaction."""
