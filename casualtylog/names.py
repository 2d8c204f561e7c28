"""Names of events, sources and channels: one spelling per name.

A name copied from a web page or a chat can carry characters nobody sees: a
zero-width space, a left-to-right mark, a byte-order mark, a letter made of a
base and a combining accent rather than the composed letter. Left as they are,
"Ministry\\u200b of Health" is a second originator and "kyiv\\u200b-2025" a
second count. :func:`normalise_name` gives every name one spelling: Unicode
NFC, the invisible characters removed, runs of whitespace made one space.

>>> normalise_name("Ministry\\u200b of  Health", field="source")
'Ministry of Health'

Control characters, line breaks and bidi overrides are refused, not removed:
they change how a name is displayed (a terminal escape, a reversed run of
text), which is an attack on the reader rather than a typing accident.

>>> normalise_name("Ministry\\u202e of Health", field="source")
Traceback (most recent call last):
...
casualtylog.errors.VocabularyError: source='Ministry\\u202e of Health': expected a name without control characters, line breaks or bidi controls

Names that still differ after this but look alike — a Cyrillic "о" for a Latin
"o", different case or spacing — are not merged (they may be different
names); :func:`skeleton` finds them so that ``check()`` can report them.

>>> skeleton("Ministry of Health") == skeleton("Ministry оf health") == skeleton("ministry-of-health")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from casualtylog.errors import VocabularyError

__all__ = ["CONTROL", "INVISIBLE", "MAX_NAME", "look_alikes", "normalise_name", "skeleton"]

#: The longest name of each kind, checked on the raw value before any other work.
MAX_NAME = {"event": 500, "source": 500, "via": 2000, "metric": 200, "group": 200}

#: Characters removed from names: zero-width space, non-joiner and joiner,
#: left-to-right and right-to-left marks (U+200B–U+200F), the Arabic letter
#: mark (U+061C), the word joiner (U+2060) and the byte-order mark (U+FEFF).
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")

#: Refused in names: C0 and C1 controls, line and paragraph separators, bidi
#: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def normalise_name(value: object, *, field: str) -> str:
    """``value`` as one spelling: NFC, invisible characters removed, whitespace collapsed.

    Raises:
        VocabularyError: ``value`` is not a string, is longer than
            :data:`MAX_NAME` for ``field``, holds control characters, or is empty.
    """
    if not isinstance(value, str):
        raise VocabularyError(field, value, "a name (a string)")
    limit = MAX_NAME.get(field, 500)
    if len(value) > limit:
        raise VocabularyError(field, value, f"a name of at most {limit} characters")
    return _normalise(value, field)


@lru_cache(maxsize=16384)
def _normalise(value: str, field: str) -> str:
    if CONTROL.search(value):
        raise VocabularyError(field, value, "a name without control characters, line breaks or bidi controls")
    # Most names are ASCII: nothing to compose, nothing invisible.
    text = value if value.isascii() else _INVISIBLE.sub("", unicodedata.normalize("NFC", value))
    text = " ".join(text.split())
    if not text:
        raise VocabularyError(field, value, "a non-empty name")
    return text


#: Letters of other scripts that look like Latin ones (a subset of Unicode's
#: confusables, the letters met in names of ministries and places).
_LOOKALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m",
        "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q",
        "ԝ": "w", "һ": "h", "ӏ": "l",
        # Greek
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "γ": "y",
        # Latin look-alikes
        "ı": "i", "ℓ": "l",
    }
)  # fmt: skip
_NOT_ALNUM = re.compile(r"[\W_]+")


def skeleton(name: str) -> str:
    """What a name looks like: compatibility-folded, case-folded, look-alike letters
    mapped to Latin, spacing and punctuation removed.

    Two names with one skeleton but different spellings are probably one name
    typed two ways (or a forgery of one).
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", folded) if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", stripped.translate(_LOOKALIKES))


def look_alikes(names: Iterable[str]) -> list[tuple[str, ...]]:
    """Groups of two or more distinct ``names`` that share a :func:`skeleton`, sorted.

    >>> look_alikes(["Ministry of Health", "Ministry оf Health", "UN OCHA"])
    [('Ministry of Health', 'Ministry оf Health')]
    """
    by_skeleton: dict[str, set[str]] = {}
    for name in set(names):
        by_skeleton.setdefault(skeleton(name), set()).add(name)
    return sorted(tuple(sorted(group)) for group in by_skeleton.values() if len(group) > 1)
