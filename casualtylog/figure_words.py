"""A figure's words, both ways: reading the words a source used ("at least 12",
"10-15", "dozens") and writing a :class:`~casualtylog.figures.Figure` back as
words that read back as the same figure.

:meth:`casualtylog.figures.Figure.parse` is the way in; this module holds the
patterns it tries, in order, and what each shape becomes. ``str()`` and
``repr()`` of a figure are :func:`figure_text` and :func:`figure_repr`.

>>> str(_parse_default("no fewer than twelve"))
'at least 12'
>>> figure_text(Figure.more_than(12000, word="over")), figure_repr(Figure.about(12))
('over 12000', 'Figure.about(12)')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from casualtylog.errors import FigureError
from casualtylog.figures import Figure
from casualtylog.qualifiers import (
    _CANONICAL_WORDING,
    _VAGUE_WORD,
    MAX_FIGURE,
    MAX_VAGUE_WORD,
    Qualifier,
    _about_band,
    _almost_band,
)
from casualtylog.vocab import BOUND_WORDINGS, VAGUE_WORDS, words_to_int

_EXPECTED = (
    "a number ('12', 'twelve'), a bound ('at least 12'), a range ('10-15'), "
    "'about 12', an increment ('+2') or a vague word ('dozens')"
)
# Number words are runs of letters separated by spaces or hyphens; "and" is one
# of the words (words_to_int skips it). One separator between words, no
# optional parts: the pattern cannot backtrack exponentially.
_NUM = r"(?:\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d+|[a-z]+(?:[\s-][a-z]+)*)"
#: Longer text is not a figure ("one hundred and twenty-three thousand" is 38).
MAX_FIGURE_TEXT = 120

__all__ = [
    "MAX_FIGURE_TEXT",
    "check_wording",
    "figure_reads_back",
    "figure_repr",
    "figure_text",
    "parse_figure",
    "vague_word",
]
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # First, so that "twenty-one" is a number before it could be a range.
    (re.compile(rf"^(?P<a>{_NUM})$"), "exact"),
    (
        re.compile(
            rf"^(?:about|around|approximately|approx\.?|roughly|some|circa|c\.|~|≈)\s*(?P<a>{_NUM})(?:\s*\(\s*(?P<lo>{_NUM})\s*[-–—]\s*(?P<hi>{_NUM})\s*\))?$"
        ),
        "about",
    ),
    (
        re.compile(
            rf"^(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|minimum|min\.?|>=|≥)\s*(?P<a>{_NUM})$"
        ),
        "at_least",
    ),
    (re.compile(rf"^(?P<a>{_NUM})\s*(?:\+|or\s+more|and\s+more|plus)$"), "at_least"),
    (
        re.compile(rf"^(?P<q>more\s+than|over|above|in\s+excess\s+of|upwards\s+of|>)\s*(?P<a>{_NUM})$"),
        "more_than",
    ),
    (
        re.compile(
            rf"^(?P<q>almost|nearly|just\s+under|just\s+below)\s+(?P<a>{_NUM})(?:\s*\(\s*(?P<lo>{_NUM})\s*[-–—]\s*(?P<hi>{_NUM})\s*\))?$"
        ),
        "almost",
    ),
    (
        re.compile(
            rf"^(?:at\s+most|up\s+to|no\s+more\s+than|as\s+many\s+as|a\s+maximum\s+of|maximum|max\.?|<=|≤)\s*(?P<a>{_NUM})$"
        ),
        "at_most",
    ),
    (re.compile(rf"^(?P<a>{_NUM})\s+or\s+(?:fewer|less)$"), "at_most"),
    (re.compile(rf"^(?P<q>fewer\s+than|less\s+than|under|below|<)\s*(?P<a>{_NUM})$"), "fewer_than"),
    (re.compile(rf"^between\s+(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})$"), "range"),
    (re.compile(rf"^(?P<a>{_NUM})\s*(?:[-–—]|\s+to\s+)\s*(?P<b>{_NUM})$"), "range"),
    (re.compile(rf"^from\s+(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})$"), "range"),
    (
        re.compile(
            rf"^(?:\+\s*(?P<a>{_NUM})|(?P<b>{_NUM})\s+(?:more|additional|further|extra)|another\s+(?P<c>{_NUM}))$"
        ),
        "increment",
    ),
    (re.compile(r"^(?P<w>[a-z][a-z ]*?)\s*\(\s*at\s+least\s+(?P<a>\d+)\s*\)$"), "vague"),
]


def _wording(phrase: str, qualifier: Qualifier) -> str | None:
    """The words a bound was written with, kept when the source's are not the qualifier's own.

    Symbols (">", "<") are the qualifier's own: they have no wording to keep.
    """
    word = " ".join(phrase.split())
    return word if word in BOUND_WORDINGS.get(qualifier.value, ()) else None


def _number(text: str, original: str) -> int:
    token = text.strip()
    if token.isdigit():
        n = int(token)
    elif re.fullmatch(r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+", token):
        n = int(re.sub(r"\D", "", token))
    else:
        words = words_to_int(token)
        if words is None:
            raise FigureError(original, _EXPECTED)
        n = words
    if n > MAX_FIGURE:
        raise FigureError(original, f"a count no larger than {MAX_FIGURE:,}")
    return n


def parse_figure(text: str | int, vague: Mapping[str, int] | None = None) -> Figure:
    """:meth:`Figure.parse <casualtylog.figures.Figure.parse>`: ``text`` (or an int)
    as a figure, vague words read with ``vague`` (default :data:`~casualtylog.vocab.VAGUE_WORDS`)."""
    if isinstance(text, bool):
        raise FigureError(text, "a number, not a boolean")
    if isinstance(text, int):
        if text < 0:
            raise FigureError(text, "a count of zero or more")
        if text > MAX_FIGURE:
            raise FigureError(text, f"a count no larger than {MAX_FIGURE:,}")
        return Figure.exact(text)
    if not isinstance(text, str):
        raise FigureError(text, "a string such as 'at least 12' or an int")
    if vague is None:
        return _parse_default(text)
    return _parse(text, vague)


@lru_cache(maxsize=4096)
def _parse_default(text: str) -> Figure:
    return _parse(text, VAGUE_WORDS)


def _parse(text: str, vague: Mapping[str, int]) -> Figure:
    if len(text) > MAX_FIGURE_TEXT:
        raise FigureError(text[:40] + "…", f"a figure of at most {MAX_FIGURE_TEXT} characters")
    cleaned = " ".join(text.strip().casefold().split())
    if not cleaned:
        raise FigureError(text, _EXPECTED)
    if re.fullmatch(r"-\s*\d[\d,. ]*", cleaned):
        raise FigureError(text, "a count of zero or more (a fall is a new, lower claim, not a negative figure)")
    if cleaned in vague:
        return Figure.vague(cleaned, vague[cleaned])
    for pattern, kind in _PATTERNS:
        match = pattern.match(cleaned)
        if not match:
            continue
        groups = match.groupdict()
        if kind == "vague":
            # With its floor written out, any word of letters reads back: a
            # log's own vague words ("bunch", via CasualtyLog(vague=...)) are
            # stored this way and must open again without that mapping.
            return Figure.vague(groups["w"].strip(), _number(groups["a"], text))
        if kind == "increment":
            token = groups["a"] or groups["b"] or groups["c"]
            return Figure.increment(_number(token, text))
        if kind == "exact":
            try:
                return Figure.exact(_number(groups["a"], text))
            except FigureError:
                if groups["a"][0].isdigit():
                    raise  # digits that fail are too large, not another shape
                continue  # "ten-fifteen" is not one number; try the other shapes
        a = _number(groups["a"], text)
        if kind == "at_least":
            return Figure.at_least(a)
        if kind == "more_than":
            return Figure.more_than(a, word=_wording(groups["q"], Qualifier.MORE_THAN))
        if kind == "at_most":
            return Figure.at_most(a)
        if kind == "fewer_than":
            return Figure.fewer_than(a, word=_wording(groups["q"], Qualifier.FEWER_THAN))
        if kind == "almost":
            band = _almost_band(a) if a >= 1 else (0, 0)
            floor = _number(groups["lo"], text) if groups.get("lo") else band[0]
            if groups.get("hi") and _number(groups["hi"], text) != band[1]:
                raise FigureError(text, f"a band that ends just below {a} ({band[1]}), as 'almost {a}' does")
            return Figure.almost(a, word=_wording(groups["q"], Qualifier.ALMOST), low=floor)
        if kind == "range":
            b = _number(groups["b"], text)
            if a > b:
                raise FigureError(text, f"a range whose low end ({a}) is not above its high end ({b})")
            return Figure.range(a, b)
        low = _number(groups["lo"], text) if groups.get("lo") else None
        high = _number(groups["hi"], text) if groups.get("hi") else None
        return Figure.about(a, low=low, high=high)
    raise FigureError(text, _EXPECTED)


# -- writing --------------------------------------------------------------
def vague_word(value: object) -> str | None:
    """Hold a vague word to what the parser reads, so that ``str()`` reads back.

    A figure given as fields (JSON, a dict) must pass the rules text passes:
    the word is folded and spaced as parsing folds it, and anything else —
    too long, digits, punctuation, control characters — is refused.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise FigureError(value, "a vague word such as 'dozens'")
    if len(value) > MAX_VAGUE_WORD:
        raise FigureError(value, f"a vague word of at most {MAX_VAGUE_WORD} characters")
    word = " ".join(value.casefold().split())
    if not _VAGUE_WORD.fullmatch(word):
        raise FigureError(value, "a vague word of letters a–z and single spaces, such as 'dozens'")
    return word


def check_wording(figure: Figure) -> None:
    """A bound's own words: one the parser reads back, for this qualifier."""
    allowed = BOUND_WORDINGS.get(figure.qualifier.value, ())
    if figure.word == _CANONICAL_WORDING.get(figure.qualifier):
        object.__setattr__(figure, "word", None)  # the qualifier's own words: one figure, one form
    elif not allowed:
        raise FigureError(figure._fields(), "no vague word on a figure that is not vague")
    elif figure.word not in allowed:
        raise FigureError(figure._fields(), f"a {figure.qualifier.value} figure worded one of {sorted(allowed)}")


def figure_text(figure: Figure) -> str:
    """The words ``str(figure)`` gives: the source's wording, which :meth:`Figure.parse` reads back."""
    q = figure.qualifier
    if q is Qualifier.EXACT:
        return str(figure.low)
    if q is Qualifier.AT_LEAST:
        return f"at least {figure.low}"
    if q is Qualifier.MORE_THAN:
        return f"{figure.word or 'more than'} {figure.low - 1}"
    if q is Qualifier.AT_MOST:
        return f"at most {figure.high}"
    if q is Qualifier.FEWER_THAN:
        return f"{figure.word or 'fewer than'} {(figure.high or 0) + 1}"
    if q is Qualifier.ALMOST:
        bound = (figure.high or 0) + 1
        band = "" if (figure.low, figure.high) == _almost_band(bound) else f" ({figure.low}–{figure.high})"
        return f"{figure.word or 'almost'} {bound}{band}"
    if q is Qualifier.RANGE:
        return f"{figure.low}–{figure.high}"
    if q is Qualifier.INCREMENT:
        return f"+{figure.value}"
    if q is Qualifier.VAGUE:
        word = figure.word or ""
        return word if VAGUE_WORDS.get(word) == figure.low else f"{word} (at least {figure.low})"
    assert figure.value is not None  # noqa: S101 - ABOUT always has a value
    if (figure.low, figure.high) == _about_band(figure.value):
        return f"about {figure.value}"
    return f"about {figure.value} ({figure.low}–{figure.high})"


def figure_repr(figure: Figure) -> str:
    """The constructor call ``repr(figure)`` gives: ``Figure.at_least(12)``."""
    q = figure.qualifier
    if q in {Qualifier.EXACT, Qualifier.INCREMENT}:
        return f"Figure.{q.value}({figure.value})"
    if q is Qualifier.AT_LEAST:
        return f"Figure.at_least({figure.low})"
    said = "" if figure.word is None else f", word={figure.word!r}"
    if q is Qualifier.MORE_THAN:
        return f"Figure.more_than({figure.low - 1}{said})"
    if q is Qualifier.AT_MOST:
        return f"Figure.at_most({figure.high})"
    if q is Qualifier.FEWER_THAN:
        return f"Figure.fewer_than({(figure.high or 0) + 1}{said})"
    if q is Qualifier.ALMOST:
        bound = (figure.high or 0) + 1
        band = "" if (figure.low, figure.high) == _almost_band(bound) else f", low={figure.low}"
        return f"Figure.almost({bound}{said}{band})"
    if q is Qualifier.RANGE:
        return f"Figure.range({figure.low}, {figure.high})"
    if q is Qualifier.VAGUE:
        return f"Figure.vague({figure.word!r}, {figure.low})"
    if figure.value is not None and (figure.low, figure.high) == _about_band(figure.value):
        return f"Figure.about({figure.value})"
    return f"Figure.about({figure.value}, low={figure.low}, high={figure.high})"


def figure_reads_back(figure: Figure) -> bool:
    """Whether ``Figure.parse(str(figure)) == figure``: what a log stores as text
    must read back as the same figure.

    >>> figure_reads_back(Figure.vague("dozens", 5))
    True
    """
    try:
        again = _parse_default(str(figure))
    except FigureError:
        return False
    return again is figure or again == figure  # parsed figures are cached: usually the same object
