"""A store as casualtylog wrote it before events were stored (schema version 2), for migration tests.

The statements are those of ``casualtylog/store/_schema.py`` at schema version 2 (main at
commit 6c16abd), frozen here; the rows are chained as that version chained them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casualtylog.claims import Claim
from casualtylog.store import _chain
from casualtylog.store._codec import encode
from tests.store_v1 import V1_SCHEMA

V2_SCHEMA: tuple[str, ...] = (
    V1_SCHEMA[0],
    V1_SCHEMA[1].replace(
        "record           TEXT NOT NULL         -- Claim.to_record() as compact JSON\n)",
        "record           TEXT NOT NULL,        -- Claim.to_record() as compact JSON\n"
        "    hash             TEXT                  -- the hash chain: covers this row and the previous hash\n)",
    ),
    *V1_SCHEMA[2:],
)

V2_COLUMNS = "seq, id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record, hash"


def make_v2_store(path: Path, claims: list[Claim]) -> str:
    """A version 2 store at ``path`` holding ``claims`` (each with ``recorded_at``), chained; its head."""
    assert "hash" in V2_SCHEMA[1]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN")
        for statement in V2_SCHEMA:
            conn.execute(statement)
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("format", "casualtylog claim store"), ("application_id", "0x63617375"), ("schema_version", "2")],
        )
        previous = _chain.GENESIS
        for seq, claim in enumerate(claims, start=1):
            row = encode(claim)
            previous = _chain.link(previous, seq, row)
            conn.execute(f"INSERT INTO claims ({V2_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (seq, *row, previous))  # noqa: S608 - constant columns
        head = f"{len(claims)}:{previous}"
        conn.execute("INSERT INTO meta (key, value) VALUES ('head', ?)", (head,))
        conn.execute("PRAGMA application_id = 1667330933")
        conn.execute("PRAGMA user_version = 2")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return head
