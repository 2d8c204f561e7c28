"""PostgresStore: claims and event declarations kept in a PostgreSQL database.

It is a :class:`~casualtylog.store.contract.QueryableStore`, like the other
stores: it persists and reads back, the log above it resolves.

- Each ``append`` is one transaction: the batch is stored whole or not at all.
- Writers on any number of machines take turns at one transaction-level
  advisory lock per table, so ``seq`` has no gaps, the hash chain is one line,
  and ``recorded_at`` is stamped from the database's clock, never earlier
  than any claim already stored.
- Append-only is the database's job: the application role is granted SELECT
  and INSERT only (see :mod:`casualtylog.store.postgres.roles`), and triggers
  refuse UPDATE, DELETE and TRUNCATE even for the owner.
- One connection per store object, used under a lock, so threads (two logs on one
  store object) may share it: each transaction is one thread's alone, and no query
  runs inside another thread's transaction (where it would see rows that may yet be
  rolled back). Writers on other connections take turns at the advisory lock.
- The connection string comes from the caller or libpq's environment
  (``PGHOST``, ``PGUSER``, ``PGPASSWORD``, ``PGSERVICE`` …); :attr:`url`,
  ``repr`` and errors never show the password.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import groupby
from typing import TYPE_CHECKING, Any

from casualtylog._closing import Closing
from casualtylog._extras import require
from casualtylog.claims import Claim, Count, _copy_unchecked
from casualtylog.events import Event
from casualtylog.periods import parse_period
from casualtylog.store import _chain, _events
from casualtylog.store._codec import check_record, decode, encode
from casualtylog.store._schema import APPLICATION_ID
from casualtylog.store.contract import Appended, Clock
from casualtylog.store.errors import StoreClosedError, StoreCorruptError
from casualtylog.store.postgres import _queries as q
from casualtylog.store.postgres import _schema
from casualtylog.store.postgres._errors import translate
from casualtylog.store.postgres._prepare import prepare
from casualtylog.store.postgres._url import redact
from casualtylog.store.postgres._verify import missing_guards, verify_postgres
from casualtylog.store.verify import Problem, VerifyReport
from casualtylog.times import instant

if TYPE_CHECKING:
    from psycopg import Connection

__all__ = ["PostgresStore"]

_CHUNK = 10_000


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class PostgresStore(Closing):
    """Claims and event declarations in a PostgreSQL database (see the module).

    Args:
        conninfo: a ``postgresql://`` URL or a libpq ``key=value`` string;
            empty to take everything from libpq's environment.
        create: make the store's tables if the database (its current schema)
            is empty. A database with other tables and no casualtylog marker is
            refused either way.
        timeout: seconds to wait for another writer's lock before giving up.
        database_clock: stamp ``recorded_at`` from the database's clock (the
            default: one clock for every machine); ``False`` uses the clock
            passed to :meth:`append`, for tests that need known times.

    Raises:
        MissingExtraError: psycopg is not installed.
        StoreError: the database cannot be reached, is not a store, or is from
            a newer casualtylog.
    """

    def __init__(
        self, conninfo: str = "", *, create: bool = False, timeout: float = 30.0, database_clock: bool = True
    ) -> None:
        psycopg = require("psycopg", "postgres", "a PostgreSQL store")
        self.url = redact(conninfo)
        self._password = _password(conninfo)
        self._database_clock = database_clock
        self._problems: list[Problem] = []
        # The connection's session is one: two threads' statements would share its transaction
        # (psycopg nests the second as a savepoint, and the advisory lock is the session's already).
        self._lock = threading.RLock()
        try:
            conn: Connection[Any] = psycopg.connect(conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise translate(exc, self.url, "open", self._password) from None
        self._conn: Connection[Any] | None = conn
        try:
            # A writer that waits longer than the timeout for the lock fails clearly instead of hanging.
            conn.execute("SELECT set_config('lock_timeout', %s, false)", (f"{int(timeout * 1000)}ms",))
            self._open(conn, create)
        except psycopg.Error as exc:
            self.close()
            raise translate(exc, self.url, "open", self._password) from None
        except BaseException:
            self.close()
            raise

    # -- opening ----------------------------------------------------------------------
    def _open(self, conn: Connection[Any], create: bool) -> None:
        self._schema_version = prepare(conn, self.url, create)
        self._problems += [Problem("guard", None, guard) for guard in missing_guards(conn)]

    # -- the connection -------------------------------------------------------------------
    def _connection(self) -> Connection[Any]:
        if self._conn is None:
            raise StoreClosedError(self.url)
        return self._conn

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._conn is None

    @property
    def schema_version(self) -> int:
        """The store's schema version (see :mod:`casualtylog.store.postgres._schema`)."""
        return self._schema_version

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What opening found wrong (a trigger missing); :meth:`verify` checks every row."""
        return tuple(self._problems)

    def close(self) -> None:
        """Close the connection; everything appended is already committed. Closing twice is fine."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url!r}{' closed' if self.closed else ''}>"

    def _fail(self, exc: Exception, action: str) -> Exception:
        return translate(exc, self.url, action, self._password)

    # -- writing --------------------------------------------------------------------------
    def _now(self, conn: Connection[Any], clock: Callable[[], datetime] | None) -> datetime:
        """The stamp for this batch: the database's clock (or ``clock``), never before the latest stored."""
        db_now, latest = conn.execute(
            "SELECT clock_timestamp(), (SELECT max(recorded_at_utc) FROM claims)"
        ).fetchone() or (
            datetime.now(UTC),
            None,
        )
        now = _utc(clock() if clock is not None and not self._database_clock else db_now)
        if latest is not None:
            now = max(now, datetime.fromisoformat(str(latest)))
        return now

    def append(self, claims: Sequence[Claim], clock: Clock | None = None) -> Appended:
        """Store ``claims`` in one transaction; return them as stored, in input order, and how many are new.

        Claims without ``recorded_at`` are stamped (see :meth:`_now`); a claim
        whose id is already stored is skipped and comes back as stored. Every
        record is read back before anything is written.

        Raises:
            ClaimFormatError: a claim's record would not read back; nothing is stored.
            StoreError: the database refused (the role cannot write, the lock stayed taken …).
        """
        for position, claim in enumerate(claims, start=1):
            check_record(claim, position=position)
        with self._lock:
            return self._append(claims, clock)

    def _append(self, claims: Sequence[Claim], clock: Clock | None) -> Appended:
        from psycopg import Error  # noqa: PLC0415 - the extra, loaded already by __init__

        conn = self._connection()
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (APPLICATION_ID, _schema.LOCK_CLAIMS))
                known = q.stored_ids(conn, list(dict.fromkeys(c.id for c in claims)))
                now = self._now(conn, clock)
                seq, previous = q.tail(conn, "claims", _chain.GENESIS)
                rows: list[tuple[object, ...]] = []
                new: dict[str, Claim] = {}
                for claim in claims:
                    if claim.id in known or claim.id in new:
                        continue
                    if claim.recorded_at is None:
                        # Unvalidated on purpose: recorded_at is not part of the id, ``now`` is the
                        # database's aware time, and encode(checked=True) checks the row it writes.
                        claim = _copy_unchecked(claim, recorded_at=now)
                    row = encode(claim, checked=True)
                    seq += 1
                    previous = _chain.link(previous, seq, row)
                    rows.append((seq, *row, previous))
                    new[claim.id] = claim
                if rows:
                    with conn.cursor() as cur, cur.copy(q.COPY_CLAIMS) as copy:
                        for values in rows:
                            copy.write_row(values)
                    conn.execute("INSERT INTO heads (tbl, seq, hash) VALUES ('claims', %s, %s)", (seq, previous))
        except Error as exc:
            raise self._fail(exc, "write to") from None
        out = []
        for claim in claims:
            if claim.id in new:
                out.append(new[claim.id])
            else:
                stored_seq, record = known[claim.id]
                out.append(decode(record, path=self.url, seq=stored_seq))
        return Appended(out, len(new))

    def append_events(self, admit: Callable[[], Sequence[Event]], clock: Clock | None = None) -> int:
        """Store the declarations ``admit()`` returns, called under the events' lock, in one
        transaction; how many (see :meth:`ClaimStore.append_events
        <casualtylog.store.contract.ClaimStore.append_events>`)."""
        with self._lock:
            return self._append_events(admit, clock)

    def _append_events(self, admit: Callable[[], Sequence[Event]], clock: Clock | None) -> int:
        from psycopg import Error  # noqa: PLC0415 - the extra, loaded already by __init__

        conn = self._connection()
        out: list[int] = []
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (APPLICATION_ID, _schema.LOCK_EVENTS))
                events = admit()
                when = self._now(conn, clock).isoformat()
                seq, previous = q.tail(conn, "events", _chain.GENESIS)
                for event in events:
                    record, digest = _events.encode(event)
                    seq += 1
                    previous = _chain.link(previous, seq, (event.id, digest, when, record))
                    conn.execute(
                        "INSERT INTO events (seq, event, digest, recorded_at_utc, record, hash)"
                        " VALUES (%s, %s, %s, %s, %s, %s)",
                        (seq, event.id, digest, when, record, previous),
                    )
                    out.append(seq)
                if out:
                    conn.execute("INSERT INTO heads (tbl, seq, hash) VALUES ('events', %s, %s)", (seq, previous))
        except Error as exc:
            raise self._fail(exc, "write to") from None
        return len(out)

    # -- reading --------------------------------------------------------------------------
    def _select(self, sql: str, params: Sequence[object], action: str = "read") -> list[tuple[Any, ...]]:
        from psycopg import Error  # noqa: PLC0415 - the extra, loaded already by __init__

        try:
            with self._lock:
                return self._connection().execute(sql, params).fetchall()
        except Error as exc:
            raise self._fail(exc, action) from None

    def read(self, after: int = 0) -> Iterator[tuple[int, Claim]]:
        """``(seq, claim)`` for every claim stored after row ``after``, in the order they were stored."""
        while True:
            rows = self._select("SELECT seq, record FROM claims WHERE seq > %s ORDER BY seq LIMIT %s", (after, _CHUNK))
            if not rows:
                return
            for seq, record in rows:
                yield int(seq), decode(str(record), path=self.url, seq=int(seq))
            after = int(rows[-1][0])

    def read_events(self, after: int = 0) -> list[tuple[int, Event]]:
        """``(seq, event)`` for every declaration stored after row ``after``, in order."""
        rows = self._select("SELECT seq, event, digest, record FROM events WHERE seq > %s ORDER BY seq", (after,))
        return [
            (int(seq), _events.decode(str(record), str(digest), str(event_id), seq=int(seq), path=self.url))
            for seq, event_id, digest, record in rows
        ]

    def size(self) -> int:
        """How many claims the store holds."""
        return int(self._select("SELECT count(*) FROM claims", ())[0][0])

    def get(self, claim_id: str) -> Claim | None:
        """The claim with this id, or ``None``."""
        rows = self._select("SELECT seq, record FROM claims WHERE id = %s", (claim_id,))
        return decode(str(rows[0][1]), path=self.url, seq=int(rows[0][0])) if rows else None

    def contains(self, claim_id: str) -> bool:
        """Whether a claim with this id is stored (one lookup in the unique index; nothing decoded)."""
        return bool(self._select("SELECT 1 FROM claims WHERE id = %s", (claim_id,)))

    def counts(self) -> list[Count]:
        """Every count with a claim, periods included, in no particular order."""
        rows = self._select("SELECT DISTINCT event, metric, grp, record::jsonb -> 'period' FROM claims", ())
        return [Count(e, m, g, None if p is None else parse_period(p)) for e, m, g, p in rows]

    def has_count(self, count: Count) -> bool:
        """Whether a claim is about ``count``'s event, metric and group (one indexed lookup)."""
        sql, params = q.visible_sql(Count(count.event, count.metric, count.group), None, None)
        return bool(self._select(sql + " LIMIT 1", params))

    def claims_of(self, count: Count, at: datetime | None = None, known_at: datetime | None = None) -> list[Claim]:
        """The claims about ``count`` said by ``at`` and recorded by ``known_at``, in stored order,
        read through the indexes (only those rows)."""
        sql, params = q.visible_sql(count, at, known_at)
        found = self._claims(self._select(sql, params), count, at, known_at)
        # The columns name event, metric and group; the period is in the record.
        return [c for c in found if c.period == count.period]

    def visible(
        self, at: datetime | None = None, known_at: datetime | None = None
    ) -> Iterator[tuple[Count, list[Claim]]]:
        """Every visible claim, read once in count order through a server-side cursor, grouped by count."""
        from psycopg import Error  # noqa: PLC0415 - the extra, loaded already by __init__

        sql, params = q.visible_sql(None, at, known_at)
        sql = sql.replace("SELECT seq, id, record", "SELECT event, metric, grp, seq, id, record", 1)
        sql = sql.replace("ORDER BY seq", "ORDER BY event, metric, grp, seq")
        with self._lock:  # held while the caller consumes, as SQLite's: one cursor, one snapshot, one thread
            conn = self._connection()
            try:
                with conn.transaction(), conn.cursor(name="casualtylog_visible") as cursor:
                    cursor.itersize = _CHUNK
                    cursor.execute(sql, params)
                    for columns, rows in groupby(cursor, key=lambda row: Count(row[0], row[1], row[2])):
                        by_count: dict[Count, list[Claim]] = {}
                        for claim in self._claims([row[3:] for row in rows], columns, at, known_at):
                            by_count.setdefault(claim.count, []).append(claim)
                        yield from by_count.items()
            except Error as exc:
                raise self._fail(exc, "read") from None

    def _claims(
        self, rows: Sequence[tuple[Any, ...]], count: Count, at: datetime | None, known_at: datetime | None
    ) -> list[Claim]:
        """Decode rows a query selected by their columns, refusing one whose record says otherwise:
        an edited column would otherwise move a claim into another answer unnoticed."""
        out = []
        for seq, claim_id, record in rows:
            claim = decode(str(record), path=self.url, seq=int(seq))
            wrong = claim.id != claim_id or claim.count[:3] != count[:3]
            # As instants, as the query selected them: one named zone's times compare by wall clock.
            wrong = wrong or (at is not None and instant(claim.available_at) > instant(at))
            recorded = claim.recorded_at
            wrong = wrong or (known_at is not None and (recorded is None or instant(recorded) > instant(known_at)))
            if wrong:
                raise StoreCorruptError(
                    self.url,
                    "read",
                    f"row {seq} of table 'claims' was selected by columns its record disagrees with",
                    "the database was changed outside casualtylog; run 'casualtylog verify' on it",
                )
            out.append(claim)
        return out

    def verify(self, *, head: str | None = None, records: bool = True) -> VerifyReport:
        """Walk every row: triggers, the hash chains, records against their columns, the noted heads."""
        from psycopg import Error  # noqa: PLC0415 - the extra, loaded already by __init__

        try:
            with self._lock:
                return verify_postgres(self._connection(), self.url, head=head, records=records)
        except Error as exc:
            raise self._fail(exc, "verify") from None


def _password(conninfo: str) -> str | None:
    """The password in ``conninfo``, so that an error echoing it can be scrubbed."""
    from psycopg.conninfo import conninfo_to_dict  # noqa: PLC0415 - the extra

    try:
        value = conninfo_to_dict(conninfo).get("password")
    except Exception:  # noqa: BLE001 - a malformed string: psycopg.connect will say why
        return None
    return None if value is None else str(value)
