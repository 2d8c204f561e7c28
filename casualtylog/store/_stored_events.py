"""The events of a store: declared through the log, kept in the ``events`` table, loaded on open and refresh.

:class:`StoredEvents` is mixed into :class:`~casualtylog.store.StoredLog`
(and so :class:`~casualtylog.store.LazyStoredLog`, which keeps its events in
memory too: they are few beside the claims).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from casualtylog.events import Event, EventError, EventInput, to_event
from casualtylog.hierarchy import EventRegistry
from casualtylog.store import _events
from casualtylog.store._connection import translate, write_transaction
from casualtylog.store.errors import StoreCorruptError

__all__ = ["StoredEvents"]


class StoredEvents:
    """Event declarations that are durable and append-only, as claims are."""

    _events: EventRegistry
    _events_seen: int
    _lock: threading.RLock
    _path: Path
    _timeout: float
    _clock: Callable[[], datetime]

    def _connection(self) -> sqlite3.Connection:
        raise NotImplementedError  # pragma: no cover - StoredLog provides it

    def _load_events(self) -> int:
        """Declare in memory what other processes stored since this log last looked; return how many rows."""
        with self._lock:
            conn = self._connection()
            try:
                rows = _events.rows_since(conn, self._events_seen)
            except sqlite3.Error as exc:
                raise translate(exc, self._path, "read") from exc
            if not rows:
                return 0
            declared = [_events.decode(r[4], r[2], r[1], seq=r[0], path=self._path) for r in rows]
            try:
                # One batch: every stored state was checked when written, and the last one stands.
                self._events.extend(declared)
            except EventError as exc:
                raise StoreCorruptError(
                    self._path,
                    "read",
                    f"the declarations in rows {rows[0][0]}–{rows[-1][0]} of table 'events' break the hierarchy ({exc})",
                    "the file was changed outside casualtylog; run 'casualtylog verify' on it",
                ) from exc
            self._events_seen = rows[-1][0]
            return len(rows)

    def add_event(self, event: EventInput) -> Event:
        """Declare (or revise) one event and store it in the same call; see :meth:`add_events`."""
        (stored,) = self._declare([to_event(event)])  # validated here: one event is not "record 1"
        return stored

    def add_events(self, events: Iterable[EventInput]) -> list[Event]:
        """Declare many events as one transaction: all are checked (against every process's
        declarations) before any is written; a bad one raises
        :class:`~casualtylog.events.EventError` and the store is unchanged."""
        return self._declare(events)

    def _declare(self, events: Iterable[EventInput]) -> list[Event]:
        declared = [to_event(record, line=line) for line, record in enumerate(events, start=1)]
        with self._lock:
            conn = self._connection()
            with write_transaction(conn, self._path, self._timeout):
                # Under the write lock: the hierarchy is checked against what every process declared.
                self._load_events()
                self._events.check(declared)
                now = self._clock()
                now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
                for event in self._events.changes(declared):
                    _events.insert(conn, event, now)
            self._load_events()
            return [self._events[e.id] for e in {e.id: e for e in declared}.values()]

    @property
    def events(self) -> Mapping[str, Event]:
        """The declared events by id (read-only), with every process's declarations."""
        self._load_events()
        return self._events

    @property
    def event_registry(self) -> EventRegistry:
        """The declared events with their parts and earlier versions."""
        self._load_events()
        return self._events

    def event(self, event_id: str) -> Event:
        """The declared event, or a bare one (id only) for an id no one declared."""
        self._load_events()
        return self._events.get_or_bare(event_id)
