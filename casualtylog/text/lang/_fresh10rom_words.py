"""Session 14 (``fresh10rom``): words of the French, German and Spanish batch-10 failures, per language.

Each table adds words to a field the language module already fills (the module joins them, with a comment naming
this session).
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import pairs

__all__ = [
    "DE_FORCED_OUT",
    "DE_HAD_TO_FLEE",
    "DE_OFFICER",
    "DE_OFFICERS",
    "ES_IN_CUSTODY",
    "ES_ZERO_PERFECT",
    "FIRST_CUES",
    "FR_SHELTERED",
    "FR_SUFFERED",
    "MULTIPLE",
    "TEEN_GROUPS",
    "TEEN_SINGULARS",
]

_HOMES = ("ihr zuhause", "ihre häuser", "ihre wohnungen", "ihr obdach", "ihre heimat")
_HAD_TO = ("musste", "mussten")

#: German modal and infinitive at the clause's end, added to ``closing_verbs``: "had to flee" with its victims or an
#: adverbial between ("In Myanmar mussten … mindestens 89.000 Menschen vor Überflutungen fliehen", de-0dc07a01-9;
#: "Tausende Menschen mussten vor den Wassermassen fliehen", de-0dc07a01-7), as "konnte … retten" is rescued.
DE_HAD_TO_FLEE: dict[str, str] = {f"{modal} fliehen": "displaced" for modal in _HAD_TO}

#: German predicates of people forced from their homes, added to ``predicates`` (``displaced``, the guide's "fled,
#: forced from their homes"): the past "verloren ihr Zuhause" beside the perfect "ihr Zuhause verloren" ("mehr als
#: 360 000 verloren ihr Zuhause", de-f9c15d6c-4), and "had to leave their homes" or "had to flee" right after a bare
#: count ("mehr als 400.000 mussten ihre Häuser verlassen", de-fdc731aa-2), as French "contraints de fuir" and
#: Spanish "obligados a huir" already are. Fleeing alone stays out: one flees a fire onto a roof as well.
DE_FORCED_OUT: dict[str, str] = {
    **{f"{verb} {home}": "displaced" for verb in ("verloren", "verlor") for home in _HOMES},
    **{f"{modal} {home} verlassen": "displaced" for modal in _HAD_TO for home in _HOMES},
    **DE_HAD_TO_FLEE,
}

#: Teenagers, the group the guide names (batch 9: "*une adolescente*, *adolescentes*" → ``teenagers``), added to
#: ``group_nouns`` ("Vingt-cinq adolescents … ont été blessés", fr-d951be0f-4) and, for the singular, to
#: ``singular_victims`` ("Une adolescente est décédée", fr-2aa91226-2), where the word had no group.
TEEN_GROUPS: dict[str, dict[str, str]] = {
    "fr": dict.fromkeys(("adolescents", "adolescentes"), "teenagers"),
    "es": dict.fromkeys(("adolescentes",), "teenagers"),
}
TEEN_SINGULARS: dict[str, dict[str, str]] = {
    "fr": dict.fromkeys(("adolescent", "adolescente"), "teenagers"),
    "es": dict.fromkeys(("adolescente",), "teenagers"),
}

#: Words that call a figure first or provisional, added to ``preliminary_cues`` (the guide's "Previous tolls": only a
#: word of first, initial, early or provisional makes it ``preliminary``): French "first" after an auxiliary ("les
#: services de secours avaient d'abord annoncé la mort d'une seule victime", fr-9028d2e4-7; not "tout d'abord",
#: "first of all", which opens a sentence with no auxiliary before it), German first reports ("In ersten Meldungen
#: war von 3 verletzten Bewohnern … die Rede", de-6d044565-2), Spanish "not final" with its copula ("No es
#: definitivo el balance que habla de al menos 20 muertos", es-c8250fa0-2) and first news ("Según las primeras
#: noticias", es-c8250fa0-3).
FIRST_CUES: dict[str, str] = {
    "fr": " | ".join(
        f"{aux} d' abord" for aux in ("a", "ont", "avait", "avaient", "avaient été", "avait été", "était", "étaient")
    ),
    "de": "erste meldungen | ersten meldungen | ersten medienberichten | erste medienberichte",
    "es": " | ".join(
        [f"no {copula} {final}" for copula in ("es", "era", "son", "eran") for final in ("definitivo", "definitiva")]
        + [f"no son {final}" for final in ("definitivos", "definitivas")]
        + ["primeras noticias", "primeros reportes"]
    ),
}

#: German police officers by their compound ("einer verletzten Polizeibeamtin", de-6d044565-2), as "Polizisten"
#: and "Beamte" are: added to ``group_nouns`` (plural) and ``singular_victims`` (one person).
DE_OFFICERS: dict[str, str] = dict.fromkeys(("polizeibeamte", "polizeibeamten", "polizeibeamtinnen"), "officers")
DE_OFFICER: dict[str, str] = dict.fromkeys(("polizeibeamter", "polizeibeamtin"), "officers")

#: French people put up in a shelter, added to ``predicates`` (``displaced``, the guide's "relocated to shelters"):
#: "accueillis" beside "hébergés", and one shelter named with its article beside the plural ones ("Neuf habitants de
#: l'immeuble ont été accueillis dans un gymnase voisin", fr-1ae060c7-4). Hospitals are no shelter. "Hébergés" in the
#: plural shelters is lang/_shelter_words.py's already.
_ONE_SHELTER = (
    "dans un gymnase|dans une salle polyvalente|dans une salle des fêtes|dans une école|dans un centre d' hébergement"
    "|dans un centre d' accueil"
)
_SHELTERS = f"{_ONE_SHELTER}|dans des gymnases|dans des écoles|dans des centres d' hébergement|dans des centres d' accueil"
FR_SHELTERED: dict[str, str] = pairs("accueilli|accueillie|accueillis|accueillies", _SHELTERS, "displaced") | pairs(
    "hébergé|hébergée|hébergés|hébergées", _ONE_SHELTER, "displaced"
)

#: French hurt by what they suffered, added to ``predicates`` (``injured``), as Spanish "sufrieron heridas": "Un garçon
#: de 15 ans et un homme de 35 ans ont subi des blessures dues à l'explosion" (fr-da7224f3-2). Damage a building
#: suffered ("ont subi des dégâts") is no injury.
FR_SUFFERED: dict[str, str] = pairs(
    "subi",
    "des blessures|de graves blessures|de légères blessures|des brûlures|de graves brûlures|un traumatisme"
    "|des traumatismes",
    "injured",
)

#: Spanish: held in custody is detained, added to ``predicates`` ("Un sospechoso estaba bajo custodia", es-77babe63-3),
#: as French "en garde à vue" and German "in Gewahrsam genommen" are.
ES_IN_CUSTODY: dict[str, str] = dict.fromkeys(("bajo custodia", "bajo custodia policial"), "detained")

#: Spanish denied causing in the perfect, added to ``zero_words`` ("el ataque, que no ha provocado muertos",
#: es-95079b0c-6), as the past "no provocó" is.
ES_ZERO_PERFECT = " | ".join(
    f"no {aux} {verb}"
    for aux in ("ha", "han", "había", "habían")
    for verb in ("provocado", "causado", "dejado", "ocasionado")
)

#: "Many" as a vague count, added to ``vague_words`` (``several``): "había “múltiples heridos” en el tiroteo"
#: (es-77babe63-5), "de multiples blessés", as "varios heridos" is.
MULTIPLE: dict[str, dict[str, str]] = {"es": {"múltiples": "several"}, "fr": {"multiples": "several"}}
