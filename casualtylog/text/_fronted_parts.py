"""A bare count after a fronted whole of victims takes the whole's metric (French, German, Spanish).

Session 17 (``rom17``, issue 13): "Parmi les blessés, sept se trouvent en urgence absolue" (fr-d951be0f-5), "De las
47 personas fallecidas en cuatro estados, 18 se reportaron en Veracruz" (es-e9b0862d-2), "De estos fallecimientos,
19 fueron ocasionados por golpe de calor" (es-e2faa34b-3): the sentence opens with the whole ("among the", "of the"
and the victims' metric noun or participle), a comma, and then a count with no noun whose own clause says no metric:
a part of the whole, counted under the whole's metric (the corpus guide counts the parts of a split). The part's own
predicate, when it has one ("Parmi les blessés, deux sont morts"), is left to the frames that read it: this one
returns nothing then. Only the words from the sentence's start to the comma and a few after the count are read.
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["fronted_part"]

#: The openings of a fronted whole that are not "among the" (which every language lists): "of the", "of these".
_OF_THE = {
    "es": frozenset({"de las", "de los", "de estas", "de estos", "de esas", "de esos"}),
    "de": frozenset({"von den"}),
}
#: How many words the whole may take after its opener ("las 47 personas fallecidas en cuatro estados").
_WHOLE_REACH = 8
#: The metrics of victims a whole may split ("De los 13 rescatados, dos fueron dados de alta" is no count).
_METRICS = frozenset({"killed", "injured", "missing"})
#: The first word of a partitive after the part, however the rest is spelt ("trois d'entre-elles").
_OF = frozenset({"d'", "de", "von", "d’"})
#: How many words after the part its clause is read for a predicate of its own.
_OWN_REACH = 8


def _opener(tokens: list[Token], lang: LanguageData) -> int | None:
    """The number of tokens of the sentence's opening "among the" or "of the", or ``None``."""
    hit = phrases(lang, "among_the").at(tokens, 0)
    if hit is not None:
        return hit[0]
    for size in (2, 1):
        if " ".join(t.low for t in tokens[:size]) in _OF_THE.get(lang.code, frozenset()):
            return size
    return None


def fronted_part(tokens: list[Token], m: Mention, lang: LanguageData) -> str | None:
    """The metric of the fronted whole ``m`` (a bare number right after its comma) is a part of, or ``None``."""
    if lang.code not in {"fr", "de", "es"} or m.kind != "number" or m.increment or _low(tokens, m.start - 1) != ",":
        return None
    if _noun(tokens, m.end, lang) is not None:
        return None  # "Parmi les morts, deux enfants": a noun of its own, the among frame's
    start = _opener(tokens, lang)
    comma = m.start - 1
    if start is None or not start < comma <= start + _WHOLE_REACH:
        return None
    metrics, predicates = phrases(lang, "metric_nouns"), phrases(lang, "predicates")
    metric: str | None = None
    for k in range(start, comma):
        if tokens[k].kind is PUNCT:
            return None
        hit = metrics.at(tokens, k) or predicates.at(tokens, k)
        if hit is not None and metric is None:
            metric = str(hit[1])
        elif metric is None and tokens[k].low in lang.victim_nouns:
            metric = "killed"  # "De estas 78 víctimas": victims in a toll are the dead (the corpus guide)
    if metric not in _METRICS:
        return None
    if phrases(lang, "of_words").at(tokens, m.end) is not None or _low(tokens, m.end) in _OF:
        return None  # "trois d'entre elles, des civils": a partitive of its own, the part frames'
    for k in range(m.end, min(len(tokens), m.end + _OWN_REACH)):
        if tokens[k].kind is PUNCT or tokens[k].is_number:
            break
        if tokens[k].low in lang.group_nouns:
            return None  # "tres son hombres": who they were, the identity frame's (which names the group)
        own = predicates.at(tokens, k) or metrics.at(tokens, k)
        if own is not None and own[1] != metric:
            return None  # "Parmi les blessés, deux sont morts": its own metric, read by its own frame
    return metric
