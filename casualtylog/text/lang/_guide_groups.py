"""Session 17 (``rom17``): the corpus guide's group names, in French, German and Spanish.

The guide (tests/data/news/README.md, "Settled in session 15" and the group list) names one group per concept:
people at work for an employer are ``workers``, and it names ``pregnant_women``, ``pupils``, ``customers``,
``sailors`` and ``health_workers``. Session 16 found nouns of these concepts with no group in one language or another
(the group errors of its "frames' wrong claims"): this module gives each concept its nouns in each language, plural
and singular, rather than one sentence's word at a time. Not listed: nouns that are as often something else
(*jeunes* is an adjective before a noun, *Jugendliche* are teenagers or young people, *Mitglieder* and *membres* of
any body, *marins* also a navy's, the adjective *embarazada* of "una de ellas embarazada"), skiers outside German
(the French labels give *un skieur* no group, fr-d1d9e9c4-2), and the nouns whose group the tests of sessions 6-14
pin to the labels before session 15 (*employés* → ``employees``; *randonneurs*, *excursionistas*, *Wanderer*,
*jóvenes*, *obreros*, *mujer embarazada* with no group or another): changing those is the lead's call, not a rule's.
"""

from __future__ import annotations

__all__ = ["GUIDE_GROUPS", "GUIDE_SINGULARS"]

GUIDE_GROUPS: dict[str, dict[str, str]] = {
    "fr": {
        "salariés": "workers",
        "femmes enceintes": "pregnant_women",
        "écoliers": "pupils",
        "collégiens": "pupils",
        "lycéens": "pupils",
        "clients": "customers",
        "soignants": "health_workers",
        "personnels de santé": "health_workers",
    },
    "de": {
        "angestellte": "workers",
        "angestellten": "workers",
        "schwangere": "pregnant_women",
        "schüler": "pupils",
        "schülerinnen": "pupils",
        "kunden": "customers",
    },
    "es": {
        "empleados": "workers",
        "embarazadas": "pregnant_women",
        "mujeres embarazadas": "pregnant_women",
        "escolares": "pupils",
        "clientes": "customers",
        "marinos": "sailors",
        "sanitarios": "health_workers",
    },
}

GUIDE_SINGULARS: dict[str, dict[str, str]] = {
    "fr": {
        "salarié": "workers",
        "femme enceinte": "pregnant_women",
        "écolier": "pupils",
        "écolière": "pupils",
        "collégien": "pupils",
        "collégienne": "pupils",
        "lycéen": "pupils",
        "lycéenne": "pupils",
    },
    "de": {
        "angestellter": "workers",
        "schwangere": "pregnant_women",
        "schülerin": "pupils",
    },
    "es": {
        "empleado": "workers",
        "empleada": "workers",
        "escolar": "pupils",
        "marino": "sailors",
    },
}
