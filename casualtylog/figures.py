"""Figures: what a claim asserts about a count, as an integer interval.

A :class:`Figure` is ``[low, high]`` (``high`` is ``None`` when open-ended),
plus the qualifier the source used and, where the source gave one, a point
value. Parsing and ``str()`` round-trip; ``repr()`` is the constructor call:

>>> f = Figure.parse("at least 12")
>>> f
Figure.at_least(12)
>>> str(f), f.low, f.high
('at least 12', 12, None)
>>> Figure.parse(str(f)) == f
True
>>> [str(Figure.parse(t)) for t in ["12", "more than 11", "up to 12", "10-15", "~12", "+2", "two more", "dozens"]]
['12', 'more than 11', 'at most 12', '10–15', 'about 12', '+2', '+2', 'dozens']

Bounds keep the words the source used ("over", "nearly"), and mean what they say:

>>> [(str(f), f.low, f.high) for f in map(Figure.parse, ["over 12000", "nearly 500", "under 20"])]
[('over 12000', 12001, None), ('nearly 500', 450, 499), ('under 20', 0, 19)]

Bad figures fail loudly:

>>> Figure.parse("15-10")
Traceback (most recent call last):
...
casualtylog.errors.FigureError: cannot read figure '15-10': expected a range whose low end (15) is not above its high end (10)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Self

from pydantic import ConfigDict, Field, field_validator, model_validator

from casualtylog._rooted import RootedModel
from casualtylog.errors import FigureError
from casualtylog.qualifiers import ABOUT_TOLERANCE as ABOUT_TOLERANCE  # its old home: still importable here
from casualtylog.qualifiers import (
    MAX_FIGURE,
    Qualifier,
    _about_band,
    _almost_band,
    _check_count,
)
from casualtylog.vocab import VAGUE_WORDS

__all__ = ["MAX_FIGURE", "Figure", "Qualifier", "figure_reads_back"]

_OPEN_ENDED = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.VAGUE})
_POINTS = frozenset({Qualifier.EXACT, Qualifier.INCREMENT})
_FROM_ZERO = frozenset({Qualifier.AT_MOST, Qualifier.FEWER_THAN})
_VAGUE, _MORE_THAN, _RANGE = Qualifier.VAGUE, Qualifier.MORE_THAN, Qualifier.RANGE
_ABOUT, _ALMOST = Qualifier.ABOUT, Qualifier.ALMOST


class Figure(RootedModel):
    """An integer interval with the qualifier a source used.

    Equality covers every field: ``Figure.exact(12)`` and ``Figure.range(12, 12)``
    differ (the second is normalised to the first by :meth:`range`), and so do
    ``at least 12`` and ``more than 11`` although both mean ``[12, ∞)``.

    Attributes:
        qualifier: how the source phrased it.
        low: the smallest value the figure allows.
        high: the largest value it allows, or ``None`` when open-ended.
        value: the point the source gave (exact and "about" figures), or the
            step of an increment.
        word: the vague word ("dozens") a vague figure was read from, or the
            words a bound was written with when they are not the qualifier's
            own ("over" for more than, "under" for fewer than, "nearly" for
            almost; :data:`casualtylog.vocab.BOUND_WORDINGS`). Shown, stored
            and compared; the interval is the qualifier's.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    qualifier: Qualifier
    low: int = Field(ge=0, le=MAX_FIGURE)
    high: int | None = Field(default=None, ge=0, le=MAX_FIGURE)
    value: int | None = Field(default=None, ge=0, le=MAX_FIGURE)
    word: str | None = None

    # Validation errors leave under the library's error root (see RootedModel).
    @field_validator("low", "high", "value", mode="before")
    @classmethod
    def _whole(cls, value: object) -> object:
        if isinstance(value, bool):
            raise FigureError(value, "a whole number, not a boolean")
        return value

    @field_validator("word", mode="before")
    @classmethod
    def _vague_word(cls, value: object) -> object:
        """Hold a vague word to what the parser reads, so that ``str()`` reads back.

        A figure given as fields (JSON, a dict) must pass the rules text passes:
        the word is folded and spaced as parsing folds it, and anything else —
        too long, digits, punctuation, control characters — is refused.
        """
        return vague_word(value)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        # The qualifiers are module constants: a set of enum members built per call, and each
        # ``Qualifier.X`` looked up on the enum class, made this check a third of a figure's
        # construction (about 2 µs of 6 a figure; the compiled reader makes one per new figure text).
        fields = self.__dict__
        q, low, high, value = fields["qualifier"], fields["low"], fields["high"], fields["value"]
        if q is not _VAGUE and fields["word"] is not None:
            check_wording(self)
        if q in _OPEN_ENDED and (high is not None or value is not None):
            raise FigureError(self._fields(), f"an open-ended {q.value} figure with no high and no value")
        if q is _MORE_THAN and low < 1:
            raise FigureError(self._fields(), "'more than' a non-negative number")
        if q is _VAGUE and not self.word:
            raise FigureError(self._fields(), "the vague word it was read from")
        if q in _POINTS and not (value is not None and low == high == value):
            raise FigureError(self._fields(), f"an {q.value} figure with low == high == value")
        if q in _FROM_ZERO and (low != 0 or high is None or value is not None):
            raise FigureError(self._fields(), f"an {q.value} figure with low 0 and a high")
        if q is _RANGE and (high is None or value is not None or not low < high):
            raise FigureError(self._fields(), "a range with low below high and no value")
        if q is _ABOUT and (value is None or high is None or not low <= value <= high):
            raise FigureError(self._fields(), "an 'about' figure with low <= value <= high")
        if q is _ALMOST and (high is None or value is not None or low > high):
            raise FigureError(self._fields(), "an 'almost' figure with low <= high and no value")
        return self

    def _fields(self) -> str:
        return ", ".join(f"{k}={getattr(v, 'value', v)!r}" for k, v in self.__dict__.items() if v is not None)

    # -- constructors -----------------------------------------------------
    @classmethod
    def exact(cls, value: int) -> Figure:
        """Exactly ``value``: ``Figure.exact(12)`` reads "12".

        >>> str(Figure.exact(12))
        '12'
        """
        _check_count(value)
        return cls(qualifier=Qualifier.EXACT, low=value, high=value, value=value)

    @classmethod
    def at_least(cls, low: int) -> Figure:
        """``low`` or more.

        >>> Figure.at_least(12).contains(40)
        True
        """
        return cls(qualifier=Qualifier.AT_LEAST, low=low)

    @classmethod
    def more_than(cls, bound: int, word: str | None = None) -> Figure:
        """Strictly more than ``bound``, as "more than" or in the source's ``word`` ("over").

        >>> Figure.more_than(11).low, str(Figure.more_than(12000, word="over"))
        (12, 'over 12000')
        """
        return cls(qualifier=Qualifier.MORE_THAN, low=bound + 1, word=word)

    @classmethod
    def at_most(cls, high: int) -> Figure:
        """``high`` or fewer ("up to 12").

        >>> (Figure.at_most(12).low, Figure.at_most(12).high)
        (0, 12)
        """
        return cls(qualifier=Qualifier.AT_MOST, low=0, high=high)

    @classmethod
    def fewer_than(cls, bound: int, word: str | None = None) -> Figure:
        """Strictly fewer than ``bound``, as "fewer than" or in the source's ``word`` ("under").

        >>> Figure.fewer_than(12).high, str(Figure.fewer_than(12, word="under"))
        (11, 'under 12')
        """
        if bound < 1:
            raise FigureError(f"fewer than {bound}", "a bound of at least 1")
        return cls(qualifier=Qualifier.FEWER_THAN, low=0, high=bound - 1, word=word)

    @classmethod
    def almost(cls, bound: int, word: str | None = None, low: int | None = None) -> Figure:
        """Just below ``bound`` ("almost", "nearly", "just under"): ``[bound − 10 %, bound − 1]``.

        The source says the count has not reached ``bound`` but is close to it;
        "close" is read with the tolerance of "about N" unless ``low`` is given.

        >>> f = Figure.almost(500, word="nearly")
        >>> str(f), f.low, f.high, f.point
        ('nearly 500', 450, 499, 499)
        >>> str(Figure.almost(500, low=480))
        'almost 500 (480–499)'
        """
        if isinstance(bound, bool) or not isinstance(bound, int) or bound < 1:
            raise FigureError(f"almost {bound}", "a bound of at least 1")
        _check_count(bound)
        default_low, high = _almost_band(bound)
        return cls(qualifier=Qualifier.ALMOST, low=default_low if low is None else low, high=high, word=word)

    @classmethod
    def range(cls, low: int, high: int) -> Figure:
        """From ``low`` to ``high`` inclusive; a one-value range is exact.

        >>> Figure.range(10, 15), Figure.range(12, 12)
        (Figure.range(10, 15), Figure.exact(12))
        """
        if low > high:
            raise FigureError(f"{low}-{high}", f"a range whose low end ({low}) is not above its high end ({high})")
        if low == high:
            return cls.exact(low)
        return cls(qualifier=Qualifier.RANGE, low=low, high=high)

    @classmethod
    def about(cls, value: int, low: int | None = None, high: int | None = None) -> Figure:
        """Approximately ``value``; the band defaults to ±10 % (rounded half up).

        >>> f = Figure.about(12)
        >>> (f.low, f.value, f.high)
        (11, 12, 13)
        >>> str(Figure.about(12, low=10, high=15))
        'about 12 (10–15)'
        """
        default_low, default_high = _about_band(value)
        return cls(
            qualifier=Qualifier.ABOUT,
            low=default_low if low is None else low,
            high=default_high if high is None else high,
            value=value,
        )

    @classmethod
    def increment(cls, step: int) -> Figure:
        """``step`` more than the source's previous figure ("two more").

        >>> Figure.increment(2)
        Figure.increment(2)
        """
        return cls(qualifier=Qualifier.INCREMENT, low=step, high=step, value=step)

    @classmethod
    def vague(cls, word: str, low: int | None = None) -> Figure:
        """A vague quantity ("dozens") read as a lower bound.

        >>> Figure.vague("dozens").low
        24
        """
        key = " ".join(word.casefold().split()) if isinstance(word, str) else word
        if low is None:
            if key not in VAGUE_WORDS:
                raise FigureError(word, f"a vague word from {sorted(VAGUE_WORDS)} or an explicit low")
            low = VAGUE_WORDS[key]
        return cls(qualifier=Qualifier.VAGUE, low=low, word=key)

    @classmethod
    def parse(cls, text: str | int, *, vague: Mapping[str, int] | None = None) -> Figure:
        """Read a figure from the way reports write it.

        Args:
            text: "12", "twelve", "at least 12", "more than 11", "12+", ">=12",
                "up to 12", "fewer than 12", "10-15", "10–15", "between 10 and 15",
                "about 12", "~12", "+2", "two more", "dozens", "1,200" — or an int.
            vague: the lower bounds for vague words, instead of
                :data:`casualtylog.vocab.VAGUE_WORDS`.

        Raises:
            FigureError: the text is not a figure, is negative, above
                :data:`MAX_FIGURE`, or a range with its ends swapped.

        >>> Figure.parse("between 10 and 15")
        Figure.range(10, 15)
        >>> Figure.parse("twelvish")
        Traceback (most recent call last):
        ...
        casualtylog.errors.FigureError: cannot read figure 'twelvish': expected a number ('12', 'twelve'), a bound ('at least 12'), a range ('10-15'), 'about 12', an increment ('+2') or a vague word ('dozens')
        """
        return parse_figure(text, vague)

    @classmethod
    def coerce(cls, value: object) -> Figure:
        """Accept a Figure, a string, an int or a dict of fields.

        >>> Figure.coerce(12) == Figure.coerce("12") == Figure.coerce({"qualifier": "exact", "low": 12, "high": 12, "value": 12})
        True
        """
        if isinstance(value, Figure):
            return value
        if isinstance(value, str | int):
            return cls.parse(value)
        if isinstance(value, float):
            if value.is_integer() and not math.isnan(value):
                return cls.parse(int(value))
            raise FigureError(value, "a whole number (NaN and fractions are not counts)")
        if isinstance(value, Mapping):
            return cls.model_validate(dict(value))
        raise FigureError(value, "a string such as 'at least 12', an int or a Figure")

    # -- reading ------------------------------------------------------------
    @property
    def point(self) -> int:
        """The single number that best stands for this figure.

        Exact and "about" figures give their value; lower bounds and vague
        words their floor; upper bounds and "almost N" their ceiling (N − 1); ranges their midpoint
        (rounded down); increments their step.

        >>> Figure.range(10, 15).point, Figure.at_least(12).point, Figure.at_most(12).point
        (12, 12, 12)
        """
        if self.value is not None:
            return self.value
        if self.qualifier in {Qualifier.AT_MOST, Qualifier.FEWER_THAN, Qualifier.ALMOST}:
            assert self.high is not None  # noqa: S101 - guaranteed by _consistent
            return self.high
        if self.qualifier is Qualifier.RANGE:
            assert self.high is not None  # noqa: S101 - guaranteed by _consistent
            return (self.low + self.high) // 2
        return self.low

    @property
    def is_increment(self) -> bool:
        """True for "+2"-style figures, which need a base before they mean a count."""
        return self.qualifier is Qualifier.INCREMENT

    @property
    def is_open(self) -> bool:
        """True when the figure has no upper end ("at least 12", "dozens")."""
        return self.high is None

    def contains(self, n: int) -> bool:
        """Whether the count ``n`` is allowed by this figure.

        >>> Figure.range(10, 15).contains(16)
        False
        """
        return self.low <= n and (self.high is None or n <= self.high)

    def overlaps(self, other: Figure) -> bool:
        """Whether some count is allowed by both figures.

        >>> Figure.exact(12).overlaps(Figure.at_least(10)), Figure.exact(9).overlaps(Figure.at_least(10))
        (True, False)
        """
        if self.high is not None and self.high < other.low:
            return False
        return not (other.high is not None and other.high < self.low)

    def shifted(self, step: int) -> Figure:
        """This figure plus ``step``, keeping its shape: how an increment is applied.

        >>> Figure.exact(10).shifted(2), Figure.at_least(10).shifted(2)
        (Figure.exact(12), Figure.at_least(12))
        """
        data = self.model_dump()
        data["low"] = self.low + step
        if self.high is not None:
            data["high"] = self.high + step
        if self.value is not None:
            data["value"] = self.value + step
        if self.qualifier is Qualifier.INCREMENT:
            data["qualifier"] = Qualifier.EXACT
        if self.qualifier is Qualifier.VAGUE:
            data["qualifier"], data["word"] = Qualifier.AT_LEAST, None
        if self.qualifier in {Qualifier.AT_MOST, Qualifier.FEWER_THAN}:
            return Figure.range(self.low + step, data["high"])
        return Figure.model_validate(data)

    # -- faces --------------------------------------------------------------
    def __str__(self) -> str:
        return figure_text(self)

    def __repr__(self) -> str:
        return figure_repr(self)


# The parser and the writer build Figures, so they are imported once Figure
# exists (the package imports this module first); a call-time import would
# cost every parse.
from casualtylog.figure_words import (  # noqa: E402
    check_wording,
    figure_reads_back,
    figure_repr,
    figure_text,
    parse_figure,
    vague_word,
)
