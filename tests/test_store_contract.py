"""The storage contract (docs/store.md, "The storage contract"), checked on every store.

Each test runs on every entry of :data:`STORES`: a log in memory, over a
SQLite file held eagerly (indexed in memory) and lazily (asking the file on
every query). A new store joins by adding one entry (PostgreSQL: a
``postgresql://`` URL from the environment, or else a fresh database on the
throwaway server tests/pg.py starts, skipped saying why when it cannot).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casualtylog import CasualtyLog, Claim, ClaimFormatError
from casualtylog.events import EventError
from casualtylog.store.contract import ClaimStore, QueryableStore
from casualtylog.store.memory import MemoryStore

REC = {"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01T10:00Z"}


def rec(event: str = "e", figure: str = "3", **more: str) -> dict[str, str]:
    return REC | {"event": event, "figure": figure} | more


class Clock:
    """One minute later at every call, from 2025-01-02 12:00 UTC; ``back()`` sets it back an hour."""

    def __init__(self) -> None:
        self.now = datetime(2025, 1, 2, 12, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now

    def back(self) -> None:
        self.now -= timedelta(hours=1)


@dataclass
class Kind:
    """How to open (and reopen) a log on one kind of store."""

    name: str
    target: Callable[[Path], str | None]  # what CasualtyLog.open takes; None: the store lives in this process
    lazy: bool = False


STORES = [
    Kind("memory", lambda tmp: None),
    Kind("sqlite", lambda tmp: str(tmp / "claims.db")),
    Kind("sqlite-lazy", lambda tmp: f"sqlite:///{tmp / 'claims.db'}", lazy=True),
    Kind("postgresql", lambda tmp: os.environ.get("CASUALTYLOG_TEST_POSTGRES_URL")),
    Kind("postgresql-lazy", lambda tmp: os.environ.get("CASUALTYLOG_TEST_POSTGRES_URL"), lazy=True),
]


class Opener:
    """Opens logs on one store: each call is a new log (a reopen) on the same claims."""

    def __init__(self, kind: Kind, tmp: Path) -> None:
        self.kind = kind
        self.target = kind.target(tmp)
        self.memory = MemoryStore() if kind.name == "memory" else None
        self.opened: list[CasualtyLog] = []

    def __call__(self, clock: Callable[[], datetime] | None = None) -> CasualtyLog:
        if self.memory is not None:
            log = CasualtyLog(clock=clock, store=self.memory)
        elif self.kind.name.startswith("postgresql") and clock is not None:
            # The server stamps recorded_at with its own clock (the contract allows it); the
            # promises about the log's clock are checked with the store told to use that one.
            from casualtylog.store.postgres import PostgresStore  # noqa: PLC0415 - the extra

            assert self.target is not None
            store = PostgresStore(self.target, create=True, database_clock=False)
            log = CasualtyLog(clock=clock, store=store, lazy=self.kind.lazy)
        else:
            assert self.target is not None
            log = CasualtyLog.open(self.target, clock=clock, lazy=self.kind.lazy)
        self.opened.append(log)
        return log

    @property
    def shared(self) -> bool:
        """Whether another process can open the same store."""
        return self.memory is None

    def close(self) -> None:
        for log in self.opened:
            log.close()


@pytest.fixture(params=STORES, ids=[k.name for k in STORES])
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    kind: Kind = request.param
    if kind.name.startswith("postgresql") and kind.target(tmp_path) is None:
        cluster = request.getfixturevalue("pg_cluster")  # a throwaway server (tests/pg.py), or a skip saying why
        url = cluster.url(cluster.create_database())
        kind = replace(kind, target=lambda tmp: url)
    if kind.target(tmp_path) is None and kind.name != "memory":
        pytest.skip(f"{kind.name}: no store to test against (set CASUALTYLOG_TEST_POSTGRES_URL)")
    opened = Opener(kind, tmp_path)
    yield opened
    opened.close()


def test_every_store_keeps_the_contract(opener: Opener) -> None:
    store = opener()._store
    assert isinstance(store, ClaimStore)
    if opener.kind.lazy:
        assert isinstance(store, QueryableStore)


def test_order_is_preserved(opener: Opener) -> None:
    log = opener(Clock())
    claims = [rec(f"e{n % 7}", str(n)) for n in range(60)]
    log.extend(claims[:25])
    log.add(claims[25])
    log.extend(claims[26:])
    expected = [Claim.model_validate(c).id for c in claims]
    assert [c.id for c in log] == expected
    assert [c.id for c in opener()] == expected
    positions = [p for p, _ in log._store.read()]
    assert positions == sorted(set(positions))
    assert len(positions) == 60
    after = positions[29]
    assert [c.id for _, c in log._store.read(after)] == expected[30:]


def test_readding_is_idempotent(opener: Opener) -> None:
    log = opener(Clock())
    batch = [rec(figure=str(n)) for n in range(10)]
    assert log.extend(batch) == 10
    first = log.get(Claim.model_validate(batch[3]).id)
    assert log.extend(batch) == 0
    assert log.add(batch[3]) == first
    again = opener(Clock())
    assert again.extend([*batch, rec(figure="99")]) == 1  # only the new one, though this log never saw the others
    assert len(again) == 11
    assert len(log) == 11
    stored, new = again._store.append([Claim.model_validate(batch[3])], Clock())  # the store itself skips it
    assert new == 0
    assert stored == [first]  # as it was first stored, with that recorded_at


def test_recorded_at_is_stamped_and_never_runs_backwards(opener: Opener) -> None:
    clock = Clock()
    log = opener(clock)
    log.extend([rec(figure="1"), rec(figure="2")])
    a, b = log.claims_about("e", "killed")
    assert a.recorded_at == b.recorded_at is not None  # a batch gets one recorded_at
    clock.back()
    c = log.add(rec(figure="3"))
    assert c.recorded_at == a.recorded_at  # held still, not set back
    late = Clock()
    late.now -= timedelta(days=1)
    other = opener(late)  # another writer, whose clock is a day behind
    d = other.add(rec(figure="4"))
    assert c.recorded_at is not None
    assert d.recorded_at is not None
    assert d.recorded_at >= c.recorded_at  # never before anything stored
    times = [x.recorded_at for x in opener() if x.recorded_at is not None]
    assert times == sorted(times)


def test_a_carried_recorded_at_is_kept(opener: Opener) -> None:
    log = opener(Clock())
    carried = Claim.model_validate(rec(figure="5") | {"recorded_at": "2024-06-01T08:00:00.123456Z"})
    stored = log.add(carried)
    assert stored.recorded_at == carried.recorded_at
    assert opener().get(carried.id).recorded_at == datetime(2024, 6, 1, 8, 0, 0, 123456, tzinfo=UTC)


def test_a_batch_with_a_bad_claim_stores_nothing(opener: Opener) -> None:
    log = opener(Clock())
    log.add(rec(figure="1"))
    with pytest.raises(ClaimFormatError, match="record 3"):
        log.extend([rec(figure="2"), rec(figure="3"), rec(figure="-4")])
    assert len(log) == 1
    assert len(opener()) == 1


def test_a_batch_that_fails_inside_the_store_stores_nothing(opener: Opener) -> None:
    log = opener(Clock())
    log.add(rec(figure="1"))

    def broken() -> datetime:
        raise RuntimeError("the clock broke mid-batch")

    with pytest.raises(RuntimeError, match="mid-batch"):
        log._store.append([Claim.model_validate(rec(figure=str(n))) for n in range(2, 6)], broken)
    assert [str(c.figure) for c in opener()] == ["1"]


def test_events_round_trip(opener: Opener) -> None:
    log = opener(Clock())
    log.add_events([{"id": "quake", "parts_complete": True}, {"id": "gorkha", "parents": ["quake"]}])
    log.add_event({"id": "gorkha", "parents": ["quake"], "when": "2015-04-25"})
    log.add_event({"id": "gorkha", "parents": ["quake"], "when": "2015-04-25"})  # the same: nothing new
    with pytest.raises(EventError):
        log.add_event({"id": "quake", "parents": ["gorkha"]})  # a cycle: refused, nothing stored
    again = opener()
    assert dict(again.events) == dict(log.events)
    assert [str(v.when) for v in again.event_registry.versions("gorkha")] == ["None", "2015-04-25"]
    assert again.event_registry.parts("quake") == ["gorkha"]


def test_reopening_gives_identical_resolutions(opener: Opener) -> None:
    log = opener(Clock())
    log.extend(rec(f"e{n % 5}", str(n), reported_at=f"2025-01-{1 + n % 20:02d}T10:00Z") for n in range(80))
    log.extend([rec("e1", "7", metric="injured"), rec("e2", "10-12", group="children")])
    again = opener()
    assert again.resolve_all() == log.resolve_all()
    assert again.resolve_all(at="2025-01-05") == log.resolve_all(at="2025-01-05")
    assert again.resolve("e1", "killed", policy="conservative") == log.resolve("e1", "killed", policy="conservative")
    assert again.history("e3", "killed").steps == log.history("e3", "killed").steps
    assert again.counts() == log.counts()
    assert again.check() == log.check()
    memory = CasualtyLog(list(log))
    assert memory.resolve_all() == again.resolve_all()


def test_known_at_sees_only_what_was_recorded(opener: Opener) -> None:
    clock = Clock()
    log = opener(clock)
    log.add(rec(figure="10"))  # recorded 12:01
    log.add(rec(figure="20"))  # 12:02
    log.add(rec(figure="30"))  # 12:03
    for reader in (log, opener()):
        assert reader.resolve("e", "killed", known_at="2025-01-02T12:01Z").best == 10
        assert reader.resolve("e", "killed", known_at="2025-01-02T12:02:30Z").best == 20
        assert reader.resolve("e", "killed").best == 30
        assert [r.best for r in reader.resolve_all(known_at="2025-01-02T12:02Z")] == [20]
        assert reader.resolve_all(known_at="2025-01-02T12:00Z") == []


WRITER = """
import sys
from casualtylog import CasualtyLog
target, name, lazy = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
def rec(event, n):
    return {"event": event, "metric": "killed", "figure": str(n), "source": "s", "reported_at": "2025-01-01T10:00Z"}
stored = 0
with CasualtyLog.open(target, lazy=lazy) as log:
    for start in range(0, 400, 25):
        stored += log.extend([rec("mine-" + name, n) for n in range(start, start + 25)])
        stored += log.extend([rec("shared", n) for n in range(start // 2, start // 2 + 20)])
print(stored)
"""


@pytest.mark.slow
def test_concurrent_writers_lose_nothing(opener: Opener, tmp_path: Path) -> None:
    if not opener.shared:
        pytest.skip("a memory store belongs to one process")
    opener().close()  # created before the writers start
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), str(opener.target), name, "1" if opener.kind.lazy else "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    outputs = [w.communicate(timeout=300) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], [err for _, err in outputs]
    log = opener()
    ids = [c.id for c in log]
    shared = {n for start in range(0, 400, 25) for n in range(start // 2, start // 2 + 20)}
    assert len(ids) == len(set(ids)) == 400 + 400 + len(shared)
    assert sum(int(out) for out, _ in outputs) == len(ids)  # each claim stored by exactly one writer
    times = [c.recorded_at for c in log if c.recorded_at is not None]
    assert times == sorted(times)


def test_a_log_in_memory_still_pickles() -> None:
    log = CasualtyLog([rec(figure="3")])
    again = pickle.loads(pickle.dumps(log))  # noqa: S301 - our own bytes
    again.add(rec(figure="5"))
    assert (len(log), len(again), again.resolve("e", "killed").best) == (1, 2, 5)


@pytest.mark.slow
def test_the_contract_benchmark_runs() -> None:
    """benchmarks/contract.py, behind the figures in docs/performance.md, runs (tiny; nothing timed here)."""
    root = Path(__file__).resolve().parent.parent
    script = root / "benchmarks" / "contract.py"
    done = subprocess.run(
        [sys.executable, str(script), "--baseline", str(root), "--claims", "40", "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "| memory: extend |" in done.stdout


def test_the_public_methods_are_written_once() -> None:
    """Issue 15: the SQLite logs add what is SQLite's (a path, index-backed queries) and override nothing."""
    from casualtylog.store import LazyStoredLog, StoredLog  # noqa: PLC0415 - beside the contract's own imports

    public = {name for name in dir(CasualtyLog) if not name.startswith("_")}
    for cls in (StoredLog, LazyStoredLog):
        assert public & set(vars(cls)) == set(), cls
    assert set(vars(StoredLog)) - set(vars(CasualtyLog)) >= {"path", "visible_claims", "query_plan"}
