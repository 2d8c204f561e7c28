"""Repeats of a superseded figure, for all counts at once (the reference engine's ``_supersede_repeats``).

An originator that states a figure again after it was superseded, in an
overlapping window and without a link, has its repeat superseded with it.
:func:`supersede_repeats` finds them pair by pair within each (count,
originator, figure) group, among the rows :func:`beside_superseded` keeps.
"""

from __future__ import annotations

from typing import Any

from casualtylog.bulk.arrays import group_starts, originator_groups, overlap, rows_after
from casualtylog.bulk.columns import FLAG_SUPERSEDES, ClaimColumns

__all__ = ["beside_superseded", "supersede_repeats"]

Array = Any  # numpy arrays; numpy is optional, so annotations stay loose

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
