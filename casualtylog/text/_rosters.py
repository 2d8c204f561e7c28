"""A sports team's roster: players "blessés" or missing from a squad are no casualties of an event.

"Deux joueurs sont blessés et manqueront le match", "Le club compte 8 joueurs blessés", "Trois joueurs manquent à
l'appel": a word of a team's roster (``roster_words``) in the sentence makes its injured and missing counts a
team's news, not a report of an incident. Deaths stay counts ("Deux joueurs ont été tués dans l'effondrement de la
tribune"), and so do the injured of a sentence naming no roster word ("des heurts avant le match ont fait 20
blessés": supporters).
"""

from __future__ import annotations

from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["ROSTER_METRICS", "roster_sentence"]

#: The metrics a roster's news speaks of: an injured player, one missing from the squad.
ROSTER_METRICS = frozenset({"injured", "missing"})


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
