"""Frames for words between a subject and its verb: an aside in brackets
("Onze personnes (et non 13) sont décédées"), a participle phrase or an
apposition before the auxiliary ("quatre personnes tombées à l'eau ont été
repêchées", "cinq agents de sécurité, chargés d'accompagner les convois, ont
été tués").
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _listed_noun, _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD

__all__ = ["AsideFrames"]

#: Relative pronouns: a clause of its own starts there, whose verb is not the subject's.
_RELATIVE = frozenset({"qui", "que", "qu'", "dont", "où", "quien", "quienes", "cual", "cuales", "donde"})
#: How many tokens an aside in brackets may take between a subject and its verb ("Onze personnes (et non 13) sont …").
_ASIDE_REACH = 8


class AsideFrames(SentenceBase):
    """A subject whose verb comes after an aside or a participle phrase."""

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
            if walked and not apposition and tok.low in lang.gap_words and tok.low not in lang.relative_pronouns:
                ahead = self.gap(k)[0]
                if phrases(lang, "predicates").at(tokens, ahead) is None:
                    # "coincés au fond du puits ont été secourus": a gap word ("au", as in "au total") that leads
                    # to no predicate is the phrase's own word, not the auxiliary
                    walked += 1
                    k += 1
                    continue
            if (
                tok.kind is not WORD
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
