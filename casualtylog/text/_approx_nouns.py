"""Approximate-number nouns: "une dizaine" is about 10, "een 340-tal" about 340, "medio centenar" about 50.

The value a noun of an approximate number stands for, apart from the mention reader
(:mod:`casualtylog.text._mentions`) that builds the figure around it, so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData

__all__ = ["approx_value"]


def approx_value(tok: Token | None, lang: LanguageData) -> int | None:
    """The number an approximate-number noun stands for: "dizaine" 10, "340-tal" 340."""
    if tok is None or tok.kind not in {Kind.WORD, Kind.NONCOUNT}:
        return None
    if tok.low in lang.approx_nouns:
        return lang.approx_nouns[tok.low]
    head, dash, tail = tok.low.partition("-")
    if dash and head in lang.half_words and tail in lang.approx_nouns:
        return lang.approx_nouns[tail] // 2  # "un demi-millier": about 500
    if dash and tail == "tal" and "tal" in lang.approx_nouns and head.isdigit() and len(head) <= 6:
        return int(head)
    return None
