"""A verb of following in the passive, or in a ranking, names no earlier event (session 14).

"The attack follows a gunman's rampage that killed two" ties the report to an earlier event told after the verb
(casualtylog.text._dated_clauses.sequel_start); "The drone strike was followed several hours later by a mass
missile strike …, killing at least two people" (en-cb788b58-4) tells the later strike after "by", the report's
own: its counts are the event's (``fresh9en``). The passive is the verb after an auxiliary with "by" within a few
words after it. "Followed by" going on down a ranking gives the same event's next figure (``fresh10en``).
"""

from __future__ import annotations

from casualtylog.text._tokens import Token

__all__ = ["passive_following", "ranking_follow"]

#: Auxiliaries of the passive before the participle ("was followed", "has been followed").
_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be"})
#: How many words may stand between the participle and its "by" ("followed several hours later by").
_BY_REACH = 5


def passive_following(tokens: list[Token], i: int) -> bool:
    """Whether the verb of following at ``i`` is passive with its agent after "by": the later event follows."""
    if i == 0 or tokens[i - 1].low not in _AUXILIARIES:
        return False
    return any(tokens[k].low == "by" for k in range(i + 1, min(len(tokens), i + 1 + _BY_REACH)))


def ranking_follow(tokens: list[Token], i: int) -> bool:
    """Whether the verb of following at ``i`` is a participle "followed by" that goes on down a ranking or a list
    ("Araria has reported 12 deaths followed by Sheohar and Darbhanga (10 each)", en-cbf1a112-4; "20 people were
    injured in Sunday's bombardment, followed by 39 on Monday"): the same event's next figure, no earlier event."""
    return tokens[i].low == "followed" and i + 1 < len(tokens) and tokens[i + 1].low == "by"
