"""Issue 10, item 1: events with dates and places, kept in the log; bad input refused by name."""

from __future__ import annotations

from datetime import date

import pytest

from casualtylog import CasualtyLog
from casualtylog.events import Event, EventError, EventPrecision, EventWhen, GeoPrecision
from casualtylog.worked_example import EVENT, kyiv_claims

KYIV = {
    "id": EVENT,
    "title": "Russian missile and drone attack on Kyiv",
    "when": "2025-04-24",
    "kind": "attack",
    "where": {
        "name": "Kyiv",
        "country": "ua",
        "admin1": "UA-30",
        "latitude": 50.45,
        "longitude": 30.52,
        "precision": "adm1",
    },
}


def test_events_record_when_where_kind_and_parents() -> None:
    event = Event.of(KYIV)
    assert event.when == EventWhen(start=date(2025, 4, 24), end=date(2025, 4, 24), precision=EventPrecision.DAY)
    assert event.where is not None
    assert (event.where.country, event.where.admin1, event.where.precision) == ("UA", "UA-30", GeoPrecision.ADM1)
    assert event.kind == "attack"
    assert Event.of({"id": "d", "parents": "a; b"}).parents == ("a", "b")


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2008", date(2008, 1, 1), date(2008, 12, 31), EventPrecision.YEAR),
        ("2015-02", date(2015, 2, 1), date(2015, 2, 28), EventPrecision.MONTH),
        ("2025-W17", date(2025, 4, 21), date(2025, 4, 27), EventPrecision.WEEK),
        ("2025-04-20/2025-04-23", date(2025, 4, 20), date(2025, 4, 23), EventPrecision.WINDOW),
        ("2025-04-24", date(2025, 4, 24), date(2025, 4, 24), EventPrecision.DAY),
    ],
)
def test_events_read_dates_windows_months_weeks_and_years(
    text: str, start: date, end: date, precision: EventPrecision
) -> None:
    when = EventWhen.of(text)
    assert (when.start, when.end, when.precision) == (start, end, precision)


def test_events_are_kept_in_the_log_and_claims_refer_to_them_by_id() -> None:
    log = CasualtyLog(kyiv_claims())
    log.add_event(KYIV)
    assert log.events[EVENT].title == KYIV["title"]
    assert log.event(EVENT).when is not None
    assert log.resolve(EVENT, "killed").best == 12


def test_events_an_unknown_event_id_is_a_bare_event() -> None:
    log = CasualtyLog(kyiv_claims())
    assert log.event(EVENT) == Event.bare(EVENT)
    assert EVENT not in log.events
    assert log.resolve(EVENT, "killed").best == 12


def test_events_declaring_again_revises_and_keeps_the_earlier_version() -> None:
    log = CasualtyLog()
    log.add_event({"id": "e", "when": "2025-04-23"})
    log.add_event({"id": "e", "when": "2025-04-23"})
    log.add_event({"id": "e", "when": "2025-04-24"})
    assert [str(v.when) for v in log.event_registry.versions("e")] == ["2025-04-23", "2025-04-24"]
    assert str(log.event("e").when) == "2025-04-24"


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        ({"id": "e", "where": {"latitude": 91, "longitude": 0}}, "where.latitude", 91),
        ({"id": "e", "where": {"latitude": 0, "longitude": -181}}, "where.longitude", -181),
        ({"id": "e", "where": {"latitude": 10}}, "where.longitude", None),
        ({"id": "e", "when": {"start": "2025-04-24", "end": "2025-04-20"}}, "when.end", "2025-04-20"),
        ({"id": "e", "when": "2025-04-20/2025-04-01"}, "when.end", "2025-04-01"),
        ({"id": "e", "when": "24 April"}, "when", "24 April"),
        ({"id": "e", "parents": ["e"]}, "parents", ["e"]),
        ({"id": "e", "where": {"country": "Ukraine"}}, "where.country", "Ukraine"),
        ({"id": "e", "colour": "red"}, "colour", "red"),
        ({"id": ""}, "id", ""),
    ],
)
def test_events_bad_input_names_field_and_value(record: dict[str, object], field: str, value: object) -> None:
    with pytest.raises(EventError) as info:
        Event.of(record)
    assert info.value.field == field
    assert info.value.value == value
    assert field in str(info.value)


def test_events_an_event_that_is_its_own_ancestor_is_refused_and_nothing_changes() -> None:
    log = CasualtyLog()
    log.add_events([{"id": "war"}, {"id": "phase-1", "parents": ["war"]}, {"id": "battle", "parents": ["phase-1"]}])
    before = dict(log.events)
    with pytest.raises(EventError, match=r"own ancestor \(war → battle → phase-1 → war\)") as info:
        log.add_event({"id": "war", "parents": ["battle"]})
    assert info.value.event == "war"
    assert info.value.field == "parents"
    assert dict(log.events) == before


def test_events_a_bad_batch_keeps_nothing() -> None:
    log = CasualtyLog()
    with pytest.raises(EventError):
        log.add_events([{"id": "ok"}, {"id": "bad", "where": {"latitude": 100, "longitude": 0}}])
    assert len(log.events) == 0


def test_events_a_part_in_two_complete_wholes_is_refused() -> None:
    log = CasualtyLog()
    log.add_events([{"id": "nepal", "parts_complete": True}, {"id": "bagmati", "parts_complete": True}])
    with pytest.raises(EventError, match="both declare their parts complete") as info:
        log.add_event({"id": "kathmandu", "parents": ["nepal", "bagmati"]})
    assert info.value.event == "kathmandu"
    assert "kathmandu" not in log.events


def test_events_making_a_second_whole_complete_is_refused_too() -> None:
    log = CasualtyLog()
    log.add_events(
        [
            {"id": "nepal", "parts_complete": True},
            {"id": "bagmati"},
            {"id": "kathmandu", "parents": ["nepal", "bagmati"]},
        ]
    )
    with pytest.raises(EventError, match="'kathmandu'"):
        log.add_event({"id": "bagmati", "parts_complete": True})
    assert not log.event("bagmati").parts_complete
