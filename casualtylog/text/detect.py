"""Guessing the language of a text from its function words."""

from __future__ import annotations

import re

from casualtylog.text.lang import LANGUAGES

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "en") -> str:
    """The code of the language whose function words ``text`` uses most.

    Counts the words of each language's :attr:`LanguageData.function_words`
    (the first 20,000 characters are enough); ties and texts with no known
    word give ``default``.

    >>> detect_language("Bij de aanval kwamen minstens twaalf mensen om het leven.")
    'nl'
    >>> detect_language("At least twelve people were killed in the attack.")
    'en'
    >>> detect_language("12")
    'en'
    """
    words = [w.casefold() for w in _WORD.findall(text[:20000])]
    scores = {code: sum(w in lang.function_words for w in words) for code, lang in LANGUAGES.items()}
    best = max(scores.values(), default=0)
    winners = [code for code, score in scores.items() if score == best]
    if best == 0 or len(winners) > 1:
        return default
    return winners[0]
