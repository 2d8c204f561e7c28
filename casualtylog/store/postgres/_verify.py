"""Checking a PostgreSQL store end to end, as :mod:`casualtylog.store.verify` does a SQLite one.

Problems carry the same kinds (``guard``, ``gap``, ``chain``, ``record``,
``columns``, ``head``); ``head`` compares each chain's end with the last row of
``heads``, which every batch appends to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from casualtylog.store import _chain, _events
from casualtylog.store.errors import StoreCorruptError
from casualtylog.store.postgres import _schema
from casualtylog.store.verify import VerifyReport, _record, _short, _Walk, parse_head

if TYPE_CHECKING:
    from psycopg import Connection

__all__ = ["missing_guards", "verify_postgres"]

_CHUNK = 5_000


def missing_guards(conn: Connection[Any]) -> list[str]:
    """The append-only triggers that are missing or disabled, e.g. ``['trigger claims_append_only is disabled']``."""
    state = {
        str(name): str(enabled)
        for name, enabled in conn.execute(
            "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = ANY(%s::regclass[])",
            (list(_schema.TABLES),),
        ).fetchall()
    }
    return [
        f"trigger {t} is {'missing (dropped' if t not in state else 'disabled (altered'} outside casualtylog)"
        for t in _schema.TRIGGERS
        if state.get(t, "D") == "D"
    ]


def _noted(conn: Connection[Any], table: str) -> str | None:
    row = conn.execute("SELECT seq, hash FROM heads WHERE tbl = %s ORDER BY seq DESC LIMIT 1", (table,)).fetchone()
    return None if row is None else f"{row[0]}:{row[1]}"


def verify_postgres(conn: Connection[Any], url: str, *, head: str | None = None, records: bool = True) -> VerifyReport:
    """Check the store open on ``conn``; ``head`` is a ``'SEQ:HASH'`` noted earlier."""
    walk = _Walk(Path(url), 100)
    for problem in missing_guards(conn):
        walk.add("guard", None, f"{problem}; the store is not protected")
    anchor = parse_head(head) if head is not None else None
    anchor_ok = anchor is None
    previous, last, rows, seq = _chain.GENESIS, 0, 0, 0
    with conn.transaction():  # one snapshot: writers appending meanwhile do not move the end
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        while True:
            chunk = conn.execute(
                "SELECT seq, id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record, hash"
                " FROM claims WHERE seq > %s ORDER BY seq LIMIT %s",
                (seq, _CHUNK),
            ).fetchall()
            if not chunk:
                break
            for row in chunk:
                seq = int(row[0])
                rows += 1
                if seq != last + 1:
                    where = f"rows {last + 1}–{seq - 1} are" if seq > last + 2 else f"row {last + 1} is"
                    walk.add("gap", seq, f"{where} missing before it (deleted outside casualtylog)")
                expected = _chain.link(previous, seq, row[1:9])
                if row[9] != expected:
                    walk.add("chain", seq, "its hash does not match its columns and the previous row's hash")
                if anchor is not None and seq == anchor[0]:
                    anchor_ok = row[9] == anchor[1] == expected
                if records:
                    _record(walk, seq, row[1:])
                previous, last = str(row[9]), seq
        actual = f"{last}:{previous}" if rows else None
        noted = _noted(conn, "claims")
        if noted != actual:
            walk.add(
                "head",
                None,
                f"the store noted its last row as {_short(noted)} but it ends at {_short(actual)}: "
                "rows were removed from the end, or added without casualtylog",
            )
        _walk_events(conn, walk, url)
    if not anchor_ok and anchor is not None:
        walk.add("head", anchor[0], f"the head given ({anchor[0]}:{anchor[1][:12]}…) is not in the chain")
    return VerifyReport(
        url,
        rows,
        actual,
        tuple(walk.problems),
        walk.found > len(walk.problems),
        frozenset(p.kind for p in walk.problems),
    )


def _walk_events(conn: Connection[Any], walk: _Walk, url: str) -> None:
    previous, last = _chain.GENESIS, 0
    rows = conn.execute("SELECT seq, event, digest, recorded_at_utc, record, hash FROM events ORDER BY seq").fetchall()
    for seq, event_id, digest, when, record, stored in rows:
        if seq != last + 1:
            walk.add("gap", seq, f"table events: declarations {last + 1}–{seq - 1} are missing before it (deleted)")
        if stored != _chain.link(previous, seq, (event_id, digest, when, record)):
            walk.add("chain", seq, "table events: its hash does not match its columns and the previous declaration's")
        try:
            _events.decode(record, digest, event_id, seq=seq, path=url)
        except StoreCorruptError as exc:
            walk.add("record", seq, f"table events: {exc.problem}")
        previous, last = str(stored), int(seq)
    actual = f"{last}:{previous}" if last else None
    noted = _noted(conn, "events")
    if noted != actual:
        walk.add("head", None, f"table events: noted as ending at {_short(noted)} but ends at {_short(actual)}")
