"""How the resolution of one count moved over time.

A :class:`History` replays a count's claims in the order they were said
(or, with ``clock="recorded"``, the order the log learnt them) and keeps a
:class:`HistoryStep` for each moment at which best, low or high changed, with
the claims that arrived then and the reason in words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from casualtylog.claims import Claim, Count
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.explain import format_time
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy

__all__ = ["Clock", "History", "HistoryStep"]

Clock = Literal["reported", "recorded"]


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One change in a count's resolution.

    Attributes:
        at: the moment of the change on the history's clock.
        best, low, high: the resolution from then on.
        previous: the ``(best, low, high)`` before, or ``None`` for the first step.
        claims: the claims that arrived at ``at``.
        reason: why the numbers changed, in words.
        resolution: the full resolution at ``at``.
    """

    at: datetime
    best: int | None
    low: int | None
    high: int | None
    previous: tuple[int | None, int | None, int | None] | None
    claims: tuple[Claim, ...]
    reason: str
    resolution: Resolution

    def __str__(self) -> str:
        return f"{self.at.isoformat()}  {self.resolution.figure:<16} {self.reason}"


@dataclass(frozen=True, slots=True)
class History:
    """The steps at which a count's resolution changed, oldest first.

    Iterate it, index it, or print it:

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> a = log.add({"event": "e", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    >>> b = log.add(a.revised(figure="12", reported_at="2025-04-24T14:00Z"))
    >>> h = log.history("e", "killed")
    >>> [(s.best, s.previous) for s in h]
    [(10, None), (12, (10, 10, 10))]
    >>> print(h[1].reason)
    A raised 10 → 12 (supersedes 10)
    """

    count: Count
    policy: str
    clock: Clock
    steps: tuple[HistoryStep, ...]

    def __iter__(self) -> Iterator[HistoryStep]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, index: int) -> HistoryStep:
        return self.steps[index]

    def __str__(self) -> str:
        head = f"History of {self.count} (policy: {self.policy}, clock: {self.clock})"
        return "\n".join([head, *(str(step) for step in self.steps)])


def _reason(new_claims: Sequence[Claim], before: Resolution | None, after: Resolution) -> str:
    ids = {c.id for c in new_claims}
    parts: list[str] = []
    for claim in new_claims:
        for old in after.retracted:
            if old.id in claim.retracts:
                parts.append(f"{claim.source.name} retracted {old.figure} ({format_time(old)})")
    for rev in after.revisions:
        if rev.new.id in ids and (before is None or rev not in before.revisions):
            how = f"supersedes {rev.old.figure}" if rev.explicit else "its own later figure"
            if rev.old.source.key != rev.new.source.key:
                how += f" from {rev.old.source.name}"
            parts.append(f"{rev.new.source.name} {rev.kind.value} {rev.old_figure} → {rev.new_figure} ({how})")
    for inc in after.increments:
        if inc.claim.id in ids and not any(p.startswith(inc.claim.source.name) for p in parts):
            parts.append(f"{inc.claim.source.name} reported {inc.claim.figure}, making {inc.figure}")
    if not parts:
        newest = [c for c in new_claims if c.figure is not None and c.id in {x.claim.id for x in after.current}]
        for claim in newest:
            parts.append(f"{claim.source.name} reported {claim.figure}")
    if after.best_claim is None:
        parts.append("no credible claim remains")
    elif not parts:
        parts.append(f"the credible figures changed ({after.rule})")
    return "; ".join(dict.fromkeys(parts))


def build_history(count: Count, claims: Sequence[Claim], policy: Policy, clock: Clock = "reported") -> History:
    """Replay ``claims`` on ``clock`` and keep the steps where the numbers moved."""

    def stamp(c: Claim) -> datetime | None:
        return c.available_at if clock == "reported" else c.recorded_at

    moments = sorted({t for c in claims if (t := stamp(c)) is not None})
    steps: list[HistoryStep] = []
    before: Resolution | None = None
    numbers: tuple[int | None, int | None, int | None] | None = None
    for moment in moments:
        if clock == "reported":
            after = resolve_claims(count, claims, policy, at=moment)
        else:
            after = resolve_claims(count, claims, policy, known_at=moment)
        now = (after.best, after.low, after.high)
        if now != numbers:
            arrived = tuple(c for c in claims if stamp(c) == moment)
            steps.append(HistoryStep(moment, *now, numbers, arrived, _reason(arrived, before, after), after))
            numbers = now
        before = after
    return History(count, policy.name, clock, tuple(steps))
