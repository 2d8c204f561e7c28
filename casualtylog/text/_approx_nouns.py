"""Approximate-number nouns: "une dizaine" is about 10, "een 340-tal" about 340, "medio centenar" about 50.

The value a noun of an approximate number stands for, apart from the mention reader
(:mod:`casualtylog.text._mentions`) that builds the figure around it, so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text._tokens import NONCOUNT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["approx_upper", "approx_value"]


def approx_value(tok: Token | None, lang: LanguageData) -> int | None:
    """The number an approximate-number noun stands for: "dizaine" 10, "340-tal" 340."""
    if tok is None or tok.kind not in (WORD, NONCOUNT):
        return None
    if tok.low in lang.approx_nouns:
        return lang.approx_nouns[tok.low]
    head, dash, tail = tok.low.partition("-")
    if dash and head in lang.half_words and tail in lang.approx_nouns:
        return lang.approx_nouns[tail] // 2  # "un demi-millier": about 500
    if dash and tail == "tal" and "tal" in lang.approx_nouns and head.isdigit() and len(head) <= 6:
        return int(head)
    return None


def approx_upper(tokens: list[Token], i: int, lang: LanguageData) -> tuple[int, int] | None:
    """The upper end of "entre 500 et un millier" after the number at ``i``: a joiner of "between", then an
    article and a noun of an approximate number ("un millier", "un millar"): (its value, where the range ends)."""
    if i + 3 >= len(tokens) or tokens[i + 1].low not in lang.between_joiners:
        return None
    if tokens[i + 2].low not in lang.ambiguous_number_words:
        return None
    value = approx_value(tokens[i + 3], lang)
    return (value, i + 4) if value is not None else None
