"""The embedded claim store: a :class:`~casualtylog.CasualtyLog` kept in a SQLite file.

Standard-library :mod:`sqlite3`, no server. Append-only, one transaction per
``add``/``extend``, durable when the call returns, safe for several processes
appending at once. See ``docs/store.md``.

>>> import tempfile
>>> from pathlib import Path
>>> from casualtylog.store import open_store
>>> tmp = tempfile.TemporaryDirectory()
>>> with open_store(Path(tmp.name) / "claims.db") as log:
...     _ = log.add({"event": "kyiv", "metric": "dead", "figure": "12",
...                  "source": "Kyiv City Military Administration", "reported_at": "2025-04-24T14:00+03:00"})
>>> with open_store(Path(tmp.name) / "claims.db") as log:
...     print(log.resolve("kyiv", "killed"))
kyiv / killed: 12
>>> tmp.cleanup()
"""

from casualtylog.store._schema import APPLICATION_ID, SCHEMA_VERSION
from casualtylog.store.errors import (
    NotAStoreError,
    StoreBusyError,
    StoreClosedError,
    StoreCorruptError,
    StoreNotFoundError,
    StoreOperationError,
    StoreReadOnlyError,
    StoreVersionError,
)
from casualtylog.store.stored import DEFAULT_TIMEOUT, LazyStoredLog, StoredLog, open_store
from casualtylog.store.verify import Problem, VerifyReport

__all__ = [
    "APPLICATION_ID",
    "DEFAULT_TIMEOUT",
    "SCHEMA_VERSION",
    "LazyStoredLog",
    "NotAStoreError",
    "Problem",
    "StoreBusyError",
    "StoreClosedError",
    "StoreCorruptError",
    "StoreNotFoundError",
    "StoreOperationError",
    "StoreReadOnlyError",
    "StoreVersionError",
    "StoredLog",
    "VerifyReport",
    "open_store",
]
