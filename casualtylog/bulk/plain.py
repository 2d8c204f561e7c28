"""Which counts the bulk engine resolves itself: the plain ones.

A count is plain at a query's moment when its visible claims

- are known to the day or finer (on a fixed-offset calendar), were recorded,
  and none was said after it was recorded, after ``known_at`` or after the
  query's clock;
- retract only their own originator's visible claims, which retract nothing
  themselves;
- supersede only their own originator's earlier visible figures (neither
  projected nor withdrawn): each originator's latest standing figure is
  current either way;
- carry increments only when the count has no ``supersedes`` link and no
  times that may tie (an increment then adds to the originator's previous
  figure);
- never combine a ``supersedes`` link with times that may tie within one
  originator, or with windows of one precision naming the same wall-clock
  time (a repeat of a superseded figure would be superseded with it).

Times that may tie across originators (said together, overlapping windows)
are compared pair by pair, as the reference engine compares them.

Everything else is the reference engine's business
(:func:`casualtylog.resolve.engine.resolve_claims`), count by count, so the
two agree whatever its rules for the rest become.
"""

from __future__ import annotations

from typing import Any

from casualtylog.bulk.columns import (
    FLAG_COARSE,
    FLAG_DESCRIBES,
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    FLAG_RETRACTS,
    FLAG_UNRECORDED,
    ClaimColumns,
)
from casualtylog.times import Precision

__all__ = ["FINEST", "WINDOW_BY_RANK", "by_rank", "exclusive_cummax", "group_starts", "unplain_counts"]

Array = Any  # numpy arrays; numpy is optional, so annotations stay loose

_UNPLAIN = FLAG_UNRECORDED | FLAG_COARSE | FLAG_DESCRIBES
_SECOND = 1_000_000
_MINUTE, _HOUR = 60 * _SECOND, 3600 * _SECOND
FINEST = Precision.SECOND.rank
# How long a window is on the UTC line, by precision rank (µs); a time known to the second is an instant.
WINDOW_BY_RANK = {Precision.DAY.rank: 24 * _HOUR, Precision.HOUR.rank: _HOUR, Precision.MINUTE.rank: _MINUTE}


def by_rank(table: dict[int, int]) -> Array:
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    return np.array([table.get(rank, 0) for rank in range(len(Precision))], dtype=np.int64)


def group_starts(keys: Array) -> Array:
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    return first


def exclusive_cummax(values: Array, first: Array, bits: int) -> Array:
    """Per group (rows contiguous, ``first`` marks each group's first row): the max of the
    earlier rows' ``values`` (non-negative, below ``2**bits``), -1 where there is none."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    group = np.cumsum(first) - 1
    base = group.astype(np.int64) << bits
    running = np.maximum.accumulate(base + values)
    previous = np.empty_like(running)
    if len(running):
        previous[0] = -1
        previous[1:] = running[:-1]
    out = previous - base
    out[first] = -1
    return out


def unplain_counts(cols: ClaimColumns, visible: Array, known_us: int | None, now_us: int) -> tuple[Array, Array, Array]:
    """Boolean arrays: the counts that must go to the reference engine, the rows withdrawn,
    and the counts whose claims' times may tie (said together, or in overlapping windows)."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    count, reported = cols.column("count"), cols.column("reported")
    odd = (cols.column("flags") & _UNPLAIN) != 0
    odd |= reported > cols.column("recorded")
    odd |= reported > now_us
    if known_us is not None:
        odd |= reported > known_us
    odd &= visible
    n_counts = len(cols.counts)
    unplain = np.bincount(count[odd], minlength=n_counts) > 0

    # A retraction is plain when a source withdraws its own visible claim about the same
    # count, and that claim withdraws nothing itself (a withdrawn withdrawal reinstates).
    flags, source = cols.column("flags"), cols.column("source")
    withdrawn = np.zeros(len(cols), dtype=bool)
    retract_from = cols.column("retract_from")
    said = visible[retract_from]
    retract_from = retract_from[said]
    target = cols.rows_of(cols.column("retract_to")[said])
    found = target >= 0
    safe = np.where(found, target, 0)
    own = (
        found
        & visible[safe]
        & (count[safe] == count[retract_from])
        & (source[safe] == source[retract_from])
        & ((flags[safe] & FLAG_RETRACTS) == 0)
    )
    unplain[count[retract_from[~own]]] = True
    withdrawn[safe[own]] = True

    # A supersedes link is plain when a credible claim replaces its own source's earlier,
    # credible, visible figure about the same count: the latest figure stands either way.
    status = cols.column("status")
    link_from = cols.column("link_from")
    said = visible[link_from]
    link_from = link_from[said]
    target = cols.rows_of(cols.column("link_to")[said])
    found = target >= 0
    safe = np.where(found, target, 0)
    own = (
        found
        & visible[safe]
        & (count[safe] == count[link_from])
        & (source[safe] == source[link_from])
        & (reported[safe] < reported[link_from])
        & (status[safe] >= 0)
        & (status[link_from] >= 0)
        & ~withdrawn[safe]
        & ~withdrawn[link_from]
        & ((flags[safe] & FLAG_NO_FIGURE) == 0)
        & ((flags[link_from] & FLAG_NO_FIGURE) == 0)
    )
    unplain[count[link_from[~own]]] = True
    linked = np.zeros(n_counts, dtype=bool)
    linked[count[link_from]] = True

    # Times that could tie: windows that meet on the UTC line (a sweep in time order) ...
    tied, too_long = _meeting(cols, cols.time_order(), visible, by_source=False)
    unplain |= too_long
    # ... within one originator's claims (where a link would make a repeat superseded too) ...
    own_tied, _ = _meeting(cols, cols.order(), visible, by_source=True)
    calendar_tied = np.zeros(n_counts, dtype=bool)
    # ... and windows of one precision that name the same wall-clock time (compared as written).
    rows = cols.calendar_order()
    rows = rows[visible[rows]]
    rows = rows[cols.column("precision")[rows] < FINEST]
    if len(rows) > 1:
        key_count, key_rank, key_naive = count[rows], cols.column("precision")[rows], cols.column("naive")[rows]
        same = (key_count[1:] == key_count[:-1]) & (key_rank[1:] == key_rank[:-1]) & (key_naive[1:] == key_naive[:-1])
        calendar_tied[key_count[1:][same]] = True
    tied |= calendar_tied
    # A repeat of a superseded figure in an overlapping window from the same originator is
    # superseded with it: links with such ties are the reference engine's.
    unplain |= linked & (own_tied | calendar_tied)
    # Increments add to the originator's previous figure: plain only without links and ties.
    incremented = np.bincount(count[visible & ((flags & FLAG_INCREMENT) != 0)], minlength=n_counts) > 0
    unplain |= incremented & (linked | tied)
    return unplain, withdrawn, tied


def _meeting(cols: ClaimColumns, rows: Array, visible: Array, *, by_source: bool) -> tuple[Array, Array]:
    """Per count: whether two visible claims' windows meet on the UTC line (within one
    originator's claims with ``by_source``; ``rows`` sorted by time within those groups),
    and whether the count spans too long to tell."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    count, reported = cols.column("count"), cols.column("reported")
    n_counts = len(cols.counts)
    rows = rows[visible[rows]]
    window = by_rank(WINDOW_BY_RANK)[cols.column("precision")[rows]]
    start_us = reported[rows]
    end_us = start_us + np.maximum(window - 1, 0)  # windows are half-open: [start, start + window)
    codes = count[rows]
    first = group_starts(codes)
    if by_source:
        first |= group_starts(cols.column("source")[rows])
    # Whole seconds (floored, which keeps every overlap) from the group's first start.
    group_first = np.maximum.accumulate(np.where(first, np.arange(len(rows)), 0))
    origin = (start_us // _SECOND)[group_first]
    start = start_us // _SECOND - origin
    end = end_us // _SECOND - origin
    too_long = end >= (1 << 31)  # a count spanning 68 years: leave it to the reference engine
    overlap = start <= exclusive_cummax(np.where(too_long, 0, end), first, 32)
    meeting = np.zeros(n_counts, dtype=bool)
    meeting[codes[overlap]] = True
    long_ = np.zeros(n_counts, dtype=bool)
    long_[codes[too_long]] = True
    return meeting, long_
