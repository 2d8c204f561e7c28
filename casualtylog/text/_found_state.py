"""People found, then an aside saying what all of them were: "encontró a tres personas en el océano, todas muertas".

A verb of finding (``finding_verbs``) names no casualty by itself ("encontró a tres personas" may be alive and
well): the aside after its object does, opened by a comma and a word of "all" or "both" (``aside_all_words``), then
the language's predicate ("muertas", "sin vida", "heridos").
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["found_in_state"]

#: Tokens between the found people and the aside's comma ("a tres personas en el océano, todas muertas").
_REACH = 8


def found_in_state(tokens: list[Token], m: Mention, lang: LanguageData) -> tuple[int, str] | None:
    """The verb of finding before ``m`` (its object marker between) as a verb of the aside's metric, or ``None``."""
    if not lang.finding_verbs or _low(tokens, m.start - 1) not in lang.object_markers:
        return None
    if _low(tokens, m.start - 2) not in lang.finding_verbs:
        return None
    for k in range(m.end, min(len(tokens) - 1, m.end + _REACH)):
        tok = tokens[k]
        if tok.text == "," and tokens[k + 1].low in lang.aside_all_words:
            at = k + 2 + (_low(tokens, k + 2) in lang.pronoun_subjects)  # "todas ellas muertas"
            hit = phrases(lang, "predicates").at(tokens, at)
            return None if hit is None else (1, str(hit[1]))
        if tok.is_number or tok.kind is PUNCT or tok.low in lang.boundaries:
            return None
    return None
