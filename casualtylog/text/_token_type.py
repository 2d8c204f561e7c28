"""What a token is: its kind, its text and offsets, its value, and the text it is matched by.

The data type shared by the tokenizer (:mod:`casualtylog.text._tokens`), the
number-word reader (:mod:`casualtylog.text._number_words`) and every frame;
kept in a module of its own so the tokenizer and the number-word reader can
both build tokens without importing each other. Import it from ``_tokens``,
which re-exports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

__all__ = ["INVISIBLES", "NONCOUNT", "NUMBER", "PUNCT", "RANGE", "WORD", "Kind", "Token", "visible"]


class Kind(Enum):
    """What a token is."""

    WORD = "word"
    NUMBER = "number"
    RANGE = "range"
    NONCOUNT = "noncount"
    PUNCT = "punct"


# Each kind as a module constant. In Python 3.11 reading a member through its class ("Kind.NUMBER") goes through
# EnumType's __getattr__ hook and costs ten times a global's read; the frames compare token kinds millions of
# times on a long text, so they read these.
WORD, NUMBER, RANGE, NONCOUNT, PUNCT = Kind.WORD, Kind.NUMBER, Kind.RANGE, Kind.NONCOUNT, Kind.PUNCT


@dataclass(slots=True)
class Token:
    """One token: its text, offsets in the whole text, kind and value."""

    text: str
    start: int
    end: int
    kind: Kind
    value: int | None = None
    high: int | None = None
    in_words: bool = False
    #: The text, lower-cased and without invisibles, for matching against the language data.
    low: str = field(init=False)

    def __post_init__(self) -> None:
        # A typographic apostrophe matches the data's straight one ("zo’n" is "zo'n").
        self.low = visible(self.text).casefold().replace("’", "'")

    @property
    def is_number(self) -> bool:
        """A count-like number (or a glued range such as "10-15")."""
        kind = self.kind
        return kind is NUMBER or kind is RANGE

    @property
    def is_capitalised(self) -> bool:
        """Starts with an upper-case letter."""
        return self.text[:1].isupper()


#: Invisible format characters (zero-width space and joiners, direction marks
#: and isolates, the word joiner, the byte-order mark): inside a word they are
#: part of it ("Ty\u200bmur" is one name), and matching ignores them.
INVISIBLES = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLES}]")


def visible(text: str) -> str:
    """``text`` without invisible format characters.

    >>> visible("Ty\u200bmur")
    'Tymur'
    """
    if text.isascii():
        return text  # every invisible is outside ASCII: no search for most words
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text
