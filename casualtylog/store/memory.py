"""MemoryStore: the storage contract kept in this process's memory, for a plain :class:`~casualtylog.CasualtyLog`.

Nothing is durable beyond the process; otherwise it keeps every promise of
:mod:`casualtylog.store.contract`. Its write lock is its own, not a log's:
every log opened on one store (``CasualtyLog(store=s)`` twice, ``copy.copy(log)``)
takes turns at it, so two logs writing from two threads store each claim once,
stamp a recorded clock that never runs backwards, and check each event
declaration against every other writer's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import TYPE_CHECKING

from casualtylog.claims import Claim, Count, _copy_unchecked
from casualtylog.store.contract import Appended, Clock
from casualtylog.times import instant

if TYPE_CHECKING:
    from casualtylog.events import Event
    from casualtylog.store.verify import Problem, VerifyReport

__all__ = ["MemoryStore", "stamp"]


def stamp(claims: Sequence[Claim], now: datetime) -> list[Claim]:
    """``claims`` with ``recorded_at`` set to ``now`` where it is missing."""
    # Unvalidated on purpose (10x cheaper, once per claim added): recorded_at is not part of the
    # id (claim_ids.content_id), no cached property reads it, and ``now`` is an aware datetime the store made.
    return [c if c.recorded_at is not None else _copy_unchecked(c, recorded_at=now) for c in claims]


def aware(now: datetime) -> datetime:
    """A clock reading with a timezone (naive means UTC)."""
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now


class MemoryStore:
    """Claims and event declarations in lists, in the order they were appended."""

    url = "memory:"

    def __init__(self) -> None:
        self._claims: list[Claim] = []
        self._by_id: dict[str, Claim] = {}
        self._events: list[Event] = []
        self._last: datetime | None = None  # the latest recorded_at stored
        # The store's, shared by every log on it: each log's own lock only orders that log's threads.
        self._write_lock = threading.RLock()
        self.changes = 0
        """How many appends stored something: a log compares it to know whether to read."""

    def __getstate__(self) -> dict[str, object]:
        # A lock does not pickle (a pickled log takes its memory store along): a new one on loading.
        state = dict(vars(self))
        del state["_write_lock"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        vars(self).update(state)
        self._write_lock = threading.RLock()

    @property
    def by_id(self) -> dict[str, Claim]:
        """The stored claims by id: a log on this store shares it as its own index by id
        (one dict, not two: about 40 bytes a claim); only :meth:`append` adds to it."""
        return self._by_id

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Always empty: nothing in memory can be changed behind the log's back."""
        return ()

    def append(self, claims: Sequence[Claim], clock: Clock) -> Appended:
        """Store the claims whose ids are new, stamped; see :meth:`ClaimStore.append`."""
        with self._write_lock:  # the id check, the clock and the store are one step for every writer
            return self._append(claims, clock)

    def _append(self, claims: Sequence[Claim], clock: Clock) -> Appended:
        now = aware(clock())
        if self._last is not None and instant(now) < instant(self._last):
            now = self._last  # the recorded clock never runs backwards (in instants: times.instant)
        known = self._by_id
        batch: dict[str, Claim] = {}
        for claim in claims:
            if claim.id not in known and claim.id not in batch:
                batch[claim.id] = claim
        stamped = stamp(list(batch.values()), now)
        for claim in stamped:
            known[claim.id] = claim
            self._claims.append(claim)
        self.changes += bool(stamped)
        latest = max((c.recorded_at for c in stamped if c.recorded_at is not None), default=now, key=instant)
        self._last = max(latest, self._last or latest, key=instant)
        return Appended([known[c.id] for c in claims], len(stamped))

    def in_order(self) -> Iterator[Claim]:
        """The claims stored by now, in the order they were appended, copying nothing.

        The list only grows, so its length now bounds the iteration: a claim appended meanwhile
        (by a log reading this store, or another log on it) is not met and breaks nothing, where
        the dict by id (which every log on the store shares) would raise "changed size".
        """
        return islice(self._claims, len(self._claims))

    def read(self, after: int = 0) -> Iterator[tuple[int, Claim]]:
        """Claims at positions after ``after`` (positions count from 1)."""
        start = max(after, 0)
        # One slice, so positions and claims are read at one moment (the list only grows): the
        # length read apart from it could miss a claim another thread appended in between.
        return enumerate(self._claims[start:], start=start + 1)

    def append_events(self, admit: Callable[[], Sequence[Event]], clock: Clock) -> int:
        """Store what ``admit()`` returns, called under the write lock (the clock is not read:
        memory keeps no event times)."""
        with self._write_lock:  # admit() checks against every writer's declarations: none may slip in
            declared = list(admit())
            self._events.extend(declared)
            self.changes += bool(declared)
            return len(declared)

    def read_events(self, after: int = 0) -> list[tuple[int, Event]]:
        """Declarations at positions after ``after``."""
        return [(index + 1, self._events[index]) for index in range(max(after, 0), len(self._events))]

    def verify(self, *, head: str | None = None, records: bool = True) -> VerifyReport:
        """Nothing to check in memory: an empty report over the claims held."""
        from casualtylog.store.verify import VerifyReport  # noqa: PLC0415 - loads sqlite3

        return VerifyReport(self.url, len(self._claims), None)

    def close(self) -> None:
        """Nothing to release."""

    # -- QueryableStore: answered by scanning, for completeness (a memory log indexes instead)
    def size(self) -> int:
        """How many claims are stored."""
        return len(self._claims)

    def get(self, claim_id: str) -> Claim | None:
        """The claim with this id, or ``None``."""
        return self._by_id.get(claim_id)

    def contains(self, claim_id: str) -> bool:
        """Whether a claim with this id is stored."""
        return claim_id in self._by_id

    def counts(self) -> list[Count]:
        """Every count a claim is about."""
        return list(dict.fromkeys(c.count for c in self._claims))

    def has_count(self, count: Count) -> bool:
        """Whether a claim is about ``count``'s event, metric and group."""
        return any(c.count[:3] == count[:3] for c in self._claims)

    def claims_of(self, count: Count, at: datetime | None = None, known_at: datetime | None = None) -> list[Claim]:
        """The claims about ``count`` visible at ``at``/``known_at``."""
        return [c for c in self._claims if c.count == count and _visible(c, at, known_at)]

    def visible(
        self, at: datetime | None = None, known_at: datetime | None = None
    ) -> Iterator[tuple[Count, list[Claim]]]:
        """Every count with a visible claim, with those claims."""
        by_count: dict[Count, list[Claim]] = {}
        for claim in self._claims:
            if _visible(claim, at, known_at):
                by_count.setdefault(claim.count, []).append(claim)
        yield from by_count.items()


def _visible(claim: Claim, at: datetime | None, known_at: datetime | None) -> bool:
    # As instants: two times of one named zone compare by wall clock (times.instant).
    if at is not None and instant(claim.available_at) > instant(at):
        return False
    return known_at is None or (claim.recorded_at is not None and instant(claim.recorded_at) <= instant(known_at))
