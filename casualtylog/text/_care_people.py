"""Who is taken to hospital when the count has no noun, and an aside between them and the verb (session 17).

Session 17 (``rom17``, issue 13): the hospital frame (:meth:`PlaceFrames.taken_to_hospital`) reads a count of people
and a verb of taking them to a hospital within a few words. Two shapes kept it from the counts of French, German and
Spanish reports: the count's people named before it, not after ("las otras cuatro … fueron trasladadas al hospital",
es-0ae1fc47-3; "Von den insgesamt 48 Businsassen seien 30 in umliegende Krankenhäuser gebracht worden",
de-eba9e66b-3), and an aside between the people and the verb ("Acht Personen, darunter eine schwer verletzte Person,
wurden … in umliegende Krankenhäuser transportiert", de-6b64f877-3). Both are read in a bounded window.
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["people_named_before", "skip_aside"]

#: How many tokens an aside between commas may hold.
_ASIDE = 8
#: How many tokens the opening whole ("Von den insgesamt 48 Businsassen") may take before its noun.
_WHOLE = 4
#: Openings of a whole the count is a part of ("of the", "among the"), per language.
_OF_THE = {
    "fr": frozenset({"parmi les", "sur les", "des"}),
    "de": frozenset({"von den", "unter den"}),
    "es": frozenset({"de las", "de los", "entre las", "entre los"}),
}


def _opening_whole(tokens: list[Token], lang: LanguageData) -> int | None:
    """One past the people noun of a whole that opens the sentence ("De las 16 personas"), or ``None``."""
    openers = _OF_THE.get(lang.code)
    if not openers or len(tokens) < 3 or f"{_low(tokens, 0)} {_low(tokens, 1)}" not in openers:
        return None
    for k in range(2, min(len(tokens), 2 + _WHOLE)):
        noun = _noun(tokens, k, lang)
        if noun is not None and noun[0] in {"people", "group"}:
            return k + noun[2]
        if tokens[k].kind is PUNCT:
            return None
    return None


def people_named_before(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Whether a bare count ``m`` counts people named before it: "the other N", or a part of an opening whole."""
    if lang.code not in _OF_THE or m.kind != "number":
        return False
    if _low(tokens, m.start - 1) in lang.others_words and _low(tokens, m.start - 2) in lang.determiners:
        return True  # "las otras cuatro", "les deux autres" is after its noun, which the frame reads
    whole = _opening_whole(tokens, lang)
    return whole is not None and whole <= m.start and phrases(lang, "metric_nouns").at(tokens, m.end) is None


def skip_aside(tokens: list[Token], k: int) -> int:
    """After an aside between commas at ``k`` (", darunter eine schwer verletzte Person,"), else ``k``."""
    if _low(tokens, k) != ",":
        return k
    for j in range(k + 1, min(len(tokens), k + 1 + _ASIDE)):
        if tokens[j].text == ",":
            return j + 1
        if tokens[j].kind is PUNCT and tokens[j].text not in {"(", ")", "-"}:
            return k
    return k
