"""A policy's decision on one candidate, without the policy's machinery for many.

Most steps of a long series leave one credible figure: one source with a
current figure (a daily series from one ministry, say), or several whose other
figures are outdated by a later, higher one (two offices of one government). Every built-in policy then takes best from that
one figure, and low and high from the same figure: :meth:`Policy.decide` builds
that answer through sorts, envelopes and generators that cost more than the
rest of a replay step. :class:`OneCandidate` gives the same :class:`Decision`
from the figure directly. Its rule is the policy's own words: taken from the
first real decision, since a built-in policy's rule for one candidate depends
on the policy alone. A subclass of a built-in policy may decide differently, so
only the exact built-in classes are decided here; anything else, and a weight a
weighted median would refuse, go to :meth:`Policy.decide`. A property test over
every policy checks the two agree (tests/test_long_series_decide.py).
"""

from __future__ import annotations

from casualtylog.figures import Qualifier
from casualtylog.resolve.model import Candidate, Decision
from casualtylog.resolve.policies import Conservative, Latest, Median, Policy, Priority, Range

__all__ = ["OneCandidate"]

# How each built-in policy sets best from one candidate.
_SHAPES: dict[type[Policy], str] = {
    Latest: "figure",  # best, low and high all from the figure
    Range: "point",  # best from the point, low/high from the envelope
    Priority: "point",
    Median: "median",  # the point, when the source's weight is not refused
    Conservative: "floor",  # the low end of a range, else the point
}


class OneCandidate:
    """``policy.decide((candidate,))``, for the built-in policies without a sort or an envelope."""

    __slots__ = ("policy", "rule", "shape")

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.shape = _SHAPES.get(type(policy))
        if self.shape == "median" and isinstance(policy, Median) and not policy.weights:
            self.shape = "point"  # every weight is 1: nothing to refuse
        self.rule: str | None = None

    def __call__(self, candidate: Candidate) -> Decision:
        rule, shape = self.rule, self.shape
        if rule is None or shape is None:
            decision = self.policy.decide([candidate])
            if shape is not None:
                self.rule = decision.rule
            return decision
        fig, claim = candidate.figure, candidate.claim
        high = fig.high
        if shape == "figure":
            return Decision(fig.point, fig.low, high, claim, (claim,), () if high is None else (claim,), rule)
        if shape == "floor":
            best = fig.low if fig.qualifier is Qualifier.RANGE else fig.point
        elif shape == "median" and not self.policy.weight(claim) > 0:  # type: ignore[attr-defined]
            return self.policy.decide([candidate])  # a zero weight is refused: the policy says so
        else:
            best = fig.point
        return Decision(
            best,
            min(fig.low, best),
            None if high is None else max(high, best),
            claim,
            (claim,),
            () if high is None else (claim,),
            rule,
        )
