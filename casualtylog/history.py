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
from casualtylog.figures import Figure
from casualtylog.history_replay import Clock, Replay
from casualtylog.resolve.engine import chrono_key, resolve_claims
from casualtylog.resolve.model import Resolution, figure_text, resolved_figure
from casualtylog.resolve.policies import Policy
from casualtylog.step_reasons import PendingReason, reason_from_resolution, step_reason
from casualtylog.times import instant

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["Clock", "History", "HistoryStep"]

#: A step's reason written from a full resolution (kept under its old name for callers and tests).
_reason = reason_from_resolution


class HistoryStep:
    """One change in a count's resolution.

    Attributes:
        at: the moment of the change on the history's clock.
        best, low, high: the resolution from then on.
        previous: the ``(best, low, high)`` before, or ``None`` for the first step.
        claims: the claims that arrived at ``at``.
        reason: why the numbers changed, in words (written when first read).
    """

    __slots__ = (
        "_full",
        "_pending",
        "_reason",
        "_replayed",
        "at",
        "best",
        "claims",
        "high",
        "low",
        "previous",
    )

    def __init__(
        self,
        at: datetime,
        best: int | None,
        low: int | None,
        high: int | None,
        previous: tuple[int | None, int | None, int | None] | None,
        claims: tuple[Claim, ...],
        reason: str | PendingReason,
        policy: Policy,
        clock: Clock,
        seen: Sequence[Claim],
        full: Resolution | None = None,
        seen_len: int | None = None,
    ) -> None:
        put = object.__setattr__  # frozen: __setattr__ refuses, as on every other result
        put(self, "at", at)
        put(self, "best", best)
        put(self, "low", low)
        put(self, "high", high)
        put(self, "previous", previous)
        put(self, "claims", claims)
        # Most steps of a long series are never explained: their words are written if read.
        put(self, "_reason", reason if isinstance(reason, str) else None)
        put(self, "_pending", None if isinstance(reason, str) else reason)
        # ``seen`` may be the replay's list, which only grows: the step keeps how
        # much of it it saw instead of a copy (a copy per step is quadratic). What the
        # full resolution is rebuilt from is one tuple: a step is made per change of a
        # long series, and each slot set costs as much as the tuple.
        put(self, "_replayed", (policy, clock, seen, len(seen) if seen_len is None else seen_len))
        if full is not None:  # else left unset until :attr:`resolution` builds it
            put(self, "_full", full)

    at: datetime
    best: int | None
    low: int | None
    high: int | None
    previous: tuple[int | None, int | None, int | None] | None
    claims: tuple[Claim, ...]
    _reason: str | None
    _pending: PendingReason | None
    _replayed: tuple[Policy, Clock, Sequence[Claim], int]  # policy, clock, the replay's claims, how many seen
    _full: Resolution

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"HistoryStep is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"HistoryStep is frozen: cannot delete {name!r}")

    def __setstate__(self, state: tuple[None, dict[str, object]]) -> None:
        # pickle and copy restore slots with setattr, which a frozen step refuses.
        for name, value in state[1].items():
            object.__setattr__(self, name, value)

    @property
    def reason(self) -> str:
        """Why the numbers changed, in words (:mod:`casualtylog.step_reasons`)."""
        if self._reason is None:
            assert self._pending is not None  # noqa: S101 - one of the two is always set
            words = step_reason(self._pending.text(), self.previous, (self.best, self.low, self.high))
            object.__setattr__(self, "_reason", words)
            object.__setattr__(self, "_pending", None)
            return words
        return self._reason

    @property
    def resolution(self) -> Resolution:
        """The full resolution at :attr:`at`, with every claim's role (computed on first use)."""
        try:
            return self._full
        except AttributeError:
            policy, clock, seen, seen_len = self._replayed
            count = self.claims[0].count
            if clock == "reported":
                full = resolve_claims(count, seen[:seen_len], policy, at=self.at)
            else:
                full = resolve_claims(count, seen[:seen_len], policy, known_at=self.at)
            object.__setattr__(self, "_full", full)
            return full

    @property
    def figure(self) -> Figure | None:
        """The step's numbers as a :class:`Figure`, as :attr:`Resolution.figure` gives them."""
        return resolved_figure(self.best, self.low, self.high, self._said())

    def _said(self) -> Figure | None:
        # A figure that arrived at this step and is the resolution keeps its words ("more than 12000").
        for claim in self.claims:
            if claim.figure is not None and figure_text(self.best, self.low, self.high, claim.figure) == str(
                claim.figure
            ):
                return claim.figure
        return None

    @property
    def figure_text(self) -> str:
        """The step's numbers as an analyst writes them ("12", "at least 12", "12 (10–15)").

        A figure that arrived at this step and is the resolution keeps its words ("more than 12000").
        """
        said = self._said()
        if said is not None:
            return str(said)
        return figure_text(self.best, self.low, self.high)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HistoryStep):
            return NotImplemented
        return (self.at, self.best, self.low, self.high, self.previous, self.claims, self.reason) == (
            other.at,
            other.best,
            other.low,
            other.high,
            other.previous,
            other.claims,
            other.reason,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable cache inside; compare, don't hash

    def __repr__(self) -> str:
        return f"HistoryStep(at={self.at.isoformat()!r}, best={self.best}, low={self.low}, high={self.high}, reason={self.reason!r})"

    def __str__(self) -> str:
        from casualtylog.display.when import step_said, time_text  # noqa: PLC0415 - display depends on the core

        when, precision = step_said(self)  # a step made by "25 April" reads as 25 April (docs/time.md)
        shown = self.at.isoformat() if when is self.at else time_text(when, precision)
        return f"{shown:<25}  {self.figure_text:<16} {self.reason}"


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
    #: Every claim about the count, including those that changed nothing.
    claims: tuple[Claim, ...] = ()
    #: The decision after every moment of the replay, for ``resolve(at=)`` (:mod:`casualtylog.at_index`).
    _index: AtIndex | None = field(default=None, compare=False, repr=False)

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
    replay = Replay(count, policy, order)
    index = AtIndex(clock)
    steps: list[HistoryStep] = []
    with paused_gc():  # a step's few objects per moment, thousands of moments: no cycles to collect
        _replay_moments(by_moment, shown, replay, index, steps, clock)
    return History(count, policy.name, clock, tuple(steps), tuple(sorted(claims, key=lambda c: order[id(c)])), index)


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
