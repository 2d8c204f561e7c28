"""Casualty frames: running totals, subjects, objects, "among the dead", parts of a count and zeros."""

from __future__ import annotations

import builtins

from casualtylog.figures import Figure
from casualtylog.text._binding import _COORD, Binding
from casualtylog.text._mentions import _FROM, Mention, _low, _tok
from casualtylog.text._nouns import _noun, compound_metric
from casualtylog.text._phrases import phrases
from casualtylog.text._subject_shapes import SubjectShapes
from casualtylog.text._tokens import Kind, Token
from casualtylog.text._toll_shapes import confirmed_before, counted_ending, split_cue, verb_final_change
from casualtylog.text._verb_first import bodies_found_of, predicate_before_nobody

__all__ = ["CountFrames"]

_TO = frozenset({"to", "naar", "tot"})
#: How many tokens a list of members may take ("including nine children and three women").
_LIST_REACH = 14
#: How many tokens a toll noun may stand before its verb.
_TOLL_REACH = 20
#: A bare "of", "is" or "at" ties a number to a toll only close by.
_STATIC_REACH = 12
_AFTER_OBJECT = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "across",
        "near",
        "as",
        "when",
        "after",
        "before",
        "overnight",
        "yesterday",
        "today",
        "op",
        "bij",
        "tijdens",
        "na",
        "voor",
    ]
)


#: Marks around an aside between a subject and its verb, and how many words may open it before its cue.
_ASIDE_MARKS = frozenset({",", "-", "—", "–"})
_ASIDE_LEAD = 3


def _word(tokens: list[Token], k: int) -> bool:
    tok = _tok(tokens, k)
    return tok is not None and tok.kind is Kind.WORD


class CountFrames(SubjectShapes):
    """The frames that bind counts of people: totals, subjects, objects, groups, zeros."""

    def toll(self, m: Mention) -> bool:
        """ "the death toll (has) rose/risen to 12", "a death toll of 12", "het dodental steeg tot 12"."""
        tokens, lang = self.tokens, self.lang
        j = m.start - 1
        cues = phrases(lang, "toll_cues")
        cue = cues.ending(tokens, j)
        kind: str | None = None
        cue_start = j
        before = self.mention_ending(j - 1)
        origin: Mention | None = None
        if _low(tokens, j) in _TO and before is not None and _low(tokens, before.start - 1) in _FROM:
            verb_at = before.start - 2  # "rose from 10 to 12"
            update_verbs = {p.split()[0] for p, k in lang.toll_cues.items() if k == "update" and " " in p}
            if _low(tokens, verb_at) in update_verbs:
                kind, cue_start, origin = "update", verb_at, before
        elif _low(tokens, j) in _TO and (verb_final := verb_final_change(self, j)) is not None:
            kind, cue_start, origin = "update", verb_final.start - 1, verb_final  # "is van 1252 gestegen naar 1333"
        split = split_cue(tokens, j, lang) if kind is None and cue is None else None
        if split is not None:
            cue_start, kind = split  # "het dodental ligt daarmee al op 270"
        if kind is None:
            if cue is None:
                return False
            kind, cue_start = str(cue[1]), j - cue[0] + 1
        nouns = phrases(lang, "toll_nouns")
        between: list[Token] = []
        for back in range(_TOLL_REACH):
            end = cue_start - 1 - back
            if end < 0:
                return False
            if back:
                # Material between the toll and its verb ("the death toll from the
                # ferry that capsized on the river has risen to 65"): words, dates,
                # commas; never a count, a clause boundary or other punctuation.
                t = tokens[end + 1]
                if t.is_number or (t.kind is Kind.PUNCT and (t.text != "," or kind == "static")):
                    return False
                if (t.low in lang.boundaries and t.low not in _COORD) or (kind == "static" and back > _STATIC_REACH):
                    return False
                between.append(t)
            hit = nouns.ending(tokens, end)
            group: str | None = None
            counted = None if hit is not None else counted_ending(tokens, end, lang, cue_start)
            if counted is not None:  # "het bevestigde aantal gewonden kinderen ligt op 74"
                hit, group = (counted[0], counted[1]), counted[2]
            if hit is not None:
                moving = {p.split()[0] for p, k in lang.toll_cues.items() if k != "static"}
                if kind == "static" and any(t.low in moving for t in between):
                    return False  # "steeg van 10 naar 12": 10 is where it rose from
                if kind == "static" and any(t.low in lang.update_cues for t in between):
                    kind = "update"
                binding = Binding(
                    m, str(hit[1]), group, "toll", cue=kind, chunk_end=m.end, confidence=0.92 - 0.01 * min(back, 10)
                )
                binding.update = kind == "update"
                if confirmed_before(tokens, end - hit[0] + 1, end, lang):
                    binding.status = "confirmed"
                if kind == "projected":
                    binding.status = "projected"
                if origin is not None and origin.start not in self.bound:
                    # "steeg van ruim 140 naar bijna 200": the count it rose from was a count too.
                    first = Binding(
                        origin, str(hit[1]), group, "toll", chunk_end=origin.end, confidence=binding.confidence
                    )
                    first.status = binding.status if binding.status == "confirmed" else first.status
                    self.add(first)
                self.add(binding)
                return True
        return False

    def among_before(self, m: Mention) -> bool:
        """ "Among the dead are three children"."""
        tokens, lang = self.tokens, self.lang
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] != "group":
            return False
        j = m.start - 1
        skipped = 0
        while skipped < 2 and _low(tokens, j) in lang.gap_words:
            j -= 1
            skipped += 1
        metric = phrases(lang, "metric_nouns").ending(tokens, j) or phrases(lang, "predicates").ending(tokens, j)
        if metric is None:
            return False
        if phrases(lang, "among_the").ending(tokens, j - metric[0]) is None:
            return False
        self.add(Binding(m, str(metric[1]), noun[1], "among", chunk_end=m.end + noun[2], confidence=0.8))
        return True

    def subject(self, m: Mention) -> bool:
        """ "12 people were killed", "12 dead", "12 doden", "two more bodies", "3 children were among the injured"."""
        tokens, lang = self.tokens, self.lang
        k = partitive_end = self.skip_partitive(m.end)
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        if m.kind == "vague" and _low(tokens, k) in lang.increment_after:
            k += 1  # "varias decenas más resultaron heridas": a vague figure is never an increment
        direct = phrases(lang, "metric_nouns").at(tokens, k)
        if direct is not None:
            k += direct[0]
            described = _noun(tokens, k, lang)  # the metric word as an adjective: "twee gewonde mannen"
            if described is not None and described[0] == "group" and m.kind == "number":
                self.add(
                    Binding(m, str(direct[1]), described[1], "subject", chunk_end=k + described[2], confidence=0.88)
                )
                return True
            if _low(tokens, k) in lang.increment_after and m.kind == "number":
                m.increment = True
                k += 1
            self.add(Binding(m, str(direct[1]), None, "subject", chunk_end=k, confidence=0.9))
            return True
        compound = compound_metric(_tok(tokens, k), lang)  # "467 burgerdoden", "drei Schwerverletzte"
        if compound is not None:
            self.add(Binding(m, compound[0], compound[1], "subject", chunk_end=k + 1, confidence=0.85))
            return True
        noun = _noun(tokens, k, lang)
        group: str | None = None
        if noun is not None:
            if noun[0] == "weapon":
                return False
            group = noun[1]
            k += noun[2]
            if _low(tokens, k) in lang.increment_after and m.kind == "number":
                m.increment = True
                k += 1
            if noun[0] == "body":
                self.add(Binding(m, "killed", None, "bodies", chunk_end=k, confidence=0.85))
                return True
            k = self.skip_coordinated_subject(k)
        k = self.skip_apposition(k)
        if noun is not None and _low(tokens, k - 1) == ",":
            k = self.skip_coordinated_subject(k)  # "Four troops, including a colonel, and three militants were killed"
        k, gaps = self.gap(k)
        among = phrases(lang, "among_the").at(tokens, k)
        if among is not None and noun is not None:
            what = phrases(lang, "metric_nouns").at(tokens, k + among[0]) or phrases(lang, "predicates").at(
                tokens, k + among[0]
            )
            if what is None:
                return False
            self.add(Binding(m, str(what[1]), group, "among", chunk_end=k, confidence=0.8))
            return True
        predicate = phrases(lang, "predicates").at(tokens, k) or self.to_death(k)
        if predicate is not None and predicate[0] == 1 and self.particle_before_time(k):
            predicate = None
        reach = 0
        if predicate is None and noun is not None:
            reach, predicate = self.final_predicate(k)
        if predicate is None:
            return False
        binding = Binding(m, str(predicate[1]), group, "subject", chunk_end=k + reach + predicate[0])
        binding.confidence = 0.9 - 0.01 * gaps - 0.02 * reach
        self.add(binding)
        self.bound.update(p for p in range(m.end, partitive_end) if p in self.by_start)  # the whole of "52 der 61"
        return True

    def skip_partitive(self, k: int) -> int:
        """Skip "of them" or "of the" before the victims' noun: "two of them were injured", "tres de los atacantes murieron".

        The count is the number's; the noun after "of the" names who they are.
        """
        tokens, lang = self.tokens, self.lang
        them = phrases(lang, "of_them").at(tokens, k)
        if them is not None:
            return k + them[0]
        of = phrases(lang, "of_words").at(tokens, k)
        if of is None:
            return k
        j = k + of[0]
        if _low(tokens, j) in lang.determiners:
            j += 1
        if _low(tokens, j).endswith(("'s", "’s")):
            j += 1  # "of the train's 341 passengers": whose whole it is
        tok = _tok(tokens, j)
        if tok is not None and tok.is_number:
            return self.skip_whole(k, j)
        if tok is None:
            return k
        noun = _noun(tokens, j, lang)
        return j if noun is not None and noun[0] in {"people", "group"} else k

    def skip_whole(self, k: int, j: int) -> int:
        """ "30 of (the train's) 341 passengers were injured": the whole is no count of the predicate; skip it."""
        whole = self.by_start.get(j)
        if whole is None or whole.kind != "number":
            return k
        noun = _noun(self.tokens, whole.end, self.lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return k
        self.bound.add(whole.start)
        return whole.end

    def final_predicate(self, k: int) -> tuple[int, tuple[int, object] | None]:
        """A predicate at the end of the clause in a verb-final language: (how far, the predicate).

        "Meer dan 31.100 mensen zijn door de aanvallen gewond geraakt": the
        words between the subject and its participle are skipped, up to
        :attr:`LanguageData.subject_reach` of them, never a number, a
        punctuation mark, a clause boundary or a verb of saying.
        """
        tokens, lang = self.tokens, self.lang
        predicates = phrases(lang, "predicates")
        for reach in range(1, lang.subject_reach + 1):
            tok = _tok(tokens, k + reach - 1)
            if tok is None or tok.kind is not Kind.WORD or tok.low in lang.boundaries or tok.low in lang.said_verbs:
                return 0, None
            hit = predicates.at(tokens, k + reach)
            if hit is not None and hit[0] == 1 and self.particle_before_time(k + reach):
                hit = None
            if hit is not None:
                return reach, hit
        return 0, None

    def skip_coordinated_subject(self, k: int) -> int:
        """Skip "and 3 soldiers" in "2 civilians and 3 soldiers were killed" (or "and an officer")."""
        if _low(self.tokens, k) not in {"and", "en"}:
            return k
        single = _tok(self.tokens, k + 2)
        if (
            _low(self.tokens, k + 1) in self.lang.ambiguous_number_words
            and single is not None
            and single.kind is Kind.WORD
            and not single.is_capitalised
            and single.low not in self.lang.function_words
        ):
            return k + 3  # "two sergeants and an officer were wounded": the officer is no count of his own
        other = self.by_start.get(k + 1)
        if other is None or other.kind != "number":
            return k
        noun = _noun(self.tokens, other.end, self.lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return k
        return other.end + noun[2]

    def skip_apposition(self, k: int) -> int:
        """Skip ", including three children," (or "including 12 militants and six soldiers") between a subject and its verb.

        An aside between commas or dashes may open with a few words before its
        cue: ", many of them children,", "-- a vast majority of them civilians -".
        """
        tokens, lang = self.tokens, self.lang
        opener = _low(tokens, k)
        comma = opener in _ASIDE_MARKS
        while comma and _low(tokens, k + comma) == opener:
            k += 1  # "--"
        cues = phrases(lang, "group_cues")
        lead = 0
        cue = cues.at(tokens, k + comma)
        while comma and cue is None and lead < _ASIDE_LEAD and _word(tokens, k + comma + lead):
            lead += 1
            cue = cues.at(tokens, k + comma + lead)
        if cue is None:
            return k
        predicates = phrases(lang, "predicates")
        for j in range(k + comma + lead + cue[0], min(len(tokens), k + _LIST_REACH)):
            low = tokens[j].low
            if comma and low in _ASIDE_MARKS and (low == "," or opener != ","):
                return j + 1 + (_low(tokens, j + 1) == low)
            if not comma and (low in lang.gap_words or predicates.at(tokens, j) is not None):
                return j
            if tokens[j].kind is Kind.PUNCT or (low in lang.boundaries and low not in _COORD):
                return k
        return k

    def object(self, m: Mention) -> bool:
        """ "killed 12 (people)", "killing at least 5 and injuring 12"."""
        tokens, lang = self.tokens, self.lang
        verbs = phrases(lang, "active_verbs")
        verb = verbs.ending(tokens, m.start - 1)
        if verb is None and (
            _low(tokens, m.start - 1) in lang.gap_words or _low(tokens, m.start - 1) in lang.object_markers
        ):
            verb = verbs.ending(tokens, m.start - 2)  # "stierven al zeker 16.546 mensen"
        if verb is None:
            verb = verbs.ending(tokens, self.before_container(m.start))
        if verb is None:
            verb = bodies_found_of(tokens, m.start - 1, lang)  # "de lichamen gevonden van 14 mensen"
        metric: str | None = None
        metric = str(verb[1]) if verb is not None else self.coordinated(m)
        inverted = False
        if metric is None:
            metric = self.inverted_predicate(m)
            inverted = metric is not None
        if metric is None:
            return False
        k = m.end
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        noun = _noun(tokens, k, lang)
        group: str | None = None
        if noun is not None:
            if noun[0] in {"weapon", "body"}:
                return False
            group = noun[1]
            k += noun[2]
        elif inverted:
            return False
        else:
            nxt = _tok(tokens, k)
            if not (
                nxt is None
                or nxt.kind is Kind.PUNCT
                or nxt.low in lang.boundaries
                or nxt.low in _AFTER_OBJECT
                or phrases(lang, "group_cues").at(tokens, k) is not None
            ):
                return False
        self.add(Binding(m, metric, group, "object", chunk_end=k, confidence=0.9))
        return True

    def inverted_predicate(self, m: Mention) -> str | None:
        """The metric of a predicate before its subject: "murieron 12 personas", "starben 12 Menschen", "sont mortes 12 personnes".

        Only with a victims' noun after the number (the caller checks), so a
        bare number after a participle ("blessés 12") stays unbound.
        """
        if not self.lang.predicate_first:
            return None
        predicates = phrases(self.lang, "predicates")
        j = m.start - 1
        if _low(self.tokens, j) in self.lang.gap_words:
            j -= 1
        hit = predicates.ending(self.tokens, j)
        return None if hit is None else str(hit[1])

    def coordinated(self, m: Mention) -> str | None:
        """The metric of the object before "and": "killed 12 civilians and 3 soldiers"."""
        j = m.start - 1
        if _low(self.tokens, j) not in _COORD:
            return None
        if _low(self.tokens, j) == "and" and _low(self.tokens, j - 1) == ",":
            j -= 1
        for b in reversed(self.bindings):
            if b.frame == "object" and b.chunk_end == j:
                noun = _noun(self.tokens, m.end, self.lang)
                return b.metric if noun is not None and noun[0] in {"people", "group"} else None
        return None

    def listed_after_cue(self, j: int) -> tuple[int, builtins.object] | None:
        """A later member of a list: "including nine children and three women" (the cue, if ``j`` ends a coordination)."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, j) not in _COORD and _low(tokens, j) not in lang.number_joiners:
            return None
        cues = phrases(lang, "group_cues")
        for back in range(j - 1, max(-1, j - _LIST_REACH), -1):
            hit = cues.ending(tokens, back)
            if hit is not None:
                return hit
            tok = tokens[back]
            if (tok.kind is Kind.PUNCT and tok.text != ",") or (tok.low in lang.boundaries and tok.low not in _COORD):
                return None
            if tok.low in lang.said_verbs or phrases(lang, "predicates").at(tokens, back) is not None:
                return None
        return None

    def group(self, m: Mention) -> bool:
        """A part of the count before: "including 3 children", "at least 12 of them children"."""
        tokens, lang = self.tokens, self.lang
        cue = phrases(lang, "group_cues").ending(tokens, m.start - 1) or self.listed_after_cue(m.start - 1)
        k: int | None = None
        if cue is not None:
            k = m.end
        else:
            after = phrases(lang, "of_them").at(tokens, m.end)
            if after is not None:
                k = m.end + after[0]
        if k is None:
            return False
        skipped = 0
        while skipped < 2 and _low(tokens, k) in lang.gap_words | {"a", "an"}:
            k += 1
            skipped += 1
        noun = _noun(tokens, k, lang)
        if noun is None or noun[0] != "group":
            return False
        earlier = [
            b for b in self.bindings if b.mention.start < m.start and b.frame not in {"weapon", "linked", "elliptic"}
        ]
        parents = [b for b in earlier if b.group is None]
        if not parents and len(earlier) == 1 and earlier[0].role == "count":
            parents = earlier  # one count of a group heads its list: "Drei Zivilisten, unter ihnen ein Mädchen"
        metric: str | None = parents[-1].metric if parents else None
        if metric is None and cue is not None:
            # "The dead included eight women and six children": the metric noun before the cue is the parent.
            head = phrases(lang, "metric_nouns").ending(tokens, m.start - 1 - cue[0])
            metric = (
                str(head[1])
                if head is not None and _low(tokens, m.start - 1 - cue[0] - head[0]) in lang.determiners
                else None
            )
        siblings = [b for b in self.bindings if b.frame == "group" and b.mention.start < m.start]
        if metric is None and siblings and phrases(lang, "group_cues").ending(tokens, m.start - 1) is None:
            metric = siblings[-1].metric  # "… included eight women and six children": the list's metric
        if metric is None:
            return False
        binding = Binding(m, metric, noun[1], "group", chunk_end=k + noun[2], confidence=0.85, role="group")
        self.add(binding)
        return True

    def zeros(self) -> None:
        """ "no deaths (or injuries)", "no one was killed", "geen doden", "niemand raakte gewond"."""
        tokens, lang = self.tokens, self.lang
        zero, nobody = phrases(lang, "zero_words"), phrases(lang, "nobody_words")
        nouns, predicates = phrases(lang, "metric_nouns"), phrases(lang, "predicates")
        i = 0
        while i < len(tokens):
            hit = nobody.at(tokens, i)
            table = predicates
            if hit is None:
                hit = zero.at(tokens, i)
                table = nouns
            if hit is None or _low(tokens, i - 1) in lang.negations:
                i += 1
                continue
            k = i + hit[0]
            if table is predicates:
                k, _ = self.gap(k)
            found = table.at(tokens, k)
            group: str | None = None
            if found is None and table is nouns:
                # "no protesters were injured": a victims' noun and its predicate after the zero word.
                group, k, found = self.zero_subject(k)
            before = predicate_before_nobody(tokens, i, lang) if found is None and table is predicates else None
            if before is not None:  # "Verletzt wurde demnach niemand"
                found, k = (0, before[1]), i + hit[0]
            if found is None:
                i += 1
                continue
            mention = Mention(i, i + hit[0], Figure.exact(0), "zero")
            metrics = [str(found[1])]
            k += found[0]
            while _low(tokens, k) in {"or", "and", "of", "en", "nor"}:
                more = table.at(tokens, k + 1)
                if more is None:
                    break
                metrics.append(str(more[1]))
                k += 1 + more[0]
            for metric in dict.fromkeys(metrics):
                self.bindings.append(Binding(mention, metric, group, "zero", chunk_end=k, confidence=0.85))
            i = k
