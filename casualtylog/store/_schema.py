"""The store's schema, how a file is recognised as a store, and its version.

A store is a SQLite database whose header carries
``PRAGMA application_id = 0x63617375`` (ASCII "casu") and
``PRAGMA user_version = <schema version>``. A ``meta`` table repeats both in
words for people who open the file with the ``sqlite3`` shell.

>>> import sqlite3
>>> conn = sqlite3.connect(":memory:", isolation_level=None)
>>> initialise(conn)
>>> check(conn, "claims.db")
3
>>> missing_guards(conn)
[]
>>> sorted(name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'"
...                                         " AND name NOT LIKE 'sqlite_%'"))
['claims_by_count_available', 'claims_by_count_recorded', 'claims_by_recorded']
>>> conn.close()
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from casualtylog._version import __version__
from casualtylog.store import _events
from casualtylog.store.errors import NotAStoreError, StoreCorruptError, StoreVersionError

__all__ = [
    "APPLICATION_ID",
    "COLUMNS",
    "INDEXES",
    "SCHEMA_VERSION",
    "TRIGGERS",
    "check",
    "initialise",
    "is_blank",
    "missing_guards",
]

APPLICATION_ID = 0x63617375
"""``PRAGMA application_id`` of every casualtylog store: the bytes of "casu"."""

SCHEMA_VERSION = 3
"""The schema version this casualtylog writes, and the newest it can read.

Version 2 added the hash chain (the ``hash`` column, see
:mod:`casualtylog.store._chain`); version 3 the ``events`` table (see
:mod:`casualtylog.store._events`). Older stores are migrated on open.
"""

#: The columns of ``claims``, in order.
COLUMNS = (
    "seq",
    "id",
    "event",
    "metric",
    "grp",
    "reported_at_utc",
    "available_at_utc",
    "recorded_at_utc",
    "record",
    "hash",
)
#: The triggers that keep ``claims`` append-only.
TRIGGERS = ("claims_no_update", "claims_no_delete", "claims_no_replace", *_events.TRIGGERS)
#: The indexes the queries rely on.
INDEXES = ("claims_by_count_recorded", "claims_by_count_available", "claims_by_recorded")

_APPEND_ONLY = "casualtylog store is append-only"

SCHEMA: tuple[str, ...] = (
    """CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID""",
    """CREATE TABLE claims (
    seq              INTEGER PRIMARY KEY,  -- rowid: the order claims entered the store
    id               TEXT NOT NULL UNIQUE, -- Claim.id, the content hash: the claim's key
    event            TEXT NOT NULL,
    metric           TEXT NOT NULL,
    grp              TEXT,                 -- the group; NULL for everyone
    reported_at_utc  TEXT NOT NULL,        -- fixed-width UTC text: text order is time order
    available_at_utc TEXT NOT NULL,        -- Claim.available_at, what at= queries compare
    recorded_at_utc  TEXT NOT NULL,        -- what known_at= queries compare
    record           TEXT NOT NULL,        -- Claim.to_record() as compact JSON
    hash             TEXT                  -- the hash chain: covers this row and the previous hash
)""",
    "CREATE INDEX claims_by_count_recorded ON claims (event, metric, grp, recorded_at_utc)",
    "CREATE INDEX claims_by_count_available ON claims (event, metric, grp, available_at_utc)",
    "CREATE INDEX claims_by_recorded ON claims (recorded_at_utc)",
    f"""CREATE TRIGGER claims_no_update BEFORE UPDATE ON claims
BEGIN
    SELECT RAISE(ABORT, '{_APPEND_ONLY}: claims are never updated; add a new claim that supersedes it');
END""",
    f"""CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims
BEGIN
    SELECT RAISE(ABORT, '{_APPEND_ONLY}: claims are never deleted; add a new claim that retracts it');
END""",
    # INSERT OR REPLACE deletes the old row without firing delete triggers (unless
    # recursive_triggers is on): make any insert of a known id a no-op instead.
    """CREATE TRIGGER claims_no_replace BEFORE INSERT ON claims
WHEN EXISTS (SELECT 1 FROM claims WHERE id = NEW.id)
BEGIN
    SELECT RAISE(IGNORE);
END""",
    *_events.SCHEMA,
)


def is_blank(conn: sqlite3.Connection) -> bool:
    """Whether the database is empty: no header ids and no schema objects."""
    app_id, version = _header(conn)
    (objects,) = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return app_id == 0 and version == 0 and objects == 0


def initialise(conn: sqlite3.Connection) -> None:
    """Create the schema in a blank database, in one transaction (a no-op if another
    process did it first)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if is_blank(conn):
            for statement in SCHEMA:
                conn.execute(statement)
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("format", "casualtylog claim store"),
                    ("application_id", f"0x{APPLICATION_ID:08x}"),
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("created_by", f"casualtylog {__version__}"),
                    ("created_at", datetime.now(UTC).isoformat()),
                ],
            )
            # PRAGMA takes no parameters; both values are integer constants of this module.
            conn.execute(f"PRAGMA application_id = {int(APPLICATION_ID)}")
            conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _header(conn: sqlite3.Connection) -> tuple[int, int]:
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(app_id), int(version)


def check(conn: sqlite3.Connection, path: str | Path) -> int:
    """The schema version of the store open on ``conn``.

    Raises:
        NotAStoreError: the database belongs to another program, or is a damaged store.
        StoreVersionError: the store was written by a newer casualtylog.
    """
    app_id, version = _header(conn)
    if app_id != APPLICATION_ID:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        owner = "no application id" if app_id == 0 else f"application_id 0x{app_id & 0xFFFFFFFF:08x}"
        listing = ", ".join(tables[:8]) + (", …" if len(tables) > 8 else "") if tables else "none"
        raise NotAStoreError(
            path,
            f"it is a SQLite database but not a casualtylog store ({owner}; tables: {listing})",
        )
    if version > SCHEMA_VERSION:
        raise StoreVersionError(path, version, SCHEMA_VERSION)
    if version < 1:
        raise NotAStoreError(
            path,
            f"it carries the casualtylog application id but schema version {version}, which no casualtylog writes",
            "the file is damaged; restore it from a copy or an export",
        )
    _check_tables(conn, path, version)
    return version


def _check_tables(conn: sqlite3.Connection, path: str | Path, version: int) -> None:
    """Refuse a store whose tables are missing or have other columns than casualtylog made."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("meta", "claims"):
        if table not in tables:
            raise StoreCorruptError(
                path,
                "open",
                f"it carries casualtylog's application id but has no table {table!r}",
                "the file is damaged or was made by another program; restore it from a copy or an export",
            )
    # PRAGMA table_info takes no parameters; the table name is our constant.
    found = [str(row[1]) for row in conn.execute("PRAGMA table_info(claims)")]
    expected = COLUMNS if version >= 2 else COLUMNS[:-1]  # version 2 added the hash
    if found != list(expected):
        missing = [c for c in expected if c not in found]
        extra = [c for c in found if c not in expected]
        what = (
            "; ".join(
                part
                for part in (
                    f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}" if missing else "",
                    f"unexpected column{'s' if len(extra) > 1 else ''} {', '.join(extra)}" if extra else "",
                )
                if part
            )
            or f"its columns are in another order ({', '.join(found)})"
        )
        raise StoreCorruptError(
            path,
            "open",
            f"table 'claims' does not have the columns of a schema version {version} store ({what})",
            "the file is damaged or was changed outside casualtylog; restore it from a copy or an export",
        )
    if version >= 3 and "events" not in tables:
        raise StoreCorruptError(
            path,
            "open",
            "it is a schema version 3 store without its table 'events'",
            "the file is damaged or was changed outside casualtylog; restore it from a copy or an export",
        )


def missing_guards(conn: sqlite3.Connection) -> list[str]:
    """The append-only triggers and query indexes that should exist but do not, e.g. ``['trigger claims_no_delete']``."""
    present = {(kind, name) for kind, name in conn.execute("SELECT type, name FROM sqlite_master")}
    return [f"trigger {t}" for t in TRIGGERS if ("trigger", t) not in present] + [
        f"index {i}" for i in INDEXES if ("index", i) not in present
    ]
