"""Session 14 (``fresh9en``): words of the kinds met on batch 9 of the real-news dev text, English and Dutch.

``FRESH9_WEAPON_NOUNS[code]`` adds to the language's ``weapon_nouns``: the long names of drones that wire copy
from the Russian ministry uses ("22 Ukrainian unmanned aerial vehicles (UAVs) were destroyed", "8 UAVs over the
Oryol region", "1 UAV over the Smolensk region"); the guide folds them into ``drones``.
``FRESH9_WEAPON_ADJECTIVES[code]`` adds to ``weapon_adjectives``: participles in -ing, which the open reading of
modifiers leaves out (a participle heads its own phrase), that commonly describe weapons ("shot down 17 of the
incoming drones", "the attacking drones").
``FRESH9_GROUP_NOUNS[code]`` adds to ``group_nouns``: "elderly" before a noun of the whole population names the
group ``elderly``, as "elderly people" does ("Two elderly patients died", "two elderly residents were found dead").
"""

from __future__ import annotations

from casualtylog.text.lang._en_victims import PEOPLE_NOUNS as _EN_PEOPLE

__all__ = ["FRESH9_GROUP_NOUNS", "FRESH9_WEAPON_ADJECTIVES", "FRESH9_WEAPON_NOUNS"]

FRESH9_WEAPON_NOUNS: dict[str, dict[str, str]] = {
    "en": {
        "unmanned aerial vehicles": "drones",
        "unmanned aerial vehicle": "drones",
        "unmanned aircraft": "drones",
        "uav": "drones",
    },
    "nl": {},
}

FRESH9_WEAPON_ADJECTIVES: dict[str, frozenset[str]] = {
    "en": frozenset({"incoming", "attacking"}),
    "nl": frozenset(),
}

FRESH9_GROUP_NOUNS: dict[str, dict[str, str]] = {
    "en": {f"elderly {noun}": "elderly" for noun in sorted(_EN_PEOPLE - {"others", "lives", "members"}) if noun.endswith("s")},
    "nl": {},
}
