"""Frames that lean on the count before them: a part with no noun of its own
("2 750 blessés, dont environ 200 dans un état critique"), a part that is the
subject of its own verb ("6 mujeres, dos de las cuales han fallecido"), a verb
phrase standing for the predicate before ("y otros cuatro lo hicieron"), and
"among the" with a count or with the victims ("Entre los diez heridos figuran
tres menores", "deux enfants figuraient parmi les victimes").
"""

from __future__ import annotations

from casualtylog.figures import Figure
from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._identified_victims import age_qualifier
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tally_lists import past_intensifier
from casualtylog.text._tokens import PUNCT, WORD, Token

__all__ = ["PartFrames"]

#: Frames whose bindings count weapons or hang on another count: never the parent of a part.
_NOT_PARENT = frozenset({"weapon", "linked", "elliptic"})
#: How many words of an adverbial ("in the past two days", "on Monday") may stand between a count and its part's comma.
_ADVERBIAL_REACH = 8
#: How many words of the parent's clause may follow its chunk before the comma of a part.
_TAIL_REACH = 4


def _fits_within(part: Figure, whole: Figure) -> bool:
    """Whether ``part`` can be a part of ``whole``: never larger than all ``whole`` allows."""
    if whole.high is None:
        return True
    return part.low <= whole.high


def _capitalised(tokens: list[Token], k: int) -> bool:
    tok = _tok(tokens, k)
    return tok is not None and tok.is_capitalised and not tok.is_number


class PartFrames(SentenceBase):
    """Parts of the count before, pro-verbs and "among the": each finds its parent count."""

    def _parent(self, before: int) -> Binding | None:
        """The last count bound before token ``before`` (not a weapon, not a part)."""
        for b in reversed(self.bindings):
            if b.mention.start < before and b.role == "count" and b.frame not in _NOT_PARENT:
                return b
        return None

    def part_of_count(self, m: Mention) -> bool:
        """ "…, dont environ 200 dans un état critique", "…, 10 de las cuales están en estado crítico".

        The number is a part of the count right before (only a comma between),
        with that count's metric and group; it may not exceed that count.
        A part with a noun is the group frame's.
        """
        tokens, lang = self.tokens, self.lang
        if m.kind != "number":
            return False
        if self._next_degree(m):
            return True
        cue = phrases(lang, "group_cues").ending(tokens, m.start - 1)
        k = m.end
        if cue is not None:
            cue_start = m.start - cue[0]
        else:
            after = phrases(lang, "of_them").at(tokens, m.end)
            if after is not None:
                cue_start, k = m.start, m.end + after[0]
            elif _low(tokens, m.start - 1) == "," and _low(tokens, past_intensifier(tokens, m.end, lang)) in (
                lang.severity_words
            ):
                cue_start = m.start  # "Eleven people were injured, two seriously": how badly says it is a part
            else:
                return False
        k += _low(tokens, k) in lang.distributive_words  # "—one each in Leyte and Samar" (session 13)
        k = past_intensifier(tokens, k, lang)  # session 14 (fresh9rom): "dont sept très grièvement"
        nxt = _tok(tokens, k)
        # "cinco de ellas graves", "211 de ellas en Valencia": how badly or where, no noun of its own
        if nxt is not None and (
            nxt.low in lang.severity_words
            or (nxt.low in lang.place_preps and (cue is None or _capitalised(tokens, k + 1)))
        ):
            nxt = None  # after a cue only a named place: "dont 3381 en Turquie", not "dont 2 en urgence absolue"
        elif nxt is not None and cue is not None and phrases(lang, "part_only_places").at(tokens, k) is not None:
            nxt = None  # one place's alone: "dont 73 pour la seule région du Nord", "de los cuales 73 solo en Lima"
        if nxt is not None and (nxt.is_number or _noun(tokens, k, lang) is not None or nxt.low in lang.increment_after):
            return False  # a noun is the group frame's; "— 3 more than first said" compares, no part
        if (
            nxt is not None
            and nxt.kind is WORD
            and not (nxt.low in lang.function_words or nxt.low in lang.gap_words or nxt.low in lang.vague_links)
        ):
            return False  # "onder wie één agent": an unlisted noun names a group the frame cannot tell
        if nxt is not None and self._own_other_predicate(k):
            return False  # "Nineteen bodies were recovered, of whom three have been identified": no part of the dead
        parent = self._parent(m.start)
        if parent is None or parent.role != "count":
            return False
        start = parent.chunk_end
        noun = _noun(tokens, start, lang) if start == parent.mention.end else None
        if noun is not None:
            start += noun[2]  # a toll's chunk ends at its figure: "fait état de 40 victimes dont 25 …"
        between = tokens[start:cue_start]
        if not (self._clause_tail(between) or self._adverbial_comma(parent.chunk_end, cue_start)):
            return False
        if not _fits_within(m.figure, parent.mention.figure):
            return False
        # the part keeps the count's group (the guide: "six of them seriously" has the same metric and group)
        self.add(Binding(m, parent.metric, parent.group, "part", chunk_end=k, confidence=0.8, role="group"))
        return True

    def _own_other_predicate(self, k: int) -> bool:
        """Session 13 (fresh13): an auxiliary after the part, then a verb that is no casualty's ("of whom three have
        been identified", "dont trois ont été relâchés"): the part says what else befell some of them, and is no
        count of the metric. A casualty predicate ("of whom three were hospitalised"), a place ("are in hospital"),
        a degree or a noun ("are children") after the auxiliary keeps it a part. Not in French and Spanish, whose
        parts end in participles of care and transfer the predicates do not list (whole dev lost three right
        claims with them)."""
        tokens, lang = self.tokens, self.lang
        if lang.adjective_after_noun:
            return False
        j, gaps = self.gap(k)
        tok = _tok(tokens, j)
        if not gaps or tok is None or tok.kind is not WORD:
            return False
        return not (
            phrases(lang, "predicates").at(tokens, j) is not None
            or tok.low in lang.severity_words
            or tok.low in lang.place_preps
            or tok.low in lang.function_words
            or tok.low in lang.gap_words
            or _noun(tokens, j, lang) is not None
        )

    def _next_degree(self, m: Mention) -> bool:
        """ "Twelve people were injured, 2 seriously and 10 slightly": a part with its degree joined to a part
        with its degree before it is a part of the same count (the walk back from the second finds a number)."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, m.end) not in lang.severity_words:
            return False
        if _low(tokens, m.start - 1) not in lang.number_joiners | {","}:
            return False
        if _low(tokens, m.start - 2) not in lang.severity_words:
            return False
        first = next((b for b in self.bindings if b.frame == "part" and b.mention.end == m.start - 2), None)
        if first is None:
            return False
        parent = self._parent(first.mention.start)
        if parent is None or parent.metric != first.metric or not _fits_within(m.figure, parent.mention.figure):
            return False
        self.add(Binding(m, first.metric, None, "part", chunk_end=m.end + 1, confidence=0.8, role="group"))
        return True

    def _adverbial_comma(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` are a comma, or a short adverbial and a comma: "killed 42 people
        in the past two days, including 35 in Patna" — when or where the count happened, no verb, no
        clause boundary and no count of its own, so the part still hangs on the count before it."""
        tokens, lang = self.tokens, self.lang
        if end <= start or tokens[end - 1].text != "," or end - 1 - start > _ADVERBIAL_REACH:
            return False
        predicates, verbs = phrases(lang, "predicates"), phrases(lang, "active_verbs")
        for i in range(start, end - 1):
            t = tokens[i]
            if t.kind is PUNCT or t.low in lang.boundaries or i in self.bound:
                return False
            if t.low in lang.said_verbs or t.low in lang.relative_openers or t.low in lang.relative_pronouns:
                return False  # "selon la préfecture qui a compté 40 véhicules, dont trois": another clause's part
            if predicates.at(tokens, i) is not None or verbs.at(tokens, i) is not None:
                return False
        return True

    def _clause_tail(self, between: list[Token]) -> bool:
        """Whether ``between`` (from the parent count's chunk to a part's cue) is nothing, a comma, or the rest
        of the parent's clause and then a comma: a few plain words, no number, no clause boundary
        ("blessées hier soir, dont deux", "eingeliefert werden, einer davon", "heridas anoche, dos de ellas")."""
        if len(between) <= 1:
            return all(t.text == "," for t in between)
        lang = self.lang
        return (
            between[-1].text == ","
            and len(between) - 1 <= _TAIL_REACH
            and all(
                t.kind is WORD and t.low not in lang.boundaries and t.low not in lang.said_verbs
                for t in between[:-1]
            )
        )

    def relative_subject(self, m: Mention) -> bool:
        """ "6 mujeres, dos de las cuales han fallecido": the part takes the group of the noun before the comma."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number":
            return False
        if self._next_degree(m):
            return True
        cue = phrases(lang, "group_cues").ending(tokens, m.start - 1)
        k = m.end
        if cue is not None:
            comma = m.start - cue[0] - 1
        else:
            after = phrases(lang, "of_them").at(tokens, m.end)
            if after is None:
                return False
            comma, k = m.start - 1, m.end + after[0]
        if _low(tokens, comma) != ",":
            return False
        antecedent = phrases(lang, "group_nouns").ending(tokens, comma - 1)
        if antecedent is None or self.mention_ending(comma - 1 - antecedent[0]) is None:
            return False
        k, gaps = self.gap(k)
        predicate = phrases(lang, "predicates").at(tokens, k)
        if predicate is None:
            return False
        group = str(antecedent[1])
        self.add(
            Binding(m, str(predicate[1]), group, "subject", chunk_end=k + predicate[0], confidence=0.85 - 0.01 * gaps)
        )
        return True

    def pro_verb(self, m: Mention) -> bool:
        """ "Diez de ellos fallecieron …, y otros cuatro lo hicieron en el hospital": the verb before, by proxy."""
        tokens, lang = self.tokens, self.lang
        if not lang.pro_verbs:
            return False
        k = m.end
        noun = _noun(tokens, k, lang)
        group: str | None = None
        if noun is not None:
            if noun[0] not in {"people", "group"}:
                return False
            group, k = noun[1], k + noun[2]
        verb = phrases(lang, "pro_verbs").at(tokens, k)
        if verb is None:
            return False
        parent = self._parent(m.start)
        if parent is None or parent.frame != "subject":
            return False
        self.add(Binding(m, parent.metric, group, "subject", chunk_end=k + verb[0], confidence=0.8))
        return True

    def among_counted(self, m: Mention) -> bool:
        """ "Entre los diez heridos figuran tres menores", "deux enfants figuraient parmi les victimes".

        Before the group: "among the (N) <metric noun>"; after it: "among the
        victims", whose metric is the count's before (no count, no binding).
        """
        tokens, lang = self.tokens, self.lang
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] != "group":
            return False
        group, end = noun[1], m.end + noun[2]
        among = phrases(lang, "among_the")
        metric = self._among_metric(m.start - 1) or self._among_listed(m)
        if metric is None:
            k, _ = self.gap(end)
            hit = among.at(tokens, k)
            if hit is None:
                return False
            k += hit[0]
            if (total := self.by_start.get(k)) is not None:
                k = total.end
            if _low(tokens, k) not in lang.victim_nouns:
                return False
            parent = self._parent(m.start)
            if parent is None:
                return False
            metric = parent.metric
        self.add(Binding(m, metric, group, "among", chunk_end=end, confidence=0.8))
        return True

    def _among_listed(self, m: Mention) -> str | None:
        """A later member of "entre los fallecidos hay 3.038 menores, 1.726 mujeres y 414 ancianos": the first's metric."""
        joiner = m.start - 1
        if _low(self.tokens, joiner) != "," and _low(self.tokens, joiner) not in self.lang.number_joiners:
            return None
        last = self.bindings[-1] if self.bindings else None
        if last is None or last.frame != "among":
            return None
        # session 14 (fresh10en): "elf kinderen jonger dan veertien jaar en twee vrouwen": an age between
        aged = age_qualifier(self.tokens, last.chunk_end, joiner, self.lang)
        return last.metric if last.chunk_end == joiner or aged else None

    def _among_metric(self, j: int) -> str | None:
        """The metric of "among the (N) injured" ending at ``j`` (gap words skipped), or ``None``."""
        tokens, lang = self.tokens, self.lang
        skipped = 0
        while skipped < 2 and _low(tokens, j) in lang.gap_words:
            j -= 1
            skipped += 1
        head = phrases(lang, "metric_nouns").ending(tokens, j)
        if head is None:
            return None
        j -= head[0]
        if (total := self.mention_ending(j)) is not None:
            j = total.start - 1
        return str(head[1]) if phrases(lang, "among_the").ending(tokens, j) is not None else None
