"""Restarts: a count that starts again, and the total over its phases.

A source can declare that its count starts again (Lebanon's Ministry of
Public Health restarted at zero on 2 March 2026). Claims after the restart
are running totals *since* that day: give them ``period="since 2026-03-02"``
(a :class:`~casualtylog.periods.Period` without an end). The new phase is its
own count, so its small first figures are no fall, and the total over all
phases is derived here, with the claims each part came from.

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog([
...     {"event": "lb", "metric": "killed", "figure": "4047", "source": "MoPH", "reported_at": "2024-12-04"},
...     {"event": "lb", "metric": "killed", "figure": "123", "source": "MoPH", "reported_at": "2026-03-05",
...      "period": "since 2026-03-02"}])
>>> total = total_over_phases(log, "lb", "killed")
>>> total.best, [str(p.count) for p in total.phases]
(4170, ['lb / killed', 'lb / killed / since 2026-03-02'])
>>> print(total.explain())
lb / killed over 2 phases: 4170 = 4047 (since the event began) + 123 (since 2026-03-02)
>>> log.check()
[]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from casualtylog.claims import Claim, Count
from casualtylog.errors import UnknownCountError
from casualtylog.resolve.model import Resolution

if TYPE_CHECKING:
    from casualtylog.log import CasualtyLog
    from casualtylog.resolve.policies import Policy
    from casualtylog.times import TimeInput

__all__ = ["PhasedTotal", "phases_of", "total_over_phases"]


@dataclass(frozen=True, slots=True)
class PhasedTotal:
    """A running total summed over counting phases.

    Attributes:
        count: the running total since the event began (the first phase).
        phases: one resolution per phase, oldest first.
        best, low, high: the sums (``high`` is ``None`` if any phase is open above).
        claims: the claims that set each phase's best, in phase order (the provenance).
    """

    count: Count
    phases: tuple[Resolution, ...]
    best: int | None
    low: int | None
    high: int | None
    claims: tuple[Claim, ...]

    def explain(self) -> str:
        """The sum in words, one term per phase."""
        terms = []
        for res in self.phases:
            since = "since the event began" if res.count.period is None else str(res.count.period)
            terms.append(f"{res.best} ({since})")
        return f"{self.count} over {len(self.phases)} phases: {self.best} = " + " + ".join(terms)


def phases_of(log: CasualtyLog, event: str, metric: str, group: str | None = None) -> list[Count]:
    """The counts that are phases of one running total: since the event began, then each restart."""
    base = Count.of(event, metric, group)
    out = [c for c in log.counts() if c[:3] == base[:3] and (c.period is None or c.period.running)]
    return sorted(out, key=lambda c: (c.period is not None, c.period.start if c.period else datetime.min))


def total_over_phases(
    log: CasualtyLog,
    event: str,
    metric: str,
    group: str | None = None,
    *,
    policy: str | Policy | None = None,
    at: TimeInput | None = None,
    known_at: TimeInput | None = None,
) -> PhasedTotal:
    """The total over every phase of a count, each phase resolved on its own.

    Raises:
        UnknownCountError: the log has no running total nor restart for this count.
    """
    counts = phases_of(log, event, metric, group)
    if not counts:
        base = Count.of(event, metric, group)
        raise UnknownCountError(base.event, base.metric, base.group)
    phases = tuple(
        log.resolve(c.event, c.metric, c.group, c.period, policy=policy, at=at, known_at=known_at) for c in counts
    )
    stated = [r for r in phases if r.best is not None]
    best = sum(r.best for r in stated if r.best is not None) if stated else None
    low = sum(r.low for r in stated if r.low is not None) if stated else None
    high = None if any(r.high is None for r in stated) or not stated else sum(r.high or 0 for r in stated)
    claims = tuple(r.best_claim for r in stated if r.best_claim is not None)
    return PhasedTotal(Count.of(event, metric, group), phases, best, low, high, claims)
