"""How a :class:`~casualtylog.CasualtyLog` keeps in step with its store.

The log's behaviour is in :mod:`casualtylog.log`; :class:`StoreLink` is the
part that talks to the store (:mod:`casualtylog.store.contract`): catching
the in-memory index up with what other writers appended, writing batches,
declaring events under the store's write lock, answering from the store when
the log is lazy, and releasing the store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Self, cast

from casualtylog._closing import Closing
from casualtylog.claims import Claim, Count
from casualtylog.events import Event, EventError, EventInput, to_event
from casualtylog.hierarchy import EventRegistry
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy

if TYPE_CHECKING:
    from casualtylog.store.contract import Appended, ClaimStore, QueryableStore
    from casualtylog.store.memory import MemoryStore
    from casualtylog.store.verify import Problem, VerifyReport

__all__ = ["StoreLink", "count_order", "queryable"]


class StoreLink(Closing):
    """The store side of :class:`~casualtylog.CasualtyLog` (a mixin: the log sets the attributes)."""

    _clock: Callable[[], datetime]
    _tz: str | tzinfo | None
    _vague: dict[str, int] | None
    _lock: threading.RLock
    _store: ClaimStore
    _memory: MemoryStore | None
    _queryable: QueryableStore | None
    _changes_seen: int
    _seen: int
    _events_seen: int
    _events: EventRegistry
    _by_id: dict[str, Claim]
    _by_count: dict[Count, list[Claim]]

    def _index(self, claim: Claim) -> None:
        raise NotImplementedError  # pragma: no cover - CasualtyLog provides it

    def __getstate__(self) -> dict[str, object]:
        # A lock does not pickle; a log in memory did before it had one, and still does.
        state = dict(vars(self))
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        vars(self).update(state)
        self._lock = threading.RLock()

    def __copy__(self) -> Self:
        """``copy.copy(log)``: another log on the same store, with an index of its own, as a second
        ``CasualtyLog(store=...)`` is. Not the attributes copied: the two logs then shared one
        index but each kept its own place in the store, and on a memory store (whose dict by id
        the logs share, so it tells no log what it indexed) each indexed the other's claims again.
        """
        from casualtylog.log import CasualtyLog  # noqa: PLC0415 - the log is built on this module

        twin = type(self).__new__(type(self))
        twin.__setstate__(self.__getstate__())  # what a subclass keeps (a stored log's file), shared
        # The log's own constructor, not the subclass's (whose arguments differ): a new index.
        lazy = self._queryable is not None
        CasualtyLog.__init__(cast("CasualtyLog", twin), store=self._store, clock=self._clock, tz=self._tz,
                             vague=self._vague, lazy=lazy)  # fmt: skip
        return twin

    def refresh(self) -> int:
        """Index the claims (and load the event declarations) other writers appended to the
        store since this log last looked; return how many claims.

        Queries call it for you; call it yourself only to learn the number.
        A lazy log indexes nothing (it asks the store on every query): 0.
        """
        with self._lock:
            if self._memory is not None:
                self._changes_seen = self._memory.changes
            self._load_events()
            if self._queryable is not None:
                return 0
            loaded = 0
            # A memory store holds each id once, in the very dict the log shares (CasualtyLog.__init__).
            shared = self._memory is not None and self._by_id is self._memory.by_id
            for position, claim in self._store.read(self._seen):
                if shared or claim.id not in self._by_id:
                    self._index(claim)
                    loaded += 1
                self._seen = position
            return loaded

    def _sync(self) -> None:
        if self._queryable is not None or (self._memory is not None and self._memory.changes == self._changes_seen):
            return
        self.refresh()

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What the store found wrong while opening and reading (missing triggers, rows it
        skipped); empty when all is well. :meth:`verify` checks the whole store."""
        return self._store.problems

    def verify(self, *, head: str | None = None, records: bool = True) -> VerifyReport:
        """Check the whole store end to end; see :mod:`casualtylog.store.verify`.

        Args:
            head: a ``'SEQ:HASH'`` noted from an earlier report: also check
                that every row up to it is unchanged.
            records: decode every record (the slow part).
        """
        with self._lock:
            return self._store.verify(head=head, records=records)

    def close(self) -> None:
        """Release the store. Everything added is already stored; closing twice is fine."""
        with self._lock:
            self._store.close()

    def _persist(self, claims: Sequence[Claim]) -> Appended:
        """Store ``claims`` in one atomic transaction (ids already stored are skipped); index nothing."""
        with self._lock:
            return self._store.append(claims, self._clock)

    def _claims_of(self, count: Count) -> Sequence[Claim]:
        """The claims about ``count``: the index's own list (do not change it), or the store's answer."""
        with self._lock:
            if self._queryable is not None:
                return self._queryable.claims_of(count)
            self._sync()
            return self._by_count.get(count, ())

    def _holds(self, count: Count) -> bool:
        """Whether the log has a claim about ``count`` (a lazy log: about its event, metric and group)."""
        with self._lock:
            if self._queryable is not None:
                return self._queryable.has_count(count)
            self._sync()
            return count in self._by_count

    def _store_resolutions(
        self, store: QueryableStore, policy: Policy, at: datetime | None, known_at: datetime | None
    ) -> list[Resolution]:
        """Every count with a visible claim, resolved as the store hands them over (it reads itself once)."""
        out = []
        for count, claims in store.visible(at, known_at):
            res = resolve_claims(count, claims, policy, at=at, known_at=known_at)
            if res.considered:
                out.append(res)
        return sorted(out, key=lambda r: count_order(r.count))

    # -- events: declared through the store, with every writer's declarations ----------------
    def _load_events(self) -> int:
        """Declare in memory what the store holds beyond what this log loaded; return how many."""
        with self._lock:
            rows = list(self._store.read_events(self._events_seen))
            if not rows:
                return 0
            try:
                # One batch: every stored state was checked when written, and the last one stands.
                self._events.extend([event for _, event in rows])
            except EventError as exc:
                from casualtylog.store.errors import StoreCorruptError  # noqa: PLC0415 - imports this module

                raise StoreCorruptError(
                    self._store.url,
                    "read",
                    f"the event declarations at positions {rows[0][0]}–{rows[-1][0]} break the hierarchy ({exc})",
                    "the store was changed outside casualtylog; run 'casualtylog verify' on it",
                ) from exc
            self._events_seen = rows[-1][0]
            return len(rows)

    def _declare(self, events: Iterable[EventInput]) -> list[Event]:
        declared = [to_event(record, line=line) for line, record in enumerate(events, start=1)]

        def admit() -> list[Event]:
            # Under the store's write lock: checked against what every writer declared.
            self._load_events()
            self._events.check(declared)
            return self._events.changes(declared)

        with self._lock:
            self._store.append_events(admit, self._clock)
            self._load_events()
            return [self._events[e.id] for e in {e.id: e for e in declared}.values()]


def queryable(store: ClaimStore) -> QueryableStore:
    """``store`` as a :class:`~casualtylog.store.contract.QueryableStore`, for a lazy log.

    Raises:
        TypeError: the store cannot answer queries.
    """
    from casualtylog.store.contract import QueryableStore  # noqa: PLC0415 - the store package imports this module

    if not isinstance(store, QueryableStore):
        raise TypeError(f"a lazy log needs a store that answers queries (a QueryableStore); {store.url} does not")
    return store


def count_order(count: Count) -> tuple[str, str, str, tuple[datetime, datetime] | tuple[()]]:
    """The order :meth:`CasualtyLog.counts` sorts counts in."""
    # Running totals (no period) first, then periods in time order.
    return (count.event, count.metric, count.group or "", () if count.period is None else count.period.sort_key())
