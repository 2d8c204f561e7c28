"""Splitting text into sentences, keeping each sentence's offsets."""

from __future__ import annotations

import re
from functools import cache

from casualtylog.text.lang import LANGUAGES

__all__ = ["split_sentences"]

# A sentence ends at . ! ? … (with closing quotes) before white space, or at a
# line break.
# The look-behind and the possessive runs keep a run of dots linear: a match
# starts only at the first mark of a run and never backtracks into it.
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)]*+(?=\s)|\n")
_NEXT_VISIBLE = re.compile(r"\S")
#: How far back the splitter looks for the word before a full stop (an abbreviation is short).
_LOOKBACK = 24
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "no",
        "nr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "ca",
        "dhr",
        "mevr",
        "jl",
        "blz",
        "gov",
        "sen",
        "rep",
        "prof",
        "ft",
    ]
)


_WORD = re.compile(r"\w+")


@cache
def _month_names() -> frozenset[str]:
    """Month names in every supported language: a day written as an ordinal ("am 17. Juni") is no sentence end."""
    return frozenset(month for data in LANGUAGES.values() for month in data.months)


@cache
def _month_abbreviations() -> frozenset[str]:
    """Listed month names that are the start of a longer one ("sept", "jan"; not "may"): abbreviations."""
    months = _month_names()
    return frozenset(m for m in months if len(m) <= 4 and any(len(o) > len(m) and o.startswith(m) for o in months))


def _ordinal_day(word: str, text: str, at: int) -> bool:
    """Whether ``word`` before the full stop is a day number and the word at ``at`` a month ("17. Juni")."""
    if not (word.isdigit() and len(word) <= 2):
        return False
    month = _WORD.match(text, at, at + 12)
    return month is not None and month.group().casefold() in _month_names()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence in ``text``, white space trimmed.

    >>> text = "Twelve people died. Dr. Smith said 1.200 were hurt.\\nNext line"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Twelve people died.', 'Dr. Smith said 1.200 were hurt.', 'Next line']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group() != "\n":
            # Bounded look-back and a regex look-ahead: a text of dots or of
            # lower-case words after full stops stays linear.
            before = text[max(start, match.start() - _LOOKBACK) : match.start()].rsplit(None, 1)
            word = before[-1].casefold() if before else ""
            nxt = _NEXT_VISIBLE.search(text, end)
            after = nxt.group() if nxt else ""
            if word in _ABBREVIATIONS or (after and after.islower()):
                continue
            if _honorific(before, after):
                continue
            if nxt is not None and _ordinal_day(word, text, nxt.start()):
                continue
            if after.isdigit() and word in _month_abbreviations():
                continue  # "on Sept. 8"
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _honorific(before: list[str], after: str) -> bool:
    """ "a fait savoir M. Holmes": one capital after a lower-case word, then a name, is an honorific, no end.

    After a capitalised word it may close a name ("Area B. Five people …"), so that still ends a sentence.

    >>> _honorific(["a fait savoir", "M"], "H"), _honorific(["in Area", "B"], "F"), _honorific(["said on", "X"], "T")
    (True, False, False)
    """
    if len(before) < 2 or len(before[-1]) != 1 or not before[-1].isupper() or not after.isupper():
        return False
    if before[-1] == "X":
        return False  # "said on X. The attack …": the platform, not an initial
    previous = before[-2].rsplit(None, 1)[-1]
    return previous[:1].islower()


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


#: The longest stretch of text the frames see at once. Real sentences are far
#: shorter; a longer "sentence" (scraped text without punctuation, a list of
#: numbers) is cut into windows of at most this many characters so that the
#: work per window is bounded and the whole text costs linear time.
MAX_WINDOW = 1000
#: A window prefers to end at clause punctuation within this many characters of its limit.
_CUT_ZONE = 300
_CLAUSE_END = re.compile(r"[,;:)\]](?=\s)")
_SPACE = re.compile(r"\s")
_NON_WORD = re.compile(r"[^\w\u00ad\u200b-\u200f\u2060\ufeff]")


def windows(text: str, start: int, end: int, limit: int = MAX_WINDOW) -> list[tuple[int, int]]:
    """The sentence ``text[start:end]`` cut into windows of at most ``limit`` characters.

    A cut falls after clause punctuation near the limit, else at the last
    white space, else at the last mark between words; it never splits a word
    or a number, so one longer word is a window of its own.

    >>> text = "Five died, " * 3
    >>> [text[s:e] for s, e in windows(text, 0, len(text) - 1, limit=12)]
    ['Five died,', 'Five died,', 'Five died,']
    """
    out: list[tuple[int, int]] = []
    while end - start > limit:
        cut = -1
        low = start + limit - _CUT_ZONE
        for match in _CLAUSE_END.finditer(text, max(start, low), start + limit):
            cut = match.end()
        if cut <= start:
            cut = _last(_SPACE, text, start, start + limit)
        if cut <= start:
            cut = _last(_NON_WORD, text, start, start + limit)
        if cut <= start:
            after = _NON_WORD.search(text, start + limit, end)
            cut = after.start() if after else end
        _add(text, start, cut, out)
        start = cut
    _add(text, start, end, out)
    return out


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """The offset of the last match of ``pattern`` in ``text[start:end]``, or -1 (bounded by ``end - start``)."""
    found = -1
    for match in pattern.finditer(text, start, end):
        found = match.start()
    return found
