"""Romance change and raise frames: a change "from A to B" after a toll noun
("le nombre de morts est passé de 6 à 73") and a total raised to a number
before its object ("portant à 78 le bilan", "han elevado a 53 los palestinos
muertos"), and a toll's verb before its figure and noun ("Ya son 45 los muertos").
"""

from __future__ import annotations

from casualtylog.figures import Figure
from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._counted_participle import counted_participle_at, skip_member_aside
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._romance_shapes import romance_counted_at, romance_counted_group_at
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["ChangeFrames"]

#: How many words may stand between a raising verb and its "to" ("han elevado este miércoles a 53").
_RAISE_REACH = 6
#: How many words a toll noun may stand before a change verb ("la cifra oficial de muertos … pasó").
_CHANGE_REACH = 8


def _participle_as_noun(tokens: list[Token], k: int, lang: LanguageData) -> tuple[int, str] | None:
    """A one-word casualty participle standing as a noun after its article ("los afectados", "les évacués")."""
    hit = phrases(lang, "predicates").at(tokens, k)
    if hit is None or hit[0] != 1:
        return None
    return 1, str(hit[1])


#: English "to" after a verb of raising ("bringing to 42 the death toll"; session 13, fresh13): no ``to_words`` of
#: English, whose number reader reads "12 to 15" as a range.
_RAISED_TO = frozenset({"to"})


class ChangeFrames(SentenceBase):
    """A toll that changes from one count to another, or is raised to one."""

    def earlier_figure(self, m: Mention) -> bool:
        """Session 13 (fresh13): "the death toll rose to 143, up from 114", "auf 143 gestiegen, nach zuvor 114": the
        figure a toll came from, after a comma and a cue of the language (``earlier_figure_cues``) right after the
        toll's own figure (and its noun): a count of the same metric and group, as "from A to B" gives both."""
        tokens, lang = self.tokens, self.lang
        cue = phrases(lang, "earlier_figure_cues").ending(tokens, m.start - 1) if lang.earlier_figure_cues else None
        if cue is None or m.kind != "number":
            return False
        comma = m.start - 1 - cue[0]
        if _low(tokens, comma) != ",":
            return False
        toll = next((b for b in reversed(self.bindings) if b.mention.end <= comma), None)
        if toll is None or toll.role != "count":
            return False
        named = phrases(lang, "metric_nouns").at(tokens, toll.mention.end)  # "rose to 143 dead, up from 114"
        closed = toll.mention.end + (named[0] if named else 0)
        if _low(tokens, closed) in lang.toll_participles:
            closed += 1  # kinds13: a verb-final clause's participle ("ist auf 143 gestiegen, nach zuvor 114")
        if comma not in {toll.mention.end, toll.chunk_end, closed}:
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is not None and noun[0] not in {"people", "group"}:
            return False  # "up from 114 flights"
        binding = Binding(m, toll.metric, toll.group, "toll", cue="static", chunk_end=m.end, confidence=0.8)
        day = phrases(lang, "earlier_day_cues").at(tokens, m.end) if lang.earlier_day_cues else None
        if day is not None:
            # kinds13: "down from 35 a day earlier", "contre 114 la veille": the day before dates this toll's
            # earlier count, not another event, so the other-event cue it is must not drop the figure
            binding.described = (m.end, m.end + day[0])
        self.add(binding)
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
            if tok.kind is not WORD or tok.low in lang.boundaries:
                return False
        return False

    def raised_to(self, m: Mention) -> bool:
        """ "portant à 78 le bilan", "han elevado este miércoles a 53 los palestinos muertos"."""
        tokens, lang = self.tokens, self.lang
        particle = _low(tokens, m.start - 1)
        if not lang.raise_verbs or (
            particle not in lang.to_words and particle not in lang.at_words and particle not in _RAISED_TO
        ):
            return False
        for j in range(m.start - 2, max(-1, m.start - 2 - _RAISE_REACH), -1):
            tok = tokens[j]
            if tok.low in lang.raise_verbs:
                break
            if tok.is_number or tok.low in lang.number_joiners or tok.low in lang.to_words:
                continue  # "se eleva a 15.899 y a 42.000 los heridos": the second of two figures
            if tok.kind is not WORD or tok.low in lang.boundaries:
                return False
        else:
            return False
        k = skip_member_aside(tokens, m.end, lang)  # fresh8en: "21 -- including 14 children -- the number of …"
        if _low(tokens, k) not in lang.determiners:
            return False
        k += 1
        group: str | None = None
        found = (
            phrases(lang, "toll_nouns").at(tokens, k)
            or phrases(lang, "metric_nouns").at(tokens, k)
            or romance_counted_at(tokens, k, lang)  # "elevó a 521 la cifra de víctimas mortales"
            or _participle_as_noun(tokens, k, lang)  # "sitúa … en 20.450 los afectados"
        )
        counted = counted_participle_at(tokens, k, lang) if found is None else None
        if counted is not None:
            found, group = counted  # fresh8en: "brings to 21 the number of civilians killed"
        elif found is not None:
            group = romance_counted_group_at(tokens, k, lang)  # "chiffre à 14 le nombre de manifestants tués"
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

    def toll_noun_last(self, m: Mention) -> bool:
        """ "Ya son 45 los muertos", "Suman 30 los fallecidos", "Ascienden a 12 las víctimas mortales": a toll's
        verb, its figure, then the toll's noun with its article (French and Spanish put the subject last so).

        The verb must be one of the language's toll cues that is a word, not a bare preposition or mark ("a",
        "de", ":"), and the toll noun must follow the figure at once.
        """
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun:
            return False
        end = m.start - 1
        if _low(tokens, end) in lang.update_cues:
            end -= 1  # "Suman ya 45 los muertos"
        if end < 0:
            return False
        cue = phrases(lang, "toll_cues").ending(tokens, end)
        bare = cue is not None and cue[0] == 1 and _low(tokens, end) in lang.to_words | lang.at_words | lang.vague_links
        if cue is None or bare or tokens[end].kind is not WORD:
            return False
        if _low(tokens, m.end) not in lang.determiners:
            return False
        found = phrases(lang, "toll_nouns").at(tokens, m.end)
        start = m.end
        if found is None:
            # "Asciende a 19 el número de muertos": the article before a toll noun written without one
            start = m.end + 1
            found = phrases(lang, "toll_nouns").at(tokens, start) or romance_counted_at(tokens, start, lang)
        if found is None:
            return False
        binding = Binding(m, str(found[1]), None, "toll", cue=str(cue[1]), chunk_end=start + found[0], confidence=0.85)
        binding.update = cue[1] == "update"
        self.add(binding)
        return True
