"""Frames for counts whose verb or noun stands elsewhere in the sentence.

- a relative partitive: "Russia launched 70 drones, 58 of which it shot down",
  "six rockets were fired, three of which … were intercepted": the part takes
  the group of the count before and the verb of its own relative clause;
- distributive ellipsis: "11 drones were shot down over Belgorod, 28 over
  Voronezh, and 17 over Rostov", "1,000 people died in Tacloban and at least
  200 more in Samar": a bare count before the same preposition as the full
  clause before it repeats that clause's metric and group.

Both look only a bounded number of tokens around the mention, so they keep
extraction linear.
"""

from __future__ import annotations

from itertools import chain

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._breakdown_places import BreakdownPlaces
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun, _weapon_verb_at
from casualtylog.text._phrases import phrases
from casualtylog.text._tally_lists import elided_time_after
from casualtylog.text._tokens import PUNCT, WORD
from casualtylog.text._weapon_breakdown import WeaponBreakdown

__all__ = ["EllipsisFrames"]

#: "of which", "of whom": the relative pronoun after the "of" of a partitive, per language.
#: Only English puts the count first; the other languages say "dont 58", "waarvan 58".
_RELATIVE_OF = {"en": frozenset({"which", "whom"})}
#: How many tokens a relative clause may take before its verb ("three of which crossed into Israel and were intercepted").
_RELATIVE_REACH = 8
#: Prepositions that open a place or occasion after an elided verb, per language.
_PLACE_PREPS = {
    # Session 22 (issue 13): "from" too, where the places are origins ("144 people were displaced from Nangade
    # district, 121 from Macomia", en-923f3596-5)
    "en": frozenset({"in", "over", "on", "at", "near", "across", "outside", "inside", "from"}),
    "nl": frozenset({"in", "bij", "op", "boven", "rond"}),
    "fr": frozenset({"à", "dans", "au", "aux", "en", "sur", "près"}),
    "de": frozenset({"in", "im", "bei", "beim", "über", "auf", "an", "am"}),
    "es": frozenset({"en", "sobre", "cerca"}),
}
#: German prepositions fused with their article are the same preposition: "starben im Schwarzwald, fünf
#: in Graubünden, einer am Kitzbühler Horn" is one list of places. Session 22 (issue 13): English "from" a region
#: is "in" it in a list of places ("Eight deaths were recorded in the Zamboanga Peninsula, seven from Northern
#: Mindanao", en-8f3a0d90-3).
_FUSED = {"im": "in", "am": "an", "beim": "bei", "from": "in"}
#: How far before the full clause's count its place may stand ("En Ciudad de México hay 204 fallecidos, 74 en …").
_PLACE_BEFORE_REACH = 8
#: Coordination before an elided clause's count: ", 28 over …", "and 17 over …".
_JOINERS = frozenset({",", "and", "en", "et", "und", "y"})
#: How far back the full clause whose verb is elided may stand.
_PARALLEL_REACH = 24
#: Frames whose binding carries a verb an elided clause can repeat.
_FULL_FRAMES = frozenset({"subject", "object", "weapon", "parallel"})
#: Session 14 (fresh9rom): bodies found, too, may be repeated on another day ("cinq corps ont été récupérés … et
#: quatre autres le lendemain").
_TIMED_FRAMES = _FULL_FRAMES | {"bodies"}


class EllipsisFrames(WeaponBreakdown, BreakdownPlaces, SentenceBase):
    """The frames for relative partitives and distributive ellipsis."""

    def relative_part(self, m: Mention) -> bool:
        """ "70 drones, 58 of which it shot down": intercepted 58 drones (the group of the count before)."""
        tokens, lang = self.tokens, self.lang
        pronouns = _RELATIVE_OF.get(lang.code)
        of = phrases(lang, "of_words").at(tokens, m.end)
        if not pronouns or of is None or m.kind != "number" or _low(tokens, m.end + of[0]) not in pronouns:
            return False
        start = m.end + of[0] + 1
        before = [b for b in self.bindings if b.mention.start < m.start and b.role == "count"]
        if not before:
            return False
        antecedent = before[-1]
        weapons = antecedent.frame in {"weapon", "linked", "elliptic"}
        predicates = phrases(lang, "predicates")
        for k in range(start, min(len(tokens), start + _RELATIVE_REACH)):
            tok = tokens[k]
            if tok.is_number or (tok.kind is PUNCT) or (tok.low in lang.boundaries and tok.low not in _JOINERS):
                return False
            if tok.low in lang.said_verbs and not weapons:
                continue  # "39 of whom the military says are dead": the verb of saying is not the clause's
            metric: str | None
            if weapons:
                metric = _weapon_verb_at(tokens, k, lang)
            else:
                hit = predicates.at(tokens, k)
                metric = None if hit is None else str(hit[1])
            if metric is not None:
                self.add(Binding(m, metric, antecedent.group, "relative", chunk_end=start, confidence=0.78))
                return True
        return False

    def parallel(self, m: Mention) -> bool:
        """ "…, 28 over the Voronezh Region": the metric and group of the full clause before, same preposition."""
        tokens, lang = self.tokens, self.lang
        preps = _PLACE_PREPS.get(lang.code)
        if self.weapon_breakdown(m):  # session 14 (fresh9en): "22 UAVs: 8 UAVs over Oryol, 7 UAVs over Kursk"
            return True
        if not preps or m.kind != "number" or not self.bindings:
            return False  # it repeats a binding before: with none yet, nothing to repeat
        if self.fronted_place(m, preps, _JOINERS):  # session 14 (fresh10en): "…, in North-Carolina drie en in …"
            return True
        # "and at least 200 more in Samar": more of the same elsewhere, not an increment of it.
        more = m.increment and _low(tokens, m.end - 1) in lang.increment_after
        # session 14 (fresh10en): "… and another one near Chaltyr": one more place of the same clause
        another = m.increment and not more and self.another_before(m, _JOINERS)
        if m.increment and not (more or another):
            return False
        j = m.start - 1
        if _low(tokens, j) in lang.others_words and _low(tokens, j - 1) in _JOINERS:
            j -= 1  # "… murieron en Madrid y otras diez en Puebla": "others" before the number, as after it
        # session 14 (fresh10en): "18 drones, including 11 over …", "ten died (nine in …": a breakdown's opener
        opener = self.breakdown_opener(j)
        if _low(tokens, j) not in _JOINERS and not opener:
            return False
        k = m.end
        if _low(tokens, k) in lang.others_words:
            k += 1
        elif _low(tokens, k) not in lang.severity_words:  # "y 20 leves": a degree, not a noun of people
            noun = _noun(tokens, k, lang)
            if noun is not None:
                k += noun[2]
        prep = _low(tokens, k)
        # "42 wurden leicht verletzt, neun mittelschwer und einer schwer": how badly, for an injured count
        severity = prep in lang.severity_words and self._ends_clause(k + 1)
        # session 14 (fresh9rom): "… et quatre autres le lendemain": "others" on another day, the verb elided
        named = k > m.end or more or j < m.start - 1  # "quatre autres", "four more", "otras dos"
        timed = not severity and named and elided_time_after(tokens, k, lang)
        elsewhere = not severity and self.elsewhere_at(k)  # session 14 (fresh10en): "and two elsewhere in the state"
        if not (severity or timed or elsewhere) and (
            prep not in preps or not (self._place_after(k + 1) or self.place_of_after(k + 1))
        ):
            return False
        frames = _TIMED_FRAMES if timed else _FULL_FRAMES
        for b in reversed(self.bindings):
            if b.mention.start >= m.start or b.role != "count" or b.frame not in frames:
                continue
            if severity:
                if m.start - b.chunk_end > _PARALLEL_REACH or not self._severity_split(b, j):
                    return False
            elif timed or elsewhere or opener:
                if m.start - b.chunk_end > _PARALLEL_REACH or not self._parallel_gap(b.chunk_end, j, None):
                    return False
            elif m.start - b.chunk_end > _PARALLEL_REACH or not (
                self._parallel_gap(b.chunk_end, j, prep) or self._place_before(b.mention.start, b.chunk_end, j, prep)
            ):
                return False
            noun = _noun(tokens, m.end, lang)
            if noun is not None and noun[1] != b.group:
                return False
            # Session 22 (issue 13): an elided clause repeats the whole clause, its "more" too ("11 more deaths from
            # Sindh …, one in Punjab, and one more death in Khyber-Pakhtunkhwa", en-5a3c32cb-4: +1, said twice); a
            # part of a breakdown after its opener is a plain count ("10 more people died, including six in Buffalo",
            # en-d0840df3-8; "cinco decesos más: cuatro en Sonora", es-e2faa34b-2: the guide labels 6 and 4)
            m.increment = b.mention.increment and not (more or another or opener or b.whole is not None)
            place = Binding(m, b.metric, b.group, "parallel", chunk_end=k, confidence=0.75)
            if opener or b.whole is not None:
                place.whole = b  # the list goes on after its first part ("…: cuatro en Sonora y uno en …")
            if any(
                o.frame in {"parallel", "split"}
                and (o.metric, o.group, o.mention.figure) == (b.metric, b.group, m.figure)
                for o in self.bindings
            ):
                # "une au Luc, une à Roquebrune et une à Fréjus": the same figure again is one claim (corpus guide)
                self.bound.add(m.start)
                self.repeated_splits.append(place)
                return True
            self.add(place)
            return True
        return False

    def _parallel_gap(self, start: int, end: int, prep: str | None) -> bool:
        """Whether ``prep`` opens a phrase in ``start..end`` (``None``: any or none) and nothing there ends the
        sentence's list."""
        seen = prep is None
        for i in range(start, end):
            tok = _tok(self.tokens, i)
            if tok is None or (tok.is_number and not self._counted(i) and not self._numbered_name(i)):
                return False
            if tok.kind is PUNCT and tok.text not in {",", "(", ")"}:
                return False
            if tok.low in self.lang.said_verbs:
                return False
            seen = seen or (prep is not None and _FUSED.get(tok.low, tok.low) == _FUSED.get(prep, prep))
        return seen

    def _numbered_name(self, i: int) -> bool:
        """Session 22 (issue 13): a number that ends a place's name ("16 in Region 10 (Northern Mindanao), five in
        Region 5", en-146f7e80-3): right after a capitalised word, itself no count of the list."""
        before = _tok(self.tokens, i - 1)
        return before is not None and before.is_capitalised and not before.is_number and i not in self.bound

    def _counted(self, i: int) -> bool:
        """Whether a figure bound before holds token ``i``. Session 14 (fresh9en): a figure said again in the list
        ("three over Kursk, three over Lipetsk, two over Tambov") is counted once but still a member of the list,
        not a number that ends it. Asked only at a number in the gap, so no set of every bound token per gap."""
        return any(b.mention.start <= i < b.mention.end for b in chain(self.bindings, self.repeated_splits))

    def _ends_clause(self, k: int) -> bool:
        tok = _tok(self.tokens, k)
        return tok is None or tok.kind is PUNCT or tok.low in self.lang.boundaries

    def _severity_split(self, b: Binding, comma: int) -> bool:
        """An injured count whose own predicate says how badly ("leicht verletzt", "heridos graves"), right before
        the comma or "and" at ``comma``: a bare count with another degree shares it."""
        severity = self.lang.severity_words
        # "12 heridos graves y 20 leves": the degree after the predicate (and the list's comma)
        after = [t for t in self.tokens[b.chunk_end : comma] if t.text != ","]
        if b.metric != "injured" or len(after) > 1 or any(t.low not in severity for t in after):
            return False
        return any(t.low in severity for t in self.tokens[b.mention.end : comma])

    def _place_before(self, start: int, chunk_end: int, comma: int, prep: str) -> bool:
        """ "En Ciudad de México hay 204 fallecidos, 74 en Morelos": the full clause names its place before its
        count, and only a comma stands between that count and the bare one."""
        if comma != chunk_end or _low(self.tokens, comma) != ",":
            return False
        for i in range(start - 1, max(-1, start - 1 - _PLACE_BEFORE_REACH), -1):
            tok = self.tokens[i]
            if tok.kind is PUNCT or tok.is_number:
                return False
            if tok.low == prep and self._place_after(i + 1):
                return True
        return False

    def _place_after(self, k: int) -> bool:
        """A named place within a few words ("over the Voronezh Region"): "20 in hospital" elides nothing."""
        for i in range(k, min(len(self.tokens), k + 3)):
            tok = self.tokens[i]
            if tok.kind is not WORD:
                return False
            if tok.is_capitalised:
                return True
        return False
