"""Session 6 review of the text changes: findings, each a test that failed before its fix."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.claims import Claim, Source
from casualtylog.errors import CasualtyLogError, ClaimValidationError
from casualtylog.figures import Figure
from casualtylog.text import extract
from casualtylog.text._claim_maker import ClaimMaker
from casualtylog.times import Precision

_WHEN = datetime(2025, 4, 24, 12, tzinfo=UTC)


def _outcome(make: object) -> Claim | tuple[type[Exception], tuple[object, ...]]:
    """The claim made, or the error class and where pydantic put each error."""
    try:
        return make()  # type: ignore[operator, no-any-return]
    except ClaimValidationError as exc:
        return type(exc), tuple(e["loc"] for e in exc.errors())
    except CasualtyLogError as exc:
        return type(exc), ()


# Finding 1: a quote holding a lone surrogate ("\ud800", which a str may hold but UTF-8 cannot)
# made extract() raise a bare UnicodeEncodeError from the ClaimMaker's id, where Claim (and
# extract before the ClaimMaker, 292a647) refuses it with a ClaimValidationError on ``quote``.
@settings(max_examples=200, deadline=None)
@given(
    quote=st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010), min_size=1, max_size=8)
    | st.text(max_size=12).map(lambda s: s + "\udc80"),
    twice=st.booleans(),
)
def test_review6_maker_refuses_a_surrogate_quote_as_claim_does(quote: str, twice: bool) -> None:
    maker = ClaimMaker(event="e", url=None, language="en")
    fields = {
        "metric": "killed",
        "group": None,
        "figure": Figure.exact(5),
        "source": Source(name="s"),
        "via": None,
        "when": _WHEN,
        "precision": Precision.MINUTE,
        "status": "reported",
        "supersedes": (),
    }
    if twice:  # the template made first, by a plain quote
        maker.claim(**fields, quote="5 dead")  # type: ignore[arg-type]
    expected = _outcome(
        lambda: Claim.model_validate(
            {
                "event": "e",
                "metric": "killed",
                "figure": Figure.exact(5),
                "source": Source(name="s"),
                "reported_at": _WHEN,
                "reported_precision": Precision.MINUTE,
                "quote": quote,
                "language": "en",
            }
        )
    )
    assert _outcome(lambda: maker.claim(**fields, quote=quote)) == expected  # type: ignore[arg-type]


def test_review6_extract_refuses_a_surrogate_in_a_quote_with_the_librarys_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ClaimValidationError) as got:
            extract("5 dead \ud800", source="s", reported_at="2025-04-24T12:00Z", language="en")
    assert [e["loc"] for e in got.value.errors()] == [("quote",)]


def test_review6_the_surrogate_error_carries_no_encoding_error_as_its_context() -> None:
    maker = ClaimMaker(event="e", url=None, language="en")
    with pytest.raises(ClaimValidationError) as got:
        maker.claim(
            metric="killed",
            group=None,
            figure=Figure.exact(5),
            source=Source(name="s"),
            via=None,
            when=_WHEN,
            precision=Precision.MINUTE,
            status="reported",
            supersedes=(),
            quote="\ud800",
        )
    assert got.value.__context__ is None  # raised as Claim raises it, not while handling another error
