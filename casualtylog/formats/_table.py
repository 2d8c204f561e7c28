"""A CSV table read as claims: its records, the plan for its columns, and the claims a row holds.

Shared by the plain reader (:mod:`casualtylog.formats.csv`) and the HXL reader
(:mod:`casualtylog.formats.hxl`): each builds a plan (which column holds which
claim field, which columns hold figures) from its header, and every row is
then read through that plan.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import IO, Any

from casualtylog._coerce import to_claim
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._cells import restore
from casualtylog.formats._files import MAX_LINE_BYTES, numbered_lines
from casualtylog.formats.reader import exact_times

_LIST_SPLIT = re.compile(r"[\s,;]+")

#: The longest cell a CSV file may hold, in characters (the longest claim field, a quote, is 20,000).
MAX_CELL_CHARS = 100_000
#: The most bytes one CSV record may span, over all its lines (a quoted cell may hold line breaks).
MAX_RECORD_BYTES = MAX_LINE_BYTES


@dataclass(frozen=True, slots=True)
class _CountColumn:
    index: int
    label: str
    metric: str | None  # None: read from #meta+metric
    group: str | None
    generic: bool


@dataclass(slots=True)
class _Plan:
    """Which column holds which claim field, and which columns hold figures."""

    fields: dict[str, tuple[int, str]] = field(default_factory=dict)
    counts: list[_CountColumn] = field(default_factory=list)
    width: int = 0


@dataclass(slots=True)
class _Row:
    line: int
    cells: list[str]
    raw: bytes
    error: ClaimFormatError | None


def _rows(stream: IO[bytes] | IO[str], name: str) -> Iterator[_Row]:
    """CSV records with the line each starts on and their bytes; bad bytes or quoting give an error row."""
    pending = bytearray()
    state: dict[str, Any] = {"start": None, "error": None}

    def feed() -> Iterator[str]:
        for line in numbered_lines(stream, name):
            if state["start"] is None:
                state["start"] = line.number
            pending.extend(line.raw)
            if len(pending) > MAX_RECORD_BYTES:  # an unclosed quote swallows the rest of the file
                raise ClaimFormatError(
                    name,
                    state["start"],
                    None,
                    None,
                    f"the record runs past {MAX_RECORD_BYTES:,} bytes (to line {line.number}); "
                    "check for a quote that is never closed",
                )
            if line.error is not None:
                state["error"] = state["error"] or line.error
                yield line.raw.decode("utf-8", "replace")
            else:
                yield line.text

    reader = csv.reader(feed(), strict=True)
    while True:
        cells: list[str] = []
        error: ClaimFormatError | None = None
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            error = ClaimFormatError(name, state["start"], None, None, f"not valid CSV ({exc}); check the quotes")
        long = next((i for i, cell in enumerate(cells) if len(cell) > MAX_CELL_CHARS), None)
        if long is not None and error is None:
            error = ClaimFormatError(
                name, state["start"], None, None, f"cell {long + 1} is longer than {MAX_CELL_CHARS:,} characters"
            )
            cells = []
        cells = [restore(cell) for cell in cells]  # "'=…" as written by write_hxl: the text "=…"
        row = _Row(state["start"] or 0, cells, bytes(pending), state["error"] or error)
        pending.clear()
        state["start"], state["error"] = None, None
        yield row


def _column_error(name: str, line: int, column: str, problem: str) -> ClaimFormatError:
    return ClaimFormatError(name, line, None, None, f"column {column!r} {problem}")


def _cell(cells: list[str], index: int) -> str | None:
    if index >= len(cells):
        return None
    value = cells[index]
    return value if value.strip() else None


def _records(
    plan: _Plan, row: _Row, name: str, constants: Mapping[str, Any]
) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """The claim records one row holds, each with the column label of every field."""
    extra = [c for c in row.cells[plan.width :] if c.strip()]
    if extra or len(row.cells) < plan.width:  # a long row, or a truncated one: its cells may be misplaced
        raise ClaimFormatError(
            name, row.line, None, None, f"the row has {len(row.cells)} cells, the header {plan.width}"
        )
    common: dict[str, Any] = {}
    labels: dict[str, str] = {}
    for claim_field, (index, label) in plan.fields.items():
        value = _cell(row.cells, index)
        if value is not None:
            common[claim_field] = value
            labels[claim_field] = label
    for key, value in constants.items():
        common.setdefault(key, value)
    kind = common.pop("source_kind", None)
    if kind is not None and "source" in common and isinstance(common["source"], str):
        common["source"] = {"name": common["source"], "kind": kind.strip()}
        labels["source.kind"] = labels.get("source_kind", "source_kind")
    for key in ("supersedes", "retracts"):
        if isinstance(common.get(key), str):
            common[key] = [x for x in _LIST_SPLIT.split(common[key]) if x]
    if not plan.counts:
        return [(common, labels)]
    generic_metric = common.pop("metric", None)
    generic_group = common.pop("group", None)
    out: list[tuple[dict[str, Any], dict[str, str]]] = []
    for column in plan.counts:
        value = _cell(row.cells, column.index)
        if value is None:
            continue
        record = dict(common)
        record["figure"] = value
        where = dict(labels, figure=column.label)
        if column.generic:
            if generic_metric is None:
                raise ClaimFormatError(
                    name,
                    row.line,
                    column.label,
                    value,
                    "no metric: tag the column with one (#affected+killed) or fill a #meta+metric column",
                )
            record["metric"], record["group"] = generic_metric, column.group or generic_group
        else:
            record["metric"], record["group"] = column.metric, column.group
            where["metric"] = where["group"] = column.label
        out.append((record, where))
    if not out and common.get("retracts") and generic_metric is not None:
        out.append((dict(common, metric=generic_metric, group=generic_group, figure=None), labels))
    if len(out) > 1 and "id" in common:
        raise ClaimFormatError(
            name, row.line, labels["id"], common["id"], "one claim id for a row of several figures; leave it empty"
        )
    return out


def _claim(record: dict[str, Any], labels: dict[str, str], *, name: str, line: int, tz: str | tzinfo | None) -> Claim:
    try:
        return to_claim(exact_times(record), tz=tz, path=name, line=line)
    except ClaimFormatError as exc:
        key = (exc.field or "").split(".")[0]
        label = labels.get(exc.field or "") or labels.get(key)
        if label is None or label == key:
            raise
        raise ClaimFormatError(name, line, label, exc.value, exc.problem) from exc
