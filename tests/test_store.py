"""The SQLite store: round trips, append-only, batches, clocks, refresh, indexes."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casualtylog import CasualtyLog, Claim, ClaimFormatError, StoreError, UnknownClaimError, UnknownCountError
from casualtylog.claims import _copy_unchecked
from casualtylog.formats.jsonl import load_jsonl, save_jsonl
from casualtylog.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    LazyStoredLog,
    StoreClosedError,
    StoreCorruptError,
    StoredLog,
    open_store,
)
from casualtylog.worked_example import kyiv_claims

REC = {"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01T10:00Z"}


class Clock:
    """One minute later at every call."""

    def __init__(self, start: datetime = datetime(2025, 1, 2, 12, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "claims.db"


@pytest.fixture(params=[False, True], ids=["eager", "lazy"])
def lazy(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def store(path: Path, lazy: bool) -> Iterator[StoredLog]:
    with open_store(path, clock=Clock(), lazy=lazy) as log:
        yield log


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection, as another program would open the file."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


# -- basics ------------------------------------------------------------------------------


def test_open_store_returns_a_casualtylog(path: Path) -> None:
    with open_store(path) as log:
        assert isinstance(log, CasualtyLog)
        assert type(log) is StoredLog
    with open_store(path, lazy=True) as log:
        assert isinstance(log, LazyStoredLog)


def test_claims_survive_reopening_exactly(path: Path, lazy: bool) -> None:
    micro = datetime(2025, 1, 1, 10, 0, 0, 123456, tzinfo=UTC)
    with open_store(path, clock=Clock()) as log:
        added = [
            log.add(REC),
            log.add(REC | {"figure": "at least 4", "group": "kids", "quote": "«четверо» 🕯"}),
            log.add(REC | {"figure": "5", "reported_at": micro, "recorded_at": micro + timedelta(days=1)}),
            log.add(REC | {"figure": "2–9", "reported_at": "2025-01", "as_of": "2025-01-01T08:00+03:00"}),
        ]
    with open_store(path, lazy=lazy) as log:
        again = list(log)
    assert again == added
    assert [c.to_record() for c in again] == [c.to_record() for c in added]
    assert again[2].reported_at.microsecond == 123456
    assert again[3].reported_precision.value == "month"


def test_recorded_at_is_the_clock_at_commit_and_stays_on_reopening(path: Path) -> None:
    clock = Clock()
    with open_store(path, clock=clock) as log:
        first = log.add(REC)
        assert first.recorded_at == datetime(2025, 1, 2, 12, 1, tzinfo=UTC)
        clock.now -= timedelta(days=3)  # a clock that jumps back never moves recorded_at back
        second = log.add(REC | {"figure": "4"})
        assert second.recorded_at == first.recorded_at
    with open_store(path, clock=Clock(datetime(2020, 1, 1, tzinfo=UTC))) as log:
        third = log.add(REC | {"figure": "5"})  # nor does a new process whose clock is behind
        assert third.recorded_at == first.recorded_at
        assert [c.recorded_at for c in log] == [first.recorded_at] * 3


def test_a_batch_gets_one_recorded_at(store: StoredLog) -> None:
    assert store.extend(REC | {"figure": str(n)} for n in range(5)) == 5
    assert len({c.recorded_at for c in store}) == 1


def test_readding_is_a_no_op(store: StoredLog, path: Path) -> None:
    first = store.add(REC)
    again = store.add(REC)
    assert again == first
    assert store.extend([REC, REC | {"figure": "4"}, REC | {"figure": "4"}]) == 1
    assert len(store) == 2
    with raw(path) as conn:
        assert conn.execute("SELECT count(*) FROM claims").fetchone() == (2,)


def test_readding_a_claim_another_process_stored_returns_theirs(path: Path, lazy: bool) -> None:
    with open_store(path, clock=Clock(), lazy=lazy) as mine, open_store(path, clock=Clock()) as theirs:
        mine.add(REC | {"figure": "1"})  # so that "mine" has loaded the store once
        stored = theirs.add(REC)
        assert mine.add(REC) == stored
        assert mine.extend([REC]) == 0
        assert len(mine) == 2


def test_a_bad_claim_leaves_the_store_unchanged(store: StoredLog, path: Path) -> None:
    store.add(REC)
    bad = [REC | {"figure": "4"}, REC | {"figure": "NaN"}]
    with pytest.raises(ClaimFormatError, match=r"^record 2: figure='NaN': "):
        store.extend(bad)
    assert len(store) == 1
    with open_store(path) as again:
        assert [str(c.figure) for c in again] == ["3"]


def test_a_lone_surrogate_is_a_claim_format_error_and_stores_nothing(store: StoredLog) -> None:
    with pytest.raises(ClaimFormatError, match=r"^record 2: quote='broken \\ud800 text': "):
        store.extend([REC | {"figure": "4"}, REC | {"quote": "broken \ud800 text"}])
    # a claim built without validation (the library's unvalidated copy; model_copy(update=...)
    # now validates and refuses it) still cannot reach the file
    sneaky = _copy_unchecked(Claim.model_validate(REC), quote="broken \ud800 text")
    with pytest.raises(ClaimFormatError) as info:
        store.extend([REC | {"figure": "4"}, sneaky])
    assert str(info.value) == (
        "<input>: quote='broken \\ud800 text': contains a lone surrogate (half of a UTF-16 pair), which cannot be "
        "stored as UTF-8; decode the source text correctly or replace the character"
    )
    assert len(store) == 0


def test_queries_match_the_in_memory_log(store: StoredLog) -> None:
    records = [
        REC,
        REC | {"figure": "5", "reported_at": "2025-01-01T12:00Z"},
        REC | {"figure": "at least 2", "group": "children", "reported_at": "2025-01-01"},
        REC | {"metric": "wounded", "figure": "10", "source": "other"},
    ]
    memory = CasualtyLog(clock=Clock())
    for record in records:
        memory.add(record)
        store.add(record)
    assert store.counts() == memory.counts()
    assert list(store) == list(memory)
    assert store.claims_about("e", "dead") == memory.claims_about("e", "dead")
    for at in (None, "2025-01-01T11:00Z", "2025-01-02T00:00Z"):
        for known_at in (None, "2025-01-02T12:01Z", "2025-01-02T12:02Z"):
            assert store.resolve_all(at=at, known_at=known_at) == memory.resolve_all(at=at, known_at=known_at)
            assert store.check(at=at, known_at=known_at) == memory.check(at=at, known_at=known_at)
    assert store.resolve("e", "killed", policy="latest") == memory.resolve("e", "killed", policy="latest")
    assert str(store.history("e", "killed", clock="recorded")) == str(memory.history("e", "killed", clock="recorded"))
    first = memory.claims_about("e", "killed")[0]
    assert store.get(first.id) == first
    assert first in store
    assert first.id in store
    assert "nope" not in store
    assert 3 not in store


def test_unknown_claims_and_counts_raise_as_in_memory(store: StoredLog) -> None:
    store.add(REC)
    with pytest.raises(UnknownClaimError):
        store.get("0123456789abcdef")
    with pytest.raises(UnknownCountError):
        store.resolve("e", "injured")
    with pytest.raises(UnknownCountError):
        store.history("other", "killed")
    # a count with claims, none visible yet: an empty resolution, not an error
    assert store.resolve("e", "killed", known_at="2000-01-01T00:00Z").considered == ()


# -- other processes, refresh ----------------------------------------------------------------


def test_a_log_sees_what_another_connection_appended(path: Path) -> None:
    with open_store(path, clock=Clock()) as reader, open_store(path, clock=Clock()) as writer:
        writer.extend([REC, REC | {"figure": "4", "reported_at": "2025-01-01T11:00Z"}])
        assert reader.resolve("e", "killed").best == 4
        writer.add(REC | {"figure": "6", "reported_at": "2025-01-01T12:00Z"})
        assert reader.refresh() == 1
        assert reader.refresh() == 0
        assert len(reader) == 3


def test_threads_can_share_a_store(path: Path, lazy: bool) -> None:
    errors: list[BaseException] = []
    with open_store(path, clock=Clock(), lazy=lazy) as log:

        def write(tag: str) -> None:
            try:
                for n in range(20):
                    log.add(REC | {"source": tag, "figure": str(n), "event": f"e{n % 3}"})
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                errors.append(exc)

        def read() -> None:
            try:
                for _ in range(30):
                    log.resolve_all()
                    log.counts()
                    list(log)
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(f"t{i}",)) for i in range(3)]
        threads.append(threading.Thread(target=read))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert len(log) == 60
    with open_store(path) as again:
        assert len(again) == 60


def test_the_persist_hook_stores_a_stamped_batch_at_once(path: Path) -> None:
    stamped = [Claim.model_validate(REC | {"figure": str(n), "recorded_at": "2025-02-01T00:00Z"}) for n in range(3)]
    with open_store(path) as log:
        log._persist(stamped)
        log._persist(stamped[:1])  # stored ids are skipped
        assert list(log) == stamped


# -- append-only ------------------------------------------------------------------------------


def test_sql_updates_and_deletes_are_refused(path: Path) -> None:
    with open_store(path) as log:
        claim = log.add(REC)
    with raw(path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="append-only: claims are never updated"):
            conn.execute("UPDATE claims SET record = ? WHERE id = ?", ("{}", claim.id))
        with pytest.raises(sqlite3.IntegrityError, match="append-only: claims are never deleted"):
            conn.execute("DELETE FROM claims")
        conn.execute(
            "INSERT OR REPLACE INTO claims (id, event, metric, grp, reported_at_utc, available_at_utc,"
            " recorded_at_utc, record) VALUES (?, 'x', 'x', NULL, '', '', '', '{}')",
            (claim.id,),
        )
        assert conn.execute("SELECT count(*), min(event) FROM claims").fetchone() == (1, "e")
    with open_store(path) as log:
        assert list(log) == [claim]


def test_a_row_changed_behind_the_stores_back_is_reported(path: Path) -> None:
    with open_store(path) as log:
        claim = log.add(REC)
    with raw(path) as conn:
        conn.execute("DROP TRIGGER claims_no_update")
        conn.execute("UPDATE claims SET record = replace(record, '\"3\"', '\"30\"')")
    with pytest.raises(StoreCorruptError) as info:
        open_store(path)
    assert str(info.value).startswith(f"cannot read store '{path}': row 1 of table 'claims' is not a valid claim (")
    assert claim.id in str(info.value)
    assert str(info.value).endswith("; the file was changed outside casualtylog; restore it from a copy or an export")


# -- the file ---------------------------------------------------------------------------------


def test_the_file_carries_its_identity_and_version(path: Path) -> None:
    open_store(path).close()
    with raw(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["format"] == "casualtylog claim store"
    assert meta["schema_version"] == str(SCHEMA_VERSION)


def test_each_connection_writes_durably(store: StoredLog) -> None:
    conn = store._conn
    assert conn is not None
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL


def test_a_closed_store_says_so(path: Path, lazy: bool) -> None:
    log = open_store(path, lazy=lazy)
    log.close()
    log.close()
    assert log.closed
    assert repr(log).endswith(": closed>")
    with pytest.raises(StoreClosedError) as info:
        log.add(REC)
    assert (
        str(info.value) == f"cannot use store '{path}': it is closed; open it again with casualtylog.store.open_store"
    )
    with pytest.raises(StoreError):
        len(log)


def test_repr_names_the_file(store: StoredLog, path: Path) -> None:
    store.add(REC)
    if isinstance(store, LazyStoredLog):
        assert repr(store) == f"<LazyStoredLog {str(path)!r}: open>"
    else:
        assert repr(store) == f"<StoredLog {str(path)!r}: 1 claims about 1 counts>"


# -- indexes ------------------------------------------------------------------------------------


def test_visible_claims_reads_one_count_at_a_moment(store: StoredLog) -> None:
    store.add(REC)  # recorded 12:01
    store.add(REC | {"figure": "4", "reported_at": "2025-01-01"})  # recorded 12:02, said on the day
    store.add(REC | {"group": "children", "figure": "1"})
    assert [str(c.figure) for c in store.visible_claims("e", "dead")] == ["3", "4"]
    assert [str(c.figure) for c in store.visible_claims("e", "killed", known_at="2025-01-02T12:01Z")] == ["3"]
    assert [str(c.figure) for c in store.visible_claims("e", "killed", at="2025-01-01T23:59Z")] == ["3"]
    assert [str(c.figure) for c in store.visible_claims("e", "killed", at="2025-01-02T00:00Z")] == ["3", "4"]
    assert store.visible_claims("e", "killed", "kids", known_at="2025-01-02T12:02Z") == []


@pytest.mark.parametrize(
    ("at", "known_at"),
    [
        (None, "2025-01-02T13:00Z"),
        ("2025-01-01T12:00Z", None),
        ("2025-01-01T12:00Z", "2025-01-02T13:00Z"),
        (None, None),
    ],
)
def test_queries_of_a_moment_use_an_index(store: StoredLog, at: str | None, known_at: str | None) -> None:
    store.extend(
        REC | {"event": f"e{n % 50}", "group": [None, "children"][n % 2], "figure": str(n)} for n in range(2000)
    )
    plan = store.query_plan("e7", "killed", "children", at=at, known_at=known_at)
    assert plan[0].startswith("SEARCH claims USING INDEX claims_by_count_")
    assert "(event=? AND metric=? AND grp=?" in plan[0]
    if known_at is not None and at is None:
        assert "recorded_at_utc<?" in plan[0]
    if at is not None and known_at is None:
        assert "available_at_utc<?" in plan[0]
    assert not any(step.startswith("SCAN") for step in plan)


def test_a_lazy_known_at_resolution_runs_only_indexed_queries(path: Path) -> None:
    with open_store(path, clock=Clock()) as log:
        log.extend(REC | {"event": f"e{n % 50}", "figure": str(n)} for n in range(1000))
    with open_store(path, lazy=True) as lazy:
        conn = lazy._conn
        assert conn is not None
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        resolution = lazy.resolve("e7", "killed", known_at="2025-01-02T13:00Z", at="2025-01-01T12:00Z")
        conn.set_trace_callback(None)
        assert resolution.best is not None
        assert len(resolution.considered) == 20
        selects = [s for s in statements if s.startswith("SELECT")]
        assert selects
        for sql in selects:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
            assert not any(step.startswith("SCAN") for step in plan), (sql, plan)


# -- with the JSON Lines format -------------------------------------------------------------------


def test_the_worked_example_round_trips_jsonl_to_store_to_jsonl_byte_for_byte(tmp_path: Path) -> None:
    source, copy = tmp_path / "kyiv.jsonl", tmp_path / "again.jsonl"
    memory = CasualtyLog(kyiv_claims(), clock=Clock())
    save_jsonl(memory, source)
    with open_store(tmp_path / "claims.db", clock=Clock(datetime(2030, 1, 1, tzinfo=UTC))) as store:
        load_jsonl(source, log=store)
    with open_store(tmp_path / "claims.db", lazy=True) as store:
        save_jsonl(store, copy)
        assert store.resolve_all() == memory.resolve_all()
    assert copy.read_bytes() == source.read_bytes()
    # each row's record is the claim's JSON Lines line
    with raw(tmp_path / "claims.db") as conn:
        lines = [record + "\n" for (record,) in conn.execute("SELECT record FROM claims ORDER BY seq")]
    assert "".join(lines).encode() == source.read_bytes()
