"""The zero frame: "no deaths (or injuries)", "no one was killed", "geen doden", "niemand raakte gewond"."""

from __future__ import annotations

from casualtylog.figures import Figure
from casualtylog.text._binding import Binding
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._subject_shapes import SubjectShapes
from casualtylog.text._tokens import Token
from casualtylog.text._verb_first import predicate_before_nobody
from casualtylog.text.lang import LanguageData

__all__ = ["ZeroFrame"]

#: Words of severity the languages' ``severity_words`` lack, as an adjective of the denied injuries.
_SEVERE = frozenset({"life-threatening", "severe", "major", "schwere", "schweren", "ernstige", "zware", "gravedad"})
#: How far after the denied predicate a severity still qualifies it ("nadie resultó herido de gravedad").
_SEVERITY_AFTER = 2


def _negated_severity(tokens: list[Token], start: int, end: int, lang: LanguageData) -> bool:
    """ "no one had suffered life-threatening injuries": a negated severity gives nothing (the corpus guide,
    settled in session 15, "No one hurt"): severity is never a group, so its 0 would stand beside the injured
    count with the same metric and group and contradict it (guide17)."""
    return any(t.low in lang.severity_words or t.low in _SEVERE for t in tokens[start : end + _SEVERITY_AFTER])


class ZeroFrame(SubjectShapes):
    """A zero word and the metrics it denies: each a binding of zero."""

    def zeros(self) -> None:
        """ "no deaths (or injuries)", "no one was killed", "geen doden", "niemand raakte gewond"."""
        tokens, lang = self.tokens, self.lang
        if self.lacks("nobody_words", "zero_words"):
            return  # every zero starts at one of their phrases
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
            if found is None or _negated_severity(tokens, i + hit[0], k + found[0], lang):
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
            among = phrases(lang, "among_the").at(tokens, k) if group is None else None
            if among is not None:  # "no ocasionó heridos entre los agentes": the zero is the group's
                noun = _noun(tokens, k + among[0], lang)
                if noun is not None and noun[0] == "group":
                    group = noun[1]
            for metric in dict.fromkeys(metrics):
                self.bindings.append(Binding(mention, metric, group, "zero", chunk_end=k, confidence=0.85))
            i = k
