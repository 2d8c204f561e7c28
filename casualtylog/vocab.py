"""The words casualtylog understands: metrics, groups, vague quantities, numbers.

This module is data plus a few small functions that read it. Metric and group
names are normalised to lower-case slugs, and known synonyms are folded
together, so that "dead", "Deaths" and "fatalities" all name one count:

>>> normalise_metric("Fatalities")
'killed'
>>> normalise_metric("wounded")
'injured'
>>> normalise_group("kids")
'children'
>>> normalise_metric("personnel losses")
'personnel_losses'

Unknown names are kept (as slugs): the vocabulary is open, synonyms are only a
convenience. Vague words map to documented lower bounds (:data:`VAGUE_WORDS`):

>>> VAGUE_WORDS["dozens"]
24

and English number words up to the hundreds are read without any extra package:

>>> words_to_int("twenty-one")
21
>>> words_to_int("a hundred")
100
>>> words_to_int("twelvish") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from casualtylog.errors import VocabularyError

__all__ = [
    "BOUND_WORDINGS",
    "ENGLISH_SCALES",
    "ENGLISH_TENS",
    "ENGLISH_UNITS",
    "GROUP_SYNONYMS",
    "METRIC_SYNONYMS",
    "NUMBER_WORDS",
    "VAGUE_WORDS",
    "normalise_group",
    "normalise_metric",
    "slug",
    "words_to_int",
]

#: Canonical metric → the synonyms that fold into it.
_METRICS: dict[str, tuple[str, ...]] = {
    "killed": (
        "dead",
        "death",
        "deaths",
        "died",
        "fatalities",
        "fatality",
        "fatal",
        "death_toll",
        "deceased",
        "killings",
        "lives_lost",
    ),
    "injured": ("wounded", "injuries", "injury", "hurt", "casualties_injured"),
    "missing": ("disappeared", "unaccounted_for"),
    "displaced": ("idps", "evacuated_persons"),
    "detained": ("arrested", "arrests", "detentions"),
    "launched": ("fired",),
    "intercepted": ("shot_down", "downed", "destroyed_in_flight"),
    "affected": (),
    "rescued": ("saved",),
    "evacuated": (),
}

#: Canonical group → synonyms.
_GROUPS: dict[str, tuple[str, ...]] = {
    "children": ("child", "kids", "kid", "minors", "minor"),
    "women": ("woman", "female", "females"),
    "men": ("man", "male", "males"),
    "civilians": ("civilian",),
    "elderly": ("older_people",),
    "missiles": ("missile",),
    "drones": ("drone", "uavs", "uav"),
}


def _invert(table: dict[str, tuple[str, ...]]) -> Mapping[str, str]:
    out = {name: name for name in table}
    for name, synonyms in table.items():
        out.update(dict.fromkeys(synonyms, name))
    return MappingProxyType(out)


#: Every known spelling (as a slug) → its canonical metric.
METRIC_SYNONYMS: Mapping[str, str] = _invert(_METRICS)
#: Every known spelling (as a slug) → its canonical group.
GROUP_SYNONYMS: Mapping[str, str] = _invert(_GROUPS)

#: Vague quantity words → the lower bound they stand for. "Dozens" means at
#: least two dozen; "hundreds" at least two hundred. These are conventions in
#: the spirit of ACLED's coding of vague reports; pass your own mapping to
#: :meth:`casualtylog.Figure.parse` to change them.
VAGUE_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "a few": 2,
        "several": 3,
        "a dozen": 12,
        "dozens": 24,
        "scores": 40,
        "tens": 20,
        "hundreds": 200,
        "thousands": 2000,
        "tens of thousands": 20000,
    }
)

#: The words a bound may be written with, besides its qualifier's own ("more than",
#: "fewer than", "almost"), by qualifier. They are kept so that a figure is shown
#: as the source wrote it ("over 12000", "nearly 500"); the interval is the
#: qualifier's (docs/model.md). Closed lists: what is stored must parse back.
BOUND_WORDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "more_than": ("over", "above", "upwards of", "in excess of"),
        "fewer_than": ("under", "below"),
        "almost": ("nearly", "just under", "just below"),
    }
)

#: English number words below twenty, as reports write them.
ENGLISH_UNITS: Mapping[str, int] = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    }
)  # fmt: skip
# A figure on its own may also be "no" (deaths) or "a" (hundred); the text
# extractor, which reads these words inside sentences, treats them separately.
_UNITS = dict(ENGLISH_UNITS) | {"no": 0, "none": 0, "a": 1, "an": 1}
#: English tens.
ENGLISH_TENS: Mapping[str, int] = MappingProxyType(
    {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
)
_TENS = ENGLISH_TENS
#: English scale words.
ENGLISH_SCALES: Mapping[str, int] = MappingProxyType({"hundred": 100, "thousand": 1000, "million": 1_000_000})
_SCALES = ENGLISH_SCALES

#: Every English number word this module reads, with its value.
NUMBER_WORDS: Mapping[str, int] = MappingProxyType({**_UNITS, **_TENS, **_SCALES})

_SLUG_STRIP = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ``text`` and join its words with underscores.

    >>> slug("  Death Toll ")
    'death_toll'
    """
    return _SLUG_STRIP.sub("_", text.casefold()).strip("_")


@lru_cache(maxsize=4096)
def normalise_metric(name: str) -> str:
    """The canonical metric for ``name`` (synonyms folded, unknown names kept).

    >>> normalise_metric("DEAD")
    'killed'

    Raises:
        VocabularyError: ``name`` is empty or holds no letter or digit.
    """
    key = slug(name)
    if not key:
        raise VocabularyError("metric", name, "a name such as 'killed' or 'injured'")
    return METRIC_SYNONYMS.get(key, key)


@lru_cache(maxsize=4096)
def normalise_group(name: str | None) -> str | None:
    """The canonical group for ``name``; ``None``, "" and "all" mean everyone.

    >>> normalise_group("Minors"), normalise_group("all"), normalise_group(None)
    ('children', None, None)
    """
    if name is None:
        return None
    key = slug(name)
    if key in {"", "all", "total", "everyone", "none"}:
        return None
    return GROUP_SYNONYMS.get(key, key)


def words_to_int(text: str) -> int | None:
    """Read an English number written in words, or return ``None``.

    Handles "twelve", "twenty-one", "one hundred and five", "a hundred",
    "two thousand three hundred". Anything else gives ``None`` rather than a
    guess.

    >>> words_to_int("one hundred and five")
    105
    >>> words_to_int("two thousand three hundred")
    2300
    """
    words = [w for w in re.split(r"[\s\-]+", text.casefold().strip()) if w and w != "and"]
    if not words:
        return None
    total = 0
    current = 0
    for word in words:
        if word in _UNITS:
            if current % 10 or (current % 100 and _UNITS[word] >= 10):
                return None  # "five three", "twenty twelve": not a number
            current += _UNITS[word]
        elif word in _TENS:
            if current % 100:
                return None
            current += _TENS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return total + current
