"""When claims were said: which are visible at a moment, their order, and whether two share a window.

The reference engine (:mod:`casualtylog.resolve.engine`) orders the claims about
a count by :func:`chrono_key` and keeps those :func:`visible` at the query's
moment; two claims known only to the day (or coarser) whose windows overlap
are not ordered at all (:func:`_overlap`), as DESIGN §4 says.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from casualtylog.claims import Claim, ClaimStatus
from casualtylog.resolve.ties import figure_order
from casualtylog.times import Precision, instant, truncate

__all__ = ["ChronoKey", "chrono_key", "visible"]

_STATUS_ORDER = {
    ClaimStatus.PROJECTED: -1,
    ClaimStatus.PRELIMINARY: 0,
    ClaimStatus.REPORTED: 1,
    ClaimStatus.CONFIRMED: 2,
}


ChronoKey = tuple[datetime, datetime, bool, int, tuple[int, int], str]


def chrono_key(claim: Claim) -> ChronoKey:
    """Order of statements: the moment the figure describes (``as_of``, else the
    time said), then time said, then a total after an increment said at the
    same moment, then firmness, then the figure (so that a source's two
    simultaneous figures order the same whatever their evidence), then id (so
    that the order is total)."""
    is_total = claim.figure is None or not claim.figure.is_increment
    return (
        instant(claim.as_of or claim.reported_at),
        instant(claim.reported_at),
        is_total,
        _STATUS_ORDER[claim.status],
        figure_order(claim.figure),
        claim.id,
    )


def visible(claims: Iterable[Claim], at: datetime | None, known_at: datetime | None) -> list[Claim]:
    """The claims certainly said by ``at`` and recorded by ``known_at``.

    A claim stamped T is visible at T; one known only to the day is visible
    from the end of that day (:attr:`Claim.available_at`).
    """
    # As instants: two times of one named zone compare by wall clock (times.instant).
    at = None if at is None else instant(at)
    known_at = None if known_at is None else instant(known_at)
    out = []
    for c in claims:
        if at is not None and c.available_at > at:
            continue
        if known_at is not None and (c.recorded_at is None or c.recorded_at > known_at):
            continue
        out.append(c)
    return out


def _ambiguous(old: Claim, new: Claim) -> bool:
    """Whether two claims said at different moments fall in one window at the precision they are known."""
    return old.reported_at != new.reported_at and _overlap(old, new)


def _overlap(a: Claim, b: Claim) -> bool:
    """Whether two claims' time windows overlap (identical instants included).

    Windows are compared on the calendar of the coarser claim, in its own
    offset: "31 March" (+03:00) and "30 March" (+02:00) are different days even
    though a fixed 24-hour window from the second would reach into the first.
    """
    coarse, fine = (a, b) if a.reported_precision.rank <= b.reported_precision.rank else (b, a)
    if coarse.reported_precision.rank >= Precision.SECOND.rank:
        return coarse.reported_at == fine.reported_at
    if coarse.reported_precision is fine.reported_precision:
        # Same precision: each date is on its writer's calendar, so compare them as written.
        return coarse.reported_at.replace(tzinfo=None) == fine.reported_at.replace(tzinfo=None)
    local = fine.reported_at.astimezone(coarse.reported_at.tzinfo)
    start = truncate(local, coarse.reported_precision)
    return start.replace(tzinfo=None) == coarse.reported_at.replace(tzinfo=None)
