"""Checks across claims and counts: what cannot all be true at once.

Each :class:`Finding` names its kind, the counts and the claims involved, and
says what is wrong in words. ``warning`` findings point at something that
cannot be true (a group above its total, a count that fell without a
correction); ``info`` findings record things an analyst should know but that
are not errors (an explicit downward correction).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from casualtylog.claims import FUTURE_TOLERANCE, Claim, Count
from casualtylog.names import look_alikes
from casualtylog.resolve.explain import describe_claim
from casualtylog.resolve.model import Resolution, RevisionKind

__all__ = ["DEFAULT_RELATIONS", "Finding", "FindingKind", "Relation", "check_resolutions"]


class FindingKind(StrEnum):
    """What a finding is about."""

    GROUP_EXCEEDS_TOTAL = "group_exceeds_total"
    RELATION_VIOLATED = "relation_violated"
    PARTS_EXCEED_WHOLE = "parts_exceed_whole"
    PARTS_BELOW_WHOLE = "parts_below_whole"
    INCREMENT_MISMATCH = "increment_mismatch"
    CUMULATIVE_FELL = "cumulative_fell"
    CORRECTION = "correction"
    REPLACED_LOWER = "replaced_lower"
    CONFLICT = "conflict"
    ANOMALY = "anomaly"
    FUTURE_DATED = "future_dated"
    DANGLING_LINK = "dangling_link"
    LOOK_ALIKE_NAMES = "look_alike_names"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by :meth:`casualtylog.CasualtyLog.check`."""

    kind: FindingKind
    severity: str
    message: str
    counts: tuple[Count, ...]
    claims: tuple[Claim, ...]

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The ids of :attr:`claims`, in order: the name issue 12 gives claim ids everywhere."""
        return tuple(c.id for c in self.claims)

    def __str__(self) -> str:
        return f"[{self.severity}] {self.kind.value}: {self.message}"


@dataclass(frozen=True, slots=True)
class Relation:
    """A declared relation between two metrics of one event and group: ``part ≤ whole``.

    >>> Relation("intercepted", "launched")
    Relation(part='intercepted', whole='launched')
    """

    part: str
    whole: str


#: Intercepted weapons never outnumber launched ones.
DEFAULT_RELATIONS: tuple[Relation, ...] = (Relation("intercepted", "launched"),)


def _above(part: Resolution, whole: Resolution) -> bool:
    return part.low is not None and whole.high is not None and part.low > whole.high


def _exceeds(kind: FindingKind, count: Count, part: Resolution, whole: Resolution) -> Finding:
    """``part`` (of ``count``) is at least more than ``whole`` can be: the claims that set
    the part's low and the whole's high are the ones that cannot both hold."""
    return Finding(
        kind,
        "warning",
        f"{count} is at least {part.low}, above {whole.count} at most {whole.high}",
        (count, whole.count),
        part.low_claims + whole.high_claims,
    )


def check_resolutions(
    resolutions: Mapping[Count, Resolution],
    *,
    relations: Sequence[Relation] = DEFAULT_RELATIONS,
    wholes: Mapping[str, Sequence[str]] | None = None,
) -> list[Finding]:
    """Check a set of resolutions (one per count); see :meth:`CasualtyLog.check`."""
    findings: list[Finding] = []
    for count, res in resolutions.items():
        # a group never exceeds its total
        if count.group is not None:
            total = resolutions.get(Count(count.event, count.metric, None, count.period))
            if total is not None and _above(res, total):
                findings.append(_exceeds(FindingKind.GROUP_EXCEEDS_TOTAL, count, res, total))
        # declared relations (intercepted ≤ launched)
        for rel in relations:
            if count.metric == rel.part:
                whole = resolutions.get(Count(count.event, rel.whole, count.group, count.period))
                if whole is not None and _above(res, whole):
                    findings.append(_exceeds(FindingKind.RELATION_VIOLATED, count, res, whole))
        findings.extend(_within_count(res))
    for whole_event, parts in (wholes or {}).items():
        findings.extend(_parts(resolutions, whole_event, parts))
    findings.extend(_look_alikes(resolutions))
    return findings


def _look_alikes(resolutions: Mapping[Count, Resolution]) -> list[Finding]:
    """Source and event names that differ but look alike (case, spacing, Cyrillic for Latin).

    Names are normalised when claims are made, so these are spellings that
    normalising cannot merge safely: an analyst decides whether they are one.
    """
    out: list[Finding] = []
    sources: dict[str, list[Claim]] = {}
    events: dict[str, list[Count]] = {}
    for count, res in resolutions.items():
        events.setdefault(count.event, []).append(count)
        for claim in res.considered:
            sources.setdefault(claim.source.name, []).append(claim)
    for group in look_alikes(sources):
        if len({sources[name][0].source.key for name in group}) > 1:
            claims = tuple(sources[name][0] for name in group)
            counts = tuple(dict.fromkeys(c.count for c in claims))
            names = ", ".join(repr(name) for name in group)
            out.append(
                Finding(
                    FindingKind.LOOK_ALIKE_NAMES,
                    "warning",
                    f"sources {names} look alike but are counted as different originators; "
                    "if they are one, write the name one way",
                    counts,
                    claims,
                )
            )
    for group in look_alikes(events):
        names = ", ".join(repr(name) for name in group)
        out.append(
            Finding(
                FindingKind.LOOK_ALIKE_NAMES,
                "warning",
                f"events {names} look alike but are different counts; if they are one, write the name one way",
                tuple(count for name in group for count in events[name]),
                (),
            )
        )
    return out


def _within_count(res: Resolution) -> list[Finding]:
    out: list[Finding] = []
    count = res.count
    for rev in res.revisions:
        if rev.kind is RevisionKind.LOWERED:
            text = f"{rev.new.source.name} lowered {rev.old.figure} → {rev.new.figure}"
            if rev.explicit and rev.old.source.key != rev.new.source.key:
                out.append(
                    Finding(
                        FindingKind.REPLACED_LOWER,
                        "warning",
                        f"{count}: {rev.new.source.name} replaced {rev.old.source.name}'s {rev.old_figure} "
                        f"with a lower {rev.new_figure}; a source other than the originator set the figure down",
                        (count,),
                        (rev.old, rev.new),
                    )
                )
            elif rev.explicit:
                out.append(
                    Finding(
                        FindingKind.CORRECTION,
                        "info",
                        f"{count}: {text} (an explicit correction)",
                        (count,),
                        (rev.old, rev.new),
                    )
                )
            else:
                out.append(
                    Finding(
                        FindingKind.CUMULATIVE_FELL,
                        "warning",
                        f"{count}: {text} without a correction; link the claims with supersedes if it is one",
                        (count,),
                        (rev.old, rev.new),
                    )
                )
    gone = {c.id for c in res.retracted} | {c.id for c in res.excluded}  # withdrawn or projected
    # Each source's totals sorted once, so that finding the total an increment
    # leads to is a bisection, not a scan (a chain of increments is long).
    totals: dict[str, list[tuple[datetime, str, Claim]]] = {}
    if res.increments:
        for c in res.considered:
            if c.figure is not None and not c.figure.is_increment and c.id not in gone:
                totals.setdefault(c.source.key, []).append((c.reported_at, c.id, c))
        for series in totals.values():
            series.sort(key=lambda item: (item[0], item[1]))
    for inc in res.increments:
        claim = inc.claim
        series = totals.get(claim.source.key, [])
        i = bisect_left(series, claim.reported_at, key=lambda item: item[0])
        if i < len(series):
            nxt = series[i][2]
            assert nxt.figure is not None  # noqa: S101 - filtered above
            if not inc.figure.overlaps(nxt.figure):
                out.append(
                    Finding(
                        FindingKind.INCREMENT_MISMATCH,
                        "warning",
                        f"{count}: {claim.figure} from {claim.source.name} makes {inc.figure}, "
                        f"but the total it leads to is {nxt.figure}",
                        (count,),
                        (claim, nxt),
                    )
                )
    for conflict in res.conflicts:
        out.append(
            Finding(
                FindingKind.CONFLICT,
                "warning",
                f"{count}: {conflict.reason}",
                (count,),
                (conflict.first, conflict.second),
            )
        )
    for note in res.anomalies:
        out.append(Finding(FindingKind.ANOMALY, "warning", f"{count}: {note}", (count,), ()))
    for claim in res.future:
        out.append(
            Finding(
                FindingKind.FUTURE_DATED,
                "warning",
                f"{count}: {describe_claim(claim)} is dated more than {_days(FUTURE_TOLERANCE)} after it was "
                "recorded; it is left out of the figures (check its date)",
                (count,),
                (claim,),
            )
        )
    for claim, kind, link in res.dangling:
        out.append(
            Finding(
                FindingKind.DANGLING_LINK,
                "warning",
                f"{count}: {describe_claim(claim)} {kind} {link}, which is not a claim about this count "
                "in the log; the link changes nothing (check the id)",
                (count,),
                (claim,),
            )
        )
    return out


def _days(delta: object) -> str:
    days = getattr(delta, "days", 0)
    return "1 day" if days == 1 else f"{days} days"


def _parts(resolutions: Mapping[Count, Resolution], whole_event: str, parts: Sequence[str]) -> list[Finding]:
    out: list[Finding] = []
    for count, whole in resolutions.items():
        if count.event != whole_event or whole.high is None:
            continue
        part_res = [
            resolutions[p] for e in parts if (p := Count(e, count.metric, count.group, count.period)) in resolutions
        ]
        floor = sum(r.low or 0 for r in part_res)
        if floor > whole.high:
            claims = tuple(c for r in part_res for c in r.low_claims) + whole.high_claims
            out.append(
                Finding(
                    FindingKind.PARTS_EXCEED_WHOLE,
                    "warning",
                    f"the parts of {count} add up to at least {floor}, above its high {whole.high}",
                    (count, *(r.count for r in part_res)),
                    claims,
                )
            )
    return out


def describe(finding: Finding) -> str:
    """A finding with the claims it names, one per line."""
    return "\n".join([str(finding), *(f"  - {describe_claim(c)}" for c in finding.claims)])
