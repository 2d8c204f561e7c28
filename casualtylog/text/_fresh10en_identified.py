"""Session 14 (``fresh10en``): victims identified are no count of their own (the corpus guide).

"Ukraine's Prosecutor General's Office identified two of the people killed in the blast as a nine-year-old boy and
a 14-year-old girl" (en-9704a129-3) names who two of the dead were; it reports no toll. A count right after a verb
of identifying and right before the "of" of a partitive is that part: a frame may bind it, but it gives no claim
(:meth:`casualtylog.text._binding.SentenceBase.add`).
"""

from __future__ import annotations

from casualtylog.text._mention import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._fresh10en_words import IDENTIFY_VERBS

__all__ = ["identified_part"]


def identified_part(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Whether ``m`` is "identified N of the …": a part of the victims named, no count."""
    verbs = IDENTIFY_VERBS.get(lang.code)
    if not verbs or _low(tokens, m.start - 1) not in verbs:
        return False
    return phrases(lang, "of_words").at(tokens, m.end) is not None
