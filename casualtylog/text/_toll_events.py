"""Session 13 (``fresh7a``): a number of events inside a toll's subject is no count of victims.

"The death toll from three recent typhoons has climbed to 14": the toll frame reads back from its cue over
the words that say whose toll it is, and stopped at any number, since a count there is another count's.
A number right after "from" or "in" (an article between) whose noun names no people, victims or metric ("three recent
typhoons", "two attacks") counts the events the toll is from; the walk goes over it. A count of people
there ("the death toll from the attack on 3 soldiers") still stops it, as does a year ("in 2023"), which
names no noun.
"""

from __future__ import annotations

from casualtylog.text._mentions import _low, _tok
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["counts_events"]

#: The prepositions that open what a toll is from, before a number of events.
_FROM = {"en": frozenset({"from", "in"})}
#: How many words (adjectives, then the noun of the events) may follow the number.
_NOUN_REACH = 3


def counts_events(tokens: list[Token], i: int, lang: LanguageData, closed: frozenset[str]) -> bool:
    """Whether the number at ``i`` counts the events a toll is from ("from three recent typhoons").

    ``closed`` holds the words the language reserves for its grammar (``_nouns._closed_words``).
    """
    before = i - 1 - (_low(tokens, i - 1) in lang.determiners)  # "in the two flooded provinces"
    if _low(tokens, before) not in _FROM.get(lang.code, frozenset()):
        return False
    words = 0
    for k in range(i + 1, i + 1 + _NOUN_REACH):
        tok = _tok(tokens, k)
        if tok is None or tok.kind is not WORD or tok.is_capitalised:
            break
        low = tok.low
        if (
            low in lang.people_nouns
            or low in lang.group_nouns
            or low in lang.metric_nouns
            or low in lang.singular_victims
            or low in lang.body_nouns
        ):
            return False
        if low in closed:
            break
        words += 1
    return words > 0
