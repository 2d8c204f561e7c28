"""Session 14 (``fresh8en``): a toll changed from one figure to another by an active verb before it.

"… pushing the toll in the March-June period from 114 to 143" (en-6ddee3b5-2), "This raised the death toll from 114
to 143": the verb of raising (``raise_verbs``) stands before the toll's article, not after the toll as in "the toll
rose from 114 to 143"; the corpus guide's "from A to B" gives both figures all the same. This finds such a verb
before a toll noun ending within a few words before "from"; the toll frame then reads the change as it reads one
after an intransitive verb.
"""

from __future__ import annotations

from casualtylog.text._mentions import _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["raised_toll_before"]

#: How many words may stand between the toll noun and "from" ("the toll in the March-June period from 114").
_MATERIAL = 6


def raised_toll_before(tokens: list[Token], from_at: int, lang: LanguageData) -> bool:
    """Whether a toll noun with its article and an active verb of raising before it ends within a few plain words
    before ``from_at`` (the "from" of the change)."""
    if not lang.raise_verbs:
        return False
    nouns = phrases(lang, "toll_nouns")
    for end in range(from_at - 1, max(-1, from_at - 2 - _MATERIAL), -1):
        tok = tokens[end]
        if tok.kind is not WORD or tok.is_number or tok.low in lang.boundaries:
            return False
        hit = nouns.ending(tokens, end)
        if hit is None:
            continue
        start = end - hit[0] + 1
        if _low(tokens, start - 1) in lang.determiners:
            start -= 1
        return _low(tokens, start - 1) in lang.raise_verbs
    return False
