"""A claim changed with ``model_copy(update=...)`` obeys every rule of Claim and has the id of its content.

pydantic does not validate ``update``: a changed copy used to keep the old id with new content, so
``log.add`` of it returned the original (the change lost without a word) and a saved log holding it
was refused whole when loaded. The library's own unvalidated copies go through ``_copy_unchecked``.
"""

from __future__ import annotations

import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim, ClaimValidationError, Figure
from casualtylog.claims import _copy_unchecked
from casualtylog.formats.jsonl import load_jsonl, save_jsonl
from tests.strategies import claims

RECORD = {
    "event": "kyiv-2025-04-24",
    "metric": "killed",
    "figure": "12",
    "source": {"name": "Kyiv City Military Administration", "kind": "official"},
    "via": "Telegram",
    "reported_at": "2025-04-24T09:00+03:00",
    "recorded_at": "2025-04-24T07:00Z",
    "url": "https://example.org/1",
}
CPYTHON = platform.python_implementation() == "CPython"


def _claim() -> Claim:
    return Claim.model_validate(RECORD)


def test_a_changed_copy_has_the_id_of_its_content() -> None:
    claim = _claim()
    changed = claim.model_copy(update={"figure": Figure.parse("15")})
    assert changed.figure == Figure.parse("15")
    assert changed.id == changed.content_id() != claim.id
    assert changed == Claim.model_validate(RECORD | {"figure": "15"})
    assert claim.figure == Figure.parse("12")  # the original is untouched


def test_a_changed_copy_added_to_a_log_holding_the_original_is_a_new_claim() -> None:
    claim = _claim()
    log = CasualtyLog([claim])
    changed = claim.model_copy(update={"figure": Figure.parse("15")})
    added = log.add(changed)
    assert added.id == changed.id != claim.id  # used to return the original: the 15 lost without a word
    assert added.figure == Figure.parse("15")
    assert len(log) == 2
    assert log.get(claim.id).figure == Figure.parse("12")


def test_a_log_holding_a_changed_copy_saves_and_loads_back_with_every_claim(tmp_path: Path) -> None:
    claim = _claim()
    log = CasualtyLog([Claim.model_validate(RECORD | {"event": "other", "figure": "3"})])
    log.add(claim.model_copy(update={"figure": Figure.parse("15")}))
    log.add(claim.model_copy(update={"via": "X", "recorded_at": None}))
    path = tmp_path / "claims.jsonl"
    assert save_jsonl(log, path) == 3
    again = load_jsonl(path)  # used to refuse the whole file: the id did not match the content
    assert [c.id for c in again] == [c.id for c in log]
    assert list(again) == list(log)


@pytest.mark.parametrize(
    ("update", "field", "value"),
    [
        ({"figure": "-3"}, "figure", "-3"),
        ({"figure": None}, "figure", "figure"),  # no figure and nothing retracted
        ({"reported_at": datetime(2025, 4, 24, 9)}, "reported_at", "has no timezone"),
        ({"relayed_at": datetime(2025, 4, 1, tzinfo=UTC)}, "relayed_at", "2025-04-01"),
        ({"metric": 7}, "metric", "7"),
        ({"language": "en\x1b[31m"}, "language", "control characters"),
        ({"supersedes": ("not an id",)}, "supersedes", "not an id"),
        ({"bogus": 1}, "bogus", "Extra inputs are not permitted"),
    ],
)
def test_an_update_that_breaks_a_rule_is_refused_naming_the_field(
    update: dict[str, Any], field: str, value: str
) -> None:
    with pytest.raises(ClaimValidationError) as info:
        _claim().model_copy(update=update)
    assert field in str(info.value)
    assert value in str(info.value)


def test_an_update_naming_the_id_is_checked_like_any_given_id() -> None:
    claim = _claim()
    assert claim.model_copy(update={"url": "https://example.org/2", "id": ""}).id != claim.id
    same = claim.model_copy(update={"id": claim.id, "recorded_at": None})
    assert same.id == claim.id
    assert same.recorded_at is None
    with pytest.raises(ClaimValidationError, match="does not match the claim's content"):
        claim.model_copy(update={"figure": "15", "id": claim.id})  # the old id with new content


def test_a_copy_without_changes_is_the_same_claim() -> None:
    claim = _claim()
    for again in (claim.model_copy(), claim.model_copy(update={}), claim.model_copy(deep=True)):
        assert again == claim
        assert again.id == claim.id
        assert again is not claim


def test_a_changed_copy_keeps_the_lean_layout() -> None:
    changed = _claim().model_copy(update={"url": "https://example.org/2"})
    assert list(vars(changed)) == list(Claim.model_fields)
    assert changed.model_dump(exclude_unset=True).keys() == Claim.model_fields.keys()  # the shared fields set
    if CPYTHON:  # a key-sharing dict
        assert sys.getsizeof(vars(changed)) < sys.getsizeof(dict(vars(changed)))


def test_the_unchecked_copy_keeps_the_id_and_the_layout() -> None:
    claim = _claim()
    stamped = _copy_unchecked(claim, recorded_at=datetime(2030, 1, 1, tzinfo=UTC))
    assert stamped.id == claim.id == stamped.content_id()  # recorded_at is not part of the id
    assert stamped.recorded_at == datetime(2030, 1, 1, tzinfo=UTC)
    assert claim.recorded_at == datetime(2025, 4, 24, 7, tzinfo=UTC)
    assert list(vars(stamped)) == list(Claim.model_fields)
    assert stamped.model_dump(exclude_unset=True).keys() == Claim.model_fields.keys()
    # nothing is derived again: the caller's promise (the id would be stale here)
    assert _copy_unchecked(claim, figure=Figure.parse("15")).id == claim.id


_CHANGEABLE = ["event", "metric", "group", "figure", "source", "via", "reported_at", "reported_precision",
               "recorded_at", "status", "quote"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(claims(links=False), claims(links=False), st.sets(st.sampled_from(_CHANGEABLE), min_size=1))
def test_a_changed_copy_is_what_validating_the_merged_fields_gives(claim: Claim, other: Claim, names: set[str]) -> None:
    update = {name: getattr(other, name) for name in names}
    dumped = other.model_dump()
    merged = claim.model_dump() | {name: dumped[name] for name in names}
    del merged["id"]
    try:
        expected = Claim.model_validate(merged)
    except ClaimValidationError:
        with pytest.raises(ClaimValidationError):
            claim.model_copy(update=update)
        return
    changed = claim.model_copy(update=update)
    assert changed == expected
    assert changed.id == expected.id == changed.content_id()
    assert changed.to_record() == expected.to_record()
    unchanged = claim.model_copy()
    assert unchanged == claim
    assert unchanged.id == claim.id == unchanged.content_id()


def test_replace_goes_through_the_validated_copy() -> None:
    # copy.replace(claim, ...) (Python 3.13) calls pydantic's __replace__, which is model_copy(update=...)
    claim = _claim()
    replace: Any = claim.__replace__  # type: ignore[attr-defined]  # pydantic defines it outside TYPE_CHECKING
    changed = replace(figure="15")
    assert changed.id == changed.content_id() != claim.id
    with pytest.raises(ClaimValidationError, match="figure"):
        replace(figure="-15")
