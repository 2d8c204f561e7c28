"""A participle that describes the victims before their own predicate (session 14, ``fresh8rom``).

"Des dizaines de patients hospitalisés ont été évacués à bord d'un ferry" (fr-c2b3ab75-4: evacuated, not injured) and
"Las cuatro personas desaparecidas tras el derrumbe …, fueron halladas sin vida" (es-d1f145e7-1: killed, not
missing): in a language that sets the participle after the noun (``adjective_after_noun``), a predicate right after
the victims' noun with no auxiliary before it may only describe them; when an auxiliary (a gap word) and a predicate
follow it in the same clause, that predicate is the count's own. The walk stops at a number, a clause boundary
(so "tres personas heridas y dos muertas" keeps both participles; a boundary word before an article opens a phrase,
"tras el derrumbe"), a semicolon, a colon or a bracket, and looks :data:`_REACH` tokens on at most.
"""

from __future__ import annotations

from casualtylog.text._binding import SentenceBase
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD

__all__ = ["described_then_predicate"]

#: How many tokens after the describing participle the auxiliary of the count's own predicate may stand.
_REACH = 20
_STOPS = frozenset({";", ":", ".", "(", ")", "!", "?"})


def described_then_predicate(s: SentenceBase, k: int) -> int:
    """Where the auxiliary of the count's own predicate stands when the predicate at ``k`` (right after the
    victims' noun) only describes them; ``k`` itself otherwise."""
    tokens, lang = s.tokens, s.lang
    if not lang.adjective_after_noun or not lang.participle_endings or k >= len(tokens):
        return k
    first = tokens[k]
    if first.kind is not WORD or not first.low.endswith(lang.participle_endings):
        return k
    predicates = phrases(lang, "predicates")
    hit = predicates.at(tokens, k)
    if hit is None:
        return k
    for j in range(k + hit[0], min(len(tokens), k + hit[0] + _REACH)):
        tok = tokens[j]
        phrase = j + 1 < len(tokens) and tokens[j + 1].low in lang.determiners  # "tras el derrumbe": no clause
        if tok.is_number or (tok.low in lang.boundaries and not phrase) or tok.text in _STOPS:
            return k
        if tok.low in lang.gap_words:
            end, gaps = s.gap(j)
            if gaps and predicates.at(tokens, end) is not None:
                return j
        elif predicates.at(tokens, j) is not None:
            return k  # another predicate with no auxiliary: a list of what befell them
    return k
