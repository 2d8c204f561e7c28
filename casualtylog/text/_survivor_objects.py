"""Session 14 (``fresh8en``): survivors found, the object of a verb of finding, are rescued.

"… as rescuers found one lucky survivor from the disaster" (en-4de276af-1), "Rescuers pulled 17 survivors from the
rubble": the corpus guide labels survivors found or pulled out alive ``rescued``; "survivors" alone is no claim
("142 survivors", "the only survivor"). A count right after a verb of finding or rescuing (``found_verbs``), with at
most one plain word between it and a noun of survivors (``survivor_objects``: "one lucky survivor"), is rescued.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._tokens import WORD

__all__ = ["SurvivorObjects"]


class SurvivorObjects(SentenceBase):
    """Survivors found: rescued."""

    def found_survivors(self, m: Mention) -> bool:
        """ "found one lucky survivor", "pulled 17 survivors from the rubble": rescued."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or not lang.survivor_objects or _low(tokens, m.start - 1) not in lang.found_verbs:
            return False
        k = m.end
        if _low(tokens, k) not in lang.survivor_objects:
            tok = tokens[k] if k < len(tokens) else None
            if tok is None or tok.kind is not WORD or tok.low in lang.function_words:
                return False
            k += 1  # one plain word before the noun: "one lucky survivor"
            if _low(tokens, k) not in lang.survivor_objects:
                return False
        self.add(Binding(m, "rescued", None, "object", chunk_end=k + 1, confidence=0.8))
        return True
