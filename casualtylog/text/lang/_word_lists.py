"""How a language's data writes a set of words: one string, split on spaces or on ``|``.

>>> sorted(words("tot  verletzt vermisst"))
['tot', 'verletzt', 'vermisst']
>>> sorted(phrases("nach angaben | laut | "))
['laut', 'nach angaben']
>>> elided({"la mort de": "killed"})
{"la mort d'": 'killed', 'la mort de': 'killed'}
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["elided", "pairs", "phrases", "words"]


def words(text: str) -> frozenset[str]:
    """The words of ``text``, split on white space."""
    return frozenset(text.split())


def phrases(text: str) -> frozenset[str]:
    """The phrases of ``text``, split on ``|`` (each stripped; empty ones dropped)."""
    return frozenset(p.strip() for p in text.split("|") if p.strip())


def pairs(firsts: str, seconds: str, value: str) -> dict[str, str]:
    """Each of ``firsts`` followed by each of ``seconds`` (both split on ``|``), every phrase giving ``value``: a
    verb's forms with the places or objects that make it a predicate ("sought|took" "shelter|refuge")."""
    return {f"{a} {b}": value for a in firsts.split("|") for b in seconds.split("|")}


def elided(table: Mapping[str, str]) -> dict[str, str]:
    """``table`` with each phrase that ends in "de" also ending in "d'": French elides "de" before a vowel ("la
    mort d'au moins 12 personnes", "fait état d'une centaine de morts"), and the tables list the full form."""
    return {**{p[:-2] + "d'": v for p, v in table.items() if p == "de" or p.endswith(" de")}, **table}
