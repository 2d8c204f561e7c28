"""StoredLog: a :class:`~casualtylog.CasualtyLog` over a SQLite file, indexed in memory.

All of a log's behaviour is :class:`~casualtylog.CasualtyLog`'s; the file is
a :class:`~casualtylog.store.sqlite.SQLiteStore` behind it. This class only
names that pairing (``open_store(path)`` returns one) and adds what is
particular to SQLite: the file's :attr:`~StoredLog.path`, index-backed
:meth:`~StoredLog.visible_claims` and their :meth:`~StoredLog.query_plan`.
:class:`~casualtylog.store.LazyStoredLog` is the variant that keeps nothing in memory.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from casualtylog.claims import Claim, Count
from casualtylog.log import CasualtyLog
from casualtylog.store._codec import decode
from casualtylog.store.sqlite import DEFAULT_TIMEOUT, SQLiteStore
from casualtylog.times import TimeInput

__all__ = ["DEFAULT_TIMEOUT", "StorePath", "StoredLog"]

StorePath = str | os.PathLike[str]


class StoredLog(CasualtyLog):
    """A claim log kept in a SQLite file, loaded into memory on open.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from casualtylog.store import open_store
    >>> tmp = tempfile.TemporaryDirectory()
    >>> with open_store(Path(tmp.name) / "claims.db") as log:
    ...     ten = log.add({"event": "kyiv", "metric": "dead", "figure": "10", "source": "Ukrainian authorities",
    ...                    "reported_at": "2025-04-24T09:00+03:00"})
    ...     _ = log.add(ten.revised(figure="12", reported_at="2025-04-24T14:00+03:00"))
    >>> with open_store(Path(tmp.name) / "claims.db") as log:
    ...     print(len(log), log.resolve("kyiv", "killed").best)
    2 12
    >>> tmp.cleanup()

    It behaves like :class:`~casualtylog.CasualtyLog`, and also (the storage
    contract, docs/store.md):

    - every ``add``/``extend`` is one transaction, durable when the call returns;
    - ``recorded_at`` is the log's clock at commit, taken while holding the
      store's write lock and never earlier than any claim already stored, so
      the recorded clock runs forwards across processes too (a claim that
      arrives with ``recorded_at`` keeps it, as in memory);
    - re-adding a claim (same :attr:`Claim.id`) is a no-op, even when another
      process stored it first; ``extend`` returns how many claims *this call*
      stored;
    - queries first load what other processes appended (:meth:`refresh`);
    - declared events (:meth:`add_event`) are stored too, each declaration a
      row, and come back with their versions on open.

    Use it from one thread at a time or share it between threads (a lock
    serialises its use), but open it anew in each process.

    Args:
        path: the store file; created (with its directory's -wal and -shm
            companions) if missing and ``create`` is true.
        clock: returns "now" for ``recorded_at``; inject one in tests.
        tz: the timezone for naive times in dict input and queries.
        create: make a new store if ``path`` does not exist (or is empty).
        timeout: seconds to wait for another process's write.

    Raises:
        StoreError: the file cannot be opened as a store; the subclasses in
            :mod:`casualtylog.store.errors` say why.
    """

    _lazy = False

    def __init__(
        self,
        path: StorePath,
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str | tzinfo | None = None,
        create: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        # The decoder is looked up here, at open, so that a test can count what a log decodes.
        self._file = SQLiteStore(path, create=create, timeout=timeout, decode=decode)
        try:
            super().__init__(clock=clock, tz=tz, store=self._file, lazy=self._lazy)
        except BaseException:
            self._file.close()
            raise

    @property
    def path(self) -> Path:
        """The store file."""
        return self._file.path

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._file.closed

    @property
    def _conn(self) -> sqlite3.Connection | None:
        # The open connection, for tests that trace the SQL a query runs.
        return self._file._conn

    def __repr__(self) -> str:
        if self.closed:
            return f"<{type(self).__name__} {str(self.path)!r}: closed>"
        if self._lazy:
            return f"<{type(self).__name__} {str(self.path)!r}: open>"
        return (
            f"<{type(self).__name__} {str(self.path)!r}: {len(self._by_id)} claims about {len(self._by_count)} counts>"
        )

    def visible_claims(
        self,
        event: str,
        metric: str,
        group: str | None = None,
        *,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> list[Claim]:
        """The claims about one count said by ``at`` and recorded by ``known_at``, read
        from the file through its indexes (only those rows are read), in stored order.

        >>> import tempfile
        >>> from pathlib import Path
        >>> from casualtylog.store import open_store
        >>> tmp = tempfile.TemporaryDirectory()
        >>> times = iter(["2025-05-01T10:00Z", "2025-05-02T10:00Z"])
        >>> clock = lambda: datetime.fromisoformat(next(times))
        >>> with open_store(Path(tmp.name) / "claims.db", clock=clock) as log:
        ...     _ = log.add({"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-04-30"})
        ...     _ = log.add({"event": "e", "metric": "killed", "figure": "5", "source": "s", "reported_at": "2025-05-01"})
        ...     [str(c.figure) for c in log.visible_claims("e", "killed", known_at="2025-05-01T12:00Z")]
        ['3']
        >>> tmp.cleanup()
        """
        count = Count.of(event, metric, group)
        return self._file.visible_rows(count, self._time(at, "at"), self._time(known_at, "known_at"))

    def query_plan(
        self,
        event: str,
        metric: str,
        group: str | None = None,
        *,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> list[str]:
        """SQLite's plan (``EXPLAIN QUERY PLAN``) for :meth:`visible_claims`, one line per step.

        >>> import tempfile
        >>> from pathlib import Path
        >>> from casualtylog.store import open_store
        >>> tmp = tempfile.TemporaryDirectory()
        >>> with open_store(Path(tmp.name) / "claims.db") as log:
        ...     log.query_plan("e", "killed", known_at="2025-05-01T12:00Z")
        ['SEARCH claims USING INDEX claims_by_count_recorded (event=? AND metric=? AND grp=? AND recorded_at_utc<?)', 'USE TEMP B-TREE FOR ORDER BY']
        >>> tmp.cleanup()
        """
        count = Count.of(event, metric, group)
        return self._file.explain(count, self._time(at, "at"), self._time(known_at, "known_at"))
