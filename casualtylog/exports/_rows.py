"""CSV of flat rows, and the date span of a resolution (shared by the UCDP and ACLED exports)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._cells import csv_row, restore, starting_lines
from casualtylog.formats._files import MAX_LINE_BYTES, open_output, snippet
from casualtylog.resolve.model import Resolution
from casualtylog.times import Precision

Target = str | Path | IO[str]


def reporting_claims(res: Resolution) -> list[Claim]:
    """The claims that reported a figure and still stand as reports: not retracted, not projections."""
    return list(res.reports)


def date_span(claims: Sequence[Claim]) -> tuple[date | None, date | None, int]:
    """First and last day the claims describe (in each claim's own zone) and the coarsest precision rank."""
    if not claims:
        return None, None, Precision.DAY.rank
    days = [c.describes.date() for c in claims]
    coarsest = min(c.reported_precision.rank if c.as_of is None else Precision.SECOND.rank for c in claims)
    return min(days), max(days), coarsest


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], target: Target) -> None:
    """Write ``rows`` with a header; ``None`` becomes an empty cell.

    Text a spreadsheet could run as a formula gets a leading ``'`` and quotes,
    and a cell with any line break is quoted (:func:`~casualtylog.formats._cells.csv_row`),
    so :func:`read_csv` reads the file back as it was. A path is written
    atomically, as every claim file is.
    """
    with open_output(target) as write:
        write(csv_row(columns))
        for row in rows:
            write(csv_row(_cell(row.get(k)) for k in columns))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def read_csv(
    source: Target, ints: Iterable[str], dates: Iterable[str] = (), floats: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Read rows written by :func:`write_csv`: empty cells are ``None``, ``ints``, ``dates`` and ``floats`` typed.

    The ``'`` :func:`write_csv` put before formula-like text is dropped.

    Raises:
        ClaimFormatError: a typed column holds something else, or a row has more cells than the
            header; names the line where the row starts (blank lines and quoted line breaks count).
    """
    if isinstance(source, str | Path):
        with Path(source).open(encoding="utf-8", newline="") as fh:
            return read_csv(fh, ints, dates, floats)
    handle = source
    where = str(getattr(handle, "name", "<csv>"))
    kinds: dict[str, tuple[Any, str]] = dict.fromkeys(ints, (int, "an integer"))
    kinds.update((key, (date.fromisoformat, "a YYYY-MM-DD date")) for key in dates)
    kinds.update((key, (float, "a decimal number")) for key in floats)
    out = []
    # As csv.DictReader reads it, with the line each record starts on (not the one it ends on).
    records = starting_lines(csv.reader(_lines(handle, where)))
    header = next(records, (0, []))[1]
    for line, cells in records:
        if not cells:
            continue
        if len(cells) > len(header):  # (DictReader put the extra cells in a list, which failed below)
            raise ClaimFormatError(where, line, None, None, f"the row has {len(cells)} cells, the header {len(header)}")
        row: dict[str, Any] = dict.fromkeys(header)
        for key, text in zip(header, cells, strict=False):
            value: Any = None if text == "" else restore(text)
            kind = kinds.get(key)
            if value is not None and kind is not None:
                try:
                    value = kind[0](value)
                except ValueError as exc:
                    raise ClaimFormatError(where, line, key, snippet(text), f"expected {kind[1]}") from exc
            row[key] = value
        out.append(row)
    return out


def _lines(handle: IO[str], where: str) -> Iterator[str]:
    """The lines of ``handle``, refusing one longer than :data:`~casualtylog.formats._files.MAX_LINE_BYTES`."""
    number = 0
    while True:
        line = handle.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith("\n"):
            raise ClaimFormatError(where, number, None, None, f"the line is longer than {MAX_LINE_BYTES:,} characters")
        yield line
