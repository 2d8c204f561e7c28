"""CSV of flat rows, and the date span of a resolution (shared by the UCDP and ACLED exports)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._cells import csv_row, restore
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


def read_csv(source: Target, ints: Iterable[str], dates: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Read rows written by :func:`write_csv`: empty cells are ``None``, ``ints`` and ``dates`` typed.

    The ``'`` :func:`write_csv` put before formula-like text is dropped.
    """
    if isinstance(source, str | Path):
        with Path(source).open(encoding="utf-8", newline="") as fh:
            return read_csv(fh, ints, dates)
    handle = source
    where = str(getattr(handle, "name", "<csv>"))
    int_cols, date_cols = set(ints), set(dates)
    out = []
    reader = csv.DictReader(_lines(handle, where))
    for raw in reader:
        line = reader.line_num
        row: dict[str, Any] = {}
        for key, text in raw.items():
            value: Any = None if text in {"", None} else restore(text)
            try:
                if value is not None and key in int_cols:
                    value = int(value)
                elif value is not None and key in date_cols:
                    value = date.fromisoformat(value)
            except ValueError as exc:
                raise ClaimFormatError(
                    where,
                    line,
                    key,
                    snippet(text),
                    f"expected {'an integer' if key in int_cols else 'a YYYY-MM-DD date'}",
                ) from exc
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
