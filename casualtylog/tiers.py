"""Flash and verified tiers: preliminary figures later replaced by verified ones.

Some publishers (OCHA's West Bank figures) state a *flash* figure for a day
and, later, a *verified* figure for the same day. Record flash figures with
``status="preliminary"`` and verified ones with ``status="confirmed"``, with
``as_of`` the day they describe. For one source that states both tiers, the
engine compares figures only within a tier: a verified figure followed by a
lower flash figure for a later day is not a fall (flash figures run lower),
and the verified figure for a day replaces that day's flash figure.

What the verification changed is information, not an error: a finding of
its own kind (:data:`TIER_DIFFERENCE`), and a table of how much each flash
figure was revised (:func:`tier_differences`).

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog([
...     {"event": "wb", "metric": "killed", "figure": "3", "source": "OCHA", "status": "preliminary",
...      "reported_at": "2023-10-07", "as_of": "2023-10-07"},
...     {"event": "wb", "metric": "killed", "figure": "6", "source": "OCHA", "status": "confirmed",
...      "reported_at": "2024-11-14", "as_of": "2023-10-07"},
...     {"event": "wb", "metric": "killed", "figure": "5", "source": "OCHA", "status": "preliminary",
...      "reported_at": "2023-10-08", "as_of": "2023-10-08"}])
>>> [(str(d.described.date()), d.flash, d.verified, d.revised_by) for d in tier_differences(log)]
[('2023-10-07', 3, 6, 3)]
>>> log.resolve("wb", "killed").best, [f.kind for f in log.check()]
(5, [])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, TypeVar

from casualtylog.claims import Claim, ClaimStatus, Count

if TYPE_CHECKING:
    import pandas as pd

    from casualtylog.log import CasualtyLog

__all__ = ["TIER_DIFFERENCE", "TierDifference", "tier_chains", "tier_differences", "tier_frame", "tiered_sources"]

#: The finding kind of a flash figure that its verified figure changed.
TIER_DIFFERENCE = "tier_difference"


class _HasClaim(Protocol):
    @property
    def claim(self) -> Claim: ...


_C = TypeVar("_C", bound=_HasClaim)


def tier_chains(chain: Sequence[_C]) -> list[Sequence[_C]]:
    """One source's figures split into the chains compared for falls.

    A source states two tiers when it gives a preliminary and a confirmed
    figure for the same moment described; it then gets one chain per tier.
    Any other source keeps one chain, so a preliminary figure followed by a
    confirmed one is the usual revision (raised, lowered, confirmed).
    """
    flash_moments = {c.claim.describes for c in chain if c.claim.status is ClaimStatus.PRELIMINARY}
    if not any(c.claim.status is ClaimStatus.CONFIRMED and c.claim.describes in flash_moments for c in chain):
        return [chain]
    verified = [c for c in chain if c.claim.status is ClaimStatus.CONFIRMED]
    flash = [c for c in chain if c.claim.status is not ClaimStatus.CONFIRMED]
    return [flash, verified]


def tiered_sources(claims: Iterable[Claim]) -> frozenset[str]:
    """The sources (by :attr:`Claim.originator`) that state two tiers among ``claims``: a preliminary
    and a confirmed figure for one moment described. :func:`tier_chains` splits their chains, so
    their revisions are not each figure and the one before it: a history replays them in full."""
    flash: dict[str, set[datetime]] = {}
    verified: list[Claim] = []
    for c in claims:
        if c.status is ClaimStatus.PRELIMINARY:
            flash.setdefault(c.source.key, set()).add(c.describes)
        elif c.status is ClaimStatus.CONFIRMED:
            verified.append(c)
    if not flash or not verified:
        return frozenset()
    return frozenset(c.source.key for c in verified if c.describes in flash.get(c.source.key, ()))


@dataclass(frozen=True, slots=True)
class TierDifference:
    """A flash figure and the verified figure for the same count, source and moment described."""

    count: Count
    source: str
    described: datetime
    flash: int
    verified: int
    flash_claim: Claim
    verified_claim: Claim

    @property
    def revised_by(self) -> int:
        """How much verification changed the flash figure (negative: revised down)."""
        return self.verified - self.flash

    @property
    def kind(self) -> str:
        """The finding kind (:data:`TIER_DIFFERENCE`)."""
        return TIER_DIFFERENCE

    def __str__(self) -> str:
        sign = "+" if self.revised_by >= 0 else ""
        return (
            f"[info] {TIER_DIFFERENCE}: {self.count} as of {self.described.date().isoformat()}: "
            f"{self.source} flash {self.flash}, verified {self.verified} ({sign}{self.revised_by})"
        )


def _point(claim: Claim) -> int | None:
    fig = claim.figure
    if fig is None or fig.is_increment:
        return None
    return fig.point if fig.point is not None else fig.low


def tier_differences(log: CasualtyLog, *, changed_only: bool = True) -> list[TierDifference]:
    """Every flash figure whose verified figure (same count, source and ``as_of``) differs.

    With ``changed_only=False`` the pairs that agree are listed too. Sorted by
    count, then the moment described. When a source restated a tier for a
    moment, its last statement of that tier counts.
    """
    out: list[TierDifference] = []
    for count in log.counts():
        by_moment: dict[tuple[str, datetime], dict[ClaimStatus, Claim]] = {}
        for c in sorted(log.claims_about_count(count), key=lambda c: (c.reported_at, c.id)):
            if c.status in (ClaimStatus.PRELIMINARY, ClaimStatus.CONFIRMED) and _point(c) is not None:
                by_moment.setdefault((c.source.name, c.describes), {})[c.status] = c
        for (source, moment), tiers in sorted(by_moment.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            flash, verified = tiers.get(ClaimStatus.PRELIMINARY), tiers.get(ClaimStatus.CONFIRMED)
            if flash is None or verified is None:
                continue
            f, v = _point(flash), _point(verified)
            if f is None or v is None:
                continue
            if f != v or not changed_only:
                out.append(TierDifference(count, source, moment, f, v, flash, verified))
    return out


def tier_frame(log: CasualtyLog, *, changed_only: bool = True) -> pd.DataFrame:
    """:func:`tier_differences` as a pandas frame (needs the ``pandas`` extra)."""
    from casualtylog._extras import require  # noqa: PLC0415 - optional extra, imported when used

    pandas = require("pandas", "pandas", "tier_frame()")
    rows = [
        {
            "count": str(d.count),
            "source": d.source,
            "as_of": d.described,
            "flash": d.flash,
            "verified": d.verified,
            "revised_by": d.revised_by,
            "flash_claim": d.flash_claim.id,
            "verified_claim": d.verified_claim.id,
        }
        for d in tier_differences(log, changed_only=changed_only)
    ]
    columns = ["count", "source", "as_of", "flash", "verified", "revised_by", "flash_claim", "verified_claim"]
    frame: pd.DataFrame = pandas.DataFrame(rows, columns=columns)
    return frame
