"""Array helpers the bulk engine's steps share: groups of sorted rows, time windows, link targets.

Each works on row numbers of a :class:`~casualtylog.bulk.columns.ClaimColumns`
(numpy arrays), for all counts at once; :mod:`casualtylog.bulk.plain` and
:mod:`casualtylog.bulk.repeats` build on them, and :mod:`casualtylog.bulk.engine`
uses them too.
"""

from __future__ import annotations

from typing import Any

from casualtylog.bulk.columns import ClaimColumns
from casualtylog.times import Precision

__all__ = [
    "FINEST",
    "WINDOW_BY_RANK",
    "by_rank",
    "exclusive_cummax",
    "group_starts",
    "link_targets",
    "originator_groups",
    "overlap",
    "rows_after",
]

Array = Any  # numpy arrays; numpy is optional, so annotations stay loose

_SECOND = 1_000_000
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
