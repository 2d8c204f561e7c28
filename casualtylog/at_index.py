"""``resolve(at=)`` of one count: the numbers first, the provenance when read.

Two ways to the numbers, both equal to the reference engine's (property tests
check them on every moment, policy and clock):

- :class:`AtIndex`, a count's resolution after each moment of its replay,
  kept with its history: a query is then a bisection;
- :func:`plain_resolution`, for a count whose visible claims are *plain*
  (figures with no link, no increment, one per source and moment said): each
  source's latest figure, compared across sources and decided by the policy,
  without the per-claim provenance (candidates, revisions, the sorted lists).

A history replays every claim of a count once and decides best, low and high
at each moment claims became visible; the index keeps that decision for
every moment (not only those where the numbers moved), with the claim that
set best and the tallies a resolution reports (claims visible, independent
sources, conflicts present). A query at any moment is then a bisection: its
numbers cost nothing per claim, and its provenance (candidates, revisions,
conflicts, the rule) is built by the reference engine when first read, as
:class:`~casualtylog.bulk.results.LazyResolution` does for ``resolve_all``,
so the result equals :func:`~casualtylog.resolve.engine.resolve_claims`'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime

from casualtylog.bulk.results import LazyResolution
from casualtylog.claims import Claim, ClaimStatus, Count
from casualtylog.history_replay import Clock, Replayed
from casualtylog.resolve.engine import ChronoKey, chrono_key, compare_originators, decide, resolve_claims
from casualtylog.resolve.model import Candidate, Resolution
from casualtylog.resolve.policies import Policy
from casualtylog.times import instant

__all__ = ["AtIndex", "Entry", "plain_resolution"]

#: best, low, high, the claim that set best, claims visible, sources, conflicts present
Entry = tuple[int | None, int | None, int | None, Claim | None, int, int, bool]


class AtIndex:
    """The decision after each moment of a replay on ``clock``, oldest first."""

    __slots__ = ("clock", "entries", "moments")

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.moments: list[datetime] = []
        self.entries: list[Entry] = []

    @classmethod
    def of(cls, clock: Clock, moments: list[datetime], entries: list[Entry]) -> AtIndex:
        """An index of a replay kept as columns (:mod:`casualtylog.history_columns`): the lists are kept, not copied."""
        index = cls(clock)
        index.moments, index.entries = moments, entries
        return index

    def add(self, moment: datetime, replayed: Replayed, visible: int) -> None:
        """Keep what the replay decided at ``moment``, when ``visible`` claims were known."""
        d = replayed.decision
        self.moments.append(moment)
        self.entries.append((d.best, d.low, d.high, d.best_claim, visible, replayed.sources, replayed.conflicted))

    def resolution(self, count: Count, policy: Policy, claims: Sequence[Claim], moment: datetime) -> Resolution:
        """The resolution of ``claims`` (the count's, as replayed) at ``moment`` on the index's clock:
        ``at=moment`` on the reported clock, ``known_at=moment`` on the recorded one."""
        at, known_at = (moment, None) if self.clock == "reported" else (None, moment)
        i = bisect_right(self.moments, instant(moment))  # moments are in instant order (times.instant)
        if i == 0:  # nothing visible yet: an empty resolution costs nothing
            return resolve_claims(count, (), policy, at=at, known_at=known_at)
        best, low, high, best_claim, visible, sources, conflicted = self.entries[i - 1]
        # The log's list of a count only grows: the resolution keeps it, not a copy, and reads its first claims.
        kept = claims if isinstance(claims, list) else list(claims)
        return LazyResolution(
            count, policy, (best, low, high, best_claim), (visible, sources, conflicted), kept, at, known_at
        )


def plain_resolution(
    count: Count, visible: list[Claim], policy: Policy, at: datetime | None, *, known_at: datetime | None = None
) -> Resolution | None:
    """The resolution of ``visible`` (the count's claims said by ``at``, or recorded by ``known_at``)
    with its numbers set and its provenance built when read; ``None`` unless every claim is plain
    (the engine's business then).

    With no link and no increment nothing is superseded, retracted or added to:
    each source's current figure is its latest by :func:`chrono_key`. A source
    with two figures said at one moment may contradict itself (the range keeps
    both): the engine decides those too. Projections and claims dated after they
    were recorded are set aside, as the engine does.
    """
    latest: dict[str, tuple[ChronoKey, Claim]] = {}
    said: set[tuple[str, datetime]] = set()
    for c in visible:
        figure = c.figure
        if figure is None or c.supersedes or c.retracts or figure.is_increment:
            return None
        if c.status is ClaimStatus.PROJECTED or c.dated_in_future:
            continue
        who = c.source.key
        if (who, c.reported_at) in said:
            return None
        said.add((who, c.reported_at))
        key = chrono_key(c)
        held = latest.get(who)
        if held is None or key > held[0]:
            latest[who] = (key, c)
    # Keys end with the claim's id, so they never tie and the claims themselves are never compared.
    current = [Candidate(c, c.figure) for _, c in sorted(latest.values())]  # type: ignore[arg-type]
    if len(current) > 1:
        credible, _, conflicts = compare_originators(current, policy)
    else:
        credible, conflicts = current, []
    decision = decide(credible, policy)
    tallies = (len(visible), len({cand.claim.source.key for cand in credible}), bool(conflicts))
    numbers = (decision.best, decision.low, decision.high, decision.best_claim)
    return LazyResolution(count, policy, numbers, tallies, visible, at, known_at)
