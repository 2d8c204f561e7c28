"""A source's head with the place or body it belongs to, before the verb: "Officials from South Sudan's Warrap state say".

"Officials in the nearby Gautam Buddh Nagar's health department also said",
"officials at Istanbul's provincial Directorate of Health said": the walk back
from the verb (:func:`casualtylog.text._source_names.name_before`) stops at the
lower-case noun that closes the complement ("state", "department"), so no name
was read. When a head ("officials", "residents") opens the clause and a
preposition of place joins it to a phrase that holds a capitalised name, the
head with its complement is the source (the guide writes it whole: "Officials in
California").
"""

from __future__ import annotations

from casualtylog.text._source_shapes import is_head, saying
from casualtylog.text._source_words import OPENERS, modifier
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["head_with_place"]

#: Prepositions that join a head to the body or place it belongs to, besides the language's "in".
_OF_PLACE = frozenset({"from", "at"})
#: How many tokens the complement may hold ("from | South Sudan's Warrap state").
_MAX_COMPLEMENT = 8


def head_with_place(tokens: list[Token], j: int, lang: LanguageData) -> list[Token] | None:
    """The head and its complement ending at ``j`` (the word before the verb), or ``None``."""
    if j < 2 or tokens[j].kind is not WORD:
        return None
    if lang.nouns_capitalised and not tokens[j].is_capitalised:
        return None  # German nouns are capitalised: "die Gesundheitsbehörde im Gazastreifen | weiter" ends on an adverb
    capital = False
    for p in range(j, max(0, j - _MAX_COMPLEMENT) - 1, -1):
        tok = tokens[p]
        if tok.kind is not WORD or tok.low in saying(lang) or tok.low in lang.boundaries:
            return None
        if tok.low in lang.source_place_preps or tok.low in _OF_PLACE:
            if p == j or not capital or p < 1:
                return None
            return _opening_head(tokens, p, j, lang)
        if tok.is_capitalised:
            capital = True
        elif not (tok.low in lang.determiners or tok.low in lang.name_connectors or modifier(tok, lang)):
            return None
    return None


def _opening_head(tokens: list[Token], p: int, j: int, lang: LanguageData) -> list[Token] | None:
    """The head before the preposition at ``p``, when it opens the clause; with its complement up to the verb."""
    h = p - 1
    if not is_head(tokens[h].low, lang) or tokens[h].low in lang.people_nouns:
        return None  # "People in Ohio said": people and residents of a place are no source by their place (session 7)
    start = h
    if start > 0 and tokens[start - 1].low in lang.determiners:
        start -= 1  # "The officials from …": the article goes (``clean_name`` drops it)
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.kind is not PUNCT and before.low not in lang.boundaries | OPENERS:
        return None  # "killed officials from …": the head is an object, no speaker
    return tokens[start : j + 1]
