"""Claim ids: the first 16 hex digits of the SHA-256 of a claim's canonical content.

The same statement recorded twice gets the same id, so it is stored once.
Everything here is pinned by stored logs: changing it changes every id.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from casualtylog.sources import Source
from casualtylog.times import to_utc_text

if TYPE_CHECKING:
    from casualtylog.claims import Claim

__all__ = ["as_given_before_normalising", "content_id"]

#: The canonical JSON of a claim's content, hashed into its id. Changing it
#: changes every id: don't.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_CLAIM_ID = re.compile(r"[0-9a-f]{16}")


def content_id(claim: Claim) -> str:
    """The id derived from ``claim``'s content: everything but ``recorded_at`` and ``id``
    (see :meth:`casualtylog.claims.Claim.content_id`)."""
    payload: list[object] = [
        claim.event,
        claim.metric,
        claim.group,
        None if claim.figure is None else str(claim.figure),
        claim.source.name,
        claim.source.kind.value,
        claim.via,
        to_utc_text(claim.reported_at),
        claim.reported_precision.value,
        None if claim.as_of is None else to_utc_text(claim.as_of),
        claim.status.value,
        list(claim.supersedes),
        list(claim.retracts),
        claim.quote,
        claim.url,
        claim.language,
    ]
    if claim.period is not None:  # appended only when set: ids of claims without a period are unchanged
        payload.append(claim.period.canonical())
    if claim.relayed_at is not None:  # likewise; tagged, so that it never reads as a period
        payload.append({"relayed_at": to_utc_text(claim.relayed_at)})
    return hashlib.sha256(_CANONICAL.encode(payload).encode()).hexdigest()[:16]


def as_given_before_normalising(claim: Claim, given: Mapping[str, Any] | None) -> bool:
    """Whether ``claim.id`` is that of the names ``given`` as written before they
    were normalised; if so, keep them on ``claim``: it was stored that way and
    its id must still verify (normalising never changes the id of a name that
    was already in one spelling).
    """
    if not given:
        return False
    event, source, via = given["event"], given["source"], given["via"]
    name = source.get("name") if isinstance(source, Mapping) else source
    if isinstance(source, Source):
        name = source.name
    if not isinstance(event, str) or not isinstance(name, str) or not (via is None or isinstance(via, str)):
        return False
    old = claim.model_construct(
        **(
            dict(claim.__dict__)
            | {
                "event": event.strip(),
                "source": Source.model_construct(name=" ".join(name.split()), kind=claim.source.kind),
                "via": via if via is None or via.strip() else None,
            }
        )
    )
    if content_id(old) != claim.id:
        return False
    # The claim is frozen and still being validated: these are its fields as stored.
    object.__setattr__(claim, "event", sys.intern(old.event))
    object.__setattr__(claim, "source", old.source)
    object.__setattr__(claim, "via", old.via)
    return True
