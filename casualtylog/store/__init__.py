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

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casualtylog.store._schema import APPLICATION_ID, SCHEMA_VERSION
    from casualtylog.store.contract import Appended, ClaimStore, QueryableStore
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
    from casualtylog.store.memory import MemoryStore
    from casualtylog.store.opening import open_log
    from casualtylog.store.sqlite import SQLiteStore
    from casualtylog.store.stored import DEFAULT_TIMEOUT, LazyStoredLog, StoredLog, open_store
    from casualtylog.store.verify import Problem, VerifyReport

# Loaded when first used: a log in memory imports its MemoryStore from this package, and
# should not pay for sqlite3 and the SQLite store until a file is opened.
_HOMES = {
    "APPLICATION_ID": "_schema",
    "SCHEMA_VERSION": "_schema",
    "Appended": "contract",
    "ClaimStore": "contract",
    "QueryableStore": "contract",
    "NotAStoreError": "errors",
    "StoreBusyError": "errors",
    "StoreClosedError": "errors",
    "StoreCorruptError": "errors",
    "StoreNotFoundError": "errors",
    "StoreOperationError": "errors",
    "StoreReadOnlyError": "errors",
    "StoreVersionError": "errors",
    "MemoryStore": "memory",
    "open_log": "opening",
    "SQLiteStore": "sqlite",
    "DEFAULT_TIMEOUT": "stored",
    "LazyStoredLog": "stored",
    "StoredLog": "stored",
    "open_store": "stored",
    "Problem": "verify",
    "VerifyReport": "verify",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "APPLICATION_ID",
    "DEFAULT_TIMEOUT",
    "SCHEMA_VERSION",
    "Appended",
    "ClaimStore",
    "LazyStoredLog",
    "MemoryStore",
    "NotAStoreError",
    "Problem",
    "QueryableStore",
    "SQLiteStore",
    "StoreBusyError",
    "StoreClosedError",
    "StoreCorruptError",
    "StoreNotFoundError",
    "StoreOperationError",
    "StoreReadOnlyError",
    "StoreVersionError",
    "StoredLog",
    "VerifyReport",
    "open_log",
    "open_store",
]
