"""What :func:`~casualtylog.display.plot.plot_history` draws, worked out before any drawing.

The claims about the count, the final resolution (for revisions after the last
step), each claim's effective figure (increments applied), where a claim sits
on the time axis (its moment, or the window it was said in), the zone of the
axis and the revisions to mark. Nothing here imports matplotlib.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo

from casualtylog.claims import Claim
from casualtylog.display._common import zone_from_label, zone_label
from casualtylog.display.when import said_span
from casualtylog.errors import PolicyError
from casualtylog.figures import Figure
from casualtylog.history import History
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution, Revision, RevisionKind
from casualtylog.resolve.policies import get_policy
from casualtylog.times import instant

__all__: list[str] = []


def _claims_of(history: History, claims: Iterable[Claim] | None) -> list[Claim]:
    if claims is not None:
        return [c for c in claims if c.count == history.count]
    own = getattr(history, "claims", None)  # if History ever keeps all its claims, use them
    if own:
        return list(own)
    seen: dict[str, Claim] = {}
    for step in history:
        for c in step.resolution.considered:
            seen.setdefault(c.id, c)
    return list(seen.values())


def _final(history: History, claims: Sequence[Claim]) -> Resolution | None:
    """The resolution of all the claims, for the revisions and increments after the last step."""
    try:
        policy = get_policy(history.policy)
    except PolicyError:
        return history[-1].resolution if len(history) else None
    if not claims:
        return None
    if history.clock == "recorded":
        latest = max((_stamp(c, "recorded") for c in claims), key=instant)  # instants, not wall clocks
        return resolve_claims(history.count, claims, policy, known_at=latest)
    return resolve_claims(history.count, claims, policy)


def _stamp(claim: Claim, clock: str) -> datetime:
    if clock == "recorded" and claim.recorded_at is not None:
        return claim.recorded_at
    return claim.available_at


def _span(claim: Claim, clock: str, zone: tzinfo) -> tuple[datetime, datetime]:
    """Where a claim sits on the axis: its moment, or the whole day it was said on (docs/time.md)."""
    if clock == "recorded" and claim.recorded_at is not None:
        return claim.recorded_at, claim.recorded_at
    return said_span(claim.reported_at, claim.reported_precision, zone)


def _place(claim: Claim, clock: str, zone: tzinfo) -> datetime:
    """The marker's x: the middle of the window the claim was said in."""
    start, end = _span(claim, clock, zone)
    return start + (end - start) / 2


def _effective(history: History, final: Resolution | None, claims: Sequence[Claim]) -> dict[str, Figure]:
    """Each claim's figure with increments applied (an increment with no base has none)."""
    out: dict[str, Figure] = {}
    resolutions = [s.resolution for s in history] + ([final] if final else [])
    for res in resolutions:
        for cand in (*res.current, *res.increments):
            out[cand.claim.id] = cand.figure
        for rev in res.revisions:
            out.setdefault(rev.old.id, rev.old_figure)
            out.setdefault(rev.new.id, rev.new_figure)
    for c in claims:
        if c.figure is not None and not c.figure.is_increment:
            out.setdefault(c.id, c.figure)
    return out


def _data_zone(claims: Sequence[Claim], clock: str) -> tzinfo:
    stamps = [c.recorded_at if clock == "recorded" and c.recorded_at else c.reported_at for c in claims]
    if not stamps:
        return zone_from_label("UTC")
    label, _ = Counter(zone_label(s) for s in stamps).most_common(1)[0]
    return zone_from_label(label)


def _zone_name(zone: tzinfo, sample: datetime) -> str:
    label = zone_label(sample.astimezone(zone))
    return "UTC" if label == "+00:00" else (f"UTC{label}" if label[0] in "+-" else label)


def _plain(text: str) -> str:
    r"""Text from the data, shown as written: a ``$`` would start matplotlib's mathtext.

    >>> print(_plain("Paid $5 or $6 news"))
    Paid \$5 or \$6 news
    """
    return text.replace("$", r"\$")


def _nan(value: int | None) -> float:
    return math.nan if value is None else float(value)


def _revisions(history: History, final: Resolution | None) -> list[Revision]:
    seen: dict[tuple[str, str], Revision] = {}
    for res in [s.resolution for s in history] + ([final] if final else []):
        for rev in res.revisions:
            if rev.kind is not RevisionKind.CONFIRMED:
                seen.setdefault((rev.old.id, rev.new.id), rev)
    return list(seen.values())
