"""People counted by their stay in hospital, who are injured (session 22, issue 13).

The guide counts people still in hospital as injured ("In ziekenhuizen in Twente verbleven vanmiddag nog 39
slachtoffers", "26 personnes restent encore hospitalisées"). The fixed predicates knew "hospitalised" and "admitted
to hospital" but not the copula or verb of staying with the place after it: "nearly 50 people are still in hospital"
(en-4a28c01e-2), "over 140 were still in hospital" (en-95aa78c2-1), "trois hommes sont encore à l'hôpital"
(fr-ca0e0503-5), "40 personas continúan internadas" (es-ba84ac4c-4).

The shape is kept tight, as a copula binds anything: the verb right after the count or its people noun, at most two
adverbs of time, then a preposition and the hospital within a few plain words (or a participle of being kept in
care). A bare count needs the verb right after it ("over 140 were still in hospital"); the carers of a hospital
(doctors, nurses, staff) are no stay of the injured, and a past copula with no adverb may tell where people were
before the event ("three people were in the hospital when it was hit"), so it needs one.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import WORD

__all__ = ["CARERS", "CareStays"]

#: At most this many adverbs between the verb and the place ("are still currently in").
_ADVERBS = 2
#: At most this many plain words between the preposition and the hospital ("at the district government hospital").
_PLACE_REACH = 4
#: Groups who work at a hospital: their count at one is no count of the injured ("40 doctors are at the hospital").
CARERS = frozenset({"health_workers", "doctors", "nurses", "medics", "paramedics"})


class CareStays(SentenceBase):
    """A count of people and a verb of staying in a hospital right after it."""

    def stays_in_care(self, m: Mention) -> bool:
        """ "Nearly 50 people are still in hospital", "trois hommes sont encore à l'hôpital": injured."""
        tokens, lang = self.tokens, self.lang
        # A stay counts who is there: "another woman was still in hospital" adds no one (en-96a13a70-3).
        if not lang.stay_verbs or m.increment:
            return False
        k = m.end
        noun = _noun(tokens, k, lang)
        group: str | None = None
        if noun is not None and noun[0] in {"people", "group"}:
            group, k = noun[1], k + noun[2]
        if group in CARERS:
            return False
        verb = _low(tokens, k)
        past = verb in lang.stay_past_verbs
        if verb not in lang.stay_verbs and not past:
            return False
        j = k + 1
        adverbs = 0
        while adverbs < _ADVERBS and _low(tokens, j) in lang.stay_adverbs:
            j, adverbs = j + 1, adverbs + 1
        if past and not adverbs:
            return False
        end = self._state(j)
        if end is None:
            end = self._care_place(j)
        if end is None:
            return False
        self.add(Binding(m, "injured", group, "subject", chunk_end=end + 1, confidence=0.75))
        return True

    def _state(self, j: int) -> int | None:
        """The last token of a state of care at ``j`` ("internadas", "critical", "entre la vida y la muerte"), or
        ``None``. The state must close its clause ("are critical and on life support", "four are stable."): "are
        critical of the plan" or "are stable prices" are no state of the injured."""
        tokens, lang = self.tokens, self.lang
        for state in lang.stay_states:
            words = state.split(" ")
            if all(_low(tokens, j + i) == w for i, w in enumerate(words)):
                last = j + len(words) - 1
                after = _tok(tokens, last + 1)
                if after is None or after.kind is not WORD:
                    return last
                if after.low in lang.boundaries or after.low in lang.coordinators:
                    return last
        return None

    def _care_place(self, j: int) -> int | None:
        """Where the hospital stands after a preposition at ``j`` ("in hospital", "à l'hôpital"), or ``None``."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, j) not in lang.stay_preps:
            return None
        for i in range(j + 1, min(len(tokens), j + 1 + _PLACE_REACH)):
            tok = _tok(tokens, i)
            if tok is None or tok.kind is not WORD or tok.low in lang.boundaries:
                return None
            if tok.low in lang.care_places:
                return i
        return None
