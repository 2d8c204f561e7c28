"""Session 14: words shaped like a plural noun of people, and words that only look plural.

Read by :mod:`casualtylog.text._nouns` when it decides whether a word after a figure can be the plural noun of
the people counted.
"""

from __future__ import annotations

__all__ = ["named_compound", "singular_ends"]

#: Endings of words that only look plural (fresh9en): English "virus", "crisis", "anonymous" (never French "élus",
#: "détenus"); every language keeps "-ss".
_SINGULAR_ENDS = {"en": ("ss", "us", "is")}


def named_compound(text: str) -> bool:
    """A nationality written with a hyphen, every part a capitalised word ("Wit-Russen", "Noord-Koreanen",
    "Sri-Lankanen"), is shaped like the plural of its last part (fresh8en)."""
    parts = text.split("-")
    return len(parts) > 1 and all(p.isalpha() and p[0].isupper() for p in parts)


def singular_ends(code: str) -> tuple[str, ...]:
    """The endings after which a word of language ``code`` is not a plural ("seven virus deaths")."""
    return _SINGULAR_ENDS.get(code, ("ss",))
