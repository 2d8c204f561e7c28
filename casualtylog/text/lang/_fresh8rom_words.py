"""Session 14 (``fresh8rom``): words of the French, German and Spanish batch-8 failures, per language.

``MORE_THINGS[code]``: nouns of things and animals that are never victims, added to the language's
``thing_nouns`` (lang/_thing_words.py): livestock counted by the head ("60 000 têtes de bétail noyées",
"200 Stück Vieh verendeten"), as Spanish "cabezas" already was.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = ["ARREST_OF", "MORE_INCREMENTS", "MORE_THINGS", "ONE_ARREST"]

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
#: and "einem Todesfall" is killed 1.
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
    "fr": dict.fromkeys(("l' arrestation de", "l' interpellation de", "l' arrestation d'", "l' interpellation d'"),
                        "detained"),
    "es": dict.fromkeys(("la detención de", "el arresto de"), "detained"),
}
