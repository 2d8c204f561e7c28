"""Recognising a database as a store, or making an empty one a store.

Writers opening one new database at once take turns at an advisory lock, so
exactly one creates the tables and the others find them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from casualtylog.store._schema import APPLICATION_ID
from casualtylog.store.errors import NotAStoreError, StoreCorruptError, StoreVersionError
from casualtylog.store.postgres import _schema

if TYPE_CHECKING:
    from psycopg import Connection

__all__ = ["prepare"]


def prepare(conn: Connection[Any], url: str, create: bool) -> int:
    """Check that the database is a store (creating one in an empty database if ``create``); its schema version.

    Raises:
        NotAStoreError: another application's database, or an empty one without ``create``.
        StoreVersionError: a store written by a newer casualtylog.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (APPLICATION_ID, _schema.LOCK_SCHEMA))
        (marker,) = conn.execute("SELECT to_regclass('casualtylog_meta')").fetchone() or (None,)
        if marker is None:
            _create(conn, url, create)
        meta = dict(conn.execute("SELECT key, value FROM casualtylog_meta").fetchall())
    if meta.get("app") != _schema.APP:
        raise NotAStoreError(
            url,
            f"its casualtylog_meta table was made by another application (app {str(meta.get('app'))[:60]!r})",
            "use a database (or schema) of its own for casualtylog",
        )
    try:
        version = int(meta.get("schema_version", "0"))
    except ValueError:
        version = 0
    if version > _schema.SCHEMA_VERSION:
        raise StoreVersionError(url, version, _schema.SCHEMA_VERSION)
    if version < 1:
        raise StoreCorruptError(
            url, "open", f"casualtylog_meta holds no valid schema_version ({str(meta.get('schema_version'))[:40]!r})"
        )
    return version


def _create(conn: Connection[Any], url: str, create: bool) -> None:
    tables = [
        str(name)
        for (name,) in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
        ).fetchall()
    ]
    if tables:
        listing = ", ".join(tables[:8]) + (", …" if len(tables) > 8 else "")
        raise NotAStoreError(
            url,
            f"the database has tables but no casualtylog_meta marker: it belongs to another application (tables: {listing})",
            "use an empty database (or schema) for casualtylog",
        )
    if not create:
        raise NotAStoreError(
            url,
            "the database is empty",
            "run 'casualtylog pg-init' or pass create=True, as its owner, to make it a store",
        )
    for statement in _schema.DDL:
        conn.execute(statement)
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO casualtylog_meta (key, value) VALUES (%s, %s)",
            [
                ("app", _schema.APP),
                ("schema_version", str(_schema.SCHEMA_VERSION)),
                ("created_at", datetime.now(UTC).isoformat()),
            ],
        )
