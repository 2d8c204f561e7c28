"""The partitive frame ("Eleven of the deaths occurred in Sonoma County") and its converse, "all" of a whole
("shot down all 14 drones": every one launched was intercepted)."""

from __future__ import annotations

from dataclasses import replace

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._opening_modifiers import describing_word
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._fronted_words import THAT_WORDS

__all__ = ["PartitiveFrame"]

#: How far after the victims' noun a place of care may end the part's predicate ("are still being treated in").
_CARE_REACH = 6
#: How many plain words an aside of a part may hold after "of them" ("four of them critically").
_ASIDE_REACH = 4


def _word(tokens: list[Token], k: int) -> bool:
    """A plain lower-case word at ``k`` (no number, mark or name)."""
    tok = _tok(tokens, k)
    return tok is not None and tok.kind is WORD and tok.text.isalpha() and not tok.is_capitalised


def _described_metric(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """One plain lower-case word at ``k`` before a plural metric noun that it describes ("the storm deaths", "the
    virus deaths"): no grammar word, number or noun of people of its own (English puts it before the noun)."""
    tok, nxt = _tok(tokens, k), _tok(tokens, k + 1)
    return (
        bool(lang.adjective_metric_ends)
        and tok is not None
        and nxt is not None
        and not tok.is_capitalised
        and nxt.low.endswith(lang.adjective_metric_ends)
        and tok.low not in lang.gap_words
        and describing_word(tokens, k, lang)
    )


class PartitiveFrame(SentenceBase):
    """A number, "of the" or "of those", and a metric noun or predicate: part of that count, same metric."""

    def partitive_metric(self, m: Mention) -> bool:
        """ "Eleven of the deaths have occurred in …", "at least 118 of the dead", "39 of those injured"."""
        tokens, lang = self.tokens, self.lang
        # "one of the dead was a child" tells about one victim, not a count.
        if m.kind != "number" or m.figure.low < 2:
            return False
        if self.lacks("of_words", "of_them"):
            # it binds only after an "of the" or "of them", or a fronted "among the" ("Among the dead, 12 were")
            return not self.lacks("among_the") and self.fronted_part(m)
        of = phrases(lang, "of_words").at(tokens, m.end) or phrases(lang, "of_them").at(tokens, m.end)
        if of is None:
            return self.fronted_part(m)
        k = m.end + of[0]
        if k < len(tokens) and tokens[k].is_number:
            return self.part_of_counted_whole(m, k)
        if _low(tokens, m.start - 1) == "," and self._fronted_aside(m, k):
            return True
        # The metric noun right after "of the": a number there is the whole ("48 of the 70 drones").
        hit = phrases(lang, "metric_nouns").at(tokens, k) or phrases(lang, "predicates").at(tokens, k)
        if hit is None and _described_metric(tokens, k, lang):
            k += 1  # session 14 (fresh9en): "Seventeen of the storm deaths were reported in New York"
            hit = phrases(lang, "metric_nouns").at(tokens, k)
        if hit is None:
            return self._part_in_care(m, k)
        end = k + hit[0]
        # "4 008 de los fallecidos son menores", "11 of the dead were children": the part's group.
        groups = phrases(lang, "group_nouns")
        after, _ = self.gap(end)
        group = groups.at(tokens, after)
        if group is None and groups.at(tokens, end + 1) is not None and not tokens[end].is_number:
            after = end + 1  # a copula the language's gap words do not list ("son", "sind")
            group = groups.at(tokens, after)
        if group is not None:
            end = after + group[0]
        self.add(
            Binding(
                m, str(hit[1]), None if group is None else str(group[1]), "partitive", chunk_end=end, confidence=0.8
            )
        )
        return True

    def part_of_counted_whole(self, m: Mention, k: int) -> bool:
        """ "Two of the 12 injured were children": the whole's own count and metric, then a copula and the part's
        group. Both are counts: the whole with no group (the group is the part's), the part with it. Without a group
        after the copula the whole is its own frames' ("Two of the 12 injured are in critical condition")."""
        tokens, lang = self.tokens, self.lang
        whole = self.by_start.get(k)
        if whole is None or whole.kind != "number" or not m.figure.low < whole.figure.low:
            return False
        hit = phrases(lang, "metric_nouns").at(tokens, whole.end) or phrases(lang, "predicates").at(tokens, whole.end)
        if hit is None:
            return False
        end = whole.end + hit[0]
        after, gaps = self.gap(end)
        group = phrases(lang, "group_nouns").at(tokens, after) if gaps else None
        if group is None:
            return False
        self.add(Binding(whole, str(hit[1]), None, "partitive", chunk_end=end, confidence=0.8))
        self.bound.add(whole.start)
        self.add(Binding(m, str(hit[1]), str(group[1]), "partitive", chunk_end=after + group[0], confidence=0.8))
        return True

    def fronted_part(self, m: Mention) -> bool:
        """ "Of the dead, 12 were children", "Of those killed, 12 were children": the whole fronted before a
        comma, then the part and the group it is. Only with a group after the copula: "Of the dead, 12 were
        identified" says nothing of what the 12 are, and "Of the 40 people on board, 35 were rescued" is the
        subject frame's (a predicate follows).

        Session 12 (rec12), in every language: a copula the gap words do not list ("De los muertos, 12 eran
        niños"); a verb-second copula for the comma ("Van de doden waren er 12 kinderen", "Von den Toten waren 12
        Kinder"); and, with no group, a place the part was in ("Of the deaths, 212 were in Kashmir"; see
        :meth:`_part_place`), a part of that count as "Eleven of the deaths occurred in Sonoma" is.
        """
        tokens, lang = self.tokens, self.lang
        if self._next_fronted_part(m):
            return True
        j = m.start - 1
        verb_second = _low(tokens, j) != ","
        if verb_second:
            copulas = 0
            while copulas < 2 and _low(tokens, j) in lang.gap_words:
                j -= 1
                copulas += 1
            if not copulas:
                return False
            j += 1  # where the comma would stand
        if j < 2:
            return False
        whole = self._fronted_whole(j)
        if whole is None:
            return False
        hit, k = whole
        if k > 0 and tokens[k].is_number:
            k -= 1  # "Of the 45 dead, 30 were women": the whole's own count, which its own frame reads
        among = phrases(lang, "among_the").ending(tokens, k)  # "Among the dead, 12 were children"
        if _low(tokens, k) in lang.determiners or _low(tokens, k) in {"those", "die"}:
            k -= 1
        of = phrases(lang, "of_words").ending(tokens, k)
        if of is None and among is not None:
            of, k = among, k + 1
        opener = None if of is None or k - of[0] < 0 else tokens[k - of[0]]
        if of is None or (
            opener is not None
            and opener.kind is WORD
            and opener.low not in lang.said_verbs
            and opener.low not in THAT_WORDS.get(lang.code, frozenset())
        ):
            return False  # the fronted whole opens its clause: the sentence, after punctuation, "said" or "that"
        groups = phrases(lang, "group_nouns")
        after, gaps = self.gap(m.end)
        group = groups.at(tokens, after) if gaps or verb_second else None
        if group is None and gaps and _low(tokens, after) in lang.function_words:
            after += 1  # an article after the copula ("étaient des enfants")
            group = groups.at(tokens, after)
        if group is None and _word(tokens, m.end):
            # a copula the gap words do not list ("eran niños"), an article after it
            after = m.end + 1 + (_low(tokens, m.end + 1) in lang.function_words)
            group = groups.at(tokens, after)
        if group is not None:
            end = after + group[0]
        elif (place := self._part_place(m.end)) is not None:
            end = place
        elif (badly := self._part_degree(m.end)) is not None:
            end = badly  # how badly: "Van de 85 gewonden zijn er 53 ernstig aan toe"
        else:
            return False
        self.add(
            Binding(
                m, str(hit[1]), None if group is None else str(group[1]), "partitive", chunk_end=end, confidence=0.8
            )
        )
        return True

    def _next_fronted_part(self, m: Mention) -> bool:
        """Session 22 (issue 13): a second part with its group joined by "and" to a fronted part with its group,
        which it continues ("de los fallecidos, 11 son hombres y 2 son mujeres", es-ba84ac4c-2): same metric."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, m.start - 1) not in lang.coordinators:
            return False
        first = next((b for b in self.bindings if b.frame == "partitive" and b.chunk_end == m.start - 1), None)
        if first is None or first.group is None:
            return False
        groups = phrases(lang, "group_nouns")
        after, gaps = self.gap(m.end)
        group = groups.at(tokens, after) if gaps else None
        if group is None and _word(tokens, m.end):
            after = m.end + 1 + (_low(tokens, m.end + 1) in lang.function_words)  # "y 2 son mujeres", "eran niñas"
            group = groups.at(tokens, after)
        if group is None:
            return False
        self.add(Binding(m, first.metric, str(group[1]), "partitive", chunk_end=after + group[0], confidence=0.8))
        return True

    def _fronted_whole(self, comma: int) -> tuple[tuple[int, object], int] | None:
        """The metric noun or predicate of a fronted whole that ends right before ``comma``, and the token before it.

        Session 22 (issue 13), two wider shapes of dev batch 18's breakdowns: a noun of people after the predicate
        ("Among the 22 missing people, four from Binh Dinh", en-5ae7b6b6-3) and a word that describes the noun
        after the whole's own count ("of the 25 reported deaths, two were from Region 8", en-146f7e80-2).
        """
        tokens, lang = self.tokens, self.lang
        nouns, predicates = phrases(lang, "metric_nouns"), phrases(lang, "predicates")
        end = comma - 1
        hit = nouns.ending(tokens, end) or predicates.ending(tokens, end)
        people = _noun(tokens, end, lang) if hit is None else None
        if people is not None and people[0] == "people" and people[2] == 1:
            hit = predicates.ending(tokens, end - 1)
            if hit is not None:
                hit = (hit[0] + 1, hit[1])  # "missing people": the predicate and its noun
        if hit is None:
            return None
        k = end - hit[0]
        if _described_metric(tokens, k, lang) or self._status_word_after_count(k):
            k -= 1
        return hit, k

    def _status_word_after_count(self, k: int) -> bool:
        """ "the 25 reported deaths": a plain lower-case word between the whole's own count and its noun."""
        tok, before = _tok(self.tokens, k), _tok(self.tokens, k - 1)
        return (
            tok is not None
            and before is not None
            and before.is_number
            and tok.kind is WORD
            and not tok.is_capitalised
            and tok.low not in self.lang.function_words
        )

    def _part_degree(self, k: int) -> int | None:
        """Where a degree of injury after a fronted part ends ("53 ernstig", "12 are seriously hurt", "12 están
        graves"): a word of ``severity_words`` among the gap words from ``k`` or right after them."""
        end, _ = self.gap(k)
        for j in range(k, end + 1):
            if _low(self.tokens, j) in self.lang.severity_words:
                return j + 1
        return None

    def _fronted_aside(self, m: Mention, k: int) -> bool:
        """ "The injured, four of them critically, were flown to …", "Los heridos, cuatro de ellos graves, …": a part
        in an aside right after a fronted metric noun with its article, which opens the clause; the aside holds only
        plain words after "of them" (how badly, a group) and closes with a comma. The whole has no figure of its
        own, so the part is the only count."""
        tokens, lang = self.tokens, self.lang
        hit = phrases(lang, "metric_nouns").ending(tokens, m.start - 2)
        if hit is None:
            return False
        article = m.start - 2 - hit[0]
        if article < 0 or _low(tokens, article) not in lang.determiners:
            return False
        if article > 0 and tokens[article - 1].kind is WORD:
            return False  # "killed the injured, four of them …": the whole does not open its clause
        close = next((e for e in range(k, min(len(tokens), k + _ASIDE_REACH)) if not _word(tokens, e)), None)
        if close is None or tokens[close].text != ",":
            return False
        group = phrases(lang, "group_nouns").at(tokens, k)
        named = None if group is None else str(group[1])
        self.add(Binding(m, str(hit[1]), named, "partitive", chunk_end=close, confidence=0.75))
        return True

    def _part_in_care(self, m: Mention, k: int) -> bool:
        """ "Four of the victims are still in hospital": a part of the victims in care is injured. Only plain words
        may stand before the place ("remain", "nog", "toujours"); a part of the victims with any other predicate
        ("were children", "were women") tells who they were, no metric."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, k) not in lang.care_wholes:
            return False
        care = phrases(lang, "care_stays")
        for j in range(k + 1, min(len(tokens), k + _CARE_REACH)):
            hit = care.at(tokens, j)
            if hit is not None:
                self.add(Binding(m, "injured", None, "partitive", chunk_end=j + hit[0], confidence=0.75))
                return True
            if not _word(tokens, j):
                return False
        return False

    def _part_place(self, k: int) -> int | None:
        """Where "were in Kashmir", "fueron en Bogotá", "waren in de provincie" ends, read from ``k`` (right after a
        fronted part): gap words, at most one more plain word ("recorded"), a preposition of place
        (``part_place_preps``), then a name or an article. "12 were in their twenties" is no place."""
        tokens, lang = self.tokens, self.lang
        if not lang.part_place_preps:
            return None
        k, _ = self.gap(k)
        if _low(tokens, k) not in lang.part_place_preps and _word(tokens, k):
            k += 1  # "were recorded in", "se registraron en"
        if _low(tokens, k) not in lang.part_place_preps:
            return None
        place = _tok(tokens, k + 1)
        if place is None or place.kind is not WORD:
            return None
        return k + 2 if place.is_capitalised or place.low in lang.determiners else None

    def all_intercepted(self) -> None:
        """ "shot down all 14 drones": the 14 intercepted are also the 14 launched (unless a launch count is bound)."""
        if not self.lang.all_words or any(b.metric == "launched" for b in self.bindings):
            return
        for b in list(self.bindings):
            if (
                b.metric == "intercepted"
                and b.role == "count"
                and _low(self.tokens, b.mention.start - 1) in self.lang.all_words
            ):
                self.bindings.append(replace(b, metric="launched", notes=[*b.notes, "all intercepted"]))
