"""One number for two coordinated nouns of people is a count of both, with no group of its own.

"26 Kinder und Erwachsene wurden verletzt", "some 320 migrants and refugees remain missing", "200 women and children
were killed" (the subject frame since sessions 12 and 13) and, since session 20 (``fields21``), the same nouns as a
verb's object: "A stampede killed up to 20 impoverished women and children" (en-7219707e-2; the guide's "members
without a number give no claim": the 20 are not all women). Two nouns of one group keep it ("soldiers and troops"
folded alike). A number or a determiner after "and" opens a count of its own ("two civilians and three soldiers").
"""

from __future__ import annotations

from casualtylog.text._mentions import _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["SUBJECT_AND", "joins_nouns", "mixed_nouns"]

#: "and" between two coordinated nouns or subjects ("Fünf Polizisten und sieben Zivilisten wurden getötet");
#: a language's own coordinators ("sowie", "evenals") join them too.
SUBJECT_AND = frozenset({"and", "en", "und"})


def joins_nouns(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether the word at ``k`` joins two nouns or subjects: the language's coordinators, or "and", "en", "und"
    unless the language reads that word as a preposition of its noun phrases (Spanish "soldados en la zona")."""
    joiner = _low(tokens, k)
    if joiner in lang.coordinators:
        return True
    return joiner in SUBJECT_AND and joiner not in lang.noun_preps


def mixed_nouns(tokens: list[Token], k: int, group: str | None, lang: LanguageData) -> tuple[int, str | None]:
    """After a count's noun of people ending before ``k``: where the nouns end and the count's group, ``None`` when
    "and" at ``k`` joins a noun of people of another group."""
    if not joins_nouns(tokens, k, lang):
        return k, group
    other = _tok(tokens, k + 1)
    if other is None or other.is_number or other.low in lang.determiners:
        return k, group
    noun = _noun(tokens, k + 1, lang)
    if noun is None or noun[0] not in {"people", "group"}:
        return k, group
    if any(_name_at(tokens, j, lang) for j in range(k + 2, k + 1 + noun[2])):
        return k, group  # "the bodies of three infants and seaman Lorenzo Salinas" (en-ecf8987b-4): one named person
    return k + 1 + noun[2], group if noun[1] == group else None


def _name_at(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """A capitalised word inside a noun of people that is no noun of people itself: a person's name (German
    capitalises its nouns: "junge Erwachsene" names no one)."""
    tok = tokens[j]
    return (
        tok.is_capitalised and tok.low not in lang.people_nouns and phrases(lang, "group_nouns").at(tokens, j) is None
    )
