"""Errors of the SQLite store, all subclasses of :class:`~casualtylog.errors.StoreError`.

Each also subclasses the builtin that an ``except`` clause would expect where
one fits (``FileNotFoundError``, ``PermissionError``), carries the store's
``path``, and says what failed, what was found and what to do.

>>> from casualtylog.store.errors import StoreVersionError
>>> err = StoreVersionError("claims.db", 7, 1)
>>> print(err)
cannot open store 'claims.db': it was written by a newer casualtylog (schema version 7; this casualtylog reads up to version 1); upgrade casualtylog to open it
>>> isinstance(err, OSError), err.found
(True, 7)
"""

from __future__ import annotations

from pathlib import Path

from casualtylog.errors import StoreError

__all__ = [
    "NotAStoreError",
    "StoreBusyError",
    "StoreClosedError",
    "StoreCorruptError",
    "StoreNotFoundError",
    "StoreOperationError",
    "StoreReadOnlyError",
    "StoreVersionError",
]


class StoreOperationError(StoreError):
    """A store error with a path, a problem and, where it helps, a hint."""

    def __init__(self, path: str | Path, action: str, problem: str, hint: str = "") -> None:
        self.path = str(path)
        self.action = action
        self.problem = problem
        self.hint = hint
        message = f"cannot {action} store {self.path!r}: {problem}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class NotAStoreError(StoreOperationError):
    """The file exists but is not a casualtylog store (not SQLite, empty, or another program's database)."""

    def __init__(self, path: str | Path, problem: str, hint: str = "") -> None:
        super().__init__(path, "open", problem, hint or "pass the path of a store, or a new path to create one")


class StoreNotFoundError(StoreOperationError, FileNotFoundError):
    """No store at the path, and the caller asked not to create one."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "open", "no such file", "check the path, or pass create=True to start a new store")


class StoreVersionError(StoreOperationError):
    """The store was written by a newer casualtylog, with a schema this one does not know.

    Attributes:
        found: the schema version in the file.
        supported: the newest version this casualtylog reads.
    """

    def __init__(self, path: str | Path, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            "open",
            f"it was written by a newer casualtylog (schema version {found}; "
            f"this casualtylog reads up to version {supported})",
            "upgrade casualtylog to open it",
        )


class StoreReadOnlyError(StoreOperationError, PermissionError):
    """The store, or the directory it lives in, cannot be written."""


class StoreBusyError(StoreOperationError):
    """Another process held the store's write lock for longer than the timeout."""


class StoreCorruptError(StoreOperationError):
    """The file is a casualtylog store but part of it cannot be read back."""


class StoreClosedError(StoreOperationError):
    """The store was used after :meth:`~casualtylog.store.StoredLog.close`."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "use", "it is closed", "open it again with casualtylog.store.open_store")
