"""CSV of flat rows, and the date span of a resolution (shared by the UCDP and ACLED exports)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._cells import defuse, restore
from casualtylog.resolve.model import Resolution
from casualtylog.times import Precision

Target = str | Path | IO[str]


def reporting_claims(res: Resolution) -> list[Claim]:
    """The claims that reported a figure and still stand as reports: not retracted, not projections."""
    gone = {c.id for c in (*res.retracted, *res.excluded)}
    return [c for c in res.considered if c.figure is not None and c.id not in gone]


def date_span(claims: Sequence[Claim]) -> tuple[date | None, date | None, int]:
    """First and last day the claims describe (in each claim's own zone) and the coarsest precision rank."""
    if not claims:
        return None, None, Precision.DAY.rank
    days = [c.describes.date() for c in claims]
    coarsest = min(c.reported_precision.rank if c.as_of is None else Precision.SECOND.rank for c in claims)
    return min(days), max(days), coarsest


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], target: Target) -> None:
    """Write ``rows`` with a header; ``None`` becomes an empty cell, formula-like text gets a leading ``'``."""
    if isinstance(target, str | Path):
        with Path(target).open("w", encoding="utf-8", newline="") as fh:
            write_csv(rows, columns, fh)
        return
    writer = csv.DictWriter(target, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})


def _cell(value: Any) -> Any:
    """``None`` as an empty cell; text a spreadsheet would run as a formula with a leading ``'``."""
    if value is None:
        return ""
    return defuse(value) if isinstance(value, str) else value


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
    for line, raw in enumerate(csv.DictReader(handle), start=2):
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
                    where, line, key, text, f"expected {'an integer' if key in int_cols else 'a YYYY-MM-DD date'}"
                ) from exc
            row[key] = value
        out.append(row)
    return out
