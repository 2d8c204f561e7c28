"""Filling a table's :class:`~casualtylog.bulk.columns.ClaimColumns` row by row, without a list of
tuples per chunk and without copying the columns once per chunk.

Rows arrive as flat integers (the quick path, :mod:`casualtylog.bulk.ingest_quick`) or as
:class:`~casualtylog.bulk.ingest.Row` / :class:`~casualtylog.Claim` objects (the rows only
``Claim`` could judge): both end in the same columns, in file order. Each chunk becomes one
array per column, and the chunks are joined once at the end: concatenating the growing columns
per chunk copied them ``n / chunk`` times, which is what made reading grow faster than the file.
"""

from __future__ import annotations

from itertools import starmap
from typing import Any, cast

from casualtylog.bulk.columns import _DTYPES, _NAMES, ClaimColumns, _figure_fields, _row
from casualtylog.claims import Count

__all__ = ["WIDTH", "ColumnBuilder"]

#: Integers per row in :attr:`ColumnBuilder.flat`: every column but ``key``, then the figure code.
WIDTH = len(_NAMES)


class ColumnBuilder:
    """Rows in flat integers and id bytes, turned into numpy columns chunk by chunk."""

    def __init__(self, columns: ClaimColumns) -> None:
        self.columns = columns
        self.flat: list[int] = []
        self.keys = bytearray()  # each row's id: its first 8 bytes of SHA-256, big-endian
        self.rows = 0  # rows added, flushed or not
        self.links: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
        self._chunks: list[dict[str, Any]] = []

    def count_code(self, count: tuple[Any, ...]) -> int:
        """The code of ``count`` (event, metric, group[, period]), given when first met."""
        codes = self.columns._count_codes
        code = codes.get(count)
        if code is None:
            code = codes[count] = len(self.columns.counts)
            self.columns.counts.append(Count(*count))
        return code

    def count_codes(self, counts: list[tuple[Any, ...]]) -> list[int]:
        """:meth:`count_code` of each of ``counts`` in turn, with no Python call per count that
        has a code already (the compiled reader gives a block's new counts at once, session 19)."""
        codes, known = self.columns._count_codes, self.columns.counts
        new = [count for count in dict.fromkeys(counts) if count not in codes]
        codes.update(zip(new, range(len(known), len(known) + len(new)), strict=True))
        known.extend(starmap(Count, new))
        return list(map(codes.__getitem__, counts))

    def source_code(self, key: str) -> int:
        """The code of an originator (:attr:`Source.key`)."""
        codes = self.columns._source_codes
        code = codes.get(key)
        if code is None:
            code = codes[key] = len(self.columns.sources)
            self.columns.sources.append(key)
        return code

    def figure_code(self, key: tuple[object, ...]) -> int:
        """The code of a figure (every field of it, as ``_figure_fields`` gives them; ``()`` for none)."""
        codes = self.columns._figure_codes
        code = codes.get(key)
        if code is None:
            code = codes[key] = len(codes)
        return code

    def add_object(self, row: Any) -> None:
        """Add a row that is a :class:`~casualtylog.bulk.ingest.Row` or a :class:`~casualtylog.Claim`."""
        count: tuple[Any, ...] = (row.event, row.metric, row.group)
        if row.period is not None:
            count = tuple(row.count)
        values = _row(row, self.count_code(count), self.source_code(row.source.key))
        self.keys += values[0].to_bytes(8, "big")
        self.flat.extend(values[1:])
        fig = row.figure
        self.flat.append(self.figure_code(() if fig is None else _figure_fields(fig.__dict__)))
        number = self.rows
        for target in row.supersedes:
            self.links[0].append(number)
            self.links[1].append(int(target, 16))
        for target in row.retracts:
            self.links[2].append(number)
            self.links[3].append(int(target, 16))
        self.rows += 1

    def flush(self) -> None:
        """Turn the rows added since the last flush into one array per column."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        if not self.keys:
            return
        table = np.array(self.flat, dtype=np.int64).reshape(-1, WIDTH)
        chunk: dict[str, Any] = {"key": np.frombuffer(bytes(self.keys), dtype=">u8").astype(np.uint64)}
        for i, (name, dtype) in enumerate(zip(_NAMES[1:], _DTYPES[1:], strict=True)):
            chunk[name] = table[:, i].astype(dtype)
        chunk["figure"] = table[:, WIDTH - 1].astype(np.int32)
        self._chunks.append(chunk)
        self.flat.clear()
        self.keys.clear()

    def add_chunk(self, chunk: dict[str, Any]) -> None:
        """Add rows already in column arrays (the compiled reader's), after the rows added before them."""
        self.flush()
        self._chunks.append(chunk)

    def finish(self) -> None:
        """Join the chunks into the columns (which must be empty) and count the rows in their claims."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        self.flush()
        cols = self.columns
        names = (*_NAMES, "figure")
        dtypes = (*_DTYPES, "int32")
        for name, dtype in zip(names, dtypes, strict=True):
            parts = [c[name] for c in self._chunks]
            cols.arrays[name] = np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
        for name, values, dtype in zip(
            ("link_from", "link_to", "retract_from", "retract_to"),
            self.links,
            ("int32", "uint64", "int32", "uint64"),
            strict=True,
        ):
            cols.arrays[name] = np.array(values, dtype=dtype)
        self._chunks.clear()
        _number_in_file_order(cols)
        # A table's claims stay in its file: TableClaims only counts the rows.
        cast("Any", cols.claims).extend(range(self.rows))


def _number_in_file_order(cols: ClaimColumns) -> None:
    """Number counts, sources and figures in the order their first rows come in the file.

    The row-by-row reader gives each value its code when it reads the first line holding it, so
    its codes already are in that order (and nothing changes); the compiled reader
    (:mod:`casualtylog.bulk.ingest_polars`) judges a block's distinct values before the lines it
    leaves to the row-by-row reader, and would number them otherwise. One numbering for both
    engines makes their raw columns equal, not only their decoded ones.
    """
    arrays = cols.arrays
    renumbered = _file_order(arrays["count"], len(cols.counts))
    if renumbered is not None:
        arrays["count"] = renumbered[arrays["count"]].astype(arrays["count"].dtype)
        cols.counts[:] = _reordered(cols.counts, renumbered)
        cols._count_codes = {key: int(renumbered[code]) for key, code in cols._count_codes.items()}
    renumbered = _file_order(arrays["source"], len(cols.sources))
    if renumbered is not None:
        arrays["source"] = renumbered[arrays["source"]].astype(arrays["source"].dtype)
        cols.sources[:] = _reordered(cols.sources, renumbered)
        cols._source_codes = {key: int(renumbered[code]) for key, code in cols._source_codes.items()}
    renumbered = _file_order(arrays["figure"], len(cols._figure_codes))
    if renumbered is not None:
        arrays["figure"] = renumbered[arrays["figure"]].astype(arrays["figure"].dtype)
        cols._figure_codes = {key: int(renumbered[code]) for key, code in cols._figure_codes.items()}


def _file_order(column: Any, size: int) -> Any:
    """The new code of each old code (an array), codes taken in the order of their first row, those
    no row holds after them as they were; ``None`` if that changes nothing."""
    import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

    if not len(column):
        return None
    # In first-row order already (the row-by-row reader's): each row's code is at most one above
    # every code before it. O(n), where the general case below sorts.
    highest = np.maximum.accumulate(column.astype(np.int64))
    if column[0] == 0 and (column[1:] <= highest[:-1] + 1).all() and highest[-1] == size - 1:
        return None
    codes, first = np.unique(column, return_index=True)
    order = codes[np.argsort(first, kind="stable")]
    if len(order) < size:  # a code no row holds (none is expected): after the others, in its order
        order = np.concatenate((order, np.setdiff1d(np.arange(size), codes)))
    if (order == np.arange(size)).all():
        return None
    renumbered = np.empty(size, dtype=np.int64)
    renumbered[order] = np.arange(size)
    return renumbered


def _reordered(values: list[Any], renumbered: Any) -> list[Any]:
    """``values`` (indexed by old code) indexed by new code."""
    out: list[Any] = [None] * len(values)
    for old, new in enumerate(renumbered.tolist()):
        out[new] = values[old]
    return out
