"""Counts in brackets: "des nombreux blessés (au moins 190)", "Al Haouz (542 décès), Chichaoua (103)".

A figure alone in brackets counts what the metric noun right before the
brackets names; after a place it continues a list of places whose first
bracket held a count ("la province d'Al Haouz (542 décès), la province de
Chichaoua (103)"). A bracket after a place with no such list before it (a
French département number, "à Trèbes (11)") is no count.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._phrases import phrases
from casualtylog.text.lang._breakdown_words import EACH_WORDS

__all__ = ["BracketFrames"]

#: How many tokens back the last bracketed count of a list of places may be.
_LIST_REACH = 16


class BracketFrames(SentenceBase):
    """A figure alone in brackets after a metric noun or a place of a list."""

    def bracketed_count(self, m: Mention) -> bool:
        """ "más fallecidos (492)", "…, la province de Chichaoua (103)"."""
        tokens, lang = self.tokens, self.lang
        # session 14 (fresh10en): "Sheohar and Darbhanga (10 each), Purnea (nine)": "each" opens a list of places
        each = _low(tokens, m.end) in EACH_WORDS.get(lang.code, frozenset()) and _low(tokens, m.end + 1) == ")"
        if m.kind != "number" or _low(tokens, m.start - 1) != "(" or (_low(tokens, m.end) != ")" and not each):
            return False
        noun = phrases(lang, "metric_nouns").ending(tokens, m.start - 2)
        if noun is not None:
            self.add(Binding(m, str(noun[1]), None, "subject", chunk_end=m.end + 1, confidence=0.75))
            return True
        place = _tok(tokens, m.start - 2)
        if place is None or not place.is_capitalised:
            return False
        for b in reversed(self.bindings):
            if b.role != "count" or m.start - b.mention.start > _LIST_REACH:
                return False
            if _low(tokens, b.mention.start - 1) == "(" or each:
                self.add(Binding(m, b.metric, b.group, "split", chunk_end=m.end + 1, confidence=0.75))
                return True
        return False
