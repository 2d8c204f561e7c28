"""The storage contract: what a store must do so that one :class:`~casualtylog.CasualtyLog` can sit on it.

The log holds the behaviour (validation, the per-count index, resolution,
history, checks, events, periods); a store only persists claims and event
declarations and reads them back, in order, durably and append-only. Memory
(:class:`~casualtylog.store.memory.MemoryStore`), SQLite
(:class:`~casualtylog.store.sqlite.SQLiteStore`) and PostgreSQL
(``casualtylog.store.postgres``) implement it, and ``tests/test_store_contract.py``
checks every one of them against the same list of promises (docs/store.md,
"The storage contract").

A store that can also answer queries itself (:class:`QueryableStore`) lets a
log run *lazily*: it keeps no claims in memory and asks the store for the
claims of one count, or of every count, at a moment.

>>> from datetime import UTC, datetime
>>> from casualtylog.claims import Claim
>>> from casualtylog.store.memory import MemoryStore
>>> store = MemoryStore()
>>> claim = Claim.model_validate({"event": "e", "metric": "killed", "figure": "3", "source": "s",
...                               "reported_at": "2025-01-01"})
>>> clock = lambda: datetime(2025, 1, 2, tzinfo=UTC)
>>> stored, new = store.append([claim, claim], clock)   # the same id twice: stored once
>>> new, stored[0].recorded_at.isoformat(), stored[0] is stored[1]
(1, '2025-01-02T00:00:00+00:00', True)
>>> [(position, c.id == claim.id) for position, c in store.read()]
[(1, True)]
>>> isinstance(store, ClaimStore), isinstance(store, QueryableStore)
(True, True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

if TYPE_CHECKING:
    from casualtylog.claims import Claim, Count
    from casualtylog.events import Event
    from casualtylog.store.verify import Problem, VerifyReport

__all__ = ["Appended", "ClaimStore", "Clock", "QueryableStore"]

Clock = Callable[[], datetime]
"""The log's clock: returns "now" (aware, or naive meaning UTC)."""


class Appended(NamedTuple):
    """What :meth:`ClaimStore.append` did.

    Attributes:
        claims: every claim of the batch as the store holds it, in input
            order: stamped with ``recorded_at``, or, for an id that was
            already stored (by this log or another writer), the stored claim.
        stored: how many claims *this call* stored (the others were there).
    """

    claims: list[Claim]
    stored: int


@runtime_checkable
class ClaimStore(Protocol):
    """Where a log's claims and event declarations are kept. Every method may raise a
    :class:`~casualtylog.errors.StoreError` (never a driver's own exception).

    The promises (checked by ``tests/test_store_contract.py`` for every store):

    - **Append-only, in order.** A claim once stored is never changed or
      removed; :meth:`read` gives every claim in the order it was stored,
      each with a *position* (an integer that only grows, not necessarily
      without gaps), so a reader that remembers the last position it saw
      reads each claim once.
    - **Atomic, durable batches.** :meth:`append` is one transaction: all of
      the batch is stored or none of it, and it is durable when the call
      returns. A writer killed mid-batch leaves nothing of that batch.
    - **Idempotent.** A claim whose id is already stored is skipped, whoever
      stored it; many writers (threads, processes, machines) may append at
      once and no claim is lost or stored twice.
    - **recorded_at.** A claim without ``recorded_at`` is stamped with the
      store's clock at commit, taken while holding the store's write lock,
      and never earlier than any ``recorded_at`` already stored: the
      recorded clock runs forwards for every reader. A claim that arrives
      with ``recorded_at`` (a copy of another log) keeps it.
    - **Events** follow the same discipline (:meth:`append_events`,
      :meth:`read_events`).
    """

    url: str
    """Where the store is, for messages (a path, ``sqlite:///…``, ``postgresql://host/db``); never a password."""

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What the store found wrong while opening and reading (rows it skipped, guards
        missing); empty when all is well."""
        ...

    def append(self, claims: Sequence[Claim], clock: Clock) -> Appended:
        """Store ``claims`` (already validated) in one atomic, durable transaction.

        Args:
            claims: the batch, in order; ids may repeat (the first is kept).
            clock: the log's clock, called once, under the write lock, for the
                ``recorded_at`` of the claims that have none. A store with a
                clock of its own (a database server's) may use that instead.
        """
        ...

    def read(self, after: int = 0) -> Iterator[tuple[int, Claim]]:
        """Every claim stored at a position after ``after``, in stored order, as ``(position, claim)``."""
        ...

    def append_events(self, admit: Callable[[], Sequence[Event]], clock: Clock) -> int:
        """Store event declarations in one atomic, durable transaction; return how many.

        Under the store's write lock (so that no other writer declares in
        between), calls ``admit()``: the log reads what other writers declared
        (:meth:`read_events`, which inside ``admit`` sees everything stored),
        checks its batch against the whole hierarchy, and returns the
        declarations to store (raising, to store nothing). Each is stored with
        ``clock()`` as its ``recorded_at``.
        """
        ...

    def read_events(self, after: int = 0) -> Iterable[tuple[int, Event]]:
        """Every event declaration stored at a position after ``after``, in stored order."""
        ...

    def verify(self, *, head: str | None = None, records: bool = True) -> VerifyReport:
        """Check the whole store end to end (see :mod:`casualtylog.store.verify`)."""
        ...

    def close(self) -> None:
        """Release the store; everything appended is already durable. Closing twice is fine."""
        ...


@runtime_checkable
class QueryableStore(ClaimStore, Protocol):
    """A store that answers queries itself, so that a lazy log keeps nothing in memory.

    Every query sees every writer's committed claims. ``at`` compares a
    claim's ``available_at`` and ``known_at`` its ``recorded_at`` (both
    inclusive); claims come back in stored order.
    """

    def size(self) -> int:
        """How many claims are stored."""
        ...

    def get(self, claim_id: str) -> Claim | None:
        """The claim with this id, or ``None``."""
        ...

    def contains(self, claim_id: str) -> bool:
        """Whether a claim with this id is stored (without reading the claim back)."""
        ...

    def counts(self) -> list[Count]:
        """Every count a claim is about (periods included), in any order."""
        ...

    def has_count(self, count: Count) -> bool:
        """Whether any claim is about ``count``'s event, metric and group (any period)."""
        ...

    def claims_of(self, count: Count, at: datetime | None = None, known_at: datetime | None = None) -> list[Claim]:
        """The claims about ``count`` (its period included) visible at ``at``/``known_at``."""
        ...

    def visible(
        self, at: datetime | None = None, known_at: datetime | None = None
    ) -> Iterator[tuple[Count, list[Claim]]]:
        """Every count with a claim visible at ``at``/``known_at``, with those claims, each
        count once, in any order of counts (a store reads itself once for this)."""
        ...
