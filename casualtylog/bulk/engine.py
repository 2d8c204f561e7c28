"""The bulk engine: the numbers of every count at once, from the log's columns.

It resolves the plain counts (:mod:`casualtylog.bulk.plain`) under the
built-in policies with their stock settings (a weighted median is left to the
reference engine) and says which counts it left to the reference engine
(:func:`casualtylog.resolve.engine.resolve_claims`). For a plain count the
reference engine's steps reduce to: set retracted claims, projections and
claims dated in the future aside; add increments to their base (the claim they supersede, else the
originator's previous figure); each originator's latest figure that stands
and that nothing supersedes is current, unless another originator superseded
it or a later figure of its source; a current figure whose high is below a
later current figure's low (not said at the same time) is outdated, unless
the policy keeps them; a later figure whose high is below an earlier one's
low, or two figures said at the same time that do not overlap, are a
conflict; the policy chooses among the rest, the most recent by time said.
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
from casualtylog.bulk.plain import (
    beside_superseded,
    effective_identity,
    exclusive_cummax,
    group_starts,
    overlap,
    rows_after,
    supersede_repeats,
    unplain_counts,
)
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
    stated: Array


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
    fallback, withdrawn, tied, superseded, external, links = unplain_counts(cols, visible, known_us, now_us)

    # Steps 2 to 5: each originator's latest figure that stands and nothing supersedes is current,
    # unless another originator superseded it or a later figure of its source (rows by count,
    # originator, statement order).
    has_figure = (cols.column("flags") & FLAG_NO_FIGURE) == 0
    pool = visible & ~fallback[count] & (cols.column("status") >= 0) & has_figure & ~withdrawn
    rows = cols.order()
    rows = rows[pool[rows]]
    figures, standing, circular = _effective(cols, rows, links)
    fallback[count[rows[circular]]] = True  # a circle of bases: the reference engine names it
    # Repeats of superseded figures in counts with increments (unplain_counts did the others),
    # compared by the figures increments add up to: a figure with none stands for no repeat.
    incremented = np.bincount(count[visible & ((cols.column("flags") & FLAG_INCREMENT) != 0)], minlength=n_counts) > 0
    linked = np.zeros(n_counts, dtype=bool)
    linked[count[links[0]]] = True
    chosen = beside_superseded(cols, rows[standing & (incremented & linked)[count[rows]]], superseded)
    if len(chosen):
        identity = np.full(len(cols), -1, dtype=np.int64)
        identity[chosen] = effective_identity(cols, figures, chosen)
        mask = np.zeros(len(cols), dtype=bool)
        mask[chosen] = True
        fallback |= supersede_repeats(cols, mask, superseded, external, identity)
    is_current = np.zeros(len(cols), dtype=bool)
    if len(rows):
        first = group_starts(count[rows]) | group_starts(cols.column("source")[rows])
        starts = np.flatnonzero(first)
        place = np.arange(len(rows))
        cutoff = np.maximum.reduceat(np.where(external[rows] & standing, place, -1), starts)
        group = np.cumsum(first) - 1
        eligible = standing & ~superseded[rows] & (place > cutoff[group])
        latest = np.maximum.reduceat(np.where(eligible, place, -1), starts)
        is_current[rows[latest[latest >= 0]]] = True

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
    credible = current[~outdated & ~fallback[codes]] if policy.drop_outdated else current[~fallback[codes]]

    best = np.full(n_counts, -1, dtype=np.int64)
    out_low = np.full(n_counts, -1, dtype=np.int64)
    out_high = np.full(n_counts, -1, dtype=np.int64)
    best_row = np.full(n_counts, -1, dtype=np.int64)
    sources = np.bincount(count[credible], minlength=n_counts)
    if len(credible):
        _decide(cols, figures, policy, credible, best, out_low, out_high, best_row)
    stated = np.bincount(count[visible & has_figure], minlength=n_counts) > 0
    return BulkNumbers(considered, fallback, best, out_low, out_high, best_row, sources, conflicted, stated)


_AT_MOST = QUALIFIERS.index(Qualifier.AT_MOST)
_FEWER_THAN = QUALIFIERS.index(Qualifier.FEWER_THAN)
_VAGUE = QUALIFIERS.index(Qualifier.VAGUE)
_AT_LEAST = QUALIFIERS.index(Qualifier.AT_LEAST)
_EXACT = QUALIFIERS.index(Qualifier.EXACT)


def _effective(cols: ClaimColumns, rows: Array, links: tuple[Array, Array]) -> tuple[dict[str, Array], Array, Array]:
    """Step 4: each increment added to its base, the claim it supersedes, else its originator's
    previous figure.

    ``rows`` are the pool, by count, originator and statement order; ``links`` the
    (row, row superseded) pairs that count. Returns the figures every row stands for
    (low, high, point, qualifier, as Figure.shifted makes them), which of ``rows``
    stand for one (an increment with no total below it, or past the largest figure,
    stands for none), and which of ``rows`` sit on a circle of bases.
    """
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    figures = {name: cols.column(name) for name in ("low", "high", "point", "qualifier")}
    is_increment = (cols.column("flags")[rows] & FLAG_INCREMENT) != 0
    m = len(rows)
    if not is_increment.any():
        return figures, np.ones(m, dtype=bool), np.zeros(m, dtype=bool)
    figures = {name: array.copy() for name, array in figures.items()}
    count, source = cols.column("count")[rows], cols.column("source")[rows]
    first = group_starts(count) | group_starts(source)
    place = np.arange(m)
    below = np.where(first, m, place - 1)  # m: nothing below (a sentinel that is its own base)
    at = np.full(len(cols), -1, dtype=np.int64)
    at[rows] = place
    link_from, link_to = at[links[0]], at[links[1]]
    linked = (link_from >= 0) & (link_to >= 0)
    link_from, link_to = link_from[linked], link_to[linked]
    by_link = is_increment[link_from]
    below[link_from[by_link]] = link_to[by_link]
    # Follow every base down to a total at once (pointer jumping): ``added`` is what the
    # increments on the way sum to, ``base`` where the path has got to.
    base = np.append(np.where(is_increment, below, place), m)
    added = np.append(np.where(is_increment, figures["point"][rows], 0), 0)
    # Only the rows not yet at a total jump again: the rounds grow with the longest chain
    # (which grows with the log), so each round costs the rows still on their way, not all.
    moving = np.flatnonzero(is_increment)
    for _ in range(64):
        via = base[moving]
        onward = base[via]
        still = onward != via
        if not still.any():
            break
        moving, via, onward = moving[still], via[still], onward[still]
        added[moving] += added[via]
        base[moving] = onward
    base, step = base[:m], added[:m]
    based = base < m
    circular = based & is_increment[np.where(based, base, 0)]  # never got down to a total
    base = rows[np.where(based, base, 0)]
    q = figures["qualifier"][base]
    low = figures["low"][base] + step
    open_high = figures["high"][base] == HIGH_OPEN
    high = np.where(open_high, HIGH_OPEN, figures["high"][base] + step)
    upper = (q == _AT_MOST) | (q == _FEWER_THAN)
    point = np.where(upper, (low + high) // 2, figures["point"][base] + step)
    qualifier = np.where(upper, np.where(low == high, _EXACT, _RANGE), np.where(q == _VAGUE, _AT_LEAST, q))
    fits = (low <= MAX_FIGURE) & (open_high | (high <= MAX_FIGURE))
    standing = ~is_increment | (based & fits & ~circular)
    shifted = rows[is_increment]
    for name, values in (("low", low), ("high", high), ("point", point), ("qualifier", qualifier)):
        figures[name][shifted] = values[is_increment]
    # What each figure was shifted from, and by how much: what its identity is read from.
    figures["base"] = np.arange(len(cols))
    figures["base"][shifted] = base[is_increment]
    figures["step"] = np.zeros(len(cols), dtype=np.int64)
    figures["step"][shifted] = step[is_increment]
    return figures, standing, circular


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

    count, reported = cols.column("count"), cols.column("reported")
    low, high = figures["low"], figures["high"]
    where = np.flatnonzero(tied[count[current]])
    rows = current[where]
    codes = count[rows]
    sizes = np.bincount(codes, minlength=len(tied))
    crowded = sizes > _MOST_SOURCES
    fallback |= crowded
    conflicted[tied] = False
    outdated[where] = False
    following = rows_after(codes, sizes)
    i = np.flatnonzero(following > 0)
    for offset in range(1, min(int(sizes.max(initial=0)), _MOST_SOURCES)):
        # Only the counts with more than ``offset`` rows left: the work is the pairs compared,
        # not every row times the largest count (which grows with the log).
        i = i[following[i] >= offset]
        a, b = rows[i], rows[i + offset]  # b comes after a, as statements are ordered
        same_time = (reported[a] == reported[b]) | overlap(cols, a, b)
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
    ends = np.append(starts[1:], len(credible)) - 1
    low, high, point = figures["low"][credible], figures["high"][credible], figures["point"][credible]
    qualifier = figures["qualifier"][credible]
    # The policies' "most recent" is by time said (recency_key), not the moment described.
    recency = cols.recency()[credible].astype(np.int64)
    targets = codes[starts]

    def latest_where(mask: npt.NDArray[np.bool_]) -> Array:
        """Per count, the position of the most recent credible row where ``mask`` holds (one at least)."""
        key = np.where(mask, recency, -1)
        top = np.maximum.reduceat(key, starts)
        return np.flatnonzero(key == top[group])

    kind = type(policy)
    if kind is Latest:
        chosen = latest_where(np.ones(len(credible), dtype=bool))
        best[targets], out_low[targets], out_high[targets] = point[chosen], low[chosen], high[chosen]
        best_row[targets] = credible[chosen]
        return
    if kind is Range:
        chosen = latest_where(np.ones(len(credible), dtype=bool))
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
    else:  # the unweighted median: the lower median of (point, recency)
        ordered = np.lexsort((recency, point, group))
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
