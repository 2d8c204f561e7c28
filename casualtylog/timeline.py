"""Findings over time: every finding about a count that was ever true, with when it began and ended.

``check(at=t)`` says what is wrong at one moment: a fall between two
sources that a later figure overtook is gone from it. :func:`findings_over_time`
replays each count once, in the order its claims became visible, and keeps
every finding with the moment it began and the moment it stopped holding
(``None``: it still holds).

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog([
...     {"event": "e", "metric": "killed", "figure": "12", "source": "A", "reported_at": "2025-04-24T10:00Z"},
...     {"event": "e", "metric": "killed", "figure": "9", "source": "B", "reported_at": "2025-04-24T11:00Z"},
...     {"event": "e", "metric": "killed", "figure": "14", "source": "B", "reported_at": "2025-04-24T15:00Z"}])
>>> log.check()
[]
>>> for span in findings_over_time(log):
...     print(span.kind, span.begin.hour, span.end.hour if span.end else None)
conflict 11 15

Counts whose claims carry no links nor increments (real published series)
are replayed incrementally: a new claim re-pairs only its own source's
figures. Others are resolved afresh at each of their moments. Findings
across counts (a group above its total, intercepted above launched) come from
the two counts' histories side by side (:mod:`casualtylog.cross_timeline`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from casualtylog.checks import FindingKind, check_resolutions
from casualtylog.claims import Claim, ClaimStatus, Count
from casualtylog.resolve.engine import ChronoKey, _ambiguous, chrono_key, compare_originators, resolve_claims
from casualtylog.resolve.explain import describe_claim
from casualtylog.resolve.model import Candidate, Conflict, ConflictKind, RevisionKind
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.tiers import tier_chains
from casualtylog.times import instant

if TYPE_CHECKING:
    import pandas as pd

    from casualtylog.log import CasualtyLog

__all__ = ["FindingSpan", "findings_over_time", "spans_frame"]

_Key = tuple[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class FindingSpan:
    """A finding about one count and the time it held: ``[begin, end)``; ``end`` ``None`` while it holds."""

    kind: str
    count: Count
    message: str
    claims: tuple[Claim, ...]
    begin: datetime
    end: datetime | None

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The ids of :attr:`claims`, in order (as :attr:`Finding.claim_ids <casualtylog.checks.Finding.claim_ids>`)."""
        return tuple(c.id for c in self.claims)

    def __str__(self) -> str:
        until = "now" if self.end is None else self.end.isoformat()
        return f"{self.kind} {self.begin.isoformat()} → {until}: {self.message}"


def _simple(claim: Claim) -> bool:
    return (
        claim.figure is not None
        and not claim.figure.is_increment
        and not claim.supersedes
        and not claim.retracts
        and claim.status is not ClaimStatus.PROJECTED
    )


def _pair_findings(chain: Sequence[Candidate], out: dict[_Key, tuple[str, tuple[Claim, ...]]]) -> None:
    """What the engine finds between consecutive figures of one source (see ``resolve_claims``)."""
    for tier in tier_chains(chain):
        for before, after in pairwise(tier):
            b, a = before.claim, after.claim
            together = b.reported_at == a.reported_at and b.describes == a.describes
            if together and before.figure != after.figure:
                conflict = Conflict(b, a, ConflictKind.SAME_SOURCE)
                out[(FindingKind.CONFLICT.value, (b.id, a.id))] = (f"{a.count}: {conflict.reason}", (b, a))
                continue
            if RevisionKind.between(before.figure, after.figure) is RevisionKind.LOWERED:
                text = f"{a.count}: {a.source.name} lowered {b.figure} → {a.figure} without a correction"
                out[(FindingKind.CUMULATIVE_FELL.value, (b.id, a.id))] = (text, (b, a))
            if before.figure != after.figure and _ambiguous(b, a):
                text = f"{a.count}: order of {describe_claim(b)} and {describe_claim(a)} is ambiguous"
                out[(FindingKind.ANOMALY.value, (b.id, a.id))] = (text, ())


class _SourceChain:
    """One source's figures so far, with the findings between them, kept up to date as claims arrive."""

    def __init__(self) -> None:
        self.chain: list[Candidate] = []
        self.keys: list[ChronoKey] = []
        self.flash: set[datetime] = set()
        self.verified: set[datetime] = set()
        self.last: dict[bool, Candidate] = {}  # per tier (verified?) when split, else under False
        self.found: dict[_Key, tuple[str, tuple[Claim, ...]]] = {}

    def _split(self) -> bool:
        return not self.flash.isdisjoint(self.verified)

    def add(self, arrived: Sequence[Claim]) -> None:
        before = self._split()
        for c in arrived:
            if c.status is ClaimStatus.PRELIMINARY:
                self.flash.add(c.describes)
            elif c.status is ClaimStatus.CONFIRMED:
                self.verified.add(c.describes)
        split = self._split()
        fresh = sorted(((chrono_key(c), c) for c in arrived), key=lambda kc: kc[0])
        if split == before and (not self.keys or fresh[0][0] > self.keys[-1]):
            # The common case: newer statements, same tiers. Only the new pairs are new.
            for key, c in fresh:
                assert c.figure is not None  # noqa: S101 - simple claims have figures
                cand = Candidate(c, c.figure)
                tier = split and c.status is ClaimStatus.CONFIRMED
                prev = self.last.get(tier)
                if prev is not None:
                    _pair_findings([prev, cand], self.found)
                self.last[tier] = cand
                self.chain.append(cand)
                self.keys.append(key)
            return
        for key, c in fresh:
            assert c.figure is not None  # noqa: S101 - simple claims have figures
            self.chain.append(Candidate(c, c.figure))
            self.keys.append(key)
        order = sorted(range(len(self.chain)), key=self.keys.__getitem__)
        self.chain = [self.chain[i] for i in order]
        self.keys = [self.keys[i] for i in order]
        self.found = {}
        _pair_findings(self.chain, self.found)
        self.last = {}
        for cand in self.chain:
            self.last[split and cand.claim.status is ClaimStatus.CONFIRMED] = cand


def _replay_simple(
    count: Count, claims: Sequence[Claim], policy: Policy
) -> Iterable[tuple[datetime, dict[_Key, tuple[str, tuple[Claim, ...]]]]]:
    """The findings after each moment, re-pairing only the statements that arrived."""
    by_moment: dict[datetime, list[Claim]] = {}
    for c in claims:
        by_moment.setdefault(c.available_at, []).append(c)
    sources: dict[str, _SourceChain] = {}
    for moment in sorted(by_moment, key=instant):  # instants: one named zone's times sort by wall clock
        arrived: dict[str, list[Claim]] = {}
        for c in by_moment[moment]:
            arrived.setdefault(c.source.key, []).append(c)
        for who, said in arrived.items():
            sources.setdefault(who, _SourceChain()).add(said)
        current = sorted((src.chain[-1] for src in sources.values()), key=lambda cand: chrono_key(cand.claim))
        _, _, across = compare_originators(current, policy)
        now: dict[_Key, tuple[str, tuple[Claim, ...]]] = {}
        for src in sources.values():
            now.update(src.found)
        for conflict in across:
            key = (FindingKind.CONFLICT.value, (conflict.first.id, conflict.second.id))
            now[key] = (f"{count}: {conflict.reason}", (conflict.first, conflict.second))
        yield moment, now


def _replay_full(
    count: Count, claims: Sequence[Claim], policy: Policy
) -> Iterable[tuple[datetime, dict[_Key, tuple[str, tuple[Claim, ...]]]]]:
    """The findings after each moment, resolving the count afresh (links, increments, projections)."""
    for moment in sorted({c.available_at for c in claims}, key=instant):
        res = resolve_claims(count, claims, policy, at=moment)
        now: dict[_Key, tuple[str, tuple[Claim, ...]]] = {}
        for f in check_resolutions({count: res}, relations=()):
            now[(f.kind.value, tuple(c.id for c in f.claims) or (f.message,))] = (f.message, f.claims)
        yield moment, now


def _spans(
    count: Count, replay: Iterable[tuple[datetime, dict[_Key, tuple[str, tuple[Claim, ...]]]]]
) -> list[FindingSpan]:
    open_: dict[_Key, tuple[datetime, str, tuple[Claim, ...]]] = {}
    out: list[FindingSpan] = []
    for moment, now in replay:
        for key in [k for k in open_ if k not in now]:
            begin, message, claims = open_.pop(key)
            out.append(FindingSpan(key[0], count, message, claims, begin, moment))
        for key, (message, claims) in now.items():
            if key not in open_:
                open_[key] = (moment, message, claims)
    out.extend(FindingSpan(k[0], count, m, c, b, None) for k, (b, m, c) in open_.items())
    return sorted(out, key=lambda s: (instant(s.begin), s.kind, s.message))


def findings_over_time(log: CasualtyLog, *, policy: str | Policy | None = None) -> list[FindingSpan]:
    """Every finding that was ever true on the reported clock, with its begin and end.

    Findings within each count first (count by count), then those across two
    counts (a group above its total, a declared relation violated).
    """
    from casualtylog.cross_timeline import cross_findings_over_time  # noqa: PLC0415 - it builds on this module

    chosen = get_policy(policy)
    out: list[FindingSpan] = []
    for count in log.counts():
        claims = log.claims_about_count(count)
        replay = _replay_simple if all(_simple(c) for c in claims) else _replay_full
        out.extend(_spans(count, replay(count, claims, chosen)))
    out.extend(cross_findings_over_time(log, policy=chosen))
    return out


def spans_frame(spans: Sequence[FindingSpan]) -> pd.DataFrame:
    """Finding spans as a pandas frame (needs the ``pandas`` extra)."""
    from casualtylog._extras import require  # noqa: PLC0415 - optional extra, imported when used

    pandas = require("pandas", "pandas", "spans_frame()")
    rows = [
        {"kind": s.kind, "count": str(s.count), "begin": s.begin, "end": s.end, "message": s.message} for s in spans
    ]
    frame: pd.DataFrame = pandas.DataFrame(rows, columns=["kind", "count", "begin", "end", "message"])
    return frame
