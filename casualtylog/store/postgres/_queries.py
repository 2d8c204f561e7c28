"""The SQL the PostgreSQL store runs, every value a ``%s`` parameter.

Table and column names are constants of this package, never input; the
queries that select one count's claims filter on the indexed columns, so they
read only the rows they return.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from casualtylog.claims import Count
from casualtylog.store._codec import bound_text

if TYPE_CHECKING:
    from psycopg import Connection

__all__ = ["CLAIM_COLUMNS", "COPY_CLAIMS", "stored_ids", "tail", "visible_sql"]

CLAIM_COLUMNS = "seq, id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record, hash"
COPY_CLAIMS = f"COPY claims ({CLAIM_COLUMNS}) FROM STDIN"

_TAIL = {
    "claims": "SELECT seq, hash FROM claims ORDER BY seq DESC LIMIT 1",
    "events": "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
}


def tail(conn: Connection[Any], table: str, genesis: str) -> tuple[int, str]:
    """The last row's ``(seq, hash)`` of ``table`` (``claims`` or ``events``); ``(0, genesis)`` when empty."""
    row = conn.execute(_TAIL[table]).fetchone()
    return (0, genesis) if row is None else (int(row[0]), str(row[1]))


def stored_ids(conn: Connection[Any], ids: list[str]) -> dict[str, tuple[int, str]]:
    """``{id: (seq, record)}`` for those of ``ids`` already stored."""
    rows = conn.execute("SELECT id, seq, record FROM claims WHERE id = ANY(%s)", (ids,)).fetchall()
    return {str(i): (int(s), str(r)) for i, s, r in rows}


def visible_sql(count: Count | None, at: datetime | None, known_at: datetime | None) -> tuple[str, list[object]]:
    """``SELECT seq, id, record`` of the claims about ``count`` said by ``at`` and recorded by ``known_at``."""
    where: list[str] = []
    params: list[object] = []
    if count is not None:
        where.append("event = %s AND metric = %s")
        params += [count.event, count.metric]
        # "grp IS NOT DISTINCT FROM %s" would not use the index.
        if count.group is None:
            where.append("grp IS NULL")
        else:
            where.append("grp = %s")
            params.append(count.group)
    if at is not None:
        where.append("available_at_utc <= %s")
        params.append(bound_text(at))
    if known_at is not None:
        where.append("recorded_at_utc <= %s")
        params.append(bound_text(known_at))
    sql = "SELECT seq, id, record FROM claims"  # visible() widens the selection and the order
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY seq", params
