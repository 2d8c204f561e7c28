"""CSV: claims from spreadsheets, through a column mapping or HXL hashtags.

A plain CSV file names its columns after the claim's fields (``event``,
``metric``, ``group``, ``figure``, ``source``, ``source_kind``,
``reported_at``, …), or a ``mapping`` says which column holds which field, and
``constants`` fill fields the file does not carry (the source of a whole
sheet, its event):

>>> import io
>>> sheet = io.StringIO("Date,Deaths\\n2025-04-24,12\\n")
>>> claims = list(read_csv(sheet, mapping={"reported_at": "Date", "figure": "Deaths"},
...                        constants={"event": "kyiv", "metric": "killed", "source": "KCMA"}))
>>> [str(c) for c in claims]
['kyiv / killed: 12 — KCMA, 2025-04-24T00:00:00+00:00']

A file tagged with HXL (the Humanitarian Exchange Language: a row of hashtags
under the human headers) is recognised without any mapping. Every
``#affected`` column holds one count, named by its attributes
(``#affected+killed``, ``#affected+injured+children``), so one row may carry
several claims:

>>> hxl = io.StringIO(
...     "Event,Date,Source,Killed,Injured,Injured children\\n"
...     "#event+id,#date+reported,#meta+source,#affected+killed,#affected+injured,#affected+injured+children\\n"
...     "kyiv-2025-04-24,2025-04-24,KCMA,12,90,at least 12\\n")
>>> [f"{c.count}: {c.figure}" for c in read_csv(hxl)]
['kyiv-2025-04-24 / killed: 12', 'kyiv-2025-04-24 / injured: 90', 'kyiv-2025-04-24 / injured / children: at least 12']

The HXL columns read, and :func:`write_hxl`, which writes them, are in
:mod:`casualtylog.formats.hxl`; this module re-exports :class:`HxlTag` and
:func:`write_hxl`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import tzinfo
from typing import Any, cast

from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import Input, Output, display_name, open_input
from casualtylog.formats._table import _claim, _column_error, _Plan, _records, _Row, _rows
from casualtylog.formats.hxl import _HXL_SCAN, HxlTag, _hxl_plan, _is_hashtag_row, write_hxl
from casualtylog.formats.mapping import TableMapping, is_table_mapping, load_mapping
from casualtylog.formats.reader import ClaimReader, Parsed, Rejection
from casualtylog.formats.wide import read_wide
from casualtylog.log import CasualtyLog

__all__ = ["CSV_FIELDS", "HxlTag", "load_csv", "read_csv", "write_hxl"]

#: The column names a plain CSV file may use (and the keys of a ``mapping``).
CSV_FIELDS: tuple[str, ...] = (*Claim.model_fields, "source_kind")


def _plain_plan(row: _Row, name: str, mapping: Mapping[str, str] | None, tags: _Row | None) -> _Plan:
    plan = _Plan(width=len(row.cells))
    headers = [c.strip() for c in row.cells]
    if mapping is None:
        for index, header in enumerate(headers):
            if not header:
                continue
            key = header.casefold().replace(" ", "_").replace(".", "_")
            if key not in CSV_FIELDS:
                raise _column_error(
                    name,
                    row.line,
                    header,
                    f"is unknown; name the columns after claim fields ({', '.join(CSV_FIELDS)}) "
                    "or pass a mapping (claim field → column): mapping= in Python, "
                    "--map FIELD=COLUMN or --mapping FILE on the command line",
                )
            if key in plan.fields:
                raise _column_error(name, row.line, header, "appears twice")
            plan.fields[key] = (index, header)
        return plan
    tag_cells = [c.strip() for c in tags.cells] if tags is not None else []
    for claim_field, column in mapping.items():
        if claim_field not in CSV_FIELDS:
            raise ClaimFormatError(
                name, None, claim_field, column, f"is not a claim field; map one of {', '.join(CSV_FIELDS)}"
            )
        wanted = column.strip()
        if wanted in headers:
            plan.fields[claim_field] = (headers.index(wanted), wanted)
        elif wanted in tag_cells:
            plan.fields[claim_field] = (tag_cells.index(wanted), wanted)
        else:
            raise ClaimFormatError(
                name, row.line, claim_field, column, f"the mapped column is not in the header ({', '.join(headers)})"
            )
    return plan


def read_csv(
    source: Input,
    *,
    mapping: TableMapping | Mapping[str, Any] | None = None,
    constants: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
    lenient: bool = False,
    rejects: Output | None = None,
    hxl: bool | None = None,
) -> ClaimReader:
    """Read claims from a CSV file, lazily: plain (with a mapping) or HXL-tagged.

    >>> import io
    >>> bad = io.StringIO("event,metric,figure,source,reported_at\\nkyiv,killed,-3,KCMA,2025-04-24\\n")
    >>> list(read_csv(bad))
    Traceback (most recent call last):
    ...
    casualtylog.errors.ClaimFormatError: <stream>, line 2: figure='-3': cannot read figure '-3': expected a count of zero or more (a fall is a new, lower claim, not a negative figure)

    Args:
        source: a path or an open file (binary is best: bad bytes are then
            reported with their line).
        mapping: a :class:`~casualtylog.formats.mapping.TableMapping` (or a
            dict with its keys, ``figures`` among them) for a wide table of
            several figure columns (docs/tables.md); or, for a long table,
            claim field → column name (a header, or a hashtag). Columns not
            mapped are ignored. Without a mapping, a plain CSV's headers
            must be claim fields (:data:`CSV_FIELDS`).
        constants: claim field → value, for fields the file does not carry
            (or leaves empty), e.g. ``{"source": "OHCHR", "event": "…"}``.
        tz: the timezone for date-times written without one.
        lenient: set bad rows aside instead of raising at the first.
        rejects: in lenient mode, a path or file that receives the header
            and every rejected row as it was.
        hxl: ``None`` detects a row of hashtags (within the first 25 rows);
            ``False`` reads the file as plain CSV; ``True`` requires hashtags.

    Raises:
        ClaimFormatError: (while iterating) the header or, in strict mode, a
            row is bad; names the file, line and column.
        ClaimFileError: the file cannot be opened or read.
    """
    name = display_name(source)
    if is_table_mapping(mapping):
        if constants:
            raise ClaimFormatError(name, None, "constants", constants, "a table mapping states its constants itself")
        return read_wide(source, load_mapping(mapping), tz=tz, lenient=lenient, rejects=rejects)
    fixed = dict(constants or {})
    preamble = bytearray()

    def parse() -> Iterator[Parsed]:
        refused: _Row | None = None  # a row is set aside whole, at its first bad claim
        for item in csv_records(source, name, _long(mapping), fixed, hxl, preamble):
            if isinstance(item, Rejection):
                yield item
                continue
            record, labels, row = item
            if row is refused:
                continue
            try:
                yield row.line, _claim(record, labels, name=name, line=row.line, tz=tz)
            except ClaimFormatError as error:
                refused = row
                yield Rejection(row.line, error, row.raw)

    return ClaimReader(name, parse, lenient=lenient, rejects=rejects, header=lambda: bytes(preamble))


def csv_records(
    source: Input,
    name: str,
    mapping: Mapping[str, str] | None,
    fixed: Mapping[str, Any],
    hxl: bool | None,
    preamble: bytearray,
) -> Iterator[tuple[dict[str, Any], dict[str, str], _Row] | Rejection]:
    """The claim records of a plain or HXL CSV file, each with the column label of every field
    and its row, or a :class:`Rejection` for a row that holds none; the header rows go into
    ``preamble``. What :func:`read_csv` validates into claims (and ``ClaimTable.read_csv`` into columns).

    Raises:
        ClaimFormatError: the header is bad.
    """
    with open_input(source) as stream:
        rows = _rows(stream, name)
        head: list[_Row] = []
        tag_at: int | None = None
        for row in rows:
            head.append(row)
            if row.error is None and hxl is not False and _is_hashtag_row(row.cells):
                tag_at = len(head) - 1
                break
            if len(head) >= _HXL_SCAN:
                break
        if not head:
            return
        if hxl is True and tag_at is None:
            raise ClaimFormatError(name, None, None, None, f"no row of HXL hashtags in the first {_HXL_SCAN} rows")
        if tag_at is not None:
            tags = head[tag_at]
            header = head[tag_at - 1] if tag_at > 0 else None
            plan = _hxl_plan(tags, name) if mapping is None else _plain_plan(header or tags, name, mapping, tags)
            body = head[tag_at + 1 :]
            for row in head[: tag_at + 1]:
                preamble.extend(row.raw)
        else:
            first = head[0]
            if first.error is not None:
                raise first.error
            plan = _plain_plan(first, name, mapping, None)
            body = head[1:]
            preamble.extend(first.raw)
        for row in _chain(body, rows):
            if row.error is not None:
                yield Rejection(row.line, row.error, row.raw)
                continue
            if not any(c.strip() for c in row.cells):
                continue
            try:
                for record, labels in _records(plan, row, name, fixed):
                    yield record, labels, row
            except ClaimFormatError as error:
                yield Rejection(row.line, error, row.raw)


def _long(mapping: object) -> Mapping[str, str] | None:
    return cast("Mapping[str, str] | None", mapping)  # a table mapping took the other way


def _chain(first: list[_Row], rest: Iterator[_Row]) -> Iterator[_Row]:
    yield from first
    yield from rest


def load_csv(
    source: Input,
    *,
    mapping: TableMapping | Mapping[str, Any] | None = None,
    constants: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
    log: CasualtyLog | None = None,
) -> CasualtyLog:
    """Read a CSV (or HXL) file into a log as one batch: a bad row adds nothing.

    >>> import io
    >>> log = load_csv(io.StringIO("event,metric,figure,source,reported_at\\nkyiv,dead,12,KCMA,2025-04-24\\n"))
    >>> log.resolve("kyiv", "killed").best
    12
    """
    target = CasualtyLog(tz=tz) if log is None else log
    target.extend(read_csv(source, mapping=mapping, constants=constants, tz=tz))
    return target
