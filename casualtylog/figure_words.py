"""Reading a figure from the words a source used: "at least 12", "10-15", "dozens".

:meth:`casualtylog.figures.Figure.parse` is the way in; this module holds the
patterns it tries, in order, and what each shape becomes.

>>> str(_parse_default("no fewer than twelve"))
'at least 12'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from casualtylog.errors import FigureError
from casualtylog.figures import Figure
from casualtylog.qualifiers import MAX_FIGURE, Qualifier, _almost_band
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
