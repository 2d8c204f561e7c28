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

from casualtylog.bulk.columns import (
    FLAG_COARSE,
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    FLAG_PERIOD,
    FLAG_RETRACTS,
    FLAG_SUPERSEDES,
    FLAG_UNRECORDED,
    QUALIFIERS,
    ClaimColumns,
)
from casualtylog.claims import FUTURE_TOLERANCE
from casualtylog.figures import Qualifier
from casualtylog.times import Precision

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
_SECOND = 1_000_000
_FUTURE_TOLERANCE = FUTURE_TOLERANCE // timedelta(microseconds=1)
_MINUTE, _HOUR = 60 * _SECOND, 3600 * _SECOND
FINEST = Precision.SECOND.rank
# How long a window is on the UTC line, by precision rank (µs); a time known to the second is an instant.
WINDOW_BY_RANK = {Precision.DAY.rank: 24 * _HOUR, Precision.HOUR.rank: _HOUR, Precision.MINUTE.rank: _MINUTE}


def by_rank(table: dict[int, int]) -> Array:
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    return np.array([table.get(rank, 0) for rank in range(len(Precision))], dtype=np.int64)


def overlap(cols: ClaimColumns, a: Array, b: Array) -> Array:
    """As the reference engine's ``_overlap``, row pair by row pair: whether the time windows of
    ``a[i]`` and ``b[i]`` overlap, compared on the calendar of the coarser one."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    reported, naive, precision = cols.column("reported"), cols.column("naive"), cols.column("precision")
    a_coarse = precision[a] <= precision[b]
    coarse, fine = np.where(a_coarse, a, b), np.where(a_coarse, b, a)
    width = by_rank(WINDOW_BY_RANK)[precision[coarse]]
    # The fine time, on the coarse claim's calendar, truncated to its precision.
    local = reported[fine] + (naive[coarse] - reported[coarse])
    inside = local - local % np.maximum(width, 1) == naive[coarse]
    same_precision = precision[coarse] == precision[fine]
    result: Array = np.where(
        precision[coarse] >= FINEST,
        reported[a] == reported[b],
        np.where(same_precision, naive[a] == naive[b], inside),
    )
    return result


def group_starts(keys: Array) -> Array:
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    return first


def rows_after(groups: Array, sizes: Array) -> Array:
    """For rows sorted by group (codes ``groups``, ``sizes[g]`` rows in group ``g``): how many rows
    of its group follow each row. Pair loops by offset keep the rows with at least that many, so
    that they cost the pairs compared, not every row times the largest group."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    place = np.arange(len(groups))
    start = np.maximum.accumulate(np.where(group_starts(groups), place, 0))
    after: Array = sizes[groups] - (place - start) - 1
    return after


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


_MOST_REPEATS = 64  # statements of one figure by one originator compared pair by pair: bound them


def supersede_repeats(
    cols: ClaimColumns, rows_mask: Array, superseded: Array, external: Array, figure: Array | None = None
) -> Array:
    """As the reference engine's ``_supersede_repeats``: an unlinked statement of a superseded
    figure by the same originator, in an overlapping window, is superseded with it (and by
    another originator, if that one was). ``superseded`` and ``external`` are updated in place;
    returns the counts left to the reference engine (a repeat of figures superseded both by
    their own source and by another, where the reference engine's order decides). ``figure``:
    codes by row, equal where the figures are (default: the figures as stated)."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    count = cols.column("count")
    figure = cols.column("figure") if figure is None else figure
    out = np.zeros(len(cols.counts), dtype=bool)
    rows = beside_superseded(cols, np.flatnonzero(rows_mask), superseded)
    if not len(rows):
        return out
    # By (count, originator) group, then figure: one key, one sort of the rows that may matter.
    key = originator_groups(cols)[rows].astype(np.int64) * (int(figure[rows].max()) + 1) + figure[rows]
    ordering = np.argsort(key, kind="stable")
    rows = rows[ordering]
    first = group_starts(key[ordering])
    group_of = np.cumsum(first) - 1
    sizes = np.bincount(group_of)
    has_superseded = np.bincount(group_of, weights=superseded[rows]) > 0
    keep = (sizes[group_of] > 1) & has_superseded[group_of]
    rows, group_of = rows[keep], group_of[keep]
    if not len(rows):
        return out
    out[count[rows[sizes[group_of] > _MOST_REPEATS]]] = True
    unlinked = (cols.column("flags") & FLAG_SUPERSEDES) == 0
    eligible = unlinked & ~superseded  # as it was before any repeat was found
    replaced_by_own = np.zeros(len(cols), dtype=bool)
    replaced_across = np.zeros(len(cols), dtype=bool)
    following = rows_after(group_of, sizes)
    i = np.flatnonzero(following > 0)
    for offset in range(1, min(int(sizes[group_of].max()), _MOST_REPEATS)):
        i = i[following[i] >= offset]  # the groups with more than ``offset`` rows left
        a, b = rows[i], rows[i + offset]
        meets = overlap(cols, a, b)
        for old, repeat in ((a, b), (b, a)):
            hit = meets & superseded[old] & eligible[repeat]
            replaced_across[repeat[hit & external[old]]] = True
            replaced_by_own[repeat[hit & ~external[old]]] = True
    out[count[replaced_across & replaced_by_own]] = True
    superseded |= replaced_across | replaced_by_own
    external |= replaced_across
    return out


# The last log's link targets: the rows of the claims its links name, until its columns change.
_TARGETS: dict[str, tuple[Any, Any, Any, int]] = {}


def link_targets(cols: ClaimColumns, name: str) -> Array:
    """:meth:`ClaimColumns.rows_of` the ids in column ``name`` (``link_to`` or ``retract_to``):
    found once per state of the columns (extending them replaces every column)."""
    keys, links = cols.column("key"), cols.column(name)
    hit = _TARGETS.get(name)
    # Columns only grow: the same arrays at the same lengths hold the same claims and links.
    if hit is None or hit[0] is not keys or hit[1] is not links or len(hit[2]) != len(links) or hit[3] != len(keys):
        hit = _TARGETS[name] = (keys, links, cols.rows_of(links), len(keys))
    return hit[2]


_GROUPS: list[Any] = [None, None]  # the last ClaimColumns.order() seen, and its groups


def originator_groups(cols: ClaimColumns) -> Array:
    """Each row's (count, originator) group, numbered in :meth:`ClaimColumns.order` (kept with it)."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    order = cols.order()
    if _GROUPS[0] is not order:
        first = group_starts(cols.column("count")[order]) | group_starts(cols.column("source")[order])
        groups = np.empty(len(order), dtype=np.int64)
        groups[order] = np.cumsum(first) - 1
        _GROUPS[:] = [order, groups]
    return _GROUPS[1]


def beside_superseded(cols: ClaimColumns, rows: Array, superseded: Array) -> Array:
    """The ``rows`` whose originator had a statement about the same count superseded, and another
    neither linked nor superseded: the only ones that can be repeats of a superseded figure (or be one)."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    groups = originator_groups(cols)
    touched = np.zeros(len(groups) + 1, dtype=bool)
    touched[groups[rows[superseded[rows]]]] = True
    # ... and that stated something unlinked and not superseded: what a repeat is.
    open_ = np.zeros(len(groups) + 1, dtype=bool)
    unlinked = (cols.column("flags")[rows] & FLAG_SUPERSEDES) == 0
    open_[groups[rows[unlinked & ~superseded[rows]]]] = True
    kept: Array = rows[(touched & open_)[groups[rows]]]
    return kept


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
