"""How one claim becomes one row of numbers: the flags, the codes and the row itself.

:class:`~casualtylog.bulk.columns.ClaimColumns` keeps these rows as columns
(:data:`_NAMES`, of types :data:`_DTYPES`); the quick readers
(:mod:`casualtylog.bulk.ingest_quick`, :mod:`casualtylog.bulk.ingest_memos`) fill
the same columns with the same codes without a Claim.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from operator import itemgetter

from casualtylog.claims import Claim, ClaimStatus, SourceKind
from casualtylog.figures import Figure, Qualifier
from casualtylog.times import Precision

__all__ = [
    "FLAG_AS_OF",
    "FLAG_COARSE",
    "FLAG_INCREMENT",
    "FLAG_NO_FIGURE",
    "FLAG_PERIOD",
    "FLAG_RETRACTS",
    "FLAG_SUPERSEDES",
    "FLAG_UNRECORDED",
    "HIGH_OPEN",
    "QUALIFIERS",
    "SOURCE_KINDS",
    "STATUS_RANK",
]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

#: ``high`` of an open-ended figure: above every figure, so that max and < work unchanged.
HIGH_OPEN = 1 << 62

FLAG_RETRACTS = 1
FLAG_INCREMENT = 2
FLAG_NO_FIGURE = 4  # a pure retraction
FLAG_UNRECORDED = 8  # no recorded_at (never true in a log, but the engine allows it)
FLAG_COARSE = 16  # a window of varying length: a month, a year, or a day on a named zone's calendar
FLAG_SUPERSEDES = 32
FLAG_PERIOD = 64  # a period: a count of its own, left to the reference engine
FLAG_AS_OF = 128  # ordered by the moment described (the ``describes`` column), not the time said

STATUS_RANK = {ClaimStatus.PROJECTED: -1, ClaimStatus.PRELIMINARY: 0, ClaimStatus.REPORTED: 1, ClaimStatus.CONFIRMED: 2}
QUALIFIERS = list(Qualifier)
SOURCE_KINDS = list(SourceKind)
_QUALIFIER_CODE = {q: i for i, q in enumerate(QUALIFIERS)}
_KIND_CODE = {k: i for i, k in enumerate(SOURCE_KINDS)}
_FINEST = Precision.SECOND.rank
_RANK_OF = {p: p.rank for p in Precision}
_COARSEST_KEPT = Precision.DAY.rank  # months and years have windows of varying length


def _micros(value: datetime) -> int:
    return (value - _EPOCH) // _MICROSECOND


_STATUS_CODE = STATUS_RANK
_STEP = {Precision.DAY.rank: 86_400_000_000, Precision.HOUR.rank: 3_600_000_000}


def _row(claim: Claim, count_code: int, source_code: int) -> tuple[int, ...]:
    flags = 0
    if claim.retracts:
        flags |= FLAG_RETRACTS
    if claim.supersedes:
        flags |= FLAG_SUPERSEDES
    if claim.period is not None:
        flags |= FLAG_PERIOD
    if claim.as_of is not None:
        flags |= FLAG_AS_OF
    fig = claim.figure
    if fig is None:
        flags |= FLAG_NO_FIGURE
        low = high = point = qualifier = 0
    else:
        q = fig.qualifier
        if q is Qualifier.INCREMENT:
            flags |= FLAG_INCREMENT
        low, point, qualifier = fig.low, fig.point, _QUALIFIER_CODE[q]
        high = HIGH_OPEN if fig.high is None else fig.high
    when = claim.reported_at
    reported = (when - _EPOCH) // _MICROSECOND
    offset = when.utcoffset()
    naive = reported if offset is None else reported + offset // _MICROSECOND
    rank = _RANK_OF[claim.reported_precision]
    if rank < _COARSEST_KEPT:
        flags |= FLAG_COARSE
        available = _micros(claim.available_at)
    elif type(when.tzinfo) is not timezone:  # a named zone: a day may last 23 or 25 hours
        available = _micros(claim.available_at)
        if rank < _FINEST:
            flags |= FLAG_COARSE
    else:
        # As Claim.available_at: the end of a window coarser than a minute, else the time itself.
        available = reported + _STEP.get(rank, 0)
    recorded = claim.recorded_at
    if recorded is None:
        flags |= FLAG_UNRECORDED
        recorded_us = 0
    else:
        recorded_us = (recorded - _EPOCH) // _MICROSECOND
    as_of = claim.as_of
    return (
        int(claim.id, 16),  # ids are 64-bit hashes in hexadecimal: links are found by number
        count_code,
        source_code,
        _KIND_CODE[claim.source.kind],
        reported,
        reported if as_of is None else (as_of - _EPOCH) // _MICROSECOND,
        naive,
        rank,
        available,
        recorded_us,
        _STATUS_CODE[claim.status],
        flags,
        low,
        high,
        point,
        qualifier,
    )


_NAMES = (
    "key",
    "count",
    "source",
    "kind",
    "reported",
    "describes",
    "naive",
    "precision",
    "available",
    "recorded",
    "status",
    "flags",
    "low",
    "high",
    "point",
    "qualifier",
)
_DTYPES = (
    "uint64",
    "int32",
    "int32",
    "int8",
    "int64",
    "int64",
    "int64",
    "int8",
    "int64",
    "int64",
    "int8",
    "uint8",
    "int64",
    "int64",
    "int64",
    "int8",
)
_FigureKey = tuple[object, ...]
_figure_fields = itemgetter(*Figure.model_fields)  # every field of a figure, as a tuple
