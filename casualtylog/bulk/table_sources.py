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
a ``Claim`` for that row.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime, timezone, tzinfo
from os import PathLike
from typing import TYPE_CHECKING, Any, cast

from casualtylog._coerce import to_claim
from casualtylog._gc import paused_gc
from casualtylog._readback import ensure_reads_back
from casualtylog.bulk.columns import _figure_fields
from casualtylog.bulk.ingest import RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.figure_words import figure_reads_back
from casualtylog.figures import Figure
from casualtylog.formats._files import Input, display_name
from casualtylog.formats.mapping import TableTally, Tallied
from casualtylog.formats.reader import exact_times
from casualtylog.log import RECORDED_AT_TOLERANCE
from casualtylog.times import MAX_YEAR

if TYPE_CHECKING:
    from casualtylog.bulk.table import ClaimTable
    from casualtylog.formats.wide import TableReader

__all__ = ["TableSources", "read_records", "store_records"]

_CHUNK = 1 << 14
#: Later than any time a claim may hold (times.MAX_YEAR): a store's stamps are never "in the future".
_LAST_MOMENT = datetime(MAX_YEAR + 1, 1, 1, tzinfo=UTC)
_TIMES = ("reported_at", "as_of", "recorded_at", "relayed_at")
_CANONICAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{6})?(?:Z|[+-]\d{2}:\d{2})$")

#: What one record is: its line (or row) number, the record, and the column label of each field (CSV).
Item = tuple[int, Mapping[str, Any] | bytes, Mapping[str, str] | None]


class _NotPlainError(Exception):
    """A value JSON cannot carry so that it reads back as the same value."""


def _plain(value: object, field: str | None, exact: bool) -> object:
    """``value`` as JSON carries it (same value read back), or raise :class:`_NotPlainError`."""
    cls = value.__class__
    if value is None or cls is str or cls is int or cls is float or cls is bool:
        if not exact and field in _TIMES and cls is str and "." in value:  # type: ignore[operator]  # a str
            raise _NotPlainError  # read by parse_time (whole seconds), not exactly: Claim reads it
        return value
    if cls is list or cls is tuple:  # links: Claim reads a tuple as a list
        return [_plain(v, None, exact) for v in value]  # type: ignore[attr-defined]  # a list or tuple
    if cls is dict and all(k.__class__ is str for k in value):  # type: ignore[attr-defined]  # a dict
        return {k: _plain(v, None, exact) for k, v in value.items()}  # type: ignore[attr-defined]  # a dict
    if cls is datetime and field in _TIMES and value.tzinfo.__class__ is timezone:  # type: ignore[attr-defined]
        text = value.isoformat()  # type: ignore[attr-defined]  # a datetime
        if _CANONICAL.match(text):  # read back exactly (exact_times), to the second as given
            return text
    if cls is Figure:
        text = _figure_text(value)  # type: ignore[arg-type]  # a Figure
        if text is not None:
            return text  # Claim reads the text back as this very figure
    raise _NotPlainError


_FIGURE_TEXTS: dict[tuple[object, ...], str | None] = {}


def _figure_text(figure: Figure) -> str | None:
    """The text a figure reads back from, or ``None`` if it does not (remembered: a frame's
    figure columns make a new Figure each row, of a few distinct values)."""
    key = _figure_fields(figure.__dict__)
    if key not in _FIGURE_TEXTS:
        if len(_FIGURE_TEXTS) >= 1 << 14:
            _FIGURE_TEXTS.clear()
        _FIGURE_TEXTS[key] = str(figure) if figure_reads_back(figure) else None
    return _FIGURE_TEXTS[key]


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # json.dumps makes one a call


def _line(record: Mapping[str, Any], exact: bool) -> bytes | None:
    """``record`` as one line of compact JSON that reads back as the same values, or ``None``."""
    plain: dict[str, object] = {}
    try:
        for k, v in record.items():
            if k.__class__ is not str:
                return None
            # The usual values of a frame's row, as _plain takes them, without its call.
            cls = v.__class__
            if cls is str and (exact or "." not in v or k not in _TIMES):
                plain[k] = v
            elif cls is tuple and not v:  # no links
                plain[k] = []
            elif cls is datetime and k in _TIMES and v.tzinfo.__class__ is timezone:
                plain[k] = text = v.isoformat()
                if not _CANONICAL.match(text):
                    return None
            else:
                plain[k] = _plain(v, k, exact)
    except _NotPlainError:
        return None
    # A datetime made text has its microseconds in full: exact_times reads it back as the same datetime.
    text = _ENCODE(plain)
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate: escaped (the old path reads it and refuses it)
        return json.dumps(plain, separators=(",", ":")).encode()


def _as_the_log_says(
    record: Mapping[str, Any], error: ClaimFormatError, *, tz: Any, path: str | None, number: int, exact: bool
) -> ClaimFormatError:
    """The error validating ``record`` as the log path does gives (its values as given, a tuple of
    links shown as a tuple), or ``error`` when that path accepts it; only called on a refusal."""
    try:
        to_claim(exact_times(dict(record)) if exact else record, tz=tz, path=path, line=number)
    except ClaimFormatError as own:
        return own
    return error


def _claim_line(claim: Claim) -> bytes:
    return json.dumps(claim.to_record(), separators=(",", ":")).encode()


def _relabel(error: ClaimFormatError, labels: Mapping[str, str] | None) -> ClaimFormatError:
    """The error as a CSV reader gives it: the column's label for the field (formats._table._claim)."""
    if not labels:
        return error
    key = (error.field or "").split(".")[0]
    label = labels.get(error.field or "") or labels.get(key)
    if label is None or label == key:
        return error
    out = ClaimFormatError(error.path, error.line, label, error.value, error.problem)
    out.__cause__ = error
    return out


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
                plain = _line(record, exact)
                if plain is not None:
                    line = plain
                else:  # validated as the log path validates it, then kept as its claim's record
                    try:
                        claim = to_claim(exact_times(dict(record)) if exact else record, tz=tz, path=path, line=number)
                    except ClaimFormatError as error:
                        raise _relabel(error, labels) from error
                    line = _claim_line(claim)
                    try:  # a time whose offset has seconds is written to the minute: say so, not "id mismatch"
                        ensure_reads_back(claim, line.decode(), position=number)
                    except ClaimFormatError as error:
                        error = ClaimFormatError(path, number, error.field, error.value, error.problem)
                        raise _relabel(error, labels) from None
            rows = builder.rows
            try:
                quick.feed([line], number - 1, offset)
            except ClaimFormatError as error:
                if on_error is None:
                    if not isinstance(record, bytes):  # the log path's own words ("('0',)", not "['0']")
                        error = _as_the_log_says(record, error, tz=tz, path=path, number=number, exact=exact)
                    raise _relabel(error, labels) from error
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
        return _claim_line(claim)  # read by the store's decoder (times by fromisoformat): its record

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
    ) -> ClaimTable:
        """A table of a DataFrame's rows, read as :meth:`CasualtyLog.from_frame` reads them
        (needs the ``pandas`` extra), with the ``tally`` that
        :func:`~casualtylog.display.frames.claims_from_frame` gives (``blank_cells``, ``skipped_rows``).

        >>> import pandas as pd
        >>> from casualtylog.bulk.table import ClaimTable
        >>> df = pd.DataFrame({"Date": ["2015-04-30", "2015-05-01"], "Dead": [223, None]})
        >>> table = ClaimTable.from_frame(df, {"event": "nepal", "source": "MoHA", "reported_at": "{Date}",
        ...                                     "tz": "Asia/Kathmandu", "figures": {"Dead": "killed"}})
        >>> len(table), table.blank_cells, table.skipped_rows, table.tally.rows
        (1, 1, 0, 2)

        Raises:
            ClaimFormatError: as ``from_frame``: the record (row from 1), field and value.
        """
        from casualtylog._extras import require  # noqa: PLC0415

        require("pandas", "pandas", "ClaimTable.from_frame()")
        from casualtylog.display.frame_input import claims_from_frame, frame_records  # noqa: PLC0415
        from casualtylog.formats.mapping import is_table_mapping  # noqa: PLC0415

        make: Any = cls  # ClaimTable (this class is mixed into it)
        table: ClaimTable = make("<frame>", path=None, data=b"", tz=tz, clock=clock or (lambda: datetime.now(UTC)))
        items: Iterable[Any]
        tally = None
        if is_table_mapping(mapping):
            claims = claims_from_frame(frame, mapping, defaults=defaults, tz=tz)
            items = ((n, c.to_record(), None) for n, c in enumerate(claims, 1))
            tally = claims.tally
        else:
            items = ((n, record, None) for n, record in frame_records(frame, mapping, defaults))
        read_records(table, items, path=None, exact=False, tally=tally)
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
