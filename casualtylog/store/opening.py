"""Opening a log on the store a target names: a path, ``sqlite:///…`` or ``postgresql://…``.

>>> store_kind("claims.db"), store_kind("sqlite:///claims.db"), store_kind("postgresql://db.example/crisis")
('sqlite', 'sqlite', 'postgresql')
>>> sqlite_path("sqlite:///data/claims.db"), sqlite_path("sqlite:////tmp/claims.db")
(PosixPath('data/claims.db'), PosixPath('/tmp/claims.db'))
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from casualtylog._extras import MissingExtraError
from casualtylog.store.sqlite import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from casualtylog.log import CasualtyLog
    from casualtylog.store.contract import ClaimStore

__all__ = ["display_target", "open_log", "open_postgres", "sqlite_path", "store_kind"]

_POSTGRES = ("postgresql://", "postgres://")
_SQLITE = "sqlite:///"


def store_kind(target: str | os.PathLike[str]) -> str:
    """``'postgresql'`` for a PostgreSQL URL, else ``'sqlite'`` (a path or ``sqlite:///`` URL)."""
    if isinstance(target, str) and target.startswith(_POSTGRES):
        return "postgresql"
    return "sqlite"


def display_target(target: str | os.PathLike[str]) -> str:
    """``target`` fit to print: a URL's password replaced by ``***``.

    >>> display_target("postgresql://analyst:s3cret@db.example:5432/crisis")
    'postgresql://analyst:***@db.example:5432/crisis'
    >>> display_target("claims.db")
    'claims.db'
    """
    text = os.fspath(target)
    parts = urlsplit(text) if "://" in text else None
    if parts is None or parts.password is None:
        return text
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def sqlite_path(target: str | os.PathLike[str]) -> Path:
    """The file a path or ``sqlite:///`` URL names (as SQLAlchemy reads it: ``sqlite:////abs``, ``sqlite:///rel``)."""
    if isinstance(target, str) and target.startswith(_SQLITE):
        return Path(target[len(_SQLITE) :])
    return Path(target)


def open_postgres(url: str, *, create: bool = True, timeout: float = DEFAULT_TIMEOUT) -> ClaimStore:
    """The PostgreSQL store at ``url`` (``casualtylog.store.postgres``, the ``postgres`` extra).

    Raises:
        MissingExtraError: psycopg (or the PostgreSQL store) is not installed.
    """
    try:
        module = importlib.import_module("casualtylog.store.postgres")
    except ImportError as exc:
        if isinstance(exc, MissingExtraError):
            raise
        raise MissingExtraError("psycopg", "postgres", "a PostgreSQL store") from exc
    store: ClaimStore = module.PostgresStore(url, create=create, timeout=timeout)
    return store


def open_log(
    target: str | os.PathLike[str],
    *,
    clock: Callable[[], datetime] | None = None,
    tz: str | tzinfo | None = None,
    create: bool = True,
    lazy: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> CasualtyLog:
    """A :class:`~casualtylog.CasualtyLog` on the store ``target`` names (see :meth:`CasualtyLog.open`).

    A path or ``sqlite:///path`` gives a :class:`~casualtylog.store.StoredLog`
    (or, ``lazy``, a :class:`~casualtylog.store.LazyStoredLog`); a
    ``postgresql://`` URL a log over a PostgreSQL store (credentials from the
    URL or libpq's environment, never printed).
    """
    if store_kind(target) == "postgresql":
        from casualtylog.log import CasualtyLog  # noqa: PLC0415 - the log imports this module lazily

        store = open_postgres(str(target), create=create, timeout=timeout)
        try:
            return CasualtyLog(clock=clock, tz=tz, store=store, lazy=lazy)
        except BaseException:
            store.close()
            raise
    from casualtylog.store.stored import open_store  # noqa: PLC0415 - imports the log

    return open_store(sqlite_path(target), clock=clock, tz=tz, create=create, lazy=lazy, timeout=timeout)
