"""Place frames: per-place splits ("six ont péri à Trèbes, deux à
Villegailhenc") and people taken to hospital, who are injured ("ont été
admises dans les hôpitaux", "fueron trasladados a distintos hospitales").
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._care_people import people_named_before, skip_aside
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._part_frames import _NOT_PARENT
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD

__all__ = ["PlaceFrames"]

#: How many words may stand between the people and the verb that takes them to hospital, and then the hospital.
_CARE_REACH = 5
#: Session 22 (care23): with the verb last, the words between the people and the hospital may be more ("Zeker vier
#: mensen zijn met onderkoelingsverschijnselen naar een ziekenhuis gebracht", nl-0f24c6bd-2; "Zwölf Menschen mussten
#: in der Gegend des Antiken Olympia … stationär in ein Krankenhaus gebracht werden"): the verb after the place
#: still closes the phrase, so the walk may go further before the place.
_VERB_LAST_REACH = 8
#: How many words a place name may take in a per-place split ("à Saint-Martin-de-Ré").
_PLACE_REACH = 4
#: How many words the count's own place phrase may take before "and" ("en el lugar de los hechos").
_PHRASE_BACK = 8


class PlaceFrames(SentenceBase):
    """Counts tied to a place: one more place of a split, or a hospital."""

    def place_split(self, m: Mention) -> bool:
        """ "Six personnes ont perdu la vie à Trèbes, deux à Villegailhenc": the count of one more place."""
        tokens, lang = self.tokens, self.lang
        joiner = _low(tokens, m.start - 1)
        if not lang.place_preps or m.kind != "number" or (joiner != "," and joiner not in lang.coordinators):
            return False  # ", deux à Villegailhenc", "et une à Carcassonne"
        place = _tok(tokens, m.end + 1)
        if _low(tokens, m.end) not in lang.place_preps or place is None or not place.is_capitalised:
            return self.phrase_split(m)
        j = m.start - 2
        names = 0
        while names < _PLACE_REACH and (t := _tok(tokens, j)) is not None and t.is_capitalised and not t.is_number:
            j -= 1
            names += 1
        if not names or _low(tokens, j) not in lang.place_preps:
            return self.phrase_split(m)
        parent = next(
            (
                b
                for b in reversed([*self.bindings, *self.repeated_splits])
                if b.role == "count" and (b.chunk_end == j or (b.frame == "split" and b.mention.end == j))
            ),
            None,
        )
        if parent is None or parent.frame in _NOT_PARENT:
            return False
        end = m.end + 2
        while end < m.end + 1 + _PLACE_REACH and (t := _tok(tokens, end)) is not None and t.is_capitalised:
            end += 1
        split = Binding(m, parent.metric, parent.group, "split", chunk_end=end, confidence=0.8)
        if any(
            b.frame in {"parallel", "split"}
            and (b.metric, b.group, b.mention.figure) == (split.metric, split.group, m.figure)
            for b in self.bindings
        ):
            # "une au Luc, une à Roquebrune et une à Fréjus": the same figure again is one claim (corpus guide),
            # but still a place of the split, so the next place finds it
            self.bound.add(m.start)
            self.repeated_splits.append(split)
            return True
        self.add(split)
        return True

    def phrase_split(self, m: Mention) -> bool:
        """ "Nueve personas murieron en el lugar de los hechos y cinco más en hospitales", "87 morts ont été
        répertoriés pour le district d'Ikongo et deux à Mananjary": after "and", a bare number and a place
        preposition, parallel to a prepositional phrase that closes the clause of the count before (between that
        count's chunk and "and": its verb, then the phrase). The places need not be names; the count's phrase must
        be there (a bare "… et deux en garde à vue" has none), plain words only within a few, and no state follows
        the preposition ("y cinco en estado grave")."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, m.start - 1) not in lang.coordinators:
            return False
        k = m.end + (_low(tokens, m.end) in lang.increment_after or _low(tokens, m.end) in lang.others_words)
        if _low(tokens, k) not in lang.place_preps or not self._plain(k + 1) or self._state_after(k + 1):
            return False
        place = False  # a preposition of place opens a phrase between the count's chunk and "and"
        for j in range(m.start - 2, max(-1, m.start - 2 - _PHRASE_BACK), -1):
            if not self._plain(j):
                return False
            place = place or _low(tokens, j) in lang.place_preps | lang.place_phrase_preps
            parent = next((b for b in reversed(self.bindings) if b.role == "count" and b.chunk_end == j), None)
            if parent is None:
                continue
            if parent.frame in _NOT_PARENT or not place:
                return False
            self.add(Binding(m, parent.metric, parent.group, "split", chunk_end=k + 2, confidence=0.75))
            return True
        return False

    def _plain(self, j: int) -> bool:
        """A word of a place phrase: no number, punctuation, clause boundary, verb of saying or casualty predicate."""
        tok, lang = _tok(self.tokens, j), self.lang
        return (
            tok is not None
            and tok.kind is WORD
            and tok.low not in lang.boundaries
            and tok.low not in lang.said_verbs
            and phrases(lang, "predicates").at(self.tokens, j) is None
        )

    def _state_after(self, k: int) -> bool:
        """A state or a degree within the first words after the preposition ("en estado grave", "en urgence")."""
        lows = {_low(self.tokens, j) for j in range(k, k + 3)}
        return bool(lows & (self.lang.severity_words | self.lang.place_states))

    def taken_to_hospital(self, m: Mention) -> bool:
        """ "Au moins 160 personnes ont été admises dans les hôpitaux", "40 pasajeros fueron trasladados a hospitales"."""
        tokens, lang = self.tokens, self.lang
        if not lang.care_verbs:
            return False
        k = self.skip_partitive_of(m)
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        if _low(tokens, k) in lang.others_words and k + 1 < len(tokens):
            k += 1  # session 22 (care23): "six other farm labourers were rushed to …" (en-91e2eaab-3)
        noun = _noun(tokens, k, lang)
        group: str | None = None
        if noun is not None and noun[0] in {"people", "group"}:
            group, k = noun[1], k + noun[2]
        elif k == m.end and not people_named_before(tokens, m, lang):  # session 17 (rom17): "las otras cuatro"
            return False  # a bare number needs "of them" to be people ("cuatro de las cuales")
        k = skip_aside(tokens, k) if lang.code in {"fr", "de", "es"} else k  # session 17: ", darunter …,"
        verb = self._within(k, lang.care_verbs)
        heads = lang.compound_heads
        place = self._within(verb + 1, lang.care_places, heads) if verb is not None else None
        end = place
        if place is None and lang.subject_reach:
            # Verb last: "fünf Personen … in umliegende Krankenhäuser gebracht".
            place = self._within(k, lang.care_places, heads, _VERB_LAST_REACH)
            end = self._within(place + 1, lang.care_verbs) if place is not None else None
        if end is None:
            return False
        self.add(Binding(m, "injured", group, "subject", chunk_end=end + 1, confidence=0.8))
        return True

    def skip_partitive_of(self, m: Mention) -> int:
        """After "N of them": where the noun or predicate starts."""
        them = phrases(self.lang, "of_them").at(self.tokens, m.end)
        return m.end if them is None else m.end + them[0]

    def _within(self, k: int, words: frozenset[str], compounds: bool = False, reach: int = _CARE_REACH) -> int | None:
        """The first of ``words`` within a few plain words from ``k`` (no number, punctuation or clause boundary);
        with ``compounds``, a compound whose head is one of them too ("ins Landesklinikum", "ins Kantonsspital":
        German and Dutch name a hospital by its kind before the head)."""
        lang = self.lang
        for j in range(k, min(len(self.tokens), k + reach)):
            tok = self.tokens[j]
            if tok.low in words or (compounds and _compound_of(tok.low, words)):
                return j
            if j > k and f"{self.tokens[j - 1].low} {tok.low}" in words:
                return j  # session 22 (care23): a two-word place by its head ("Shamir Medical Center")
            if tok.kind is not WORD or tok.low in lang.boundaries or tok.low in lang.said_verbs:
                return None
        return None


#: The shortest head a compound care place may end in ("spital", "klinik"; not a short word inside a longer one).
_SHORTEST_HEAD = 6


def _compound_of(low: str, heads: frozenset[str]) -> bool:
    """``low`` is a compound ending in one of ``heads``, with at least a short word before it."""
    return any(len(h) >= _SHORTEST_HEAD and len(low) > len(h) + 2 and low.endswith(h) for h in heads)
