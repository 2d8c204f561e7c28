"""Dutch weapons: their nouns and adjectives, and the verbs that launch and intercept them (separable
ones too).

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

__all__ = ["INTERCEPT_VERBS", "LAUNCH_VERBS", "SEPARABLE_WEAPON_VERBS", "WEAPON_ADJECTIVES", "WEAPON_NOUNS"]


WEAPON_NOUNS = {
    "raketten": "missiles",
    "raket": "missiles",
    "kruisraketten": "missiles",
    "kruisvluchtwapens": "missiles",
    "drones": "drones",
    "drone": "drones",
    "aanvalsdrones": "drones",
    "shahed-drones": "drones",
}

WEAPON_ADJECTIVES = frozenset(
    [
        "ballistische",
        "russische",
        "shahed",
        "noord-koreaanse",
        "hypersone",
        "geleide",
        "vijandelijke",
        "iskander",
        "kinzhal",
        "kalibr",
        "kh-101",
        "lange-afstands",
    ]
)

LAUNCH_VERBS = frozenset(
    {
        "lanceerde",
        "lanceerden",
        "gelanceerd",
        "gelanceerde",
        "vuurde",
        "vuurden",
        "afgevuurd",
        "afgeschoten",
        "afgevuurde",
        "afvuurde",
        "afvuurden",
        "inzette",
        "met",
        "ingezet",
        "zette",
        "af te vuren",
        "te lanceren",
    }
)

INTERCEPT_VERBS = frozenset(
    {
        "onderschept",
        "onderschepte",
        "onderschepten",
        "neergehaald",
        "haalde",
        "haalden",
        "neergeschoten",
        "uitgeschakeld",
        "vernietigd",
        # A separable verb's infinitive is written apart: "om 63 drones neer te halen".
        "neer te halen",
        "uit de lucht gehaald",
        "uit de lucht heeft gehaald",
        "uit de lucht hebben gehaald",
        "uit de lucht geschoten",
        # Session 13 (fresh13): the perfect infinitive after a verb of claiming ("zegt 31 drones uit de lucht te hebben
        # geschoten") and the perfect with "schieten"
        "uit de lucht te hebben geschoten",
        "uit de lucht te hebben gehaald",
        "uit de lucht heeft geschoten",
        "uit de lucht hebben geschoten",
        "onschadelijk gemaakt",
        "onschadelijk te maken",
        "neer te schieten",
        "te onderscheppen",
        "uit te schakelen",
    }
)

SEPARABLE_WEAPON_VERBS = {
    "vuurde af": "launched",
    "vuurden af": "launched",
    "schoot af": "launched",
    "schoten af": "launched",
    "schoot neer": "intercepted",
    "schoten neer": "intercepted",
    "haalde neer": "intercepted",
    "haalden neer": "intercepted",
}
