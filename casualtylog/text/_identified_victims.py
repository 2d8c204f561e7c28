"""Victims identified are no count of their own (the corpus guide; session 14, ``fresh10en``).

"Ukraine's Prosecutor General's Office identified two of the people killed in the blast as a nine-year-old boy and
a 14-year-old girl" (en-9704a129-3) names who two of the dead were; it reports no toll. A count right after a verb
of identifying and right before the "of" of a partitive is that part: a frame may bind it, but it gives no claim
(:meth:`casualtylog.text._binding.SentenceBase.add`).

Also here, as another small shape of who is counted: an age qualifier after a listed member's noun ("Onder de
gewonden waren elf kinderen jonger dan veertien jaar en twee vrouwen", nl-c5d44a4f-1) does not end the list.
"""

from __future__ import annotations

from casualtylog.text._mention import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, NUMBER, WORD, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._identified_words import AGE_QUALIFIER_OPENERS, IDENTIFY_VERBS

__all__ = ["age_qualifier", "identified_part"]


def identified_part(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Whether ``m`` is "identified N of the …": a part of the victims named, no count."""
    verbs = IDENTIFY_VERBS.get(lang.code)
    if not verbs or _low(tokens, m.start - 1) not in verbs:
        return False
    return phrases(lang, "of_words").at(tokens, m.end) is not None


#: How many tokens an age qualifier after a listed member may take ("under the age of 14").
_AGE_REACH = 6
#: The kinds of token an age qualifier holds: words, and the age, a number or a number read as no count.
_AGE_KINDS = frozenset({WORD, NUMBER, NONCOUNT})


def age_qualifier(tokens: list[Token], start: int, end: int, lang: LanguageData) -> bool:
    """Whether ``start:end`` is an age qualifier after a listed member's noun ("jonger dan veertien jaar", "under
    the age of 14"): an opener, then words and numbers only, short."""
    if not 0 < end - start <= _AGE_REACH or _low(tokens, start) not in AGE_QUALIFIER_OPENERS.get(lang.code, ()):
        return False
    return all(t.kind in _AGE_KINDS for t in tokens[start:end])
