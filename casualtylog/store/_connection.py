"""Opening a store file, turning SQLite's failures into clear errors, and the
write transaction that concurrent writers take turns at.

Every failure from :mod:`sqlite3` reaches the caller as a
:class:`~casualtylog.errors.StoreError` that names the file and says what to
do, never as a bare :class:`sqlite3.Error`:

>>> import sqlite3
>>> exc = sqlite3.OperationalError("attempt to write a readonly database")
>>> exc.sqlite_errorname = "SQLITE_READONLY"
>>> print(translate(exc, "claims.db", "write to"))
cannot write to store 'claims.db': the file is read-only (attempt to write a readonly database); check its permissions, or work on a copy
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from casualtylog.errors import StoreError
from casualtylog.store import _migrate, _schema
from casualtylog.store.errors import (
    NotAStoreError,
    StoreBusyError,
    StoreCorruptError,
    StoreNotFoundError,
    StoreOperationError,
    StoreReadOnlyError,
)

__all__ = ["connect", "translate", "write_transaction"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_POLL_MS = 2


def translate(exc: sqlite3.Error, path: str | Path, action: str) -> StoreError:
    """The :class:`StoreError` that explains ``exc``, raised while trying to ``action`` the store."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = str(exc)
    if name.startswith("SQLITE_READONLY"):
        return StoreReadOnlyError(
            path, action, f"the file is read-only ({detail})", "check its permissions, or work on a copy"
        )
    if name.startswith("SQLITE_CANTOPEN") or name == "SQLITE_PERM" or name == "SQLITE_AUTH":
        return StoreReadOnlyError(
            path,
            action,
            f"SQLite cannot open or create the file ({detail})",
            "check that the file and its directory exist and are writable "
            "(SQLite keeps -wal and -shm files beside the store)",
        )
    if name == "SQLITE_NOTADB":
        return NotAStoreError(path, f"it is not a SQLite database ({detail})")
    if name.startswith("SQLITE_CORRUPT"):
        return StoreCorruptError(path, action, f"the file is damaged ({detail})", "restore it from a copy or an export")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreBusyError(
            path, action, f"another process kept it locked ({detail})", "retry, or pass a longer timeout to open_store"
        )
    if name == "SQLITE_FULL":
        return StoreOperationError(path, action, f"the disk is full ({detail})", "free some space and retry")
    if name.startswith("SQLITE_IOERR"):
        return StoreOperationError(path, action, f"the operating system reported an I/O error ({detail})")
    return StoreOperationError(path, action, f"SQLite failed: {detail}")


def _precheck(path: Path, create: bool) -> None:
    """Fail early, with a clear message, on what SQLite would report obscurely."""
    if path.is_dir():
        raise NotAStoreError(path, "it is a directory", "pass the path of a store file inside it, e.g. 'claims.db'")
    directory = path.parent
    if not path.exists():
        if not create:
            raise StoreNotFoundError(path)
        if not directory.is_dir():
            raise StoreOperationError(
                path, "create", f"the directory {str(directory)!r} does not exist", "create it first"
            )
        if not os.access(directory, os.W_OK | os.X_OK):
            raise StoreReadOnlyError(
                path, "create", f"the directory {str(directory)!r} is not writable", "choose a writable directory"
            )
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreReadOnlyError(path, "open", f"the file cannot be read ({exc.strerror or exc})") from exc
    if not head:
        if not create:
            raise NotAStoreError(path, "it is an empty file", "pass create=True to start a new store in it")
    elif head != _SQLITE_MAGIC:
        raise NotAStoreError(path, f"it is not a SQLite database (it starts with {head[:8]!r})")
    if not os.access(path, os.W_OK):
        raise StoreReadOnlyError(path, "open", "the file is read-only", "check its permissions, or work on a copy")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise StoreReadOnlyError(
            path,
            "open",
            f"its directory {str(directory)!r} is not writable, and SQLite keeps -wal and -shm files beside the store",
            "move the store to a writable directory",
        )


def connect(path: Path, *, create: bool, timeout: float) -> sqlite3.Connection:
    """An open, checked connection to the store at ``path``, creating it if asked.

    The connection is in autocommit mode (transactions are explicit), in WAL
    journal mode, with ``synchronous=FULL`` so that a committed batch survives
    a power cut, and waits up to ``timeout`` seconds for another writer.

    Raises:
        StoreError: the file is missing, unreadable, read-only, not a store, or
            from a newer casualtylog (see :mod:`casualtylog.store.errors`).
    """
    _precheck(path, create)
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise translate(exc, path, "open") from exc
    deadline = time.monotonic() + timeout
    while True:
        try:
            _prepare(conn, path, create)
            return conn
        except sqlite3.Error as exc:
            # Processes creating one store at once: switching to WAL can be refused as
            # busy without SQLite's busy handler ever waiting. Each step is idempotent.
            if _is_busy(exc) and time.monotonic() < deadline:
                time.sleep(random.uniform(0.001, 0.01))  # noqa: S311 - jitter, not security
                continue
            conn.close()
            raise translate(exc, path, "open") from exc
        except BaseException:
            conn.close()
            raise


def _is_busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _prepare(conn: sqlite3.Connection, path: Path, create: bool) -> None:
    """Create the schema if the database is blank, check it, migrate an older one, and set the connection up."""
    if _schema.is_blank(conn):
        if not create:
            raise NotAStoreError(path, "it is an empty SQLite database", "pass create=True to make it a store")
        _set_wal(conn, path)
        _schema.initialise(conn)
    if _schema.check(conn, path) < _schema.SCHEMA_VERSION:
        _set_wal(conn, path)
        _migrate.migrate(conn, path)
        _schema.check(conn, path)
    _set_wal(conn, path)
    conn.execute("PRAGMA synchronous = FULL")


def _set_wal(conn: sqlite3.Connection, path: Path) -> None:
    (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
    if str(mode).lower() == "wal":
        return
    (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if str(mode).lower() != "wal":
        raise StoreOperationError(
            path,
            "open",
            f"SQLite cannot use write-ahead logging here (journal mode stays {mode!r})",
            "keep stores on a local file system, not a network share",
        )


@contextmanager
def write_transaction(conn: sqlite3.Connection, path: Path, timeout: float) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, waiting for other writers up to ``timeout`` seconds.

    Waiting writers poll every millisecond or so (with jitter), so that two busy
    writers take turns instead of one starving the other. An exception
    inside the block rolls everything back, so a batch is stored whole or not
    at all.

    Raises:
        StoreBusyError: the write lock stayed taken for ``timeout`` seconds.
        StoreError: SQLite failed while writing.
    """
    deadline = time.monotonic() + timeout
    # Wait for the lock in short polls rather than with SQLite's busy handler, whose
    # sleeps grow to 100 ms: a busy writer would win the lock again and again while
    # the other slept. PRAGMA takes no parameters; both values are integers we chose.
    conn.execute(f"PRAGMA busy_timeout = {_POLL_MS}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise translate(exc, path, "write to") from exc
                time.sleep(random.uniform(0.0002, 0.002))  # noqa: S311 - jitter, not security
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise translate(exc, path, "write to") from exc
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
            conn.execute("ROLLBACK")
