"""English weapons: their nouns and adjectives, and the verbs that launch and intercept them.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); en.py assembles the language. Moved verbatim from en.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

__all__ = ["INTERCEPT_VERBS", "LAUNCH_VERBS", "WEAPON_ADJECTIVES", "WEAPON_NOUNS"]


WEAPON_NOUNS = {
    "missiles": "missiles",
    "missile": "missiles",
    "rockets": "rockets",
    # Session 13 (fresh7a): one rocket intercepted ("Iron Dome intercepted a rocket"); a singular weapon noun
    # before a noun it modifies ("rocket fire", "five rocket launchers") is none (_weapon_modifiers)
    "rocket": "rockets",
    "drones": "drones",
    "drone": "drones",
    "uavs": "drones",
    "shaheds": "drones",
}

WEAPON_ADJECTIVES = frozenset(
    [
        "all",  # "shot down all 14 drones"
        "cruise",
        "ballistic",
        "attack",
        "strike",
        "kamikaze",
        "shahed",
        "shahed-type",
        "hypersonic",
        "guided",
        "decoy",
        "russian",
        "enemy",
        "iskander",
        "iskander-m",
        "kinzhal",
        "kalibr",
        "kh-101",
        "north-korean",
        "anti-aircraft",
        "air-launched",
        "long-range",
    ]
)

# Session 11 (en11): the present of headlines ("Russia fires 90 missiles", "Ukraine downs 25 drones").
LAUNCH_VERBS = frozenset(
    {"launched", "launching", "fired", "firing", "with", "used", "sent", "launch", "deployed", "fires", "launches"}
)

INTERCEPT_VERBS = frozenset(
    {
        "intercepted",
        "intercepting",
        "shot down",
        "shooting down",
        "taken down",
        "downed",
        "destroyed",
        "neutralised",
        "neutralized",
        "downs",
        "shoots down",
        "intercepts",
        "destroys",
    }
)

# The long names of drones in wire copy from the Russian ministry ("22 Ukrainian unmanned aerial vehicles (UAVs) were
# destroyed", "1 UAV over the Smolensk region"), which the guide folds into drones; participles in -ing that describe
# weapons ("shot down 17 of the incoming drones"), which the open reading of modifiers leaves out
WEAPON_NOUNS = {
    **WEAPON_NOUNS,
    **dict.fromkeys(("unmanned aerial vehicles", "unmanned aerial vehicle", "unmanned aircraft", "uav"), "drones"),
}
WEAPON_ADJECTIVES = WEAPON_ADJECTIVES | frozenset({"incoming", "attacking"})
