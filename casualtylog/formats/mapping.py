"""Tables in, declaratively: one :class:`TableMapping` turns the rows of a wide table into claims.

Analysts download tables, one row a date or a district, several figure
columns a row. A mapping says, once, which column holds which figure (its
metric, group, tier and period) and how the rest of each claim is built from
the row: every text is a *template* (``"{district}-2015"``; see
:mod:`casualtylog.formats._templates`), and a template without places is a
constant.

>>> mapping = TableMapping.model_validate({
...     "event": "nepal-2015/{district}", "source": "Government of Nepal",
...     "reported_at": "{Date}", "tz": "Asia/Kathmandu",
...     "figures": [{"column": "Dead", "metric": "killed"}, {"column": "Injured", "metric": "injured"}]})
>>> rows = [{"Date": "2015-04-30", "district": "gorkha", "Dead": "223", "Injured": ""}]
>>> claims = claims_from_rows(rows, mapping, source_name="nepal.csv", first_line=2)
>>> [f"{c.count}: {c.figure}" for c in claims], claims.blank_cells
(['nepal-2015/gorkha / killed: 223'], 1)

A blank figure cell states nothing: it is skipped and counted, not an error.
Every other bad cell is an error naming the file, the line and the column:

>>> list(claims_from_rows([{"Date": "2015-04-30", "district": "bara", "Dead": "n/a", "Injured": "1"}],
...                       mapping, source_name="nepal.csv", first_line=2))
Traceback (most recent call last):
...
casualtylog.errors.ClaimFormatError: nepal.csv, line 2: Dead='n/a': cannot read figure 'n/a': ...

A long (tidy) table is the mapping with one figure column whose metric is a
template (``{"column": "value", "metric": "{indicator}"}``). The keys are
described in docs/tables.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from decimal import Decimal
from numbers import Integral
from typing import Any, cast

from casualtylog._coerce import to_claim
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError, PeriodError
from casualtylog.formats._mapping_model import (
    DEFAULT_QUALIFIERS,
    FigureColumn,
    TableMapping,
    TableRule,
    _compile,
    check_header,
    is_table_mapping,
    load_mapping,
)
from casualtylog.formats._templates import DATE_VIEWS
from casualtylog.periods import parse_period

__all__ = [
    "DEFAULT_QUALIFIERS",
    "FigureColumn",
    "TableClaims",
    "TableMapping",
    "TableRule",
    "TableTally",
    "Tallied",
    "cell_refusal",
    "cell_text",
    "check_header",
    "claims_from_rows",
    "is_table_mapping",
    "load_mapping",
    "row_claims",
]


def cell_text(value: object) -> str | None:
    """A cell as text: ``None`` (and NaN, NA) for a missing cell, whole numbers without ``.0``.

    >>> cell_text(12), cell_text(12.0), cell_text(None), cell_text(float("nan")), cell_text(" 3 ")
    ('12', '12', None, None, ' 3 ')
    """
    if value is None or type(value).__name__ in {"NAType", "NaTType"}:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# What a template or a figure can read from a cell as a CSV file would hold it; a bool is
# its text ("True"), as a skip or rule column may hold it.
_CELL_TYPES = (str, Integral, float, Decimal, date)
_PLAIN_CELLS = frozenset({str, int, float, type(None)})  # most cells: judged without isinstance on an ABC


def cell_refusal(value: object) -> str | None:
    """Why a cell cannot be read as a table's cell, or ``None`` if it can.

    A cell is text, a number, a date or nothing, as in a CSV file: anything else (bytes, a
    list, a mapping, a duration) would be read as its repr (an event ``nepal/b'Gorkha'``).
    A ``pd.Timestamp`` with nanoseconds is a cell: read as its text, its time is cut to the
    microsecond as every time is (docs/time.md).

    >>> cell_refusal("Gorkha"), cell_refusal(12), cell_refusal(None), cell_refusal(float("nan"))
    (None, None, None, None)
    >>> cell_refusal(b"Gorkha")
    'expected text, a number or a date (what a CSV cell holds), not bytes'
    """
    if isinstance(value, _CELL_TYPES):
        return None
    if value is None or type(value).__name__ in {"NAType", "NaTType"}:
        return None
    return f"expected text, a number or a date (what a CSV cell holds), not {type(value).__name__}"


@dataclass
class TableTally:
    """What reading a table left out, without error: blank figure cells and skipped rows."""

    blank_cells: int = 0
    skipped_rows: int = 0
    rows: int = 0


class Tallied:
    """What reading a table left out, read from its :class:`TableTally` (``tally``)."""

    tally: TableTally

    @property
    def blank_cells(self) -> int:
        """Blank figure cells (they state nothing, so give no claim)."""
        return self.tally.blank_cells

    @property
    def skipped_rows(self) -> int:
        """Rows left out by the mapping's ``skip`` or a rule that skips."""
        return self.tally.skipped_rows


@dataclass
class _RowReader:
    mapping: TableMapping
    source_name: str
    tz: str | tzinfo | None
    tally: TableTally = field(default_factory=TableTally)

    def claims(self, line: int, row: Mapping[str, object]) -> list[Claim]:
        """The claims of one row; raises ClaimFormatError naming the file, line and column."""
        compiled = _compile(self.mapping)
        self.tally.rows += 1
        odd = [(k, v) for k, v in row.items() if type(v) not in _PLAIN_CELLS and cell_refusal(v) is not None]
        for key, value in odd:  # in the row's order; a column the mapping does not read may hold anything
            if str(key) in compiled.columns or str(key) in self.mapping.skip:
                raise ClaimFormatError(self.source_name, line, str(key), value, cast("str", cell_refusal(value)))
        cells = {str(k): cell_text(v) for k, v in row.items()}
        for column, values in self.mapping.skip.items():
            if (cells.get(column) or "").strip() in values:
                self.tally.skipped_rows += 1
                return []
        rule = next((r for r in compiled.rules if r.regex.search(cells.get(r.column) or "")), None)
        if rule is not None and rule.skip:
            self.tally.skipped_rows += 1
            return []

        def view(column: str, name: str, value: str) -> str:
            if name in self.mapping.lookups:
                table = self.mapping.lookups[name]
                if value not in table:
                    raise ClaimFormatError(
                        self.source_name,
                        line,
                        column,
                        value,
                        f"not in the lookup table {name!r} ({', '.join(map(repr, table)) or 'empty'})",
                    )
                return table[value]
            return value[: DATE_VIEWS[name]]

        out: list[Claim] = []
        for figure in compiled.figures:
            value = cells.get(figure.column)
            if value is None or not value.strip():
                self.tally.blank_cells += 1
                continue
            templates = dict(compiled.common)
            templates.update(figure.fields)
            if rule is not None:
                templates.update(rule.fields)
            record: dict[str, Any] = {}
            labels: dict[str, str] = {}
            for key, template in templates.items():
                text = template.fill(cells, view).strip()
                if text:
                    record[key] = text
                    only = template.columns
                    labels[key] = only[0] if len(only) == 1 and len(template.parts) == 1 else key
            if "period" in record:
                # Read as written, not in the mapping's zone: a period is a calendar window by
                # its name ("2017-05"), the one resolve(period="2017-05") asks for (docs/series.md).
                try:
                    record["period"] = parse_period(record["period"], field=labels["period"])
                except PeriodError as exc:
                    raise ClaimFormatError(
                        self.source_name, line, labels["period"], record["period"], exc.problem
                    ) from None
            figure_text = value.strip()
            if figure.qualifier is not None:
                word = (cells.get(figure.qualifier) or "").strip().casefold()
                if word not in self.mapping.qualifiers:
                    known = ", ".join(repr(k) for k in self.mapping.qualifiers)
                    raise ClaimFormatError(
                        self.source_name, line, figure.qualifier, word, f"an unknown qualifier (known: {known})"
                    )
                figure_text = f"{self.mapping.qualifiers[word]} {figure_text}".strip()
            record["figure"] = figure_text
            labels["figure"] = figure.column
            kind = record.pop("source_kind", None)
            if kind is not None and "source" in record:
                record["source"] = {"name": record["source"], "kind": kind}
                labels["source.kind"] = labels.pop("source_kind", "source_kind")
            out.append(self._claim(record, labels, line, figure_text if figure.qualifier else value))
        return out

    def _claim(self, record: dict[str, Any], labels: dict[str, str], line: int, raw: str) -> Claim:
        try:
            return to_claim(record, tz=self.tz, path=self.source_name, line=line)
        except ClaimFormatError as exc:
            key = (exc.field or "").split(".")[0]
            label = labels.get(exc.field or "") or labels.get(key)
            if key == "figure":
                raise ClaimFormatError(self.source_name, line, labels["figure"], raw, exc.problem) from None
            if label is None or label == key:
                raise
            raise ClaimFormatError(self.source_name, line, label, exc.value, exc.problem) from None


class TableClaims(Tallied, Iterator[Claim]):
    """The claims of a table's rows, lazily, with a tally of blank cells and skipped rows (so far)."""

    def __init__(self, items: Iterator[Claim], tally: TableTally) -> None:
        self._items = items
        self.tally = tally

    def __iter__(self) -> TableClaims:
        return self

    def __next__(self) -> Claim:
        return next(self._items)


def claims_from_rows(
    rows: Iterable[Mapping[str, object]],
    mapping: TableMapping | Mapping[str, Any],
    *,
    source_name: str = "<rows>",
    first_line: int = 1,
    columns: Collection[str] | None = None,
    tz: str | tzinfo | None = None,
) -> TableClaims:
    """The claims that ``rows`` (dicts of cells: text, numbers or ``None``) state under ``mapping``.

    Args:
        rows: one mapping of column → cell per row.
        mapping: a :class:`TableMapping`, or a dict of its keys.
        source_name: the name errors give for the rows (a file name).
        first_line: the line (or record number) of the first row, for errors.
        columns: the header, if known: a column the mapping names and the
            header lacks is then refused before any row is read. Without
            it, a missing key is a blank cell (JSON rows omit empty keys),
            except in a template, where it is an error naming the row.
        tz: the time zone for times written without one (default: the mapping's).

    Raises:
        MappingError: the mapping is not valid.
        ClaimFormatError: (while iterating) a bad cell, naming the file, line and column.
    """
    table = load_mapping(mapping)
    if columns is not None:
        check_header(table, list(columns), source_name=source_name, line=None)
    reader = _RowReader(table, source_name, tz if tz is not None else table.tz)
    compiled = _compile(table)
    needed = [(w, t, c) for w, t in compiled.templates for c in t.columns]

    def run() -> Iterator[Claim]:
        for line, row in enumerate(rows, start=first_line):
            if columns is None:
                for where, template, column in needed:
                    if column not in row:
                        raise ClaimFormatError(
                            source_name,
                            line,
                            where,
                            template.text,
                            f"the template names {{{column}}}, which this row lacks",
                        )
            yield from reader.claims(line, row)

    return TableClaims(run(), reader.tally)


def row_claims(
    mapping: TableMapping, *, source_name: str, tz: str | tzinfo | None, tally: TableTally
) -> Callable[[int, Mapping[str, object]], list[Claim]]:
    """A function giving one row's claims (for readers that number their rows themselves).

    It raises :class:`~casualtylog.errors.ClaimFormatError` for a bad cell and
    adds blank cells and skipped rows to ``tally``.
    """
    return _RowReader(mapping, source_name, tz if tz is not None else mapping.tz, tally).claims
