"""A day of a month written with a word or a point between the day and the month (session 12, ``fresh12``).

Spanish writes "el 7 de octubre", German "am 7. Oktober": the number is a date, no count, and the toll frame may
reach over the date ("Die Zahl der Toten ist seit dem 7. Oktober auf 40 gestiegen"). The words between a day and
its month are the language's ``day_month_joiners``; a month right after the day is the tokenizer's own rule.
"""

from __future__ import annotations

from casualtylog.text._token_type import Token
from casualtylog.text.lang import LanguageData

__all__ = ["date_point", "day_of_month"]


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
