"""Which counts a preliminary cue marks, and where a first figure's cue stops: its revision.

"The police initially reported 12 dead, but later raised the toll to 19": "initially" says the 12 was the first
figure given; the clause after "but" gives the revision, which is the report's own figure (session 12,
``fresh12``). A cue of a first figure (``first_figure_cues``, which a language also lists among its
``preliminary_cues``) therefore reaches no count past a word of contrast (``revision_contrasts``) after it;
nor, when its clause holds a figure, any count in a clause before it ("affected 570,000 people, more than the
initial estimates of 517,000"). Other preliminary cues ("according to preliminary figures, 12 died but 40 were hurt") keep their
reach.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._clause_cues import Cues
from casualtylog.text._phrases import phrases
from casualtylog.text._semicolon_clauses import past_semicolon
from casualtylog.text._status_scope import cue_clause_elsewhere, provisional_thing
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["preliminary_for"]

#: How far a participle of revision may stand before the revised count, and the first figure before it (session 13).
_REVISION_REACH = 12


def _first_figure(tokens: list[Token], p: int, lang: LanguageData) -> bool:
    """Whether the preliminary cue at ``p`` is a first figure's ("initially", "dans un premier temps")."""
    return bool(lang.revision_contrasts) and phrases(lang, "first_figure_cues").at(tokens, p) is not None


def _revised_after(tokens: list[Token], p: int, start: int, lang: LanguageData) -> bool:
    """A first figure's cue at ``p`` and a word of contrast between it and the count at ``start``."""
    return _first_figure(tokens, p, lang) and any(t.low in lang.revision_contrasts for t in tokens[p + 1 : start])


def _revised_past_figure(tokens: list[Token], p: int, start: int, lang: LanguageData) -> bool:
    """Session 13 (fresh7c): a figure after the cue at ``p``, then a participle of revision before the count at
    ``start`` ("un premier bilan de 24 morts, qui a été relevé à 27"): the cue is the first figure's, the count the
    revision's. With no figure between ("selon un bilan provisoire, le nombre de morts a été relevé à 27") the cue
    still marks it."""
    if not lang.revision_participles:
        return False
    # both walks bounded: the participle stands just before its figure, the first figure just before the participle
    reach = max(p, start - 1 - _REVISION_REACH)
    revised = next((k for k in range(start - 1, reach, -1) if tokens[k].low in lang.revision_participles), None)
    return revised is not None and any(t.is_number for t in tokens[max(p + 1, revised - _REVISION_REACH) : revised])


def preliminary_for(
    b: Binding, bindings: list[Binding], cues: Cues, at: list[int], tokens: list[Token], lang: LanguageData
) -> bool:
    """Whether a preliminary cue marks ``b``: a cue marks the counts from its clause on, and the counts before
    its clause only when that clause counts nothing of its own.

    "According to preliminary figures, 12 died and 40 were hurt" and "12 died by a provisional tally,
    among them 10 women" mark every count; in "12 died, and a preliminary count put the injured at 40" the
    cue is the 40's, and the 12 before its clause stays reported. A first figure's cue stops at its revision
    (:func:`_revised_after`).
    """
    for p in at:
        if provisional_thing(tokens, p, lang):
            continue  # session 13 (status13): "provisional government", "prisión provisional"
        left, right = cues.clause(p, p + 1)
        # session 14 (fresh10rom): "faisant cinq morts et 21 blessés selon le dernier bilan provisoire": "and"
        # between two counts joins one list, whose counts the cue marks alike
        left = min(left, cues.joined_left[p])
        if past_semicolon(tokens, p, b.mention.start):
            continue  # Session 14 (fresh8rom): "le bilan provisoire de 30 morts ; cela s'ajoute aux 200 morts"
        if left <= b.mention.start:
            if _revised_after(tokens, p, b.mention.start, lang) or _revised_past_figure(
                tokens, p, b.mention.start, lang
            ):
                continue
            return True
        if _first_figure(tokens, p, lang) and any(t.is_number for t in tokens[left:right]):
            # "affected 570,000, more than the initial estimates of 517,000": the first figure is the cue's own,
            # bound or not, and the count before is its revision
            continue
        if not any(left <= o.mention.start < right for o in bindings if o is not b):
            if cue_clause_elsewhere(tokens, left, right, b, bindings, cues, lang):
                continue  # session 13 (status13): a relative clause's cue, or the next clause's
            return True
    return False
