"""People taken to hospital as the object of an active verb, who are injured (session 22, issue 13).

The passive is read by the hospital frame ("nine people were transported to the hospital",
:meth:`~casualtylog.text._place_frames.PlaceFrames.taken_to_hospital`); the active voice puts the count after the
verb and the hospital after the count: "We transported nine individuals to the hospital" (en-051a4aa5-2), "took back
16 people with gunshot wounds to its Nasir hospital" (en-d0ecd734-5). The verb stands right before the count (or an
object marker, Spanish "a"), the count names people (a listed noun or one of the shape), and the hospital follows
within a few plain words after a preposition of direction; "brought 40 people together", "took 300 people" are no
care. The verbs are the language's ``conveying_verbs``.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._care_stays import CARERS
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import WORD

__all__ = ["CareObjects"]

#: At most this many plain words between the count's noun and the preposition ("with gunshot wounds", "back").
_BEFORE_PREP = 4
#: At most this many plain words between the preposition and the hospital ("to its Nasir hospital").
_PLACE_REACH = 4


class CareObjects(SentenceBase):
    """A verb of taking people, their count as its object, and a hospital after them."""

    def conveyed_to_care(self, m: Mention) -> bool:
        """ "We transported nine individuals to the hospital": the nine are injured."""
        tokens, lang = self.tokens, self.lang
        if not lang.conveying_verbs or m.kind == "zero":
            return False
        before = m.start - 1
        if _low(tokens, before) in lang.object_markers:
            before -= 1
        if _low(tokens, before) not in lang.conveying_verbs and _low(tokens, before - 1) not in lang.conveying_verbs:
            return False  # "took back 16 people": one particle between verb and object at most
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"} or noun[1] in CARERS:
            return False  # "brought 40 doctors to the hospital" sends carers, not the injured
        end = self._hospital_after(m.end + noun[2])
        if end is None:
            return False
        self.add(Binding(m, "injured", noun[1], "object", chunk_end=end + 1, confidence=0.75))
        return True

    def _hospital_after(self, k: int) -> int | None:
        """Where a hospital stands after a preposition of direction within a few plain words from ``k``."""
        tokens, lang = self.tokens, self.lang
        for j in range(k, min(len(tokens), k + _BEFORE_PREP + 1)):
            tok = _tok(tokens, j)
            if tok is None or tok.kind is not WORD or tok.low in lang.boundaries:
                return None
            if tok.low in lang.conveying_preps:
                for i in range(j + 1, min(len(tokens), j + 1 + _PLACE_REACH)):
                    place = tokens[i]
                    if place.low in lang.care_places or (lang.compound_heads and place.low.endswith(_HEADS)):
                        return i
                    if place.kind is not WORD or place.low in lang.boundaries:
                        return None
                return None
        return None


#: Heads of a compound hospital in German and Dutch ("ins Landesklinikum", "naar het streekziekenhuis").
_HEADS = ("krankenhaus", "klinikum", "klinik", "spital", "ziekenhuis")
