"""Issue 10, item 4: events in JSON Lines, CSV and HXL, and the published event schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from casualtylog.events import Event, EventError
from casualtylog.formats.events import (
    event_schema,
    event_schema_text,
    read_events,
    read_events_csv,
    read_events_jsonl,
    write_events,
    write_events_jsonl,
)
from casualtylog.worked_example import kyiv_event

ROOT = Path(__file__).resolve().parents[1]
jsonschema = pytest.importorskip("jsonschema")

EVENTS = [
    kyiv_event(),
    Event.of({"id": "nepal-2015-quake", "title": "Gorkha earthquake", "when": "2015-04-25", "parts_complete": True,
              "where": {"name": "Nepal", "country": "NP", "precision": "country"}}),
    Event.of({"id": "nepal-2015-quake/sindhupalchok", "parents": ["nepal-2015-quake"], "kind": "district",
              "where": {"name": "Sindhupalchok", "country": "NP", "admin2": "NP-P3-23", "precision": "adm2"}}),
    Event.of({"id": "iraq-2008", "when": "2008"}),
    Event.of({"id": "week", "when": "2025-W17"}),
    Event.of({"id": "window", "when": {"start": "2025-04-21", "end": "2025-04-27"}}),
    Event.of({"id": "odd-month", "when": {"start": "2025-04-03", "end": "2025-04-09", "precision": "month"}}),
    Event.of({"id": "=HYPERLINK(\"x\")", "title": "+2 more", "parents": ["iraq-2008"]}),
]  # fmt: skip


def test_formats_events_jsonl_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert write_events(EVENTS, path) == len(EVENTS)
    assert read_events(path) == EVENTS
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert first["when"] == "2025-04-24"


@pytest.mark.parametrize("hxl", [False, True])
def test_formats_events_csv_and_hxl_round_trip(tmp_path: Path, hxl: bool) -> None:
    path = tmp_path / "events.csv"
    write_events(EVENTS, path, hxl=hxl)
    assert read_events(path) == EVENTS
    text = path.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text  # a spreadsheet shows it as text
    if hxl:
        assert "#adm1+code" in text.splitlines()[1]
        assert "#geo+lat" in text.splitlines()[1]


def test_formats_events_hxl_tags_alone_are_read() -> None:
    text = "#event+id,#date,#adm1+code,#geo+lat,#geo+lon\nkyiv,2025-04-24,UA-30,50.45,30.52\n"
    (event,) = read_events_csv(io.StringIO(text))
    assert event.where is not None
    assert (event.id, str(event.when), event.where.admin1, event.where.latitude) == (
        "kyiv",
        "2025-04-24",
        "UA-30",
        50.45,
    )


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("id,when\ne,2025-04-24\nf,2025-04-31\n", 3, "when"),
        ("id,latitude,longitude\ne,91,0\n", 2, "where.latitude"),
        ("id,when\ne,2025-04-24/2025-04-01\n", 2, "when.end"),
        ("id,parts_complete\ne,maybe\n", 2, "parts_complete"),
        ("id,colour\ne,red\n", 1, "colour"),
    ],
)
def test_formats_events_csv_bad_input_names_line_and_field(text: str, line: int, field: str) -> None:
    with pytest.raises(EventError) as info:
        read_events_csv(io.StringIO(text))
    assert (info.value.line, info.value.field) == (line, field)
    assert f"line {line}" in str(info.value)


def test_formats_events_jsonl_bad_line_is_named() -> None:
    with pytest.raises(EventError, match=r"line 2: event: '\{not json' is not a JSON object"):
        read_events_jsonl(io.StringIO('{"id": "e"}\n{not json\n'))
    with pytest.raises(EventError, match="line 1: event 'e': parents"):
        read_events_jsonl(io.StringIO('{"id": "e", "parents": ["e"]}\n'))


def test_formats_events_every_record_validates_against_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(event_schema())
    buf = io.StringIO()
    write_events_jsonl(EVENTS, buf)
    for line in buf.getvalue().splitlines():
        validator.validate(json.loads(line))


def test_formats_events_the_published_schema_is_what_the_model_generates() -> None:
    published = (ROOT / "docs" / "event.schema.json").read_text(encoding="utf-8")
    assert published == event_schema_text(), (
        "regenerate: .venv/bin/python -m casualtylog.formats.events docs/event.schema.json"
    )
    jsonschema.Draft202012Validator.check_schema(json.loads(published))
