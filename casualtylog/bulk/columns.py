"""The log's claims as numeric columns: what the bulk engine reads.

One row per claim, in the order the log added them. Only what resolution
needs for the numbers is kept as numbers (count, originator, times in
microseconds, status, figure bounds, flags); the Claim objects stay in the
log and are reached by row when a caller asks for provenance.

The log is append-only, so the columns are extended, never rebuilt: a second
bulk resolution after a few ``add`` calls converts only the new claims. The
order of the rows by (count, originator, time) is kept with them, since every
bulk resolution starts from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from casualtylog.bulk.codes import (
    _DTYPES,
    _KIND_CODE,
    _NAMES,
    _QUALIFIER_CODE,
    FLAG_AS_OF,
    FLAG_COARSE,
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    FLAG_PERIOD,
    FLAG_RETRACTS,
    FLAG_SUPERSEDES,
    FLAG_UNRECORDED,
    HIGH_OPEN,
    QUALIFIERS,
    SOURCE_KINDS,
    STATUS_RANK,
    _figure_fields,
    _FigureKey,
    _row,
)
from casualtylog.claims import Claim, Count

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np
    import numpy.typing as npt

    from casualtylog.log import CasualtyLog

# The row codes (codes.py) are re-exported: the bulk modules import them from here.
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
    "_DTYPES",
    "_KIND_CODE",
    "_NAMES",
    "_QUALIFIER_CODE",
    "ClaimColumns",
    "_FigureKey",
    "_figure_fields",
    "_row",
    "columns_of",
]


@dataclass
class ClaimColumns:
    """The claims of one log as columns, plus the tables their codes point into.

    ``count[i]`` is the code of row ``i``'s count in :attr:`counts`,
    ``source[i]`` the code of its originator (:attr:`Source.key`) in
    :attr:`sources`; ``key`` is the id as a number; ``link_from`` and
    ``link_to`` list every ``supersedes`` link (row, target id as a number),
    ``retract_from`` and ``retract_to`` every ``retracts`` link.
    Times are microseconds since 1970 (UTC), ``naive`` the same time as
    written on its writer's calendar, ``precision`` its rank; ``high`` is
    :data:`HIGH_OPEN` for open-ended figures.
    """

    claims: list[Claim] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    arrays: dict[str, Any] = field(default_factory=dict)
    _count_codes: dict[tuple[Any, ...], int] = field(default_factory=dict)
    _figure_codes: dict[_FigureKey, int] = field(default_factory=dict)
    _source_codes: dict[str, int] = field(default_factory=dict)
    _order: Any = None
    _key_order: Any = None
    _time_order: Any = None
    _calendar_order: Any = None
    _sorted_counts: Any = None
    _position: Any = None
    _recency: Any = None
    _said_orders: list[Any] = field(default_factory=lambda: [None, None])

    def __len__(self) -> int:
        return len(self.claims)

    def column(self, name: str) -> npt.NDArray[Any]:
        """One column by name (see :data:`_NAMES`)."""
        array: npt.NDArray[Any] = self.arrays[name]
        return array

    def extend(self, new: list[Claim]) -> None:
        """Append rows for ``new`` claims (already in the log, in its order)."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if not new:
            return
        count_codes, source_codes = self._count_codes, self._source_codes
        rows: list[tuple[int, ...]] = []
        links_from: list[int] = []
        links_to: list[int] = []
        retracts_from: list[int] = []
        retracts_to: list[int] = []
        figure_codes: list[int] = []
        known_figures = self._figure_codes
        for claim in new:
            # A plain tuple hashes and compares as the Count named tuple: no object per claim.
            # (a period is part of what the claim is about: such a claim's count has four parts)
            count: tuple[Any, ...] = (claim.event, claim.metric, claim.group)
            if claim.period is not None:
                count = tuple(claim.count)
            # Keyed by plain tuples: a Count key would make every hit call Count.__eq__.
            cc = count_codes.get(count)
            if cc is None:
                whole = Count(*count)
                cc = count_codes[count] = len(self.counts)
                self.counts.append(whole)
            key = claim.source.key
            sc = source_codes.get(key)
            if sc is None:
                sc = source_codes[key] = len(self.sources)
                self.sources.append(key)
            if claim.supersedes:
                for target in claim.supersedes:
                    links_from.append(len(self.claims) + len(rows))
                    links_to.append(int(target, 16))
            if claim.retracts:
                for target in claim.retracts:
                    retracts_from.append(len(self.claims) + len(rows))
                    retracts_to.append(int(target, 16))
            fig = claim.figure
            # Figures are equal when every field is: the code stands for the whole figure.
            fig_key = () if fig is None else _figure_fields(fig.__dict__)
            fc = known_figures.get(fig_key)
            if fc is None:
                fc = known_figures[fig_key] = len(known_figures)
            figure_codes.append(fc)
            rows.append(_row(claim, cc, sc))
        table = list(zip(*rows, strict=True))
        for name, dtype, column in zip(_NAMES, _DTYPES, table, strict=True):
            fresh = np.array(column, dtype=dtype)
            old = self.arrays.get(name)
            self.arrays[name] = fresh if old is None else np.concatenate([old, fresh])
        for name, values, dtype in (
            ("link_from", links_from, "int32"),
            ("link_to", links_to, "uint64"),
            ("retract_from", retracts_from, "int32"),
            ("retract_to", retracts_to, "uint64"),
            ("figure", figure_codes, "int32"),
        ):
            fresh = np.array(values, dtype=dtype)
            old = self.arrays.get(name)
            self.arrays[name] = fresh if old is None else np.concatenate([old, fresh])
        self.claims.extend(new)
        self._key_order = None
        self._order = self._time_order = self._calendar_order = self._sorted_counts = None
        self._position = self._recency = None
        self._said_orders = [None, None]

    @property
    def _chrono(self) -> tuple[npt.NDArray[Any], ...]:
        # As chrono_key: the moment described, time said, then a total after an increment said
        # with it, then firmness, then the figure by (low, high), then id (hex ids of one length
        # sort as their numbers)
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        flags = self.column("flags")
        is_total = (flags & FLAG_INCREMENT) == 0
        no_figure = (flags & FLAG_NO_FIGURE) != 0
        low = np.where(no_figure, -1, self.column("low"))
        high = np.where(no_figure, -1, self.column("high"))
        return (
            self.column("key"),
            high,
            low,
            self.column("status"),
            is_total,
            self.column("reported"),
            self.column("describes"),
        )

    def order(self) -> npt.NDArray[np.int32]:
        """Row numbers sorted by count, originator, then as statements are ordered (kept until the next extend)."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if self._order is None:
            self._order = np.lexsort((*self._chrono, self.column("source"), self.column("count"))).astype(np.int32)
        result: npt.NDArray[np.int32] = self._order
        return result

    def position(self) -> npt.NDArray[np.int32]:
        """Each row's place in :meth:`order`: within one originator's claims, earlier statements are lower."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if self._position is None:
            order = self.order()
            position = np.empty(len(order), dtype=np.int32)
            position[order] = np.arange(len(order), dtype=np.int32)
            self._position = position
        result: npt.NDArray[np.int32] = self._position
        return result

    def recency(self) -> npt.NDArray[np.int32]:
        """Each row's rank by :func:`~casualtylog.resolve.policies.recency_key` (time said, a total
        after an increment, firmness, id): what the policies mean by the most recent claim."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if self._recency is None:
            is_total = (self.column("flags") & FLAG_INCREMENT) == 0
            order = np.lexsort((self.column("key"), self.column("status"), is_total, self.column("reported")))
            recency = np.empty(len(order), dtype=np.int32)
            recency[order] = np.arange(len(order), dtype=np.int32)
            self._recency = recency
        result: npt.NDArray[np.int32] = self._recency
        return result

    def said_order(self, *, by_source: bool) -> npt.NDArray[np.int32]:
        """Row numbers sorted by count (and originator), then time said: the statement orders
        themselves unless some claim describes a moment of its own (``as_of``)."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if not (self.column("flags") & FLAG_AS_OF).any():
            return self.order() if by_source else self.time_order()
        slot = 1 if by_source else 0
        if self._said_orders[slot] is None:
            keys = [self.column("reported")]
            if by_source:
                keys.append(self.column("source"))
            self._said_orders[slot] = np.lexsort((*keys, self.column("count"))).astype(np.int32)
        result: npt.NDArray[np.int32] = self._said_orders[slot]
        return result

    def rows_of(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """The row of the claim with each id (as a number), or -1 where the log has none."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if self._key_order is None:
            self._key_order = np.argsort(self.column("key")).astype(np.int32)
        ordered = self.column("key")[self._key_order]
        where = np.searchsorted(ordered, keys)
        where = np.minimum(where, max(len(ordered) - 1, 0))
        found = ordered[where] == keys if len(ordered) else np.zeros(len(keys), dtype=bool)
        rows: npt.NDArray[np.int64] = np.where(found, self._key_order[where], -1).astype(np.int64)
        return rows

    def time_order(self) -> npt.NDArray[np.int32]:
        """Row numbers sorted by count, then as statements are ordered (kept until the next extend)."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if self._time_order is None:
            self._time_order = np.lexsort((*self._chrono, self.column("count"))).astype(np.int32)
        result: npt.NDArray[np.int32] = self._time_order
        return result

    def calendar_order(self) -> npt.NDArray[np.int32]:
        """Row numbers sorted by count, precision, then wall-clock time as written (kept until the next extend)."""
        import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

        if self._calendar_order is None:
            self._calendar_order = np.lexsort(
                (self.column("naive"), self.column("precision"), self.column("count"))
            ).astype(np.int32)
        result: npt.NDArray[np.int32] = self._calendar_order
        return result

    def sorted_counts(self) -> list[tuple[Count, int]]:
        """Every count with its code, sorted as :meth:`CasualtyLog.counts` sorts them."""
        if self._sorted_counts is None:
            pairs = [(c, i) for i, c in enumerate(self.counts)]
            pairs.sort(key=lambda p: (p[0].event, p[0].metric, p[0].group or ""))
            self._sorted_counts = pairs
        result: list[tuple[Count, int]] = self._sorted_counts
        return result

    def decoded(self) -> dict[str, list[Any]]:
        """Every column as a list, codes replaced by what they stand for: equal for two readers of the
        same claims however each numbered its count, source and figure codes."""
        figures = {code: key for key, code in self._figure_codes.items()}
        names: dict[str, Callable[[int], Any]] = {
            "count": self.counts.__getitem__,
            "source": self.sources.__getitem__,
            "figure": figures.__getitem__,
        }
        out: dict[str, list[Any]] = {}
        for name, array in self.arrays.items():
            values = array.tolist()
            decode = names.get(name)
            out[name] = values if decode is None else [decode(v) for v in values]
        return out

    def nbytes(self) -> int:
        """Bytes held by the numeric columns and the row → claim references (not the claims)."""
        arrays = sum(int(a.nbytes) for a in self.arrays.values())
        order = sum(
            int(o.nbytes)
            for o in (
                self._order,
                self._time_order,
                self._calendar_order,
                self._key_order,
                self._position,
                self._recency,
                *self._said_orders,
            )
            if o is not None
        )
        return arrays + order + 8 * len(self.claims)


def columns_of(log: CasualtyLog, cache: dict[int, tuple[Any, ClaimColumns]]) -> ClaimColumns:
    """The columns of ``log``, extended with the claims added since the last call."""
    import weakref  # noqa: PLC0415 - only the bulk path keeps columns

    entry = cache.get(id(log))
    columns = None
    if entry is not None and entry[0]() is log:
        columns = entry[1]
    if columns is None:
        columns = ClaimColumns()
        key = id(log)

        def forget(_ref: object) -> None:
            cache.pop(key, None)  # the log is gone: so are its columns

        cache[key] = (weakref.ref(log, forget), columns)
    done = len(columns)
    if len(log) > done or (done and len(log) < done):
        tail = list(islice(iter(log), max(done - 1, 0), None))
        if done and (not tail or tail[0] is not columns.claims[-1]):
            # Not the log these rows came from (a store reloaded in another order): start again.
            columns = ClaimColumns()
            cache[id(log)] = (cache[id(log)][0], columns)
            tail = list(log)
        elif done:
            tail = tail[1:]
        columns.extend(tail)
    return columns
