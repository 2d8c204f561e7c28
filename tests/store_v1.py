"""A store as casualtylog wrote it before the hash chain (schema version 1), for migration tests.

The statements are those of ``casualtylog/store/_schema.py`` at schema version 1, frozen here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

V1_SCHEMA: tuple[str, ...] = (
    "CREATE TABLE meta (\n    key   TEXT PRIMARY KEY,\n    value TEXT NOT NULL\n) WITHOUT ROWID",
    "CREATE TABLE claims (\n    seq              INTEGER PRIMARY KEY,  -- rowid: the order claims entered the store\n    id               TEXT NOT NULL UNIQUE, -- Claim.id, the content hash: the claim's key\n    event            TEXT NOT NULL,\n    metric           TEXT NOT NULL,\n    grp              TEXT,                 -- the group; NULL for everyone\n    reported_at_utc  TEXT NOT NULL,        -- fixed-width UTC text: text order is time order\n    available_at_utc TEXT NOT NULL,        -- Claim.available_at, what at= queries compare\n    recorded_at_utc  TEXT NOT NULL,        -- what known_at= queries compare\n    record           TEXT NOT NULL         -- Claim.to_record() as compact JSON\n)",
    "CREATE INDEX claims_by_count_recorded ON claims (event, metric, grp, recorded_at_utc)",
    "CREATE INDEX claims_by_count_available ON claims (event, metric, grp, available_at_utc)",
    "CREATE INDEX claims_by_recorded ON claims (recorded_at_utc)",
    "CREATE TRIGGER claims_no_update BEFORE UPDATE ON claims\nBEGIN\n    SELECT RAISE(ABORT, 'casualtylog store is append-only: claims are never updated; add a new claim that supersedes it');\nEND",
    "CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims\nBEGIN\n    SELECT RAISE(ABORT, 'casualtylog store is append-only: claims are never deleted; add a new claim that retracts it');\nEND",
    "CREATE TRIGGER claims_no_replace BEFORE INSERT ON claims\nWHEN EXISTS (SELECT 1 FROM claims WHERE id = NEW.id)\nBEGIN\n    SELECT RAISE(IGNORE);\nEND",
)

V1_COLUMNS = "id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record"


def make_v1_store(path: Path, rows: list[tuple[str, str, str, str | None, str, str, str, str]]) -> None:
    """A version 1 store at ``path`` holding ``rows`` (the eight v1 columns), triggers and all."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN")
        for statement in V1_SCHEMA:
            conn.execute(statement)
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("format", "casualtylog claim store"), ("application_id", "0x63617375"), ("schema_version", "1")],
        )
        conn.executemany(f"INSERT INTO claims ({V1_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)  # noqa: S608 - constant columns
        conn.execute("PRAGMA application_id = 1667330933")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("COMMIT")
    finally:
        conn.close()
