"""Session 14 (fresh9rom): a verb of confirming that reaches its clause across a short adverbial.

"ha confirmado en un comunicado que …", "confirmó además que …", "a confirmé dans un communiqué que …",
"confirmed in a statement that …": a prepositional phrase or an adverb may stand between the verb and the
"that" that opens what it confirms. :func:`that_after_aside` finds that "that" within a few words, never across
punctuation, a number or another verb of saying (each of which opens something else).
"""

from __future__ import annotations

from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["that_after_aside"]

#: The most words of the aside between the verb and its "that" ("a través de la misma red social": 6).
_ASIDE = 7


def that_after_aside(tokens: list[Token], k: int, lang: LanguageData, complementisers: frozenset[str]) -> int:
    """The position of the complementiser that ends a short aside starting at ``k``, or ``k`` when there is none."""
    for j in range(k, min(len(tokens), k + _ASIDE + 1)):
        tok = tokens[j]
        if tok.low in complementisers:
            return j if j > k else k
        if tok.kind is PUNCT or tok.is_number or tok.low in lang.said_verbs:
            return k
    return k
