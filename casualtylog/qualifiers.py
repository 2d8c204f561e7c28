"""The shapes a figure can take (:class:`Qualifier`) and the bands "about N" and "almost N" span.

>>> _about_band(120), _almost_band(500)
((108, 132), (450, 499))
"""

from __future__ import annotations

import math
import re
from enum import StrEnum

from casualtylog.errors import FigureError

__all__ = ["ABOUT_TOLERANCE", "MAX_FIGURE", "MAX_VAGUE_WORD", "Qualifier"]

#: The largest figure accepted: above the population of the Earth, a figure
#: is a typo or an attack on the pipeline, not a casualty count.
MAX_FIGURE = 10_000_000_000

#: The longest vague word ("tens of thousands" is 16 characters).
MAX_VAGUE_WORD = 40

#: A vague word as the parser reads it: lower-case letters, single spaces.
_VAGUE_WORD = re.compile(r"[a-z]+(?: [a-z]+)*")

#: "about N" spans N ± this share of N (rounded half up) unless the source or
#: the caller gives the band.
ABOUT_TOLERANCE = 0.1


def _check_count(value: int) -> None:
    """Raise FigureError (not pydantic's error) for a count the library refuses."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FigureError(value, "a whole number")
    if value < 0:
        raise FigureError(value, "a count of zero or more")
    if value > MAX_FIGURE:
        raise FigureError(value, f"a count no larger than {MAX_FIGURE:,}")


class Qualifier(StrEnum):
    """The shape of a figure, as the source phrased it."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    FEWER_THAN = "fewer_than"
    RANGE = "range"
    ABOUT = "about"
    INCREMENT = "increment"
    VAGUE = "vague"
    #: Just below N ("almost 500", "nearly 500", "just under 500"). Last, so that the
    #: codes of the other qualifiers (casualtylog.bulk) do not move.
    ALMOST = "almost"


def _about_band(value: int) -> tuple[int, int]:
    spread = math.floor(value * ABOUT_TOLERANCE + 0.5)
    return max(0, value - spread), value + spread


def _almost_band(bound: int) -> tuple[int, int]:
    """The band of 'almost N': below N, by no more than the 'about' tolerance (at least N − 10 %)."""
    return min(_about_band(bound)[0], bound - 1), bound - 1


#: The wording each bounded qualifier is written with when the source gave no other.
_CANONICAL_WORDING = {Qualifier.MORE_THAN: "more than", Qualifier.FEWER_THAN: "fewer than", Qualifier.ALMOST: "almost"}
