"""Session 13 (``fresh7b``): people hurt and then rescued, in one clause, are both.

The corpus guide counts "rescued people taken to hospital with hypothermia" as ``rescued`` and ``injured``: a count
whose predicate is an injury ("Zwei Personen wurden mit schweren Verletzungen aus den Trümmern geborgen", "Drie
mensen werden gewond uit het puin gehaald") names a state, and the verb of rescue after it says what was done to
them. :func:`rescue_after` finds that verb in the words after the injury; the subject frame then adds the rescue
beside the injury. A comma, a number, a clause boundary or a verb of saying ends the search: "Zwei Menschen wurden
verletzt, drei weitere gerettet" gives each its own count.

Survivors found are rescued too (:func:`survivors_found`), by the guide: a noun of survivors
(``LanguageData.survivor_nouns``) before a participle of finding (``survivor_found``).
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["rescue_after", "survivors_found"]

#: How many words after the injury may come before the verb of rescue ("mit hydraulischem Gerät aus dem Wrack").
_REACH = 6


def rescue_after(tokens: list[Token], start: int, lang: LanguageData) -> int | None:
    """The end of a predicate of rescue within :data:`_REACH` plain words from ``start``, or ``None``."""
    predicates = phrases(lang, "predicates")
    for j in range(start, min(len(tokens), start + _REACH + 1)):
        tok = tokens[j]
        if tok.kind is not WORD or tok.low in lang.boundaries or tok.low in lang.said_verbs:
            return None
        hit = predicates.at(tokens, j)
        if hit is not None:
            return j + hit[0] if hit[1] == "rescued" else None
    return None


def survivors_found(tokens: list[Token], noun_at: int, k: int, lang: LanguageData) -> tuple[int, str] | None:
    """ "Er zijn achttien overlevenden gevonden": a predicate of rescue (its length from ``k``, the metric) when the
    noun at ``noun_at`` is one of survivors and a participle of finding them follows, at ``k`` or closing the clause
    within :data:`_REACH` plain words ("Zwölf Überlebende wurden am Strand gefunden")."""
    if tokens[noun_at].low not in lang.survivor_nouns:
        return None
    for j in range(k, min(len(tokens), k + _REACH + 1)):
        tok = tokens[j]
        if tok.kind is not WORD or tok.low in lang.boundaries or tok.low in lang.said_verbs:
            return None
        closes = j + 1 >= len(tokens) or tokens[j + 1].kind is PUNCT or tokens[j + 1].low in lang.gap_words
        if tok.low in lang.survivor_found and (j == k or closes):
            return j - k + 1, "rescued"
    return None
