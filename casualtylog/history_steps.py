"""A history's steps: each change of a count's resolution, built when it is read.

:class:`HistoryStep` is one change (its moment, numbers, claims, reason and
resolution). :class:`HistorySteps` is the sequence a :class:`~casualtylog.history.History`
holds: a long series has thousands of steps and most callers read a few of
them (the last, the ones in a window) or only their numbers (the known-series,
``resolve(at=)``), so the steps may be kept as columns (:class:`StepColumns`)
and each step object made the first time it is read, the same object on every
later read, from any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Protocol, overload

from casualtylog.claims import Claim
from casualtylog.figures import Figure
from casualtylog.history_replay import Clock
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution, figure_text, resolved_figure
from casualtylog.resolve.policies import Policy
from casualtylog.step_reasons import Numbers, PendingReason, step_reason

__all__ = ["HistoryStep", "HistorySteps", "StepColumns"]


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


class StepColumns(Protocol):
    """A history's steps kept as columns: their moments and numbers at hand, each step made on demand."""

    def __len__(self) -> int: ...

    def moments(self) -> Sequence[datetime]:
        """Each step's :attr:`HistoryStep.at`, oldest first."""
        ...

    def numbers(self) -> Sequence[Numbers]:
        """Each step's ``(best, low, high)``."""
        ...

    def step(self, k: int) -> HistoryStep:
        """Step ``k`` (``0 <= k < len``), made anew: :class:`HistorySteps` keeps it."""
        ...


class HistorySteps(Sequence[HistoryStep]):
    """A history's steps, oldest first: a sequence that makes each step the first time it is read.

    It compares equal to another one, or to a tuple, with the same steps, and
    pickles as its steps. Two threads reading one step at once get the same
    object: a step made twice keeps the first one stored.
    """

    __slots__ = ("_built", "_columns", "_lock")

    def __init__(self, columns: StepColumns | None = None, built: Sequence[HistoryStep] = ()) -> None:
        self._columns = columns
        self._built: list[HistoryStep | None] = list(built) if columns is None else [None] * len(columns)
        self._lock = threading.Lock()

    @classmethod
    def of(cls, steps: Sequence[HistoryStep]) -> HistorySteps:
        """Steps already made (a replay that wrote each at once)."""
        return cls(None, steps)

    def __len__(self) -> int:
        return len(self._built)

    @overload
    def __getitem__(self, index: int) -> HistoryStep: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[HistoryStep, ...]: ...

    def __getitem__(self, index: int | slice) -> HistoryStep | tuple[HistoryStep, ...]:
        if isinstance(index, slice):
            return tuple(self._step(k) for k in range(*index.indices(len(self._built))))
        n = len(self._built)
        k = index + n if index < 0 else index
        if not 0 <= k < n:
            raise IndexError("history step index out of range")
        return self._step(k)

    def _step(self, k: int) -> HistoryStep:
        step = self._built[k]
        if step is None:
            assert self._columns is not None  # noqa: S101 - only a lazy sequence has empty slots
            made = self._columns.step(k)  # outside the lock: a step may read its claims' properties
            with self._lock:
                step = self._built[k]
                if step is None:
                    self._built[k] = step = made
        return step

    def __iter__(self) -> Iterator[HistoryStep]:
        return (self._step(k) for k in range(len(self._built)))

    def moments(self) -> tuple[datetime, ...]:
        """Each step's ``at``, without making the steps."""
        if self._columns is None:
            return tuple(s.at for s in self._built if s is not None)
        return tuple(self._columns.moments())

    def numbers(self) -> tuple[Numbers, ...]:
        """Each step's ``(best, low, high)``, without making the steps."""
        if self._columns is None:
            return tuple((s.best, s.low, s.high) for s in self._built if s is not None)
        return tuple(self._columns.numbers())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HistorySteps | tuple):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # steps compare by value and are not hashable

    def __repr__(self) -> str:
        return f"HistorySteps({list(self)!r})"

    def __reduce__(self) -> tuple[object, tuple[tuple[HistoryStep, ...]]]:
        # The columns hold a lock and the replay's lists: a copy or a pickle holds the steps.
        return (HistorySteps.of, (tuple(self),))
