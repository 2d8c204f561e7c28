"""Session 14 (``fresh8en``): the noun before "included" that names a list's metric.

"The victims included 10 children and two women", "Survivors included a one-year-old baby … and 13 women": the
list has no count of its own before it, and its head is no metric noun ("the dead included …" is one), but the
language's ``list_heads`` give the metric its members take (victims → killed, survivors → rescued). Only a head
right before the cue, itself the sentence's first word or after a determiner or a word of saying ("Wilson said
the victims included …"), and only before a verb of including ("included", not "including": "12 victims,
including 3 children" has its count).
"""

from __future__ import annotations

from casualtylog.text._mentions import _low
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["listed_head"]

#: The cue words that are a finite verb of including (the list's head is its subject).
_INCLUDE_VERBS = frozenset({"included", "include", "includes"})


def listed_head(tokens: list[Token], head: int, lang: LanguageData) -> str | None:
    """The metric of the list whose cue comes right after ``head``, named by a head noun of ``lang.list_heads``."""
    if not lang.list_heads or _low(tokens, head + 1) not in _INCLUDE_VERBS:
        return None
    metric = lang.list_heads.get(_low(tokens, head))
    if metric is None:
        return None
    before = head - 1
    if before < 0 or _low(tokens, before) in lang.determiners or _low(tokens, before) in lang.said_verbs:
        return metric
    return None
