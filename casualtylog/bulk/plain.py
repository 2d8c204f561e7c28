"""Which counts the bulk engine resolves itself: the plain ones.

A count is plain at a query's moment when its visible claims

- are known to the day or finer (on a fixed-offset calendar), were recorded,
  and belong to no period (one dated more than a day after it was recorded
  is set aside, as the reference engine sets it aside);
- retract only their own originator's visible claims, which retract nothing
  themselves;
- never state two different figures from one originator at one moment (time
  said and moment described alike: the range must keep both);
- carry no increment that supersedes two claims, or that sits on a circle of
  bases;
- never repeat a figure that the same originator superseded, in an
  overlapping window, where that figure was superseded both by its source
  and by another originator (the reference engine's order decides which).

Everything else the reference engine's steps do is done here for all counts
at once: ``as_of`` orders statements by the moment described; ``supersedes``
links between visible, credible, stated claims of one count (any originator,
any direction in time; others are ignored, as the reference engine ignores
them) set figures aside, and a link from another originator sets aside every
earlier figure of that source; repeats of superseded figures go with them
(compared by the figure increments add up to, where they do); increments add to the claim they supersede, else to the originator's
previous figure; times that may tie across originators (said together,
overlapping windows) are compared pair by pair.

Everything else is the reference engine's business
(:func:`casualtylog.resolve.engine.resolve_claims`), count by count, so the
two agree whatever its rules for the rest become.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

# The helpers and the repeats live in their own modules; their names stay importable from here.
from casualtylog.bulk.arrays import (
    _SECOND,
    FINEST,
    WINDOW_BY_RANK,
    by_rank,
    exclusive_cummax,
    group_starts,
    link_targets,
    originator_groups,
    overlap,
    rows_after,
)
from casualtylog.bulk.columns import (
    FLAG_COARSE,
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    FLAG_PERIOD,
    FLAG_RETRACTS,
    FLAG_UNRECORDED,
    QUALIFIERS,
    ClaimColumns,
)
from casualtylog.bulk.repeats import (
    beside_superseded,
    supersede_repeats,
)
from casualtylog.claims import FUTURE_TOLERANCE
from casualtylog.figures import Qualifier

__all__ = [
    "FINEST",
    "WINDOW_BY_RANK",
    "beside_superseded",
    "by_rank",
    "effective_identity",
    "exclusive_cummax",
    "group_starts",
    "link_targets",
    "originator_groups",
    "overlap",
    "rows_after",
    "supersede_repeats",
    "unplain_counts",
]

Array = Any  # numpy arrays; numpy is optional, so annotations stay loose

_UNPLAIN = FLAG_UNRECORDED | FLAG_COARSE | FLAG_PERIOD
_AT_MOST, _FEWER_THAN = QUALIFIERS.index(Qualifier.AT_MOST), QUALIFIERS.index(Qualifier.FEWER_THAN)
_VAGUE, _EXACT = QUALIFIERS.index(Qualifier.VAGUE), QUALIFIERS.index(Qualifier.EXACT)
_FUTURE_TOLERANCE = FUTURE_TOLERANCE // timedelta(microseconds=1)


def unplain_counts(
    cols: ClaimColumns, visible: Array, known_us: int | None, now_us: int
) -> tuple[Array, Array, Array, Array, Array, tuple[Array, Array]]:
    """Boolean arrays: the counts that must go to the reference engine, the rows withdrawn (or
    dated in the future, set aside alike), the
    counts whose claims' times may tie (said together, or in overlapping windows), the rows a
    claim supersedes, those another originator's claim supersedes, and the links that count
    (rows superseding, rows superseded)."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    count, reported = cols.column("count"), cols.column("reported")
    odd = ((cols.column("flags") & _UNPLAIN) != 0) & visible
    n_counts = len(cols.counts)
    unplain = np.bincount(count[odd], minlength=n_counts) > 0
    # A claim dated more than FUTURE_TOLERANCE after it was recorded never sets a figure: the
    # reference engine keeps it among those considered but out of the pool, as a withdrawn one.
    # (A time said after the query or after ``known_at`` changes nothing there.)
    future = visible & (reported > cols.column("recorded") + _FUTURE_TOLERANCE)

    # A retraction is plain when a source withdraws its own visible claim about the same
    # count, and that claim withdraws nothing itself (a withdrawn withdrawal reinstates).
    flags, source = cols.column("flags"), cols.column("source")
    withdrawn = np.zeros(len(cols), dtype=bool)
    retract_from = cols.column("retract_from")
    said = visible[retract_from]
    retract_from = retract_from[said]
    target = link_targets(cols, "retract_to")[said]
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
    withdrawn |= future

    # A supersedes link counts when both claims stand in the count's pool (visible, credible,
    # stated, not withdrawn); the reference engine ignores any other. What it replaces is not
    # current; a link from another originator also sets aside its source's figures before it.
    status = cols.column("status")
    has_figure = (flags & FLAG_NO_FIGURE) == 0
    is_increment = (flags & FLAG_INCREMENT) != 0
    stated = visible & has_figure & (status >= 0) & ~withdrawn
    link_from = cols.column("link_from")
    target = link_targets(cols, "link_to")
    safe = np.where(target >= 0, target, 0)
    counted = (target >= 0) & stated[link_from] & stated[safe] & (count[safe] == count[link_from])
    link_from, safe = link_from[counted], safe[counted]
    across = source[safe] != source[link_from]
    superseded = np.zeros(len(cols), dtype=bool)
    superseded[safe] = True
    external = np.zeros(len(cols), dtype=bool)
    external[safe[across]] = True
    linked = np.zeros(n_counts, dtype=bool)
    linked[count[link_from]] = True

    # Times that could tie: windows that meet on the UTC line (a sweep in time order) ...
    tied, too_long = _meeting(cols, cols.said_order(by_source=False), visible, by_source=False)
    unplain |= too_long
    # ... and windows of one precision that name the same wall-clock time (compared as written).
    tied |= _same_as_written(cols, cols.calendar_order(), visible)
    incremented = np.bincount(count[visible & is_increment], minlength=n_counts) > 0
    # A repeat of a superseded figure (same originator, same figure, overlapping window) is
    # superseded with it: the reference engine's business, found per originator and figure.
    # (Where an increment's figure is its sum, the engine checks with the sums and leaves them.)
    unplain |= supersede_repeats(cols, stated & linked[count] & ~incremented[count], superseded, external)
    # A source that states two figures at one moment contradicted itself: the reference
    # engine keeps the other figure in the range (ties.widen_for_ties).
    unplain |= _said_twice(cols, visible & has_figure)
    # Increments add to the claim they supersede, else to the originator's previous figure:
    # the bulk engine follows both, but not an increment that supersedes two claims.
    from_increment = link_from[is_increment[link_from]]
    twice = from_increment[np.bincount(from_increment, minlength=len(cols))[from_increment] > 1]
    unplain[count[twice]] = True
    return unplain, withdrawn, tied, superseded, external, (link_from, safe)


def _same_as_written(cols: ClaimColumns, rows: Array, visible: Array, group: Array | None = None) -> Array:
    """Per count: whether two visible windows of one precision (coarser than a second) name the
    same wall-clock time; ``rows`` sorted by count (and ``group``), precision, then time as written."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    count = cols.column("count")
    out = np.zeros(len(cols.counts), dtype=bool)
    rows = rows[visible[rows]]
    rows = rows[cols.column("precision")[rows] < FINEST]
    if len(rows) > 1:
        key_count, key_rank, key_naive = count[rows], cols.column("precision")[rows], cols.column("naive")[rows]
        same = (key_count[1:] == key_count[:-1]) & (key_rank[1:] == key_rank[:-1]) & (key_naive[1:] == key_naive[:-1])
        if group is not None:
            same &= group[rows][1:] == group[rows][:-1]
        out[key_count[1:][same]] = True
    return out


def _said_twice(cols: ClaimColumns, rows_mask: Array) -> Array:
    """Per count: whether one originator states two different figures at one moment (time said
    and moment described alike); such statements are neighbours in :meth:`ClaimColumns.order`."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    rows = cols.order()
    rows = rows[rows_mask[rows]]
    out = np.zeros(len(cols.counts), dtype=bool)
    if len(rows) < 2:
        return out
    a, b = rows[:-1], rows[1:]
    count, source = cols.column("count"), cols.column("source")
    reported, describes, figure = cols.column("reported"), cols.column("describes"), cols.column("figure")
    together = (
        (count[a] == count[b])
        & (source[a] == source[b])
        & (reported[a] == reported[b])
        & (describes[a] == describes[b])
        & (figure[a] != figure[b])
    )
    out[count[a[together]]] = True
    return out


def _meeting(
    cols: ClaimColumns, rows: Array, visible: Array, *, by_source: bool, group: Array | None = None
) -> tuple[Array, Array]:
    """Per count: whether two visible claims' windows meet on the UTC line (within one
    originator's claims with ``by_source``, within one ``group`` code if given; ``rows``
    sorted by time within those groups), and whether the count spans too long to tell."""
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
    if group is not None:
        first |= group_starts(group[rows])
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


def effective_identity(cols: ClaimColumns, figures: dict[str, Array], rows: Array) -> Array:
    """Codes for the figures ``rows`` stand for (increments added to their base, as
    ``Figure.shifted`` adds them), equal exactly where the figures are equal: qualifier, low,
    high, value and word. ``figures`` as the engine's ``_effective`` returns them."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    flags = cols.column("flags")
    base = figures["base"][rows] if "base" in figures else rows
    step = figures["step"][rows] if "step" in figures else np.zeros(len(rows), dtype=np.int64)
    codes = cols.column("figure")[base]
    # The value and word of each figure stated, read off one claim per figure (-1: none).
    present = np.unique(codes)
    one_row = np.empty(int(present.max(initial=0)) + 1, dtype=np.int64)
    one_row[codes] = base
    value_of = np.full(len(one_row), -1, dtype=np.int64)
    word_of = np.full(len(one_row), -1, dtype=np.int64)
    words: dict[str, int] = {}
    claims = cols.claims
    for code, row in zip(present.tolist(), one_row[present].tolist(), strict=True):
        fig = claims[row].figure
        if fig is not None:
            value_of[code] = -1 if fig.value is None else fig.value
            word_of[code] = -1 if fig.word is None else words.setdefault(fig.word, len(words))
    qualifier, low, high = figures["qualifier"][rows], figures["low"][rows], figures["high"][rows]
    value, word = value_of[codes], word_of[codes]
    shifted = (flags[rows] & FLAG_INCREMENT) != 0
    stated_as = cols.column("qualifier")[base]
    upper = (stated_as == _AT_MOST) | (stated_as == _FEWER_THAN)
    vague = stated_as == _VAGUE
    # Shifted: an upper bound becomes a range (exact when one value), a vague word "at least".
    value = np.where(shifted & upper, np.where(qualifier == _EXACT, low, -1), value)
    value = np.where(shifted & ~upper & ~vague & (value >= 0), value + step, value)
    value = np.where(shifted & vague, -1, value)
    word = np.where(shifted & (upper | vague), -1, word)
    order = np.lexsort((word, value, high, low, qualifier))
    first = np.ones(len(rows), dtype=bool)
    for key in (qualifier, low, high, value, word):
        ordered = key[order]
        first[1:] &= ordered[1:] == ordered[:-1]
    first = ~first
    first[0:1] = True
    out = np.empty(len(rows), dtype=np.int64)
    out[order] = np.cumsum(first) - 1
    return out
