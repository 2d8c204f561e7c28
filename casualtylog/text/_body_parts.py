"""Session 14 (``fresh8en``): a part of the bodies, found or recovered, is a count of the dead.

"Three of the bodies were retrieved from the sea" (en-bf92bd0a-2): the count is a part of bodies named before, and
the verb of finding them says they were recovered, as "Three bodies were retrieved" does (a body found is a death,
the corpus guide). Only with such a verb right after the auxiliaries (``body_found_verbs``): "Three of the bodies were
identified" counts no death of its own (the guide: victims identified are no count).
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases

__all__ = ["BodyParts"]

#: How many auxiliaries may stand between the bodies and the verb ("have now been").
_AUXILIARIES = 3


class BodyParts(SentenceBase):
    """A part of the bodies, recovered: killed."""

    def part_of_bodies(self, m: Mention) -> bool:
        """ "Three of the bodies were retrieved": killed 3."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or not lang.body_found_verbs:
            return False
        of = phrases(lang, "of_words").at(tokens, m.end)
        if of is None:
            return False
        k = m.end + of[0]
        if _low(tokens, k) in lang.determiners or _low(tokens, k) in lang.possessives:
            k += 1
        if _low(tokens, k) not in lang.body_nouns:
            return False
        j = k + 1
        while j < k + 1 + _AUXILIARIES and _low(tokens, j) in lang.gap_words:
            j += 1
        if j == k + 1 or _low(tokens, j) not in lang.body_found_verbs:
            return False  # a passive only ("were retrieved"): "three of the bodies recovered" may describe them
        self.add(Binding(m, "killed", None, "bodies", chunk_end=j + 1, confidence=0.8))
        return True
