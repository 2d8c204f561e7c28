"""Event files: JSON Lines, CSV and HXL-tagged CSV, and the published event schema.

One event per line (JSON Lines) or row (CSV), the fields of
:class:`~casualtylog.events.Event`. The CSV is flat: the place's fields
are columns of their own, ``parents`` is a ``;``-separated list, and ``when``
is the compact text (``2025-04-24``, ``2015-04``, ``2008``, ``2025-W17``,
``start/end``) with its precision beside it. An HXL-tagged CSV has a second
row of hashtags (:data:`EVENT_HXL`), and a file with only the hashtag row is
read too.

>>> import io
>>> from casualtylog.worked_example import kyiv_event
>>> sheet = io.StringIO()
>>> write_events_csv([kyiv_event()], sheet, hxl=True)
1
>>> print(sheet.getvalue().splitlines()[1])
#event+id,#event+name,#date,#date+precision,#event+type,#event+parent,#meta+complete,#loc+name,#country+code,#adm1+code,#adm2+code,#geo+lat,#geo+lon,#geo+precision
>>> read_events_csv(io.StringIO(sheet.getvalue())) == [kyiv_event()]
True

Bad records raise :class:`~casualtylog.events.EventError` naming the file,
line, field and value; nothing is returned from a file with a bad record.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from casualtylog.events import Event, EventError, EventWhen, to_event
from casualtylog.formats._cells import defuse, restore, starting_lines
from casualtylog.hierarchy import check_hierarchy

__all__ = [
    "EVENT_CSV_FIELDS",
    "EVENT_HXL",
    "event_schema",
    "event_schema_text",
    "read_events",
    "read_events_csv",
    "read_events_jsonl",
    "write_events",
    "write_events_csv",
    "write_events_jsonl",
]

Source = str | Path | IO[str]

#: The CSV columns, in order.
EVENT_CSV_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "when",
    "when_precision",
    "kind",
    "parents",
    "parts_complete",
    "place",
    "country",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "geo_precision",
)

#: The HXL hashtag of each CSV column.
EVENT_HXL: dict[str, str] = {
    "id": "#event+id",
    "title": "#event+name",
    "when": "#date",
    "when_precision": "#date+precision",
    "kind": "#event+type",
    "parents": "#event+parent",
    "parts_complete": "#meta+complete",
    "place": "#loc+name",
    "country": "#country+code",
    "admin1": "#adm1+code",
    "admin2": "#adm2+code",
    "latitude": "#geo+lat",
    "longitude": "#geo+lon",
    "geo_precision": "#geo+precision",
}
_BY_TAG = {tag: field for field, tag in EVENT_HXL.items()}
_PLACE = {"place": "name", "country": "country", "admin1": "admin1", "admin2": "admin2",
          "latitude": "latitude", "longitude": "longitude", "geo_precision": "precision"}  # fmt: skip
_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n", ""}
_SNIPPET = 60

#: The ``$id`` of the published event schema.
SCHEMA_ID = "https://casualtylog.invalid/schema/event.schema.json"


def _checked(events: list[Event], lines: list[int], where: str) -> list[Event]:
    """The file's events, their hierarchy checked here so that an error names the line of the event that breaks it.

    >>> import io
    >>> read_events_jsonl(io.StringIO('{"id": "war", "parents": ["phase"]}\\n\\n{"id": "phase", "parents": ["war"]}\\n'))
    Traceback (most recent call last):
    ...
    casualtylog.events.EventError: <input>, line 1: event 'war': parents=['phase']: an event cannot be its own ancestor (war → phase → war)
    """
    line_of = dict(zip((e.id for e in events), lines, strict=True))
    by_id = {e.id: e for e in events}
    try:
        check_hierarchy(by_id, by_id)
    except EventError as exc:
        line = line_of.get(exc.event or "")
        raise EventError(exc.event, exc.field, exc.value, exc.problem, path=where, line=line) from exc
    return events


def _name(source: Source) -> str:
    return str(source) if isinstance(source, str | Path) else str(getattr(source, "name", "<input>"))


# -- JSON Lines ---------------------------------------------------------------------


def write_events_jsonl(events: Iterable[Event], target: Source) -> int:
    """Write one compact JSON object per event (see :meth:`Event.record`); return how many."""
    if isinstance(target, str | Path):
        with Path(target).open("w", encoding="utf-8", newline="") as fh:
            return write_events_jsonl(events, fh)
    count = 0
    for event in events:
        target.write(json.dumps(event.record(), ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def read_events_jsonl(source: Source) -> list[Event]:
    """Read events written by :func:`write_events_jsonl` (blank lines skipped).

    >>> import io
    >>> read_events_jsonl(io.StringIO('{"id": "e", "when": "2025-04-31"}\\n'))
    Traceback (most recent call last):
    ...
    casualtylog.events.EventError: <input>, line 1: event 'e': when='2025-04-31': when: expected a YYYY-MM-DD date
    """
    if isinstance(source, str | Path):
        with Path(source).open(encoding="utf-8-sig", newline="") as fh:
            return read_events_jsonl(fh)
    where = _name(source)
    out, lines = [], []
    for line, text in enumerate(source, start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            snippet = text.strip()[:_SNIPPET]
            problem = f"{snippet!r} is not a JSON object ({exc.msg})"
            raise EventError(None, None, snippet, problem, path=where, line=line) from exc
        out.append(to_event(record, path=where, line=line))
        lines.append(line)
    return _checked(out, lines, where)


# -- CSV and HXL ---------------------------------------------------------------------


def _row(event: Event) -> dict[str, str]:
    place = event.where
    row = {
        "id": event.id,
        "title": event.title or "",
        "when": "" if event.when is None else event.when.text,
        "when_precision": "" if event.when is None else event.when.precision.value,
        "kind": event.kind or "",
        "parents": ";".join(event.parents),
        "parts_complete": "true" if event.parts_complete else "",
    }
    for column, attr in _PLACE.items():
        value = None if place is None else getattr(place, attr)
        row[column] = "" if value is None else str(getattr(value, "value", value))
    return row


def write_events_csv(events: Iterable[Event], target: Source, *, hxl: bool = False) -> int:
    """Write events as CSV (with a row of HXL hashtags under the header if ``hxl``); return how many.

    Text a spreadsheet would run as a formula is written with a leading ``'``,
    which :func:`read_events_csv` drops again.
    """
    if isinstance(target, str | Path):
        with Path(target).open("w", encoding="utf-8", newline="") as fh:
            return write_events_csv(events, fh, hxl=hxl)
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(EVENT_CSV_FIELDS)
    if hxl:
        writer.writerow([EVENT_HXL[f] for f in EVENT_CSV_FIELDS])
    count = 0
    for event in events:
        row = _row(event)
        writer.writerow([defuse(row[f]) for f in EVENT_CSV_FIELDS])
        count += 1
    return count


def _is_tags(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def _columns(header: list[str], where: str) -> list[str | None]:
    if _is_tags(header):
        return [_BY_TAG.get(" ".join(c.split()).lower()) for c in header]
    columns: list[str | None] = []
    for cell in header:
        name = cell.strip().lower()
        if name and name not in EVENT_CSV_FIELDS:
            raise EventError(None, name, cell, f"unknown column; event CSV columns are {', '.join(EVENT_CSV_FIELDS)}",
                             path=where, line=1)  # fmt: skip
        columns.append(name or None)
    return columns


def _record(cells: dict[str, str], where: str, line: int) -> dict[str, Any]:
    record: dict[str, Any] = {"id": cells.get("id", "")}
    for field in ("title", "kind", "parents"):
        if cells.get(field):
            record[field] = cells[field]
    complete = cells.get("parts_complete", "").strip().lower()
    if complete not in _TRUE | _FALSE:
        raise EventError(record["id"] or None, "parts_complete", cells["parts_complete"], "expected true or false",
                         path=where, line=line)  # fmt: skip
    record["parts_complete"] = complete in _TRUE
    when, precision = cells.get("when", "").strip(), cells.get("when_precision", "").strip()
    if when:
        record["when"] = when
        if precision:
            record["when"] = {"text": when, "precision": precision}
    place = {attr: cells[column] for column, attr in _PLACE.items() if cells.get(column, "").strip()}
    if place:
        record["where"] = place
    return record


def _when(record: dict[str, Any]) -> dict[str, Any]:
    """Resolve ``{"text", "precision"}`` into a window before the model sees it."""
    when = record.get("when")
    if isinstance(when, dict) and "text" in when:
        window = EventWhen.of(when["text"])
        record["when"] = {"start": window.start, "end": window.end, "precision": when["precision"]}
    return record


def read_events_csv(source: Source) -> list[Event]:
    """Read events from CSV: a header row of field names, an optional row of HXL hashtags, or hashtags alone."""
    if isinstance(source, str | Path):
        with Path(source).open(encoding="utf-8-sig", newline="") as fh:
            return read_events_csv(fh)
    where = _name(source)
    # Each record with the line it starts on (a quoted cell may run over several lines).
    rows: Iterator[tuple[int, list[str]]] = starting_lines(csv.reader(source))
    first = next(rows, None)
    if first is None:
        return []
    columns = _columns(first[1], where)
    out, lines = [], []
    for index, (line, cells) in enumerate(rows, start=2):
        if not any(c.strip() for c in cells):
            continue
        if index == 2 and _is_tags(cells):  # the record right under the header
            continue
        values = {col: restore(cell) for col, cell in zip(columns, cells, strict=False) if col is not None}
        record = _record(values, where, line)
        name = record["id"] or None
        try:
            record = _when(record)
        except ValueError as exc:
            raise EventError(name, "when", values.get("when"), str(exc), path=where, line=line) from exc
        out.append(to_event(record, path=where, line=line))
        lines.append(line)
    return _checked(out, lines, where)


# -- by file name ---------------------------------------------------------------------


def read_events(path: str | Path) -> list[Event]:
    """Read an event file by its suffix: ``.jsonl``/``.ndjson`` or ``.csv``."""
    suffix = Path(path).suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return read_events_jsonl(path)
    if suffix == ".csv":
        return read_events_csv(path)
    raise EventError(None, "path", str(path), "expected an event file ending in .jsonl, .ndjson or .csv")


def write_events(events: Iterable[Event], path: str | Path, *, hxl: bool = False) -> int:
    """Write an event file by its suffix (see :func:`read_events`)."""
    if Path(path).suffix.lower() == ".csv":
        return write_events_csv(events, path, hxl=hxl)
    return write_events_jsonl(events, path)


# -- schema ---------------------------------------------------------------------------------


def event_schema() -> dict[str, Any]:
    """The JSON Schema of one event record (one line of an event JSON Lines file).

    >>> sorted(event_schema()["properties"])
    ['id', 'kind', 'parents', 'parts_complete', 'title', 'when', 'where']
    """
    schema = Event.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["description"] = (
        "One event: what claims are about (by id), when and where it happened, its kind and the wholes it is part of."
    )
    when_text = {
        "type": "string",
        "description": "A day (2025-04-24), a month (2015-04), a year (2008), an ISO week (2025-W17) "
        "or a window start/end (2025-04-20/2025-04-26).",
    }
    schema["properties"]["when"] = {"anyOf": [when_text, {"$ref": "#/$defs/EventWhen"}, {"type": "null"}]}
    return schema


def event_schema_text() -> str:
    """:func:`event_schema` as the published file's text."""
    return json.dumps(event_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - regenerates docs/event.schema.json
    Path(sys.argv[1]).write_text(event_schema_text(), encoding="utf-8")
