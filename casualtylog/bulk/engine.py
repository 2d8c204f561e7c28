"""The bulk engine: the numbers of every count at once, from the log's columns.

It handles only the counts whose resolution is plain, and says which ones it
left to the reference engine (:func:`casualtylog.resolve.engine.resolve_claims`).
A count is plain at a query's moment when its visible claims

- carry increments only without links or ties (an increment then adds to
  its originator's previous figure); every ``retracts`` link withdraws its own originator's
  visible claim, which withdraws nothing itself; and every ``supersedes``
  link is a figure replacing its own originator's earlier visible figure
  (neither projected nor withdrawn): the latest standing figure of each
  originator is current either way,
- are known to the day or finer, were recorded, and none was said after it
  was recorded, after ``known_at`` or after the query's clock,
- have times that cannot tie: no two share an instant (to the second), no
  window known only to the minute, hour or day meets another claim's on the
  UTC line, no two windows of one precision name the same wall-clock time
  (the reference engine compares those as written), and no window is on a
  named zone's calendar (whose days may last 23 or 25 hours);

and the policy is one of the built-in ones with its stock settings (a
weighted median is left to the reference engine). For a plain count the
reference engine's steps reduce to: set retracted claims and projections aside; each
originator's latest remaining claim is current; a current figure whose high is below a later
current figure's low is outdated (unless the policy keeps them); a later
figure whose high is below an earlier one's low is a conflict; the policy
chooses among the rest. Everything else is the reference engine's business,
so the two agree whatever its rules for links and ties become.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casualtylog.bulk.columns import (
    FLAG_COARSE,
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    FLAG_RETRACTS,
    FLAG_UNRECORDED,
    HIGH_OPEN,
    QUALIFIERS,
    SOURCE_KINDS,
    ClaimColumns,
)
from casualtylog.figures import MAX_FIGURE, Qualifier
from casualtylog.resolve.policies import Conservative, Latest, Median, Policy, Priority, Range
from casualtylog.times import Precision

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["BulkNumbers", "bulk_numbers", "supports"]

_UNPLAIN = FLAG_UNRECORDED | FLAG_COARSE
_SECOND = 1_000_000
_MINUTE, _HOUR = 60 * _SECOND, 3600 * _SECOND
_FINEST = Precision.SECOND.rank
# How long a window is on the UTC line, by precision rank (µs); a time known to the second is an instant.
_WINDOW_BY_RANK = {Precision.DAY.rank: 24 * _HOUR, Precision.HOUR.rank: _HOUR, Precision.MINUTE.rank: _MINUTE}
_RANGE = QUALIFIERS.index(Qualifier.RANGE)
_UPPER_ONLY = (QUALIFIERS.index(Qualifier.AT_MOST), QUALIFIERS.index(Qualifier.FEWER_THAN))

Array = Any  # numpy arrays; numpy is optional, so annotations stay loose


@dataclass(frozen=True)
class BulkNumbers:
    """Per count code (see :attr:`ClaimColumns.counts`): what the bulk engine found.

    ``considered`` is the number of visible claims (0: the count is left out);
    where ``fallback`` is true the other arrays mean nothing and the count
    goes to the reference engine. ``best_row`` is -1 when nothing is
    credible, and ``high`` is :data:`HIGH_OPEN` when it is open.
    """

    considered: Array
    fallback: Array
    best: Array
    low: Array
    high: Array
    best_row: Array
    sources: Array
    conflicted: Array


def supports(policy: Policy) -> bool:
    """Whether the bulk engine can decide under ``policy`` (else every count is the reference engine's)."""
    kind = type(policy)
    if kind is Median:
        return not policy.weights  # type: ignore[attr-defined]
    return kind in {Range, Latest, Conservative, Priority}


def _by_rank(table: dict[int, int]) -> Array:
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    return np.array([table.get(rank, 0) for rank in range(len(Precision))], dtype=np.int64)


def _group_starts(keys: Array) -> Array:
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    return first


def _exclusive_cummax(values: Array, first: Array, bits: int) -> Array:
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


def _unplain_counts(
    cols: ClaimColumns, visible: Array, known_us: int | None, now_us: int
) -> tuple[Array, Array, Array]:
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
    rows = rows[cols.column("precision")[rows] < _FINEST]
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


def bulk_numbers(
    cols: ClaimColumns,
    policy: Policy,
    *,
    at_us: int | None = None,
    known_us: int | None = None,
    now_us: int,
) -> BulkNumbers:
    """Resolve every plain count of ``cols`` under ``policy`` (which :func:`supports`)."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    n_counts = len(cols.counts)
    count = cols.column("count")
    visible = np.ones(len(cols), dtype=bool)
    if at_us is not None:
        visible &= cols.column("available") <= at_us
    if known_us is not None:
        visible &= cols.column("recorded") <= known_us
    considered = np.bincount(count[visible], minlength=n_counts)
    fallback, withdrawn, tied = _unplain_counts(cols, visible, known_us, now_us)

    # Steps 2 and 5: each originator's latest figure that stands is current (rows by count, originator, time).
    has_figure = (cols.column("flags") & FLAG_NO_FIGURE) == 0
    pool = visible & ~fallback[count] & (cols.column("status") >= 0) & has_figure & ~withdrawn
    rows = cols.order()
    rows = rows[pool[rows]]
    figures, standing = _effective(cols, rows)
    chained = rows[standing]
    last = np.ones(len(chained), dtype=bool)
    if len(chained):
        last[:-1] = (count[chained[1:]] != count[chained[:-1]]) | (
            cols.column("source")[chained[1:]] != cols.column("source")[chained[:-1]]
        )
    is_current = np.zeros(len(cols), dtype=bool)
    is_current[chained[last]] = True

    # Step 6, current figures in time order within each count.
    current = cols.time_order()
    current = current[is_current[current]]
    low, high = figures["low"], figures["high"]
    codes = count[current]
    first = _group_starts(codes)
    cur_low, cur_high = low[current], high[current]
    earlier_low = _exclusive_cummax(cur_low, first, 35)
    conflicted = np.zeros(n_counts, dtype=bool)
    conflicted[codes[cur_high < earlier_low]] = True
    rev_first = _group_starts(codes[::-1])
    later_low = _exclusive_cummax(cur_low[::-1], rev_first, 35)[::-1]
    outdated = later_low > cur_high
    if tied.any():
        _compare_tied(cols, figures, current, tied, outdated, conflicted, fallback)
        # Same source, same moment, different figures: a conflict (links are absent here).
        chain = rows[tied[count[rows]]]
        if len(chain) > 1:
            a, b = chain[:-1], chain[1:]
            together = (
                (count[a] == count[b])
                & (cols.column("source")[a] == cols.column("source")[b])
                & (cols.column("reported")[a] == cols.column("reported")[b])
                & (cols.column("figure")[a] != cols.column("figure")[b])
            )
            conflicted[count[a[together]]] = True
    credible = current[~outdated & ~fallback[codes]] if policy.drop_outdated else current[~fallback[codes]]

    best = np.full(n_counts, -1, dtype=np.int64)
    out_low = np.full(n_counts, -1, dtype=np.int64)
    out_high = np.full(n_counts, -1, dtype=np.int64)
    best_row = np.full(n_counts, -1, dtype=np.int64)
    sources = np.bincount(count[credible], minlength=n_counts)
    if len(credible):
        _decide(cols, figures, policy, credible, best, out_low, out_high, best_row)
    return BulkNumbers(considered, fallback, best, out_low, out_high, best_row, sources, conflicted)


def _meeting(cols: ClaimColumns, rows: Array, visible: Array, *, by_source: bool) -> tuple[Array, Array]:
    """Per count: whether two visible claims' windows meet on the UTC line (within one
    originator's claims with ``by_source``; ``rows`` sorted by time within those groups),
    and whether the count spans too long to tell."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    count, reported = cols.column("count"), cols.column("reported")
    n_counts = len(cols.counts)
    rows = rows[visible[rows]]
    window = _by_rank(_WINDOW_BY_RANK)[cols.column("precision")[rows]]
    start_us = reported[rows]
    end_us = start_us + np.maximum(window - 1, 0)  # windows are half-open: [start, start + window)
    codes = count[rows]
    first = _group_starts(codes)
    if by_source:
        first |= _group_starts(cols.column("source")[rows])
    # Whole seconds (floored, which keeps every overlap) from the group's first start.
    group_first = np.maximum.accumulate(np.where(first, np.arange(len(rows)), 0))
    origin = (start_us // _SECOND)[group_first]
    start = start_us // _SECOND - origin
    end = end_us // _SECOND - origin
    too_long = end >= (1 << 31)  # a count spanning 68 years: leave it to the reference engine
    overlap = start <= _exclusive_cummax(np.where(too_long, 0, end), first, 32)
    meeting = np.zeros(n_counts, dtype=bool)
    meeting[codes[overlap]] = True
    long_ = np.zeros(n_counts, dtype=bool)
    long_[codes[too_long]] = True
    return meeting, long_


_AT_MOST = QUALIFIERS.index(Qualifier.AT_MOST)
_FEWER_THAN = QUALIFIERS.index(Qualifier.FEWER_THAN)
_VAGUE = QUALIFIERS.index(Qualifier.VAGUE)
_AT_LEAST = QUALIFIERS.index(Qualifier.AT_LEAST)
_EXACT = QUALIFIERS.index(Qualifier.EXACT)


def _effective(cols: ClaimColumns, rows: Array) -> tuple[dict[str, Array], Array]:
    """Step 4 without links: each increment added to its originator's previous figure.

    ``rows`` are the pool, by count, originator and statement order. Returns the
    figures every row stands for (low, high, point, qualifier, as Figure.shifted
    makes them) and which of ``rows`` stand for one (an increment with no earlier
    total, or past the largest figure, stands for none).
    """
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    figures = {name: cols.column(name) for name in ("low", "high", "point", "qualifier")}
    is_increment = (cols.column("flags")[rows] & FLAG_INCREMENT) != 0
    if not is_increment.any():
        return figures, np.ones(len(rows), dtype=bool)
    figures = {name: array.copy() for name, array in figures.items()}
    count, source = cols.column("count")[rows], cols.column("source")[rows]
    first = _group_starts(count) | _group_starts(source)
    run_start = first | ~is_increment  # a total, or the first figure of an originator
    position = np.arange(len(rows))
    head = np.maximum.accumulate(np.where(run_start, position, 0))
    based = ~is_increment[head]  # the run starts with a total
    steps = np.cumsum(np.where(is_increment, figures["point"][rows], 0))
    step = steps - steps[head]  # what the increments of the run add up to so far
    base = rows[head]
    q = figures["qualifier"][base]
    low = figures["low"][base] + step
    open_high = figures["high"][base] == HIGH_OPEN
    high = np.where(open_high, HIGH_OPEN, figures["high"][base] + step)
    upper = (q == _AT_MOST) | (q == _FEWER_THAN)
    point = np.where(upper, (low + high) // 2, figures["point"][base] + step)
    qualifier = np.where(upper, np.where(low == high, _EXACT, _RANGE), np.where(q == _VAGUE, _AT_LEAST, q))
    fits = (low <= MAX_FIGURE) & (open_high | (high <= MAX_FIGURE))
    standing = ~is_increment | (based & fits)
    shifted = rows[is_increment]
    for name, values in (("low", low), ("high", high), ("point", point), ("qualifier", qualifier)):
        figures[name][shifted] = values[is_increment]
    return figures, standing


_MOST_SOURCES = 64  # pairs of current figures are compared one offset at a time: bound the offsets


def _compare_tied(
    cols: ClaimColumns,
    figures: dict[str, Array],
    current: Array,
    tied: Array,
    outdated: Array,
    conflicted: Array,
    fallback: Array,
) -> None:
    """Step 6 for counts whose times may tie: every pair of current figures, as the reference
    engine compares them (``outdated``, ``conflicted`` and ``fallback`` are updated in place)."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    count, reported, naive = cols.column("count"), cols.column("reported"), cols.column("naive")
    precision, low, high = cols.column("precision"), figures["low"], figures["high"]
    where = np.flatnonzero(tied[count[current]])
    rows = current[where]
    codes = count[rows]
    sizes = np.bincount(codes, minlength=len(tied))
    crowded = sizes > _MOST_SOURCES
    fallback |= crowded
    conflicted[tied] = False
    outdated[where] = False
    windows = _by_rank(_WINDOW_BY_RANK)
    for offset in range(1, min(int(sizes.max(initial=0)), _MOST_SOURCES)):
        i = np.arange(len(rows) - offset)
        i = i[codes[i] == codes[i + offset]]
        a, b = rows[i], rows[i + offset]  # b comes after a, as statements are ordered
        a_coarse = precision[a] <= precision[b]
        coarse, fine = np.where(a_coarse, a, b), np.where(a_coarse, b, a)
        width = windows[precision[coarse]]
        # As _overlap: the fine time, on the coarse claim's calendar, truncated to its precision.
        local = reported[fine] + (naive[coarse] - reported[coarse])
        inside = local - local % np.maximum(width, 1) == naive[coarse]
        same_precision = precision[coarse] == precision[fine]
        said_together = reported[a] == reported[b]
        overlap = np.where(
            precision[coarse] >= _FINEST, said_together, np.where(same_precision, naive[a] == naive[b], inside)
        )
        same_time = said_together | overlap
        outdated[where[i]] |= ~same_time & (high[a] < low[b])
        clash = (high[b] < low[a]) | (same_time & (high[a] < low[b]))
        conflicted[count[a[clash]]] = True


def _decide(
    cols: ClaimColumns,
    figures: dict[str, Array],
    policy: Policy,
    credible: Array,
    best: Array,
    out_low: Array,
    out_high: Array,
    best_row: Array,
) -> None:
    """Step 7 for every count at once; ``credible`` is in time order within each count."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    codes = cols.column("count")[credible]
    first = _group_starts(codes)
    starts = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    ends = np.append(starts[1:], len(credible)) - 1  # the latest credible claim of each count
    low, high, point = figures["low"][credible], figures["high"][credible], figures["point"][credible]
    qualifier = figures["qualifier"][credible]
    position = np.arange(len(credible))
    targets = codes[starts]

    def latest_where(mask: npt.NDArray[np.bool_]) -> Array:
        """Per count, the position of the latest credible row where ``mask`` holds."""
        return np.maximum.reduceat(np.where(mask, position, -1), starts)

    kind = type(policy)
    if kind is Latest:
        chosen = ends
        best[targets], out_low[targets], out_high[targets] = point[chosen], low[chosen], high[chosen]
        best_row[targets] = credible[chosen]
        return
    if kind is Range:
        chosen = ends
        value = point[chosen]
    elif kind is Conservative:
        upper = np.isin(qualifier, _UPPER_ONLY)
        has_floor = np.logical_or.reduceat(~upper, starts)
        floored = ~upper | ~has_floor[group]
        floor = np.where(qualifier == _RANGE, low, point)
        value = np.minimum.reduceat(np.where(floored, floor, HIGH_OPEN), starts)
        chosen = latest_where(floored & (floor == value[group]))
    elif kind is Priority:
        rank = _priority_ranks(cols, policy, credible)  # type: ignore[arg-type]
        top_rank = np.minimum.reduceat(rank, starts)
        chosen = latest_where(rank == top_rank[group])
        value = point[chosen]
    else:  # the unweighted median: the lower median of (point, time)
        ordered = np.lexsort((position, point, group))
        sizes = ends - starts + 1
        chosen = ordered[starts + (sizes + 1) // 2 - 1]
        value = point[chosen]
    env_low = np.minimum.reduceat(low, starts)
    env_high = np.maximum.reduceat(high, starts)
    best[targets] = value
    out_low[targets] = np.minimum(env_low, value)
    out_high[targets] = np.where(env_high == HIGH_OPEN, HIGH_OPEN, np.maximum(env_high, value))
    best_row[targets] = credible[chosen]


def _priority_ranks(cols: ClaimColumns, policy: Priority, rows: Array) -> Array:
    """Each row's position in the policy's ranking (unranked: after all), as Priority.rank."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    ranking = {name: i for i, name in reversed(list(enumerate(policy.ranking)))}
    unranked = len(policy.ranking)
    if policy.by == "kind":
        table = np.array([ranking.get(k.value, unranked) for k in SOURCE_KINDS], dtype=np.int64)
        return table[cols.column("kind")[rows]]
    table = np.array([ranking.get(key, unranked) for key in cols.sources], dtype=np.int64)
    return table[cols.column("source")[rows]]
