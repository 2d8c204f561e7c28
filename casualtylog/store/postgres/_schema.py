"""The PostgreSQL store's tables, how a database is recognised as one, and its version.

A store is a database (its current schema, as ``search_path`` names it) with a
``casualtylog_meta`` table whose ``app`` row says ``casualtylog`` and whose
``schema_version`` row says which layout the tables have. A database with
other tables and no marker, or another application's marker, is refused, never
written to.

The columns are those of the SQLite store (text times in fixed-width UTC, the
record as canonical JSON, the same hash chain), so that the chain and
``verify`` mean the same on both. ``seq`` is assigned by the writer under the
store's lock rather than by an identity column: a sequence leaves gaps when a
transaction rolls back, and the chain (and ``verify``) treat a gap as a
deleted row.
"""

from __future__ import annotations

from typing import Final

__all__ = ["APP", "DDL", "LOCK_CLAIMS", "LOCK_EVENTS", "LOCK_SCHEMA", "SCHEMA_VERSION", "TABLES", "TRIGGERS"]

APP: Final = "casualtylog"
SCHEMA_VERSION: Final = 1
"""The PostgreSQL schema version this casualtylog writes, and the newest it reads."""

#: Keys of ``pg_advisory_xact_lock(APPLICATION_ID, key)``: writers of one table take turns.
LOCK_SCHEMA: Final = 0
LOCK_CLAIMS: Final = 1
LOCK_EVENTS: Final = 2

#: Every table of a store; the application role may SELECT and INSERT, nothing else.
TABLES: Final = ("casualtylog_meta", "claims", "events", "heads")

#: The triggers that refuse UPDATE, DELETE and TRUNCATE, by table (a second line behind the grants).
TRIGGERS: Final = tuple(f"{table}_{what}" for table in TABLES for what in ("append_only", "no_truncate"))

_TEXT = 'text COLLATE "C"'  # byte order: fixed-width UTC text compares as the instants do

DDL: Final[tuple[str, ...]] = (
    """CREATE TABLE casualtylog_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
)""",
    f"""CREATE TABLE claims (
    seq              bigint PRIMARY KEY CHECK (seq > 0),
    id               {_TEXT} NOT NULL UNIQUE,
    event            {_TEXT} NOT NULL,
    metric           {_TEXT} NOT NULL,
    grp              {_TEXT},
    reported_at_utc  {_TEXT} NOT NULL,
    available_at_utc {_TEXT} NOT NULL,
    recorded_at_utc  {_TEXT} NOT NULL,
    record           text NOT NULL,
    hash             text NOT NULL
)""",
    "CREATE INDEX claims_by_count_recorded ON claims (event, metric, grp, recorded_at_utc)",
    "CREATE INDEX claims_by_count_available ON claims (event, metric, grp, available_at_utc)",
    "CREATE INDEX claims_by_recorded ON claims (recorded_at_utc)",
    f"""CREATE TABLE events (
    seq             bigint PRIMARY KEY CHECK (seq > 0),
    event           {_TEXT} NOT NULL,
    digest          text NOT NULL,
    recorded_at_utc {_TEXT} NOT NULL,
    record          text NOT NULL,
    hash            text NOT NULL
)""",
    # One row per committed batch: the chain's head after it, so that rows removed from the end show.
    """CREATE TABLE heads (
    tbl  text NOT NULL CHECK (tbl IN ('claims', 'events')),
    seq  bigint NOT NULL,
    hash text NOT NULL,
    PRIMARY KEY (tbl, seq)
)""",
    """CREATE FUNCTION casualtylog_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'casualtylog store is append-only: % on table % refused', TG_OP, TG_TABLE_NAME
        USING HINT = 'claims are never changed or removed; add a claim that supersedes or retracts it';
END
$$""",
    *(
        statement
        for table in TABLES
        for statement in (
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION casualtylog_append_only()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION casualtylog_append_only()",
        )
    ),
)
