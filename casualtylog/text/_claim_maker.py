"""The claims of one :func:`~casualtylog.text.extract` call, each distinct set of shared fields validated once.

A claim-dense text ("5 dead " × 14,000) gives thousands of claims that differ
only in their evidence: the quote (the sentence around the figure) and the
claim they supersede. Validating each as a whole :class:`Claim` (the loose-time
reader, a dozen field validators, the figure's read-back check) cost most of
the time of such a text. Instead, the fields that repeat (event, metric, group,
figure, source, via, times, status, url, language) are validated once, as a
whole :class:`Claim` with no evidence (the *template*), and each claim is the
template with its evidence put in and its id computed from its content.

That is exact, not approximate, because:

- Claim's rules on ``quote`` and ``supersedes`` are per field (no rule of
  Claim reads them together with another field, and its id is computed here
  from the finished claim's content, as :meth:`Claim.content_id` does); and
- the evidence takes the fast path only where Claim's validators are the
  identity on it: a quote that is a ``str``, not blank, at most
  :data:`~casualtylog.claim_input.MAX_TEXT` characters; at most one
  superseded id, a well-formed one. Anything else is validated as a whole
  ``Claim`` from its fields, exactly as before (and fails as before); so is a
  quote whose id cannot be computed (a lone surrogate, which UTF-8 cannot
  encode and Claim's ``str`` field refuses).

tests/text/test_issue13_textspeed6.py checks that every claim made here equals
the claim ``Claim.model_validate`` makes from the same fields, and pins the set
of Claim's validators this reasoning relies on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from casualtylog.claim_ids import _CLAIM_ID, content_id
from casualtylog.claim_input import MAX_TEXT
from casualtylog.claims import Claim, Source, _copy_unchecked
from casualtylog.figures import Figure
from casualtylog.times import Precision

__all__ = ["ClaimMaker"]

_MAX_QUOTE = MAX_TEXT["quote"]


class ClaimMaker:
    """Makes the claims of one extraction; holds a template per distinct set of shared fields."""

    __slots__ = ("_claims", "_templates", "event", "language", "url")

    def __init__(self, *, event: str, url: str | None, language: str) -> None:
        self.event, self.url, self.language = event, url, language
        self._templates: dict[tuple[object, ...], tuple[Claim, datetime]] = {}
        self._claims: dict[tuple[object, ...], Claim] = {}

    def _fields(
        self,
        metric: str,
        group: str | None,
        figure: Figure,
        source: Source,
        via: str | None,
        when: datetime,
        precision: Precision,
        status: str,
    ) -> dict[str, object]:
        return {
            "event": self.event,
            "metric": metric,
            "group": group,
            "figure": figure,
            "source": source,
            "via": via,
            "reported_at": when,
            "reported_precision": precision,
            "status": status,
            "url": self.url,
            "language": self.language,
        }

    def _validated(self, fields: tuple[Any, ...], supersedes: tuple[str, ...], quote: str) -> Claim:
        """The full path: ``Claim.model_validate`` of every field, as extract did before templates."""
        return Claim.model_validate(self._fields(*fields) | {"supersedes": supersedes, "quote": quote})

    def claim(
        self,
        *,
        metric: str,
        group: str | None,
        figure: Figure,
        source: Source,
        via: str | None,
        when: datetime,
        precision: Precision,
        status: str,
        supersedes: tuple[str, ...],
        quote: str,
    ) -> Claim:
        """The validated claim of these fields, its id computed from its content.

        Raises:
            ClaimValidationError: as ``Claim.model_validate`` of the same fields would.
        """
        fields = (metric, group, figure, source, via, when, precision, status)
        if not _plain_evidence(quote, supersedes):
            return self._validated(fields, supersedes, quote)
        # Figures and sources are frozen and compare by value. A time compares by instant, which
        # is not enough (one instant in two zones is two different fields): it is keyed by
        # identity, and the template keeps it alive so that its id is never reused.
        key = (metric, group, figure, source, via, id(when), precision, status)
        # The same fields twice are the same (frozen) claim: a figure said twice in one short
        # sentence, or a text that repeats itself ("5 dead " x n quotes the same window again).
        same = self._claims.get((key, quote, supersedes))
        if same is not None:
            return same
        known = self._templates.get(key)
        if known is None:
            template = Claim.model_validate(self._fields(*fields))
            self._templates[key] = (template, when)
        else:
            template = known[0]
        # Unvalidated on purpose (once per claim the text gives): the template was validated,
        # _plain_evidence checked that the validators keep quote and supersedes as they are, and
        # the id, derived from them, is computed right here (the quote's UTF-8 checked with it).
        claim = _copy_unchecked(template, quote=quote, supersedes=supersedes, id="")
        try:
            computed = content_id(claim)
        except UnicodeEncodeError:
            computed = ""  # a lone surrogate ("\ud800"): a str may hold it, UTF-8 and Claim's str field do not
        if not computed:  # Claim refuses the quote (ClaimValidationError): the full path says so, as before
            return self._validated(fields, supersedes, quote)
        object.__setattr__(claim, "id", computed)  # frozen: the id is derived, never set (the lean dict keeps its key)
        self._claims[(key, quote, supersedes)] = claim
        return claim


def _plain_evidence(quote: str, supersedes: tuple[str, ...]) -> bool:
    """Whether Claim's validators would keep ``quote`` and ``supersedes`` exactly as they are."""
    return (
        quote.__class__ is str
        and 0 < len(quote) <= _MAX_QUOTE
        and quote.strip() != ""
        and supersedes.__class__ is tuple
        and len(supersedes) <= 1
        and all(s.__class__ is str and _CLAIM_ID.fullmatch(s) for s in supersedes)
    )
