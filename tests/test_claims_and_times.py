"""Claims and times: validation, normalisation and the messages of bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from casualtylog import Claim, ClaimFormatError, ClaimIdError, Count, Precision, TimeError, parse_time
from casualtylog._coerce import to_claim

BASE = {
    "event": "kyiv-2025-04-24",
    "metric": "dead",
    "figure": "at least 12",
    "source": "Kyiv City Military Administration",
    "reported_at": "2025-04-24T15:00:00+03:00",
}


def test_the_issue_example_validates() -> None:
    c = Claim.model_validate(BASE)
    assert c.count == Count("kyiv-2025-04-24", "killed", None)
    assert c.figure is not None
    assert str(c.figure) == "at least 12"
    assert c.reported_precision is Precision.SECOND
    assert Claim.model_validate_json(c.model_dump_json()) == c


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("dead", "killed"),
        ("Deaths", "killed"),
        ("fatalities", "killed"),
        ("wounded", "injured"),
        ("shot down", "intercepted"),
    ],
)
def test_metric_synonyms(metric: str, expected: str) -> None:
    assert Claim.model_validate(BASE | {"metric": metric}).metric == expected


def test_source_as_object_and_group_synonym() -> None:
    c = Claim.model_validate(BASE | {"source": {"name": "UN OHCHR", "kind": "un"}, "group": "Minors"})
    assert (c.source.kind.value, c.group) == ("un", "children")


def test_naive_time_is_refused_with_how_to_fix_it() -> None:
    with pytest.raises(ClaimFormatError) as info:
        to_claim(BASE | {"reported_at": "2025-04-24T15:00:00"}, path="x.jsonl", line=4)
    assert str(info.value) == (
        "x.jsonl, line 4: reported_at='2025-04-24T15:00:00': has no timezone; "
        "add an offset such as '+03:00' or 'Z', or pass tz='Europe/Kyiv'"
    )
    assert (info.value.field, info.value.line) == ("reported_at", 4)


def test_naive_time_is_read_in_the_named_timezone() -> None:
    c = to_claim(BASE | {"reported_at": "2025-04-24 15:00"}, tz="Europe/Kyiv")
    assert c.reported_at.isoformat() == "2025-04-24T15:00:00+03:00"
    assert c.reported_precision is Precision.MINUTE


def test_date_only_keeps_its_precision() -> None:
    c = Claim.model_validate(BASE | {"reported_at": "2025-04-24"})
    assert (c.reported_at, c.reported_precision) == (datetime(2025, 4, 24, tzinfo=UTC), Precision.DAY)
    assert c.available_at == datetime(2025, 4, 25, tzinfo=UTC)


def test_naive_datetime_object_is_refused() -> None:
    with pytest.raises(ValidationError, match="has no timezone"):
        Claim.model_validate(BASE | {"reported_at": datetime(2025, 4, 24, 15)})


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("figure", "-3", "expected a count of zero or more"),
        ("figure", float("nan"), "NaN and fractions are not counts"),
        ("figure", 10**12, "no larger than"),
        ("event", "  ", "expected a non-empty name"),
        ("metric", 7, "expected a name such as 'killed'"),
        ("colour", "red", "unknown field"),
        ("reported_at", "yesterday-ish", "cannot be read as a date or time"),
        ("source", "", "a source needs a name"),
    ],
)
def test_bad_fields_name_the_field_and_value(field: str, value: object, problem: str) -> None:
    with pytest.raises(ClaimFormatError) as info:
        to_claim(BASE | {field: value}, line=2)
    assert info.value.field is not None
    assert info.value.field.startswith(field)
    assert problem in str(info.value)
    assert str(info.value).startswith("record 2: ")


def test_missing_fields_are_named() -> None:
    with pytest.raises(ClaimFormatError, match="record 1: source=None: is required"):
        to_claim({k: v for k, v in BASE.items() if k != "source"}, line=1)


def test_a_pure_retraction_needs_no_figure_but_others_do() -> None:
    c = Claim.model_validate(BASE)
    r = c.retracted(reported_at="2025-04-24T18:00+03:00")
    assert r.figure is None
    assert r.retracts == (c.id,)
    with pytest.raises(ValidationError, match="figure is required"):
        Claim.model_validate(BASE | {"figure": None})


def test_id_is_stable_and_tamper_evident() -> None:
    c = Claim.model_validate(BASE)
    assert Claim.model_validate(BASE).id == c.id
    assert Claim.model_validate(BASE | {"recorded_at": "2026-01-01T00:00Z"}).id == c.id
    with pytest.raises(ValidationError) as info:
        Claim.model_validate(c.model_dump() | {"figure": "13"})
    assert isinstance(info.value.errors()[0]["ctx"]["error"], ClaimIdError)


def test_claims_are_frozen() -> None:
    c = Claim.model_validate(BASE)
    with pytest.raises(ValidationError):
        c.figure = None  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "iso", "precision"),
    [
        ("2025", "2025-01-01T00:00:00+00:00", Precision.YEAR),
        ("2025-05", "2025-05-01T00:00:00+00:00", Precision.MONTH),
        ("2025-04-24T15Z", "2025-04-24T15:00:00+00:00", Precision.HOUR),
        ("2025-02-30", None, None),
        ("2025-04-24T15:00Z", "2025-04-24T15:00:00+00:00", Precision.MINUTE),
        ("2025-04-24T15:00:07.5+03:00", "2025-04-24T15:00:07.500000+03:00", Precision.SECOND),
        (date(2025, 4, 24), "2025-04-24T00:00:00+00:00", Precision.DAY),
        ("24 April 2025 15:00 +0300", "2025-04-24T15:00:00+03:00", Precision.MINUTE),
    ],
)
def test_parse_time(value: str | date, iso: str | None, precision: Precision | None) -> None:
    if iso is None:
        with pytest.raises(TimeError):
            parse_time(value)
        return
    when, got = parse_time(value)
    assert (when.isoformat(), got) == (iso, precision)


def test_unknown_timezone() -> None:
    with pytest.raises(TimeError, match="tz='Mars/Olympus': is not a known timezone"):
        parse_time("2025-04-24 15:00", tz="Mars/Olympus")
