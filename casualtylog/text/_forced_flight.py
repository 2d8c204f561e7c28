"""People forced to flee, the count the object of a verb of forcing: "a contraint plus de 500 personnes à quitter
leur domicile", "la violencia obligó a 25.000 personas a abandonar sus hogares", "obligaron a huir a 500 personas".

A verb of forcing (``forcing_verbs``) names no casualty: one forces people to pay or to wait as often. Only what
they were forced to do makes the count displaced: after the preposition (``forcing_preps``), a bare infinitive of
fleeing (``flight_infinitives``: "fuir", "huir") or the language's displaced predicate ("quitter leur domicile",
"abandonar sus hogares"), either after the people ("… 500 personnes à fuir") or before the count ("obligaron a huir
a 500 personas", Spanish).
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["forced_flight"]


def _flight_at(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """The length of a preposition and what the people were forced to do at ``k`` when that is fleeing, else 0."""
    if _low(tokens, k) not in lang.forcing_preps:
        return 0
    if _low(tokens, k + 1) in lang.flight_infinitives:
        return 2
    hit = phrases(lang, "predicates").at(tokens, k + 1)
    return 1 + hit[0] if hit is not None and hit[1] == "displaced" else 0


def forced_flight(tokens: list[Token], m: Mention, lang: LanguageData) -> tuple[int, str] | None:
    """``(1, "displaced")`` when ``m`` counts people a verb of forcing made flee, else ``None``."""
    if not lang.forcing_verbs:
        return None
    j = m.start - 1
    if _low(tokens, j) in lang.object_markers:
        j -= 1  # "obligó a 25.000 personas a"
    if _low(tokens, j) in lang.forcing_verbs:
        noun = _noun(tokens, m.end, lang)
        if noun is not None and noun[0] in {"people", "group"} and _flight_at(tokens, m.end + noun[2], lang):
            return (1, "displaced")
        return None
    # the flight first, then its people (Spanish): "obligaron a huir a 500 personas"
    if j == m.start - 1:
        return None
    for start in range(j - 1, max(-1, j - 6), -1):
        if _low(tokens, start) in lang.forcing_verbs:
            return (1, "displaced") if start + 1 + _flight_at(tokens, start + 1, lang) == j + 1 else None
    return None
