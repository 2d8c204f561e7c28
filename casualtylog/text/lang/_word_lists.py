"""How a language's data writes a set of words: one string, split on spaces or on ``|``.

>>> sorted(words("tot  verletzt vermisst"))
['tot', 'verletzt', 'vermisst']
>>> sorted(phrases("nach angaben | laut | "))
['laut', 'nach angaben']
"""

from __future__ import annotations

__all__ = ["phrases", "words"]


def words(text: str) -> frozenset[str]:
    """The words of ``text``, split on white space."""
    return frozenset(text.split())


def phrases(text: str) -> frozenset[str]:
    """The phrases of ``text``, split on ``|`` (each stripped; empty ones dropped)."""
    return frozenset(p.strip() for p in text.split("|") if p.strip())
