"""A mention: one figure-shaped span of a sentence, and the token helpers every frame reads it with.

Split from :mod:`casualtylog.text._mentions` (session 11) so that the readers of
one victim named by a word (:mod:`casualtylog.text._one_mentions`) can share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from casualtylog.errors import FigureError
from casualtylog.figures import Figure
from casualtylog.text._tokens import NUMBER, RANGE, Token

__all__ = ["Mention", "_low", "_shape", "_tok"]


@dataclass
class Mention:
    """A figure in the text: token range (qualifiers included), figure, kind."""

    start: int
    end: int
    figure: Figure
    kind: str  # "number", "vague" or "zero"
    increment: bool = False
    weak_increment: bool = False
    in_words: bool = False
    article: bool = False  # "a child": one victim named by an indefinite article
    # "Ein Feuerwehrmann starb, ein weiterer wird vermisst": the group of the victim an elided "another" repeats
    # ("" for a victim with no group), None for any other mention
    antecedent: str | None = None
    # "uno de sus soldados": the mention took its noun in (the frames then see none after it)
    named: bool = False


def _tok(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _low(tokens: list[Token], i: int) -> str:
    # Inlined (no _tok, no is_number property): the frames call this ~10 times per token.
    if not 0 <= i < len(tokens):
        return ""
    tok = tokens[i]
    return "" if tok.kind is NUMBER or tok.kind is RANGE else tok.low


@lru_cache(maxsize=4096)
def _shape(kind: str, value: int) -> Figure | None:
    # Figures are frozen: a claim-dense text ("5 dead" × 14,000) validates each distinct figure once.
    try:
        if kind == "at_least":
            return Figure.at_least(value)
        if kind == "more_than":
            return Figure.more_than(value) if value >= 1 else None
        if kind == "at_most":
            return Figure.at_most(value)
        if kind == "fewer_than":
            return Figure.fewer_than(value) if value >= 1 else None
        if kind == "about":
            return Figure.about(value)
        return Figure.exact(value)
    except FigureError:
        return None
