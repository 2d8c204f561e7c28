"""People counted again as households between their noun and their predicate (session 13, ``fresh13``).

Relief reports give a count of people with its households beside it: "12,400 people, or 2,100 households, were
affected", "12 400 personnes soit 2 100 ménages sont affectées", "12.400 Menschen in 2100 Haushalten sind
betroffen". The households are no count (the corpus guide; their number is already a non-count word's), and the
aside stands between the people and their predicate, which the subject frame then does not reach. This module
walks past it: an opener of the language (``household_openers``), a number, a noun of households or families
(``household_nouns``), and the comma that closes the aside when a comma opened it.
"""

from __future__ import annotations

from casualtylog.text._mentions import _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, NUMBER, PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["skip_households"]

#: The kinds of the aside's number: a number before a non-count word is already NONCOUNT, a vague one stays so.
_FIGURES = frozenset({NUMBER, NONCOUNT})
#: How many tokens the number may take (a qualifier before it: "or about 2,100 households").
_FIGURE_REACH = 3


def skip_households(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """Past an aside of households at ``k`` ("…, or 2,100 households,"), when the predicate follows it; else ``k``.

    >>> from casualtylog.text._tokens import tokenize
    >>> from casualtylog.text.lang import get_language
    >>> en = get_language("en")
    >>> tokens = tokenize("12,400 people, or 2,100 households, were affected", en)
    >>> tokens[skip_households(tokens, 2, en)].text
    'were'
    >>> tokens = tokenize("12,400 people, or 2,100 of them, were affected", en)
    >>> skip_households(tokens, 2, en)
    2
    """
    if not lang.household_nouns:
        return k
    comma = _low(tokens, k) == ","
    opener = phrases(lang, "household_openers").at(tokens, k + comma)
    if opener is None:
        return k
    j = k + comma + opener[0]
    figure = next(
        (n for n in range(j, min(len(tokens), j + _FIGURE_REACH)) if tokens[n].kind in _FIGURES),
        None,
    )
    if figure is None or any(t.kind is PUNCT for t in tokens[j:figure]):
        return k
    j = figure + 1
    if _low(tokens, j) not in lang.household_nouns:
        return k
    j += 1
    if comma:
        if _low(tokens, j) != ",":
            return k
        j += 1
    return j
