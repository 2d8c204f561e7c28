"""Bringing a store written by an older casualtylog up to :data:`~casualtylog.store.SCHEMA_VERSION`.

Version 1 → 2 adds the hash chain: the ``hash`` column, filled for every
existing row in ``seq`` order. The chain then vouches for the rows *as they
were found* at migration; a row that cannot be read as a claim is still
chained (its data is kept) and reported by ``verify``. The migration is one
transaction: a crash leaves the store at version 1, migrated again on the next
open.

Version 2 → 3 adds the ``events`` table and its triggers (empty: events
were not stored before).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casualtylog.store import _chain, _events, _schema

__all__ = ["migrate"]

_CHUNK = 10_000


def migrate(conn: sqlite3.Connection, path: str | Path) -> None:
    """Migrate the store open on ``conn`` to the current schema, if it is older (idempotent)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if int(version) == 1:
            _schema.check(conn, path)
            _v1_to_v2(conn)
            version = 2
        if int(version) == 2:
            _schema.check(conn, path)
            _v2_to_v3(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    guarded = "trigger claims_no_update" not in _schema.missing_guards(conn)
    conn.execute("ALTER TABLE claims ADD COLUMN hash TEXT")
    # The rows are updated once, to add their hash: lift the guard for this
    # transaction only, and put it back only if it was there (a store whose
    # trigger someone dropped keeps showing that in verify).
    conn.execute("DROP TRIGGER IF EXISTS claims_no_update")
    previous, seq = _chain.GENESIS, 0
    while True:
        rows = conn.execute(
            "SELECT seq, id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record"
            " FROM claims WHERE seq > ? ORDER BY seq LIMIT ?",
            (seq, _CHUNK),
        ).fetchall()
        if not rows:
            break
        updates = []
        for seq, *columns in rows:
            previous = _chain.link(previous, seq, columns)
            updates.append((previous, seq))
        conn.executemany("UPDATE claims SET hash = ? WHERE seq = ?", updates)
    if seq:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)", (f"{seq}:{previous}",))
    if guarded:
        conn.execute(next(s for s in _schema.SCHEMA if "TRIGGER claims_no_update" in s))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(2),))
    # PRAGMA takes no parameters; the value is an integer constant.
    conn.execute("PRAGMA user_version = 2")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    for statement in _events.SCHEMA:
        conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(3),))
    # PRAGMA takes no parameters; the value is an integer constant.
    conn.execute("PRAGMA user_version = 3")
