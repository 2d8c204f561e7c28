"""Session 14 (``fresh8rom``): words of the French, German and Spanish batch-8 failures, per language.

Each table adds words to a field the language module already fills (the module joins them, with a comment naming
this session); the new fields of the session are declared in lang/_fresh8rom_fields.py.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "ARREST_OF",
    "DE_ACTIVE",
    "DE_GROUPS",
    "DE_LIKELY",
    "DE_SINGULARS",
    "DE_STRUCK",
    "ES_GAPS",
    "ES_TOLLS",
    "MORE_INCREMENTS",
    "MORE_PREDICATES",
    "MORE_THINGS",
    "MORE_VERIFIED",
    "ONE_ARREST",
]

#: Nouns of things and animals that are never victims, added to ``thing_nouns`` (lang/_thing_words.py): livestock
#: counted by the head ("60 000 têtes de bétail noyées", fr-6cf934d3-5; "200 Stück Vieh"), as Spanish "cabezas" was.
MORE_THINGS: dict[str, frozenset[str]] = {
    "fr": _words("têtes bétail bestiaux ovins caprins chameaux dromadaires"),
    "de": _words("stück vieh kamele"),
    "es": _words("ganado camellos"),
}

#: Adjectives of "new" right after a number, added to ``increment_after``: the count adds to a running one ("la
#: segunda fase se saldó con dos nuevas detenciones" is +2, es-b818fd4e-3; "deux nouveaux décès"), as "dos
#: detenciones más" and "deux décès supplémentaires" are. "Un nouveau bilan" has no number and stays as it was.
MORE_INCREMENTS: dict[str, frozenset[str]] = {
    "fr": _words("nouveaux nouvelles"),
    "es": _words("nuevos nuevas"),
}

#: One arrest named by an article, added to ``metric_nouns`` and ``singular_metric_nouns``: "Im Zuge des
#: Polizeieinsatzes kam es auch zu einer Festnahme" is detained 1 (de-7ed602ba-2), as "zu drei Festnahmen" is 3
#: and "einem Todesfall" is killed 1 (casualtylog.text._frames._one_suspect lets one arrest by its noun count; one
#: man arrested stays a story about a person).
ONE_ARREST: dict[str, dict[str, str]] = {
    "fr": dict.fromkeys(("arrestation", "interpellation"), "detained"),
    "de": dict.fromkeys(("festnahme", "verhaftung", "inhaftierung"), "detained"),
    "es": dict.fromkeys(("detención", "arresto"), "detained"),
}

#: The noun of an arrest before its people, added to ``active_verbs``: "tras la incautación de 7.000 kilos de cocaína
#: y la detención de tres personas" (es-b818fd4e-2), "a permis l'interpellation de trois personnes"; Spanish had only
#: "con la detención de". A verb of ordering or asking right before it ("ordenó la detención de", "a demandé
#: l'arrestation de") orders the arrest and gives no count (``order_verbs``, casualtylog.text._bind_rules).
ARREST_OF: dict[str, dict[str, str]] = {
    "fr": dict.fromkeys(
        ("l' arrestation de", "l' interpellation de", "l' arrestation d'", "l' interpellation d'"), "detained"
    ),
    "es": dict.fromkeys(("la detención de", "el arresto de"), "detained"),
}

#: German nouns of roles the guide names a group for, added to ``group_nouns`` (plural) and ``singular_victims``
#: (one after an article): miners ("Zwei Bergmänner … wurden … verletzt", de-5ae8ba09-2), workers ("Eine
#: Mitarbeiterin wurde … schwer verletzt", de-27904f75-8) and truck drivers ("erschlug ein umstürzender Baum einen
#: Lastwagenfahrer", de-735f1a01-7; Dutch "vrachtwagenchauffeur" is ``truck_drivers`` already). German writes the
#: plural of "-fahrer" as the singular; "einen Menschen" is the accusative of one person (de-735f1a01-10).
_TRUCKERS = ("lastwagenfahrer", "lkw-fahrer", "lastkraftwagenfahrer", "lastwagenchauffeur", "lkw-chauffeur")
DE_GROUPS: dict[str, str] = {
    **dict.fromkeys(("bergmänner", "bergmännern", "kumpel"), "miners"),
    **dict.fromkeys(_TRUCKERS + tuple(w + "n" for w in _TRUCKERS if w.endswith("er")), "truck_drivers"),
    **dict.fromkeys(("mitarbeitern", "mitarbeiterinnen", "arbeiterinnen"), "workers"),
    # the accused, as "Verdächtige" are suspects ("Sechs Beschuldigte wurden verhaftet", de-dc106506-8)
    **dict.fromkeys(("beschuldigte", "beschuldigten"), "suspects"),
}
DE_SINGULARS: dict[str, str] = {
    "bergmann": "miners",
    **dict.fromkeys(("mitarbeiter", "mitarbeiterin"), "workers"),
    **dict.fromkeys(_TRUCKERS + tuple(w + "in" for w in _TRUCKERS if w.endswith("er")), "truck_drivers"),
    "menschen": "",
}

#: German verbs of killing the language lacked: "erschlug" (struck dead; "erschlagen" was read), added to
#: ``active_verbs`` and ``subject_between_verbs`` ("erschlug ein umstürzender Baum einen Lastwagenfahrer"); and words
#: of likelihood that make a count projected, added to ``projected_cues`` as "vermutlich" was: "wahrscheinlich", and
#: "wohl" right after an auxiliary of the count's verb ("Mindestens 18 Menschen sind wohl bereits gestorben",
#: de-4ce3624e-1); "Bei den Verletzten handelt es sich wohl um vier Jungen" hedges who they are, not the count.
DE_STRUCK: dict[str, str] = dict.fromkeys(("erschlug", "erschlugen"), "killed")
#: The plural and present of the separable stem "nahm" (its particle "fest" must close the clause, ``stem_particles``,
#: which listed them already): "In Nordrhein-Westfalen nahmen Beamte … sieben Verdächtige fest" (de-dc106506-1).
DE_ACTIVE: dict[str, str] = {**DE_STRUCK, **dict.fromkeys(("nahmen", "nimmt"), "detained")}
_DE_AUXILIARIES = ("ist", "sind", "war", "waren", "wurde", "wurden", "sei", "seien", "wäre", "wären", "hat", "haben")
DE_LIKELY: frozenset[str] = frozenset({"wahrscheinlich", *(f"{aux} wohl" for aux in _DE_AUXILIARIES)})

_FR_SUFFER = ("souffre", "souffrent", "souffrait", "souffraient", "a souffert", "ont souffert")
_FR_INJURIES = (
    *("de blessures", "de brûlures", "de fractures", "de contusions", "de lésions", "de plaies", "de traumatismes"),
    *("d' un traumatisme", "d' une fracture", "d' une blessure", "de brûlures graves", "de graves brûlures"),
)
_ES_SUFFER = ("sufrió", "sufrieron", "sufrido", "sufren", "sufre", "presentaba", "presentaban", "presentan")

#: Predicates the French and Spanish batch-8 text uses, added to ``predicates`` (every agreeing form listed, as
#: ``lang._agreement.agreeing`` would make them): suffering an injury ("Deux personnes souffrent d'un traumatisme
#: crânien", fr-5398ff44-4), as Spanish "sufrieron quemaduras" and German "erlitten Verletzungen" were, and Spanish
#: one injury in the singular ("sufre un traumatismo craneal"); stricken by a disaster is displaced, the participle
#: of the noun "sinistrés" ("3,5 millions de personnes sinistrées", fr-6cf934d3-1: "ont fait … personnes sinistrées"
#: gave killed); made ill by smoke or fumes is injured, as the guide's "atendidas por intoxicación" is ("dix
#: légèrement incommodées", fr-0f931c13-4).
MORE_PREDICATES: dict[str, dict[str, str]] = {
    "fr": {
        **{f"{verb} {injury}": "injured" for verb in _FR_SUFFER for injury in _FR_INJURIES},
        **dict.fromkeys(("sinistrées", "sinistrés", "sinistrée", "sinistré"), "displaced"),
        **dict.fromkeys(("incommodées", "incommodés", "incommodée", "incommodé"), "injured"),
    },
    "es": {
        f"{verb} {injury}": "injured"
        for verb in _ES_SUFFER
        for injury in ("un traumatismo", "una fractura", "una herida", "una lesión", "fracturas", "heridas graves")
    },
}

#: Spanish "estar" after a modal of possibility, added to ``gap_words``: "al menos tres personas podrían estar
#: desaparecidas" (es-a6ed55ba-2) binds as "podrían haber desaparecido" does, and "podrían" makes it projected.
ES_GAPS: frozenset[str] = _words("estar")

#: The other forms of "verified", added to ``confirmed_cues`` (the guide: "confirmed when the count itself is called
#: confirmed or verified"): "Hemos verificado hasta este momento cuatro personas muertas" (es-a070aaec-2); the lists
#: held "verificados", "vérifié(s)", "verifiziert" only. A check under way ("están siendo verificadas") stays reported
#: (``pending_confirmations``).
MORE_VERIFIED: dict[str, frozenset[str]] = {
    "fr": _words("vérifiée vérifiées"),
    "de": _words("verifizierte verifizierten"),
    "es": _words("verificado verificada verificadas verificó verificaron verifica verifican"),
}

#: Spanish tolls named "saldo" (balance) with the noun of their victims, added to ``toll_nouns``: "el saldo de víctimas
#: ascendería a 83" (es-f9f9a8a4-6), as "balance", "número de víctimas" and "cifra de víctimas" were; "saldo" alone is
#: money and stays none.
ES_TOLLS: dict[str, str] = {
    **dict.fromkeys(
        ("saldo de víctimas", "saldo de víctimas mortales", "saldo de muertos", "saldo de fallecidos", "saldo mortal"),
        "killed",
    ),
    "saldo de heridos": "injured",
}
