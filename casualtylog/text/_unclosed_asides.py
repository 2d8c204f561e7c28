"""Session 14 (``fresh8en``): an aside of members opened by a comma whose closing comma the writer left out.

"six other, all of them civilians were wounded" (en-c52f375f-2), "18 others, including children wounded in an
airstrike" (en-c52f375f-1): the aside after the subject opens with a comma and a group cue ("including", "all of
them") but runs into the predicate. A group noun, then the auxiliaries (``gap_words``) and a casualty predicate
close it there, as the second comma would have, when no comma follows soon after ("…, including a man injured in the
blast, were evacuated" is closed after all). Only a noun of a group right before, and no relative pronoun after it:
"…, including a man who was injured" keeps its relative clause to itself.
"""

from __future__ import annotations

from casualtylog.text._mentions import _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["unclosed_aside_ends"]

#: Relative pronouns that open a clause of the last member's own (gap words of English, but no auxiliaries).
_RELATIVES = frozenset({"who", "that", "which", "whom"})
#: How far after the noun a closing comma would still close the aside (then it is no unclosed one).
_CLOSER_REACH = 12
#: How many auxiliaries may stand between the aside's noun and the predicate ("were", "have been").
_AUXILIARIES = 3


def unclosed_aside_ends(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """Whether the aside's members end right before ``j``: a group noun ends at ``j - 1`` and a casualty predicate
    follows at ``j``, after at most a few auxiliaries. English only (the other languages' asides are their own)."""
    if lang.code != "en" or j < 1:
        return False
    if _low(tokens, j - 1) not in lang.group_nouns:
        return False
    noun = _noun(tokens, j - 1, lang)
    if noun is None or noun[0] != "group":
        return False
    if _low(tokens, j) in _RELATIVES:
        return False  # "…, including a man who was injured, were evacuated": the man's own clause
    if any(t.text == "," for t in tokens[j : j + _CLOSER_REACH]):
        return False  # "…, including a man injured in the blast, were evacuated": the aside is closed after all
    k = j
    while k < j + _AUXILIARIES and _low(tokens, k) in lang.gap_words:
        k += 1
    return phrases(lang, "predicates").at(tokens, k) is not None
