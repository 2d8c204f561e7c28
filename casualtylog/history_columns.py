"""A plain count's history as columns: the numbers first, each step made when it is read.

Most long series are *plain*: one ministry's daily total, or two offices of one
government, every claim a figure with no link, no increment and no projection,
each later than anything its source said before. The replay
(:class:`~casualtylog.history_replay.Replay`) takes its fast path at every
moment of such a count: each source's current figure is its latest, and a
moment's decision is that figure's numbers (several sources: the engine's
comparison of their current figures, then the policy). :func:`plain_history`
does that replay in one loop over the claims and keeps columns, not objects:
for each moment the decision and tallies ``resolve(at=)`` reads
(:class:`~casualtylog.at_index.AtIndex`), for each claim the one its source said
before (what the step's reason names), and which moments are steps. A step
(its claims, its pending reason) is made only when a caller reads it
(:class:`PlainSteps`), equal field by field to the replay's.

Any other count returns ``None`` and is replayed as before, and so is a policy
that is not exactly a built-in one (a subclass may decide its own way) or a
weighted median (a weight may be refused). Property tests check the steps and
the index against a replay that resolves every moment in full
(tests/test_long_series_columns.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise
from operator import itemgetter

from casualtylog.at_index import AtIndex, Entry
from casualtylog.claims import Claim, ClaimStatus, Count
from casualtylog.figures import Figure, Qualifier
from casualtylog.history_replay import Clock
from casualtylog.history_steps import HistoryStep
from casualtylog.resolve.chrono import _overlap
from casualtylog.resolve.decide_one import OneCandidate
from casualtylog.resolve.engine import chrono_key, compare_originators, decide
from casualtylog.resolve.model import Candidate
from casualtylog.resolve.policies import Policy
from casualtylog.step_reasons import Numbers, Part, PendingReason, replaced_text, reported_text
from casualtylog.tiers import tiered_sources
from casualtylog.times import Precision, instant

__all__ = ["PlainSteps", "plain_history"]

_PROJECTED = ClaimStatus.PROJECTED
_PRELIMINARY, _CONFIRMED = ClaimStatus.PRELIMINARY, ClaimStatus.CONFIRMED
_INCREMENT = Qualifier.INCREMENT
_RANGE = Qualifier.RANGE
_SECOND = Precision.SECOND
_first = itemgetter(0)

# (instant of the moment described, instant said): the head of chrono_key, enough to
# order two claims unless both are equal (then the whole key decides).
_Head = tuple[datetime, datetime]


def _numbers(shape: str, figure: Figure) -> Numbers:
    """``OneCandidate``'s numbers for one figure (its ``shape``: "figure", "point" or "floor")."""
    high = figure.high
    if shape == "figure":
        return figure.point, figure.low, high
    best = figure.low if shape == "floor" and figure.qualifier is _RANGE else figure.point
    low = figure.low
    return best, low if low < best else best, None if high is None else high if high > best else best


class PlainSteps:
    """The steps of a plain count's replay, as columns (:class:`~casualtylog.history_steps.StepColumns`)."""

    __slots__ = ("_before", "_clock", "_entries", "_policy", "_rule", "_seen", "_shown", "_steps")

    def __init__(
        self,
        policy: Policy,
        clock: Clock,
        seen: list[Claim],
        before: list[int],
        shown: list[datetime],
        entries: list[Entry],
        steps: list[int],
        rule: str,
    ) -> None:
        self._policy, self._clock, self._rule = policy, clock, rule
        self._seen = seen  # the claims in the order replayed
        self._before = before  # per claim: the position of its source's previous claim, or -1
        self._shown = shown  # per moment: the time a step shows
        self._entries = entries  # per moment: the AtIndex entry (numbers, best claim, claims seen, tallies)
        self._steps = steps  # the moments at which best, low or high changed

    def __len__(self) -> int:
        return len(self._steps)

    def moments(self) -> list[datetime]:
        shown = self._shown
        return [shown[m] for m in self._steps]

    def numbers(self) -> list[Numbers]:
        entries = self._entries
        return [entries[m][:3] for m in self._steps]

    def step(self, k: int) -> HistoryStep:
        m = self._steps[k]
        entries, seen, before = self._entries, self._seen, self._before
        best, low, high, best_claim, end = entries[m][:5]
        start = entries[m - 1][4] if m else 0
        previous = entries[self._steps[k - 1]][:3] if k else None
        parts: list[Part] = []
        for j in range(start, end):  # what each claim did, as Replay._fast puts it
            claim, b = seen[j], before[j]
            if b < 0:
                parts.append((reported_text, (claim,)))
            else:
                old = seen[b]
                parts.append((replaced_text, (claim, old.figure, claim.figure, False, old)))
        reason = PendingReason(parts, None if best_claim is None else self._rule)
        arrived = tuple(seen[start:end])
        return HistoryStep(
            self._shown[m], best, low, high, previous, arrived, reason, self._policy, self._clock, seen, None, end
        )


class PlainReplay:
    """What :func:`plain_history` gives: the steps as columns, the index, and the claims in chrono order."""

    __slots__ = ("claims", "index", "steps")

    def __init__(self, steps: PlainSteps, index: AtIndex, claims: tuple[Claim, ...]) -> None:
        self.steps, self.index, self.claims = steps, index, claims


def _head(claim: Claim) -> _Head:
    return instant(claim.as_of or claim.reported_at), instant(claim.reported_at)


def _later(new: Claim, new_head: _Head, old: Claim, old_head: _Head) -> bool:
    """Whether ``new`` comes after ``old`` by :func:`chrono_key` (the head first: the whole key is rarely needed)."""
    if new_head != old_head:
        return new_head > old_head
    return chrono_key(new) > chrono_key(old)


def plain_history(count: Count, claims: Sequence[Claim], policy: Policy, clock: Clock) -> PlainReplay | None:
    """Replay a plain count (see the module) on ``clock`` as columns; ``None`` for any other count."""
    decide_one = OneCandidate(policy)
    shape = decide_one.shape
    if shape not in ("figure", "point", "floor"):
        return None
    reported = clock == "reported"
    stamped: list[tuple[datetime, datetime, Claim]] = []
    tiers = False  # a preliminary or a confirmed figure: a source may state two tiers
    for c in claims:
        f = c.figure
        status = c.status
        if f is None or f.qualifier is _INCREMENT or c.supersedes or c.retracts or status is _PROJECTED:
            return None
        if c.dated_in_future:
            return None
        if status is _PRELIMINARY or status is _CONFIRMED:
            tiers = True
        t = c.available_at if reported else c.recorded_at
        if t is not None:
            stamped.append((instant(t), t, c))
    if not stamped or (tiers and tiered_sources(claims)):
        # A source stating two tiers has its revisions paired within each (tiers.tier_chains), not
        # each figure with the one before it as the columns assume: the replay's business.
        return None
    stamped.sort(key=_first)  # stable: claims at one moment keep the order they were given (as build_history)
    if not any(a[0] == b[0] for a, b in pairwise(stamped)):
        # One claim per moment (a daily series): a step shows the claim's own time.
        seen = [c for _, _, c in stamped]
        heads = [_head(c) for c in seen]
        moments = [m for m, _, _ in stamped]
        shown = [t for _, t, _ in stamped]
        return _replay(count, policy, clock, decide_one, shape, claims, seen, heads, moments, shown, None)
    seen, heads, moments, shown = [], [], [], []
    ends: list[int] = []
    i, n = 0, len(stamped)
    while i < n:
        moment = stamped[i][0]
        j = i + 1
        while j < n and stamped[j][0] == moment:
            j += 1
        # As build_history: the first claim whose time is not its instant names the moment, else the instant.
        shown.append(next((t for m, t, _ in stamped[i:j] if t is not m), moment))
        together = sorted((s[2] for s in stamped[i:j]), key=chrono_key)
        if len({c.source.key for c in together}) < len(together):
            return None  # a source saying two things at one moment: the engine's business
        seen.extend(together)
        heads.extend(_head(c) for c in together)
        moments.append(moment)
        ends.append(len(seen))
        i = j
    return _replay(count, policy, clock, decide_one, shape, claims, seen, heads, moments, shown, ends)


def _replay(
    count: Count,
    policy: Policy,
    clock: Clock,
    decide_one: OneCandidate,
    shape: str,
    claims: Sequence[Claim],
    seen: list[Claim],
    heads: list[_Head],
    moments: list[datetime],
    shown: list[datetime],
    ends: list[int] | None,
) -> PlainReplay | None:
    """The loop over moments (``ends``: how many claims were seen after each; ``None``: one per moment)."""
    before: list[int] = []
    held: dict[str, int] = {}  # per source: the position of its current (latest) claim
    for j, c in enumerate(seen):
        who = c.source.key
        b = held.get(who, -1)
        if b >= 0:
            old = seen[b]
            # The replay's fast path: later than anything its source said, at another time.
            if c.reported_at == old.reported_at or not _later(c, heads[j], old, heads[b]):
                return None
        before.append(b)
        held[who] = j
    entries: list[Entry] = []
    steps: list[int] = []
    if len(held) == 1:  # one source, so one claim per moment: each moment's decision is its claim's figure
        last: Numbers | None = None
        for m, c in enumerate(seen):
            best, low, high = now = _numbers(shape, c.figure)  # type: ignore[arg-type]  # plain: a figure
            entries.append((best, low, high, c, m + 1, 1, False))
            if now != last:
                steps.append(m)
                last = now
    else:
        _several_sources(policy, shape, seen, heads, range(1, len(seen) + 1) if ends is None else ends, entries, steps)
    # Every claim of a plain step is named in its reason, so the rule's words are never
    # written (PendingReason.text): only whether something credible remains matters.
    rule = decide_one.policy.decide([Candidate(seen[0], seen[0].figure)]).rule  # type: ignore[arg-type]
    index = AtIndex.of(clock, moments, entries)
    if len(seen) == len(claims) and (len(held) == 1 or all(a < b for a, b in pairwise(heads))):
        ordered = tuple(seen)  # already in chrono order: each head later than the one before
    else:
        ordered = tuple(sorted(claims, key=chrono_key))
    return PlainReplay(PlainSteps(policy, clock, seen, before, shown, entries, steps, rule), index, ordered)


def _several_sources(
    policy: Policy,
    shape: str,
    seen: list[Claim],
    heads: list[_Head],
    ends: Sequence[int],
    entries: list[Entry],
    steps: list[int],
) -> None:
    """Each moment's decision when several sources speak: their current figures compared in chrono
    order (:func:`~casualtylog.resolve.engine.compare_originators`), then the policy, as the replay does."""
    current: dict[str, int] = {}
    made: dict[int, Candidate] = {}
    naive: dict[int, datetime] = {}  # per claim: its time as written, for comparing windows
    drop = policy.drop_outdated
    last: Numbers | None = None
    start = 0
    for m, end in enumerate(ends):
        for j in range(start, end):
            current[seen[j].source.key] = j
        start = end
        if len(current) == 1:
            (j,) = current.values()
            c = seen[j]
            best, low, high = _numbers(shape, c.figure)  # type: ignore[arg-type]
            entries.append((best, low, high, c, end, 1, False))
        else:
            if len(current) == 2:  # two offices of one government, say: one comparison
                a, b = current.values()
                held = [a, b] if _sooner(a, b, seen, heads) else [b, a]
            else:
                held = sorted(current.values(), key=lambda j: (heads[j], j))
                if any(heads[x] == heads[y] for x, y in pairwise(held)):
                    held.sort(key=lambda j: chrono_key(seen[j]))
            ordered = []
            for j in held:  # a candidate per claim, made once: a source's figure stays current for many moments
                cand = made.get(j)
                if cand is None:
                    cand = made[j] = Candidate(seen[j], seen[j].figure)  # type: ignore[arg-type]
                ordered.append(cand)
            if len(ordered) == 2:
                credible, conflicted = _pair(ordered[0], ordered[1], drop, naive, held)
            else:
                credible, _, conflicts = compare_originators(ordered, policy)
                conflicted = bool(conflicts)
            if len(credible) == 1:
                c = credible[0].claim
                best, low, high = _numbers(shape, credible[0].figure)
                entries.append((best, low, high, c, end, 1, conflicted))
            else:
                d = decide(credible, policy)
                best, low, high = d.best, d.low, d.high
                entries.append((best, low, high, d.best_claim, end, len(credible), conflicted))
        now = (best, low, high)
        if now != last:
            steps.append(m)
            last = now


def _sooner(a: int, b: int, seen: list[Claim], heads: list[_Head]) -> bool:
    """Whether ``seen[a]`` comes before ``seen[b]`` by :func:`chrono_key` (the head first)."""
    if heads[a] != heads[b]:
        return heads[a] < heads[b]
    return chrono_key(seen[a]) < chrono_key(seen[b])


def _pair(
    a: Candidate, b: Candidate, drop_outdated: bool, naive: dict[int, datetime], where: list[int]
) -> tuple[list[Candidate], bool]:
    """:func:`~casualtylog.resolve.engine.compare_originators` of two candidates (``a`` said first,
    ``where`` their positions in the replay, ``naive`` a cache of their times as written): the
    credible ones, and whether the two conflict. Its three cases, for one pair."""
    fa, fb = a.figure, b.figure
    if fa.high is not None and fa.high < fb.low:
        # Only here does the time matter (the windows are compared only here, the costly part):
        # said apart, a is outdated by a later, higher figure; said at once, the two disagree.
        if _same_time(a.claim, b.claim, naive, where):
            return [a, b], True
        return ([b] if drop_outdated else [a, b]), False
    # A fall (or two figures at once that disagree) whenever b ends below a; figures
    # that overlap never conflict, whenever they were said.
    return [a, b], fb.high is not None and fb.high < fa.low


def _same_time(ca: Claim, cb: Claim, naive: dict[int, datetime], where: list[int]) -> bool:
    """The engine's ``reported_at == reported_at or _overlap(...)``. Two claims known to one precision
    coarser than the second share a window when their times as written are equal (``_overlap``'s
    own rule for them); each claim's time as written is made once, not once per comparison."""
    if ca.reported_at == cb.reported_at:
        return True
    precision = ca.reported_precision
    if precision is not cb.reported_precision:
        return _overlap(ca, cb)
    if precision is _SECOND:
        return False  # known to the second: one window only if the same instant, answered above
    x, y = where
    wa = naive.get(x)
    if wa is None:
        wa = naive[x] = ca.reported_at.replace(tzinfo=None)
    wb = naive.get(y)
    if wb is None:
        wb = naive[y] = cb.reported_at.replace(tzinfo=None)
    return wa == wb
