"""The SQL the store runs, every statement parameterised.

Queries that select the claims of one count filter on the indexed columns
``(event, metric, grp, recorded_at_utc)`` and ``(event, metric, grp,
available_at_utc)``, so a ``known_at=`` or ``at=`` query reads only the rows it
returns, however large the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime

from casualtylog.claims import Count
from casualtylog.periods import parse_period
from casualtylog.store import _chain
from casualtylog.store._codec import Row, bound_text

__all__ = [
    "INSERT",
    "StoredRow",
    "all_visible_rows",
    "chunk_since",
    "count_exists",
    "counts",
    "explain",
    "insert",
    "max_recorded",
    "rows_by_id",
    "rows_since",
    "set_head",
    "size",
    "stored_head",
    "tail",
    "visible_rows",
    "vouched",
]

INSERT = (
    "INSERT OR IGNORE INTO claims"
    " (seq, id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

StoredRow = tuple[int, str, str]
"""``(seq, id, record)``."""


def _visible_sql(
    count: Count | None, at: datetime | None, known_at: datetime | None, order: str
) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if count is not None:
        where.append("event = ? AND metric = ? AND grp IS ?")
        params += [count.event, count.metric, count.group]
    if at is not None:
        where.append("available_at_utc <= ?")
        params.append(bound_text(at))
    if known_at is not None:
        where.append("recorded_at_utc <= ?")
        params.append(bound_text(known_at))
    sql = "SELECT seq, id, record FROM claims"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return f"{sql} ORDER BY {order}", params


def visible_rows(
    conn: sqlite3.Connection, count: Count, at: datetime | None = None, known_at: datetime | None = None
) -> list[StoredRow]:
    """The rows of ``count`` said by ``at`` and recorded by ``known_at``, in the order they were stored."""
    sql, params = _visible_sql(count, at, known_at, "seq")
    return list(conn.execute(sql, params))


def all_visible_rows(
    conn: sqlite3.Connection, at: datetime | None = None, known_at: datetime | None = None
) -> Iterator[tuple[Count, StoredRow]]:
    """Every visible row, grouped by count (read through the count index), each group in stored order."""
    where_sql, params = _visible_sql(None, at, known_at, "event, metric, grp, seq")
    sql = where_sql.replace("SELECT seq, id, record", "SELECT event, metric, grp, seq, id, record", 1)
    for event, metric, group, seq, claim_id, record in conn.execute(sql, params):
        yield Count(event, metric, group), (seq, claim_id, record)


def explain(
    conn: sqlite3.Connection, count: Count, at: datetime | None = None, known_at: datetime | None = None
) -> list[str]:
    """SQLite's plan for :func:`visible_rows`, one line per step."""
    sql, params = _visible_sql(count, at, known_at, "seq")
    return [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def rows_since(conn: sqlite3.Connection, seq: int, limit: int = -1) -> sqlite3.Cursor:
    """The rows stored after row ``seq``, in order; at most ``limit`` of them if it is not negative."""
    return conn.execute("SELECT seq, id, record FROM claims WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit))


def chunk_since(conn: sqlite3.Connection, seq: int, limit: int) -> list[StoredRow]:
    """At most ``limit`` rows stored after row ``seq``, in order."""
    return list(rows_since(conn, seq, limit))


def rows_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> list[StoredRow]:
    """The rows with these claim ids (in stored order); unknown ids are skipped."""
    out: list[StoredRow] = []
    for claim_id in ids:
        out += conn.execute("SELECT seq, id, record FROM claims WHERE id = ?", (claim_id,))
    return sorted(out)


def count_exists(conn: sqlite3.Connection, count: Count) -> bool:
    """Whether any claim is about ``count``."""
    sql = "SELECT 1 FROM claims WHERE event = ? AND metric = ? AND grp IS ? LIMIT 1"
    return conn.execute(sql, (count.event, count.metric, count.group)).fetchone() is not None


def counts(conn: sqlite3.Connection) -> list[Count]:
    """Every count with a claim, in no particular order."""
    return [Count(*row) for row in conn.execute("SELECT DISTINCT event, metric, grp FROM claims")]


def counts_with_periods(conn: sqlite3.Connection) -> list[Count]:
    """Every count with a claim, periods included (read from the records), in no particular order."""
    sql = "SELECT DISTINCT event, metric, grp, json_extract(record, '$.period') FROM claims"
    return [Count(e, m, g, None if p is None else parse_period(p)) for e, m, g, p in conn.execute(sql)]


def size(conn: sqlite3.Connection) -> int:
    """How many claims the store holds."""
    (n,) = conn.execute("SELECT count(*) FROM claims").fetchone()
    return int(n)


def max_recorded(conn: sqlite3.Connection) -> str | None:
    """The latest ``recorded_at_utc`` in the store (read from its index), or ``None``."""
    (latest,) = conn.execute("SELECT max(recorded_at_utc) FROM claims").fetchone()
    return None if latest is None else str(latest)


def vouched(conn: sqlite3.Connection, seq: int) -> bool:
    """Whether row ``seq`` is as casualtylog wrote it: its hash covers its columns and
    the previous row's hash (so a record that does not read back was stored by
    casualtylog itself, not changed behind its back)."""
    rows = conn.execute(
        "SELECT seq, id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record, hash"
        " FROM claims WHERE seq <= ? ORDER BY seq DESC LIMIT 2",
        (seq,),
    ).fetchall()
    if not rows or rows[0][0] != seq or rows[0][9] is None:
        return False
    previous = str(rows[1][9]) if len(rows) > 1 else _chain.GENESIS
    return bool(rows[0][9] == _chain.link(previous, seq, rows[0][1:9]))


def tail(conn: sqlite3.Connection) -> tuple[int, str]:
    """The last row's ``(seq, hash)``; ``(0, GENESIS)`` for an empty store."""
    last = conn.execute("SELECT seq, hash FROM claims ORDER BY seq DESC LIMIT 1").fetchone()
    if last is None:
        return 0, _chain.GENESIS
    return int(last[0]), str(last[1])


def insert(conn: sqlite3.Connection, row: Row) -> int | None:
    """Insert ``row`` after the last row, chained to it; its ``seq``, or ``None`` when a
    claim with its id is already stored. Call inside the write transaction."""
    seq, previous = tail(conn)
    seq += 1
    digest = _chain.link(previous, seq, row)
    cursor = conn.execute(INSERT, (seq, *row, digest))
    if cursor.rowcount != 1:
        return None
    set_head(conn, seq, digest)
    return seq


def set_head(conn: sqlite3.Connection, seq: int, digest: str) -> None:
    """Note the chain's head in ``meta``, so that removing the last rows shows."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)", (f"{seq}:{digest}",))


def stored_head(conn: sqlite3.Connection) -> str | None:
    """The head noted in ``meta`` (``'SEQ:HASH'``), or ``None``."""
    found = conn.execute("SELECT value FROM meta WHERE key = 'head'").fetchone()
    return None if found is None else str(found[0])
