"""Safe templates for table mappings: ``"{iso3}-{year}"`` filled from one row's cells.

A template is literal text with ``{column}`` places. Unlike ``str.format`` it
can only read a row's cells by name: there is no attribute or index access
(``{a.b}``, ``{a[0]}`` are plain column names), no conversion (``!r``) and no
format specification, so a mapping file cannot reach into Python objects or
pad a cell to a million characters. A place may name one *view* after a
colon: ``day``, ``month`` or ``year`` (the first 10, 7 or 4 characters of an
ISO date) or a lookup table of the mapping (``{report_source:sources}``).
``{{`` and ``}}`` are literal braces.

>>> t = Template.parse("{iso3}-{figure_date:year}", where="event")
>>> t.columns, t.fill({"iso3": "ukr", "figure_date": "2017-05-31"})
(('iso3', 'figure_date'), 'ukr-2017')
>>> Template.parse("{a", where="event")
Traceback (most recent call last):
...
casualtylog.formats.errors.MappingError: event='{a': an unclosed '{'; write '{{' for a literal brace
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from casualtylog.formats.errors import MappingError

__all__ = ["DATE_VIEWS", "MAX_TEMPLATE", "Template"]

#: The views of a date cell a template may ask for: how many leading characters of the ISO date.
DATE_VIEWS = {"day": 10, "month": 7, "year": 4}
#: The longest template, in characters.
MAX_TEMPLATE = 1000


@dataclass(frozen=True, slots=True)
class _Place:
    column: str
    view: str | None


@dataclass(frozen=True, slots=True)
class Template:
    """A parsed template: literal text and the places filled from a row."""

    text: str
    parts: tuple[str | _Place, ...]

    @classmethod
    def parse(cls, text: str, *, where: str, lookups: Collection[str] = ()) -> Template:
        """Parse ``text``; ``where`` names the mapping key in errors; ``lookups`` are the view names allowed."""
        if not isinstance(text, str):
            raise MappingError(where, text, "expected text (a template such as '{iso3}-{year}')")
        if len(text) > MAX_TEMPLATE:
            raise MappingError(where, text, f"a template of at most {MAX_TEMPLATE:,} characters")
        parts: list[str | _Place] = []
        literal: list[str] = []
        i = 0
        while i < len(text):
            char = text[i]
            if char in "{}" and text[i + 1 : i + 2] == char:
                literal.append(char)
                i += 2
                continue
            if char == "}":
                raise MappingError(where, text, "a '}' that closes nothing; write '}}' for a literal brace")
            if char != "{":
                literal.append(char)
                i += 1
                continue
            end = text.find("}", i + 1)
            if end < 0:
                raise MappingError(where, text, "an unclosed '{'; write '{{' for a literal brace")
            inner = text[i + 1 : end]
            if "{" in inner:
                raise MappingError(where, text, "a '{' inside a place; write '{{' for a literal brace")
            column, _, view = inner.partition(":")
            column = column.strip()
            if not column:
                raise MappingError(where, text, "an empty place '{}'; name a column, as in '{district}'")
            if ":" in inner and view not in DATE_VIEWS and view not in lookups:
                known = [*DATE_VIEWS, *(name for name in lookups if name not in DATE_VIEWS)]
                raise MappingError(
                    where, text, f"unknown view {view!r} after {column!r}: expected one of {', '.join(known)}"
                )
            if literal:
                parts.append("".join(literal))
                literal.clear()
            parts.append(_Place(column, view if ":" in inner else None))
            i = end + 1
        if literal:
            parts.append("".join(literal))
        return cls(text, tuple(parts))

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns the template reads, in order, each once."""
        return tuple(dict.fromkeys(p.column for p in self.parts if isinstance(p, _Place)))

    @property
    def constant(self) -> bool:
        """Whether the template reads no column."""
        return not self.columns

    def fill(
        self,
        cells: Mapping[str, str | None],
        view: Callable[[str, str, str], str] | None = None,
    ) -> str:
        """The text for one row; a blank or missing cell fills as ``""``.

        ``view(column, view_name, value)`` applies a named view (the date views
        are applied here when it is not given).
        """
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            value = (cells.get(part.column) or "").strip()
            if part.view is not None and value:
                if view is not None:
                    value = view(part.column, part.view, value)
                elif part.view in DATE_VIEWS:
                    value = value[: DATE_VIEWS[part.view]]
            out.append(value)
        return "".join(out)
