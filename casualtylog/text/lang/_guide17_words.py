"""Session 17 (``guide17``): the group names the labelling guide settled (sessions 14 and 15), in every language.

The guide (tests/data/news/README.md, "Patients and teenagers" and "Settled in session 15") gives one name per
concept in all five languages; the language data had the name in some languages only. Each table is joined by
the language's victims module (``GROUP_NOUNS`` for a noun after a number, ``SINGULAR_VICTIMS`` for one named by
an indefinite article, the singular-role rule), and taken out of ``PEOPLE_NOUNS`` where it was a plain person.

- Workers: *obreros, empleados* are ``workers`` as *trabajadores* are ("Workers").
- Auxiliaries: armed civilians beside an army (*auxiliaires civils*, *supplétifs*, *VDP*) are ``auxiliaries``
  ("Auxiliaries"). Spanish *voluntarios* are left as they were: the dev labels of *voluntarios del Cuerpo de
  Bomberos* (es-343974e4-3, es-762c13c7-1) say ``firefighters`` where the guide says ``volunteers``.
- Mothers and fathers: a mother is a woman, a father a man ("Mothers"; kinship is never a group of its own).
- One name per concept: *jongeren, jóvenes* are ``young_people``; *marinos* ``sailors``; *randonneurs*, hikers
  ``hikers``; *Schüler* ``pupils`` ("One group name per concept").
- Teenagers: *Jugendliche, tieners* are ``teenagers`` ("Patients and teenagers"); one by an indefinite article is
  left out, since the same surface in a list of a count is no claim (*sechs Frauen, fünf Männer und ein
  Jugendlicher*, de-35395085-4) and the singular-role frame cannot tell the two apart.
"""

from __future__ import annotations

__all__ = ["GUIDE17_GROUPS", "GUIDE17_SINGULARS"]

#: Plural (or invariable) group nouns, per language.
GUIDE17_GROUPS: dict[str, dict[str, str]] = {
    "en": {
        "hikers": "hikers",
        "youths": "young_people",
        "young people": "young_people",
        "marines": "sailors",
        "sailors": "sailors",
        "mothers": "women",
        "fathers": "men",
        "teenagers": "teenagers",
        "teens": "teenagers",
        "adolescents": "teenagers",
    },
    "nl": {
        "jongeren": "young_people",
        "wandelaars": "hikers",
        "moeders": "women",
        "vaders": "men",
        "tieners": "teenagers",
        "matrozen": "sailors",
    },
    "fr": {
        "randonneurs": "hikers",
        "randonneuses": "hikers",
        "marins": "sailors",
        "mères": "women",
        "mères de famille": "women",
        "pères": "men",
        "pères de famille": "men",
        "auxiliaires": "auxiliaries",
        "auxiliaires civils": "auxiliaries",
        "supplétifs": "auxiliaries",
        "vdp": "auxiliaries",
        "volontaires pour la défense de la patrie": "auxiliaries",
        "jeunes gens": "young_people",
    },
    "de": {
        "wanderer": "hikers",
        "wanderern": "hikers",
        "wanderinnen": "hikers",
        "jugendliche": "teenagers",
        "jugendlichen": "teenagers",
        "matrosen": "sailors",
        "seeleute": "sailors",
        "mütter": "women",
        "väter": "men",
        "schüler": "pupils",
        "schülerinnen": "pupils",
        "schülern": "pupils",
    },
    "es": {
        "obreros": "workers",
        "obreras": "workers",
        "empleados": "workers",
        "empleadas": "workers",
        "jóvenes": "young_people",
        # an adjective before the noun ("dos jóvenes mujeres"): the noun names the group, as "jeunes femmes" does
        "jóvenes mujeres": "women",
        "jóvenes madres": "women",
        "jóvenes hombres": "men",
        "jóvenes varones": "men",
        "marinos": "sailors",
        "senderistas": "hikers",
        "madres": "women",
    },
}

#: One victim named by an indefinite article, per language (the singular-role rule).
GUIDE17_SINGULARS: dict[str, dict[str, str]] = {
    "en": {"hiker": "hikers", "sailor": "sailors"},
    "nl": {"moeder": "women", "vader": "men", "wandelaar": "hikers", "jongere": "young_people"},
    "fr": {"randonneur": "hikers", "randonneuse": "hikers", "marin": "sailors", "mère": "women", "père": "men"},
    "de": {
        "wanderer": "hikers",
        "wanderin": "hikers",
        "mutter": "women",
        "vater": "men",
        "matrose": "sailors",
        "schüler": "pupils",
        "schülerin": "pupils",
    },
    "es": {
        "obrero": "workers",
        "obrera": "workers",
        "empleado": "workers",
        "empleada": "workers",
        "joven": "young_people",
        "marino": "sailors",
        "senderista": "hikers",
        "madre": "women",
        "padre": "men",
    },
}
