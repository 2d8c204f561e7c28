"""LazyStoredLog: a :class:`~casualtylog.store.StoredLog` that keeps no claims in memory.

Opened by ``open_store(path, lazy=True)``: opening is instant and memory stays
small, whatever the size of the store. The log asks its
:class:`~casualtylog.store.sqlite.SQLiteStore` (a
:class:`~casualtylog.store.contract.QueryableStore`) on every query instead of
an in-memory index; it writes as :class:`~casualtylog.store.StoredLog` does,
one transaction per ``add``/``extend``.
"""

from __future__ import annotations

from casualtylog.store.eager import StoredLog

__all__ = ["LazyStoredLog"]


class LazyStoredLog(StoredLog):
    """A store that keeps no claims in memory: each query reads what it needs from SQL.

    Opening costs nothing however large the store; resolving a count reads that
    count's visible rows through the count indexes (``at=``/``known_at=``
    filtered in SQL); :meth:`resolve_all` streams the store once, count by count.
    Nothing is cached, so every answer reflects every process's commits. Event
    declarations are few: they are read when first asked for, and kept.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from casualtylog.store import open_store
    >>> tmp = tempfile.TemporaryDirectory()
    >>> path = Path(tmp.name) / "claims.db"
    >>> with open_store(path) as log:
    ...     _ = log.extend([{"event": "e", "metric": "killed", "figure": str(n), "source": "s",
    ...                      "reported_at": f"2025-05-0{n}"} for n in range(1, 4)])
    >>> with open_store(path, lazy=True) as lazy:
    ...     print(len(lazy), lazy.resolve("e", "killed").best, lazy.resolve("e", "killed", at="2025-05-02T12:00Z").best)
    3 3 1
    >>> tmp.cleanup()
    """

    _lazy = True
