"""The ``events`` table: every declaration of an event, append-only, in a hash chain of its own.

Each row is one declaration: the event id, the record
(:meth:`Event.record <casualtylog.events.Event.record>` as canonical JSON:
sorted keys, compact), ``digest`` (the SHA-256 of that JSON, the content
hash), ``recorded_at_utc`` and ``hash``. Declaring again what is already the
standing version of an event writes nothing; a revision is a new row, so the
rows read in ``seq`` order give the registry back with every version.

The chain is separate from the claims' chain (so claim heads noted before
schema version 3 stay valid): ``hash`` is the SHA-256 of ``[previous row's
hash, seq, event, digest, recorded_at_utc, record]``, starting from
:data:`~casualtylog.store._chain.GENESIS`, and ``meta`` notes the last row
as ``events_head``.

>>> from casualtylog.events import Event
>>> record, digest = encode(Event.of({"id": "quake", "when": "2015-04-25"}))
>>> record
'{"id":"quake","when":"2015-04-25"}'
>>> decode(record, digest, "quake", seq=1).when.start
datetime.date(2015, 4, 25)
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from casualtylog.errors import CasualtyLogError
from casualtylog.events import Event, to_event
from casualtylog.store import _chain
from casualtylog.store.errors import StoreCorruptError

__all__ = ["SCHEMA", "TRIGGERS", "EventRow", "decode", "encode", "insert", "rows_since", "walk"]

_APPEND_ONLY = "casualtylog store is append-only"

#: The triggers that keep ``events`` append-only.
TRIGGERS = ("events_no_update", "events_no_delete", "events_no_replace")

SCHEMA: tuple[str, ...] = (
    """CREATE TABLE events (
    seq             INTEGER PRIMARY KEY,  -- the order declarations entered the store
    event           TEXT NOT NULL,        -- Event.id
    digest          TEXT NOT NULL,        -- SHA-256 of record: the declaration's content hash
    recorded_at_utc TEXT NOT NULL,        -- when it was stored
    record          TEXT NOT NULL,        -- Event.record() as canonical JSON
    hash            TEXT NOT NULL         -- the events' hash chain
)""",
    f"""CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, '{_APPEND_ONLY}: events are never updated; declare the event again to revise it');
END""",
    f"""CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, '{_APPEND_ONLY}: events are never deleted; declare the event again to revise it');
END""",
    # INSERT OR REPLACE deletes the old row without firing delete triggers.
    """CREATE TRIGGER events_no_replace BEFORE INSERT ON events
WHEN EXISTS (SELECT 1 FROM events WHERE seq = NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'casualtylog store is append-only: a declaration is never replaced');
END""",
)

EventRow = tuple[int, str, str, str, str, str]
"""``(seq, event, digest, recorded_at_utc, record, hash)``."""

_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def encode(event: Event) -> tuple[str, str]:
    """``(record, digest)``: the event as canonical JSON and its SHA-256."""
    record = _JSON.encode(event.record())
    return record, hashlib.sha256(record.encode("utf-8", "surrogatepass")).hexdigest()


def decode(record: str, digest: str, event_id: str, *, seq: int, path: str | Path = "<store>") -> Event:
    """The event of row ``seq``.

    Raises:
        StoreCorruptError: the record is not an event, its digest or its id column disagree with it.
    """
    problem = None
    if hashlib.sha256(record.encode("utf-8", "surrogatepass")).hexdigest() != digest:
        problem = "its digest is not the SHA-256 of its record"
    else:
        try:
            event = to_event(json.loads(record))
        except (ValueError, CasualtyLogError) as exc:
            problem = f"its record is not an event ({str(exc)[:200]})"
        else:
            if event.id == event_id:
                return event
            problem = f"column event holds {event_id[:80]!r} but the record says {event.id[:80]!r}"
    raise StoreCorruptError(
        path,
        "read",
        f"row {seq} of table 'events': {problem}",
        "the file was changed outside casualtylog; run 'casualtylog verify' on it and restore it from a copy",
    )


def tail(conn: sqlite3.Connection) -> tuple[int, str]:
    """The last declaration's ``(seq, hash)``; ``(0, GENESIS)`` when there is none."""
    last = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, _chain.GENESIS) if last is None else (int(last[0]), str(last[1]))


def insert(conn: sqlite3.Connection, event: Event, recorded_at: datetime) -> int:
    """Append one declaration after the last, chained to it; its ``seq``. Call inside the write transaction."""
    record, digest = encode(event)
    seq, previous = tail(conn)
    seq += 1
    when = recorded_at.isoformat()
    chained = _chain.link(previous, seq, (event.id, digest, when, record))
    conn.execute(
        "INSERT INTO events (seq, event, digest, recorded_at_utc, record, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, event.id, digest, when, record, chained),
    )
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('events_head', ?)", (f"{seq}:{chained}",))
    return seq


def rows_since(conn: sqlite3.Connection, seq: int) -> list[EventRow]:
    """The declarations stored after row ``seq``, in order."""
    return list(
        conn.execute(
            "SELECT seq, event, digest, recorded_at_utc, record, hash FROM events WHERE seq > ? ORDER BY seq", (seq,)
        )
    )


def walk(conn: sqlite3.Connection, path: Path) -> Iterator[tuple[str, int | None, str]]:
    """Check every declaration: gaps, the chain, each record, and the noted head;
    yield ``(kind, seq, message)`` for each problem (kinds as for claims)."""
    previous, last = _chain.GENESIS, 0
    for seq, event_id, digest, when, record, stored in rows_since(conn, -(2**63)):
        if seq != last + 1:
            yield "gap", seq, f"table events: declarations {last + 1}–{seq - 1} are missing before it (deleted)"
        if stored != _chain.link(previous, seq, (event_id, digest, when, record)):
            yield (
                "chain",
                seq,
                "table events: its hash does not match its columns and the previous declaration's hash: "
                "it was changed, or a declaration before it was removed or inserted",
            )
        try:
            decode(record, digest, event_id, seq=seq, path=path)
        except StoreCorruptError as exc:
            yield "record", seq, f"table events: {exc.problem}"
        previous, last = stored, seq
    found = conn.execute("SELECT value FROM meta WHERE key = 'events_head'").fetchone()
    noted = None if found is None else str(found[0])
    actual = f"{last}:{previous}" if last else None
    if noted != actual:
        yield (
            "head",
            None,
            f"table events: the store noted its last declaration as {noted or 'nothing'} but it ends at "
            f"{actual or 'nothing'}: declarations were removed from the end, or added without casualtylog",
        )
