"""StoredLog: a :class:`~casualtylog.CasualtyLog` kept in a SQLite file, loaded into memory on open.

It answers queries from the in-memory per-count index, exactly as
:class:`~casualtylog.CasualtyLog` does, and before each query loads the rows
other processes appended since it last looked (:meth:`StoredLog.refresh`).
Each ``add``/``extend`` is one SQLite transaction. :func:`~casualtylog.store.open_store`
opens one; :class:`~casualtylog.store.LazyStoredLog` is the variant that keeps
nothing in memory.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from casualtylog.checks import Finding, FindingKind
from casualtylog.claims import Claim, Count, share_fields_set
from casualtylog.history import Clock, History
from casualtylog.log import CasualtyLog, ClaimInput
from casualtylog.resolutions import Resolutions
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy
from casualtylog.store import _queries as q
from casualtylog.store import _schema
from casualtylog.store._codec import bound_text, check_record, decode, encode
from casualtylog.store._connection import connect, translate, write_transaction
from casualtylog.store._stored_events import StoredEvents
from casualtylog.store.errors import StoreClosedError, StoreCorruptError
from casualtylog.store.verify import Problem, VerifyReport, verify_store
from casualtylog.times import TimeInput

__all__ = ["DEFAULT_TIMEOUT", "StorePath", "StoredLog"]

DEFAULT_TIMEOUT = 30.0
"""Seconds a writer waits for another process's write to finish before giving up."""

StorePath = str | os.PathLike[str]


class StoredLog(StoredEvents, CasualtyLog):
    """A claim log kept in a SQLite file, loaded into memory on open.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from casualtylog.store import open_store
    >>> tmp = tempfile.TemporaryDirectory()
    >>> with open_store(Path(tmp.name) / "claims.db") as log:
    ...     ten = log.add({"event": "kyiv", "metric": "dead", "figure": "10", "source": "Ukrainian authorities",
    ...                    "reported_at": "2025-04-24T09:00+03:00"})
    ...     _ = log.add(ten.revised(figure="12", reported_at="2025-04-24T14:00+03:00"))
    >>> with open_store(Path(tmp.name) / "claims.db") as log:
    ...     print(len(log), log.resolve("kyiv", "killed").best)
    2 12
    >>> tmp.cleanup()

    It behaves like :class:`~casualtylog.CasualtyLog`, and also:

    - every ``add``/``extend`` is one transaction, durable when the call returns;
    - ``recorded_at`` is the log's clock at commit, taken while holding the
      store's write lock and never earlier than any claim already stored, so
      the recorded clock runs forwards across processes too (a claim that
      arrives with ``recorded_at`` keeps it, as in memory);
    - re-adding a claim (same :attr:`Claim.id`) is a no-op, even when another
      process stored it first; ``extend`` returns how many claims *this call*
      stored;
    - queries first load what other processes appended (:meth:`refresh`);
    - declared events (:meth:`add_event`) are stored too, each declaration a
      row, and come back with their versions on open.

    Use it from one thread at a time or share it between threads (a lock
    serialises its use), but open it anew in each process.

    Args:
        path: the store file; created (with its directory's -wal and -shm
            companions) if missing and ``create`` is true.
        clock: returns "now" for ``recorded_at``; inject one in tests.
        tz: the timezone for naive times in dict input and queries.
        create: make a new store if ``path`` does not exist (or is empty).
        timeout: seconds to wait for another process's write.

    Raises:
        StoreError: the file cannot be opened as a store; the subclasses in
            :mod:`casualtylog.store.errors` say why.
    """

    def __init__(
        self,
        path: StorePath,
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str | tzinfo | None = None,
        create: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._path = Path(path)
        self._timeout = timeout
        self._lock = threading.RLock()
        self._seen = 0  # the highest seq loaded into memory
        self._events_seen = 0  # the highest seq of table events declared in memory
        self._inserted = 0  # claims this object has stored, for extend's return value
        self._conn: sqlite3.Connection | None = connect(self._path, create=create, timeout=timeout)
        self._problems: dict[tuple[str, int | None], Problem] = {}
        try:
            for guard in _schema.missing_guards(self._conn):
                self._report(Problem("guard", None, f"{guard} is missing (dropped outside casualtylog)"))
            super().__init__(clock=clock, tz=tz)
            self._on_open()
        except BaseException:
            self.close()
            raise

    # -- the file -------------------------------------------------------------------
    @property
    def path(self) -> Path:
        """The store file."""
        return self._path

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._conn is None

    def close(self) -> None:
        """Close the file. Everything added is already stored; closing twice is fine."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreClosedError(self._path)
        return self._conn

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{len(self._by_id)} claims about {len(self._by_count)} counts"
        return f"<{type(self).__name__} {str(self._path)!r}: {state}>"

    # -- other processes' claims ----------------------------------------------------------
    def refresh(self) -> int:
        """Load the claims (and event declarations) other processes stored since this log
        last looked; return how many claims.

        Queries call it for you; call it yourself only to learn the number.
        Rows are read by ``seq``, which only grows, so each is read once.
        """
        with self._lock:
            conn = self._connection()
            self._load_events()
            return self._load(q.rows_since(conn, self._seen), {})

    def _on_open(self) -> None:
        self.refresh()

    def _sync(self) -> None:
        self.refresh()

    def _load(self, rows: Iterable[q.StoredRow], mine: Mapping[int, Claim]) -> int:
        loaded = 0
        try:
            for seq, claim_id, record in rows:
                if claim_id not in self._by_id:
                    claim = mine.get(seq)
                    if claim is None:
                        claim = self._decode(seq, record)
                    if claim is not None:
                        self._index(claim)
                        loaded += 1
                self._seen = max(self._seen, seq)
        except sqlite3.Error as exc:
            raise translate(exc, self._path, "read") from exc
        return loaded

    # -- rows that cannot be trusted --------------------------------------------------------
    @property
    def problems(self) -> tuple[Problem, ...]:
        """What this store found wrong while opening and reading (missing triggers, rows it
        skipped); empty when all is well. :meth:`verify` checks the whole file."""
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
            return decode(record, path=self._path, seq=seq)
        except StoreCorruptError as exc:
            if not q.vouched(self._connection(), seq):
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

    def _claims(
        self,
        rows: Iterable[q.StoredRow],
        *,
        count: Count | None = None,
        at: datetime | None = None,
        known_at: datetime | None = None,
    ) -> list[Claim]:
        """Claims for rows just read (from memory when loaded, else decoded), each checked
        against the columns the query selected it by."""
        out = []
        for seq, claim_id, record in rows:
            claim = self._by_id.get(claim_id) or self._decode(seq, record)
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
                self._path,
                "read",
                f"row {seq} of table 'claims' was selected by its columns, which say {'; '.join(wrong)}",
                "the file was changed outside casualtylog; run 'casualtylog verify' on it and restore it from a copy",
            )

    def verify(self, *, head: str | None = None, records: bool = True) -> VerifyReport:
        """Check the whole file: SQLite's quick_check, the triggers and indexes, the hash
        chain, and (unless ``records=False``) every record against its content hash and
        its columns; see :mod:`casualtylog.store.verify`.

        Args:
            head: a ``'SEQ:HASH'`` noted from an earlier report: also check
                that every row up to it is unchanged.
            records: decode every record (the slow part).
        """
        with self._lock:
            conn = self._connection()
            try:
                return verify_store(conn, self._path, head=head, records=records)
            except sqlite3.Error as exc:
                raise translate(exc, self._path, "verify") from exc

    def check(self, *args: Any, **kwargs: Any) -> list[Finding]:
        """Findings across counts (see :meth:`CasualtyLog.check`, whose arguments it takes),
        and first one warning for each of :attr:`problems` (a row skipped, a trigger missing)."""
        # Any arguments, passed on: the store adds to the log's checks whatever they become.
        self._load_events()
        findings = super().check(*args, **kwargs)
        store = [Finding(FindingKind.ANOMALY, "warning", f"store: {p}", (), ()) for p in self.problems]
        return store + findings

    # -- writing ----------------------------------------------------------------------
    def add(self, claim: ClaimInput) -> Claim:
        """Add one claim in its own transaction and return it as stored (see :meth:`CasualtyLog.add`)."""
        with self._lock:
            self._sync()
            return super().add(claim)

    def extend(self, claims: Iterable[ClaimInput]) -> int:
        """Add many claims in one transaction; return how many this call stored.

        Every claim is validated first: a bad one raises
        :class:`~casualtylog.errors.ClaimFormatError` and the store is unchanged.
        """
        with self._lock:
            self._sync()
            before = self._inserted
            super().extend(claims)
            return self._inserted - before

    def _now(self, conn: sqlite3.Connection) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        latest = q.max_recorded(conn)
        if latest is not None:
            now = max(now, datetime.fromisoformat(latest))
        if self._last_recorded is not None:
            now = max(now, self._last_recorded)
        return now

    def _commit(self, claims: Sequence[Claim]) -> list[Claim]:
        """Stamp and store ``claims`` in one transaction; return them as stored.

        Overrides the in-memory commit because the stamp must be taken while
        holding the write lock, and a claim another process stored first must
        come back as that process stored it.
        """
        # Reading each record back is the costly part of encoding: done before the
        # write lock is taken, so that other writers are not kept waiting for it.
        for position, claim in enumerate(claims, start=1):
            check_record(claim, position=position)
        with self._lock:
            conn = self._connection()
            mine: dict[int, Claim] = {}
            with write_transaction(conn, self._path, self._timeout):
                now = self._now(conn)
                stamped = [
                    c if c.recorded_at is not None else share_fields_set(c.model_copy(update={"recorded_at": now}))
                    for c in claims
                ]
                rows = [encode(c, checked=True) for c in stamped]
                for claim, row in zip(stamped, rows, strict=True):
                    seq = q.insert(conn, row)
                    if seq is not None:
                        mine[seq] = claim
            self._inserted += len(mine)
            latest = max((c.recorded_at for c in mine.values() if c.recorded_at is not None), default=now)
            self._last_recorded = max(latest, self._last_recorded or latest)
            return self._stored(conn, stamped, mine)

    def _persist(self, claims: Sequence[Claim]) -> None:
        """Store already-stamped ``claims`` in one transaction (ids already stored are skipped)."""
        with self._lock:
            conn = self._connection()
            with write_transaction(conn, self._path, self._timeout):
                for row in [encode(c) for c in claims]:
                    q.insert(conn, row)

    def _stored(self, conn: sqlite3.Connection, stamped: Sequence[Claim], mine: Mapping[int, Claim]) -> list[Claim]:
        self._load(q.rows_since(conn, self._seen), mine)
        return [self._by_id[c.id] for c in stamped]

    # -- store-level queries ---------------------------------------------------------------
    def visible_claims(
        self,
        event: str,
        metric: str,
        group: str | None = None,
        *,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> list[Claim]:
        """The claims about one count said by ``at`` and recorded by ``known_at``, read
        from the file through its indexes (only those rows are read), in stored order.

        >>> import tempfile
        >>> from pathlib import Path
        >>> from casualtylog.store import open_store
        >>> tmp = tempfile.TemporaryDirectory()
        >>> times = iter(["2025-05-01T10:00Z", "2025-05-02T10:00Z"])
        >>> clock = lambda: datetime.fromisoformat(next(times))
        >>> with open_store(Path(tmp.name) / "claims.db", clock=clock) as log:
        ...     _ = log.add({"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-04-30"})
        ...     _ = log.add({"event": "e", "metric": "killed", "figure": "5", "source": "s", "reported_at": "2025-05-01"})
        ...     [str(c.figure) for c in log.visible_claims("e", "killed", known_at="2025-05-01T12:00Z")]
        ['3']
        >>> tmp.cleanup()
        """
        count = Count.of(event, metric, group)
        at_t, known_t = self._time(at, "at"), self._time(known_at, "known_at")
        with self._lock:
            self._sync()
            conn = self._connection()
            try:
                return self._claims(q.visible_rows(conn, count, at_t, known_t), count=count, at=at_t, known_at=known_t)
            except sqlite3.Error as exc:
                raise translate(exc, self._path, "read") from exc

    def query_plan(
        self,
        event: str,
        metric: str,
        group: str | None = None,
        *,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> list[str]:
        """SQLite's plan (``EXPLAIN QUERY PLAN``) for :meth:`visible_claims`, one line per step.

        >>> import tempfile
        >>> from pathlib import Path
        >>> from casualtylog.store import open_store
        >>> tmp = tempfile.TemporaryDirectory()
        >>> with open_store(Path(tmp.name) / "claims.db") as log:
        ...     log.query_plan("e", "killed", known_at="2025-05-01T12:00Z")
        ['SEARCH claims USING INDEX claims_by_count_recorded (event=? AND metric=? AND grp=? AND recorded_at_utc<?)', 'USE TEMP B-TREE FOR ORDER BY']
        >>> tmp.cleanup()
        """
        count = Count.of(event, metric, group)
        at_t, known_t = self._time(at, "at"), self._time(known_at, "known_at")
        with self._lock:
            try:
                return q.explain(self._connection(), count, at_t, known_t)
            except sqlite3.Error as exc:
                raise translate(exc, self._path, "read") from exc

    # -- reading: load what others appended, then answer from memory ---------------------------
    def __len__(self) -> int:
        with self._lock:
            self._sync()
            return super().__len__()

    def __iter__(self) -> Iterator[Claim]:
        """Claims in the order they were stored."""
        with self._lock:
            self._sync()
            return iter(list(self._by_id.values()))

    def __contains__(self, item: object) -> bool:
        with self._lock:
            self._sync()
            return super().__contains__(item)

    def get(self, claim_id: str) -> Claim:
        """The claim with id ``claim_id`` (see :meth:`CasualtyLog.get`)."""
        with self._lock:
            self._sync()
            return super().get(claim_id)

    def counts(self) -> list[Count]:
        """Every count the store holds a claim about, sorted (see :meth:`CasualtyLog.counts`)."""
        with self._lock:
            self._sync()
            return super().counts()

    def claims_about(self, event: str, metric: str, group: str | None = None, period: object = None) -> list[Claim]:
        """The claims about one count, in stored order."""
        with self._lock:
            self._sync()
            return super().claims_about(event, metric, group, period)

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
        """Resolve one count (see :meth:`CasualtyLog.resolve`)."""
        with self._lock:
            self._sync()
            return super().resolve(event, metric, group, period, policy=policy, at=at, known_at=known_at)

    def resolve_all(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> Resolutions:
        """Resolve every count (see :meth:`CasualtyLog.resolve_all`)."""
        with self._lock:
            self._sync()
            return super().resolve_all(policy=policy, at=at, known_at=known_at)

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
        with self._lock:
            self._sync()
            return super().history(event, metric, group, period, policy=policy, clock=clock)
