"""The PostgreSQL store against a real server (tests/pg.py starts a throwaway one).

Named after what issue 15 asks the store to show: the contract's behaviour,
many writers losing and duplicating nothing, killed writers leaving whole
batches or none, append-only enforced by the database for the application
role (and by triggers for the owner), a read-only role that resolves but
cannot write, and a foreign database refused.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog._extras import MissingExtraError
from casualtylog.claims import Count
from casualtylog.cli import main
from casualtylog.errors import StoreError
from casualtylog.events import Event
from casualtylog.store import _chain
from casualtylog.store.contract import QueryableStore
from casualtylog.store.errors import NotAStoreError, StoreReadOnlyError, StoreVersionError
from tests.pg import Cluster
from tests.pg_writer import batch_claims

psycopg = pytest.importorskip("psycopg")
from psycopg import errors, sql  # noqa: E402 - after the skip: the extra may be missing

from casualtylog.store.postgres import PostgresStore, grant_roles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _claims(n: int, event: str = "kyiv", metric: str = "killed") -> list[Claim]:
    start = datetime(2025, 4, 24, 6, tzinfo=UTC)
    return [
        Claim.model_validate(
            {"event": event, "metric": metric, "figure": str(10 + i), "source": f"source {i % 3}"}
            | {"reported_at": start + timedelta(hours=i)}
        )
        for i in range(n)
    ]


def _with_roles(cluster: Cluster, url: str) -> tuple[str, str, str]:
    """Make ``url`` a store with its own app and reader roles; their connection strings."""
    dbname = url.split("dbname=")[1].split()[0]
    app, reader = f"{dbname}_app", f"{dbname}_reader"
    PostgresStore(url, create=True).close()
    with psycopg.connect(url, autocommit=True) as conn:
        grant_roles(conn, app=app, reader=reader, create=True)
    return url, cluster.conninfo(dbname, app), cluster.conninfo(dbname, reader)


# -- the contract --------------------------------------------------------------------
def test_contract_append_read_in_order_with_recorded_at(pg_url: str) -> None:
    with PostgresStore(pg_url, create=True) as store:
        first = store.append(_claims(3)).claims
        second = store.append(_claims(5)[3:]).claims
        assert [c.figure for c in first + second] == [c.figure for c in _claims(5)]
        stored = list(store.read())
        assert [seq for seq, _ in stored] == [1, 2, 3, 4, 5]
        assert [c for _, c in stored] == first + second
        assert list(store.read(after=3)) == stored[3:]
        stamps = [c.recorded_at for _, c in stored]
        assert all(s is not None for s in stamps)
        assert stamps == sorted(stamps)  # type: ignore[type-var]
        assert store.size() == 5


def test_contract_skips_ids_already_stored_and_returns_them_as_stored(pg_url: str) -> None:
    claims = _claims(4)
    with PostgresStore(pg_url, create=True) as store:
        first = store.append(claims[:2]).claims
        again, new = store.append([claims[1], claims[2], claims[2], claims[0]])
        assert new == 1
        assert again[0] == first[1]
        assert again[3] == first[0]
        assert again[1] == again[2]
        assert store.size() == 3
        assert store.get(claims[2].id) == again[1]
        assert store.get("0000000000000000") is None
        assert store.contains(claims[2].id)
        assert not store.contains(claims[3].id)


def test_contract_keeps_a_given_recorded_at_and_never_stamps_earlier_than_stored(pg_url: str) -> None:
    future = datetime(2100, 1, 1, tzinfo=UTC)
    given = _claims(1)[0].model_copy(update={"recorded_at": future})
    with PostgresStore(pg_url, create=True) as store:
        (kept,) = store.append([given]).claims
        assert kept.recorded_at == future
        (later,) = store.append(_claims(2)[1:]).claims
        assert later.recorded_at == future  # the database's clock is earlier: the stamp does not go back


def test_contract_client_clock_when_asked(pg_url: str) -> None:
    at = datetime(2030, 5, 1, 12, tzinfo=UTC)
    with PostgresStore(pg_url, create=True, database_clock=False) as store:
        (claim,) = store.append(_claims(1), clock=lambda: at).claims
        assert claim.recorded_at == at


def test_contract_batch_is_all_or_nothing_when_it_fails(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with PostgresStore(pg_url, create=True) as store:
        store.append(_claims(1))
        calls = 0
        real = _chain.link

        def failing(previous: str, seq: int, row: object) -> str:
            nonlocal calls
            calls += 1
            if calls == 3:
                raise RuntimeError("failed mid-batch")
            return real(previous, seq, row)  # type: ignore[arg-type]  # the row, passed on

        monkeypatch.setattr(_chain, "link", failing)
        with pytest.raises(RuntimeError):
            store.append(_claims(6)[1:])
        monkeypatch.undo()
        assert store.size() == 1
        store.append(_claims(6)[1:])
        assert store.size() == 6
        assert store.verify().ok


def test_contract_events_round_trip(pg_url: str) -> None:
    quake = Event.of({"id": "quake", "when": "2015-04-25"})
    revised = Event.of({"id": "quake", "when": "2015-04-25", "title": "Gorkha earthquake"})
    with PostgresStore(pg_url, create=True) as store:
        assert store.append_events(lambda: [quake]) == 1
        assert store.append_events(lambda: [revised]) == 1
        assert store.append_events(list) == 0
        assert [(seq, e) for seq, e in store.read_events()] == [(1, quake), (2, revised)]
        assert [e for _, e in store.read_events(after=1)] == [revised]
        assert store.verify().ok


def test_contract_lazy_queries_and_resolution_match_memory(pg_url: str) -> None:
    claims = _claims(6) + _claims(4, metric="injured") + _claims(2, event="odesa")
    with PostgresStore(pg_url, create=True) as store:
        stored = store.append(claims).claims
        memory = CasualtyLog(stored)
        assert sorted(store.counts()) == sorted(memory.counts())
        for count in memory.counts():
            assert store.claims_of(count) == memory.claims_about(*count)
        cut = stored[0].recorded_at
        assert cut is not None
        assert store.claims_of(memory.counts()[0], known_at=cut - timedelta(seconds=1)) == []
        said_by = datetime(2025, 4, 24, 8, 30, tzinfo=UTC)
        kyiv = [c for c in stored if c.event == "kyiv" and c.metric == "killed" and c.available_at <= said_by]
        assert store.claims_of(kyiv[0].count, at=said_by) == kyiv
        assert isinstance(store, QueryableStore)
        assert store.has_count(Count("odesa", "killed"))
        assert not store.has_count(Count("odesa", "injured"))
        assert dict(store.visible(known_at=cut - timedelta(seconds=1))) == {}
        assert dict(store.visible()) == {count: memory.claims_about(*count) for count in memory.counts()}
        assert dict(store.visible(at=said_by)) == {
            count: [c for c in memory.claims_about(*count) if c.available_at <= said_by]
            for count in memory.counts()
            if any(c.available_at <= said_by for c in memory.claims_about(*count))
        }
        reread = CasualtyLog(c for _, c in store.read())
        assert [str(r) for r in reread.resolve_all()] == [str(r) for r in memory.resolve_all()]


def test_contract_verify_finds_a_changed_row(pg_url: str) -> None:
    with PostgresStore(pg_url, create=True) as store:
        store.append(_claims(3))
        report = store.verify()
        assert report.ok
        assert report.rows == 3
        with psycopg.connect(pg_url, autocommit=True) as conn:
            # The owner can drop the trigger; verify then says so, and finds the edit by its hash.
            conn.execute("ALTER TABLE claims DISABLE TRIGGER claims_append_only")
            conn.execute("UPDATE claims SET grp = 'children' WHERE seq = 2")
        report = store.verify(head=report.head)
        assert {"guard", "chain", "columns"} <= report.kinds
        assert "trigger claims_append_only is disabled" in str(report)
    with PostgresStore(pg_url) as store:
        assert [p.kind for p in store.problems] == ["guard"]


# -- many writers ---------------------------------------------------------------------
def _writer(url: str, writer: int, claims: int, batch: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.pg_writer", url, str(writer), str(claims), str(batch)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_eight_writers_lose_nothing_and_duplicate_nothing(pg_url: str) -> None:
    writers, per_writer, batch = 8, 1_000, 50
    PostgresStore(pg_url, create=True).close()
    procs = [_writer(pg_url, w, per_writer, batch) for w in range(writers)]
    acked: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        acked += [i for line in out.splitlines() if line.startswith("ack ") for i in line.split()[2:]]
    with PostgresStore(pg_url) as store:
        stored = list(store.read())
        ids = [c.id for _, c in stored]
        assert len(ids) == writers * per_writer  # nothing lost
        assert len(set(ids)) == len(ids)  # nothing duplicated
        assert set(acked) == set(ids)
        assert [seq for seq, _ in stored] == list(range(1, len(ids) + 1))  # one chain, no gaps
        stamps = [c.recorded_at for _, c in stored]
        assert stamps == sorted(stamps)  # type: ignore[type-var]  # one clock, forwards
        assert store.verify(records=False).ok


@pytest.mark.slow
def test_sigkill_of_a_writer_mid_batch_twenty_times(pg_url: str) -> None:
    batch = 400
    PostgresStore(pg_url, create=True).close()
    rng = random.Random(15)
    acked: set[str] = set()
    for writer in range(20):
        proc = _writer(pg_url, writer, batch * 50, batch)
        assert proc.stdout is not None
        lines = []
        # Kill at a random moment after a batch began: inside check_record, the COPY or the commit.
        target = rng.randrange(1, 3)
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("begin ") and int(line.split()[1]) >= target:
                time.sleep(rng.uniform(0, 0.4))
                break
        proc.kill()
        rest, _ = proc.communicate(timeout=60)
        lines += rest.splitlines()
        assert proc.returncode == -9
        acked |= {i for line in lines if line.startswith("ack ") for i in line.split()[2:]}
    with PostgresStore(pg_url) as store:
        stored = [c for _, c in store.read()]
        assert acked <= {c.id for c in stored}  # nothing acknowledged is lost
        sizes = Counter(c.source.name for c in stored)
        assert set(sizes.values()) == {batch}  # every batch whole or absent
        for name in sizes:
            writer, number = int(name.split()[1]), int(name.split()[3])
            assert {c.id for c in batch_claims(writer, number, batch)} <= {c.id for c in stored}
        assert store.verify(records=False).ok


# -- roles ------------------------------------------------------------------------------
def test_app_role_cannot_update_delete_or_truncate_a_claim(pg_cluster: Cluster, pg_url: str) -> None:
    _, app, _ = _with_roles(pg_cluster, pg_url)
    with PostgresStore(app) as store:
        store.append(_claims(2))
    with psycopg.connect(app, autocommit=True) as conn:
        for statement in (
            "UPDATE claims SET record = '{}' WHERE seq = 1",
            "DELETE FROM claims WHERE seq = 1",
            "TRUNCATE claims",
            "UPDATE casualtylog_meta SET value = 'other' WHERE key = 'app'",
            "DELETE FROM heads",
            "DROP TABLE claims",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    with PostgresStore(app) as store:
        assert store.size() == 2
        assert store.verify().ok


def test_app_role_triggers_fire_for_the_owner_too(pg_url: str) -> None:
    with PostgresStore(pg_url, create=True) as store:
        store.append(_claims(2))
        store.append_events(lambda: [Event.of({"id": "quake"})])
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for statement in (
            "UPDATE claims SET record = '{}' WHERE seq = 1",
            "DELETE FROM claims WHERE seq = 1",
            "TRUNCATE claims",
            "DELETE FROM events",
            "TRUNCATE heads",
        ):
            with pytest.raises(errors.RaiseException, match="casualtylog store is append-only"):
                conn.execute(statement)
    with PostgresStore(pg_url) as store:
        assert store.size() == 2


def test_read_only_role_resolves_but_cannot_insert(pg_cluster: Cluster, pg_url: str) -> None:
    _, app, reader = _with_roles(pg_cluster, pg_url)
    with PostgresStore(app) as store:
        stored = store.append(_claims(3)).claims
    with PostgresStore(reader) as store:
        log = CasualtyLog(c for _, c in store.read())
        assert log.resolve("kyiv", "killed").best == CasualtyLog(stored).resolve("kyiv", "killed").best
        assert store.claims_of(stored[0].count) == stored
        with pytest.raises(StoreReadOnlyError, match="lacks the privilege"):
            store.append(_claims(4)[3:])
        with pytest.raises(StoreReadOnlyError):
            store.append_events(lambda: [Event.of({"id": "quake"})])
        assert store.size() == 3
    with psycopg.connect(reader, autocommit=True) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("INSERT INTO heads (tbl, seq, hash) VALUES ('claims', 99, 'x')")


# -- refusing what is not a store ---------------------------------------------------------
def test_foreign_database_with_other_tables_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
    for create in (False, True):
        with pytest.raises(NotAStoreError, match=r"another application \(tables: invoices\)"):
            PostgresStore(pg_url, create=create)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('claims')").fetchone() == (None,)  # nothing was created


def test_foreign_database_with_another_apps_marker_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE casualtylog_meta (key text PRIMARY KEY, value text NOT NULL)")
        conn.execute("INSERT INTO casualtylog_meta VALUES ('app', 'somebody-else')")
    with pytest.raises(NotAStoreError, match="made by another application"):
        PostgresStore(pg_url, create=True)


def test_foreign_database_newer_schema_and_empty_database(pg_url: str) -> None:
    with pytest.raises(NotAStoreError, match="the database is empty"):
        PostgresStore(pg_url)
    PostgresStore(pg_url, create=True).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE casualtylog_meta DISABLE TRIGGER casualtylog_meta_append_only")
        conn.execute("UPDATE casualtylog_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreVersionError):
        PostgresStore(pg_url)


# -- credentials ----------------------------------------------------------------------------
def test_password_is_never_shown(pg_cluster: Cluster, pg_url: str) -> None:
    secret = "hunter2-not-shown"  # noqa: S105 - a made-up password, to see that it is hidden
    missing = f"host={pg_cluster.root}/nowhere port=5432 dbname=x user=postgres password={secret}"
    with pytest.raises(StoreError) as caught:
        PostgresStore(missing)
    assert secret not in str(caught.value)
    assert "password=***" in str(caught.value)
    url = f"postgresql://postgres:{secret}@/{pg_url.split('dbname=')[1].split()[0]}?host={pg_cluster.root}"
    with PostgresStore(url, create=True) as store:
        assert secret not in store.url
        assert secret not in repr(store)
        assert "postgres:***@" in store.url


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(MissingExtraError, match=r"casualtylog\[postgres\]"):
        PostgresStore("dbname=x")


def test_grant_roles_names_are_identifiers(pg_cluster: Cluster, pg_url: str) -> None:
    PostgresStore(pg_url, create=True).close()
    odd = 'odd "role"; DROP TABLE claims; --'
    with psycopg.connect(pg_url, autocommit=True) as conn:
        grant_roles(conn, reader=odd, create=True)
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (odd,)).fetchone() == (1,)
        assert conn.execute("SELECT to_regclass('claims')").fetchone() != (None,)
        conn.execute(
            sql.SQL("REVOKE ALL ON claims, events, heads, casualtylog_meta FROM {}").format(sql.Identifier(odd))
        )
        conn.execute(sql.SQL("REVOKE USAGE ON SCHEMA public FROM {}").format(sql.Identifier(odd)))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(odd)))


def test_pg_init_cli_makes_the_store_and_grants_the_roles(
    pg_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dbname = pg_url.split("dbname=")[1].split()[0]
    app, reader = f"{dbname}_cli_app", f"{dbname}_cli_reader"
    assert main(["pg-init", pg_url, "--app", app, "--reader", reader, "--create-roles"]) == 0
    out = capsys.readouterr().out
    assert "a casualtylog store (schema version 1)" in out
    assert f"role {app}: SELECT, INSERT" in out
    with PostgresStore(pg_cluster.conninfo(dbname, app)) as store:
        assert store.append(_claims(1)).stored == 1
    with PostgresStore(pg_cluster.conninfo(dbname, reader)) as store, pytest.raises(StoreReadOnlyError):
        store.append(_claims(2))
    foreign = pg_cluster.conninfo(pg_cluster.create_database())
    with psycopg.connect(foreign, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id serial PRIMARY KEY)")
    assert main(["pg-init", foreign]) == 1
    assert "belongs to another application" in capsys.readouterr().err


def _as_url(cluster: Cluster, conninfo: str) -> str:
    dbname = conninfo.split("dbname=")[1].split()[0]
    return f"postgresql://postgres@/{dbname}?host={cluster.root}&port=5432"


@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
def test_contract_casualtylog_open_on_a_postgresql_url(pg_cluster: Cluster, pg_url: str, lazy: bool) -> None:
    url = _as_url(pg_cluster, pg_url)
    with CasualtyLog.open(url, lazy=lazy) as log:
        log.extend(_claims(4))
        log.add_event({"id": "kyiv", "when": "2025-04-24"})
        before = log.resolve("kyiv", "killed")
    with CasualtyLog.open(url, lazy=lazy) as log:
        assert len(log) == 4
        assert str(log.resolve("kyiv", "killed")) == str(before)
        assert "kyiv" in log.events
        assert [str(r) for r in log.resolve_all()] == [str(r) for r in CasualtyLog(_claims(4)).resolve_all()]


def test_copy_between_sqlite_and_postgresql_keeps_ids_and_recorded_at(
    pg_cluster: Cluster, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dbname = pg_url.split("dbname=")[1].split()[0]
    secret = "copy-s3cret"  # noqa: S105 - a made-up password (trust auth ignores it), to see that it is hidden
    url = f"postgresql://postgres:{secret}@/{dbname}?host={pg_cluster.root}&port=5432"
    with CasualtyLog.open(tmp_path / "src.db") as log:
        log.extend(_claims(5))
        log.add_event({"id": "kyiv", "when": "2025-04-24"})
        source = list(log)
    assert main(["copy", str(tmp_path / "src.db"), url]) == 0
    assert main(["copy", str(tmp_path / "src.db"), url]) == 0  # again: resumable, nothing added twice
    assert main(["copy", url, str(tmp_path / "back.db")]) == 0
    out = capsys.readouterr()
    assert secret not in out.out + out.err
    with PostgresStore(pg_url) as store:
        assert [c for _, c in store.read()] == source  # ids, recorded_at, order
        assert [e.id for _, e in store.read_events()] == ["kyiv"]
    with CasualtyLog.open(tmp_path / "back.db") as log:
        assert list(log) == source


def test_credentials_from_the_libpq_environment(
    pg_cluster: Cluster, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbname = pg_url.split("dbname=")[1].split()[0]
    for name, value in {"PGHOST": str(pg_cluster.root), "PGPORT": "5432", "PGDATABASE": dbname}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PGUSER", "postgres")
    monkeypatch.setenv("PGPASSWORD", "env-s3cret")
    with PostgresStore("", create=True) as store:
        assert store.append(_claims(1)).stored == 1
        assert "env-s3cret" not in store.url + repr(store)
        assert store.url == "postgresql:// (from the PG* environment)"
