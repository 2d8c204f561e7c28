"""A long frame's rows into a :class:`~casualtylog.bulk.table.ClaimTable`, a block of lines at a time.

The rows' lines are built column by column (:func:`~casualtylog.bulk.frame_lines.frame_lines`)
and read as a JSON Lines file's are, in blocks: by the compiled reader
(:class:`~casualtylog.bulk.ingest_polars.BlockReader`) when it reads, else by the row-by-row
reader's :meth:`~casualtylog.bulk.ingest_quick.QuickReader.feed`. Errors are those of reading
the rows' records one by one (:func:`~casualtylog.bulk.table_sources.read_records`), in row
order: the lines before a row that cannot be made (a time, a figure) are read first, and a line
the reader refuses is named as the log path names its record (row from 1, field, value).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from casualtylog._gc import paused_gc
from casualtylog.bulk.frame_lines import frame_lines
from casualtylog.bulk.ingest import RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.bulk.record_lines import as_the_log_says, record_line
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.mapping import TableTally
from casualtylog.log import RECORDED_AT_TOLERANCE

if TYPE_CHECKING:
    from casualtylog.bulk.table import ClaimTable
    from casualtylog.display.frame_input import FrameRows

__all__ = ["BLOCK", "read_frame"]

#: Lines read at once (a few thousand, as a JSON Lines file's chunks).
BLOCK = 4096


def read_frame(table: ClaimTable, rows: FrameRows, *, compiled: bool) -> None:
    """Read ``rows`` into ``table``'s columns and keep their lines to read claims back.

    Raises:
        ClaimFormatError: the first row (in row order) that is not a valid claim, as
            ``CasualtyLog.from_frame`` names it; no table is made.
    """
    import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

    tz = table._tz
    reader = RowReader(tz=tz, path=None)
    builder = ColumnBuilder(table.columns)
    make: type[QuickReader] = QuickReader
    if compiled:
        from casualtylog.bulk.ingest_polars import BlockReader  # noqa: PLC0415 - needs polars

        make = BlockReader
    quick = make(reader, builder, name=None, tz=tz, now=table._stamp, latest=table._stamp + RECORDED_AT_TOLERANCE)
    read = _block_read(quick)
    kept: list[bytes] = []  # every line read, in row order (a repeated claim's too, as a file keeps it)
    block: list[bytes] = []
    place = [0, 0]  # the lines read so far, and the offset after them

    def flush() -> None:
        if not block:
            return
        try:
            place[0], place[1] = read(block, place[0], place[1])
        except ClaimFormatError as error:
            raise _as_the_log_says(rows, error, tz=tz) from error
        builder.flush()
        kept.extend(block)
        block.clear()

    with paused_gc():
        lines, stops = frame_lines(rows)
        for index, line in enumerate(lines):
            if stops and index in stops:  # in row order: the rows before it first
                flush()
                raise stops[index]
            if line is None:  # its record's line, or its record's error after the rows before it
                try:
                    line = record_line(rows.record(index), index + 1, None, tz=tz, path=None, exact=False)
                except ClaimFormatError:
                    flush()  # an earlier row's error comes first (not a block of one line per such row)
                    raise
            block.append(line)
            if len(block) >= BLOCK:
                flush()
        flush()
        builder.finish()
    table.tally = TableTally(rows=rows.rows)
    table.fallbacks = reader.fallbacks
    table.quick = quick.quick
    table.compiled = getattr(quick, "compiled", 0)
    table._data = b"\n".join(kept)
    table._offsets = np.frombuffer(quick.offsets, dtype=np.int64).copy()
    table._lines = np.frombuffer(quick.lines, dtype=np.int64).astype(np.int32)


def _as_the_log_says(rows: FrameRows, error: ClaimFormatError, *, tz: Any) -> ClaimFormatError:
    """A refused line's error in the log path's own words ("('0',)", not "['0']"), for its row."""
    number = error.line
    if not isinstance(number, int) or not 1 <= number <= rows.rows:
        return error
    return as_the_log_says(rows.record(number - 1), error, tz=tz, path=None, number=number, exact=False)


def _block_read(quick: QuickReader) -> Callable[[list[bytes], int, int], tuple[int, int]]:
    """How ``quick`` reads a block of lines: the compiled reader takes them joined, as a file's chunk."""
    read_block = getattr(quick, "read_block", None)
    if read_block is None:
        return quick.feed

    def joined(lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        return cast("tuple[int, int]", read_block(b"\n".join(lines), number, offset))

    return joined
