"""Members listed in an aside after the victims: "Los migrantes, 13 hombres y dos mujeres, fueron rescatados",
"Sept personnes (cinq hommes et deux femmes) ont été tuées", "… wurden getötet (fünf Männer und zwei Frauen)".

Each member is a count with a noun of people; the aside opens right after a
victims' noun (or right after a bound count's clause) with a comma, a dash or a
bracket, and closes with the same mark (a bracket with its pair). The members
take the metric of a metric noun before the aside ("Los heridos, …") or
else the predicate right after it; an aside right after a count's
clause holds parts of that count, with its metric. The walks are bounded and
stop at any number no member holds, so other asides ("âgés de 20 et 25 ans",
"dont 3 enfants") keep their own frames.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD

__all__ = ["AppositionFrames"]

#: The marks that open an aside of members, and the mark that closes each.
_CLOSERS = {",": ",", "(": ")", "—": "—", "–": "–"}
#: Words that join the members of the aside.
_JOINS = frozenset({",", "and", "et", "y", "e", "und"})
#: How many tokens the aside may hold.
_REACH = 12
#: How many words a phrase on the victims' noun may have before the aside ("del vehículo", "de la voiture").
_PHRASE_WORDS = 3
#: Frames whose bindings count weapons or hang on another count: never the whole of the members.
_NOT_PARENT = frozenset({"weapon", "linked", "elliptic"})


class AppositionFrames(SentenceBase):
    """Members of an aside after the victims, with the predicate after it or the count's before it."""

    def apposition_member(self, m: Mention) -> bool:
        """ "Los migrantes, 13 hombres y dos mujeres, fueron rescatados": rescued men 13, women 2."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number":
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        opener = self._member_opener(m.start - 1)
        if opener is None:
            return False
        cues = phrases(lang, "group_cues")
        if str(m.figure) == "1" and any(cues.at(tokens, i) is not None for i in range(opener + 1, m.start)):
            # session 20 (fields21): "trois morts, dont un policier, et …" (fr-8c99edda-3): one person after a list's
            # cue is the group frame's, which counts a woman or a child only (the guide), whatever closes the aside
            return False
        closer = self._member_closer(m.end + noun[2], _CLOSERS[tokens[opener].text])
        if closer is None:
            return False
        named = phrases(lang, "metric_nouns").ending(tokens, opener - 1)  # "Los heridos, cuatro hombres y …"
        k, _ = self.gap(closer + 1)
        predicate = phrases(lang, "predicates").at(tokens, k)
        metric = named[1] if named is not None else predicate[1] if predicate is not None else None
        # "Los cinco ocupantes del vehículo, dos adultos y …": a short phrase may follow the noun of people
        head = opener if named is not None or self._people_before(opener) else self._phrase_before(opener)
        if metric is not None and head is not None:
            binding = Binding(m, str(metric), noun[1], "subject", chunk_end=m.end + noun[2], confidence=0.75)
            self.add(binding)
            total = self.mention_ending(head - 2) if named is None else None
            if total is not None and total.kind == "number" and total.start not in self.bound:
                # "Tres personas, dos hombres y una mujer, murieron": the count the members make up
                self.add(Binding(total, str(metric), None, "subject", chunk_end=opener, confidence=0.75))
            return True
        parent = next(
            (b for b in reversed(self.bindings) if b.role == "count" and b.frame not in _NOT_PARENT),
            None,
        )
        if tokens[opener].text != "(" or parent is None or parent.chunk_end != opener:
            return False  # "Sept personnes ont été tuées (cinq hommes …)": only a bracket right after the clause
        self.add(Binding(m, parent.metric, noun[1], "part", chunk_end=m.end + noun[2], confidence=0.7, role="group"))
        return True

    def _member_opener(self, j: int) -> int | None:
        """The mark opening the aside that holds the member starting at ``j + 1``, walking left over earlier
        members and their joiners (a comma right after a member joins), or ``None``."""
        tokens = self.tokens
        for i in range(j, max(-1, j - _REACH), -1):
            tok = tokens[i]
            if tok.text == ",":
                if not self._member_before(i) or self._total_before(i):
                    return i
            elif tok.text in _CLOSERS:
                return i
            elif tok.is_number and i not in self.by_start:
                return None  # a number no mention holds: no list of members
            elif not (tok.is_number or tok.kind is WORD):
                return None
        return None

    def _member_before(self, comma: int) -> bool:
        """Whether a member (a number and a noun of people) ends right before the comma at ``comma``."""
        tokens, lang = self.tokens, self.lang
        for back in (2, 3):
            start = comma - back
            m = self.by_start.get(start)
            if m is not None and m.kind == "number":
                noun = _noun(tokens, m.end, lang)
                if noun is not None and m.end + noun[2] == comma:
                    return True
        return False

    def _total_before(self, comma: int) -> bool:
        """Whether the count before the comma at ``comma`` is the whole the members after it make up: people with
        no group ("Tres personas, dos hombres y una mujer, …"), then a member named by a group."""
        tokens, lang = self.tokens, self.lang
        before = _noun(tokens, comma - 1, lang)
        after = self.by_start.get(comma + 1)
        if before is None or before[0] != "people" or after is None or after.kind != "number":
            return False
        member = _noun(tokens, after.end, lang)
        return member is not None and member[0] == "group"

    def _member_closer(self, k: int, mark: str) -> int | None:
        """The mark closing the aside from ``k``: later members and joiners only, or ``None``."""
        tokens = self.tokens
        for j in range(k, min(len(tokens), k + _REACH)):
            tok = tokens[j]
            if tok.text == mark and (mark != "," or not self._member_after(j)):
                return j
            if tok.is_number and j not in self.by_start:
                return None
            if not (tok.low in _JOINS or tok.is_number or tok.kind is WORD):
                return None
        return None

    def _member_after(self, comma: int) -> bool:
        """Whether a member (a number and a noun of people) starts right after the comma at ``comma``."""
        m = self.by_start.get(comma + 1)
        if m is None or m.kind != "number":
            return False
        noun = _noun(self.tokens, m.end, self.lang)
        return noun is not None and noun[0] in {"people", "group"}

    def _phrase_before(self, opener: int) -> int | None:
        """Where a short phrase on a noun of people opens ("ocupantes del vehículo", "occupants de la voiture")
        when it ends right before the aside at ``opener``: the position of its preposition, or ``None``."""
        tokens, lang = self.tokens, self.lang
        for i in range(opener - 2, max(0, opener - 2 - _PHRASE_WORDS), -1):
            tok = tokens[i + 1]
            if tok.kind is not WORD or tok.is_number:
                return None
            if tokens[i].low in lang.noun_preps:
                return i if self._people_before(i) else None
        return None

    def _people_before(self, opener: int) -> bool:
        """Whether a one-word noun of people ends right before the aside at ``opener`` ("Les victimes, …")."""
        tokens, lang = self.tokens, self.lang
        noun = _noun(tokens, opener - 1, lang)
        return noun is not None and noun[0] in {"people", "group"} and noun[2] == 1
