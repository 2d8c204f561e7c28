"""Frames for clause shapes that lean on the count before them or on a toll noun far off.

Each is driven by fields of :class:`~casualtylog.text.lang.LanguageData`, so a
language without those fields gets none of them:

- a part of the count before with no noun of its own ("2 750 blessés, dont
  environ 200 dans un état critique", "32 resultaron heridas, 10 de las cuales
  están en estado crítico");
- a part that is the subject of its own verb, with the group of the noun
  before it ("6 mujeres, dos de las cuales han fallecido");
- a change "from A to B" after a toll noun ("le nombre de morts est passé de 6
  à 73");
- a total raised to a number before its object ("portant à 78 le bilan", "han
  elevado a 53 los palestinos muertos");
- a verb phrase standing for the predicate before ("y otros cuatro lo
  hicieron");
- per-place splits ("six ont péri à Trèbes, deux à Villegailhenc");
- people taken to hospital, who are injured ("ont été admises dans les
  hôpitaux", "fueron trasladados a distintos hospitales");
- "among the" with a count or with the victims ("Entre los diez heridos figuran
  tres menores", "deux enfants figuraient parmi les victimes");
- an aside in brackets between a subject and its verb ("Onze personnes (et non
  13) sont décédées");
- a participle phrase or an apposition between a subject and its auxiliary
  ("quatre personnes tombées à l'eau ont été repêchées", "cinq agents de
  sécurité, chargés d'accompagner les convois, ont été tués").

Every walk is bounded by a constant, so a sentence still costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable

from casualtylog.figures import Figure
from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _listed_noun, _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData

__all__ = ["ClauseFrames", "dated_earlier_after", "since_when_span"]

#: Frames whose bindings count weapons or hang on another count: never the parent of a part.
_NOT_PARENT = frozenset({"weapon", "linked", "elliptic"})
#: How many words may stand between a raising verb and its "to" ("han elevado este miércoles a 53").
_RAISE_REACH = 6
#: How many words a toll noun may stand before a change verb ("la cifra oficial de muertos … pasó").
_CHANGE_REACH = 8
#: How many words may stand between the people and the verb that takes them to hospital, and then the hospital.
_CARE_REACH = 5
#: Relative pronouns: a clause of its own starts there, whose verb is not the subject's.
_RELATIVE = frozenset({"qui", "que", "qu'", "dont", "où", "quien", "quienes", "cual", "cuales", "donde"})
#: How many tokens an aside in brackets may take between a subject and its verb ("Onze personnes (et non 13) sont …").
_ASIDE_REACH = 8
#: How many words a place name may take in a per-place split ("à Saint-Martin-de-Ré").
_PLACE_REACH = 4


def _fits_within(part: Figure, whole: Figure) -> bool:
    """Whether ``part`` can be a part of ``whole``: never larger than all ``whole`` allows."""
    if whole.high is None:
        return True
    return part.low <= whole.high


class ClauseFrames(SentenceBase):
    """Clause frames: parts without a noun, changes, raised totals, pro-verbs, per-place splits, hospital."""

    @property
    def clause_frames(self) -> tuple[Callable[[Mention], bool], ...]:
        """The frames of this module to try after the others, in order (``change`` goes first, before totals)."""
        return (
            self.part_of_count,
            self.raised_to,
            self.pro_verb,
            self.place_split,
            self.taken_to_hospital,
            self.among_counted,
            self.parenthesised_subject,
            self.distant_subject,
        )

    def _parent(self, before: int) -> Binding | None:
        """The last count bound before token ``before`` (not a weapon, not a part)."""
        for b in reversed(self.bindings):
            if b.mention.start < before and b.role == "count" and b.frame not in _NOT_PARENT:
                return b
        return None

    def part_of_count(self, m: Mention) -> bool:
        """ "…, dont environ 200 dans un état critique", "…, 10 de las cuales están en estado crítico".

        The number is a part of the count right before (only a comma between),
        with that count's metric and no group; it may not exceed that count.
        A part with a noun is the group frame's.
        """
        tokens, lang = self.tokens, self.lang
        if m.kind != "number":
            return False
        cue = phrases(lang, "group_cues").ending(tokens, m.start - 1)
        k = m.end
        if cue is not None:
            cue_start = m.start - cue[0]
        else:
            after = phrases(lang, "of_them").at(tokens, m.end)
            if after is None:
                return False
            cue_start, k = m.start, m.end + after[0]
        nxt = _tok(tokens, k)
        if nxt is not None and (nxt.is_number or _noun(tokens, k, lang) is not None):
            return False
        if (
            nxt is not None
            and nxt.kind is Kind.WORD
            and not (nxt.low in lang.function_words or nxt.low in lang.gap_words or nxt.low in lang.vague_links)
        ):
            return False  # "onder wie één agent": an unlisted noun names a group the frame cannot tell
        parent = self._parent(m.start)
        if parent is None or parent.role != "count":
            return False
        between = tokens[parent.chunk_end : cue_start]
        if len(between) > 1 or any(t.text != "," for t in between):
            return False
        if not _fits_within(m.figure, parent.mention.figure):
            return False
        self.add(Binding(m, parent.metric, None, "part", chunk_end=k, confidence=0.8, role="group"))
        return True

    def relative_subject(self, m: Mention) -> bool:
        """ "6 mujeres, dos de las cuales han fallecido": the part takes the group of the noun before the comma."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number":
            return False
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

    def change(self, m: Mention) -> bool:
        """ "le nombre de morts est passé de 6 à 73": both ends are counts, the second the new total.

        The number reader takes "de 6 à 73" for a range; after a change verb
        and its "from" it is a change, and only with a toll noun before it.
        """
        tokens, lang = self.tokens, self.lang
        if m.end - m.start != 3 or m.figure.high is None or _low(tokens, m.start + 1) not in lang.to_words:
            return False
        if _low(tokens, m.start - 1) not in lang.from_words or _low(tokens, m.start - 2) not in lang.change_verbs:
            return False
        nouns = phrases(lang, "toll_nouns")
        for j in range(m.start - 3, max(-1, m.start - 3 - _CHANGE_REACH), -1):
            hit = nouns.ending(tokens, j)
            if hit is not None:
                metric = str(hit[1])
                confidence = 0.88 - 0.01 * (m.start - 3 - j)
                old = Mention(m.start, m.start + 1, Figure.exact(m.figure.low), "number")
                new = Mention(m.end - 1, m.end, Figure.exact(m.figure.high), "number")
                self.add(Binding(old, metric, None, "toll", cue="static", chunk_end=old.end, confidence=confidence))
                binding = Binding(new, metric, None, "toll", cue="update", chunk_end=m.end, confidence=confidence)
                binding.update = True
                self.add(binding)
                return True
            tok = tokens[j]
            if tok.kind is not Kind.WORD or tok.low in lang.boundaries:
                return False
        return False

    def raised_to(self, m: Mention) -> bool:
        """ "portant à 78 le bilan", "han elevado este miércoles a 53 los palestinos muertos"."""
        tokens, lang = self.tokens, self.lang
        if not lang.raise_verbs or _low(tokens, m.start - 1) not in lang.to_words:
            return False
        for j in range(m.start - 2, max(-1, m.start - 2 - _RAISE_REACH), -1):
            tok = tokens[j]
            if tok.low in lang.raise_verbs:
                break
            if tok.is_number or tok.low in lang.number_joiners or tok.low in lang.to_words:
                continue  # "se eleva a 15.899 y a 42.000 los heridos": the second of two figures
            if tok.kind is not Kind.WORD or tok.low in lang.boundaries:
                return False
        else:
            return False
        k = m.end
        if _low(tokens, k) not in lang.determiners:
            return False
        k += 1
        group: str | None = None
        found = phrases(lang, "toll_nouns").at(tokens, k) or phrases(lang, "metric_nouns").at(tokens, k)
        if found is None:
            noun = _noun(tokens, k, lang)
            if noun is None or noun[0] not in {"people", "group"}:
                return False
            group, k = noun[1], k + noun[2]
            found = phrases(lang, "predicates").at(tokens, k)
            if found is None:
                return False
        binding = Binding(m, str(found[1]), group, "toll", cue="update", chunk_end=k + found[0], confidence=0.85)
        binding.update = True
        self.add(binding)
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

    def place_split(self, m: Mention) -> bool:
        """ "Six personnes ont perdu la vie à Trèbes, deux à Villegailhenc": the count of one more place."""
        tokens, lang = self.tokens, self.lang
        if not lang.place_preps or m.kind != "number" or _low(tokens, m.start - 1) != ",":
            return False
        place = _tok(tokens, m.end + 1)
        if _low(tokens, m.end) not in lang.place_preps or place is None or not place.is_capitalised:
            return False
        j = m.start - 2
        names = 0
        while names < _PLACE_REACH and (t := _tok(tokens, j)) is not None and t.is_capitalised and not t.is_number:
            j -= 1
            names += 1
        if not names or _low(tokens, j) not in lang.place_preps:
            return False
        parent = next(
            (
                b
                for b in reversed(self.bindings)
                if b.role == "count" and (b.chunk_end == j or (b.frame == "split" and b.mention.end == j))
            ),
            None,
        )
        if parent is None or parent.frame in _NOT_PARENT:
            return False
        end = m.end + 2
        while end < m.end + 1 + _PLACE_REACH and (t := _tok(tokens, end)) is not None and t.is_capitalised:
            end += 1
        self.add(Binding(m, parent.metric, parent.group, "split", chunk_end=end, confidence=0.8))
        return True

    def taken_to_hospital(self, m: Mention) -> bool:
        """ "Au moins 160 personnes ont été admises dans les hôpitaux", "40 pasajeros fueron trasladados a hospitales"."""
        tokens, lang = self.tokens, self.lang
        if not lang.care_verbs:
            return False
        k = self.skip_partitive_of(m)
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        noun = _noun(tokens, k, lang)
        group: str | None = None
        if noun is not None and noun[0] in {"people", "group"}:
            group, k = noun[1], k + noun[2]
        elif k == m.end:
            return False  # a bare number needs "of them" to be people ("cuatro de las cuales")
        verb = self._within(k, lang.care_verbs)
        if verb is None:
            return False
        place = self._within(verb + 1, lang.care_places)
        if place is None:
            return False
        self.add(Binding(m, "injured", group, "subject", chunk_end=place + 1, confidence=0.8))
        return True

    def skip_partitive_of(self, m: Mention) -> int:
        """After "N of them": where the noun or predicate starts."""
        them = phrases(self.lang, "of_them").at(self.tokens, m.end)
        return m.end if them is None else m.end + them[0]

    def _within(self, k: int, words: frozenset[str]) -> int | None:
        """The first of ``words`` within a few plain words from ``k`` (no number, punctuation or clause boundary)."""
        lang = self.lang
        for j in range(k, min(len(self.tokens), k + _CARE_REACH)):
            tok = self.tokens[j]
            if tok.low in words:
                return j
            if tok.kind is not Kind.WORD or tok.low in lang.boundaries or tok.low in lang.said_verbs:
                return None
        return None

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
        return last.metric if last is not None and last.frame == "among" and last.chunk_end == joiner else None

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

    def parenthesised_subject(self, m: Mention) -> bool:
        """ "Onze personnes (et non 13) sont décédées": the aside in brackets is skipped."""
        tokens, lang = self.tokens, self.lang
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"} or _low(tokens, m.end + noun[2]) != "(":
            return False
        k = m.end + noun[2] + 1
        limit = min(len(tokens), k + _ASIDE_REACH)
        while k < limit and tokens[k].text not in "()":
            k += 1
        if k >= limit or tokens[k].text != ")":
            return False
        k, gaps = self.gap(k + 1)
        predicate = phrases(lang, "predicates").at(tokens, k)
        if predicate is None:
            return False
        self.add(
            Binding(m, str(predicate[1]), noun[1], "subject", chunk_end=k + predicate[0], confidence=0.85 - 0.01 * gaps)
        )
        return True

    def distant_subject(self, m: Mention) -> bool:
        """ "quatre personnes tombées à l'eau ont été repêchées": words, then an auxiliary, then the predicate.

        Up to :attr:`LanguageData.participle_reach` plain words (or an
        apposition between commas) may follow the victims' noun; then at least
        one auxiliary (a gap word) must lead straight to a casualty predicate.
        Another noun of people, a relative pronoun, a number, a clause
        boundary or a verb of saying ends the walk, so the predicate is never
        another noun's.
        """
        tokens, lang = self.tokens, self.lang
        if not lang.participle_reach:
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        k = m.end + noun[2]
        apposition = _low(tokens, k) == ","
        k += apposition
        limit = min(len(tokens), k + lang.participle_reach + (_ASIDE_REACH if apposition else 0))
        walked = 0
        while k < limit:
            tok = tokens[k]
            if apposition and tok.text == ",":
                apposition = False
                k += 1
                break
            if (
                tok.kind is not Kind.WORD
                or tok.low in lang.gap_words
                or tok.low in lang.boundaries
                or tok.low in lang.said_verbs
                or tok.low in _RELATIVE
                or (not apposition and _listed_noun(tokens, k, lang) is not None)
                or phrases(lang, "predicates").at(tokens, k) is not None
            ):
                break
            walked += 1
            k += 1
        if apposition or not walked or _low(tokens, k) not in lang.gap_words:
            return False
        k, gaps = self.gap(k)
        predicate = phrases(lang, "predicates").at(tokens, k)
        if predicate is None:
            return False
        confidence = 0.82 - 0.01 * (walked + gaps)
        self.add(Binding(m, str(predicate[1]), noun[1], "subject", chunk_end=k + predicate[0], confidence=confidence))
        return True


#: How many tokens after a figure (and its noun or verb) a year may date it ("87.000 morts et disparus en 2008").
_DATED_REACH = 5


def dated_earlier_after(tokens: list[Token], end: int, lang: LanguageData, year: int | None) -> bool:
    """A figure dated by an earlier year right after it ("417 muertos en 2017", "après quatre morts en 2019").

    Such a figure counts another, earlier event, as one after "In 2008, …"
    does; ``year`` is the report's. Only "and" and more metric words may
    stand between ("morts et disparus en 2008"): "menores nacidos en 2011" is
    a birth year.
    """
    if year is None:
        return False
    k = end
    while k < min(len(tokens) - 1, end + _DATED_REACH):
        tok, nxt = tokens[k], tokens[k + 1]
        if (
            tok.low in lang.year_preps
            and nxt.kind is Kind.NONCOUNT
            and nxt.value is not None
            and len(nxt.text) == 4
            and 1800 <= nxt.value < year
        ):
            return True
        more = phrases(lang, "metric_nouns").at(tokens, k) or phrases(lang, "predicates").at(tokens, k)
        if more is not None:
            k += more[0]
        elif tok.low in lang.number_joiners or tok.low in {"and", "et", "y", "en", "und"}:
            k += 1
        else:
            return False
    return False


#: How many tokens may stand between "since" and the comma before "when" ("Desde el 7 de octubre, cuando …").
_SINCE_REACH = 8


def since_when_span(tokens: list[Token], lang: LanguageData) -> tuple[int, int] | None:
    """The clause after "since …, when" ("Desde el 7 de octubre, cuando Hamás perpetró un ataque que dejó …").

    It tells the earlier event that a running count starts from; its
    figures (with a list that goes on after a comma: "1.400 muertos, 5.400
    heridos") count that event and are no claims. ``None`` if there is none.
    """
    if not lang.when_words:
        return None
    qualifiers = phrases(lang, "qualifiers")
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.low not in lang.since_words:
            continue
        comma = next((c for c in range(i + 1, min(n - 1, i + _SINCE_REACH)) if tokens[c].text == ","), None)
        if comma is None or tokens[comma + 1].low not in lang.when_words:
            continue
        end = comma + 2
        while end < n:
            t = tokens[end]
            if t.text in ";:" or (
                t.text == ","
                and not (end + 1 < n and (tokens[end + 1].is_number or qualifiers.at(tokens, end + 1) is not None))
            ):
                break
            end += 1
        return comma + 1, end
    return None
