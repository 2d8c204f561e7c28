"""Matching the language data's phrases against tokens, word by word."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData

__all__ = ["Phrases", "phrases"]

V = TypeVar("V")


class Phrases:
    """Phrases (lower-case words joined by spaces) → a value, indexed by first and last word."""

    def __init__(self, table: Mapping[str, object] | Iterable[str]) -> None:
        items = table.items() if isinstance(table, Mapping) else ((p, p) for p in table)
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self.by_last: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in items:
            words = tuple(phrase.split())
            self.by_first.setdefault(words[0], []).append((words, value))
            self.by_last.setdefault(words[-1], []).append((words, value))
        for table_ in (self.by_first, self.by_last):
            for options in table_.values():
                options.sort(key=lambda item: -len(item[0]))

    def at(self, tokens: list[Token], i: int) -> tuple[int, object] | None:
        """The longest phrase starting at token ``i``: (its length, its value)."""
        if not 0 <= i < len(tokens):
            return None
        tok = tokens[i]
        if tok.kind is Kind.NUMBER or tok.kind is Kind.RANGE:
            return None
        for words, value in self.by_first.get(tok.low, ()):
            end = i + len(words)
            if end <= len(tokens) and all(tokens[i + k].low == w for k, w in enumerate(words)):
                return len(words), value
        return None

    def hits(self, tokens: list[Token]) -> list[int]:
        """How many tokens before each position start a phrase: ``hits[j] - hits[i]`` counts starts in ``[i, j)``."""
        counts = [0]
        for i in range(len(tokens)):
            counts.append(counts[-1] + (self.at(tokens, i) is not None))
        return counts

    def ending(self, tokens: list[Token], j: int) -> tuple[int, object] | None:
        """The longest phrase ending at token ``j`` (inclusive): (its length, its value)."""
        if not 0 <= j < len(tokens):
            return None
        tok = tokens[j]
        if tok.kind is Kind.NUMBER or tok.kind is Kind.RANGE:
            return None
        for words, value in self.by_last.get(tok.low, ()):
            start = j - len(words) + 1
            if start >= 0 and all(tokens[start + k].low == w for k, w in enumerate(words)):
                return len(words), value
        return None


@lru_cache(maxsize=256)
def phrases(lang: LanguageData, field: str) -> Phrases:
    """The :class:`Phrases` of one field of ``lang`` (cached)."""
    table: Mapping[str, object] | Iterable[str] = getattr(lang, field)
    return Phrases(table)
