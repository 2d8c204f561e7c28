"""Do a source's per-period figures agree with its running total?

The Gaza Ministry of Health states both a running total and the figure for
the past 24 hours. Where a source states a period's figure and its running
total at both ends of the period, the running total's change over the period
should equal the period's figure; :func:`period_agreement` lists each such
comparison, and the disagreements are findings of their own kind
(:data:`PERIOD_MISMATCH`), never falls of the running total.

>>> from casualtylog import CasualtyLog
>>> moh = {"event": "gaza", "metric": "killed", "source": "MoH"}
>>> log = CasualtyLog([
...     moh | {"figure": "232", "reported_at": "2023-10-07"},
...     moh | {"figure": "370", "reported_at": "2023-10-08"},
...     moh | {"figure": "138", "reported_at": "2023-10-08", "period": "2023-10-07"},
...     moh | {"figure": "436", "reported_at": "2023-10-09"},
...     moh | {"figure": "70", "reported_at": "2023-10-09", "period": "2023-10-08"}])
>>> [(str(a.period), a.stated, a.derived, a.agrees) for a in period_agreement(log)]
[('2023-10-07', 138, 138, True), ('2023-10-08', 70, 66, False)]
>>> print(period_mismatches(log)[0])
[warning] period_mismatch: gaza / killed / in 2023-10-08: MoH stated 70, but its running total went 370 → 436 (66)
>>> log.check()
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from casualtylog.claims import Claim, Count
from casualtylog.periods import Period
from casualtylog.resolve.engine import chrono_key

if TYPE_CHECKING:
    from casualtylog.log import CasualtyLog

__all__ = ["PERIOD_MISMATCH", "PeriodAgreement", "period_agreement", "period_mismatches"]

#: The finding kind of a period figure that its source's running total contradicts.
PERIOD_MISMATCH = "period_mismatch"


@dataclass(frozen=True, slots=True)
class PeriodAgreement:
    """A source's figure for a period beside its running total's change over that period."""

    count: Count
    period: Period
    stated: int
    derived: int
    claim: Claim
    start_claim: Claim | None  # None: the period starts a phase (the running total was 0)
    end_claim: Claim

    @property
    def agrees(self) -> bool:
        fig = self.claim.figure
        assert fig is not None  # noqa: S101 - only figures are compared
        return fig.low <= self.derived and (fig.high is None or self.derived <= fig.high)

    @property
    def kind(self) -> str:
        return PERIOD_MISMATCH

    def __str__(self) -> str:
        before = 0 if self.start_claim is None else _value(self.start_claim)
        return (
            f"[warning] {PERIOD_MISMATCH}: {self.count}: {self.claim.source.name} stated {self.claim.figure}, "
            f"but its running total went {before} → {_value(self.end_claim)} ({self.derived})"
        )


def _value(claim: Claim) -> int | None:
    fig = claim.figure
    if fig is None or fig.is_increment or fig.high != fig.low:
        return None
    return fig.low


def _running_count(log_counts: Sequence[Count], count: Count, period: Period) -> Count | None:
    """The running total a period belongs to: the latest phase started by the period's start."""
    phases = [
        c
        for c in log_counts
        if c[:3] == count[:3] and (c.period is None or (c.period.running and c.period.start <= period.start))
    ]
    if not phases:
        return None
    return max(phases, key=lambda c: (c.period is not None, c.period.start if c.period else period.start))


def period_agreement(log: CasualtyLog) -> list[PeriodAgreement]:
    """Every period figure whose source also stated its running total at both ends of the period."""
    counts = log.counts()
    out: list[PeriodAgreement] = []
    for count in counts:
        period = count.period
        if period is None or period.end is None:
            continue
        running = _running_count(counts, count, period)
        if running is None:
            continue
        points: dict[tuple[str, datetime], Claim] = {}
        for c in sorted(log.claims_about_count(running), key=chrono_key):
            if _value(c) is not None:
                points[(c.source.key, c.describes)] = c  # a source's last word on a moment counts
        for claim in sorted(log.claims_about_count(count), key=chrono_key):
            if claim.figure is None or claim.figure.is_increment:
                continue
            end = points.get((claim.source.key, period.end))
            phase_start = running.period is not None and running.period.start == period.start
            start = None if phase_start else points.get((claim.source.key, period.start))
            if end is None or (start is None and not phase_start):
                continue
            end_v, start_v = _value(end), 0 if start is None else _value(start)
            if end_v is None or start_v is None:
                continue
            stated = (
                claim.figure.low if claim.figure.high == claim.figure.low else claim.figure.point or claim.figure.low
            )
            out.append(PeriodAgreement(count, period, stated, end_v - start_v, claim, start, end))
    return out


def period_mismatches(log: CasualtyLog) -> list[PeriodAgreement]:
    """The comparisons of :func:`period_agreement` that disagree."""
    return [a for a in period_agreement(log) if not a.agrees]
