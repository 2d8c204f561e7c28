"""Session 14 (``fresh8rom``): words of the French, German and Spanish batch-8 failures, per language.

``MORE_THINGS[code]``: nouns of things and animals that are never victims, added to the language's
``thing_nouns`` (lang/_thing_words.py): livestock counted by the head ("60 000 têtes de bétail noyées",
"200 Stück Vieh verendeten"), as Spanish "cabezas" already was.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = ["MORE_INCREMENTS", "MORE_THINGS"]

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
