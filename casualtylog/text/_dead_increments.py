"""Another N dead, alone in its sentence, is ``+N`` in French, German, Spanish and English "N others" (the guide).

Session 17 (``guide17``): the corpus guide, settled in session 15 ("Another and more", case 2): when the sentence
gives no count that "another" joins to, N is ``+N`` for the dead (a death toll is the running count news adds to:
*Weitere 16 erlagen … den Folgen der Hitze*, de-bf4f086b-3; *27 weitere Todesfälle wurden … gemeldet*,
de-180cd9a6-3; *Deux autres personnes ont été tuées*, fr-ca56c2d3-4; *On compte aussi 65 autres morts*,
fr-f1755ec0-4; *Otras siete personas perdieron la vida*, es-2fe5bccb-3). These languages' "another" words
(*weitere, autres, otros*) are no increment words of the language data, since beside a count of the sentence they
split it (*zwei sofort getötet, zwei weitere später im Krankenhaus*: plain) and for every other metric they are
plain; so the sign is given here, for the dead only, when no other number stands in the sentence (a count of
another metric beside N, *starben … zwei weitere Menschen, außerdem gab es drei Schwerverletzte*, de-44aa86d6-3, is
case 1, where N is plain; the sentence puts it in a separate incident too). The guide's
limits hold: "the other N" with a definite article is a part of a known group (*les deux autres*, *los otros
dos*: plain), and an approximate or qualified count keeps its qualifier and no sign (*Au moins six autres*).
"""

from __future__ import annotations

from casualtylog.figures import Qualifier
from casualtylog.text._mentions import Mention
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["another_start", "dead_increment"]

#: "another" right before N (*weitere 16*, *otras siete*), per language.
_BEFORE = {"de": frozenset({"weitere", "weiterer", "weiteren"}), "es": frozenset({"otros", "otras"})}
#: "another" right after N (*27 weitere Todesfälle*, *deux autres personnes*), per language.
_AFTER = {
    "de": frozenset({"weitere", "weiterer", "weiteren"}),
    "fr": frozenset({"autres"}),
    # English "N others" ("Three others were killed in Shelby County", en-300d5ee4-3); its "another N" and "N more"
    # are increment words of the language data already. Dutch "Vijf anderen kwamen om het leven in Verviers"
    # (nl-49c201d6-3) is labelled 5 where the guide says +5: Dutch is left until the label is settled.
    "en": frozenset({"others", "other"}),
}
#: Languages whose "N others" counts as another N only opening the sentence (the guide's sentence-initial "N others").
_OPENING_ONLY = frozenset({"en"})
#: Words before "another N" that make it the rest of a known group (*les deux autres*, *los otros dos*,
#: *die weiteren zwei*), or a part of a count (*des deux autres*).
_DEFINITE = frozenset(
    {"les", "ces", "des", "aux", "leurs", "ses", "nos", "los", "las", "estos", "estas", "sus", "die", "den", "der"}
    | {"diese", "dieser", "ihre", "seine", "de", "d'", "von"}
)


def dead_increment(tokens: list[Token], m: Mention, metric: str, lang: LanguageData) -> bool:
    """Whether ``m`` is "another N" dead with no number before it in the sentence: ``+N``."""
    if metric != "killed" or m.increment or m.article or m.figure.qualifier is not Qualifier.EXACT:
        return False
    before, after = _BEFORE.get(lang.code, frozenset()), _AFTER.get(lang.code, frozenset())
    if not before and not after:
        return False
    start = another_start(tokens, m, lang)
    if start is None:
        return False
    # one pass per candidate "another N" of the dead: any other count in the sentence is case 1, left as it was
    return not any(t.is_number for t in tokens[:start]) and not any(t.is_number for t in tokens[m.end :])


def another_start(tokens: list[Token], m: Mention, lang: LanguageData) -> int | None:
    """Where "another N" opens (its word before N, or N itself when the word follows it), or ``None`` when ``m`` is
    no "another N" of the kind :func:`dead_increment` reads (the words checked, not the other counts)."""
    before, after = _BEFORE.get(lang.code, frozenset()), _AFTER.get(lang.code, frozenset())
    start = m.start
    if _low(tokens, start - 1) in before:
        start -= 1
    elif _low(tokens, m.end) not in after:
        return None
    if _low(tokens, start - 1) in _DEFINITE:
        return None
    if lang.code in _OPENING_ONLY and any(t.kind is WORD for t in tokens[:start]):
        return None  # "killed a senior official and 14 others": the others of a person the sentence names
    return start


def _low(tokens: list[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) else ""
