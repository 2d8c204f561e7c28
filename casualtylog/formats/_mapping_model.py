"""The table mapping itself: its keys, checked and compiled (see :mod:`casualtylog.formats.mapping`).

Templates are parsed once, when a mapping is made; a header is checked against
every column the mapping names before any row is read.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from os import PathLike, fspath
from pathlib import Path
from typing import Any, TypeGuard, cast

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from casualtylog.errors import ClaimFormatError
from casualtylog.formats._templates import Template
from casualtylog.formats.errors import MappingError

__all__ = [
    "DEFAULT_QUALIFIERS",
    "FigureColumn",
    "TableMapping",
    "TableRule",
    "check_header",
    "is_table_mapping",
    "load_mapping",
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
