"""A count's resolution after each moment of its replay: ``resolve(at=)`` by bisection.

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
from casualtylog.claims import Claim, Count
from casualtylog.history_replay import Clock, Replayed
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy

__all__ = ["AtIndex"]

# best, low, high, the claim that set best, claims visible, sources, conflicts present
_Entry = tuple[int | None, int | None, int | None, Claim | None, int, int, bool]


class AtIndex:
    """The decision after each moment of a replay on ``clock``, oldest first."""

    __slots__ = ("clock", "entries", "moments")

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.moments: list[datetime] = []
        self.entries: list[_Entry] = []

    def add(self, moment: datetime, replayed: Replayed, visible: int) -> None:
        """Keep what the replay decided at ``moment``, when ``visible`` claims were known."""
        d = replayed.decision
        self.moments.append(moment)
        self.entries.append((d.best, d.low, d.high, d.best_claim, visible, replayed.sources, replayed.conflicted))

    def resolution(self, count: Count, policy: Policy, claims: Sequence[Claim], moment: datetime) -> Resolution:
        """The resolution of ``claims`` (the count's, as replayed) at ``moment`` on the index's clock:
        ``at=moment`` on the reported clock, ``known_at=moment`` on the recorded one."""
        at, known_at = (moment, None) if self.clock == "reported" else (None, moment)
        i = bisect_right(self.moments, moment)
        if i == 0:  # nothing visible yet: an empty resolution costs nothing
            return resolve_claims(count, (), policy, at=at, known_at=known_at)
        best, low, high, best_claim, visible, sources, conflicted = self.entries[i - 1]
        # The log's list of a count only grows: the resolution keeps it, not a copy, and reads its first claims.
        kept = claims if isinstance(claims, list) else list(claims)
        return LazyResolution(count, policy, (best, low, high, best_claim), (visible, sources, conflicted), kept, at, known_at)
