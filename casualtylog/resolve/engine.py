"""The resolution engine: from the claims about one count to a Resolution.

Steps, in order (DESIGN §4):

1. keep the claims visible at the query's moment (``at`` on the reported
   clock, ``known_at`` on the recorded clock);
2. drop retracted claims (retractions are final), set projections aside, and
   claims dated implausibly after they were recorded (they never set a figure);
3. apply explicit ``supersedes`` links, whatever the source;
4. apply increments to their base: the claim they supersede, else the same
   originator's previous figure; an increment with no base is an anomaly;
5. per originator, the latest remaining claim is current, the earlier ones
   are revisions (raised, lowered, narrowed, widened, confirmed);
6. across originators, a figure that a later report from someone else has
   overtaken (its high below the later low) is *outdated*; a later figure
   below an earlier one's floor is a *conflict* (a cumulative count fell);
7. the policy chooses best, low and high from the remaining credible figures.

The engine sorts and scans only the claims of one count: its cost does not
depend on the size of the log. When claims were said (step 1, the order, time
windows) is in :mod:`casualtylog.resolve.chrono`; how they link (steps 2-4) in
:mod:`casualtylog.resolve.links`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise

from casualtylog.claims import Claim, ClaimStatus, Count
from casualtylog.figures import Figure
from casualtylog.resolve.chrono import ChronoKey, _overlap, chrono_key, visible
from casualtylog.resolve.chrono import _ambiguous as _ambiguous  # its old home: still importable here
from casualtylog.resolve.explain import describe_claim
from casualtylog.resolve.links import _Effective, _retractions, _supersede_repeats
from casualtylog.resolve.model import Candidate, Conflict, ConflictKind, Decision, Resolution, Revision, RevisionKind
from casualtylog.resolve.policies import Policy
from casualtylog.resolve.ties import widen_for_ties
from casualtylog.tiers import tier_chains

__all__ = ["ChronoKey", "chrono_key", "compare_originators", "decide", "resolve_claims", "visible"]


def compare_originators(
    current: Sequence[Candidate], policy: Policy
) -> tuple[list[Candidate], set[str], list[Conflict]]:
    """Step 6: which current figures (sorted by :func:`chrono_key`) are outdated or in conflict.

    Returns the credible candidates, the ids of the outdated ones and the conflicts.
    """
    outdated_ids: set[str] = set()
    conflicts: list[Conflict] = []
    for i, a in enumerate(current):
        for b in current[i + 1 :]:
            # ``b`` is said at the same time as ``a`` or later; times known only to
            # the day (or coarser) that share a window are not ordered at all.
            same_time = a.claim.reported_at == b.claim.reported_at or _overlap(a.claim, b.claim)
            if not same_time and a.figure.high is not None and a.figure.high < b.figure.low:
                outdated_ids.add(a.claim.id)
            elif b.figure.high is not None and b.figure.high < a.figure.low:
                kind = ConflictKind.SIMULTANEOUS if same_time else ConflictKind.FELL
                conflicts.append(Conflict(a.claim, b.claim, kind))
            elif same_time and not a.figure.overlaps(b.figure):
                conflicts.append(Conflict(a.claim, b.claim, ConflictKind.SIMULTANEOUS))
    credible = [c for c in current if c.claim.id not in outdated_ids] if policy.drop_outdated else list(current)
    return credible, outdated_ids, conflicts


_NOTHING = Decision(None, None, None, None, (), (), "no credible claim")


def decide(credible: Sequence[Candidate], policy: Policy) -> Decision:
    """Step 7: the policy's decision, or an empty one when nothing is credible."""
    return policy.decide(credible) if credible else _NOTHING


def resolve_claims(
    count: Count,
    claims: Sequence[Claim],
    policy: Policy,
    *,
    at: datetime | None = None,
    known_at: datetime | None = None,
) -> Resolution:
    """Resolve the ``claims`` about ``count`` (any order) under ``policy``."""
    seen = visible(claims, at, known_at)
    order = {c.id: chrono_key(c) for c in seen}  # each key once: four sorts below use it
    considered = sorted(seen, key=lambda c: order[c.id])
    linked = any(c.supersedes or c.retracts for c in considered)  # most counts have no links
    retracted_ids, refused = _retractions(considered) if linked else (set(), [])
    retracted = [c for c in considered if c.id in retracted_ids]
    pool = [c for c in considered if c.id not in retracted_ids and c.figure is not None]
    excluded = [c for c in pool if c.status is ClaimStatus.PROJECTED]
    future = [c for c in pool if c.dated_in_future]
    pool = [c for c in pool if c.status is not ClaimStatus.PROJECTED and not c.dated_in_future]

    by_id = {c.id: c for c in pool}
    own: dict[str, list[Claim]] = {}
    for c in pool:
        own.setdefault(c.source.key, []).append(c)
    effective = _Effective(by_id, own)

    # Keyed so that "two more … now 12" (an increment and a total said together,
    # both superseding the old figure) is one revision, named after the total.
    explicit: dict[tuple[str, str, datetime, Figure], Revision] = {}
    superseded_ids: set[str] = set()
    externally: set[str] = set()  # superseded by another originator's claim
    for c in pool if linked else ():
        for old_id in c.supersedes:
            old = by_id.get(old_id)
            if old is None:
                continue
            superseded_ids.add(old_id)
            if c.source.key != old.source.key:
                externally.add(old_id)
            old_fig, new_fig = effective.figure(old), effective.figure(c)
            if old_fig is not None and new_fig is not None:
                key = (old_id, c.source.key, c.reported_at, new_fig)
                explicit[key] = Revision(old, c, RevisionKind.between(old_fig, new_fig), True, old_fig, new_fig)
    revisions = list(explicit.values())
    if superseded_ids:
        _supersede_repeats(superseded_ids, externally, by_id, own, effective)

    increments = []
    chains: dict[str, list[Candidate]] = {}
    for c in pool:
        fig = c.figure if c.figure is not None and not c.figure.is_increment else effective.figure(c)
        if fig is None:
            continue
        if c.figure is not None and c.figure.is_increment:
            increments.append(Candidate(c, fig))
        chains.setdefault(c.source.key, []).append(Candidate(c, fig))

    anomalies = refused + effective.anomalies
    same_source_conflicts: list[Conflict] = []
    current: list[Candidate] = []
    superseded = [by_id[i] for i in sorted(superseded_ids)]
    for chain in chains.values():
        # Links come before time: the current figure is the source's latest one
        # that nothing supersedes, and none older than a figure someone else
        # replaced (those are older than a figure already corrected).
        cutoff = max((i for i, cand in enumerate(chain) if cand.claim.id in externally), default=-1)
        standing = [cand for cand in chain[cutoff + 1 :] if cand.claim.id not in superseded_ids]
        if standing:
            current.append(standing[-1])
        # Revisions pair each figure with the one it followed, skipping figures
        # already replaced by an explicit link (their revision is recorded above).
        live = [cand for cand in chain if cand.claim.id not in superseded_ids]
        superseded.extend(cand.claim for cand in live if not standing or cand is not standing[-1])
        for before, after in (pair for tier in tier_chains(live) for pair in pairwise(tier)):
            if before.claim.id in after.claim.supersedes:
                continue  # already recorded as an explicit revision
            said_together = (
                before.claim.reported_at == after.claim.reported_at and before.claim.describes == after.claim.describes
            )
            if before.claim.figure is not None and before.claim.figure.is_increment and said_together:
                # "two more … now 12": one statement. Whether the two agree is
                # the increment check's business (checks.INCREMENT_MISMATCH).
                continue
            if said_together and before.figure != after.figure:
                same_source_conflicts.append(Conflict(before.claim, after.claim, ConflictKind.SAME_SOURCE))
                continue
            kind = RevisionKind.between(before.figure, after.figure)
            revisions.append(Revision(before.claim, after.claim, kind, False, before.figure, after.figure))
            if before.figure != after.figure and _ambiguous(before.claim, after.claim):
                anomalies.append(
                    f"order of {describe_claim(before.claim)} and {describe_claim(after.claim)} is ambiguous at the "
                    "precision their times are known; add a supersedes link to settle it"
                )
    current.sort(key=lambda cand: order[cand.claim.id])

    credible, outdated_ids, across = compare_originators(current, policy)
    conflicts = same_source_conflicts + across
    seen_ids = {c.id for c in considered} if linked else set()
    dangling = [
        (c, kind, link)
        for c in (considered if linked else ())
        for kind, links in (("supersedes", c.supersedes), ("retracts", c.retracts))
        for link in links
        if link not in seen_ids
    ]

    decision = widen_for_ties(decide(credible, policy), same_source_conflicts, credible)
    best, low, high = decision.best, decision.low, decision.high
    return Resolution(
        count=count,
        policy=policy.name,
        best=best,
        low=low,
        high=high,
        best_claim=decision.best_claim,
        low_claims=tuple(decision.low_claims),
        high_claims=tuple(decision.high_claims),
        rule=decision.rule,
        considered=tuple(considered),
        current=tuple(current),
        credible=tuple(credible),
        superseded=tuple(sorted({c.id: c for c in superseded}.values(), key=lambda c: order[c.id])),
        retracted=tuple(retracted),
        excluded=tuple(excluded),
        outdated=tuple(c.claim for c in current if c.claim.id in outdated_ids),
        conflicts=tuple(conflicts),
        revisions=tuple(sorted(revisions, key=lambda r: (order[r.new.id], r.old.id))),
        increments=tuple(increments),
        anomalies=tuple(anomalies),
        at=at,
        known_at=known_at,
        future=tuple(future),
        dangling=tuple(dangling),
    )
