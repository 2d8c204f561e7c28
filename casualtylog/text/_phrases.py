"""Matching the language data's phrases against tokens, word by word."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TypeVar

from casualtylog.text._tokens import NUMBER, RANGE, Token
from casualtylog.text.lang import LanguageData

__all__ = ["Phrases", "less_starts", "phrases"]

V = TypeVar("V")


class _Trie:
    """Phrases word by word: the value of the phrase that ends here, and the words that may follow."""

    __slots__ = ("children", "hit")

    def __init__(self) -> None:
        self.children: dict[str, _Trie] = {}
        #: (length, value) of the phrase that ends here, or None: one tuple, shared by every match.
        self.hit: tuple[int, object] | None = None

    def add(self, words: Iterable[str], length: int, value: object) -> None:
        node = self
        for word in words:
            node = node.children.setdefault(word, _Trie())
        node.hit = (length, value)


class Phrases:
    """Phrases (lower-case words joined by spaces) → a value, in a trie from the first and one from the last word.

    A table may hold a thousand phrases that end in the same word (English
    generates its toll cues: "could climb to", "has risen to", …): the tries
    make each match cost the length of the phrase, not the number of phrases.
    """

    def __init__(self, table: Mapping[str, object] | Iterable[str]) -> None:
        items = table.items() if isinstance(table, Mapping) else ((p, p) for p in table)
        self.forward = _Trie()
        self.backward = _Trie()
        for phrase, value in items:
            words = tuple(phrase.split())
            self.forward.add(words, len(words), value)
            self.backward.add(reversed(words), len(words), value)

    def at(self, tokens: list[Token], i: int) -> tuple[int, object] | None:
        """The longest phrase starting at token ``i``: (its length, its value)."""
        # The frames ask this hundreds of thousands of times on a claim-dense text, and most
        # first words start no phrase: that answer costs one look-up.
        if not 0 <= i < len(tokens):
            return None
        tok = tokens[i]
        node = self.forward.children.get(tok.low)
        if node is None or tok.kind is NUMBER or tok.kind is RANGE:
            return None
        best = node.hit
        for k in range(i + 1, len(tokens)):
            node = node.children.get(tokens[k].low)
            if node is None:
                break
            if node.hit is not None:
                best = node.hit
        return best

    def starts(self, tokens: list[Token], begin: int = 0) -> list[int]:
        """The positions from ``begin`` on where :meth:`at` may find a phrase: its first word stands there.

        A sentence-long scan asks :meth:`at` only there instead of at every token (one set look-up each).
        """
        first = self.forward.children
        return [i for i in range(begin, len(tokens)) if tokens[i].low in first]

    def spans(self, tokens: list[Token]) -> Iterator[tuple[int, int, object]]:
        """Every phrase in ``tokens``, left to right, not overlapping: (start, end, value)."""
        i = 0
        first = self.forward.children  # most tokens start no phrase: skip the call for them (as ``hits`` does)
        while i < len(tokens):
            hit = self.at(tokens, i) if tokens[i].low in first else None
            if hit is None:
                i += 1
                continue
            yield i, min(len(tokens), i + hit[0]), hit[1]
            i += hit[0]

    def hits(self, tokens: list[Token]) -> list[int]:
        """How many tokens before each position start a phrase: ``hits[j] - hits[i]`` counts starts in ``[i, j)``."""
        counts = [0]
        first = self.forward.children  # most tokens start no phrase: skip the call for them
        for i, tok in enumerate(tokens):
            counts.append(counts[-1] + (tok.low in first and self.at(tokens, i) is not None))
        return counts

    def ending(self, tokens: list[Token], j: int) -> tuple[int, object] | None:
        """The longest phrase ending at token ``j`` (inclusive): (its length, its value)."""
        if not 0 <= j < len(tokens):
            return None
        tok = tokens[j]
        node = self.backward.children.get(tok.low)
        if node is None or tok.kind is NUMBER or tok.kind is RANGE:
            return None
        best = node.hit
        for k in range(j - 1, -1, -1):
            node = node.children.get(tokens[k].low)
            if node is None:
                break
            if node.hit is not None:
                best = node.hit
        return best


@lru_cache(maxsize=256)
def phrases(lang: LanguageData, field: str) -> Phrases:
    """The :class:`Phrases` of one field of ``lang`` (cached)."""
    table: Mapping[str, object] | Iterable[str] = getattr(lang, field)
    return Phrases(table)


def less_starts(counts: list[int], drop: Callable[[int], bool]) -> list[int]:
    """Prefix counts of cue starts (as :meth:`Phrases.hits` gives them) less each start ``i`` for which ``drop(i)``:
    a cue whose context says it marks nothing here."""
    out = [0]
    for i in range(len(counts) - 1):
        new = counts[i + 1] - counts[i]
        out.append(out[-1] + (0 if new and drop(i) else new))
    return out
