"""Events kept in the SQLite store (issue 10): durable, append-only, chained, migrated, shared by processes."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim
from casualtylog.cli import main
from casualtylog.events import EventError
from casualtylog.store import SCHEMA_VERSION, StoreCorruptError, open_store
from casualtylog.store._codec import encode
from tests.store_v1 import make_v1_store
from tests.store_v2 import make_v2_store


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def event_rows(path: Path) -> list[tuple[int, str, str]]:
    with raw(path) as conn:
        return list(conn.execute("SELECT seq, event, record FROM events ORDER BY seq"))


def claim(event: str = "strike", figure: str = "3") -> Claim:
    return Claim.model_validate(
        {
            "event": event,
            "metric": "killed",
            "figure": figure,
            "source": "s",
            "reported_at": "2025-04-24T10:00Z",
            "recorded_at": "2025-04-25T10:00Z",
        }
    )


@pytest.fixture(params=[False, True], ids=["eager", "lazy"])
def lazy(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


# -- durable: what was declared comes back ------------------------------------------------------


def test_declared_events_come_back_on_reopen(tmp_path: Path, lazy: bool) -> None:
    path = tmp_path / "claims.db"
    with CasualtyLog.open(path, lazy=lazy) as log:
        log.add_event({"id": "quake", "when": "2015-04-25", "kind": "earthquake", "parts_complete": True})
        log.add_events([{"id": "gorkha", "parents": ["quake"], "where": {"name": "Gorkha", "country": "NP"}}])
        declared = dict(log.events)
    for reopened_lazy in (False, True):
        with CasualtyLog.open(path, lazy=reopened_lazy) as log:
            assert dict(log.events) == declared
            assert log.event_registry.parts("quake") == ["gorkha"]
            assert log.event("gorkha").where is not None


def test_a_revision_is_a_new_row_and_versions_come_back_in_order(tmp_path: Path, lazy: bool) -> None:
    path = tmp_path / "claims.db"
    with open_store(path, lazy=lazy) as log:
        log.add_event({"id": "strike", "when": "2025-04-23"})
        log.add_event({"id": "strike", "when": "2025-04-24"})
        log.add_events([{"id": "strike", "when": "2025-04-23"}, {"id": "strike", "when": "2025-04-25"}])
        in_memory = [str(v.when) for v in log.event_registry.versions("strike")]
    assert in_memory == ["2025-04-23", "2025-04-24", "2025-04-23", "2025-04-25"]
    assert [seq for seq, _, _ in event_rows(path)] == [1, 2, 3, 4]
    with open_store(path, lazy=lazy) as log:
        assert [str(v.when) for v in log.event_registry.versions("strike")] == in_memory
        assert str(log.event("strike").when) == "2025-04-25"


def test_redeclaring_an_identical_event_is_a_noop(tmp_path: Path, lazy: bool) -> None:
    path = tmp_path / "claims.db"
    with open_store(path, lazy=lazy) as log:
        log.add_event({"id": "strike", "when": "2025-04-24", "title": "Strike"})
        log.add_event({"title": "  Strike ", "when": "2025-04-24", "id": "strike"})  # same facts, other spelling
        log.add_events([{"id": "strike", "when": "2025-04-24", "title": "Strike"}] * 3)
    with open_store(path, lazy=lazy) as log:
        log.add_event({"id": "strike", "when": "2025-04-24", "title": "Strike"})
        assert len(log.event_registry.versions("strike")) == 1
    assert len(event_rows(path)) == 1


def test_the_record_is_canonical_json_with_its_content_hash(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    clock = lambda: datetime(2025, 5, 1, 10, tzinfo=UTC)  # noqa: E731
    with open_store(path, clock=clock) as log:
        log.add_event({"parents": ["war"], "id": "phase-1", "when": "2022-02"})
    with raw(path) as conn:
        ((record, digest, recorded),) = conn.execute("SELECT record, digest, recorded_at_utc FROM events")
    assert record == '{"id":"phase-1","parents":["war"],"when":"2022-02"}'
    assert digest == hashlib.sha256(record.encode()).hexdigest()
    assert recorded == "2025-05-01T10:00:00+00:00"


def test_events_and_claims_live_side_by_side(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with open_store(path) as log:
        log.add_events([{"id": "quake", "parts_complete": True}, {"id": "gorkha", "parents": ["quake"]}])
        log.add(claim("gorkha", "10"))
        log.add(claim("quake", "8"))
    with open_store(path) as log:
        assert len(log) == 2
        roll = log.rollup("quake", "killed")
        assert [p.count.event for p in roll.parts] == ["gorkha"]


# -- sharing: other handles and other processes ------------------------------------------------


def test_eager_and_lazy_stores_load_events_another_handle_declared(tmp_path: Path, lazy: bool) -> None:
    path = tmp_path / "claims.db"
    with open_store(path, lazy=lazy) as reader, open_store(path) as writer:
        assert dict(reader.events) == {}
        writer.add_event({"id": "strike", "when": "2025-04-24"})
        assert "strike" in reader.events
        writer.add_event({"id": "strike", "when": "2025-04-25"})
        reader.refresh()
        assert len(reader.event_registry.versions("strike")) == 2
        assert str(reader.event("strike").when) == "2025-04-25"


def test_the_hierarchy_is_checked_against_what_another_handle_declared(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with open_store(path) as first, open_store(path) as second:
        first.add_events([{"id": "war"}, {"id": "phase-1", "parents": ["war"]}])
        with pytest.raises(EventError, match="its own ancestor"):
            second.add_event({"id": "war", "parents": ["phase-1"]})  # second never looked before declaring
    assert len(event_rows(path)) == 2


DECLARER = """
import sys
from casualtylog.store import open_store

path, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open_store(path) as log:
    for i in range(n):
        if i % 3 == 0:
            log.add_events([{"id": f"{name}-{i}", "kind": "attack"}, {"id": f"{name}-{i + 1}", "kind": "attack"}])
        else:
            log.add_event({"id": f"{name}-{i}", "kind": "attack"})
        log.add_event({"id": f"shared-{name}", "title": f"revision {i}"})
print("done", flush=True)
"""


@pytest.mark.slow
def test_two_processes_adding_events_lose_nothing(tmp_path: Path) -> None:
    path, script, n = tmp_path / "claims.db", tmp_path / "declarer.py", 150
    script.write_text(DECLARER, encoding="utf-8")
    with open_store(path):
        pass
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), name, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert out == "done\n"
    expected = {f"{name}-{i}" for name in ("a", "b") for i in range(n)} | {"shared-a", "shared-b"}
    for lazy in (False, True):
        with open_store(path, lazy=lazy) as log:
            assert set(log.events) == expected
            for name in ("a", "b"):
                titles = [v.title for v in log.event_registry.versions(f"shared-{name}")]
                assert titles == [f"revision {i}" for i in range(n)]
            report = log.verify()
            assert report.ok, str(report)
    rows = event_rows(path)
    assert [seq for seq, _, _ in rows] == list(range(1, len(rows) + 1))
    assert len(rows) == len(expected) - 2 + 2 * n


# -- refused: bad events write nothing -----------------------------------------------------------


@pytest.mark.parametrize(
    ("batch", "message"),
    [
        ([{"id": "e", "where": {"latitude": 95}}], "where.latitude=95"),
        ([{"id": "ok"}, {"id": "e", "when": "2025-13-01"}], "record 2: event 'e': when="),
        ([{"id": "e", "colour": "red"}], "colour"),
        (["not an event"], "expected an object"),
        ([{"id": "war", "parents": ["phase-1"]}], "its own ancestor"),
        ([{"id": "part", "parents": ["nepal", "bagmati"]}], "both declare their parts complete"),
    ],
    ids=["bad field", "bad second record", "unknown field", "not an object", "cycle", "two complete wholes"],
)
def test_bad_events_are_refused_and_the_store_is_unchanged(
    tmp_path: Path, lazy: bool, batch: list[object], message: str
) -> None:
    path = tmp_path / "claims.db"
    with open_store(path, lazy=lazy) as log:
        log.add_events(
            [
                {"id": "war"},
                {"id": "phase-1", "parents": ["war"]},
                {"id": "nepal", "parts_complete": True},
                {"id": "bagmati", "parts_complete": True},
            ]
        )
        before_rows, before_events = event_rows(path), dict(log.events)
        with pytest.raises(EventError, match=message):
            log.add_events(batch)  # type: ignore[arg-type]  # bad input on purpose
        if len(batch) == 1 and isinstance(batch[0], dict):
            with pytest.raises(EventError, match=message):
                log.add_event(batch[0])
        assert dict(log.events) == before_events
        assert "ok" not in log.events
    assert event_rows(path) == before_rows
    with open_store(path, lazy=lazy) as log:
        assert dict(log.events) == before_events
        assert log.verify().ok


# -- append-only and verified ---------------------------------------------------------------------


def test_the_events_table_is_append_only(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with open_store(path) as log:
        log.add_event({"id": "strike", "when": "2025-04-24"})
    with raw(path) as conn:
        for statement in (
            "UPDATE events SET record = '{}'",
            "DELETE FROM events",
            "INSERT OR REPLACE INTO events (seq, event, digest, recorded_at_utc, record, hash)"
            " VALUES (1, 'x', 'd', 't', '{}', 'h')",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    assert len(event_rows(path)) == 1


def _drop_event_guards(conn: sqlite3.Connection) -> None:
    for trigger in ("events_no_update", "events_no_delete", "events_no_replace"):
        conn.execute(f"DROP TRIGGER {trigger}")


def test_verify_finds_an_edited_event_declaration(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with open_store(path) as log:
        log.add_event({"id": "strike", "when": "2025-04-23"})
        log.add_event({"id": "strike", "when": "2025-04-24"})
        assert log.verify().ok
    with raw(path) as conn:
        _drop_event_guards(conn)
        conn.execute("""UPDATE events SET record = '{"id":"strike","when":"2025-04-20"}' WHERE seq = 1""")
    with open_store(path, lazy=True) as log:  # as 'casualtylog verify' opens it: reading nothing yet
        report = log.verify()
    assert {"chain", "record", "guard"} <= report.kinds
    assert any("table events" in p.message and p.seq == 1 for p in report.problems)


def test_an_edited_event_declaration_is_refused_on_open(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with open_store(path) as log:
        log.add_event({"id": "strike", "when": "2025-04-23"})
    with raw(path) as conn:
        _drop_event_guards(conn)
        conn.execute("""UPDATE events SET record = '{"id":"strike","when":"2025-04-20"}'""")
    with pytest.raises(StoreCorruptError, match="row 1 of table 'events': its digest"):
        open_store(path)


def test_verify_finds_a_declaration_removed_from_the_end(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with open_store(path) as log:
        log.add_event({"id": "strike", "when": "2025-04-23"})
        log.add_event({"id": "strike", "when": "2025-04-24"})
    with raw(path) as conn:
        _drop_event_guards(conn)
        conn.execute("DELETE FROM events WHERE seq = 2")
    with open_store(path) as log:
        report = log.verify()
    assert "head" in report.kinds
    assert any("table events" in p.message for p in report.problems)


# -- migrated: stores made before events were stored ----------------------------------------------


def test_a_v2_store_made_by_the_previous_version_migrates_and_keeps_events(tmp_path: Path, lazy: bool) -> None:
    path = tmp_path / "claims.db"
    head = make_v2_store(path, [claim("strike", "3"), claim("strike", "5")])
    with open_store(path, lazy=lazy) as log:
        assert len(log) == 2
        assert dict(log.events) == {}
        report = log.verify(head=head)
        assert report.ok, str(report)
        assert report.head == head  # the claims' chain is untouched by the migration
        log.add_event({"id": "strike", "when": "2025-04-24"})
    with raw(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("3",)
    with open_store(path, lazy=lazy) as log:
        assert str(log.event("strike").when) == "2025-04-24"
        assert log.verify(head=head).ok


def test_a_v1_store_migrates_through_v2_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    make_v1_store(path, [encode(claim("strike", "3"))])
    with open_store(path) as log:
        log.add_event({"id": "strike", "kind": "attack"})
        assert log.verify().ok
    with open_store(path, lazy=True) as log:
        assert len(log) == 1
        assert log.event("strike").kind == "attack"
    with raw(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_reading_a_store_with_an_events_file_declares_them_in_memory_only(tmp_path: Path) -> None:
    path, events = tmp_path / "claims.db", tmp_path / "events.jsonl"
    events.write_text('{"id": "quake", "parts_complete": true}\n{"id": "gorkha", "parents": ["quake"]}\n')
    with open_store(path) as log:
        log.add(claim("gorkha", "10"))
    before = path.read_bytes()
    assert main(["resolve", str(path), "quake", "killed", "--events", str(events)]) == 0
    assert main(["check", str(path), "--events", str(events)]) in (0, 1)
    assert main(["events", str(events), "--log", str(path)]) == 0
    assert event_rows(path) == []
    assert path.read_bytes() == before


def test_the_store_events_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.store_events import main as benchmark  # noqa: PLC0415 - only this test runs it

    assert benchmark(["--events", "20"]) == 0
    assert "eager open" in capsys.readouterr().out


_IDS = st.sampled_from(["war", "phase-1", "phase-2", "city"])
_DECLARATION = st.fixed_dictionaries(
    {"id": _IDS},
    optional={
        "when": st.sampled_from(["2022-02", "2022-02-24", "2023"]),
        "parents": st.lists(_IDS, max_size=2),
        "parts_complete": st.booleans(),
        "kind": st.sampled_from(["war", "phase"]),
    },
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(_DECLARATION, min_size=1, max_size=3), max_size=6), lazy=st.booleans())
def test_a_store_keeps_the_same_events_and_versions_as_memory(
    tmp_path_factory: pytest.TempPathFactory, batches: list[list[dict[str, object]]], lazy: bool
) -> None:
    path = tmp_path_factory.mktemp("events") / "claims.db"
    memory = CasualtyLog()
    with open_store(path, lazy=lazy) as stored:
        for batch in batches:
            outcomes: list[tuple[str, object]] = []
            for log in (memory, stored):
                try:
                    outcomes.append(("ok", log.add_events(batch)))
                except EventError as exc:
                    outcomes.append(("refused", str(exc)))
            assert outcomes[0] == outcomes[1]
    with open_store(path, lazy=not lazy) as reopened:
        assert dict(reopened.events) == dict(memory.events)
        for event_id in memory.events:
            assert reopened.event_registry.versions(event_id) == memory.event_registry.versions(event_id)
            assert reopened.event_registry.parts(event_id) == memory.event_registry.parts(event_id)
