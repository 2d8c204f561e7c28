"""CasualtyLog: an append-only log of claims, indexed by count.

Adding a claim touches only its own count: the claim goes into that count's
list and that count's cached resolutions are dropped. Resolutions are computed
on demand from the claims of one count, so the cost of ``add`` and of
``resolve`` does not grow with the size of the log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from os import PathLike
from typing import TYPE_CHECKING, Any

from casualtylog._coerce import to_claim
from casualtylog._gc import paused_gc
from casualtylog.checks import DEFAULT_RELATIONS, Finding, Relation, check_resolutions
from casualtylog.claims import Claim, Count, share_fields_set
from casualtylog.errors import ClaimFormatError, UnknownClaimError, UnknownCountError
from casualtylog.hierarchy import EventRegistry
from casualtylog.history import Clock, History, build_history
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.rollup import EventsMixin, rollup_findings, rollup_resolutions
from casualtylog.times import Precision, TimeInput, parse_time, window_end

if TYPE_CHECKING:
    import pandas as pd

    from casualtylog.store.stored import StoredLog

__all__ = ["RECORDED_AT_TOLERANCE", "CasualtyLog", "ClaimInput"]

#: How far ahead of the log's clock a carried ``recorded_at`` may be (clock skew
#: between machines), before it is refused as a time in the future.
RECORDED_AT_TOLERANCE = timedelta(minutes=5)

ClaimInput = Claim | Mapping[str, Any]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class CasualtyLog(EventsMixin):
    """An append-only, in-memory log of claims that resolves counts on demand.

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
    """

    def __init__(
        self,
        claims: Iterable[ClaimInput] = (),
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str | tzinfo | None = None,
        vague: Mapping[str, int] | None = None,
    ) -> None:
        self._clock = clock or _utcnow
        self._tz = tz
        self._vague = None if vague is None else dict(vague)
        self._by_id: dict[str, Claim] = {}
        self._by_count: dict[Count, list[Claim]] = {}
        self._cache: dict[Count, dict[Policy, Resolution]] = {}
        self._last_recorded: datetime | None = None
        self._events = EventRegistry()
        self.extend(claims)

    @classmethod
    def open(
        cls,
        path: str | PathLike[str],
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str | tzinfo | None = None,
        create: bool = True,
        lazy: bool = False,
    ) -> StoredLog:
        """Open (or create) a log kept in a SQLite file: see :mod:`casualtylog.store`.

        The returned log behaves like an in-memory one, and every ``add`` and
        ``extend`` is one durable transaction. Close it, or use it as a context
        manager.

        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     with CasualtyLog.open(pathlib.Path(tmp) / "claims.db") as log:
        ...         _ = log.add({"event": "e", "metric": "killed", "figure": "3", "source": "s",
        ...                      "reported_at": "2025-01-01"})
        ...     with CasualtyLog.open(pathlib.Path(tmp) / "claims.db") as log:
        ...         print(len(log))
        1
        """
        from casualtylog.store import open_store  # noqa: PLC0415 - the store depends on this module

        return open_store(path, clock=clock, tz=tz, create=create, lazy=lazy)

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
        existing = self._by_id.get(validated.id)
        if existing is not None:
            return existing
        (stored,) = self._commit([validated])
        return stored

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
        with paused_gc():
            return self._extend(claims)

    def _extend(self, claims: Iterable[ClaimInput]) -> int:
        batch: dict[str, Claim] = {}
        for position, item in enumerate(claims, start=1):
            claim = to_claim(item, tz=self._tz, line=position, vague=self._vague)
            self._check_recorded(claim, position)
            if claim.id not in self._by_id and claim.id not in batch:
                batch[claim.id] = claim
        if batch:
            self._commit(list(batch.values()))
        return len(batch)

    def _check_recorded(self, claim: Claim, position: int | None) -> None:
        """A claim may carry the time another log recorded it (a restore), never a future one.

        A future ``recorded_at`` would hide the claim from every ``known_at``
        query until then, and, in a store, hold the recorded clock there.
        """
        if claim.recorded_at is not None and claim.recorded_at > self._clock() + RECORDED_AT_TOLERANCE:
            raise ClaimFormatError(
                None,
                position,
                "recorded_at",
                claim.recorded_at.isoformat(),
                "is in the future; recorded_at is set by the log when a claim is added (leave it out)",
            )

    def _commit(self, claims: Sequence[Claim]) -> list[Claim]:
        now = self._clock()
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        if self._last_recorded is not None and now < self._last_recorded:
            now = self._last_recorded  # the recorded clock never runs backwards
        # model_copy skips validation; safe here because recorded_at is not part of
        # the id and ``now`` is an aware datetime we made, and it is 10x cheaper.
        stamped = [
            c if c.recorded_at is not None else share_fields_set(c.model_copy(update={"recorded_at": now}))
            for c in claims
        ]
        self._persist(stamped)
        for claim in stamped:
            self._index(claim)
        latest = max((c.recorded_at for c in stamped if c.recorded_at is not None), default=now)
        self._last_recorded = max(latest, self._last_recorded or latest)
        return stamped

    def _persist(self, claims: Sequence[Claim]) -> None:
        """Hook for durable logs: store ``claims`` atomically or raise. In memory: nothing.

        A log shared by several processes must stamp ``recorded_at`` while it
        holds its write lock, so :class:`casualtylog.store.StoredLog` overrides
        :meth:`_commit` as a whole rather than this hook.
        """

    def _index(self, claim: Claim) -> None:
        self._by_id[claim.id] = claim
        count = claim.count
        self._by_count.setdefault(count, []).append(claim)
        self._cache.pop(count, None)

    # -- reading ------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Claim]:
        """Claims in the order they were added."""
        return iter(self._by_id.values())

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Claim):
            return item.id in self._by_id
        return isinstance(item, str) and item in self._by_id

    def __repr__(self) -> str:
        return f"<CasualtyLog: {len(self)} claims about {len(self._by_count)} counts>"

    def _repr_html_(self) -> str:
        from casualtylog.display.html import log_html  # noqa: PLC0415 - display depends on the core

        return log_html(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per claim (needs the ``pandas`` extra); see :func:`casualtylog.display.claims_frame`."""
        from casualtylog.display.frames import claims_frame  # noqa: PLC0415 - optional extra

        return claims_frame(self)

    @classmethod
    def from_frame(
        cls, frame: pd.DataFrame, mapping: Mapping[str, str | None] | None = None, **kwargs: Any
    ) -> CasualtyLog:
        """A log built from a DataFrame, one claim per row; see :func:`casualtylog.display.log_from_frame`."""
        from casualtylog.display.frames import log_from_frame  # noqa: PLC0415 - optional extra

        return log_from_frame(frame, mapping, **kwargs)

    def get(self, claim_id: str) -> Claim:
        """The claim with id ``claim_id``.

        Raises:
            UnknownClaimError: no such claim.
        """
        try:
            return self._by_id[claim_id]
        except KeyError:
            raise UnknownClaimError(claim_id) from None

    def counts(self) -> list[Count]:
        """Every count the log holds a claim about, sorted.

        >>> log = CasualtyLog([{"event": "e", "metric": "wounded", "group": "kids", "figure": "3",
        ...                     "source": "s", "reported_at": "2025-01-01"}])
        >>> log.counts()
        [Count(event='e', metric='injured', group='children')]
        """
        return sorted(self._by_count, key=_count_order)

    def claims_about(self, event: str, metric: str, group: str | None = None, period: object = None) -> list[Claim]:
        """The claims about one count, in the order they were added."""
        return list(self._by_count.get(Count.of(event, metric, group, period), ()))

    def claims_about_count(self, count: Count) -> list[Claim]:
        """The claims about ``count`` (as :meth:`counts` lists it), in the order they were added."""
        return list(self._by_count.get(count, ()))

    # -- resolving ------------------------------------------------------------------
    def _time(self, value: TimeInput | None, field: str) -> datetime | None:
        """A query moment; a date alone means the end of that day (docs/time.md)."""
        if value is None:
            return None
        when, precision = parse_time(value, field=field, tz=self._tz)
        if precision.rank <= Precision.DAY.rank:
            return window_end(when, precision)  # "what was known on 8 October": by its end
        return when

    def _resolve_count(
        self, count: Count, policy: Policy, at: datetime | None, known_at: datetime | None
    ) -> Resolution:
        claims = self._by_count[count]
        if at is None and known_at is None:
            cached = self._cache.setdefault(count, {})
            hit = cached.get(policy)
            if hit is None:
                hit = cached[policy] = resolve_claims(count, claims, policy)
            return hit
        return resolve_claims(count, claims, policy, at=at, known_at=known_at)

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
        if count not in self._by_count:
            raise UnknownCountError(count.event, count.metric, count.group, count.period)
        return self._resolve_count(count, get_policy(policy), self._time(at, "at"), self._time(known_at, "known_at"))

    def resolve_all(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> list[Resolution]:
        """Resolve every count (sorted as :meth:`counts`). Counts with no claim visible
        at ``at``/``known_at`` are left out, and so are counts that hold only
        retractions (of claims about other counts or of none: :meth:`check`
        reports those links).

        With numpy installed, plain counts are resolved all at once and their
        provenance is built when first read (:mod:`casualtylog.bulk`); the
        results equal :meth:`resolve`'s either way."""
        return [res for res in self._resolutions(policy, at, known_at) if res.states_a_figure]

    def _resolutions(
        self, policy: str | Policy | None, at: TimeInput | None, known_at: TimeInput | None
    ) -> list[Resolution]:
        chosen = get_policy(policy)
        at_t, known_t = self._time(at, "at"), self._time(known_at, "known_at")
        out = []
        with paused_gc():
            from casualtylog.bulk import resolve_all_bulk  # noqa: PLC0415 - optional numpy path

            bulk = resolve_all_bulk(self, chosen, at_t, known_t)
            if bulk is not None:
                return bulk
            for count in self.counts():
                res = self._resolve_count(count, chosen, at_t, known_t)
                if res.considered:
                    out.append(res)
        return out

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
        if count not in self._by_count:
            raise UnknownCountError(count.event, count.metric, count.group, count.period)
        return build_history(count, self._by_count[count], get_policy(policy), clock)

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

        An empty list means the log is consistent.
        """
        resolutions = {r.count: r for r in self._resolutions(policy, at, known_at)}
        findings = check_resolutions(resolutions, relations=relations, wholes=wholes)
        if self._events.wholes():
            findings.extend(rollup_findings(rollup_resolutions(resolutions, self._events)))
        return findings


def _count_order(count: Count) -> tuple[str, str, str, tuple[datetime, datetime] | tuple[()]]:
    # Running totals (no period) first, then periods in time order.
    return (count.event, count.metric, count.group or "", () if count.period is None else count.period.sort_key())
