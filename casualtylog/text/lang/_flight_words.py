"""Session 13 (``fresh7a``): people who fled a place where they lived are displaced.

The guide counts "fled" as displaced, and session 11 read it only with a home ("fled their homes"), a
border ("fled abroad") or the report's own event ("fled the fighting"), never alone: "the gunmen fled to
a nearby building" says where attackers went. Fresh wire copy says where people fled from by the
settlement they left ("7,000 civilians have fled the city", "fled the town of …"): a settlement, a camp or
a region is where people lived (not "the state": the word is Italian's "sono state", which the language
guesser would then read as English), unlike "the scene", "the building" or "the area of the attack" (a scene's
place, left out). The verb's tenses are spelled out because a predicate is a fixed phrase.
"""

from __future__ import annotations

__all__ = ["FLIGHT_PREDICATES"]

#: The places people live in that a count of people fled (English), with and without a following "of <Name>".
_EN_SETTLEMENTS = (
    "city",
    "town",
    "towns",
    "village",
    "region",
    "province",
    "district",
    "capital",
    "camp",
    "camps",
    "enclave",
    "island",
    "territory",
    "neighbourhood",
    "neighborhood",
)
_EN_FLED = ("fled", "have fled", "had fled", "have so far fled", "have now fled", "fleeing", "have since fled")

FLIGHT_PREDICATES: dict[str, dict[str, str]] = {
    "en": {f"{verb} the {place}": "displaced" for verb in _EN_FLED for place in _EN_SETTLEMENTS},
}
