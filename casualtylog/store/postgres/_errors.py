"""psycopg's failures as :class:`~casualtylog.errors.StoreError` subclasses that name the store (password redacted)."""

from __future__ import annotations

from typing import Any

from casualtylog.errors import StoreError
from casualtylog.store.errors import StoreBusyError, StoreOperationError, StoreReadOnlyError

__all__ = ["scrub", "translate"]


def scrub(detail: str, password: str | None) -> str:
    """``detail`` without ``password``, should a server or libpq message ever echo it.

    >>> scrub("no luck with hunter2", "hunter2")
    'no luck with ***'
    """
    return detail.replace(password, "***") if password else detail


def translate(exc: Any, url: str, action: str, password: str | None = None) -> StoreError:
    """The :class:`StoreError` that explains ``exc`` (a :class:`psycopg.Error`), raised trying to ``action`` the store."""
    from psycopg import errors  # noqa: PLC0415 - psycopg is an extra, imported when a store is used

    detail = scrub(" ".join(str(exc).split()), password)[:400]
    if isinstance(exc, errors.InsufficientPrivilege):
        return StoreReadOnlyError(
            url, action, f"the role lacks the privilege ({detail})", "connect as the application role to write"
        )
    if isinstance(exc, errors.LockNotAvailable | errors.QueryCanceled):
        return StoreBusyError(
            url, action, f"another writer kept the store locked ({detail})", "retry, or pass a longer timeout"
        )
    if isinstance(exc, errors.OperationalError) and action == "open":
        return StoreOperationError(
            url,
            action,
            f"cannot connect ({detail})",
            "check the connection string or the PGHOST/PGUSER/PGDATABASE environment",
        )
    return StoreOperationError(url, action, f"PostgreSQL failed: {detail}")
