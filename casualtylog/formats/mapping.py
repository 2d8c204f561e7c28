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

import json
import math
import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from numbers import Integral
from os import PathLike, fspath
from pathlib import Path
from typing import Any, TypeGuard, cast

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from casualtylog._coerce import to_claim
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError, PeriodError
from casualtylog.formats._templates import DATE_VIEWS, Template
from casualtylog.formats.errors import MappingError
from casualtylog.periods import parse_period

__all__ = [
    "DEFAULT_QUALIFIERS",
    "FigureColumn",
    "TableClaims",
    "TableMapping",
    "TableRule",
    "claims_from_rows",
    "is_table_mapping",
    "load_mapping",
    "row_claims",
]

#: Qualifier cells (``"about"``, ``"more"``) → the words put before the figure.
DEFAULT_QUALIFIERS: dict[str, str] = {
    "": "",
    "about": "about",
    "approximately": "about",
    "more": "more than",
    "more than": "more than",
    "over": "over",
    "at least": "at least",
    "almost": "almost",
    "nearly": "nearly",
}

#: The claim fields a mapping fills from templates, besides the figure.
_TEXT_FIELDS = ("event", "metric", "group", "source", "source_kind", "via", "url", "quote", "language")
_TIME_FIELDS = ("reported_at", "as_of", "period", "status")
_COLUMN_FIELDS = ("metric", "group", "status", "period", "reported_at", "as_of")
_RULE_FIELDS = ("metric", "group", "status", "period")
_MAX_PATTERN = 500


class _Mapped(BaseModel):
    """Mapping models raise :class:`MappingError` naming the key, not pydantic's error."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _mapping_error(exc, type(self).__name__) from None

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            raise _mapping_error(exc, cls.__name__) from None


def _mapping_error(exc: ValidationError, model: str) -> MappingError:
    err = exc.errors(include_url=False)[0]
    cause = (err.get("ctx") or {}).get("error")
    if isinstance(cause, MappingError):
        return cause
    where = ".".join(str(p) for p in err.get("loc", ())) or model
    where = re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", where)
    message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    if err.get("type") == "extra_forbidden":
        message = "unknown key; see docs/tables.md for the keys of a mapping"
    if err.get("type") == "missing":
        return MappingError(where, None, "is required")
    return MappingError(where, err.get("input"), message)


class FigureColumn(_Mapped):
    """One column of figures, and the count its cells are about.

    Attributes:
        column: the header (or, for rows of dicts, the key) of the figure cells.
        metric, group: templates for the count (default: the mapping's).
        status: the tier, ``preliminary`` (flash) or ``confirmed`` (verified).
        period: a template for the span counted (``"{date:month}"``, ``"since 2026-03-02"``);
            empty or absent: a running total.
        reported_at, as_of: templates, when they differ for this column
            (a verified tier published later for the days it describes).
        qualifier: a column holding a qualifier (``about``, ``more``) put
            before the figure through the mapping's ``qualifiers``.
    """

    column: str = Field(min_length=1, max_length=1000)
    metric: str | None = None
    group: str | None = None
    status: str | None = None
    period: str | None = None
    reported_at: str | None = None
    as_of: str | None = None
    qualifier: str | None = None


class TableRule(_Mapped):
    """Settings for the rows whose ``column`` matches ``pattern`` (a regular expression, any case).

    The first matching rule applies; its metric, group, status and period
    replace the figure column's. ``skip`` leaves the rows out (counted).
    """

    column: str = Field(min_length=1)
    pattern: str = Field(max_length=_MAX_PATTERN)
    metric: str | None = None
    group: str | None = None
    status: str | None = None
    period: str | None = None
    skip: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise MappingError("rules.pattern", value, f"not a regular expression ({exc})") from None
        return value


class TableMapping(_Mapped):
    """How the rows of one table become claims (keys: docs/tables.md).

    Every text but ``tz`` and the column names is a template over the row.
    ``figures`` may also be given as ``{column: "metric"}`` or
    ``{column: "metric/group"}``.
    """

    figures: tuple[FigureColumn, ...] = Field(min_length=1)
    event: str
    source: str
    reported_at: str
    metric: str | None = None
    group: str | None = None
    source_kind: str | None = None
    via: str | None = None
    url: str | None = None
    quote: str | None = None
    language: str | None = None
    as_of: str | None = None
    period: str | None = None
    status: str | None = None
    tz: str | None = None
    lookups: dict[str, dict[str, str]] = {}
    qualifiers: dict[str, str] = DEFAULT_QUALIFIERS
    skip: dict[str, tuple[str, ...]] = {}
    rules: tuple[TableRule, ...] = ()
    _compiled: _Compiled | None = PrivateAttr(default=None)

    @field_validator("figures", mode="before")
    @classmethod
    def _short_figures(cls, value: object) -> object:
        if isinstance(value, Mapping):
            out = []
            for column, target in value.items():
                if isinstance(target, str):
                    metric, _, group = target.partition("/")
                    out.append({"column": column, "metric": metric, "group": group or None})
                elif isinstance(target, Mapping):
                    out.append({"column": column, **target})
                else:
                    raise MappingError(f"figures.{column}", target, "expected 'metric', 'metric/group' or a table")
            return out
        return value

    @field_validator("skip", mode="before")
    @classmethod
    def _skip_lists(cls, value: object) -> object:
        if isinstance(value, Mapping):
            return {k: (v,) if isinstance(v, str) else v for k, v in value.items()}
        return value

    @model_validator(mode="after")
    def _templates_parse(self) -> TableMapping:
        _compile(self)  # every template parses, every view is known, every figure has a metric
        return self

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column the mapping reads (figure, qualifier, rule and template columns)."""
        return _compile(self).columns


@dataclass(frozen=True, slots=True)
class _Figure:
    column: str
    where: str
    fields: dict[str, Template]
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class _Rule:
    column: str
    regex: re.Pattern[str]
    fields: dict[str, Template]
    skip: bool


@dataclass(frozen=True, slots=True)
class _Compiled:
    common: dict[str, Template]
    figures: tuple[_Figure, ...]
    rules: tuple[_Rule, ...]
    templates: tuple[tuple[str, Template], ...]

    @property
    def columns(self) -> tuple[str, ...]:
        names: list[str] = []
        for figure in self.figures:
            names.append(figure.column)
            if figure.qualifier:
                names.append(figure.qualifier)
        names.extend(rule.column for rule in self.rules)
        for _, template in self.templates:
            names.extend(template.columns)
        return tuple(dict.fromkeys(names))


def _compile(mapping: TableMapping) -> _Compiled:
    if mapping._compiled is not None:
        return mapping._compiled
    views = tuple(mapping.lookups)
    templates: list[tuple[str, Template]] = []

    def parse(where: str, text: str | None) -> Template | None:
        if text is None:
            return None
        template = Template.parse(text, where=where, lookups=views)
        templates.append((where, template))
        return template

    common = {key: t for key in (*_TEXT_FIELDS, *_TIME_FIELDS) if (t := parse(key, getattr(mapping, key))) is not None}
    figures = []
    for i, column in enumerate(mapping.figures):
        where = f"figures[{i}]"
        fields = {key: t for key in _COLUMN_FIELDS if (t := parse(f"{where}.{key}", getattr(column, key))) is not None}
        if "metric" not in fields and "metric" not in common:
            raise MappingError(f"{where}.metric", None, f"column {column.column!r} needs a metric (or give 'metric')")
        figures.append(_Figure(column.column, where, fields, column.qualifier))
    rules = []
    for i, rule in enumerate(mapping.rules):
        where = f"rules[{i}]"
        fields = {key: t for key in _RULE_FIELDS if (t := parse(f"{where}.{key}", getattr(rule, key))) is not None}
        rules.append(_Rule(rule.column, re.compile(rule.pattern, re.IGNORECASE), fields, rule.skip))
    compiled = _Compiled(common, tuple(figures), tuple(rules), tuple(templates))
    mapping._compiled = compiled  # a private attribute: the frozen fields stay as they were
    return compiled


def is_table_mapping(mapping: object) -> TypeGuard[TableMapping | Mapping[str, Any]]:
    """Whether ``mapping`` is a table mapping (a :class:`TableMapping`, or a dict with ``figures``),
    not the long table's ``{claim field: column}``.

    >>> is_table_mapping({"figure": "Deaths"}), is_table_mapping({"figures": {"Deaths": "killed"}})
    (False, True)
    """
    return isinstance(mapping, TableMapping) or (isinstance(mapping, Mapping) and "figures" in mapping)


def load_mapping(source: str | PathLike[str] | Mapping[str, Any] | TableMapping) -> TableMapping:
    """A mapping from a ``*.toml`` or ``*.json`` file, a dict, or a mapping as it is.

    Raises:
        MappingError: the file is not TOML/JSON or not a mapping; names the file and key.
    """
    if isinstance(source, TableMapping):
        return source
    if isinstance(source, Mapping):
        return cast("TableMapping", TableMapping.model_validate(dict(source)))
    path = Path(fspath(source))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError("mapping", fspath(source), f"cannot read the file ({exc})") from None
    try:
        data: Any = json.loads(text) if path.suffix.casefold() == ".json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        kind = "JSON" if path.suffix.casefold() == ".json" else "TOML"
        raise MappingError("mapping", fspath(source), f"not valid {kind} ({exc})") from None
    if not isinstance(data, dict):
        raise MappingError("mapping", fspath(source), "expected a table of keys (docs/tables.md)")
    try:
        return cast("TableMapping", TableMapping.model_validate(data))
    except MappingError as exc:
        raise MappingError(exc.where, exc.value, exc.problem, path=fspath(source)) from None


def check_header(mapping: TableMapping, header: Collection[str], *, source_name: str, line: int | None) -> None:
    """Refuse, before any row is read, a mapping that names a column the header lacks.

    Raises:
        ClaimFormatError: naming the file, the header's line, the mapping key and the column.
    """
    compiled = _compile(mapping)
    present = set(header)
    shown = ", ".join(header) if len(header) <= 30 else ", ".join([*list(header)[:30], "…"])
    for figure in compiled.figures:
        for key, column in (("column", figure.column), ("qualifier", figure.qualifier)):
            if column is not None and column not in present:
                raise ClaimFormatError(
                    source_name, line, f"{figure.where}.{key}", column, f"the column is not in the header ({shown})"
                )
    for i, rule in enumerate(compiled.rules):
        if rule.column not in present:
            raise ClaimFormatError(
                source_name, line, f"rules[{i}].column", rule.column, f"the column is not in the header ({shown})"
            )
    for where, template in compiled.templates:
        for column in template.columns:
            if column not in present:
                raise ClaimFormatError(
                    source_name,
                    line,
                    where,
                    template.text,
                    f"the template names {{{column}}}, which is not a column of the header ({shown})",
                )
    for column in mapping.skip:
        if column not in present:
            raise ClaimFormatError(source_name, line, "skip", column, f"the column is not in the header ({shown})")


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


@dataclass
class TableTally:
    """What reading a table left out, without error: blank figure cells and skipped rows."""

    blank_cells: int = 0
    skipped_rows: int = 0
    rows: int = 0


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


class TableClaims(Iterator[Claim]):
    """The claims of a table's rows, lazily, with a tally of blank cells and skipped rows."""

    def __init__(self, items: Iterator[Claim], tally: TableTally) -> None:
        self._items = items
        self.tally = tally

    @property
    def blank_cells(self) -> int:
        """Blank figure cells skipped so far (they state nothing)."""
        return self.tally.blank_cells

    @property
    def skipped_rows(self) -> int:
        """Rows left out so far by ``skip`` or a rule that skips."""
        return self.tally.skipped_rows

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
