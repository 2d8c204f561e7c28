"""The bodies of people counted as missing or rescued are counts of the dead: "de lichamen van drie vermisten".

Real dev text (session 13, ``fa13``) gave the metric of the people's own noun or
verb to a count whose head is a body noun: "de lichamen van drie vermisten
geborgen" as three missing, "Los cuerpos de los últimos dos mineros fueron
rescatados" as two rescued. A body is found, recovered or pulled out dead: the
corpus guide counts them ``killed`` ("the bodies of 14 people were found"). The
shape is shared: a body noun, the language's "of" (``of_words``), at most two
words (an article, "last"), then the count.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["bodies_as_dead"]

#: Metrics of the living that a body of the counted people contradicts.
_LIVING = frozenset({"missing", "rescued", "evacuated"})
#: Words between "of" and the count ("the bodies of the last two miners", "los cuerpos de los últimos dos").
_GAP = 2


def _body_before(tokens: list[Token], start: int, lang: LanguageData) -> bool:
    """A body noun and "of" before the count at ``start``, with at most two words between."""
    of = phrases(lang, "of_words")
    for j in range(start - 1, max(-1, start - 2 - _GAP), -1):
        hit = of.ending(tokens, j)
        if hit is not None and j - hit[0] >= 0 and tokens[j - hit[0]].low in lang.body_nouns:
            return True
        if tokens[j].kind is not WORD or tokens[j].low in lang.body_nouns:
            return False  # a comma, a number, or the body noun itself with no "of"
    return False


def bodies_as_dead(tokens: list[Token], lang: LanguageData, bindings: list[Binding]) -> list[Binding]:
    """The bindings, a count of the living after "the bodies of" read as ``killed``."""
    for b in bindings:
        if b.metric in _LIVING and b.role == "count" and _body_before(tokens, b.mention.start, lang):
            b.metric = "killed"
    return bindings
