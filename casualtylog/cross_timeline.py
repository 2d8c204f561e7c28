"""Findings across counts over time: a group above its total, a part above its whole.

``check(at=t)`` compares counts at one moment. :func:`cross_findings_over_time`
lays the histories of two related counts side by side (each history is one
replay of its count) and keeps every moment at which one was above the other,
with when it began and ended, the way :func:`casualtylog.timeline.findings_over_time`
does for the findings within one count:

>>> from casualtylog import CasualtyLog
>>> e = {"event": "e", "source": "A"}
>>> log = CasualtyLog([
...     e | {"metric": "killed", "figure": "10", "reported_at": "2025-04-24T10:00Z"},
...     e | {"metric": "killed", "group": "children", "figure": "12", "reported_at": "2025-04-24T11:00Z"},
...     e | {"metric": "killed", "figure": "15", "reported_at": "2025-04-24T15:00Z"}])
>>> log.check()
[]
>>> [(s.kind, s.begin.hour, s.end.hour) for s in cross_findings_over_time(log)]
[('group_exceeds_total', 11, 15)]

The pairs are those :meth:`~casualtylog.CasualtyLog.check` compares: each
group with its total (same event, metric and period) and the declared
relations (intercepted ≤ launched, same group and period). Parts of wholes
declared as events are not replayed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from casualtylog.checks import DEFAULT_RELATIONS, FindingKind, Relation
from casualtylog.claims import Count
from casualtylog.history import History, HistoryStep
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.timeline import FindingSpan
from casualtylog.times import instant

if TYPE_CHECKING:
    from casualtylog.log import CasualtyLog

__all__ = ["cross_findings_over_time"]


def _pairs(counts: Sequence[Count], relations: Sequence[Relation]) -> list[tuple[FindingKind, Count, Count]]:
    """(kind, part, whole) for every pair of counts the log holds that check() compares."""
    held = set(counts)
    out: list[tuple[FindingKind, Count, Count]] = []
    for count in counts:
        if count.group is not None:
            total = Count(count.event, count.metric, None, count.period)
            if total in held:
                out.append((FindingKind.GROUP_EXCEEDS_TOTAL, count, total))
        for rel in relations:
            if count.metric == rel.part:
                whole = Count(count.event, rel.whole, count.group, count.period)
                if whole in held:
                    out.append((FindingKind.RELATION_VIOLATED, count, whole))
    return out


def _above(part: HistoryStep | None, whole: HistoryStep | None) -> bool:
    # As check(): the part's floor above the whole's ceiling.
    return (
        part is not None
        and whole is not None
        and part.low is not None
        and whole.high is not None
        and part.low > whole.high
    )


def _spans(kind: FindingKind, part: History, whole: History) -> list[FindingSpan]:
    """Walk both step functions in time order; a span for each run of moments with part above whole."""
    # As instants: steps keep the zone they were said in, and one named zone's times compare by wall clock.
    moments = sorted({s.at for s in part.steps} | {s.at for s in whole.steps}, key=instant)
    i = j = 0
    now_part: HistoryStep | None = None
    now_whole: HistoryStep | None = None
    out: list[FindingSpan] = []
    begun: tuple[datetime, HistoryStep, HistoryStep] | None = None
    for moment in moments:
        while i < len(part.steps) and instant(part.steps[i].at) <= instant(moment):
            now_part, i = part.steps[i], i + 1
        while j < len(whole.steps) and instant(whole.steps[j].at) <= instant(moment):
            now_whole, j = whole.steps[j], j + 1
        if _above(now_part, now_whole):
            if begun is None and now_part is not None and now_whole is not None:
                begun = (moment, now_part, now_whole)
        elif begun is not None:
            out.append(_span(kind, part.count, whole.count, begun, moment))
            begun = None
    if begun is not None:
        out.append(_span(kind, part.count, whole.count, begun, None))
    return out


def _span(
    kind: FindingKind,
    part: Count,
    whole: Count,
    begun: tuple[datetime, HistoryStep, HistoryStep],
    end: datetime | None,
) -> FindingSpan:
    begin, low, high = begun
    # The message check() gives at the moment the finding began.
    message = f"{part} is at least {low.low}, above {whole} at most {high.high}"
    claims = low.resolution.low_claims + high.resolution.high_claims
    return FindingSpan(kind.value, part, message, claims, begin, end)


def cross_findings_over_time(
    log: CasualtyLog,
    *,
    policy: str | Policy | None = None,
    relations: Sequence[Relation] = DEFAULT_RELATIONS,
) -> list[FindingSpan]:
    """Every finding across two counts that was ever true on the reported clock, with its begin and end.

    One history per count that takes part in a pair (computed once, however
    many pairs it is in), then one walk per pair.
    """
    chosen = get_policy(policy)
    pairs = _pairs(log.counts(), relations)
    histories: dict[Count, History] = {}
    for _, part, whole in pairs:
        for count in (part, whole):
            if count not in histories:
                histories[count] = log.history(*count, policy=chosen)
    out: list[FindingSpan] = []
    for kind, part, whole in pairs:
        out.extend(_spans(kind, histories[part], histories[whole]))
    return sorted(out, key=lambda s: (instant(s.begin), s.kind, s.message))
