"""The group names the labelling guide settled (sessions 14 and 15), in every language (session 17).

The guide (tests/data/news/README.md, "Patients and teenagers", "Settled in session 15" and its group list) gives
one name per concept in all five languages; the language data had the name in some languages only. Each table is
joined by the language's victims module (``GROUP_NOUNS`` for a noun after a number, ``SINGULAR_VICTIMS`` for one
named by an indefinite article, the singular-role rule), and taken out of ``PEOPLE_NOUNS`` where it was a plain
person. Two helpers of session 17 wrote it (``rom17``: French, German and Spanish workers, pregnant women, pupils,
customers, sailors, health workers; ``guide17``: the rest); the lead joined their tables.

- Workers: *salariés, Angestellte, obreros, empleados* are ``workers`` as *trabajadores* are ("Workers").
- Auxiliaries: armed civilians beside an army (*auxiliaires civils*, *supplétifs*, *VDP*) are ``auxiliaries``
  ("Auxiliaries"). Spanish *voluntarios* are left as they were: the dev labels of *voluntarios del Cuerpo de
  Bomberos* (es-343974e4-3, es-762c13c7-1) say ``firefighters`` where the guide says ``volunteers``.
- Mothers and fathers: a mother is a woman, a father a man ("Mothers"; kinship is never a group of its own).
- One name per concept: *jongeren, jóvenes* are ``young_people``; *marinos* ``sailors``; *randonneurs*, hikers
  ``hikers``; *Schüler, écoliers, escolares* ``pupils``; *clients, Kunden* ``customers``; *soignants, sanitarios*
  ``health_workers``; *femmes enceintes, Schwangere, embarazadas* ``pregnant_women``.
- Teenagers: *Jugendliche, tieners* are ``teenagers`` ("Patients and teenagers"); one by an indefinite article is
  left out, since the same surface in a list of a count is no claim (*sechs Frauen, fünf Männer und ein
  Jugendlicher*, de-35395085-4) and the singular-role frame cannot tell the two apart.
- Not listed: nouns as often something else (*jeunes* is an adjective before a noun, *Mitglieder* and *membres* of
  any body, the adjective *embarazada* of "una de ellas embarazada"), and skiers outside German (the French labels
  give *un skieur* no group, fr-d1d9e9c4-2).
"""

from __future__ import annotations

__all__ = ["GUIDE_GROUPS", "GUIDE_SINGULARS"]


#: Plural (or invariable) group nouns, per language.
GUIDE_GROUPS: dict[str, dict[str, str]] = {
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
        "salariés": "workers",
        "femmes enceintes": "pregnant_women",
        "écoliers": "pupils",
        "collégiens": "pupils",
        "lycéens": "pupils",
        "clients": "customers",
        "soignants": "health_workers",
        "personnels de santé": "health_workers",
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
        "angestellte": "workers",
        "angestellten": "workers",
        "schwangere": "pregnant_women",
        "schüler": "pupils",
        "schülerinnen": "pupils",
        "kunden": "customers",
        "wanderer": "hikers",
        "wanderern": "hikers",
        "wanderinnen": "hikers",
        "jugendliche": "teenagers",
        "jugendlichen": "teenagers",
        "matrosen": "sailors",
        "seeleute": "sailors",
        "mütter": "women",
        "väter": "men",
        "schülern": "pupils",
    },
    "es": {
        "empleados": "workers",
        "embarazadas": "pregnant_women",
        "mujeres embarazadas": "pregnant_women",
        "escolares": "pupils",
        "clientes": "customers",
        "marinos": "sailors",
        "sanitarios": "health_workers",
        "obreros": "workers",
        "obreras": "workers",
        "empleadas": "workers",
        "jóvenes": "young_people",
        # an adjective before the noun ("dos jóvenes mujeres"): the noun names the group, as "jeunes femmes" does
        "jóvenes mujeres": "women",
        "jóvenes madres": "women",
        "jóvenes hombres": "men",
        "jóvenes varones": "men",
        "senderistas": "hikers",
        "madres": "women",
    },
}


#: One victim named by an indefinite article, per language (the singular-role rule).
GUIDE_SINGULARS: dict[str, dict[str, str]] = {
    "en": {
        "hiker": "hikers",
        "sailor": "sailors",
    },
    "nl": {
        "moeder": "women",
        "vader": "men",
        "wandelaar": "hikers",
        "jongere": "young_people",
    },
    "fr": {
        "salarié": "workers",
        "femme enceinte": "pregnant_women",
        "écolier": "pupils",
        "écolière": "pupils",
        "collégien": "pupils",
        "collégienne": "pupils",
        "lycéen": "pupils",
        "lycéenne": "pupils",
        "randonneur": "hikers",
        "randonneuse": "hikers",
        "marin": "sailors",
        "mère": "women",
        "père": "men",
    },
    "de": {
        "angestellter": "workers",
        "schwangere": "pregnant_women",
        "schülerin": "pupils",
        "wanderer": "hikers",
        "wanderin": "hikers",
        "mutter": "women",
        "vater": "men",
        "matrose": "sailors",
        "schüler": "pupils",
    },
    "es": {
        "empleado": "workers",
        "empleada": "workers",
        "escolar": "pupils",
        "marino": "sailors",
        "obrero": "workers",
        "obrera": "workers",
        "joven": "young_people",
        "senderista": "hikers",
        "madre": "women",
        "padre": "men",
    },
}
