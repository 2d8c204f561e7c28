"""Columnar ingest from CSV, frames and the store (issue 14 item 3): records to a ClaimTable.

Each source gives records as its log path gives them to :class:`~casualtylog.Claim`
(:func:`~casualtylog.formats.csv.csv_records`,
:func:`~casualtylog.display.frame_input.frame_records`, a store's record text). A record
becomes one line of compact JSON, read by the same quick path as a JSON Lines file
(:class:`~casualtylog.bulk.ingest_quick.QuickReader`), so the same rules hold and the
same errors are raised, named as the log path names them: the CSV file, its line and the
column's label; the frame's record (row from 1); the store's row. The lines are kept, in
memory, to read a claim back when asked for (a store's and a CSV file's records are
compact: about the size of the file).

A record whose values JSON cannot carry exactly (a datetime in a named zone, a figure
object that does not read back from its text, a numpy number) is validated by ``Claim``
as the log path validates it, and its claim's record is kept instead: correct, but with
a ``Claim`` for that row (:mod:`casualtylog.bulk.record_lines`).

A long frame's rows skip the record: their lines are built column by column and read in
blocks (:mod:`casualtylog.bulk.table_frames`), to the same table and the same errors.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime, tzinfo
from os import PathLike
from typing import TYPE_CHECKING, Any, cast

from casualtylog._gc import paused_gc
from casualtylog.bulk.ingest import RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.bulk.record_lines import as_the_log_says, claim_line, record_line, relabel
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import Input, display_name
from casualtylog.formats.mapping import TableTally, Tallied
from casualtylog.log import RECORDED_AT_TOLERANCE
from casualtylog.times import MAX_YEAR

if TYPE_CHECKING:
    from casualtylog.bulk.table import ClaimTable
    from casualtylog.formats.wide import TableReader

__all__ = ["TableSources", "read_records", "store_records"]

_CHUNK = 1 << 14
#: Later than any time a claim may hold (times.MAX_YEAR): a store's stamps are never "in the future".
_LAST_MOMENT = datetime(MAX_YEAR + 1, 1, 1, tzinfo=UTC)

#: What one record is: its line (or row) number, the record, and the column label of each field (CSV).
Item = tuple[int, Mapping[str, Any] | bytes, Mapping[str, str] | None]


def read_records(
    table: ClaimTable,
    items: Iterable[Item],
    *,
    path: str | None,
    exact: bool,
    on_error: Any = None,
    tally: TableTally | None = None,
) -> None:
    """Read ``items`` into ``table``'s columns and keep their lines to read claims back.

    Args:
        path: the name errors give (``None``: "record N", as for frames).
        exact: read fractions of a second exactly (``exact_times``), as the CSV reader does.
        on_error: for the store: called with ``(number, line, error)`` when a line is refused;
            returns a line to read instead, or ``None`` to skip the row (or raises).
        tally: what the reader of a table mapping's claims left out (the table's ``tally``, complete
            once they are read); ``None``: each item is a row, and none is left out.
    """
    import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

    tz = table._tz
    reader = RowReader(tz=tz, path=path)
    builder = ColumnBuilder(table.columns)
    quick = QuickReader(
        reader,
        builder,
        name=path,
        tz=tz,
        now=table._stamp,
        # A store's recorded_at is the store's own stamp, kept as open_store keeps it (its clock may
        # run ahead of this one); "not in the future" is load_jsonl's rule for claims from a file.
        latest=table._stamp + RECORDED_AT_TOLERANCE if on_error is None else _LAST_MOMENT,
    )
    quick.stored = on_error is not None  # a store's rows: times and blanks as the store reads them
    kept: list[bytes] = []
    offset = read = 0
    with paused_gc():
        for number, record, labels in items:
            read += 1
            if isinstance(record, bytes):
                line = record
            else:
                line = record_line(record, number, labels, tz=tz, path=path, exact=exact)
            rows = builder.rows
            try:
                quick.feed([line], number - 1, offset)
            except ClaimFormatError as error:
                if on_error is None:
                    if not isinstance(record, bytes):  # the log path's own words ("('0',)", not "['0']")
                        error = as_the_log_says(record, error, tz=tz, path=path, number=number, exact=exact)
                    raise relabel(error, labels) from error
                instead = on_error(number, line, error)
                if instead is None:
                    continue
                line = instead
                quick.feed([line], number - 1, offset)
            if builder.rows > rows:  # kept (not a repeat)
                kept.append(line)
                offset += len(line) + 1
                if builder.rows % _CHUNK == 0:
                    builder.flush()
        builder.finish()
    table.tally = tally if tally is not None else TableTally(rows=read)
    table.fallbacks = reader.fallbacks
    table.quick = quick.quick
    table._data = b"\n".join(kept)
    table._offsets = np.frombuffer(quick.offsets, dtype=np.int64).copy()
    table._lines = np.frombuffer(quick.lines, dtype=np.int64).astype(np.int32)


def store_records(store: Any) -> Iterable[Item]:
    """``(row, record text, None)`` for every row of a SQLite store, in stored order."""
    from functools import partial  # noqa: PLC0415

    from casualtylog.store import _queries as q  # noqa: PLC0415 - only this source reads a store

    seen = 0
    while True:
        rows = store._read(partial(q.chunk_since, seq=seen, limit=_CHUNK))
        if not rows:
            return
        for seq, _, record in rows:
            yield seq, record.encode("utf-8", "surrogatepass"), None
        seen = rows[-1][0]


def store_error(store: Any) -> Any:
    """What :func:`read_records` does with a store row it refuses: what the store does when it
    decodes the row (a :class:`StoreCorruptError` naming the row, or the row skipped and reported
    when the hash chain vouches that casualtylog wrote it)."""

    def handle(seq: int, line: bytes, error: ClaimFormatError) -> bytes | None:
        claim = store._decode(seq, line.decode("utf-8", "surrogatepass"))
        if claim is None:
            return None
        return claim_line(claim)  # read by the store's decoder (times by fromisoformat): its record

    return handle


class TableSources(Tallied):
    """How a :class:`~casualtylog.bulk.table.ClaimTable` is read from CSV, a frame or a store.

    ``tally`` (with ``blank_cells`` and ``skipped_rows``) says what reading left out without error,
    as :class:`~casualtylog.display.frame_input.FrameClaims` and a wide CSV file's reader say it:
    the blank figure cells and the rows a table mapping's ``skip`` left out, and the rows read
    (a long frame's or CSV file's rows, a store's; a JSON Lines file's claims).
    """

    @classmethod
    def read_csv(
        cls,
        source: Input,
        *,
        mapping: Mapping[str, Any] | None = None,
        constants: Mapping[str, Any] | None = None,
        tz: str | tzinfo | None = None,
        hxl: bool | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> ClaimTable:
        """Read a CSV (or HXL) file as a table, through the same mapping as
        :func:`~casualtylog.formats.csv.load_csv` (a wide table mapping reads claims first).

        Raises:
            ClaimFormatError: as ``load_csv``: the file, line, column and value; no table is made.
        """
        from casualtylog.formats.csv import csv_records, read_csv  # noqa: PLC0415
        from casualtylog.formats.mapping import is_table_mapping  # noqa: PLC0415

        name = display_name(source)
        make: Any = cls  # ClaimTable (this class is mixed into it)
        table: ClaimTable = make(name, path=None, data=b"", tz=tz, clock=clock or (lambda: datetime.now(UTC)))
        items: Iterable[Any]
        tally = None
        if is_table_mapping(mapping):  # several figures a row (docs/tables.md): the wide reader's claims
            reader = read_csv(source, mapping=mapping, constants=constants, tz=tz)
            # Each claim with the line its row starts on (a row gives several): not its place among the claims.
            items = ((reader.line_of(n) or n, c.to_record(), None) for n, c in enumerate(reader, 1))
            tally = cast("TableReader", reader).tally  # a table mapping's reader tallies
        else:
            rows = csv_records(source, name, mapping, dict(constants or {}), hxl, bytearray())
            items = _strict(rows)
        read_records(table, items, path=name, exact=True, tally=tally)
        return table

    @classmethod
    def from_frame(
        cls,
        frame: Any,
        mapping: Mapping[str, Any] | None = None,
        *,
        defaults: Mapping[str, Any] | None = None,
        tz: str | tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
        engine: str | None = None,
    ) -> ClaimTable:
        """A table of a DataFrame's rows, read as :meth:`CasualtyLog.from_frame` reads them
        (needs the ``pandas`` extra), with the ``tally`` that
        :func:`~casualtylog.display.frames.claims_from_frame` gives (``blank_cells``, ``skipped_rows``).

        A long frame's rows become lines of JSON column by column, read in blocks by the reader
        ``engine`` names, as :meth:`read_jsonl` reads a file's (``None``: the compiled reader when
        polars imports and the frame has a compiled block's rows); both give the same table.

        >>> import pandas as pd
        >>> from casualtylog.bulk.table import ClaimTable
        >>> df = pd.DataFrame({"Date": ["2015-04-30", "2015-05-01"], "Dead": [223, None]})
        >>> table = ClaimTable.from_frame(df, {"event": "nepal", "source": "MoHA", "reported_at": "{Date}",
        ...                                     "tz": "Asia/Kathmandu", "figures": {"Dead": "killed"}})
        >>> len(table), table.blank_cells, table.skipped_rows, table.tally.rows
        (1, 1, 0, 2)

        Raises:
            ClaimFormatError: as ``from_frame``: the record (row from 1), field and value.
            MissingExtraError: ``engine="polars"`` without polars installed.
            OptionError: an engine other than ``"polars"``, ``"python"`` or ``None``.
        """
        from casualtylog._extras import require  # noqa: PLC0415
        from casualtylog.bulk.ingest_polars import SMALL_BLOCK, engine_choice, polars_or_none  # noqa: PLC0415

        compiled = engine_choice(engine)
        require("pandas", "pandas", "ClaimTable.from_frame()")
        from casualtylog.bulk.table_frames import read_frame  # noqa: PLC0415
        from casualtylog.display.frame_input import claims_from_frame, frame_rows  # noqa: PLC0415
        from casualtylog.formats.mapping import is_table_mapping  # noqa: PLC0415

        make: Any = cls  # ClaimTable (this class is mixed into it)
        table: ClaimTable = make("<frame>", path=None, data=b"", tz=tz, clock=clock or (lambda: datetime.now(UTC)))
        if is_table_mapping(mapping):
            claims = claims_from_frame(frame, mapping, defaults=defaults, tz=tz)
            items = ((n, c.to_record(), None) for n, c in enumerate(claims, 1))
            read_records(table, items, path=None, exact=False, tally=claims.tally)
            return table
        rows = frame_rows(frame, mapping, defaults)
        if compiled is None:
            compiled = rows.rows >= SMALL_BLOCK and polars_or_none() is not None
        read_frame(table, rows, compiled=compiled)
        return table

    @classmethod
    def from_store(
        cls, path: str | PathLike[str], *, tz: str | tzinfo | None = None, clock: Callable[[], datetime] | None = None
    ) -> ClaimTable:
        """A table of a SQLite store's claims (its record text read as a line; the store is not changed).

        Raises:
            StoreCorruptError: a row is not a valid claim and the store's hash chain does not vouch
                for it (a vouched one is skipped, as the store skips it).
            StoreError: the file is not a store, or cannot be opened.
        """
        from casualtylog.store.sqlite import SQLiteStore  # noqa: PLC0415

        store = SQLiteStore(path, create=False)
        try:
            make: Any = cls  # ClaimTable (this class is mixed into it)
            table: ClaimTable = make(
                os.fspath(path), path=None, data=b"", tz=tz, clock=clock or (lambda: datetime.now(UTC))
            )
            read_records(table, store_records(store), path=os.fspath(path), exact=True, on_error=store_error(store))
        finally:
            store.close()
        return table


def _strict(items: Iterable[Any]) -> Iterator[Any]:
    """CSV records with their line and labels; a row the reader set aside raises its error."""
    from casualtylog.formats.reader import Rejection  # noqa: PLC0415

    for item in items:
        if isinstance(item, Rejection):
            raise item.error
        record, labels, row = item
        yield row.line, record, labels
