"""A count set in a comma aside of addition right before the predicate: "Le chauffeur du camion, ainsi qu'un enfant
retrouvé à ses côtés, sont décédés" (session 14, fresh8rom; fr-5398ff44-5).

The subject frame reads a count, its noun and what describes it, then the predicate. A comma between the noun and the
predicate ends the subject unless an aside opened after the noun; here the count itself stands in the aside, opened by
a comma and a joiner of addition (``also_joiners``: "ainsi que", "así como", "sowie"), and its closing comma stands
between the count and the predicate, which governs the whole subject, the count included.
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["also_aside_end"]

#: How many words a participial phrase describing the count may hold before the aside's closing comma.
_REACH = 12


def also_aside_end(tokens: list[Token], m: Mention, k: int, lang: LanguageData) -> int:
    """Past the closing comma of a comma aside of addition that ``m`` opens (a comma and a joiner of
    ``also_joiners`` right before it), ``k`` being the token after its noun: the comma right there, or after a
    participial phrase describing the count ("un enfant retrouvé à ses côtés en milieu de journée,": plain words
    only, the first a participle); else ``k`` itself."""
    if not lang.also_joiners:
        return k
    joiner = phrases(lang, "also_joiners").ending(tokens, m.start - 1)
    if joiner is None or _low(tokens, m.start - 1 - joiner[0]) != ",":
        return k
    if _low(tokens, k) == ",":
        return k + 1
    first = tokens[k] if k < len(tokens) else None
    endings = lang.participle_endings + lang.attributive_endings  # "retrouvés", "retrouvé"
    if first is None or first.kind is not WORD or not endings or not first.low.endswith(endings):
        return k
    for j in range(k + 1, min(len(tokens), k + 1 + _REACH)):
        tok = tokens[j]
        if tok.text == ",":
            return j + 1
        if tok.kind is not WORD or tok.is_number or tok.low in lang.boundaries:
            return k
    return k
