"""SQLiteStore: the storage contract in one SQLite file (standard-library :mod:`sqlite3`, no server).

The file's layout, its triggers, its hash chains and its versions are
described in docs/store.md ("The file"). This class only turns the contract's
calls into parameterised SQL (:mod:`casualtylog.store._queries`) inside the
write transaction of :mod:`casualtylog.store._connection`, and checks every
row it reads: a record that is not a claim, or whose indexed columns say
something else than the record, is refused (or, when the hash chain vouches
that casualtylog itself wrote it, skipped and reported in :attr:`problems`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from functools import partial
from itertools import groupby
from pathlib import Path
from typing import TypeVar

from casualtylog.claims import Claim, Count
from casualtylog.events import Event
from casualtylog.store import _events, _schema
from casualtylog.store import _queries as q
from casualtylog.store._codec import bound_text, check_record, decode, encode
from casualtylog.store._connection import connect, translate, write_transaction
from casualtylog.store.contract import Appended, Clock
from casualtylog.store.errors import StoreClosedError, StoreCorruptError
from casualtylog.store.memory import aware, stamp
from casualtylog.store.verify import Problem, VerifyReport, verify_store

__all__ = ["DEFAULT_TIMEOUT", "SQLiteStore"]

DEFAULT_TIMEOUT = 30.0
"""Seconds a writer waits for another process's write to finish before giving up."""

_CHUNK = 1000
_T = TypeVar("_T")


class SQLiteStore:
    """A claim store in the SQLite file at ``path``; see :mod:`casualtylog.store.contract`.

    Positions are the rows' ``seq``. One connection, used under a lock, so
    threads may share the store; open it anew in each process.

    Args:
        path: the store file; created if missing and ``create`` is true.
        create: make a new store if ``path`` does not exist (or is empty).
        timeout: seconds to wait for another process's write.
        decode: reads a record back as a claim (the costly step of reading); by default
            :func:`casualtylog.store._codec.decode`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
        decode: Callable[..., Claim] = decode,
    ) -> None:
        self.path = Path(path)
        self._decode_record = decode
        self.url = str(self.path)
        self._timeout = timeout
        self._lock = threading.RLock()
        self._problems: dict[tuple[str, int | None], Problem] = {}
        self._last: datetime | None = None  # the latest recorded_at this object stored
        self._fresh: dict[int, Claim] = {}  # the last batch appended, by seq: read() need not decode it
        self._conn: sqlite3.Connection | None = connect(self.path, create=create, timeout=timeout)
        try:
            for guard in _schema.missing_guards(self._conn):
                self._report(Problem("guard", None, f"{guard} is missing (dropped outside casualtylog)"))
        except BaseException:
            self.close()
            raise

    # -- the connection ----------------------------------------------------------------
    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._conn is None

    def close(self) -> None:
        """Close the file. Everything appended is already stored; closing twice is fine."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def connection(self) -> sqlite3.Connection:
        """The open connection.

        Raises:
            StoreClosedError: the store was closed.
        """
        if self._conn is None:
            raise StoreClosedError(self.path)
        return self._conn

    def _read(self, query: Callable[[sqlite3.Connection], _T]) -> _T:
        with self._lock:
            conn = self.connection()
            try:
                return query(conn)
            except sqlite3.Error as exc:
                raise translate(exc, self.path, "read") from exc

    # -- rows that cannot be trusted ----------------------------------------------------
    @property
    def problems(self) -> tuple[Problem, ...]:
        """What this store found wrong while opening and reading; see :meth:`ClaimStore.problems`."""
        return tuple(self._problems.values())

    def _report(self, problem: Problem) -> None:
        self._problems.setdefault((problem.kind, problem.seq), problem)

    def _decode(self, seq: int, record: str) -> Claim | None:
        """The claim of row ``seq``; ``None`` (reported, skipped) for a record casualtylog itself
        wrote that does not read back, as older versions could store.

        Raises:
            StoreCorruptError: the record is not a valid claim and the hash chain
                does not vouch for it: it was changed outside casualtylog.
        """
        try:
            return self._decode_record(record, path=self.path, seq=seq)
        except StoreCorruptError as exc:
            if not q.vouched(self.connection(), seq):
                raise
            self._report(
                Problem(
                    "record",
                    seq,
                    f"skipped: stored by casualtylog but does not read back as a claim ({exc.problem}); "
                    "add the claim again with its figure as text",
                )
            )
            return None

    def claims(
        self,
        rows: Iterable[q.StoredRow],
        *,
        count: Count | None = None,
        at: datetime | None = None,
        known_at: datetime | None = None,
    ) -> list[Claim]:
        """The claims of rows just read, each checked against the columns the query selected it by."""
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

    def _check_row(
        self,
        seq: int,
        claim_id: str,
        claim: Claim,
        count: Count | None,
        at: datetime | None,
        known_at: datetime | None,
    ) -> None:
        """Refuse a row whose indexed columns disagree with its record: a query that
        selected it by them would otherwise answer wrongly, silently."""
        wrong: list[str] = []
        if claim.id != claim_id:
            wrong.append(f"id {claim_id!r} (the record's is {claim.id!r})")
        if count is not None and claim.count[:3] != count[:3]:  # the columns hold event, metric, group
            wrong.append(f"count {count} (the record's is {claim.count})")
        if at is not None and bound_text(claim.available_at) > bound_text(at):
            wrong.append(
                f"available_at at or before {at.isoformat()} (the record's is {claim.available_at.isoformat()})"
            )
        if known_at is not None and (claim.recorded_at is None or bound_text(claim.recorded_at) > bound_text(known_at)):
            wrong.append(f"recorded_at at or before {known_at.isoformat()} (the record's is {claim.recorded_at})")
        if wrong:
            raise StoreCorruptError(
                self.path,
                "read",
                f"row {seq} of table 'claims' was selected by its columns, which say {'; '.join(wrong)}",
                "the file was changed outside casualtylog; run 'casualtylog verify' on it and restore it from a copy",
            )

    def verify(self, *, head: str | None = None, records: bool = True) -> VerifyReport:
        """Check the whole file; see :mod:`casualtylog.store.verify`."""
        with self._lock:
            conn = self.connection()
            try:
                return verify_store(conn, self.path, head=head, records=records)
            except sqlite3.Error as exc:
                raise translate(exc, self.path, "verify") from exc

    # -- claims ---------------------------------------------------------------------------
    def _now(self, conn: sqlite3.Connection, clock: Clock) -> datetime:
        now = aware(clock())
        latest = q.max_recorded(conn)
        if latest is not None:
            now = max(now, datetime.fromisoformat(latest))
        if self._last is not None:
            now = max(now, self._last)
        return now

    def append(self, claims: Sequence[Claim], clock: Clock) -> Appended:
        """Stamp and store ``claims`` in one transaction; see :meth:`ClaimStore.append`."""
        # Reading each record back is the costly part of encoding: done before the
        # write lock is taken, so that other writers are not kept waiting for it.
        for position, claim in enumerate(claims, start=1):
            check_record(claim, position=position)
        with self._lock:
            conn = self.connection()
            mine: dict[int, Claim] = {}
            with write_transaction(conn, self.path, self._timeout):
                stamped = stamp(claims, self._now(conn, clock))
                rows = [encode(c, checked=True) for c in stamped]
                for claim, row in zip(stamped, rows, strict=True):
                    seq = q.insert(conn, row)
                    if seq is not None:
                        mine[seq] = claim
            self._fresh = dict(mine)
            if mine:
                latest = max(c.recorded_at for c in mine.values() if c.recorded_at is not None)
                self._last = max(latest, self._last or latest)
            by_id = {c.id: c for c in mine.values()}
            others = [c.id for c in stamped if c.id not in by_id]
            if others:  # stored before, by this log or another writer: as they stored it
                by_id.update((c.id, c) for c in self._read(lambda conn: self.claims(q.rows_by_id(conn, others))))
            return Appended([by_id[c.id] for c in stamped], len(mine))

    def read(self, after: int = 0) -> Iterator[tuple[int, Claim]]:
        """Every claim stored after row ``after``, read in chunks; see :meth:`ClaimStore.read`."""
        seen = after
        while True:
            with self._lock:
                rows = self._read(partial(q.chunk_since, seq=seen, limit=_CHUNK))
                if not rows:
                    return
                fresh = self._fresh
                out = []
                for seq, _, record in rows:
                    claim = fresh.pop(seq, None) or self._decode(seq, record)
                    if claim is not None:
                        out.append((seq, claim))
            seen = rows[-1][0]
            yield from out

    # -- events -----------------------------------------------------------------------------
    def append_events(self, admit: Callable[[], Sequence[Event]], clock: Clock) -> int:
        """Store what ``admit()`` returns, called under the write lock; see :meth:`ClaimStore.append_events`."""
        with self._lock:
            conn = self.connection()
            with write_transaction(conn, self.path, self._timeout):
                declared = admit()
                now = clock()
                now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
                for event in declared:
                    _events.insert(conn, event, now)
            return len(declared)

    def read_events(self, after: int = 0) -> list[tuple[int, Event]]:
        """Every declaration stored after row ``after``."""
        rows = self._read(lambda conn: _events.rows_since(conn, after))
        return [(r[0], _events.decode(r[4], r[2], r[1], seq=r[0], path=self.path)) for r in rows]

    # -- QueryableStore ------------------------------------------------------------------------
    def size(self) -> int:
        """How many claims the file holds."""
        return self._read(q.size)

    def get(self, claim_id: str) -> Claim | None:
        """The claim with this id, or ``None``."""
        found = self._read(lambda conn: self.claims(q.rows_by_id(conn, [claim_id])))
        return found[0] if found else None

    def contains(self, claim_id: str) -> bool:
        """Whether a claim with this id is stored (one lookup in the unique index, nothing decoded)."""
        return bool(self._read(lambda conn: q.rows_by_id(conn, [claim_id])))

    def counts(self) -> list[Count]:
        """Every count with a claim, periods included."""
        return self._read(q.counts_with_periods)

    def has_count(self, count: Count) -> bool:
        """Whether a claim is about ``count``'s event, metric and group (one indexed lookup)."""
        return self._read(lambda conn: q.count_exists(conn, count))

    def claims_of(self, count: Count, at: datetime | None = None, known_at: datetime | None = None) -> list[Claim]:
        """The claims of ``count`` visible at ``at``/``known_at``, read through the count indexes."""
        found = self._read(
            lambda conn: self.claims(q.visible_rows(conn, count, at, known_at), count=count, at=at, known_at=known_at)
        )
        # The table's columns name event, metric and group; the period is in the record.
        return [c for c in found if c.period == count.period]

    def visible(
        self, at: datetime | None = None, known_at: datetime | None = None
    ) -> Iterator[tuple[Count, list[Claim]]]:
        """Every visible claim, read once in count order, grouped by count."""
        with self._lock:  # held while the caller consumes: one cursor, one snapshot
            conn = self.connection()
            try:
                for columns, rows in groupby(q.all_visible_rows(conn, at, known_at), key=lambda item: item[0]):
                    by_count: dict[Count, list[Claim]] = {}
                    for claim in self.claims((row for _, row in rows), count=columns, at=at, known_at=known_at):
                        by_count.setdefault(claim.count, []).append(claim)  # the period is in the record
                    yield from by_count.items()
            except sqlite3.Error as exc:
                raise translate(exc, self.path, "read") from exc

    # -- for the SQLite log's own extras --------------------------------------------------------
    def explain(self, count: Count, at: datetime | None, known_at: datetime | None) -> list[str]:
        """SQLite's plan for :meth:`claims_of`'s query."""
        return self._read(lambda conn: q.explain(conn, count, at, known_at))

    def visible_rows(self, count: Count, at: datetime | None, known_at: datetime | None) -> list[Claim]:
        """As :meth:`claims_of`, every period of the count."""
        return self._read(
            lambda conn: self.claims(q.visible_rows(conn, count, at, known_at), count=count, at=at, known_at=known_at)
        )
