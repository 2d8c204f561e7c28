"""A comma inside a list of members ("including 37 men, 24 women, and five children") continues the list.

Session 14 (``fresh9en``): "66 people, including 37 men, 24 women and five children, have received injuries"
(en-3fe65759-7): the aside of members between a subject and its predicate holds commas of its own, between its
members; a comma followed by a member (a number and a noun of people or of a group, or "and" before one) is the
list's, and the aside closes only at a comma that no member follows
(casualtylog.text._subject_clauses.skip_apposition).
"""

from __future__ import annotations

from collections.abc import Mapping

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["member_after_comma"]

#: Words that may join the last member after the comma ("…, and five children").
_JOIN = frozenset({"and", "or"})


def member_after_comma(tokens: list[Token], j: int, lang: LanguageData, by_start: Mapping[int, Mention]) -> bool:
    """Whether the comma at ``j`` is followed by a member of a list of victims: a number and its noun of people."""
    k = j + 1
    if _low(tokens, k) in _JOIN or _low(tokens, k) in lang.coordinators:
        k += 1
    m = by_start.get(k)
    if m is None or m.kind not in {"number", "vague"}:
        return False
    noun = _noun(tokens, m.end, lang)
    return noun is not None and noun[0] in {"people", "group"}
