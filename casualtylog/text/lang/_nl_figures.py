"""Dutch figures: number words, qualifiers, vague and approximate numbers, and the units after a number
that make it no count.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._guide_round_words import ROUND_QUALIFIERS, ROUND_VAGUE

__all__ = ["APPROX_NOUNS", "NON_COUNT_AFTER", "QUALIFIERS", "TENS", "UNITS", "VAGUE_WORDS"]


UNITS = {
    "nul": 0,
    "één": 1,
    # Written "Eén" at the start of a sentence (only the first capital is dropped), so case-folded "eén".
    "eén": 1,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}

TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}

QUALIFIERS = {
    "minstens": "at_least",
    "ten minste": "at_least",
    "tenminste": "at_least",
    "minimaal": "at_least",
    "zeker": "at_least",
    "in ieder geval": "at_least",
    "in elk geval": "at_least",
    "op zijn minst": "at_least",
    "meer dan": "more_than",
    "ruim": "more_than",
    "tot": "at_most",
    "tot wel": "at_most",
    "maximaal": "at_most",
    "hooguit": "at_most",
    "ten hoogste": "at_most",
    "minder dan": "fewer_than",
    "ongeveer": "about",
    "rond": "about",
    "rond de": "about",
    "circa": "about",
    "ca": "about",
    "zo'n": "about",
    "zowat": "about",
    "bijna": "about",
    # Session 13 (fresh7b): "een kleine 200" is just under 200, "een dikke 200" a good 200 (as "bijna", "ruim")
    "een kleine": "about",
    "een dikke": "more_than",
    "naar schatting": "about",
    "pakweg": "about",
    "boven de": "more_than",
    "richting de": "about",
    "om en nabij": "about",
    "tussen": "between",
    "tussen de": "between",
}

VAGUE_WORDS = {
    "tientallen": "tens",
    "honderden": "hundreds",
    "duizenden": "thousands",
    "tienduizenden": "tens of thousands",
    "meerdere": "several",
    "verscheidene": "several",
    "enkele": "a few",
    "een paar": "a few",
    "een dozijn": "a dozen",
}

APPROX_NOUNS = {
    "tiental": 10,
    "vijftiental": 15,
    "twintigtal": 20,
    "dertigtal": 30,
    "veertigtal": 40,
    "vijftigtal": 50,
    "zestigtal": 60,
    "honderdtal": 100,
    "tal": 0,
}
# The tens the table lacked ("een negentigtal mensen", nl-e3474c48-4: about 90)
APPROX_NOUNS = {**APPROX_NOUNS, "zeventigtal": 70, "tachtigtal": 80, "negentigtal": 90}

NON_COUNT_AFTER = frozenset(
    [
        # Families and households are no counts of people (the corpus guide, as in English).
        "families",
        "gezinnen",
        "huishoudens",
        "%",
        "procent",
        "km",
        "kilometer",
        "meter",
        "m",
        "jaar",
        "jaren",
        "dagen",
        "dag",
        "uur",
        "uren",
        "minuten",
        "weken",
        "week",
        "maanden",
        "maand",
        "euro",
        "dollar",
        "graden",
        "keer",
        "verdiepingen",
        "miljard",
        "e",
        "ste",
    ]
)

# The qualifiers and vague counts the guide's rounds 13-15 decided (lang/_guide_round_words.py)
QUALIFIERS = {**QUALIFIERS, **ROUND_QUALIFIERS["nl"]}
VAGUE_WORDS = {**VAGUE_WORDS, **ROUND_VAGUE["nl"]}
