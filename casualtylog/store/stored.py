"""Opening a claim store: :func:`open_store`, and the two ways to hold it open.

Two ways to hold a store open:

- :class:`StoredLog` (the default) loads every claim into the in-memory
  per-count index on open and answers queries from memory, exactly as
  :class:`~casualtylog.CasualtyLog` does; before each query it loads the rows
  other processes appended since it last looked (:meth:`StoredLog.refresh`).
- :class:`LazyStoredLog` (``open_store(path, lazy=True)``) loads nothing on
  open and reads the claims of one count from SQL, through the indexes, each
  time it resolves that count: opening is instant and memory stays small,
  whatever the size of the store.

Both are a :class:`~casualtylog.CasualtyLog` over a
:class:`~casualtylog.store.sqlite.SQLiteStore` (the storage contract,
:mod:`casualtylog.store.contract`), so both write the same way: each
``add``/``extend`` is one SQLite transaction. The classes live in
:mod:`casualtylog.store.eager` and :mod:`casualtylog.store.lazy`; this module
re-exports them. :meth:`CasualtyLog.open <casualtylog.CasualtyLog.open>` opens
PostgreSQL databases too (:func:`casualtylog.store.opening.open_log`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from casualtylog.store.eager import DEFAULT_TIMEOUT, StoredLog, StorePath
from casualtylog.store.lazy import LazyStoredLog

__all__ = ["DEFAULT_TIMEOUT", "LazyStoredLog", "StoredLog", "open_store"]


def open_store(
    path: StorePath,
    *,
    clock: Callable[[], datetime] | None = None,
    tz: str | tzinfo | None = None,
    create: bool = True,
    lazy: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> StoredLog:
    """Open (or create) the claim store at ``path``.

    >>> import tempfile
    >>> from pathlib import Path
    >>> tmp = tempfile.TemporaryDirectory()
    >>> with open_store(Path(tmp.name) / "claims.db") as log:
    ...     log
    <StoredLog '.../claims.db': 0 claims about 0 counts>
    >>> open_store(Path(tmp.name) / "missing.db", create=False)
    Traceback (most recent call last):
    ...
    casualtylog.store.errors.StoreNotFoundError: cannot open store '.../missing.db': no such file; check the path, or pass create=True to start a new store
    >>> tmp.cleanup()

    Args:
        path: the store file.
        clock: returns "now" for ``recorded_at``; inject one in tests.
        tz: the timezone for naive times in dict input and queries.
        create: make a new store when ``path`` does not exist or is an empty file.
        lazy: keep no claims in memory and read each count from SQL when it is
            resolved (:class:`LazyStoredLog`); the default loads every claim on
            open (:class:`StoredLog`).
        timeout: seconds a write waits for another process's write.

    Raises:
        StoreError: the file is missing (with ``create=False``), unreadable,
            read-only, not a casualtylog store, or from a newer casualtylog;
            the subclasses in :mod:`casualtylog.store.errors` say which.
    """
    kind = LazyStoredLog if lazy else StoredLog
    return kind(path, clock=clock, tz=tz, create=create, timeout=timeout)
