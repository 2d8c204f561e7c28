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
from typing import TYPE_CHECKING, Any, Literal

from casualtylog.claims import Claim, ClaimStatus, Count
from casualtylog.errors import OptionError
from casualtylog.figures import Figure
from casualtylog.resolve.engine import ChronoKey, chrono_key, compare_originators, decide, resolve_claims
from casualtylog.resolve.explain import format_time
from casualtylog.resolve.model import (
    Candidate,
    ConflictKind,
    Decision,
    Resolution,
    RevisionKind,
    figure_text,
    resolved_figure,
)
from casualtylog.resolve.policies import Policy
from casualtylog.step_reasons import step_reason
from casualtylog.times import window_end

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["Clock", "History", "HistoryStep"]

Clock = Literal["reported", "recorded"]


class HistoryStep:
    """One change in a count's resolution.

    Attributes:
        at: the moment of the change on the history's clock.
        best, low, high: the resolution from then on.
        previous: the ``(best, low, high)`` before, or ``None`` for the first step.
        claims: the claims that arrived at ``at``.
        reason: why the numbers changed, in words.
    """

    __slots__ = (
        "_clock",
        "_full",
        "_policy",
        "_seen",
        "_seen_len",
        "at",
        "best",
        "claims",
        "high",
        "low",
        "previous",
        "reason",
    )

    def __init__(
        self,
        at: datetime,
        best: int | None,
        low: int | None,
        high: int | None,
        previous: tuple[int | None, int | None, int | None] | None,
        claims: tuple[Claim, ...],
        reason: str,
        policy: Policy,
        clock: Clock,
        seen: Sequence[Claim],
        full: Resolution | None = None,
        seen_len: int | None = None,
    ) -> None:
        self.at, self.best, self.low, self.high = at, best, low, high
        self.previous, self.claims, self.reason = previous, claims, reason
        # ``seen`` may be the replay's list, which only grows: the step keeps how
        # much of it it saw instead of a copy (a copy per step is quadratic).
        self._policy, self._clock, self._seen, self._full = policy, clock, seen, full
        self._seen_len = len(seen) if seen_len is None else seen_len

    @property
    def resolution(self) -> Resolution:
        """The full resolution at :attr:`at`, with every claim's role (computed on first use)."""
        if self._full is None:
            count = self.claims[0].count
            seen = self._seen[: self._seen_len]
            if self._clock == "reported":
                self._full = resolve_claims(count, seen, self._policy, at=self.at)
            else:
                self._full = resolve_claims(count, seen, self._policy, known_at=self.at)
        return self._full

    @property
    def figure(self) -> Figure | None:
        """The step's numbers as a :class:`Figure`, as :attr:`Resolution.figure` gives them."""
        return resolved_figure(self.best, self.low, self.high, self._said())

    def _said(self) -> Figure | None:
        # A figure that arrived at this step and is the resolution keeps its words ("more than 12000").
        for claim in self.claims:
            if claim.figure is not None and figure_text(self.best, self.low, self.high, claim.figure) == str(claim.figure):
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


def _reason(new_claims: Sequence[Claim], after: Resolution) -> str:
    """What the claims that arrived did, each in turn (``new_claims`` in chrono order)."""
    parts: list[str] = []
    current = {x.claim.id for x in after.current}
    for claim in new_claims:
        own = [_retraction_text(claim, old) for old in after.retracted if old.id in claim.retracts]
        own.extend(
            _revision_text(rev.new, rev.kind, rev.old_figure, rev.new_figure, rev.explicit, rev.old)
            for rev in after.revisions
            if rev.new.id == claim.id
        )
        said_with = any(  # "two more … now 12": the total speaks for the increment
            other.source.key == claim.source.key
            and other.reported_at == claim.reported_at
            and other is not claim
            and other.figure is not None
            and not other.figure.is_increment
            for other in new_claims
        )
        if not own and not said_with:
            own.extend(
                f"{claim.source.name} reported {inc.claim.figure}, making {inc.figure}"
                for inc in after.increments
                if inc.claim.id == claim.id
            )
        if not own and claim.figure is not None and claim.id in current:
            own.append(f"{claim.source.name} reported {claim.figure}")
        parts.extend(own)
    if after.best_claim is None:
        parts.append("no credible claim remains")
    elif not parts:
        parts.append(f"the credible figures changed ({after.rule})")
    return "; ".join(dict.fromkeys(parts))


def _retraction_text(claim: Claim, old: Claim) -> str:
    if old.figure is None:
        return f"{claim.source.name} withdrew its retraction ({format_time(old)})"
    return f"{claim.source.name} retracted {old.figure} ({format_time(old)})"


def _revision_text(
    new: Claim, kind: RevisionKind, old_figure: Figure, new_figure: Figure, explicit: bool, old: Claim
) -> str:
    """A step in words: an increment, a repeat, or a revision, each called what it is.

    An increment's own figure ("+2") names it, not the total it made: a total
    said after an increment restates that total, it does not confirm "12 → 12".
    """
    said = old.figure if old.figure is not None and old.figure.is_increment else old_figure
    how = f"supersedes {said}" if explicit else "its own later figure"
    if old.source.key != new.source.key:
        how += f" from {old.source.name}"
    who = new.source.name
    if new.figure is not None and new.figure.is_increment:
        return f"{who} added {new.figure} (increment): {old_figure} → {new_figure} ({how})"
    if kind is RevisionKind.CONFIRMED:
        if said is not old_figure:
            return f"{who} restated the total {new_figure} after the increment {said} ({how})"
        return f"{who} repeated {new_figure} ({how})"
    return f"{who} {kind.value} {old_figure} → {new_figure} ({how})"


def _simple(claim: Claim) -> bool:
    """A claim that can only replace its own source's figure: no links, no increment."""
    return (
        claim.figure is not None
        and not claim.figure.is_increment
        and not claim.supersedes
        and not claim.retracts
        and not claim.dated_in_future
    )


def _revises(claim: Claim) -> bool:
    """A figure (or an increment) that supersedes exactly one claim: how a chain of revisions grows."""
    return (
        claim.figure is not None
        and len(claim.supersedes) == 1
        and not claim.retracts
        and not claim.dated_in_future
        and claim.status is not ClaimStatus.PROJECTED
    )


class _Replay:
    """Replays claims moment by moment, resolving incrementally where it is safe.

    The common cases — a source's new, unlinked figure, newer than anything it
    said before, or a new figure that supersedes the source's current one when
    every earlier figure of that source is already superseded (a chain of
    revisions) — only replace that source's current figure, so the step costs
    a comparison across sources, not a new resolution of every claim so far:
    history is linear in the length of such a chain. Anything else (other
    links, increments, retractions, a statement older than one already seen)
    falls back to the full engine for that moment. A property test checks that
    both paths give the same history.
    """

    def __init__(self, count: Count, policy: Policy, order: dict[int, ChronoKey] | None = None) -> None:
        self.count = count
        self.policy = policy
        # Each claim's chrono_key, computed once for the whole replay (by object: the
        # claims outlive it), instead of several times per step.
        self.order = {} if order is None else order
        self.seen: list[Claim] = []
        self.newest: dict[str, ChronoKey] = {}
        self.current: dict[str, Candidate] = {}
        self.linked: set[str] = set()  # ids some seen claim supersedes or retracts
        self.by_id: dict[str, Claim] = {}
        self.replaced_until: dict[str, datetime] = {}  # per source: end of its latest replaced window
        # Sources whose every figure but the current one is superseded by a link:
        # a link to the current figure then makes the one revision the engine would.
        self.pure_chain: set[str] = set()
        # Retraction chains replayed fast: a claim's id → (the figure at the chain's
        # root, how many retractions stand on it). Valid while the source has no
        # other claim and nothing else links into the chain; cleared by a full step.
        self.chain_root: dict[str, tuple[Claim, int]] = {}
        self.claims_of: dict[str, int] = {}  # per source: how many claims seen
        self.links_to: dict[str, int] = {}  # per id: how many seen claims name it
        self.tied = False  # a source contradicting itself widens the range: the full engine's business

    def key(self, claim: Claim) -> ChronoKey:
        """``chrono_key(claim)``, from the replay's table when the claim is one of its own."""
        return self.order.get(id(claim)) or chrono_key(claim)

    def _withdraws_tip(self, claim: Claim) -> bool:
        """Whether ``claim`` retracts the latest link of a chain of retractions fast-replayed
        on its source's only figure: it then only flips whether that figure stands."""
        if claim.supersedes or len(claim.retracts) != 1:
            return False
        entry = self.chain_root.get(claim.retracts[0])
        if entry is None:
            return False
        target = self.by_id[claim.retracts[0]]
        key = claim.source.key
        return (
            target.source.key == key
            and self.links_to.get(target.id) == 1
            and self.claims_of.get(key) == entry[1] + 2  # the figure, the retractions, this one
        )

    def _replaces(self, claim: Claim) -> bool:
        """Whether ``claim`` simply becomes its source's current figure."""
        if claim.id in self.linked:
            return False
        key = claim.source.key
        if claim.figure is None:
            return self._withdraws_tip(claim)
        if _revises(claim):
            old = self.current.get(key)
            if old is None or key not in self.pure_chain or claim.supersedes != (old.claim.id,):
                return False
            if _effective(claim, old) is None:
                return False  # an increment past the largest figure: the engine reports it
        elif not _simple(claim):
            return False
        elif key not in self.newest:
            return True
        old = self.current.get(key)
        # A source with claims but no current figure had its word superseded or
        # retracted: the full engine knows what the new claim revises.
        # One whose window reaches back before the end of a replaced statement
        # may be a repeat of it: the full engine's business too.
        return (
            old is not None
            and self.key(claim) > self.newest[key]
            and claim.reported_at != old.claim.reported_at
            and claim.reported_at >= self.replaced_until.get(key, claim.reported_at)
        )

    def step(self, arrived: Sequence[Claim], moment: datetime, clock: Clock) -> tuple[Decision, str, Resolution | None]:
        self.seen.extend(arrived)
        self.by_id.update((c.id, c) for c in arrived)
        for c in arrived:
            self.linked.update(c.supersedes)
            self.linked.update(c.retracts)
            self.claims_of[c.source.key] = self.claims_of.get(c.source.key, 0) + 1
            for target in (*c.supersedes, *c.retracts):
                self.links_to[target] = self.links_to.get(target, 0) + 1
            for target in c.supersedes:
                replaced = self.by_id.get(target)
                if replaced is not None:
                    end = window_end(replaced.reported_at, replaced.reported_precision)
                    who = replaced.source.key
                    self.replaced_until[who] = max(end, self.replaced_until.get(who, end))
        originators = [c.source.key for c in arrived]
        fast = not self.tied and len(set(originators)) == len(originators) and all(self._replaces(c) for c in arrived)
        for c in arrived:
            order = self.key(c)
            if c.source.key not in self.newest or order > self.newest[c.source.key]:
                self.newest[c.source.key] = order
        if not fast:
            at, known_at = (moment, None) if clock == "reported" else (None, moment)
            res = resolve_claims(self.count, self.seen, self.policy, at=at, known_at=known_at)
            self.current = {cand.originator: cand for cand in res.current}
            self.pure_chain = _pure_chains(res)
            self.chain_root.clear()
            self.tied = any(c.kind is ConflictKind.SAME_SOURCE for c in res.conflicts)
            decision = Decision(res.best, res.low, res.high, res.best_claim, res.low_claims, res.high_claims, res.rule)
            return decision, _reason(arrived, res), res
        parts = []
        for c in sorted(arrived, key=self.key):
            if c.figure is None:  # a retraction: the chain's figure stands after an even number
                withdrawn = self.by_id[c.retracts[0]]
                root, depth = self.chain_root[withdrawn.id]
                self.chain_root[c.id] = (root, depth + 1)
                parts.append(_retraction_text(c, withdrawn))
                if depth % 2:
                    assert root.figure is not None  # noqa: S101 - a chain's root is a figure
                    self.current[c.source.key] = Candidate(root, root.figure)
                    self.pure_chain.add(c.source.key)
                else:
                    self.current.pop(c.source.key, None)
                    self.pure_chain.discard(c.source.key)
                continue
            if c.status is ClaimStatus.PROJECTED:
                continue
            assert c.figure is not None  # noqa: S101 - _simple guarantees a figure
            old = self.current.get(c.source.key)
            linked = bool(c.supersedes)
            figure = c.figure
            if old is None:
                parts.append(f"{c.source.name} reported {c.figure}")
                self.pure_chain.add(c.source.key)
                if self.claims_of[c.source.key] == 1:
                    self.chain_root[c.id] = (c, 0)
            else:
                figure = _effective(c, old) or c.figure
                kind = RevisionKind.between(old.figure, figure)
                parts.append(_revision_text(c, kind, old.figure, figure, linked, old.claim))
                if not linked:
                    self.pure_chain.discard(c.source.key)  # the old figure is replaced without a link
            self.current[c.source.key] = Candidate(c, figure)
        ordered = sorted(self.current.values(), key=lambda cand: self.key(cand.claim))
        credible, _, _ = compare_originators(ordered, self.policy)
        decision = decide(credible, self.policy)
        if decision.best_claim is None:
            parts.append("no credible claim remains")
        elif not parts:
            parts.append(f"the credible figures changed ({decision.rule})")
        return decision, "; ".join(dict.fromkeys(parts)), None


def _effective(claim: Claim, base: Candidate) -> Figure | None:
    """The figure ``claim`` stands for on ``base``: itself, or an increment applied to it."""
    assert claim.figure is not None  # noqa: S101 - only figures are replayed fast
    if not claim.figure.is_increment:
        return claim.figure
    try:
        return base.figure.shifted(claim.figure.point)
    except ValueError:  # above the largest figure
        return None


def _pure_chains(res: Resolution) -> set[str]:
    """The sources whose figures in ``res``, but the current one, are all superseded by links."""
    gone = {c.id for c in res.retracted} | {c.id for c in res.excluded} | {c.id for c in res.future}
    pool = [c for c in res.considered if c.figure is not None and c.id not in gone]
    in_pool = {c.id for c in pool}
    targets = {t for c in pool for t in c.supersedes if t in in_pool}
    current = {cand.claim.id for cand in res.current}
    sources = {c.source.key for c in pool}
    for c in pool:
        if c.id not in targets and c.id not in current:
            sources.discard(c.source.key)
    return sources & {cand.originator for cand in res.current}


def build_history(count: Count, claims: Sequence[Claim], policy: Policy, clock: Clock = "reported") -> History:
    """Replay ``claims`` on ``clock`` and keep the steps where the numbers moved."""
    if clock not in ("reported", "recorded"):
        raise OptionError("clock", clock, "'reported' (when claims were said) or 'recorded' (when the log learnt them)")

    def stamp(c: Claim) -> datetime | None:
        return c.available_at if clock == "reported" else c.recorded_at

    by_moment: dict[datetime, list[Claim]] = {}
    for c in claims:
        t = stamp(c)
        if t is not None:
            by_moment.setdefault(t, []).append(c)
    order = {id(c): chrono_key(c) for c in claims}
    replay = _Replay(count, policy, order)
    steps: list[HistoryStep] = []
    numbers: tuple[int | None, int | None, int | None] | None = None
    for moment in sorted(by_moment):
        arrived = tuple(sorted(by_moment[moment], key=replay.key))
        decision, reason, full = replay.step(arrived, moment, clock)
        now = (decision.best, decision.low, decision.high)
        if now != numbers:
            # A step keeps no resolution (one per step is quadratic in memory on a
            # long chain); its ``resolution`` is recomputed if asked for.
            del full
            reason = step_reason(reason, numbers, now)
            steps.append(
                HistoryStep(moment, *now, numbers, arrived, reason, policy, clock, replay.seen, None, len(replay.seen))
            )
            numbers = now
    return History(count, policy.name, clock, tuple(steps), tuple(sorted(claims, key=replay.key)))
