"""How the resolution of one count moved over time.

A :class:`History` replays a count's claims in the order they were said
(or, with ``clock="recorded"``, the order the log learnt them) and keeps a
:class:`HistoryStep` for each moment at which best, low or high changed, with
the claims that arrived then and the reason in words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from casualtylog._gc import paused_gc
from casualtylog.at_index import AtIndex
from casualtylog.claims import Claim, Count
from casualtylog.errors import OptionError
from casualtylog.history_columns import plain_history
from casualtylog.history_replay import Clock, Replay
from casualtylog.history_steps import HistoryStep, HistorySteps
from casualtylog.resolve.engine import chrono_key, resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy
from casualtylog.step_reasons import reason_from_resolution, step_reason
from casualtylog.tiers import tiered_sources
from casualtylog.times import instant

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["Clock", "History", "HistoryStep"]

#: A step's reason written from a full resolution (kept under its old name for callers and tests).
_reason = reason_from_resolution


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
    #: The steps, oldest first: a :class:`~casualtylog.history_steps.HistorySteps`, which makes
    #: each step when first read (a tuple given here is wrapped in one).
    steps: Sequence[HistoryStep]
    #: Every claim about the count, including those that changed nothing.
    claims: tuple[Claim, ...] = ()
    #: The decision after every moment of the replay, for ``resolve(at=)`` (:mod:`casualtylog.at_index`).
    _index: AtIndex | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.steps, HistorySteps):
            object.__setattr__(self, "steps", HistorySteps.of(tuple(self.steps)))

    def moments(self) -> tuple[datetime, ...]:
        """Each step's ``at``, oldest first, without making the steps (:mod:`casualtylog.known` reads these)."""
        assert isinstance(self.steps, HistorySteps)  # noqa: S101 - __post_init__ made it one
        return self.steps.moments()

    def numbers(self) -> tuple[tuple[int | None, int | None, int | None], ...]:
        """Each step's ``(best, low, high)``, oldest first, without making the steps."""
        assert isinstance(self.steps, HistorySteps)  # noqa: S101 - __post_init__ made it one
        return self.steps.numbers()

    def resolution_at(self, policy: Policy, claims: Sequence[Claim], moment: datetime) -> Resolution:
        """The resolution of ``claims`` (those replayed, under ``policy``) at ``moment`` on the
        history's clock: ``at=`` on the reported clock, ``known_at=`` on the recorded one."""
        if self._index is not None:
            return self._index.resolution(self.count, policy, claims, moment)
        at, known_at = (moment, None) if self.clock == "reported" else (None, moment)
        return resolve_claims(self.count, claims, policy, at=at, known_at=known_at)

    def __iter__(self) -> Iterator[HistoryStep]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, index: int) -> HistoryStep:
        return self.steps[index]

    def __str__(self) -> str:
        head = f"History of {self.count} (policy: {self.policy}, clock: {self.clock})"
        return "\n".join([head, *(str(step) for step in self.steps)])

    def _repr_html_(self) -> str:
        from casualtylog.display.html import history_html  # noqa: PLC0415 - display depends on the core

        return history_html(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per step (needs the ``pandas`` extra); see :func:`casualtylog.display.history_frame`."""
        from casualtylog.display.frames import history_frame  # noqa: PLC0415 - optional extra

        return history_frame(self)

    def plot(self, ax: Axes | None = None, **kwargs: Any) -> Axes:
        """A timeline of the count (needs the ``plot`` extra); see :func:`casualtylog.display.plot_history`."""
        from casualtylog.display.plot import plot_history  # noqa: PLC0415 - optional extra

        return plot_history(self, ax, **kwargs)


def build_history(count: Count, claims: Sequence[Claim], policy: Policy, clock: Clock = "reported") -> History:
    """Replay ``claims`` on ``clock`` and keep the steps where the numbers moved."""
    if clock not in ("reported", "recorded"):
        raise OptionError("clock", clock, "'reported' (when claims were said) or 'recorded' (when the log learnt them)")
    plain = plain_history(count, claims, policy, clock)
    if plain is not None:  # numbers as columns, each step made when read (casualtylog/history_columns.py)
        return History(count, policy.name, clock, HistorySteps(plain.steps), plain.claims, plain.index)

    # Keyed by instant: two datetimes of one named zone naming one instant can be unequal
    # (times.instant); a step shows the moment as the first of its claims gave it.
    by_moment: dict[datetime, list[Claim]] = {}
    shown: dict[datetime, datetime] = {}
    for c in claims:
        t = c.available_at if clock == "reported" else c.recorded_at
        if t is not None:
            moment = instant(t)
            if moment is not t:
                shown.setdefault(moment, t)
            by_moment.setdefault(moment, []).append(c)
    order = {id(c): chrono_key(c) for c in claims}
    # A source stating two tiers has its revisions paired within each tier (tiers.tier_chains),
    # not each figure with the one before it as the replay's fast steps assume.
    replay = Replay(count, policy, order, tiered_sources(claims))
    index = AtIndex(clock)
    steps: list[HistoryStep] = []
    with paused_gc():  # a step's few objects per moment, thousands of moments: no cycles to collect
        _replay_moments(by_moment, shown, replay, index, steps, clock)
    ordered = tuple(sorted(claims, key=lambda c: order[id(c)]))
    return History(count, policy.name, clock, HistorySteps.of(steps), ordered, index)


def _replay_moments(
    by_moment: dict[datetime, list[Claim]],
    shown: dict[datetime, datetime],
    replay: Replay,
    index: AtIndex,
    steps: list[HistoryStep],
    clock: Clock,
) -> None:
    """Replay each moment in turn, index its decision, and keep a step where the numbers moved."""
    numbers: tuple[int | None, int | None, int | None] | None = None
    seen, policy = replay.seen, replay.policy
    for moment in sorted(by_moment):  # instants (build_history): not by wall clock
        at_once = by_moment[moment]
        arrived = tuple(at_once) if len(at_once) == 1 else tuple(sorted(at_once, key=replay.key))
        replayed = replay.step(arrived, moment, clock)
        index.add(moment, replayed, len(seen))
        decision = replayed.decision
        now = (decision.best, decision.low, decision.high)
        if now != numbers:
            # A step keeps no resolution (one per step is quadratic in memory on a
            # long chain); its ``resolution`` is recomputed if asked for.
            reason = replayed.reason
            if isinstance(reason, str):
                reason = step_reason(reason, numbers, now)
            steps.append(
                HistoryStep(
                    shown.get(moment, moment), *now, numbers, arrived, reason, policy, clock, seen, None, len(seen)
                )
            )
            numbers = now
