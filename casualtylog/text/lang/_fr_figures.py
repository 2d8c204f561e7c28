"""French figures: number words, qualifiers, vague and approximate numbers, and the words around a
number that make it no count (units, a building's capacity).

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); fr.py assembles the language. Moved verbatim from fr.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._guide_round_words import ROUND_QUALIFIERS, ROUND_VAGUE
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "APPROX_NOUNS",
    "NON_COUNT_AFTER",
    "NON_COUNT_BEFORE",
    "QUALIFIERS",
    "SHELTER_CUES",
    "TENS",
    "UNITS",
    "VAGUE_WORDS",
]


UNITS = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}

TENS = {
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    # Session 11 (fr12): Belgian and Swiss news (Le Soir, RTBF, RTS) write the tens above sixty as one word
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}

QUALIFIERS = {
    "au moins": "at_least",
    "au moins ,": "at_least",
    "au minimum": "at_least",
    "pas moins de": "at_least",
    "minimum": "at_least",
    "plus de": "more_than",
    "au-delà de": "more_than",
    "plus d'": "more_than",
    "jusqu' à": "at_most",
    "au plus": "at_most",
    "au maximum": "at_most",
    "pas plus de": "at_most",
    "moins de": "fewer_than",
    "environ": "about",
    "près de": "about",
    "quelque": "about",
    "quelques": "about",
    "presque": "about",
    "approximativement": "about",
    "autour de": "about",
    "une estimation de": "about",
    "presque tous": "about",
    "entre": "between",
}

VAGUE_WORDS = {
    "des dizaines": "tens",
    "dizaines": "tens",
    "des centaines": "hundreds",
    "centaines": "hundreds",
    "des milliers": "thousands",
    "milliers": "thousands",
    "des dizaines de milliers": "tens of thousands",
    "plusieurs": "several",
}

APPROX_NOUNS = {
    "douzaine": 12,  # the corpus guide: "une douzaine" is about 12, like "une dizaine"
    "dizaine": 10,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}

# Session 12 (memb12): "pour" after a number is a percentage only before "cent", "mille" or a number
# (casualtylog.text._tokens); "dont 73 pour la seule région" is a count.
# Session 11 (fr12): "pour" before "cent" closes a percentage written in words ("soixante pour cent des
# habitants"), whose "cent" is not a hundred people
NON_COUNT_BEFORE = _words("âgé âgée âgés âgées numéro n° ligne vol article page pour")

NON_COUNT_AFTER = _words(
    "% cent km kilomètres mètres m ans an jours jour heures heure minutes semaines mois euros dollars "
    "degrés fois étages milliards e er ème familles foyers logements maisons provinces départements "
    "communes régions localités immeubles bâtiments habitations écoles "
    # units of rain, land, weight and time, as the Spanish list has them
    "litres hectares secondes kilos kilogrammes tonnes millimètres centimètres"
    # Session 11 (fr12): a season's toll of call-outs ("le bilan de la saison fait état de 3 000 interventions")
    " interventions appels"
    # Session 13 (fresh13): households are no count of people (the corpus guide), as "foyers" ("1 495 969
    # personnes soit 266 590 ménages sont affectées": the people are the count)
    " ménages"
)

SHELTER_CUES = frozenset(
    {
        "abritant",
        "abrite",
        "abritait",
        "abritent",
        "accueillant",
        "accueille",
        "accueillait",
        "peut accueillir",
        "pouvant accueillir",
        "capacité de",
        "capacité d'accueil",
    }
)
# "Many" as a vague count: "de multiples blessés", as Spanish "múltiples heridos"
VAGUE_WORDS = {**VAGUE_WORDS, "multiples": "several"}

# The qualifiers and vague counts the guide's rounds 13-15 decided (lang/_guide_round_words.py)
QUALIFIERS = {**QUALIFIERS, **ROUND_QUALIFIERS["fr"]}
VAGUE_WORDS = {**VAGUE_WORDS, **ROUND_VAGUE["fr"]}
