"""Binding the numbers of one sentence to what they count.

A number becomes a claim only when a *frame* ties it to a metric: a subject
and its predicate ("12 people were killed"), a verb and its object ("killed
12"), a running total ("the death toll rose to 12"), weapons ("intercepted 48
of 70 missiles"), a part of the count before ("at least 12 of them
children"), or a zero ("no deaths"). Numbers no frame binds are left alone:
precision matters more than recall.

Every frame looks at a bounded window of tokens, so a sentence costs time
linear in its length.

The mentions are found in :mod:`casualtylog.text._mentions`, the frames are in
:mod:`casualtylog.text._count_frames` and :mod:`casualtylog.text._weapon_frames`;
this module runs them over a sentence, then applies the clause's cues: a
denial, a condition or another event drops a binding, and projected,
preliminary and update cues mark it.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._count_frames import CountFrames
from casualtylog.text._mentions import Mention
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text._weapon_frames import WeaponFrames
from casualtylog.text.lang import LanguageData

__all__ = ["Binding", "Mention", "bind"]

_CLAUSE_PUNCT = frozenset(',;:()[]—–"“”')


class _Sentence(CountFrames, WeaponFrames):
    """A sentence with every frame: the casualty frames and the weapon frames."""


def _clause(tokens: list[Token], start: int, end: int, lang: LanguageData) -> tuple[int, int]:
    """The clause around tokens ``start``..``end``: up to punctuation or a boundary word."""
    left = start
    while left > 0 and tokens[left - 1].low not in _CLAUSE_PUNCT and tokens[left - 1].low not in lang.boundaries:
        left -= 1
    right = end
    while right < len(tokens) and tokens[right].low not in _CLAUSE_PUNCT and tokens[right].low not in lang.boundaries:
        right += 1
    return left, right


def _has_phrase(tokens: list[Token], start: int, end: int, lang: LanguageData, field_name: str) -> bool:
    table = phrases(lang, field_name)
    return any(table.at(tokens, i) is not None for i in range(start, end))


def _conditional(tokens: list[Token], left: int, right: int, lang: LanguageData) -> bool:
    """A conditional cue in the clause ``left``..``right`` that no exception cancels."""
    cues, exceptions = phrases(lang, "conditional_cues"), phrases(lang, "conditional_exceptions")
    for i in range(left, right):
        if cues.at(tokens, i) is not None and not any(exceptions.at(tokens, k) is not None for k in range(left, i + 1)):
            return True
    return False


def bind(tokens: list[Token], lang: LanguageData) -> list[Binding]:
    """Every binding in one sentence's tokens, in text order.

    Precision first: a sentence that denies what it reports ("officials denied
    reports that 50 were killed") gives nothing, nor does a clause that is
    hypothetical ("if 50 were killed") or about another event ("last year's
    attack killed 50").
    """
    if _has_phrase(tokens, 0, len(tokens), lang, "denial_cues"):
        return []
    s = _Sentence(tokens, lang)
    for m in s.mentions:
        if m.start in s.bound:
            continue
        if m.kind == "number" and (s.group(m) or s.linked(m)):
            continue
        if m.kind == "vague" and s.group(m):
            continue
        for frame in (s.toll, s.weapon, s.among_before, s.object, s.subject, s.elliptic_weapon):
            if frame(m):
                break
    s.zeros()
    preliminary = _has_phrase(tokens, 0, len(tokens), lang, "preliminary_cues")
    out = []
    for b in s.bindings:
        m = b.mention
        if m.weak_increment and b.metric not in {"killed", "injured"}:
            continue  # Dutch "nog 3 vermist" is "still 3 missing", not "3 more"
        left, right = _clause(tokens, m.start, max(b.chunk_end, m.end), lang)
        if _conditional(tokens, left, right, lang) or _has_phrase(tokens, left, right, lang, "other_event_cues"):
            continue
        if b.status != "projected" and _has_phrase(tokens, left, right, lang, "projected_cues"):
            b.status = "projected"
        if b.status == "reported" and preliminary:
            b.status = "preliminary"
        if not b.update and _has_phrase(tokens, left, m.start, lang, "update_cues"):
            b.update = True
        if m.kind == "vague":
            b.confidence -= 0.1
        if m.in_words:
            b.confidence -= 0.03
        out.append(b)
    out.sort(key=lambda b: b.mention.start)
    return out
