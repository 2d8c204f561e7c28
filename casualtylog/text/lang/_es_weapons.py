"""Spanish weapons: their nouns and adjectives, and the verbs that launch and intercept them.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); es.py assembles the language. Moved verbatim from es.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = ["INTERCEPT_VERBS", "LAUNCH_VERBS", "WEAPON_ADJECTIVES", "WEAPON_NOUNS"]


WEAPON_NOUNS = {
    "misiles": "missiles",
    "vehículos aéreos no tripulados": "drones",
    "vehículo aéreo no tripulado": "drones",
    "aparatos no tripulados": "drones",
    "uav": "drones",
    "misil": "missiles",
    "cohetes": "rockets",
    "drones": "drones",
    "dron": "drones",
}

WEAPON_ADJECTIVES = _words(
    "balísticos de crucero rusos shahed iskander kalibr hipersónicos ataque ucranianos ucranianas rusas iraníes "
    "kamikaze enemigos larga distancia ucraniano ucraniana ruso rusa iraní balístico estos estas"
)

LAUNCH_VERBS = frozenset(
    {
        "lanzados",
        "lanzadas",
        "lanzó",
        "lanzaron",
        "lanzado",
        "disparó",
        "dispararon",
        "con",
        # a nominal attack of the weapons launched them ("repelieron un ataque de 9 drones"), as "con" does
        "ataque de",
        "ataques de",
    }
)

INTERCEPT_VERBS = frozenset(
    {
        # the noun of shooting down before its count ("anunció el derribo de 40 drones")
        "derribo",
        "neutralizaron",
        "neutralizó",
        "neutralizados",
        "derribadas",
        "interceptadas",
        "interceptó",
        "interceptados",
        "interceptaron",
        "derribó",
        "derribados",
        "derribaron",
        "destruyó",
        "destruyeron",
        "destruidos",
        "destruidas",
        "derribado",
        "interceptado",
        "neutralizado",
        "abatidos",
        "abatió",
        "abatieron",
    }
)
