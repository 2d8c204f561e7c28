"""French weapons: their nouns and adjectives, and the verbs that launch and intercept them.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); fr.py assembles the language. Moved verbatim from fr.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = ["INTERCEPT_VERBS", "LAUNCH_VERBS", "WEAPON_ADJECTIVES", "WEAPON_NOUNS"]


WEAPON_NOUNS = {
    "missiles": "missiles",
    "missile": "missiles",
    "roquettes": "rockets",
    "drones": "drones",
    "drone": "drones",
}

WEAPON_ADJECTIVES = _words(
    "balistiques de croisière russes shahed iskander kalibr kinjal hypersoniques d' attaque ukrainiens "
    "ukrainiennes iraniens explosifs kamikazes kamikaze ennemis ces "
    # Session 13 (fresh7c): the singulars, as Spanish lists them ("un drone ukrainien a été abattu")
    "balistique russe hypersonique ukrainien ukrainienne iranien iranienne explosif ennemi"
)

LAUNCH_VERBS = frozenset(
    {
        "lancé",
        "lancés",
        "lancées",
        "tiré",
        "tirés",
        "lancer",
        "avec",
        # a nominal attack of the weapons launched them ("a repoussé une attaque de 50 drones"), as "avec" does
        "attaque de",
        "attaques de",
        "repérés",
        "repérées",
        "détectés",
        "détectées",
    }
)

INTERCEPT_VERBS = frozenset(
    {
        # the nouns of shooting down before their count ("l'interception de 40 drones")
        "interception",
        "destruction",
        "intercepté",
        "interceptés",
        "interceptées",
        "abattu",
        "abattus",
        "détruit",
        "détruits",
        "neutralisé",
        "neutralisés",
    }
)
