"""The bulk engine: the numbers of every count at once, from the log's columns.

It resolves the plain counts (:mod:`casualtylog.bulk.plain`) under the
built-in policies with their stock settings (a weighted median is left to the
reference engine) and says which counts it left to the reference engine
(:func:`casualtylog.resolve.engine.resolve_claims`). For a plain count the
reference engine's steps reduce to: set retracted claims and projections
aside; add increments to their originator's previous figure; each
originator's latest remaining figure is current; a current figure whose high
is below a later current figure's low (not said at the same time) is
outdated, unless the policy keeps them; a later figure whose high is below an
earlier one's low, or two figures said at the same time that do not overlap,
are a conflict; the policy chooses among the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casualtylog.bulk.columns import (
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    HIGH_OPEN,
    QUALIFIERS,
    SOURCE_KINDS,
    ClaimColumns,
)
from casualtylog.bulk.plain import FINEST, WINDOW_BY_RANK, by_rank, exclusive_cummax, group_starts, unplain_counts
from casualtylog.figures import MAX_FIGURE, Qualifier
from casualtylog.resolve.policies import Conservative, Latest, Median, Policy, Priority, Range

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["BulkNumbers", "bulk_numbers", "supports"]

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
    fallback, withdrawn, tied = unplain_counts(cols, visible, known_us, now_us)

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
    first = group_starts(codes)
    cur_low, cur_high = low[current], high[current]
    earlier_low = exclusive_cummax(cur_low, first, 35)
    conflicted = np.zeros(n_counts, dtype=bool)
    conflicted[codes[cur_high < earlier_low]] = True
    rev_first = group_starts(codes[::-1])
    later_low = exclusive_cummax(cur_low[::-1], rev_first, 35)[::-1]
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
            # Both figures of a source that contradicted itself stay within low–high
            # (docs/series.md, ties): the reference engine keeps them; one current figure per
            # originator here would drop the other.
            fallback[count[a[together]]] = True
    credible = current[~outdated & ~fallback[codes]] if policy.drop_outdated else current[~fallback[codes]]

    best = np.full(n_counts, -1, dtype=np.int64)
    out_low = np.full(n_counts, -1, dtype=np.int64)
    out_high = np.full(n_counts, -1, dtype=np.int64)
    best_row = np.full(n_counts, -1, dtype=np.int64)
    sources = np.bincount(count[credible], minlength=n_counts)
    if len(credible):
        _decide(cols, figures, policy, credible, best, out_low, out_high, best_row)
    return BulkNumbers(considered, fallback, best, out_low, out_high, best_row, sources, conflicted)


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
    first = group_starts(count) | group_starts(source)
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
    windows = by_rank(WINDOW_BY_RANK)
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
            precision[coarse] >= FINEST, said_together, np.where(same_precision, naive[a] == naive[b], inside)
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
    first = group_starts(codes)
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
