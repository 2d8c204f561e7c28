"""A batch's lines into the columns (for :mod:`casualtylog.bulk.ingest_batch`): in bulk when
every line of a block went in, else one by one in file order among the lines read row by row."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from casualtylog.bulk.columns import _DTYPES, _NAMES, FLAG_AS_OF, FLAG_RETRACTS, FLAG_SUPERSEDES, STATUS_RANK
from casualtylog.bulk.ingest_batch_times import Batch
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.claims import ClaimStatus

__all__ = ["add_row", "bulk", "row_values"]

_FIRST, _SECOND_ITEM = itemgetter(0), itemgetter(1)
_REPORTED = STATUS_RANK[ClaimStatus.REPORTED]


def row_values(reader: QuickReader, batch: Batch, np: Any) -> list[Any]:
    """The columns' values of the batch's lines (every column but the key, then the figure code)."""
    n = len(batch["at"])

    def column(values: Any) -> Any:
        return np.fromiter(values, np.int64, n)

    # A figure's numbers and a source's kind are the same wherever it appears: one column of
    # codes each, and the rest gathered from a table of the memo's entries by code.
    figures = column(map(itemgetter(7), batch["figure"]))
    by_figure = _table(reader._figures.values(), 7, (2, 3, 4, 5, 6), np)[figures]
    sources = column(map(_FIRST, batch["source_"]))
    kinds = _table(reader._sources.values(), 0, (1,), np)[sources, 0]
    flags = by_figure[:, 4] | batch["coarse"]
    describes = batch["reported_us"].copy()
    if "as_of_us" in batch.lists:
        given = batch["as_of_us"]
        has = np.fromiter((v is not None for v in given), bool, n)
        if has.any():
            describes[has] = np.fromiter((v for v in given if v is not None), np.int64, int(has.sum()))
            flags[has] |= FLAG_AS_OF
    for field, flag in (("supersedes_", FLAG_SUPERSEDES), ("retracts_", FLAG_RETRACTS)):
        if field in batch.lists:
            flags[np.fromiter(map(bool, batch[field]), bool, n)] |= flag
    if "status_" in batch.lists:
        status = column(map(_SECOND_ITEM, batch["status_"]))
    else:
        status = np.full(n, _REPORTED, dtype=np.int64)
    return [
        column(map(_FIRST, batch["count"])),
        sources,
        kinds,
        batch["reported_us"],
        describes,
        batch["naive"],
        batch["rank"],
        batch["end"],
        batch["recorded_us"],
        status,
        flags,
        by_figure[:, 0],
        by_figure[:, 1],
        by_figure[:, 2],
        by_figure[:, 3],
        figures,
    ]


def bulk(reader: QuickReader, batch: Batch, np: Any) -> None:
    """Every line of the block went in: its columns as one chunk, its links."""
    builder = reader.builder
    values = row_values(reader, batch, np)
    first = builder.rows
    chunk: dict[str, Any] = {"key": np.array(batch["key"], dtype=np.uint64)}
    for name, dtype, column in zip(_NAMES[1:], _DTYPES[1:], values, strict=False):
        chunk[name] = column.astype(dtype)
    chunk["figure"] = values[-1].astype(np.int32)
    builder.add_chunk(chunk)
    links = builder.links
    for field, to_from, to_target in (("supersedes_", links[0], links[1]), ("retracts_", links[2], links[3])):
        if field in batch.lists:
            for j, targets in enumerate(batch[field]):
                for target in targets:
                    to_from.append(first + j)
                    to_target.append(int(target, 16))


def add_row(reader: QuickReader, batch: Batch, values: list[Any], j: int, start: int, number: int) -> None:
    """Line ``j`` of the batch, in file order among lines read row by row (or a repeat: skipped)."""
    key = batch["key"][j]
    if key in reader.seen:
        return  # the same statement again: a log keeps the first
    reader.seen.add(key)
    builder = reader.builder
    row = builder.rows
    links = builder.links
    for field, to_from, to_target in (("supersedes_", links[0], links[1]), ("retracts_", links[2], links[3])):
        if field in batch.lists:
            for target in batch[field][j]:
                to_from.append(row)
                to_target.append(int(target, 16))
    builder.keys += key.to_bytes(8, "big")
    builder.flat.extend(int(column[j]) for column in values)
    builder.rows = row + 1
    reader.offsets.append(start)
    reader.lines.append(number)
    reader.quick += 1
    reader.batched += 1


def _table(entries: Any, code: int, fields: tuple[int, ...], np: Any) -> Any:
    """The ``fields`` of a memo's entries (tuples; ``None``: not quick) as rows of an array, by their ``code``."""
    kept = [e for e in entries if e is not None]
    table = np.zeros((max((e[code] for e in kept), default=-1) + 1, len(fields)), dtype=np.int64)
    if kept:
        table[[e[code] for e in kept]] = [[e[f] for f in fields] for e in kept]
    return table
