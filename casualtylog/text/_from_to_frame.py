"""The old figure of a change written with its metric noun after the new one: "van 23 naar 19 doden".

"De balans werd bijgesteld, van 23 naar 19 doden", "die Zahl stieg von 10 auf
12 Tote": the metric noun after the second number names both ends of the
change, so the first is a count of it too (the corpus guide: a change "from A
to B" gives both A and B). The subject frame reads the second number with its
noun; this frame reads the first, and only when "from", the number, "to" and a
number with a metric noun stand in that order.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases

__all__ = ["FromToFrame"]


class FromToFrame(SentenceBase):
    """The "from" end of "from A to B <metric noun>"."""

    def from_to(self, m: Mention) -> bool:
        """ "van 23 naar 19 doden": 23 is a count of the dead as well."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or not lang.from_words or _low(tokens, m.start - 1) not in lang.from_words:
            return False
        if _low(tokens, m.end) not in lang.to_words:
            return False
        new = self.by_start.get(m.end + 1)
        if new is None or new.kind != "number":
            return False
        noun = phrases(lang, "metric_nouns").at(tokens, new.end)
        if noun is None:
            return False
        self.add(Binding(m, str(noun[1]), None, "subject", chunk_end=new.end + noun[0], confidence=0.8))
        return True
