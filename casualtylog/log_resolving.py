"""How a :class:`~casualtylog.CasualtyLog` resolves one count, now or at a moment, and what it keeps.

The log's public methods are in :mod:`casualtylog.log`; :class:`CountResolving`
is the part that decides one count from the log's index: the resolution kept
per policy until a claim about the count is added, the claims in the order
they became visible (so a query ``at=`` a moment bisects to what was said by
then), and the histories replayed, which also answer point-in-time queries.
A lazy log keeps none of these and asks the store. :class:`LogResolving`
resolves every count at once: from the store for a lazy log, else with the
bulk engine when it can, else count by count.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, cast

from casualtylog._gc import paused_gc
from casualtylog.at_index import plain_resolution
from casualtylog.claims import Claim, Count
from casualtylog.history import Clock, History, build_history
from casualtylog.log_store import StoreLink, count_order
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.engine import visible as visible_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.times import Precision, TimeInput, instant, parse_time, window_end

if TYPE_CHECKING:
    from casualtylog.log import CasualtyLog
    from casualtylog.store.contract import QueryableStore

__all__ = ["CountResolving", "LogResolving"]


class CountResolving:
    """The resolution side of :class:`~casualtylog.CasualtyLog` (a mixin: the log sets the attributes)."""

    _tz: str | tzinfo | None
    _queryable: QueryableStore | None
    _by_count: dict[Count, list[Claim]]
    _cache: dict[Count, dict[Policy, Resolution]]
    _said_order: dict[Count, tuple[list[datetime], list[Claim]]]
    _histories: dict[Count, dict[tuple[Policy, str], History]]

    def _forget_resolutions(self, claim: Claim) -> None:
        """A claim was indexed: drop what was kept for its count, and file it in the count's said order."""
        count = claim.count
        self._cache.pop(count, None)
        self._histories.pop(count, None)
        said = self._said_order.get(count)
        if said is not None:
            moments, ordered = said
            said_at = instant(claim.available_at)
            i = bisect_right(moments, said_at)  # after equals: the order they were added
            moments.insert(i, said_at)
            ordered.insert(i, claim)

    def _time(self, value: TimeInput | None, field: str) -> datetime | None:
        """A query moment; a date alone means the end of that day (docs/time.md)."""
        if value is None:
            return None
        when, precision = parse_time(value, field=field, tz=self._tz)
        if precision.rank <= Precision.DAY.rank:
            return window_end(when, precision)  # "what was known on 8 October": by its end
        return when

    def _said_by(self, count: Count, at: datetime) -> list[Claim]:
        """The claims about ``count`` available by ``at``: a bisection of its index, built on first use."""
        said = self._said_order.get(count)
        if said is None:
            # Instants: two times of one named zone compare by wall clock (times.instant).
            ordered = sorted(self._by_count[count], key=lambda c: instant(c.available_at))
            said = self._said_order[count] = ([instant(c.available_at) for c in ordered], ordered)
        moments, ordered = said
        return ordered[: bisect_right(moments, instant(at))]

    def _resolve_count(
        self, count: Count, policy: Policy, at: datetime | None, known_at: datetime | None, *, indexed: bool = False
    ) -> Resolution:
        if self._queryable is not None:  # only the visible claims, filtered by the store
            visible = self._queryable.claims_of(count, at, known_at)
            return resolve_claims(count, visible, policy, at=at, known_at=known_at)
        claims = self._by_count[count]
        if at is None and known_at is None:
            cached = self._cache.setdefault(count, {})
            hit = cached.get(policy)
            if hit is None:
                hit = cached[policy] = resolve_claims(count, claims, policy)
            return hit
        moment = at if known_at is None else known_at if at is None else None
        clock: Clock = "reported" if known_at is None else "recorded"
        kept = self._histories.get(count, {}).get((policy, clock)) if indexed and moment is not None else None
        if kept is not None and moment is not None:
            # The decision the count's kept history holds for that moment; provenance built when read.
            return kept.resolution_at(policy, claims, moment)
        if indexed and at is not None:
            # One count asked about a moment: cost by the claims said by then, not all of them
            # (resolve_all does not index: a sorted copy of every count is memory it need not hold).
            claims = self._said_by(count, at)
            quick = None if known_at is not None else plain_resolution(count, claims, policy, at)
            if quick is not None:  # numbers without per-claim provenance (casualtylog/at_index.py)
                return quick
        if indexed and at is None and known_at is not None:
            # The claims recorded by then, decided the same way when they are plain.
            quick = plain_resolution(count, visible_claims(claims, None, known_at), policy, None, known_at=known_at)
            if quick is not None:
                return quick
        return resolve_claims(count, claims, policy, at=at, known_at=known_at)

    def _history_of(self, count: Count, policy: Policy, clock: Clock) -> History:
        """The count's history, replayed once and kept until a claim about the count is added."""
        kept = self._histories.setdefault(count, {})
        hit = kept.get((policy, clock))
        if hit is None:
            hit = kept[(policy, clock)] = build_history(count, self._by_count[count], policy, clock)
        return hit


class LogResolving(StoreLink, CountResolving):
    """Every count of :class:`~casualtylog.CasualtyLog` at once (a mixin: the log sets the attributes)."""

    def _resolutions(
        self, policy: str | Policy | None, at: TimeInput | None, known_at: TimeInput | None, *, stating: bool = False
    ) -> Sequence[Resolution]:
        chosen = get_policy(policy)
        at_t, known_t = self._time(at, "at"), self._time(known_at, "known_at")
        out = []
        with self._lock, paused_gc():
            self._sync()
            if self._queryable is not None:
                return self._store_resolutions(self._queryable, chosen, at_t, known_t)
            from casualtylog.bulk import resolve_all_bulk  # noqa: PLC0415 - optional numpy path

            bulk = resolve_all_bulk(cast("CasualtyLog", self), chosen, at_t, known_t, stating=stating)
            if bulk is not None:
                return bulk
            for count in sorted(self._by_count, key=count_order):  # what counts() lists, the index caught up
                res = self._resolve_count(count, chosen, at_t, known_t)
                if res.considered:
                    out.append(res)
        return out
