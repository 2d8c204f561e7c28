"""Spanish verbs of casualties in every tense news uses, generated from the stem (session 9).

The tables of ``_es_verbs`` and ``_es_more`` list the forms their authors met
in dev text: "mató", "rescataron", "detuvo". News uses the others as often
("ha detenido a tres jóvenes", "Rescatan a 40 migrantes", "obligó a evacuar a
2.000 vecinos"), so a regular "-ar" verb is listed once, by its stem, and
:func:`ar_forms` writes its preterite, present, perfect participle, infinitive
and gerund. A form that is also a common noun or adjective ("mata" a shrub,
"asesina" a murderess, "salva" a salvo) is left out by the caller.

>>> sorted(ar_forms("arrest"))
['arresta', 'arrestado', 'arrestan', 'arrestando', 'arrestar', 'arrestaron', 'arrestó']
"""

from __future__ import annotations

__all__ = ["ACTIVE", "PREDICATES", "ar_forms"]


def ar_forms(stem: str) -> frozenset[str]:
    """The preterite, present, perfect participle, infinitive and gerund of a regular "-ar" verb."""
    return frozenset(stem + ending for ending in ("ó", "aron", "a", "an", "ado", "ar", "ando"))


def _actives(stems: dict[str, str], ambiguous: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for stem, metric in stems.items():
        for form in sorted(ar_forms(stem) - ambiguous):
            out[form] = metric
    return out


#: Active verbs whose object (after "a") is the victims: "la policía arrestó a 12 personas", "evacuaron a 300
#: vecinos", "lograron rescatar a 20 personas", "el incendio obligó a desalojar a 2.000 vecinos".
ACTIVE = {
    **_actives(
        {
            "arrest": "detained",
            "desaloj": "evacuated",
            "evacu": "evacuated",
            "rescat": "rescued",
            "salv": "rescued",
            "asesin": "killed",
            "mat": "killed",
        },
        frozenset({"mata", "salva", "asesina", "asesinado"}),
    ),
    # "detener" is irregular: every form news uses
    **dict.fromkeys(("detuvo", "detuvieron", "detenido", "detiene", "detienen", "detener", "deteniendo"), "detained"),
}

#: Predicates after the victims no table had: "perecer", the written verb of dying, in the tenses of "morir"
#: ("27 personas perecieron en el naufragio"), the passive of "desalojar" as of "evacuar" ("fueron desalojadas
#: unas 600 personas"), fleeing, poisoning and the Latin American words of killing.
PREDICATES = {
    **dict.fromkeys(
        ("perecieron", "pereció", "perecen", "perece", "perecido", "perecida", "perecidos", "perecidas", "perecían"),
        "killed",
    ),
    **dict.fromkeys(("desalojado", "desalojada", "desalojados", "desalojadas"), "evacuated"),
    # fled their homes is displaced ("5.000 personas huyeron de sus hogares"); fleeing alone is not (suspects flee)
    **{
        f"{fled} de sus {homes}": "displaced"
        for fled in ("huyeron", "huyen", "huido", "huían")
        for homes in ("hogares", "casas", "viviendas")
    },
    # poisoned by smoke or gas is hurt (the corpus guide: "atendidas por intoxicación" are injured)
    **dict.fromkeys(("intoxicados", "intoxicadas", "intoxicado", "intoxicada"), "injured"),
    **{f"{treated} por intoxicación": "injured" for treated in ("atendidos", "atendidas", "atendido", "atendida")},
    # Session 10 (rom10): treated for an injury or smoke is hurt too ("atendidas por inhalación de humo")
    **{
        f"{treated} por {cause}": "injured"
        for treated in ("atendidos", "atendidas", "atendido", "atendida")
        for cause in ("inhalación", "heridas", "quemaduras", "contusiones", "lesiones", "politraumatismos")
    },
    # forced from or left without their homes is displaced (the guide: "forced from their homes", homeless)
    **{
        f"{left} sus {homes}": "displaced"
        # Session 13 (fresh7c): left them, as abandoned them ("tuvieron que dejar sus hogares")
        for left in ("abandonar", "abandonaron", "abandonado", "dejar", "dejaron", "dejado")
        for homes in ("hogares", "casas", "viviendas")
    },
    # Session 12 (fres12): forced to flee, the passive of casualtylog.text._romance_objects ("500 personas se vieron
    # obligadas a huir", "forzados a abandonar sus hogares"); forced to pay or wait is nothing
    **{
        f"{forced}{end} a {flight}": "displaced"
        for forced in ("obligad", "forzad")
        for end in ("o", "a", "os", "as")
        for flight in (
            *("huir", "abandonar sus hogares", "abandonar sus casas", "abandonar sus viviendas"),
            *("dejar sus hogares", "dejar sus casas", "dejar sus viviendas"),  # Session 13 (fresh7c)
        )
    },
    **{
        f"{stayed} sin {home}": "displaced"
        for stayed in ("quedado", "quedaron", "quedan", "quedaban")
        for home in ("hogar", "techo", "vivienda", "casa")
    },
    # the Latin American words of killing ("cinco personas fueron ultimadas", "privados de la vida")
    **dict.fromkeys(("ultimados", "ultimadas", "ultimado", "ultimada"), "killed"),
    **{f"privad{ending} de la vida": "killed" for ending in ("o", "a", "os", "as")},
    # "resultaron con heridas", as "sufrieron heridas"
    **dict.fromkeys(("con heridas", "con lesiones"), "injured"),
    # Session 12 (fres12): poisoned is hurt (the guide), said with "sufrir" ("doce personas sufrieron intoxicación leve")
    **{
        f"{suffered} {a}intoxicación": "injured"
        for suffered in ("sufrieron", "sufrió", "sufren", "sufre", "sufrido", "presentaban", "presentaron")
        for a in ("", "una ")
    },
    # Session 13 (fresh7c): hit by gunfire is hurt, as French "touchés par balle" ("dos agentes fueron alcanzados por
    # disparos"); hit by anything else ("alcanzados por la policía", "por el agua") is no casualty
    **{
        f"alcanzad{end} por {shot}": "injured"
        for end in ("o", "a", "os", "as")
        for shot in ("disparos", "los disparos", "un disparo", "balas", "las balas", "una bala", "bala")
    },
}
