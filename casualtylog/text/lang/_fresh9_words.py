"""Session 14 (``fresh9rom``): words the French, German and Spanish dev documents of news batch 9 showed missing.

``FRESH9_GROUPS[code]`` adds groups of victims by their noun, as the corpus guide names them: workers however a
language calls them (*ouvriers*, *Beschäftigte*), miners by their colloquial noun (*Kumpel*), employees, a ship's
crew (*miembros de la tripulación*). ``FRESH9_SINGULARS[code]`` adds one victim named by the singular of such a
noun ("ein Mitarbeiter ist ums Leben gekommen" → killed workers 1, as "una trabajadora" and "eine Mitarbeiterin"
already were). ``FRESH9_CONFIRMED[code]`` adds forms of confirming: the first person plural of an authority's own
statement (*Confirmamos la muerte de cuatro personas*); ``FRESH9_SAID[code]`` the imperfect of the verbs of saying.
The topic modules (``_fr_victims``, ``_fr_sources``, …) and fr.py / es.py fold them into their tables.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "ELIDED_TIMES",
    "FRESH9_AMONG",
    "FRESH9_ANOTHER_AFTER_ARTICLE",
    "FRESH9_BODIES",
    "FRESH9_CONFIRMED",
    "FRESH9_GROUPS",
    "FRESH9_GROUP_CUES",
    "FRESH9_POSSESSIVES",
    "FRESH9_PREDICATES",
    "FRESH9_SAID",
    "FRESH9_SINGULARS",
    "INTENSIFIERS",
    "PLURAL_AUXILIARIES",
]

FRESH9_GROUPS: dict[str, dict[str, str]] = {
    # "6 ouvriers sont tués et 3 blessés", "9 employés blessés": workers as German "Arbeiter" and Spanish
    # "trabajadores" are (they were people with no group in French alone); employees are workers too, the
    # label settled in session 15 (tests/data/news/README.md, "Workers")
    "fr": {
        "ouvriers": "workers",
        "travailleurs": "workers",
        "employés": "workers",
        # gold panners of artisanal mines ("Quatre orpailleurs … ont passé de vie à trépas dans un éboulement")
        "orpailleurs": "miners",
        "garçonnets": "children",
    },
    # "Fünf Kumpel wurden verletzt" (miners, the colloquial noun), "fünf Beschäftigte werden vermisst"; "Kumpel",
    # "Bergmänner" and the accused ("Beschuldigte") are fresh8rom's DE_GROUPS (lang/_fresh8rom_words.py)
    "de": {
        "kumpeln": "miners",
        "beschäftigte": "workers",
        "beschäftigten": "workers",
    },
    # "dos miembros de la tripulación han muerto", "tres tripulantes": the crew, as Dutch "bemanningsleden"
    "es": {
        "miembros de la tripulación": "crew",
        "tripulantes": "crew",
    },
}

FRESH9_SINGULARS: dict[str, dict[str, str]] = {
    "fr": {
        "ouvrier": "workers",
        "travailleur": "workers",
        "employé": "workers",
        "orpailleur": "miners",
        # "un garçonnet de huit ans reste encore introuvable"
        "garçonnet": "children",
    },
    # "Mitarbeiter" and "Bergmann" are fresh8rom's DE_SINGULARS
    "de": {"arbeiter": "workers", "beschäftigter": "workers"},
    "es": {"tripulante": "crew", "miembro de la tripulación": "crew"},
}

FRESH9_CONFIRMED: dict[str, frozenset[str]] = {
    # an authority confirming in its own voice: "Confirmamos la muerte de cuatro personas", "nous confirmons"
    "fr": _words("confirmons"),
    # the other forms of verifying are fresh8rom's MORE_VERIFIED (lang/_fresh8rom_words.py)
    "es": _words("confirmamos verificamos"),
}


_IMPERFECT_STEMS = {
    "es": "confirm inform señal indic explic precis asegur detall",
    "fr": "confirm indiqu précis expliqu affirm déclar",
}
#: The imperfect of the verbs of saying, which reports as the preterite does ("No hay ningún agente herido”,
#: confirmaba la Oficina del Sheriff"; "…, indiquait la préfecture"): a closing attribution and its source.
FRESH9_SAID: dict[str, frozenset[str]] = {
    "es": frozenset(s + e for s in _IMPERFECT_STEMS["es"].split() for e in ("aba", "aban")),
    "fr": frozenset(s + e for s in _IMPERFECT_STEMS["fr"].split() for e in ("ait", "aient")),
}


#: Cues that open the members of a count ("Le nombre de morts est monté à 2.215 morts incluant 724 enfants").
FRESH9_GROUP_CUES: dict[str, frozenset[str]] = {
    "fr": _phrases("incluant | incluant notamment"),
    # "tres muertes, incluida una niña de 12 años", "2.000 muertos, incluyendo 700 niños"
    "es": _phrases("incluyendo | incluida | incluido"),
}

#: Adverbs of degree before a word of how badly ("dont sept très grièvement", "dos de ellos muy graves", "zwei davon
#: sehr schwer", "two of them very seriously"): the part is still one of the count's, by its severity.
INTENSIFIERS: dict[str, frozenset[str]] = {
    "en": _words("very extremely"),
    "nl": _words("zeer erg heel"),
    "fr": _words("très extrêmement si"),
    "de": _words("sehr äußerst"),
    "es": _words("muy extremadamente"),
}

#: Predicates of dying by failing to survive ("dos de ellas no lograron sobrevivir debido a la gravedad de las
#: heridas"), as "no sobrevivieron" already was.
FRESH9_PREDICATES: dict[str, dict[str, str]] = {
    # "ont passé de vie à trépas": died; people not (yet) found are missing ("… n'ont toujours pas été retrouvées",
    # "seien noch nicht gefunden worden" de-455a404a-2, "aún no han sido localizadas")
    "fr": {
        **{f"{aux} passé de vie à trépas": "killed" for aux in ("a", "ont", "avait", "avaient", "auraient", "aurait")},
        **{
            f"n' {aux} {adverb}été {found}": "missing"
            for aux in ("ont", "avaient", "a", "avait")
            for adverb in ("pas ", "pas encore ", "toujours pas ")
            for found in ("retrouvés", "retrouvées", "retrouvé", "retrouvée", "localisés", "localisées")
        },
    },
    "de": {
        f"nicht {found}{tail}": "missing"
        for found in ("gefunden", "aufgefunden", "geortet", "lokalisiert")
        for tail in ("", " worden")
    },
    "es": dict.fromkeys(
        (
            f"no {verb} sobrevivir"
            for verb in ("logró", "lograron", "ha logrado", "han logrado", "pudo", "pudieron", "consiguió", "consiguieron")
        ),
        "killed",
    )
    | {
        f"no {aux} sido {found}": "missing"
        for aux in ("han", "ha", "habían")
        for found in ("localizados", "localizadas", "encontrados", "encontradas", "hallados", "halladas")
    },
}

#: "One more" with its noun elided, after an article ("dos personas fallecidas y una más herida"): one more of the
#: victims just counted, for its own predicate, as "y otra resultó herida".
FRESH9_ANOTHER_AFTER_ARTICLE: dict[str, frozenset[str]] = {"es": _words("más")}


#: Nouns of the bodies of the dead ("17 nouvelles dépouilles … retrouvées", "die Leichname von drei Menschen").
FRESH9_BODIES: dict[str, frozenset[str]] = {
    "fr": _words("dépouilles dépouille"),
    "de": _words("leichname leichnam leichnamen"),
}

#: German possessives of a whole one is taken from ("einer seiner Kollegen"); with them German reads "one of the
#: <people>" ("Eine der verletzten Personen schwebt in Lebensgefahr", "Einer der Verletzten starb") as other languages.
FRESH9_POSSESSIVES: dict[str, frozenset[str]] = {"de": _words("seiner ihrer unserer")}

#: Besides ``among_the``, the prepositions that name the group of a part after its number ("L'accident a fait 12
#: blessés, six parmi les enfants et cinq chez les adultes", fr-87ac295a-6).
FRESH9_AMONG: dict[str, frozenset[str]] = {"fr": _phrases("chez les")}

#: Plural auxiliaries: one person named by a role noun is no subject of one ("dos miembros de la tripulación de un
#: buque carguero han muerto": not one "carguero" killed, es-ea1cef42-4).
PLURAL_AUXILIARIES: dict[str, frozenset[str]] = {
    "en": _words("were have"),
    "nl": _words("zijn waren werden hebben"),
    "fr": _words("ont sont étaient avaient"),
    "de": _words("sind waren wurden haben hatten"),
    "es": _words("han fueron son están estaban habían resultaron"),
}

#: Times that may follow a bare "N others" whose verb is elided ("cinq corps ont été récupérés par des pêcheurs et
#: quatre autres le lendemain", fr-f3e9870c-4): the same clause again, on another day.
ELIDED_TIMES: dict[str, frozenset[str]] = {
    "en": _phrases("the next day | the following day | the day after | later | overnight"),
    "nl": _phrases("de volgende dag | een dag later | later"),
    "fr": _phrases("le lendemain | la veille | le jour suivant | plus tard | dans la nuit"),
    "de": _phrases("am nächsten tag | am folgetag | am tag darauf | später | tags darauf"),
    "es": _phrases("al día siguiente | el día siguiente | más tarde | horas después | un día después"),
}
