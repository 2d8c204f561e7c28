"""A Dutch whole fronted by "Van de M …", and its part after "er" (session 14, ``fresh9en``).

"Van de 502 drones heeft Oekraïne er 430 neergehaald" (nl-cd8fd7ba-2) and "Van de 145 drones werden er 118
neergehaald" say what "430 van de 502 drones … neergehaald" says (the linked frame, casualtylog.text._weapon_frames):
the part is intercepted, the whole launched. "Van de dertien mijnwerkers die … vastzaten, zijn er vier overleden"
(nl-8fece591-1) names the group of the part the subject frame counts. The whole opens the sentence ("Van de"
and a number and its noun); the part is the number right after "er" later in the same sentence, before any mark
but a comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casualtylog.text._binding import Binding
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

if TYPE_CHECKING:  # _weapon_frames calls this module
    from casualtylog.text._weapon_frames import WeaponFrames

__all__ = ["fronted_group", "fronted_weapons"]

#: The opening of a fronted whole ("Van de", "Van die") and the pronoun of its part, per language.
_OPENERS = {"nl": (frozenset({"van"}), frozenset({"de", "die", "deze"}), "er")}
#: How far after the whole its part may stand.
_REACH = 30


def _whole(tokens: list[Token], m: Mention, lang: LanguageData, by_start: dict[int, Mention]) -> Mention | None:
    """The fronted whole of the part ``m`` (a number after "er"), or ``None``."""
    shape = _OPENERS.get(lang.code)
    if shape is None or m.kind != "number" or m.increment or _low(tokens, m.start - 1) != shape[2]:
        return None
    if _low(tokens, 0) not in shape[0] or _low(tokens, 1) not in shape[1]:
        return None
    whole = by_start.get(2)
    if whole is None or whole.kind != "number" or not whole.end < m.start <= whole.end + _REACH:
        return None
    if any(t.kind is PUNCT and t.text != "," for t in tokens[whole.end : m.start]):
        return None
    return whole


def fronted_weapons(s: WeaponFrames, m: Mention) -> bool:
    """ "Van de 502 drones heeft Oekraïne er 430 neergehaald": intercepted 430, launched 502."""
    tokens, lang = s.tokens, s.lang
    whole = _whole(tokens, m, lang, s.by_start)
    if whole is None or not lang.subject_reach:
        return False
    noun = _noun(tokens, whole.end, lang)
    if noun is None or noun[0] != "weapon":
        return False
    if s.final_weapon_verb(m.end, lang.subject_reach) != "intercepted":
        return False
    group, chunk_end = noun[1], whole.end + noun[2]
    s.add(Binding(m, "intercepted", group, "linked", chunk_end=m.end, confidence=0.85, role="linked"))
    if whole.start not in s.bound:
        s.add(Binding(whole, "launched", group, "linked", chunk_end=chunk_end, confidence=0.85, role="linked"))
    return True


def fronted_group(tokens: list[Token], m: Mention, lang: LanguageData, by_start: dict[int, Mention]) -> str | None:
    """The group of the fronted whole of ``m`` ("Van de dertien mijnwerkers … zijn er vier overleden": miners)."""
    whole = _whole(tokens, m, lang, by_start)
    if whole is None:
        return None
    noun = _noun(tokens, whole.end, lang)
    return noun[1] if noun is not None and noun[0] == "group" else None
