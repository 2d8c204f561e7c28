"""More shapes of a distributive breakdown by place (session 14, ``fresh10en``; read by ``_ellipsis_frames``).

- a breakdown opened by "including" or a bracket instead of a comma: "downed 18 drones, including 11 over the
  Rostov Region, four over …" (en-0556566f-2), "ten people died (nine in Sindh Province, and one in …)";
- a place left unnamed: "13 were killed in rural Newton County and two elsewhere in the state" (en-be687ec6-2);
- "another" before the bare count, after the joiner: "four drones were destroyed near Novoshakhtinsk and another
  one near Chaltyr" (en-0556566f-3);
- a place named as a part of a larger one: "four over the territory of the Rostov Region" (en-56b80e45-3);
- a bare count after its own place, fronted as the first one's: "In Georgia was er één dodelijk slachtoffer, in
  North-Carolina drie en in Virgina zes" (nl-03f23966-4).

Every check looks at a bounded number of tokens, so extraction stays linear.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._tokens import PUNCT, WORD
from casualtylog.text.lang._breakdown_words import BREAKDOWN_OPENERS, ELSEWHERE_WORDS

__all__ = ["BreakdownPlaces"]

#: The words of "the X of": "the territory of the Rostov Region", "the waters of the Sea of Azov".
_OF = {"en": "of", "nl": "van"}
#: How many capitalised words a fronted place may take ("in North-Carolina drie").
_NAME_REACH = 4
#: How far the count before may stand from a fronted place, and its own preposition before it.
_FRONTED_REACH = 8
#: How many words a place may take after its preposition before its capitalised name, when an "of" stands between.
_OF_REACH = 6


class BreakdownPlaces(SentenceBase):
    """Openers, unnamed places and "another" in a breakdown by place."""

    def breakdown_opener(self, j: int) -> bool:
        """Whether the token at ``j`` opens a breakdown of the count before ("including", "(")."""
        return _low(self.tokens, j) in BREAKDOWN_OPENERS.get(self.lang.code, frozenset())

    def another_before(self, m: Mention, joiners: frozenset[str]) -> bool:
        """ "… and another one near Chaltyr": "another" right before the count, a joiner before it."""
        return _low(self.tokens, m.start) in self.lang.another_words and _low(self.tokens, m.start - 1) in joiners

    def fronted_place(self, m: Mention, preps: frozenset[str], joiners: frozenset[str]) -> bool:
        """ "In Georgia was er één dodelijk slachtoffer, in North-Carolina drie en in Virgina zes" (nl-03f23966-4): a
        bare count after its own place ("in North-Carolina"), after a comma or "and", at the end of its clause, is
        one more place of the count before, which names its place before it too."""
        tokens = self.tokens
        if m.kind != "number" or m.increment or not self.bindings:
            return False
        after = _tok(tokens, m.end)
        if after is not None and after.kind is not PUNCT and after.low not in joiners:
            return False
        j = m.start - 1
        names = 0
        while names < _NAME_REACH and (t := _tok(tokens, j)) is not None and t.is_capitalised and not t.is_number:
            j, names = j - 1, names + 1
        prep = _low(tokens, j)
        if not names or prep not in preps or _low(tokens, j - 1) not in joiners:
            return False
        b = self.bindings[-1]
        if b.role != "count" or b.mention.start >= m.start or j - b.mention.end > _FRONTED_REACH:
            return False
        # the count before names its place before it too, with the same preposition
        opened = any(_low(tokens, i) == prep for i in range(max(0, b.mention.start - _FRONTED_REACH), b.mention.start))
        if not opened:
            return False
        for i in range(b.mention.end, j - 1):
            tok = tokens[i]
            if tok.is_number or (tok.kind is PUNCT and tok.text != ","):
                return False
        self.add(Binding(m, b.metric, b.group, "parallel", chunk_end=m.end, confidence=0.75))
        return True

    def elsewhere_at(self, k: int) -> bool:
        """ "two elsewhere in the state": a place left unnamed, the clause's verb elided."""
        return _low(self.tokens, k) in ELSEWHERE_WORDS.get(self.lang.code, frozenset())

    def place_of_after(self, k: int) -> bool:
        """ "the territory of the Rostov Region": a capitalised name within a few words after an "of"."""
        of = _OF.get(self.lang.code)
        seen = False
        for i in range(k, min(len(self.tokens), k + _OF_REACH)):
            tok = self.tokens[i]
            if tok.kind is not WORD:
                return False
            if tok.is_capitalised:
                return seen
            seen = seen or tok.low == of
        return False
