"""A subject with a relative clause before its verb: "once personas que viajaban en el autobús murieron".

The relative clause describes the victims; the first casualty predicate after
it (or inside it: "once miembros de una familia que murieron") is theirs. The
walk is bounded and stops at punctuation, a number, a clause boundary or a
verb of saying, and a predicate right after an article or a preposition is a
noun of its own clause ("que custodiaban a los heridos"), so it ends the walk.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD

__all__ = ["RelativeFrames"]

#: Relative pronouns that open a clause on the victims' noun.
_WHO = frozenset({"que", "qui", "quienes", "quien"})
#: One-word "of the" before the whole a part is taken from ("douze des personnes qui …"); a bare "de" is none.
_PARTITIVES = frozenset({"des"})
#: How many tokens the relative clause may take before the predicate.
_RELATIVE_REACH = 8
#: How many tokens a relative clause between commas may take before its closing comma.
_COMMA_RELATIVE_REACH = 14


class RelativeFrames(SentenceBase):
    """A victims' noun, its relative clause, then the casualty predicate."""

    def subject_past_relative(self, m: Mention) -> bool:
        """ "12 personnes qui se trouvaient dans le bus ont été tuées": the predicate after the relative clause."""
        tokens, lang = self.tokens, self.lang
        if not lang.participle_reach or m.kind == "zero":
            return False
        start = m.end
        of = phrases(lang, "of_words").at(tokens, start)
        if of is not None and (of[0] > 1 or _low(tokens, start) in _PARTITIVES):
            start += of[0]  # "doce de las personas que viajaban en el autobús murieron": a part of them
        noun = _noun(tokens, start, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        k = start + noun[2]
        if _low(tokens, k) not in _WHO:
            return False
        predicates = phrases(lang, "predicates")
        stops = lang.determiners | lang.object_markers | lang.place_preps | lang.vague_links
        for j in range(k + 1, min(len(tokens), k + 1 + _RELATIVE_REACH)):
            tok = tokens[j]
            if tok.kind is not WORD or tok.low in lang.boundaries or tok.low in lang.said_verbs:
                return False
            hit = predicates.at(tokens, j)
            if hit is None:
                continue
            if _low(tokens, j - 1) in stops:
                return False  # "que custodiaban a los heridos": the participle is a noun there
            binding = Binding(m, str(hit[1]), noun[1], "subject", chunk_end=j + hit[0], confidence=0.78)
            self.add(binding)
            return True
        return False

    def subject_past_comma_relative(self, m: Mention) -> bool:
        """ "Tres soldados, que patrullaban la frontera, resultaron heridos", "Drei Soldaten, die an der Grenze
        waren, wurden verletzt": the predicate right after a relative clause between commas is the victims'.

        The clause may hold no number, other punctuation, verb of saying or
        casualty predicate of its own (", que resultaron heridos," is the
        predicate itself, read by the subject frame).
        """
        tokens, lang = self.tokens, self.lang
        if not lang.relative_pronouns or m.kind == "zero":
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        k = m.end + noun[2]
        if _low(tokens, k) != "," or _low(tokens, k + 1) not in lang.relative_pronouns:
            return False
        predicates = phrases(lang, "predicates")
        for j in range(k + 2, min(len(tokens), k + 2 + _COMMA_RELATIVE_REACH)):
            tok = tokens[j]
            if tok.text == ",":
                return self._predicate_after_relative(m, noun[1], j + 1)
            if tok.kind is not WORD or tok.low in lang.boundaries or tok.low in lang.said_verbs:
                return False
            if predicates.at(tokens, j) is not None:
                return False
        return False

    def _predicate_after_relative(self, m: Mention, group: str | None, k: int) -> bool:
        """The predicate from ``k`` on, past gap words; in a verb-final language (German) up to
        :attr:`LanguageData.subject_reach` plain words may come before it ("kamen bei dem Brand ums Leben")."""
        tokens, lang = self.tokens, self.lang
        predicates = phrases(lang, "predicates")
        j, _ = self.gap(k)
        for reach in range(max(1, lang.subject_reach + 1)):
            hit = predicates.at(tokens, j + reach)
            if hit is not None:
                self.add(Binding(m, str(hit[1]), group, "subject", chunk_end=j + reach + hit[0], confidence=0.78))
                return True
            tok = tokens[j + reach] if j + reach < len(tokens) else None
            if tok is None or tok.kind is not WORD or tok.low in lang.boundaries:
                return False
        return False
