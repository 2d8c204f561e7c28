"""W3C PROV-JSON of a resolution's provenance, written by hand (no dependency on ``prov``).

The model:

- each **claim** is an entity (``claim:<id>``) carrying its figure (text and
  interval), count, status, quote, URL and language, and all three clocks as
  ``xsd:dateTime`` with their UTC offsets (``cl:reportedAt``, ``cl:asOf``,
  ``cl:recordedAt``);
- each **source** (originator) is an agent (``source:…``), and the claim
  ``wasAttributedTo`` it;
- the act of saying it is an activity (``report:<id>``) whose start and end
  are the window the time is known to ("24 April" spans the day); the claim
  ``wasGeneratedBy`` it, and it ``wasAssociatedWith`` the source (role
  ``cl:originator``) and with the **via** — the channel or outlet that carried
  it, an agent of type ``cl:Channel`` (role ``cl:channel``): a repeat by an
  outlet is the same originator through another channel, not a new source;
- a **revision** (a later figure from the same originator, or an explicit
  supersedes link) is ``wasRevisionOf`` — in PROV-JSON a ``wasDerivedFrom``
  of type ``prov:Revision``, with ``cl:kind`` (raised, lowered, …);
- a **retraction** invalidates the retracted claim (``wasInvalidatedBy`` the
  retracting statement);
- the **resolution** is an entity (``resolution:…``) with best, low, high,
  the rule and the policy; it ``wasGeneratedBy`` a ``resolve:…`` activity
  that ``used`` every claim considered, and ``wasDerivedFrom`` each claim
  that set a number (``cl:sets`` says which: best, low, high).

>>> import json
>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims, EVENT
>>> doc = prov_document(CasualtyLog(kyiv_claims()).resolve(EVENT, "killed"))
>>> sorted(doc)  # doctest: +NORMALIZE_WHITESPACE
['activity', 'agent', 'entity', 'prefix', 'used', 'wasAssociatedWith', 'wasAttributedTo',
 'wasDerivedFrom', 'wasGeneratedBy']
>>> res = [e for e in doc["entity"].values() if e["prov:type"]["$"] == "cl:Resolution"][0]
>>> res["cl:best"], res["cl:figure"]
(12, '12')
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from casualtylog.claims import Claim
from casualtylog.display._common import as_resolutions
from casualtylog.formats.jsonl import JSON_ESCAPES
from casualtylog.log import CasualtyLog
from casualtylog.resolve.model import Resolution
from casualtylog.times import window_end

__all__ = ["NAMESPACES", "prov_document", "prov_json"]

#: The prefixes casualtylog's PROV documents use (``prov`` and ``xsd`` are implicit).
NAMESPACES: dict[str, str] = {
    "cl": "urn:casualtylog:ns#",
    "claim": "urn:casualtylog:claim:",
    "source": "urn:casualtylog:source:",
    "via": "urn:casualtylog:via:",
    "report": "urn:casualtylog:report:",
    "resolution": "urn:casualtylog:resolution:",
    "resolve": "urn:casualtylog:resolve:",
}


def _qname(prefix: str, value: str) -> dict[str, str]:
    return {"$": f"{prefix}:{value}", "type": "prov:QUALIFIED_NAME"}


def _time(value: datetime) -> dict[str, str]:
    return {"$": value.isoformat(), "type": "xsd:dateTime"}


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~")


def local_name(key: str) -> str:
    """A readable local name for ``key`` that no other key shares (agent ids must never collide).

    Letters, digits and ``._~`` stay, a space becomes ``-``, and every other
    character (``-`` and ``%`` included) is percent-encoded as UTF-8, so the
    name decodes back to exactly one key: one source's claims can never be
    attributed to another.

    >>> local_name("kyiv city military administration"), local_name("kyiv-city"), local_name("50% ±")
    ('kyiv-city-military-administration', 'kyiv%2Dcity', '50%25-%C2%B1')
    """
    out = []
    for ch in key:
        if ch in _PLAIN:
            out.append(ch)
        elif ch == " ":
            out.append("-")
        else:
            out.extend(f"%{byte:02X}" for byte in ch.encode("utf-8", "surrogatepass"))
    return "".join(out) or "%"


class _Ids:
    """Agent ids: the prefix and the key's :func:`local_name`, injective by construction."""

    def __call__(self, prefix: str, key: str) -> str:
        return f"{prefix}:{local_name(key)}"


class _Doc:
    def __init__(self) -> None:
        self.data: dict[str, dict[str, Any]] = {"prefix": dict(NAMESPACES)}
        self.counter = 0
        self.ids = _Ids()

    def add(self, kind: str, ident: str, attrs: dict[str, Any]) -> None:
        bucket = self.data.setdefault(kind, {})
        if ident not in bucket:
            bucket[ident] = {k: v for k, v in attrs.items() if v is not None}

    def relate(self, kind: str, attrs: dict[str, Any]) -> None:
        self.counter += 1
        self.data.setdefault(kind, {})[f"_:{kind}{self.counter}"] = {k: v for k, v in attrs.items() if v is not None}


def _claim(doc: _Doc, claim: Claim) -> str:
    ident = f"claim:{claim.id}"
    fig = claim.figure
    doc.add(
        "entity",
        ident,
        {
            "prov:type": _qname("cl", "Claim"),
            "prov:label": str(claim),
            "cl:event": claim.event,
            "cl:metric": claim.metric,
            "cl:group": claim.group,
            "cl:figure": None if fig is None else str(fig),
            "cl:qualifier": None if fig is None else fig.qualifier.value,
            "cl:low": None if fig is None else fig.low,
            "cl:high": None if fig is None else fig.high,
            "cl:value": None if fig is None else fig.value,
            "cl:status": claim.status.value,
            "cl:source": claim.source.name,
            "cl:via": claim.via,
            "cl:reportedAt": _time(claim.reported_at),
            "cl:reportedPrecision": claim.reported_precision.value,
            "cl:asOf": None if claim.as_of is None else _time(claim.as_of),
            "cl:recordedAt": None if claim.recorded_at is None else _time(claim.recorded_at),
            "cl:quote": claim.quote,
            "cl:url": None if claim.url is None else {"$": claim.url, "type": "xsd:anyURI"},
            "cl:language": claim.language,
            "cl:period": None if claim.period is None else claim.period.canonical(),
            "cl:relayedAt": None if claim.relayed_at is None else _time(claim.relayed_at),
        },
    )
    agent = doc.ids("source", claim.source.key)
    doc.add(
        "agent",
        agent,
        {
            "prov:type": _qname("prov", "Organization"),
            "prov:label": claim.source.name,
            "cl:kind": claim.source.kind.value,
        },
    )
    report = f"report:{claim.id}"
    doc.add(
        "activity",
        report,
        {
            "prov:type": _qname("cl", "Statement"),
            "prov:startTime": claim.reported_at.isoformat(),
            "prov:endTime": window_end(claim.reported_at, claim.reported_precision).isoformat(),
        },
    )
    doc.relate(
        "wasGeneratedBy", {"prov:entity": ident, "prov:activity": report, "prov:time": claim.reported_at.isoformat()}
    )
    doc.relate("wasAttributedTo", {"prov:entity": ident, "prov:agent": agent})
    doc.relate(
        "wasAssociatedWith", {"prov:activity": report, "prov:agent": agent, "prov:role": _qname("cl", "originator")}
    )
    if claim.via:
        via = doc.ids("via", claim.via)
        doc.add("agent", via, {"prov:type": _qname("cl", "Channel"), "prov:label": claim.via})
        doc.relate(
            "wasAssociatedWith", {"prov:activity": report, "prov:agent": via, "prov:role": _qname("cl", "channel")}
        )
    return ident


def _resolution_id(res: Resolution) -> str:
    key = json.dumps(
        [str(res.count), res.policy, [c.id for c in res.considered], str(res.at), str(res.known_at)], ensure_ascii=False
    )
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def prov_document(resolutions: CasualtyLog | Resolution | Iterable[Resolution]) -> dict[str, Any]:
    """The PROV-JSON document (a dict) of one or more resolutions and every claim behind them.

    Args:
        resolutions: one resolution, several, or a log (its current resolutions).

    Returns:
        A dict ready for :func:`json.dumps`; see the module docs for the model.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims
    >>> doc = prov_document(CasualtyLog(kyiv_claims()))
    >>> len([e for e in doc["entity"].values() if e["prov:type"]["$"] == "cl:Claim"])
    13
    """
    doc = _Doc()
    for res in as_resolutions(resolutions):
        for claim in res.considered:
            _claim(doc, claim)
        rid = _resolution_id(res)
        entity = f"resolution:{rid}"
        doc.add(
            "entity",
            entity,
            {
                "prov:type": _qname("cl", "Resolution"),
                "prov:label": str(res),
                "cl:event": res.count.event,
                "cl:metric": res.count.metric,
                "cl:group": res.count.group,
                "cl:figure": res.figure_text,
                "cl:best": res.best,
                "cl:low": res.low,
                "cl:high": res.high,
                "cl:policy": res.policy,
                "cl:rule": res.rule,
                "cl:sources": res.sources,
                "cl:reportingSources": res.reporting_sources,
                "cl:at": None if res.at is None else _time(res.at),
                "cl:knownAt": None if res.known_at is None else _time(res.known_at),
            },
        )
        activity = f"resolve:{rid}"
        doc.add("activity", activity, {"prov:type": _qname("cl", "Resolve"), "cl:policy": res.policy})
        doc.relate("wasGeneratedBy", {"prov:entity": entity, "prov:activity": activity})
        for claim in res.considered:
            doc.relate("used", {"prov:activity": activity, "prov:entity": f"claim:{claim.id}"})
        roles: dict[str, list[str]] = {}
        if res.best_claim is not None:
            roles.setdefault(res.best_claim.id, []).append("best")
        for claim in res.low_claims:
            roles.setdefault(claim.id, []).append("low")
        for claim in res.high_claims:
            roles.setdefault(claim.id, []).append("high")
        for claim_id, sets in roles.items():
            doc.relate(
                "wasDerivedFrom",
                {
                    "prov:generatedEntity": entity,
                    "prov:usedEntity": f"claim:{claim_id}",
                    "prov:activity": activity,
                    "cl:sets": " ".join(sets),
                },
            )
        for rev in res.revisions:
            doc.relate(
                "wasDerivedFrom",
                {
                    "prov:generatedEntity": f"claim:{rev.new.id}",
                    "prov:usedEntity": f"claim:{rev.old.id}",
                    "prov:type": _qname("prov", "Revision"),
                    "cl:kind": rev.kind.value,
                    "cl:explicit": rev.explicit,
                },
            )
        by_id = {c.id: c for c in res.considered}
        for claim in res.considered:
            for old_id in claim.retracts:
                if old_id in by_id:
                    doc.relate(
                        "wasInvalidatedBy",
                        {
                            "prov:entity": f"claim:{old_id}",
                            "prov:activity": f"report:{claim.id}",
                            "prov:time": claim.reported_at.isoformat(),
                        },
                    )
    return doc.data


def prov_json(resolutions: CasualtyLog | Resolution | Iterable[Resolution], *, indent: int | None = 2) -> str:
    """:func:`prov_document` as PROV-JSON text.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> text = prov_json(CasualtyLog(kyiv_claims()).resolve(EVENT, "killed"))
    >>> import json
    >>> json.loads(text)["prefix"]["cl"]
    'urn:casualtylog:ns#'
    >>> '"cl:kind": "raised"' in text
    True
    """
    return json.dumps(prov_document(resolutions), ensure_ascii=False, indent=indent).translate(JSON_ESCAPES)
