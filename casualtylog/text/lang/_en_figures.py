"""English figures: qualifiers, vague numbers, and the words that make a number no count (units before
and after it, a building's capacity).

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); en.py assembles the language. Moved verbatim from en.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _en_events as ev
from casualtylog.text.lang._guide_round_words import ROUND_QUALIFIERS, ROUND_VAGUE

__all__ = ["NON_COUNT_AFTER", "NON_COUNT_BEFORE", "QUALIFIERS", "SHELTER_CUES", "VAGUE_WORDS"]


QUALIFIERS = {
    "at least": "at_least",
    "at the very least": "at_least",
    "no fewer than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "up to": "at_most",
    "as many as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "under": "fewer_than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "as high as": "at_most",
    "circa": "about",
    "between": "between",
}

VAGUE_WORDS = {
    "dozens": "dozens",
    "a dozen": "a dozen",
    "hundreds": "hundreds",
    "thousands": "thousands",
    "tens of thousands": "tens of thousands",
    "scores": "scores",
    "several": "several",
    "a few": "a few",
    # Session 11 (en11): the guide reads "multiple" as several ("Multiple people were injured"); only before
    # "people": "suffered multiple injuries" tells of one person's wounds.
    "multiple people": "several",
    # Session 11 (en11): a vague number of hundreds is hundreds, not the hundred after it ("several hundred people"
    # gave 100), as the guide maps "hundreds".
    "several hundred": "hundreds",
    "a few hundred": "hundreds",
    "several thousand": "thousands",
    "a few thousand": "thousands",
    "several dozen": "dozens",
    "a few dozen": "dozens",
}

NON_COUNT_BEFORE = (
    frozenset(
        [
            "aged",
            "age",
            "ages",
            "number",
            "no",
            "route",
            "flight",
            "bus",
            "room",
            "page",
            "article",
            "section",
            "platform",
            "gate",
            "highway",
            "resolution",
            "code",
        ]
    )
    | ev.CAPACITY_WORDS
)

NON_COUNT_AFTER = frozenset(
    [
        # Families and households are no counts of people (the corpus guide).
        "families",
        "households",
        "%",
        "percent",
        "per",
        "km",
        "kilometres",
        "kilometers",
        "kilometre",
        "kilometer",
        "miles",
        "mile",
        "metres",
        "meters",
        "metre",
        "meter",
        "m",
        "ft",
        "feet",
        "kg",
        "tonnes",
        "tons",
        "years",
        "year",
        "days",
        "day",
        "hours",
        "hour",
        "minutes",
        "minute",
        "seconds",
        "weeks",
        "week",
        "months",
        "month",
        "o'clock",
        "am",
        "pm",
        "a.m",
        "p.m",
        "dollars",
        "euros",
        "euro",
        "pounds",
        "hryvnias",
        "hryvnia",
        "rubles",
        "roubles",
        "billion",
        "times",
        "degrees",
        "°",
        "storeys",
        "floors",
        "mph",
        "km/h",
        "mm",
        "cm",
        "th",
        "st",
        "nd",
        "rd",
    ]
)

SHELTER_CUES = frozenset(
    {
        "home to",
        "which houses",
        "that houses",
        "which housed",
        "that housed",
        "sheltering",
        "hosting",
        "can hold",
        "can accommodate",
        "could accommodate",
        "can house",
        "can receive",
        "prepared to receive",
        "ready to receive",
        "capacity of",
        "capacity for",
        "room for",
    }
)

# The qualifiers and vague counts the guide's rounds 13-15 decided (lang/_guide_round_words.py)
QUALIFIERS = {**QUALIFIERS, **ROUND_QUALIFIERS["en"]}
VAGUE_WORDS = {**VAGUE_WORDS, **ROUND_VAGUE["en"]}
