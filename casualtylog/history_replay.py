"""The replay behind a history: a count's claims, moment by moment, resolved incrementally.

:class:`Replay` takes the claims that arrive at each moment and gives the
decision (best, low, high and the claims that set them) after that moment,
with what is needed to say why. The common cases — a source's new, unlinked
figure, newer than anything it said before, or a new figure that supersedes
the source's current one when every earlier figure of that source is already
superseded (a chain of revisions) — only replace that source's current
figure, so the step costs a comparison across sources, not a new resolution
of every claim so far: a history is linear in the length of such a chain.
Anything else (other links, increments, retractions, a statement older than
one already seen) falls back to the full engine for that moment. A property
test checks that both paths give the same history.

A fast step writes no words: its reason is a
:class:`~casualtylog.step_reasons.PendingReason`, written if it is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal, NamedTuple

from casualtylog.claims import Claim, ClaimStatus, Count
from casualtylog.figures import Figure
from casualtylog.resolve.decide_one import OneCandidate
from casualtylog.resolve.engine import ChronoKey, chrono_key, compare_originators, decide, resolve_claims
from casualtylog.resolve.model import Candidate, ConflictKind, Decision, Resolution
from casualtylog.resolve.policies import Policy
from casualtylog.step_reasons import (
    Part,
    PendingReason,
    reason_from_resolution,
    replaced_text,
    reported_text,
    retraction_text,
)
from casualtylog.times import window_end

__all__ = ["Clock", "Replay", "Replayed"]

Clock = Literal["reported", "recorded"]


class Replayed(NamedTuple):
    """What one moment of a replay gives: the decision and the tallies a resolution reports.

    A named tuple, not a frozen dataclass: one is made per moment, and a tuple is built at C speed.
    """

    decision: Decision
    reason: str | PendingReason
    sources: int  # independent originators of the credible figures
    conflicted: bool  # whether any conflict is present


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


class Replay:
    """Replays claims moment by moment, resolving incrementally where it is safe (see the module)."""

    def __init__(
        self,
        count: Count,
        policy: Policy,
        order: dict[int, ChronoKey] | None = None,
        tiered: frozenset[str] = frozenset(),
    ) -> None:
        self.count = count
        self.policy = policy
        # Sources stating two tiers (tiers.tiered_sources): the engine pairs their figures within
        # a tier, not each with the one before it, so their claims always take the full step.
        self.tiered = tiered
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
        self.decide_one = OneCandidate(policy)  # the commonest decision, without the policy's sorts

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
        if key in self.tiered:
            return False
        if claim.figure is None:
            return self._withdraws_tip(claim)
        if claim.supersedes and _revises(claim):
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

    def _note(self, arrived: Sequence[Claim]) -> None:
        """Keep the links, the claims per source and the replaced windows of ``arrived``."""
        self.seen.extend(arrived)
        by_id, claims_of = self.by_id, self.claims_of
        for c in arrived:  # all first: a claim may supersede one said with it
            by_id[c.id] = c
        for c in arrived:
            claims_of[c.source.key] = claims_of.get(c.source.key, 0) + 1
            if not (c.supersedes or c.retracts):
                continue  # a plain figure links nothing: most claims of a long series
            self.linked.update(c.supersedes)
            self.linked.update(c.retracts)
            for target in (*c.supersedes, *c.retracts):
                self.links_to[target] = self.links_to.get(target, 0) + 1
            for target in c.supersedes:
                replaced = self.by_id.get(target)
                if replaced is not None:
                    end = window_end(replaced.reported_at, replaced.reported_precision)
                    who = replaced.source.key
                    self.replaced_until[who] = max(end, self.replaced_until.get(who, end))

    def step(self, arrived: Sequence[Claim], moment: datetime, clock: Clock) -> Replayed:
        """The decision once ``arrived`` (sorted by :meth:`key`) are known at ``moment``."""
        if len(arrived) == 1:
            revised = self._revision_of_one(arrived[0])
            if revised is not None:
                return revised
        self._note(arrived)
        if len(arrived) == 1:
            fast = not self.tied and self._replaces(arrived[0])
        else:
            originators = {c.source.key for c in arrived}
            fast = not self.tied and len(originators) == len(arrived) and all(self._replaces(c) for c in arrived)
        newest, order = self.newest, self.order
        for c in arrived:
            key = order.get(id(c)) or chrono_key(c)
            who = c.source.key
            held = newest.get(who)
            if held is None or key > held:
                newest[who] = key
        return self._fast(arrived) if fast else self._full(arrived, moment, clock)

    def _revision_of_one(self, claim: Claim) -> Replayed | None:
        """The commonest step of a long series with the least bookkeeping: one unlinked figure, later
        than anything its source said, replacing the source's current one. ``None`` (nothing
        changed) for any other step: :meth:`_replaces` and :meth:`_fast` then decide, as they would."""
        figure = claim.figure
        if (
            self.tied
            or figure is None
            or claim.supersedes
            or claim.retracts
            or figure.is_increment
            or claim.status is ClaimStatus.PROJECTED
            or claim.id in self.linked
            or claim.dated_in_future
        ):
            return None
        who = claim.source.key
        if who in self.tiered:
            return None
        old, newest = self.current.get(who), self.newest.get(who)
        key = self.key(claim)
        said = claim.reported_at
        if old is None or newest is None or key <= newest or said == old.claim.reported_at:
            return None
        if said < self.replaced_until.get(who, said):
            return None
        # What _note, step and _fast do for this one claim.
        self.seen.append(claim)
        self.by_id[claim.id] = claim
        self.claims_of[who] += 1
        self.newest[who] = key
        self.pure_chain.discard(who)  # the old figure is replaced without a link
        self.current[who] = Candidate(claim, figure)
        return self._decided([(replaced_text, (claim, old.figure, figure, False, old.claim))])

    def _full(self, arrived: Sequence[Claim], moment: datetime, clock: Clock) -> Replayed:
        at, known_at = (moment, None) if clock == "reported" else (None, moment)
        res = resolve_claims(self.count, self.seen, self.policy, at=at, known_at=known_at)
        self.current = {cand.originator: cand for cand in res.current}
        self.pure_chain = _pure_chains(res)
        self.chain_root.clear()
        self.tied = any(c.kind is ConflictKind.SAME_SOURCE for c in res.conflicts)
        decision = Decision(res.best, res.low, res.high, res.best_claim, res.low_claims, res.high_claims, res.rule)
        # The full resolution is at hand (and not kept): its words now cost little.
        return Replayed(decision, reason_from_resolution(arrived, res), res.sources, bool(res.conflicts))

    def _fast(self, arrived: Sequence[Claim]) -> Replayed:
        parts: list[Part] = []
        for c in arrived:  # already in chrono order
            key = c.source.key
            if c.figure is None:  # a retraction: the chain's figure stands after an even number
                withdrawn = self.by_id[c.retracts[0]]
                root, depth = self.chain_root[withdrawn.id]
                self.chain_root[c.id] = (root, depth + 1)
                parts.append((retraction_text, (c, withdrawn)))
                if depth % 2:
                    assert root.figure is not None  # noqa: S101 - a chain's root is a figure
                    self.current[key] = Candidate(root, root.figure)
                    self.pure_chain.add(key)
                else:
                    self.current.pop(key, None)
                    self.pure_chain.discard(key)
                continue
            if c.status is ClaimStatus.PROJECTED:
                continue
            old = self.current.get(key)
            figure = c.figure
            if old is None:
                parts.append((reported_text, (c,)))
                self.pure_chain.add(key)
                if self.claims_of[key] == 1:
                    self.chain_root[c.id] = (c, 0)
            else:
                linked = bool(c.supersedes)
                if figure.is_increment:
                    figure = _effective(c, old) or figure
                parts.append((replaced_text, (c, old.figure, figure, linked, old.claim)))
                if not linked:
                    self.pure_chain.discard(key)  # the old figure is replaced without a link
            self.current[key] = Candidate(c, figure)
        return self._decided(parts)

    def _decided(self, parts: list[Part]) -> Replayed:
        """The policy's decision on the current figures, after a fast step that did ``parts``."""
        current = self.current
        if len(current) == 1:  # one source: nothing to compare it with
            (only,) = current.values()
            decision = self.decide_one(only)
            return Replayed(
                decision, PendingReason(parts, None if decision.best_claim is None else decision.rule), 1, False
            )
        key = self.key
        if len(current) == 2:  # two sources (a ministry and an office, say): one comparison, no sort
            a, b = current.values()
            ordered = [a, b] if key(a.claim) < key(b.claim) else [b, a]
        else:
            ordered = sorted(current.values(), key=lambda cand: key(cand.claim))
        credible, _, conflicts = compare_originators(ordered, self.policy)
        conflicted, sources = bool(conflicts), len({cand.claim.source.key for cand in credible})
        # A cumulative series from several sources usually has one credible figure: the
        # others are outdated by a later, higher one.
        decision = self.decide_one(credible[0]) if len(credible) == 1 else decide(credible, self.policy)
        rule = None if decision.best_claim is None else decision.rule
        return Replayed(decision, PendingReason(parts, rule), sources, conflicted)


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
