"""Links between claims: the ids a claim supersedes or retracts, and the new
claims that :meth:`Claim.revised <casualtylog.claims.Claim.revised>` and
:meth:`Claim.retracted <casualtylog.claims.Claim.retracted>` make.

Claims are never edited, so a correction or a withdrawal is a new claim that
names the old one's id.

>>> check_links(["00000000000000aa", "00000000000000aa"])
('00000000000000aa',)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from casualtylog.claim_ids import _CLAIM_ID
from casualtylog.errors import TimeError, snippet

if TYPE_CHECKING:
    from casualtylog.claims import Claim

__all__ = ["MAX_LINKS", "carry_over", "check_links", "derived", "share_link_ids"]

#: The most claims one claim may supersede or retract: a consolidated total
#: replaces dozens of partial figures, not hundreds of thousands.
MAX_LINKS = 1000


def check_links(value: object) -> object:
    """``supersedes``/``retracts`` as a sorted tuple of distinct claim ids.

    A lone id is one link; anything that is not a collection is left for
    pydantic to refuse with its own message.
    """
    if isinstance(value, str):
        value = (value,)
    if isinstance(value, list | tuple | set | frozenset):
        if len(value) > MAX_LINKS:
            raise ValueError(f"expected at most {MAX_LINKS:,} claim ids, got {len(value):,}")
        bad = [v for v in value if not isinstance(v, str) or not _CLAIM_ID.fullmatch(v)]
        if bad:
            raise ValueError(f"expected claim ids (16 lower-case hexadecimal characters), got {snippet(bad[0])}")
        return tuple(sorted(set(value)))
    return value


def carry_over(claim: Claim) -> dict[str, Any]:
    """The fields a revision or retraction keeps from ``claim``: what the count
    and the source are, not the evidence or the times of the old statement."""
    return {
        "event": claim.event,
        "metric": claim.metric,
        "group": claim.group,
        "figure": claim.figure,
        "source": claim.source,
        "via": claim.via,
        "status": claim.status,
        "language": claim.language,
        "period": claim.period,
    }


def derived(claim: Claim, data: dict[str, Any], method: str) -> Claim:
    """The new claim ``claim.<method>(...)`` makes from ``data``.

    Times without an offset are read in ``claim``'s named zone, if it has one.
    """
    if data.get("reported_at") is None:
        example = 'figure="12", ' if method == "revised" else ""
        raise TimeError(
            "reported_at",
            None,
            f"a {'revision' if method == 'revised' else 'retraction'} is a new statement and needs its own time",
            f'pass reported_at=, e.g. claim.{method}({example}reported_at="2025-04-24T18:00+03:00")',
        )
    zone = claim.reported_at.tzinfo
    context = {"tz": zone} if isinstance(zone, ZoneInfo) else None
    return type(claim).model_validate(data, context=context)


def share_link_ids(claim: Claim, known: Mapping[str, Claim]) -> None:
    """Point ``claim``'s links at the id strings of the claims they name, where ``known`` holds them.

    A link read from a file is a string of its own, equal to the named claim's
    id: about 65 bytes for each, kept as long as the claim. The tuples hold
    equal strings before and after, so no value changes (``object.__setattr__``:
    claims are frozen to callers, not to the log that keeps them).
    """
    for name in ("supersedes", "retracts"):
        links: tuple[str, ...] = getattr(claim, name)
        if links:
            shared = tuple(known[link].id if link in known else link for link in links)
            object.__setattr__(claim, name, shared)
