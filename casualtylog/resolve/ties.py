"""Ties: one source, one moment, two different figures.

A source that states two figures for one count at the same moment (the same
time said, the same time described, the same tier) contradicted itself. The
engine orders such statements by their figures, never by their ids (which
hash the evidence: a changed URL would flip the answer), so the higher figure
is the source's current one; :func:`widen_for_ties` then keeps the other in
the ``[low, high]`` envelope, so that neither drops out of sight.
"""

from __future__ import annotations

from collections.abc import Sequence

from casualtylog.claims import Claim
from casualtylog.figures import Figure
from casualtylog.resolve.model import Candidate, Conflict, ConflictKind, Decision

__all__ = ["figure_order", "widen_for_ties"]

_OPEN = 1 << 62


def figure_order(figure: Figure | None) -> tuple[int, int]:
    """Where a figure sorts among one source's simultaneous figures: by its interval, lowest first."""
    if figure is None:
        return (-1, -1)
    return (figure.low, _OPEN if figure.high is None else figure.high)


def widen_for_ties(decision: Decision, conflicts: Sequence[Conflict], credible: Sequence[Candidate]) -> Decision:
    """``decision`` with each credible source's simultaneous other figures inside ``[low, high]``."""
    if decision.best is None:
        return decision
    # Moments (time said, time described) of each credible source's current figure.
    standing = {cand.claim.source.key: (cand.claim.reported_at, cand.claim.describes) for cand in credible}
    low, high = decision.low, decision.high
    low_claims, high_claims = list(decision.low_claims), list(decision.high_claims)
    for conflict in conflicts:
        if conflict.kind is not ConflictKind.SAME_SOURCE:
            continue
        second = conflict.second
        if standing.get(second.source.key) != (second.reported_at, second.describes):
            continue
        other: Claim = conflict.first
        if other.figure is None or other.figure.is_increment:
            continue
        if low is not None and other.figure.low < low:
            low, low_claims = other.figure.low, [other]
        elif low is not None and other.figure.low == low and other not in low_claims:
            low_claims.append(other)
        if high is not None and (other.figure.high is None or other.figure.high > high):
            high, high_claims = other.figure.high, [other]
    if (low, high) == (decision.low, decision.high):
        return decision
    rule = decision.rule + "; a source contradicted itself, so its other figure stays in the range"
    return Decision(decision.best, low, high, decision.best_claim, tuple(low_claims), tuple(high_claims), rule)
