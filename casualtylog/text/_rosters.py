"""Checks on a sentence's bound counts read from the whole sentence: a sports team's roster, a group after "among".

A roster: "Deux joueurs sont blessés et manqueront le match", "Le club compte 8 joueurs blessés", "Trois joueurs
manquent à l'appel": a word of a team's roster (``roster_words``) in the sentence makes its injured and missing
counts a team's news, not a report of an incident. Deaths stay counts ("Deux joueurs ont été tués dans
l'effondrement de la tribune"), and so do the injured of a sentence naming no roster word ("des heurts avant le
match ont fait 20 blessés": supporters).

A group after "among the": "L'embuscade a fait 12 morts parmi les soldats" counts soldiers; the count bound with no
group of its own takes the group noun that closes its clause.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["ROSTER_METRICS", "group_after_among", "roster_sentence", "without_rosters"]

#: The metrics a roster's news speaks of: an injured player, one missing from the squad.
ROSTER_METRICS = frozenset({"injured", "missing"})

#: What may close the clause after the group noun: the group then names the whole count, not a part of a list.
_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", ")"})


def roster_sentence(tokens: list[Token], lang: LanguageData) -> bool:
    """Whether the sentence names a team's roster, so that its injured and missing are players out of a squad.

    >>> from casualtylog.text._tokens import tokenize
    >>> from casualtylog.text.lang import get_language
    >>> fr = get_language("fr")
    >>> roster_sentence(tokenize("Le club compte 8 joueurs blessés.", fr), fr)
    True
    >>> roster_sentence(tokenize("Des heurts avant le match ont fait 20 blessés.", fr), fr)
    False
    """
    return bool(lang.roster_words) and any(t.low in lang.roster_words for t in tokens)


def without_rosters(tokens: list[Token], lang: LanguageData, bindings: list[Binding]) -> list[Binding]:
    """``bindings`` without the injured and missing of a roster's sentence (:func:`roster_sentence`)."""
    if not bindings or not roster_sentence(tokens, lang):
        return bindings
    return [b for b in bindings if b.metric not in ROSTER_METRICS]


def group_after_among(tokens: list[Token], lang: LanguageData, bindings: list[Binding]) -> None:
    """Give a count with no group the group noun after "among the" that closes its clause ("12 morts parmi les
    soldats"). Only a count bound with no noun of people of its own ("12 morts", not "12 personnes") and only a
    group noun ("parmi les habitants" stays no group). Measured on French only: it is switched on with
    ``roster_words``, so English, Dutch, German and Spanish (which have ``among_the`` too) are unchanged."""
    if not lang.among_the or not lang.roster_words:
        return
    among = phrases(lang, "among_the")
    for b in bindings:
        k = b.chunk_end
        if b.group is not None or b.role != "count" or k >= len(tokens):
            continue
        hit = among.at(tokens, k)
        if hit is None:
            continue
        noun = _noun(tokens, k + hit[0], lang)
        end = k + hit[0] + (noun[2] if noun is not None else 0)
        if noun is not None and noun[0] == "group" and (end >= len(tokens) or tokens[end].text in _CLOSERS):
            b.group = str(noun[1])
