"""A confirming word that describes another number's noun confirms no count (session 14, ``fresh9en``).

"The Health Ministry announced 11 new confirmed cases and one new related death": "confirmed" stands between
the number 11 and its noun "cases", which counts no casualties (cases are no claim, the corpus guide), so the
death beside it is only reported. The cue belongs to that number's phrase as "40 confirmed deaths" belongs to
its count's (casualtylog.text._status_scope); a cue that follows no number still confirms its clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casualtylog.text._mentions import Mention
from casualtylog.text._tokens import NUMBER, WORD, Token

if TYPE_CHECKING:  # _clause_cues imports _status_scope, which imports this module
    from casualtylog.text._clause_cues import Cues

__all__ = ["free_cue_confirms"]

#: Words that may stand between a number and the confirming adjective of its noun ("11 new confirmed cases").
_BETWEEN = frozenset({"new", "more", "additional", "further", "other"})


def _describes_other_number(tokens: list[Token], p: int, m: Mention) -> bool:
    """Whether the cue at ``p`` stands between a number outside ``m`` and a word after it (that number's noun)."""
    after = tokens[p + 1] if p + 1 < len(tokens) else None
    if after is None or after.kind is not WORD:
        return False
    j = p - 1
    while j >= 0 and p - j <= len(_BETWEEN) and tokens[j].low in _BETWEEN:
        j -= 1
    return j >= 0 and tokens[j].kind is NUMBER and not m.start <= j < m.end


def free_cue_confirms(tokens: list[Token], cues: Cues, left: int, right: int, owned: dict[int, int], m: Mention) -> bool:
    """Whether a confirming cue in ``left..right`` that no count owns confirms ``m``'s clause: not when each such cue
    describes another number's noun."""
    for p in range(left, right):
        if cues.confirmed[p + 1] > cues.confirmed[p] and p not in owned and not _describes_other_number(tokens, p, m):
            return True
    return False
