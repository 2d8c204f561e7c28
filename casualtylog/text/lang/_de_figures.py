"""German figures: number words, qualifiers, vague numbers, and the words around a number that make it
no count.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); de.py assembles the language. Moved verbatim from de.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._guide_round_words import ROUND_QUALIFIERS, ROUND_VAGUE
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["NON_COUNT_AFTER", "NON_COUNT_BEFORE", "QUALIFIERS", "TENS", "UNITS", "VAGUE_WORDS"]


UNITS = {
    "null": 0,
    "eins": 1,
    "ein": 1,
    "eine": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}

TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}

QUALIFIERS = {
    "mindestens": "at_least",
    "wenigstens": "at_least",
    "zumindest": "at_least",
    "mehr als": "more_than",
    "über": "more_than",
    "gut": "more_than",
    "bis zu": "at_most",
    "höchstens": "at_most",
    "maximal": "at_most",
    "weniger als": "fewer_than",
    "unter": "fewer_than",
    "etwa": "about",
    "rund": "about",
    "ungefähr": "about",
    "circa": "about",
    "ca": "about",
    "fast": "about",
    "knapp": "about",
    # Session 13 (fresh7b): "an die 10.000 Hitzetote" (close to), as "rund"
    "an die": "about",
    "beinahe": "about",
    "schätzungsweise": "about",
    "nahezu": "about",
    "zwischen": "between",
}

VAGUE_WORDS = {
    "dutzende": "dozens",
    "dutzenden": "dozens",
    "hunderte": "hundreds",
    "hunderten": "hundreds",
    "tausende": "thousands",
    "tausenden": "thousands",
    "zehntausende": "tens of thousands",
    "mehrere": "several",
    "einige": "a few",
    # A vague word before a scale is a vague number of that scale, not the scale: "einige hundert".
    "einige hundert": "hundreds",
    "mehrere hundert": "hundreds",
    "einige tausend": "thousands",
    "mehrere tausend": "thousands",
    "einige dutzend": "dozens",
    "mehrere dutzend": "dozens",
}

NON_COUNT_BEFORE = _words("alter nummer nr linie flug artikel seite")

NON_COUNT_AFTER = _words(
    "% prozent km kilometer meter m jahre jahren jahr tage tagen tag stunden stunde minuten wochen monate "
    "monaten euro dollar grad mal stockwerke milliarden "
    # units of rain, land, weight and time, as the Spanish list has them
    "liter hektar sekunden kilo kilogramm tonnen millimeter zentimeter"
    # Session 13 (fresh13): families and households are no count of people (the corpus guide), as in the other
    # four languages
    " familien haushalte haushalten"
    # Session 20 (fields21): the dative plural of the units above ("in einem Radius von drei Kilometern",
    # de-12e64c60-3; "auf 3500 Metern Höhe")
    " kilometern metern zentimetern millimetern litern"
)

# The qualifiers and vague counts the guide's rounds 13-15 decided (lang/_guide_round_words.py)
QUALIFIERS = {**QUALIFIERS, **ROUND_QUALIFIERS["de"]}
VAGUE_WORDS = {**VAGUE_WORDS, **ROUND_VAGUE["de"]}
