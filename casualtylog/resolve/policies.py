"""Resolution policies: how best, low and high are chosen across originators.

By the time a policy runs, the engine has already applied retractions,
supersedes links and increments, kept each originator's latest claim, and set
aside figures outdated by a later, higher report (casualty counts are
cumulative). A policy sees the remaining *credible* candidates, oldest first,
and returns a :class:`~casualtylog.resolve.model.Decision`.

Every policy below is a small frozen object with a ``name``; pass one, or its
name, to :meth:`casualtylog.CasualtyLog.resolve`. To write your own, subclass
:class:`Policy` and implement :meth:`Policy.decide`.

The default is :class:`Range`: the most recent credible claim gives the best
figure (the newsroom rule, right for cumulative counts, where the latest
report carries the most information), and low/high span what the credible
originators say (UCDP's "lowest and highest reliable"), so disagreement is
shown rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from casualtylog.claims import Claim, ClaimStatus, SourceKind
from casualtylog.errors import PolicyError
from casualtylog.figures import Qualifier
from casualtylog.resolve.model import Candidate, Decision

__all__ = [
    "DEFAULT_POLICY",
    "POLICIES",
    "Conservative",
    "Latest",
    "Median",
    "Policy",
    "Priority",
    "Range",
    "get_policy",
]

_UPPER_ONLY = {Qualifier.AT_MOST, Qualifier.FEWER_THAN}

_STATUS_RANK = {
    ClaimStatus.PRELIMINARY: 0,
    ClaimStatus.REPORTED: 1,
    ClaimStatus.CONFIRMED: 2,
    ClaimStatus.PROJECTED: -1,
}


def recency_key(candidate: Candidate) -> tuple[object, ...]:
    """Later first when sorted descending: time, then totals over increments, firmness, id."""
    claim = candidate.claim
    return (
        claim.reported_at,
        not claim.figure.is_increment if claim.figure else True,
        _STATUS_RANK[claim.status],
        claim.id,
    )


def envelope(candidates: Sequence[Candidate]) -> tuple[int, tuple[Claim, ...], int | None, tuple[Claim, ...]]:
    """Lowest and highest reliable figures across ``candidates``, with who set them.

    ``high`` is open (``None``) when any credible source gives an open-ended
    figure ("at least 100"): nothing credible caps the count, and a check must
    not read "at least 100" as "at most 100".
    """
    low = min(c.figure.low for c in candidates)
    low_claims = tuple(c.claim for c in candidates if c.figure.low == low)
    if any(c.figure.high is None for c in candidates):
        return low, low_claims, None, ()
    high = max(c.figure.high for c in candidates if c.figure.high is not None)
    high_claims = tuple(c.claim for c in candidates if c.figure.high == high)
    return low, low_claims, high, high_claims


class Policy:
    """Base class for resolution policies.

    Subclasses set ``name`` and implement :meth:`decide`. Policies must be
    hashable (frozen dataclasses are): the log caches resolutions per policy.

    >>> class Highest(Policy):
    ...     name = "highest"
    ...     def decide(self, candidates):
    ...         top = max(candidates, key=lambda c: c.figure.point)
    ...         return self.from_claim(top, "the highest current figure")
    >>> Highest().name
    'highest'
    """

    name: str = "policy"
    #: Whether figures overtaken by a later, higher report from another
    #: originator are set aside before :meth:`decide` (right for cumulative
    #: counts; :class:`Priority` keeps them, since trust comes before recency).
    drop_outdated: bool = True

    def decide(self, candidates: Sequence[Candidate]) -> Decision:
        """Choose best/low/high from the credible ``candidates`` (oldest first, never empty)."""
        raise NotImplementedError

    @staticmethod
    def from_claim(candidate: Candidate, rule: str) -> Decision:
        """A decision taken wholly from one candidate's figure."""
        fig = candidate.figure
        return Decision(
            best=fig.point,
            low=fig.low,
            high=fig.high,
            best_claim=candidate.claim,
            low_claims=(candidate.claim,),
            high_claims=() if fig.high is None else (candidate.claim,),
            rule=rule,
        )

    @staticmethod
    def with_envelope(best: Candidate, candidates: Sequence[Candidate], best_value: int, rule: str) -> Decision:
        """A decision whose best comes from ``best`` and low/high from :func:`envelope`."""
        low, low_claims, high, high_claims = envelope(candidates)
        return Decision(
            best=best_value,
            low=min(low, best_value),
            high=None if high is None else max(high, best_value),
            best_claim=best.claim,
            low_claims=low_claims,
            high_claims=high_claims,
            rule=rule,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


@dataclass(frozen=True, repr=False)
class Latest(Policy):
    """The most recent credible claim sets best, low and high: the common newsroom rule.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "10-14", "source": "B", "reported_at": "2025-04-24T10:00Z"})
    >>> r = log.resolve("e", "killed", policy="latest")
    >>> (r.best, r.low, r.high, r.best_claim.source.name)
    (12, 10, 14, 'B')
    """

    name: str = field(default="latest", init=False)

    def decide(self, candidates: Sequence[Candidate]) -> Decision:
        top = max(candidates, key=recency_key)
        return self.from_claim(top, "the most recent credible claim sets best, low and high")


@dataclass(frozen=True, repr=False)
class Range(Policy):
    """UCDP-style: best from the most recent credible claim, low/high across all credible ones.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "12", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "about 10", "source": "B", "reported_at": "2025-04-24T10:00Z"})
    >>> r = log.resolve("e", "killed", policy="range")
    >>> (r.best, r.low, r.high)
    (10, 9, 12)
    """

    name: str = field(default="range", init=False)

    def decide(self, candidates: Sequence[Candidate]) -> Decision:
        top = max(candidates, key=recency_key)
        return self.with_envelope(
            top,
            candidates,
            top.figure.point,
            "the most recent credible claim gives best; low and high span the credible originators",
        )


@dataclass(frozen=True, repr=False)
class Conservative(Policy):
    """ACLED's rule: the lowest credible figure is best (a range counts at its low end;
    "up to N" counts only when no source gives a floor).

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "12-20", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "15", "source": "B", "reported_at": "2025-04-24T09:00Z"})
    >>> r = log.resolve("e", "killed", policy="conservative")
    >>> (r.best, r.low, r.high, r.best_claim.source.name)
    (12, 12, 20, 'A')
    """

    name: str = field(default="conservative", init=False)

    def decide(self, candidates: Sequence[Candidate]) -> Decision:
        def floor(c: Candidate) -> int:
            if c.figure.qualifier is Qualifier.RANGE:
                return c.figure.low
            return c.figure.point

        # "Up to 12" says how many at most, not how few: it sets best only when
        # no credible source gives a floor.
        floored = [c for c in candidates if c.figure.qualifier not in _UPPER_ONLY] or list(candidates)
        floor_value = min(floor(c) for c in floored)
        # Among equal floors the most recent claim is named as the one that set it.
        lowest = max((c for c in floored if floor(c) == floor_value), key=recency_key)
        return self.with_envelope(lowest, candidates, floor_value, "the lowest credible figure is best")


DEFAULT_KIND_RANKING: tuple[str, ...] = (
    SourceKind.OFFICIAL,
    SourceKind.UN,
    SourceKind.MILITARY,
    SourceKind.NGO,
    SourceKind.ACADEMIC,
    SourceKind.MEDIA,
    SourceKind.SOCIAL,
    SourceKind.OTHER,
    SourceKind.UNKNOWN,
)


@dataclass(frozen=True, repr=False)
class Priority(Policy):
    """Source ranking first, then recency: the highest-ranked originator present sets the figure.

    ``ranking`` lists source names (matched case-insensitively) or, with
    ``by="kind"``, source kinds, best first. Unranked sources come last. Unlike
    the other policies, a ranked source's figure stays in play even when a
    lower-ranked source later reports a higher one.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "12", "source": "Ministry", "reported_at": "2025-04-24T09:00Z"})
    >>> _ = log.add({"event": "e", "metric": "killed", "figure": "14", "source": "Blog", "reported_at": "2025-04-24T10:00Z"})
    >>> r = log.resolve("e", "killed", policy=Priority(("Ministry", "Blog")))
    >>> (r.best, r.best_claim.source.name)
    (12, 'Ministry')
    """

    ranking: tuple[str, ...] = DEFAULT_KIND_RANKING
    by: str = "kind"
    name: str = field(default="priority", init=False)
    drop_outdated: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        if self.by not in {"kind", "source"}:
            raise PolicyError(self.by, "by='kind' or by='source'")
        if isinstance(self.ranking, str):
            raise PolicyError(self.ranking, "a sequence of names, best first")
        # Names are matched as Source.key matches them: case and spacing ignored.
        object.__setattr__(self, "ranking", tuple(" ".join(str(r).split()).casefold() for r in self.ranking))
        if self.ranking != tuple(str(k) for k in DEFAULT_KIND_RANKING) and self.by == "kind":
            unknown = set(self.ranking) - {k.value for k in SourceKind}
            if unknown:
                raise PolicyError(
                    sorted(unknown), f"source kinds from {[k.value for k in SourceKind]} (or by='source')"
                )

    def __init__(self, ranking: Sequence[str] = DEFAULT_KIND_RANKING, by: str | None = None) -> None:
        # A ranking given without ``by`` is a list of source names: the common case.
        chosen = by if by is not None else ("kind" if ranking is DEFAULT_KIND_RANKING else "source")
        object.__setattr__(self, "ranking", tuple(ranking))
        object.__setattr__(self, "by", chosen)
        object.__setattr__(self, "name", "priority")
        object.__setattr__(self, "drop_outdated", False)
        self.__post_init__()

    def rank(self, claim: Claim) -> int:
        """The position of ``claim``'s source in the ranking (unranked: after all)."""
        key = claim.source.kind.value if self.by == "kind" else claim.source.key
        try:
            return self.ranking.index(key)
        except ValueError:
            return len(self.ranking)

    def decide(self, candidates: Sequence[Candidate]) -> Decision:
        top = max(candidates, key=lambda c: (-self.rank(c.claim), recency_key(c)))
        return self.with_envelope(
            top, candidates, top.figure.point, f"the highest-ranked source (by {self.by}) sets best, then recency"
        )

    def __repr__(self) -> str:
        return f"Priority({self.ranking!r}, by={self.by!r})"


@dataclass(frozen=True, repr=False)
class Median(Policy):
    """The median across independent originators: robust to one outlier.

    With ``weights`` (source name or kind → weight) it is a weighted median.
    With an even number of equal weights the lower median is taken, so best is
    always a figure some source actually gave.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> for src, fig in [("A", "10"), ("B", "12"), ("C", "400")]:
    ...     _ = log.add({"event": "e", "metric": "killed", "figure": fig, "source": src, "reported_at": "2025-04-24T09:00Z"})
    >>> r = log.resolve("e", "killed", policy="median")
    >>> (r.best, r.low, r.high, r.best_claim.source.name)
    (12, 10, 400, 'B')
    """

    weights: tuple[tuple[str, float], ...] = ()
    name: str = field(default="median", init=False)

    def __init__(self, weights: Mapping[str, float] | Sequence[tuple[str, float]] = ()) -> None:
        pairs = tuple(sorted((str(k).casefold(), float(v)) for k, v in dict(weights).items()))
        if any(v < 0 for _, v in pairs):
            raise PolicyError(dict(pairs), "non-negative weights")
        object.__setattr__(self, "weights", pairs)
        object.__setattr__(self, "name", "weighted-median" if pairs else "median")

    def weight(self, claim: Claim) -> float:
        """The weight of ``claim``'s source: by name, else by kind, else 1."""
        table = dict(self.weights)
        return table.get(claim.source.key, table.get(claim.source.kind.value, 1.0))

    def decide(self, candidates: Sequence[Candidate]) -> Decision:
        ordered = sorted(candidates, key=lambda c: (c.figure.point, recency_key(c)))
        weights = [self.weight(c.claim) for c in ordered]
        total = sum(weights)
        if total <= 0:
            raise PolicyError(dict(self.weights), "weights that are not all zero for the sources present")
        running = 0.0
        chosen = ordered[-1]
        for cand, w in zip(ordered, weights, strict=True):
            running += w
            if running >= total / 2:
                chosen = cand
                break
        what = "weighted median" if self.weights else "median"
        return self.with_envelope(
            chosen, candidates, chosen.figure.point, f"the {what} of the credible originators' figures"
        )

    def __repr__(self) -> str:
        return f"Median({dict(self.weights)!r})" if self.weights else "Median()"


DEFAULT_POLICY: Policy = Range()

#: Policies by name, as the CLI and ``policy="…"`` arguments know them.
POLICIES: Mapping[str, Policy] = {
    "range": DEFAULT_POLICY,
    "latest": Latest(),
    "conservative": Conservative(),
    "priority": Priority(),
    "median": Median(),
}


def get_policy(policy: str | Policy | None) -> Policy:
    """The policy named ``policy``, or ``policy`` itself, or the default for ``None``.

    >>> get_policy("latest").name, get_policy(None).name
    ('latest', 'range')
    >>> get_policy("newest")
    Traceback (most recent call last):
    ...
    casualtylog.errors.PolicyError: policy='newest': expected one of 'conservative', 'latest', 'median', 'priority', 'range', or a Policy object
    """
    if policy is None:
        return DEFAULT_POLICY
    if isinstance(policy, Policy):
        return policy
    if isinstance(policy, str) and policy.strip().casefold() in POLICIES:
        return POLICIES[policy.strip().casefold()]
    names = ", ".join(repr(n) for n in sorted(POLICIES))
    raise PolicyError(policy, f"one of {names}, or a Policy object")
