"""Session 13 (``kinds13``): people found alive, named by their state after the count.

"los equipos han encontrado a seis, tres muertas y otras tres vivas", "Rescuers found six people, three dead and
three alive", "Rescuers found three people alive": a count (with its noun of people, or "others") whose state
right after it is alive (``alive_words``), after a verb of finding or rescuing (``found_verbs``) earlier in the
sentence, is rescued, as the corpus guide labels "found alive". Without that verb the state is no count of a
rescue ("three of the wounded are still alive"), nor is a thing ("found three cats alive": no noun of people).
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _listed_noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT

__all__ = ["AliveFrames"]

#: How far back a verb of finding may stand from the count ("encontrado a seis, tres muertas y otras tres vivas").
_FOUND_REACH = 12


class AliveFrames(SentenceBase):
    """A count found alive: rescued."""

    def found_alive(self, m: Mention) -> bool:
        """ "… y otras tres vivas", "three people alive" after "found": rescued."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or not lang.alive_words:
            return False
        k, group = m.end, None
        alive = phrases(lang, "alive_words").at(tokens, k)
        if alive is None and _low(tokens, k) in lang.others_words:
            k += 1  # "three others alive"
        elif alive is None:
            # only a noun the language lists as people: an unlisted one read by its shape may be a thing or an
            # animal ("found three cats alive")
            noun = _listed_noun(tokens, k, lang)
            if noun is None or noun[0] not in {"people", "group"}:
                return False
            group, k = noun[1], k + noun[2]
        alive = alive or phrases(lang, "alive_words").at(tokens, k)
        if alive is None or not self._found_before(m.start):
            return False
        binding = Binding(m, "rescued", group, "object", chunk_end=k + alive[0], confidence=0.8)
        self.add(binding)
        return True

    def _found_before(self, start: int) -> bool:
        """A verb of finding or rescuing within reach before ``start``, no full stop of a clause between."""
        tokens, lang = self.tokens, self.lang
        for j in range(start - 1, max(-1, start - 1 - _FOUND_REACH), -1):
            tok = tokens[j]
            if tok.low in lang.found_verbs:
                return True
            if tok.kind is PUNCT and tok.text in ";:.":
                return False
        return False
