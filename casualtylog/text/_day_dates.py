"""A day of a month written with a word or a point between the day and the month (session 12, ``fresh12``).

Spanish writes "el 7 de octubre", German "am 7. Oktober": the number is a date, no count, and the toll frame may
reach over the date ("Die Zahl der Toten ist seit dem 7. Oktober auf 40 gestiegen"). The words between a day and
its month are the language's ``day_month_joiners``; a month right after the day is the tokenizer's own rule.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from casualtylog.text._token_type import Token
from casualtylog.text.lang import LanguageData

__all__ = ["date_point", "day_of_month", "spread_stops"]

#: The words before a change's first count ("rose from 12 on May 3 to 19").
_FROM = frozenset({"from", "van", "von", "de", "desde"})
#: How many words may stand between that count and the month ("from 12 on May 3", "from 12 as of May 3").
_ORIGIN_WORDS = 3


def day_of_month(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """Whether the number at ``i`` is a day before a joiner and a month ("7 de octubre", "7. Oktober").

    >>> from casualtylog.text._tokens import tokenize
    >>> from casualtylog.text.lang import get_language
    >>> [t.kind.name for t in tokenize("seit dem 7. Oktober", get_language("de"))]
    ['WORD', 'WORD', 'NONCOUNT', 'PUNCT', 'WORD']
    """
    tok = tokens[i]
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].low in lang.day_month_joiners
        and tokens[i + 2].low in lang.months
        and not tok.in_words
        and 1 <= (tok.value or 0) <= 31
    )


def date_point(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """Whether the token at ``j`` is the point or word between a day and its month ("7. Oktober")."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j].low in lang.day_month_joiners
        and tokens[j + 1].low in lang.months
        and tokens[j - 1].text.isdigit()
        and 1 <= int(tokens[j - 1].text) <= 31
    )


#: The joiners of a list after which a number with its own noun of people is a count of them, no age or day.
_LIST_JOINERS = frozenset({"and", "en", "or", "of"})


def spread_stops(tokens: list[Token], i: int, j: int, people: AbstractSet[str], lang: LanguageData) -> bool:
    """Whether a date or age at ``i`` does not pass its kind to the number after the joiner at ``j``.

    "Since 2014, 10,000 people", "As of 11:00, 6 people were injured": a comma, then a count of people. Session 13
    (kinds13): "The death toll rose from 12 on May 3 to 19": the day of a change's first count, then "to" and the
    new total, no range of days ("from May 3 to 19" with no count before the month stays one).

    >>> from casualtylog.text._tokens import tokenize
    >>> from casualtylog.text.lang import get_language
    >>> [t.kind.name for t in tokenize("rose from 12 on May 3 to 19", get_language("en"))][-3:]
    ['NONCOUNT', 'WORD', 'NUMBER']
    >>> [t.kind.name for t in tokenize("open from May 3 to 19", get_language("en"))][-3:]
    ['NONCOUNT', 'WORD', 'NONCOUNT']
    """
    if tokens[j].low == ",":
        return j + 2 < len(tokens) and tokens[j + 2].low in people
    if tokens[j].low in _LIST_JOINERS and j + 2 < len(tokens):
        after = tokens[j + 2].low  # Session 14 (fresh8en): "children aged six to 15 and two women": a count, no age
        if after in lang.people_nouns or after in lang.group_nouns:
            return True
    if tokens[j].low not in {"to", "tot"} or i < 3 or tokens[i - 1].low not in lang.months:
        return False  # the month before the day: English writes "May 3"
    for k in range(i - 2, max(0, i - 2 - _ORIGIN_WORDS), -1):
        if tokens[k].is_number:
            return tokens[k].text[:1].isdigit() and k > 0 and tokens[k - 1].low in _FROM
    return False
