"""German weapons: their nouns and adjectives, and the verbs that launch and intercept them (separable
ones too).

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); de.py assembles the language. Moved verbatim from de.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "FIRE_DIRECTIONS",
    "FIRE_OR_DOWN_VERBS",
    "INTERCEPT_VERBS",
    "LAUNCH_VERBS",
    "SEPARABLE_WEAPON_VERBS",
    "WEAPON_ADJECTIVES",
    "WEAPON_NOUNS",
]


WEAPON_NOUNS = {
    "raketen": "rockets",
    "rakete": "rockets",
    "marschflugkörper": "missiles",
    "flugkörper": "missiles",
    "drohnen": "drones",
    "drohne": "drones",
    "kampfdrohnen": "drones",
    "shahed-drohnen": "drones",
    # Mixed projectiles have no group (the news guide): "" is a weapon with none.
    "geschosse": "",
}

WEAPON_ADJECTIVES = _words("ballistische russische iranische shahed iskander kalibr kinschal hyperschall feindliche")

LAUNCH_VERBS = frozenset(
    {
        "abgefeuert",
        "gefeuert",
        "feuerte",
        "feuerten",
        "startete",
        "gestartet",
        "setzte",
        "eingesetzt",
        "mit",
        "abzufeuern",
        # Detected or identified projectiles were launched (the news guide).
        "identifiziert",
        "registriert",
    }
)

# A separable verb's infinitive takes "zu" inside the word: "abzuschießen", "abzufangen".
INTERCEPT_VERBS = frozenset(
    {
        "abgefangen",
        "fing",
        "fingen",
        "abgeschossen",
        "schoss",
        "zerstört",
        "neutralisiert",
        "abzuschießen",
        "abzufangen",
    }
)

SEPARABLE_WEAPON_VERBS = {
    "feuerte ab": "launched",
    "feuerten ab": "launched",
    "schoss ab": "intercepted",
    "schossen ab": "intercepted",
    "fing ab": "intercepted",
    "fingen ab": "intercepted",
    "wehrte ab": "intercepted",
    "wehrten ab": "intercepted",
    "holte herunter": "intercepted",
    "holten herunter": "intercepted",
}

FIRE_OR_DOWN_VERBS = frozenset({"schoss", "schossen", "abgeschossen", "abschießen", "abzuschießen"})

FIRE_DIRECTIONS = _phrases("auf | in richtung | richtung | aus | vom | gegen")
