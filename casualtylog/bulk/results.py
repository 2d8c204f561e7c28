"""Resolutions whose numbers come from the bulk engine and whose provenance comes later.

A :class:`LazyResolution` is a :class:`~casualtylog.resolve.model.Resolution`
holding best, low, high and the claim that set best, plus the number of
claims, of independent sources and whether conflicts are present. Anything
else (the rule, candidates, revisions, conflicts, anomalies, the claims that
set low and high) is computed by the reference engine the first time it is
read, from the claims the count had when it was resolved, so it is exactly
what :meth:`CasualtyLog.resolve` gives.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from casualtylog.claims import Claim, Count
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Candidate, Conflict, Resolution, Revision
from casualtylog.resolve.policies import Policy

__all__ = ["LazyResolution"]


def _lazy(name: str) -> Any:
    def read(self: LazyResolution) -> Any:
        return getattr(self.full(), name)

    read.__name__ = name
    read.__doc__ = f"``{name}`` of the full resolution (computed on first access)."
    return property(read)


class LazyResolution(Resolution):
    """A resolution with its numbers set and its provenance computed on first access.

    Equal to (and hashed as) the full resolution the reference engine gives.
    """

    __slots__ = ("_claim_count", "_claims", "_conflicted", "_full", "_policy", "_source_count", "_upto")
    _claim_count: int
    _claims: list[Claim]
    _conflicted: bool
    _full: Resolution | None
    _policy: Policy
    _source_count: int
    _upto: int

    rule: str = _lazy("rule")
    low_claims: tuple[Claim, ...] = _lazy("low_claims")
    high_claims: tuple[Claim, ...] = _lazy("high_claims")
    considered: tuple[Claim, ...] = _lazy("considered")
    current: tuple[Candidate, ...] = _lazy("current")
    credible: tuple[Candidate, ...] = _lazy("credible")
    superseded: tuple[Claim, ...] = _lazy("superseded")
    retracted: tuple[Claim, ...] = _lazy("retracted")
    excluded: tuple[Claim, ...] = _lazy("excluded")
    outdated: tuple[Claim, ...] = _lazy("outdated")
    conflicts: tuple[Conflict, ...] = _lazy("conflicts")
    revisions: tuple[Revision, ...] = _lazy("revisions")
    increments: tuple[Candidate, ...] = _lazy("increments")
    anomalies: tuple[str, ...] = _lazy("anomalies")
    future: tuple[Claim, ...] = _lazy("future")
    dangling: tuple[tuple[Claim, str, str], ...] = _lazy("dangling")

    def __init__(
        self,
        count: Count,
        policy: Policy,
        numbers: tuple[int | None, int | None, int | None, Claim | None],
        tallies: tuple[int, int, bool],
        claims: list[Claim],
        at: datetime | None,
        known_at: datetime | None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "count", count)
        setter(self, "policy", policy.name)
        setter(self, "best", numbers[0])
        setter(self, "low", numbers[1])
        setter(self, "high", numbers[2])
        setter(self, "best_claim", numbers[3])
        setter(self, "at", at)
        setter(self, "known_at", known_at)
        setter(self, "_claim_count", tallies[0])
        setter(self, "_source_count", tallies[1])
        setter(self, "_conflicted", tallies[2])
        # The log only appends to a count's list: its first ``_upto`` claims are the ones resolved.
        setter(self, "_claims", claims)
        setter(self, "_upto", len(claims))
        setter(self, "_policy", policy)
        setter(self, "_full", None)

    def full(self) -> Resolution:
        """The reference engine's resolution of the same claims (computed once)."""
        full: Resolution | None = self._full
        if full is None:
            full = resolve_claims(
                self.count, self._claims[: self._upto], self._policy, at=self.at, known_at=self.known_at
            )
            object.__setattr__(self, "_full", full)
        return full

    @property
    def provenance_built(self) -> bool:
        """Whether the full resolution has been computed yet."""
        return self._full is not None

    @property
    def sources(self) -> int:
        """How many independent originators stand behind the credible figures."""
        return self._source_count

    @property
    def states_a_figure(self) -> bool:
        """See :attr:`Resolution.states_a_figure`; a best figure answers it without building provenance."""
        return self.best is not None or self.full().states_a_figure

    @property
    def claim_count(self) -> int:
        """How many claims were visible (``len(considered)``), without building them."""
        return self._claim_count

    @property
    def has_conflicts(self) -> bool:
        """Whether any conflict is present (``bool(conflicts)``), without building them."""
        return self._conflicted

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyResolution):
            other = other.full()
        return self.full() == other

    def __hash__(self) -> int:
        return hash(self.full())

    def __repr__(self) -> str:
        return repr(self.full())

    def __reduce__(self) -> tuple[Any, tuple[Resolution]]:
        # Pickled (to a Dask worker, say) as the full resolution: the claims list stays here.
        return _itself, (self.full(),)


def _itself(resolution: Resolution) -> Resolution:
    return resolution
