"""Words of a breakdown of a count by place, keyed by language (casualtylog.text._breakdown_places and
casualtylog.text._bracket_frames): what opens the breakdown, a place left unnamed, and "each" after a bracketed figure.
"""

from __future__ import annotations

__all__ = ["BREAKDOWN_OPENERS", "EACH_WORDS", "ELSEWHERE_WORDS"]

#: Words that open a breakdown by place of the count before, in place of a comma or "and": "downed 18 drones,
#: including 11 over the Rostov Region, four over …" (en-0556566f-2); "ten people died (nine in Sindh Province,
#: and one in …)" (en-acd2f893-1); a colon or a dash: "wounded seven residents of the Donetsk region: five in
#: Kostiantynivka" (en-5e156763-2), "10 fatalities are being verified—three in CALABARZON" (en-de8c4c64-3).
BREAKDOWN_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"including", "(", ":", "—", "–"}),
    "nl": frozenset({"waaronder", "(", ":"}),
    # Session 20 (issue 13): a colon in French, Spanish and German too ("cinco decesos más: cuatro en Sonora y uno en
    # Baja California", es-e2faa34b-2; "s'est alourdi de 11 morts …: 4 à Petakh-Tiqva, 3 à Haïfa", fr-19cefc83-2)
    "fr": frozenset({":"}),
    "es": frozenset({":"}),
    "de": frozenset({":"}),
}
#: A place left unnamed in a breakdown: "13 were killed in rural Newton County and two elsewhere in the state"
#: (en-be687ec6-2).
ELSEWHERE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"elsewhere"}),
    "nl": frozenset({"elders"}),
}
#: "each" after a bracketed figure of a place ("Sheohar and Darbhanga (10 each), Purnea (nine)", en-cbf1a112-4): the
#: figure of each place of a breakdown, which opens a list of places with their figures in brackets. Words joined by
#: a space are read word by word: Spanish says it in two ("Chiapas y Tamaulipas (4 cada uno)", es-e2faa34b-6).
EACH_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"each"}),
    "nl": frozenset({"elk", "elke", "ieder"}),
    "es": frozenset({"cada uno", "cada una"}),
}
