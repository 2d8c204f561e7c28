"""The sieves a sentence's bindings pass before its clause cues: rosters, looking back, bodies, "among".

One function, so that the frames' bindings and the reader's free figures
(:mod:`casualtylog.text._free_figures`) pass them apart: a free figure must not
change what a sieve does to the frames' bindings.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._bodies_of import bodies_as_dead
from casualtylog.text._looking_back import without_looking_back
from casualtylog.text._rosters import group_after_among, without_rosters
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["sieved"]


def sieved(tokens: list[Token], lang: LanguageData, bindings: list[Binding]) -> list[Binding]:
    """The bindings the sentence-wide sieves keep (some with the group an "among" after them names)."""
    if not bindings:
        return bindings
    kept = without_rosters(tokens, lang, bindings)  # session 11 (fr13): players out of a squad
    kept = without_looking_back(tokens, lang, kept)  # session 12 (fa12): a court, years back
    kept = bodies_as_dead(tokens, lang, kept)  # session 13 (fa13): "de lichamen van drie vermisten"
    group_after_among(tokens, lang, kept)  # session 11 (fr13): "12 morts parmi les soldats"
    return kept
