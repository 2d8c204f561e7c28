"""Words of session 14 (``fresh10en``) for English and Dutch, kept apart so parallel branches do not collide.

Keyed by language code. Most tables switch on one shape of a rule module of the session (breakdowns by place,
victims identified, "another N" that splits a total, "respectively", an age after a listed member, "yet to be
found"); the others add words to a field a topic module fills (``_en_verbs``, ``_nl_victims``, ``_nl_figures``,
``_nl_shapes``, en.py), which names this module where it joins them.
"""

from __future__ import annotations

__all__ = [
    "AGE_QUALIFIER_OPENERS",
    "BREAKDOWN_OPENERS",
    "COPULAS",
    "EACH_WORDS",
    "ELSEWHERE_WORDS",
    "EN_SCALE_WORDS",
    "IDENTIFY_VERBS",
    "NL_ANOTHER_ORDINALS",
    "NL_APPROX_NOUNS",
    "NL_GROUP_NOUNS",
    "NOT_YET_OPENERS",
    "PART_ORDINALS",
    "RESCUE_PREDICATES",
    "RESPECTIVELY_WORDS",
]

#: Words that open a breakdown by place of the count before, in place of a comma or "and": "downed 18 drones,
#: including 11 over the Rostov Region, four over …" (en-0556566f-2); "ten people died (nine in Sindh Province,
#: and one in …)" (en-acd2f893-1); a colon or a dash: "wounded seven residents of the Donetsk region: five in
#: Kostiantynivka" (en-5e156763-2), "10 fatalities are being verified—three in CALABARZON" (en-de8c4c64-3).
BREAKDOWN_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"including", "(", ":", "—", "–"}),
    "nl": frozenset({"waaronder", "(", ":"}),
}
#: A place left unnamed in a breakdown: "13 were killed in rural Newton County and two elsewhere in the state"
#: (en-be687ec6-2).
ELSEWHERE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"elsewhere"}),
    "nl": frozenset({"elders"}),
}
#: Passive predicates (``predicates``) of people taken out of the water: "some 200 others were picked up by the coast
#: guard" (en-23582ede-1), "Another 140 migrants were picked up from the second boat" (en-23582ede-4). Not "picked up
#: by police" (an arrest, or a lift): only from a boat, at sea, or by those who rescue at sea.
RESCUE_PREDICATES: dict[str, dict[str, str]] = {
    "en": {
        "picked up from": "rescued",
        "picked up at sea": "rescued",
        "picked up by the coast guard": "rescued",
        "picked up by the coastguard": "rescued",
        "picked up by coast guard": "rescued",
        "picked up by coastguard": "rescued",
        "picked up by rescuers": "rescued",
        "picked up by rescue": "rescued",
        "picked up by the navy": "rescued",
    },
}
#: Words after "the" that name one part of a set ("from the second boat", "in the other village"): "another N" in
#: a clause that names such a part splits the set's total, it adds to no running count (en-23582ede-4, "Another 140
#: migrants were picked up from the second boat").
PART_ORDINALS: dict[str, frozenset[str]] = {
    "en": frozenset({"second", "third", "fourth", "fifth", "other"}),
}
#: "each" after a bracketed figure of a place ("Sheohar and Darbhanga (10 each), Purnea (nine)", en-cbf1a112-4): the
#: figure of each place of a breakdown, which opens a list of places with their figures in brackets.
EACH_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"each"}),
    "nl": frozenset({"elk", "elke", "ieder"}),
}
#: "respectively" after counts joined by "and": "Khyber Pakhtunkhwa and Balochistan provinces, which reported four
#: and three deaths, respectively" (en-e5d93234-3): the first count shares the second's noun and predicate.
RESPECTIVELY_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"respectively"}),
    "nl": frozenset({"respectievelijk"}),
}
#: Dutch approximate nouns of the tens the table lacked ("een negentigtal mensen", nl-e3474c48-4: about 90).
NL_APPROX_NOUNS: dict[str, int] = {"zeventigtal": 70, "tachtigtal": 80, "negentigtal": 90}
#: Verbs of identifying victims right before a partitive count: "identified two of the people killed in the blast
#: as a nine-year-old boy and a 14-year-old girl" (en-9704a129-3): victims "identified" are no count of their own
#: (the corpus guide).
IDENTIFY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"identified", "identify", "identifies"}),
    "nl": frozenset({"identificeerde", "identificeerden"}),
}
#: Indian English scale words after digits ("a population of 80.55 lakh", en-cbf1a112-1): a lakh is 100,000 and a
#: crore 10,000,000 (read as ``million_words``); before them "2 lakh people" read as 2.
EN_SCALE_WORDS: dict[str, int] = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
#: English "yet to be", "still to be" before a verb of finding: "four people that had yet to be found" (en-d97aae66-3)
#: are still missing, not found again (``located_cues``).
NOT_YET_OPENERS: frozenset[str] = frozenset({"yet", "still"})
#: Words that open an age qualifier after a listed member's noun ("elf kinderen jonger dan veertien jaar en twee
#: vrouwen", nl-c5d44a4f-1; "11 children under the age of 14 and two women"): the list goes on after it.
AGE_QUALIFIER_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"under", "younger", "older", "aged", "below", "over"}),
    "nl": frozenset({"jonger", "ouder", "onder", "tussen", "boven"}),
}
#: Dutch group words: the predicate adjective of age "minderjarig" names the group as "minderjarigen" does ("Het
#: ministerie zegt dat zeker twaalf gewonden minderjarig zijn", nl-aea985c9-3).
NL_GROUP_NOUNS: dict[str, str] = {"minderjarig": "children"}  # not "minderjarige", before its noun
#: Copulas after "another N <metric noun>" that say who those victims were: "Nog eens tien gewonden zijn
#: politiemensen" (nl-aea985c9-4) splits the wounded by group, it adds none (as "another ten injured were officers").
COPULAS: dict[str, frozenset[str]] = {
    "en": frozenset({"are", "were"}),
    "nl": frozenset({"zijn", "waren"}),
}
#: Dutch ordinals past "tiende" after "een": one more ("Een twaalfde slachtoffer bezweek onderweg naar het
#: ziekenhuis", nl-42958288-3: +1), as "een derde slachtoffer" already was.
NL_ANOTHER_ORDINALS: frozenset[str] = frozenset(
    {"elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende"}
    | {"negentiende", "twintigste"}
)
