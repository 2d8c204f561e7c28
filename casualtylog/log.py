"""CasualtyLog: an append-only log of claims, indexed by count, kept in a store.

Adding a claim touches only its own count: the claim goes into that count's
list and that count's cached resolutions are dropped. Resolutions are computed
on demand from the claims of one count, so the cost of ``add`` and of
``resolve`` does not grow with the size of the log.

Where the claims are kept is the store's business (:mod:`casualtylog.store.contract`):
memory by default, a SQLite file or a PostgreSQL database through
:meth:`CasualtyLog.open`. Before each query the log indexes what other writers
appended to a shared store since it last looked; a *lazy* log keeps no index
and asks the store instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from os import PathLike
from typing import TYPE_CHECKING, Any, Literal

from casualtylog._coerce import to_claim
from casualtylog._gc import paused_gc
from casualtylog.checks import DEFAULT_RELATIONS, Finding, FindingKind, Relation, check_resolutions
from casualtylog.claims import Claim, Count
from casualtylog.errors import UnknownClaimError, UnknownCountError
from casualtylog.hierarchy import EventRegistry
from casualtylog.history import Clock, History, build_history
from casualtylog.log_resolving import LogResolving
from casualtylog.log_store import count_order, queryable
from casualtylog.log_writing import RECORDED_AT_TOLERANCE, ClaimInput, ClaimWriting
from casualtylog.resolutions import Resolutions
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.rollup import EventsMixin, rollup_findings, rollup_resolutions
from casualtylog.times import TimeInput

if TYPE_CHECKING:
    import pandas as pd

    from casualtylog.formats.mapping import TableMapping
    from casualtylog.store.contract import ClaimStore
    from casualtylog.sync import SyncReport

__all__ = ["RECORDED_AT_TOLERANCE", "CasualtyLog", "ClaimInput"]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class CasualtyLog(ClaimWriting, LogResolving, EventsMixin):
    """An append-only log of claims that resolves counts on demand, kept in memory or in a store.

    >>> log = CasualtyLog()
    >>> first = log.add({"event": "kyiv-2025-04-24", "metric": "dead", "figure": "10",
    ...                  "source": "Ukrainian authorities", "reported_at": "2025-04-24T09:00+03:00"})
    >>> _ = log.add(first.revised(figure="12", source="Kyiv City Military Administration",
    ...                           reported_at="2025-04-24T14:00+03:00"))
    >>> log.resolve("kyiv-2025-04-24", "killed").best
    12
    >>> log.resolve("kyiv-2025-04-24", "killed", at="2025-04-24T12:00+03:00").best
    10

    Args:
        claims: claims (or dicts) to add at once.
        clock: returns "now" for ``recorded_at``; inject one in tests.
        tz: the timezone for naive times in dict input and queries.
        vague: floors for vague words in figures read from text, instead of
            :data:`casualtylog.vocab.VAGUE_WORDS` (e.g. ``{"dozens": 12}``,
            ACLED's coding). The word and its floor are kept in the figure.
        store: where the claims are kept (:mod:`casualtylog.store.contract`);
            default a new :class:`~casualtylog.store.memory.MemoryStore`.
            :meth:`open` chooses one for a path or URL.
        lazy: keep no claims in memory and ask the store (a
            :class:`~casualtylog.store.contract.QueryableStore`) on every query.
    """

    def __init__(
        self,
        claims: Iterable[ClaimInput] = (),
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str | tzinfo | None = None,
        vague: Mapping[str, int] | None = None,
        store: ClaimStore | None = None,
        lazy: bool = False,
    ) -> None:
        self._clock = clock or _utcnow
        self._tz = tz
        self._vague = None if vague is None else dict(vague)
        self._by_count: dict[Count, list[Claim]] = {}
        self._cache: dict[Count, dict[Policy, Resolution]] = {}
        # Per count queried with ``at=``: its claims in the order they became visible, with
        # those moments, so a query bisects to what was said by then (kept sorted on add).
        self._said_order: dict[Count, tuple[list[datetime], list[Claim]]] = {}
        # Histories replayed, per count: the known-series of each frequency reads the same one.
        self._histories: dict[Count, dict[tuple[Policy, str], History]] = {}
        self._events = EventRegistry()
        self._lock = threading.RLock()  # threads may share a log: one of them at a time
        self._seen = 0  # the store position of the last claim indexed
        self._events_seen = 0  # the store position of the last event declaration loaded
        from casualtylog.store.memory import MemoryStore  # noqa: PLC0415 - the store package imports this module

        if store is None:
            store = MemoryStore()
        self._store = store
        # A memory store says when it changed: a log alone on it (the usual case) never reads it to catch up.
        self._memory = store if isinstance(store, MemoryStore) else None
        # On a memory store, its dict by id: the log indexes each claim it holds before any read (refresh).
        self._by_id: dict[str, Claim] = {} if self._memory is None else self._memory.by_id
        self._changes_seen = -1
        self._queryable = queryable(store) if lazy else None
        if self._queryable is None:
            self.refresh()
        self.extend(claims)

    @classmethod
    def open(
        cls,
        target: str | PathLike[str],
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str | tzinfo | None = None,
        create: bool = True,
        lazy: bool = False,
    ) -> CasualtyLog:
        """Open (or create) a durable log: see :mod:`casualtylog.store` and :func:`casualtylog.store.open_log`.

        ``target`` chooses the store: a path or ``sqlite:///path`` a SQLite
        file; ``postgresql://…`` a PostgreSQL database (the ``postgres``
        extra). The returned log behaves like an in-memory one, and every
        ``add`` and ``extend`` is one durable transaction. Close it, or use it
        as a context manager.

        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     with CasualtyLog.open(pathlib.Path(tmp) / "claims.db") as log:
        ...         _ = log.add({"event": "e", "metric": "killed", "figure": "3", "source": "s",
        ...                      "reported_at": "2025-01-01"})
        ...     with CasualtyLog.open(pathlib.Path(tmp) / "claims.db") as log:
        ...         print(len(log))
        1
        """
        from casualtylog.store.opening import open_log  # noqa: PLC0415 - the store depends on this module

        return open_log(target, clock=clock, tz=tz, create=create, lazy=lazy)

    # -- writing ----------------------------------------------------------------
    def add(self, claim: ClaimInput) -> Claim:
        """Add one claim and return it as stored (with ``recorded_at``).

        Re-adding a claim already in the log (same :attr:`Claim.id`) is a
        no-op that returns the stored claim.

        >>> log = CasualtyLog()
        >>> c = log.add({"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"})
        >>> log.add(c) is c, len(log)
        (True, 1)
        """
        validated = to_claim(claim, tz=self._tz, vague=self._vague)
        self._check_recorded(validated, None)
        with self._lock:
            self._sync()
            existing = self._by_id.get(validated.id)
            if existing is not None:
                return existing
            return self._commit([validated]).claims[0]

    def extend(self, claims: Iterable[ClaimInput]) -> int:
        """Add many claims as one batch; return how many were new.

        Every claim is validated before any is stored: a bad one raises
        :class:`~casualtylog.errors.ClaimFormatError` naming its position, and
        the log is left exactly as it was.

        >>> log = CasualtyLog()
        >>> log.extend([{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"},
        ...             {"event": "e", "metric": "killed", "figure": "-3", "source": "s", "reported_at": "2025-01-02"}])
        Traceback (most recent call last):
        ...
        casualtylog.errors.ClaimFormatError: record 2: figure='-3': cannot read figure '-3': expected a count of zero or more (a fall is a new, lower claim, not a negative figure)
        >>> len(log)
        0
        """
        with self._lock, paused_gc():
            self._sync()
            return self._extend(claims)

    def sync(self, snapshot: object, *, source: Any, at: TimeInput, **options: Any) -> SyncReport:
        """Add only what changed in a full snapshot of ``source``'s table: see :func:`casualtylog.sync.sync`."""
        from casualtylog.sync import sync  # noqa: PLC0415 - sync builds on this module

        return sync(self, snapshot, source=source, at=at, **options)

    # -- reading ------------------------------------------------------------------
    def __len__(self) -> int:
        with self._lock:
            if self._queryable is not None:
                return self._queryable.size()
            self._sync()
            return len(self._by_id)

    def __iter__(self) -> Iterator[Claim]:
        """Claims in the order they were added."""
        with self._lock:
            if self._queryable is not None:
                return (claim for _, claim in self._queryable.read())
            self._sync()
            if self._memory is not None:
                return self._memory.in_order()  # not the dict by id: the store's other logs add to it
            return iter(list(self._by_id.values()))  # a copy: another thread may add while this one reads

    def __contains__(self, item: object) -> bool:
        claim_id = item.id if isinstance(item, Claim) else item
        if not isinstance(claim_id, str):
            return False
        with self._lock:
            if self._queryable is not None:
                return self._queryable.contains(claim_id)
            self._sync()
            return claim_id in self._by_id

    def __repr__(self) -> str:
        where = "" if self._store.url == "memory:" else f" {self._store.url}"
        if self._queryable is not None:
            return f"<CasualtyLog{where}: lazy>"
        return f"<CasualtyLog{where}: {len(self._by_id)} claims about {len(self._by_count)} counts>"

    def _repr_html_(self) -> str:
        from casualtylog.display.html import log_html  # noqa: PLC0415 - display depends on the core

        return log_html(self)

    def to_frame(self, *, tz: str | tzinfo | None = None, links: Literal["tuples", "text"] = "tuples") -> pd.DataFrame:
        """One row per claim (needs the ``pandas`` extra): :func:`casualtylog.display.claims_frame` (``links="text"`` for CSV)."""
        from casualtylog.display.frames import claims_frame  # noqa: PLC0415 - optional extra

        return claims_frame(self, tz=tz, links=links)

    @classmethod
    def from_frame(
        cls, frame: pd.DataFrame, mapping: Mapping[str, Any] | TableMapping | None = None, **kwargs: Any
    ) -> CasualtyLog:
        """A log built from a DataFrame; see :func:`casualtylog.display.log_from_frame` (a table mapping: docs/tables.md)."""
        from casualtylog.display.frames import log_from_frame  # noqa: PLC0415 - optional extra

        return log_from_frame(frame, mapping, **kwargs)

    def get(self, claim_id: str) -> Claim:
        """The claim with id ``claim_id``.

        Raises:
            UnknownClaimError: no such claim.
        """
        with self._lock:
            if self._queryable is not None:
                found = self._queryable.get(claim_id)
            else:
                self._sync()
                found = self._by_id.get(claim_id)
        if found is None:
            raise UnknownClaimError(claim_id)
        return found

    def counts(self) -> list[Count]:
        """Every count the log holds a claim about, sorted.

        >>> log = CasualtyLog([{"event": "e", "metric": "wounded", "group": "kids", "figure": "3",
        ...                     "source": "s", "reported_at": "2025-01-01"}])
        >>> log.counts()
        [Count(event='e', metric='injured', group='children')]
        """
        with self._lock:
            if self._queryable is not None:
                return sorted(self._queryable.counts(), key=count_order)
            self._sync()
            return sorted(self._by_count, key=count_order)

    def claims_about(self, event: str, metric: str, group: str | None = None, period: object = None) -> list[Claim]:
        """The claims about one count, in the order they were added."""
        with self._lock:
            return list(self._claims_of(Count.of(event, metric, group, period)))

    def claims_about_count(self, count: Count) -> list[Claim]:
        """The claims about ``count`` (as :meth:`counts` lists it), in the order they were added."""
        with self._lock:
            return list(self._claims_of(count))

    # -- resolving ------------------------------------------------------------------
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
        """Resolve one count into best, low and high, with their provenance.

        Args:
            event, metric, group: the count (metric and group synonyms are folded).
            policy: a policy name ("range", "latest", "conservative", "priority",
                "median") or object; default :data:`~casualtylog.DEFAULT_POLICY`.
            at: only claims *said* by then (``reported_at <= at``); a date alone
                ("2023-10-08") means by the end of that day.
            known_at: only claims *recorded* by then (``recorded_at <= known_at``).
            period: the span counted ("2017-05", "since 2026-03-02"; docs/series.md);
                default the running total since the event began.

        Raises:
            UnknownCountError: the log has no claim about this count.
        """
        count = Count.of(event, metric, group, period)
        with self._lock:
            # A lazy log asks the store whether the count exists only when the answer is empty.
            if self._queryable is not None or self._holds(count):
                resolution = self._resolve_count(
                    count, get_policy(policy), self._time(at, "at"), self._time(known_at, "known_at"), indexed=True
                )
                if resolution.claim_count or self._holds(count):
                    return resolution
            raise UnknownCountError(count.event, count.metric, count.group, count.period)

    def resolve_all(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> Resolutions:
        """Resolve every count (sorted as :meth:`counts`). Counts with no claim visible
        at ``at``/``known_at`` are left out, and so are counts that hold only
        retractions (of claims about other counts or of none: :meth:`check`
        reports those links).

        With numpy installed, plain counts are resolved all at once and their
        provenance is built when first read (:mod:`casualtylog.bulk`); the
        results equal :meth:`resolve`'s either way. The result is a
        :class:`~casualtylog.resolutions.Resolutions`: a frozen sequence that
        filters (``.where(event=..., metric=...)``) and has ``.to_frame()``."""
        found = self._resolutions(policy, at, known_at, stating=True)
        if isinstance(found, Resolutions):  # the bulk engine's, columnar: only counts that state a figure
            return found
        return Resolutions(res for res in found if res.states_a_figure)

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
        """How the count's resolution moved: one step per change of best, low or high.

        ``clock="reported"`` replays claims in the order they were said;
        ``clock="recorded"`` in the order this log learnt them.
        """
        count = Count.of(event, metric, group, period)
        with self._lock:
            claims = self._claims_of(count)
            if not claims:
                raise UnknownCountError(count.event, count.metric, count.group, count.period)
            chosen = get_policy(policy)
            if self._queryable is not None:  # other writers add to the store unseen: no cache
                return build_history(count, claims, chosen, clock)
            return self._history_of(count, chosen, clock)

    def check(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
        relations: Sequence[Relation] = DEFAULT_RELATIONS,
        wholes: Mapping[str, Sequence[str]] | None = None,
    ) -> list[Finding]:
        """Findings across counts: groups above totals, broken relations, parts above a
        whole (``wholes`` maps a whole event to its part events), increments that
        disagree with their totals, cumulative figures that fell, conflicts,
        claims dated implausibly after they were recorded, links to claims
        that are not in the log, and look-alike source or event names.

        An empty list means the log is consistent. A store's :attr:`problems`
        (a row skipped, a trigger missing) come first, one warning each.
        """
        self._load_events()
        resolutions = {r.count: r for r in self._resolutions(policy, at, known_at)}
        findings = check_resolutions(resolutions, relations=relations, wholes=wholes)
        if self._events.wholes():
            findings.extend(rollup_findings(rollup_resolutions(resolutions, self._events)))
        store = [Finding(FindingKind.ANOMALY, "warning", f"store: {p}", (), ()) for p in self.problems]
        return store + findings
