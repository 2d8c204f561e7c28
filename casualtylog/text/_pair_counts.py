"""Victims named by who they are rather than by a noun of people: "both officers", "20 Palestinian dead".

Session 12 (rec12). "The two officers" was read as a count of two in every
language, "both officers" in none: the word of "both" is a number only when
victims or their predicate follow, so "both sides", "in beide landen" and "both
the driver and his son" (a list the frames read member by member) stay no count.
An adjective of origin between a number and its metric noun is read by
:func:`demonym_adjective`.
"""

from __future__ import annotations

from casualtylog.figures import Figure
from casualtylog.text._mention import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["demonym_adjective", "pair_mention"]


def pair_mention(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "both" at ``i`` before a noun of victims or a predicate: a mention of 2 (ends before the noun).

    >>> from casualtylog.text._tokens import tokenize
    >>> from casualtylog.text.lang import get_language
    >>> en = get_language("en")
    >>> tokens = tokenize("Both officers were injured.", en)
    >>> pair_mention(tokens, 0, en).figure.low
    2
    >>> pair_mention(tokenize("Both sides claimed victory.", en), 0, en) is None
    True
    """
    if tokens[i].low not in lang.pair_words or _low(tokens, i - 1) == ",":
        return None  # "…, ambos muertos", "…, both hurt": an aside on people counted before (their frame's)
    nxt = _low(tokens, i + 1)
    if nxt in lang.people_nouns or nxt in lang.body_nouns or phrases(lang, "group_nouns").at(tokens, i + 1):
        return Mention(i, i + 1, Figure.exact(2), "number")
    predicates = phrases(lang, "predicates")
    # "Both were killed", "Beide kamen om"; or one word the noun finder reads in context ("Both officers were
    # injured"): the frames still bind the count only to a noun of victims
    for k in (i + 1, i + 2):
        end = k + 1 if _low(tokens, k) in lang.gap_words else k
        if predicates.at(tokens, end) is not None:
            return Mention(i, i + 1, Figure.exact(2), "number")
        if k == i + 1 and not nxt.isalpha():
            break
    return None


def demonym_adjective(low: str, lang: LanguageData) -> bool:
    """Whether a capitalised word is an adjective of nationality or origin ("palestinian", "palestijnse").

    >>> from casualtylog.text.lang import get_language
    >>> en = get_language("en")
    >>> demonym_adjective("palestinian", en), demonym_adjective("israeli", en), demonym_adjective("monday", en)
    (True, True, False)
    """
    return low.isalpha() and (low in lang.demonyms or (bool(lang.demonym_ends) and low.endswith(lang.demonym_ends)))
