"""Issue 12, item 3: one error root for validation; claims made from a claim keep its zone."""

from __future__ import annotations

import pickle

import pytest
from pydantic import ValidationError

from casualtylog import CasualtyLog, CasualtyLogError, Claim, ClaimValidationError, Figure, TimeError

REC = {"event": "e", "metric": "killed", "figure": "10", "source": "s", "reported_at": "2025-04-24T09:00+03:00"}


def test_issue12_item3_validation_errors_derive_from_the_root() -> None:
    bad = REC | {"figure": "twelvish", "via": 5}
    for attempt in (
        lambda: Claim.model_validate(bad),
        lambda: Claim.model_validate_json('{"event": "e"}'),
        lambda: Claim.model_validate(REC).revised(figure="twelvish", reported_at="2025-04-25"),
        lambda: Figure.model_validate({"qualifier": "range", "low": 5, "high": 2}),
    ):
        with pytest.raises(CasualtyLogError) as info:
            attempt()
        assert isinstance(info.value, ClaimValidationError)
        assert isinstance(info.value, ValueError)
        assert isinstance(info.value, ValidationError)
        assert info.value.errors()  # pydantic's per-field details are kept
    with pytest.raises(ClaimValidationError) as both:
        Claim.model_validate(bad)
    assert [e["loc"] for e in both.value.errors()] == [("figure",), ("via",)]
    again = pickle.loads(pickle.dumps(both.value))  # noqa: S301 - our own object
    assert str(again) == str(both.value)


def test_issue12_item3_revised_and_retracted_keep_the_zone() -> None:
    log = CasualtyLog(tz="Europe/Kyiv")
    first = log.add(REC | {"reported_at": "2025-04-24 09:00"})
    later = log.add(first.revised(figure="12", reported_at="2025-04-24 14:00"))
    assert later.reported_at.isoformat() == "2025-04-24T14:00:00+03:00"
    gone = first.retracted(reported_at="2025-04-25")
    assert gone.reported_at.isoformat() == "2025-04-25T00:00:00+03:00"


def test_issue12_item3_revised_without_a_time_says_what_to_pass() -> None:
    claim = Claim.model_validate(REC)
    with pytest.raises(TimeError, match=r"pass reported_at=, e.g. claim.revised\("):
        claim.revised(figure="12")
    with pytest.raises(TimeError, match=r"claim.retracted\(reported_at="):
        claim.retracted()
