"""LazyStoredLog: a claim store that keeps nothing in memory and reads each count from SQL.

Opened by ``open_store(path, lazy=True)``: opening is instant and memory stays
small, whatever the size of the store. It writes as
:class:`~casualtylog.store.StoredLog` does, one transaction per ``add``/``extend``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import partial
from itertools import groupby
from typing import TypeVar

from casualtylog.claims import Claim, Count
from casualtylog.errors import UnknownClaimError, UnknownCountError
from casualtylog.history import Clock, History, build_history
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.store import _queries as q
from casualtylog.store._connection import translate
from casualtylog.store.eager import StoredLog
from casualtylog.times import TimeInput

__all__ = ["LazyStoredLog"]

_T = TypeVar("_T")


def _count_key(count: Count) -> tuple[str, str, str, tuple[datetime, datetime] | tuple[()]]:
    return (count.event, count.metric, count.group or "", () if count.period is None else count.period.sort_key())


def _of_period(claims: Iterable[Claim], count: Count) -> list[Claim]:
    # The table's columns name event, metric and group; the period is in the record.
    return [c for c in claims if c.period == count.period]


class LazyStoredLog(StoredLog):
    """A store that keeps no claims in memory: each query reads what it needs from SQL.

    Opening costs nothing however large the store; resolving a count reads that
    count's visible rows through the count indexes (``at=``/``known_at=``
    filtered in SQL); :meth:`resolve_all` streams the store once, count by count.
    Nothing is cached, so every answer reflects every process's commits.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from casualtylog.store import open_store
    >>> tmp = tempfile.TemporaryDirectory()
    >>> path = Path(tmp.name) / "claims.db"
    >>> with open_store(path) as log:
    ...     _ = log.extend([{"event": "e", "metric": "killed", "figure": str(n), "source": "s",
    ...                      "reported_at": f"2025-05-0{n}"} for n in range(1, 4)])
    >>> with open_store(path, lazy=True) as lazy:
    ...     print(len(lazy), lazy.resolve("e", "killed").best, lazy.resolve("e", "killed", at="2025-05-02T12:00Z").best)
    3 3 1
    >>> tmp.cleanup()
    """

    def _on_open(self) -> None:
        """Read nothing: opening stays instant, and ``verify`` can open a store whose rows were
        changed. Events are read when first asked for (:attr:`events`, :meth:`add_event` …)."""

    def _sync(self) -> None:
        """Nothing to load before a query: claims are read from the file, events when asked for."""

    def refresh(self) -> int:
        """Load the event declarations other processes stored; claims are read from the file
        on every query, so none is loaded. Returns 0."""
        with self._lock:
            self._connection()
            self._load_events()
            return 0

    def _index(self, claim: Claim) -> None:
        """Nothing is kept in memory."""

    def _claims(
        self,
        rows: Iterable[q.StoredRow],
        *,
        count: Count | None = None,
        at: datetime | None = None,
        known_at: datetime | None = None,
    ) -> list[Claim]:
        # Every row is decoded anyway; checking it against the columns the query
        # selected it by costs a few comparisons, and keeps an edited index column
        # from moving a claim into another count's answer unnoticed.
        out = []
        for seq, claim_id, record in rows:
            claim = self._decode(seq, record)
            if claim is not None:
                self._check_row(seq, claim_id, claim, count, at, known_at)
                out.append(claim)
        return out

    def _stored(self, conn: sqlite3.Connection, stamped: Sequence[Claim], mine: Mapping[int, Claim]) -> list[Claim]:
        by_id = {c.id: c for c in mine.values()}
        others = [c.id for c in stamped if c.id not in by_id]
        by_id.update((c.id, c) for c in self._read(lambda conn: self._claims(q.rows_by_id(conn, others))))
        return [by_id[c.id] for c in stamped]

    def _read(self, query: Callable[[sqlite3.Connection], _T]) -> _T:
        with self._lock:
            conn = self._connection()
            try:
                return query(conn)
            except sqlite3.Error as exc:
                raise translate(exc, self._path, "read") from exc

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {str(self._path)!r}: {'closed' if self.closed else 'open'}>"

    def __len__(self) -> int:
        return self._read(q.size)

    def __iter__(self) -> Iterator[Claim]:
        """Claims in the order they were stored, read in chunks."""
        seen = 0
        while True:
            rows = self._read(partial(q.chunk_since, seq=seen, limit=1000))
            if not rows:
                return
            seen = rows[-1][0]
            yield from self._claims(rows)

    def __contains__(self, item: object) -> bool:
        claim_id = item.id if isinstance(item, Claim) else item
        if not isinstance(claim_id, str):
            return False
        return bool(self._read(lambda conn: q.rows_by_id(conn, [claim_id])))

    def get(self, claim_id: str) -> Claim:
        """The claim with id ``claim_id``.

        Raises:
            UnknownClaimError: no such claim.
        """
        found = self._read(lambda conn: self._claims(q.rows_by_id(conn, [claim_id])))
        if not found:
            raise UnknownClaimError(claim_id)
        return found[0]

    def counts(self) -> list[Count]:
        """Every count the store holds a claim about, sorted."""
        return sorted(self._read(q.counts_with_periods), key=_count_key)

    def claims_about(self, event: str, metric: str, group: str | None = None, period: object = None) -> list[Claim]:
        """The claims about one count, in stored order."""
        return _of_period(self.visible_claims(event, metric, group), Count.of(event, metric, group, period))

    def _resolve_count(
        self, count: Count, policy: Policy, at: datetime | None, known_at: datetime | None
    ) -> Resolution:
        claims = self._read(
            lambda conn: self._claims(q.visible_rows(conn, count, at, known_at), count=count, at=at, known_at=known_at)
        )
        return resolve_claims(count, _of_period(claims, count), policy, at=at, known_at=known_at)

    def _require(self, count: Count) -> None:
        if not self._read(lambda conn: q.count_exists(conn, count)):
            raise UnknownCountError(count.event, count.metric, count.group, count.period)

    def resolve(
        self,
        event: str,
        metric: str,
        group: str | None = None,
        period: object = None,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> Resolution:
        """Resolve one count from the rows visible at ``at``/``known_at`` (see :meth:`CasualtyLog.resolve`)."""
        count = Count.of(event, metric, group, period)
        chosen = get_policy(policy)
        at_t, known_t = self._time(at, "at"), self._time(known_at, "known_at")
        resolution = self._resolve_count(count, chosen, at_t, known_t)
        if not resolution.considered:
            self._require(count)
        return resolution

    def resolve_all(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> list[Resolution]:
        """Resolve every count with a visible claim, reading the store once in count order."""
        chosen = get_policy(policy)
        at_t, known_t = self._time(at, "at"), self._time(known_at, "known_at")

        def run(conn: sqlite3.Connection) -> list[Resolution]:
            out = []
            for columns, rows in groupby(q.all_visible_rows(conn, at_t, known_t), key=lambda item: item[0]):
                by_count: dict[Count, list[Claim]] = {}
                for claim in self._claims((row for _, row in rows), count=columns, at=at_t, known_at=known_t):
                    by_count.setdefault(claim.count, []).append(claim)  # the period is in the record
                for count, claims in by_count.items():
                    resolution = resolve_claims(count, claims, chosen, at=at_t, known_at=known_t)
                    if resolution.states_a_figure:  # as CasualtyLog.resolve_all: no count of retractions alone
                        out.append(resolution)
            return out

        return sorted(self._read(run), key=lambda r: _count_key(r.count))

    def history(
        self,
        event: str,
        metric: str,
        group: str | None = None,
        period: object = None,
        *,
        policy: str | Policy | None = None,
        clock: Clock = "reported",
    ) -> History:
        """How one count's resolution moved (see :meth:`CasualtyLog.history`)."""
        count = Count.of(event, metric, group, period)
        claims = self.claims_about(count.event, count.metric, count.group, count.period)
        if not claims:
            raise UnknownCountError(count.event, count.metric, count.group, count.period)
        return build_history(count, claims, get_policy(policy), clock)
