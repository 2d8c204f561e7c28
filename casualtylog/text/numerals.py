"""Reading numbers written in words and digits, per language.

Number words go through text2num (the optional extra ``casualtylog[text]``)
when it is installed, and through a built-in reader when it is not: English
uses :func:`casualtylog.vocab.words_to_int`, other languages the number tables
of their data module (:attr:`LanguageData.units` …).

>>> words_value("twenty-one", "en"), words_value("honderdvijfenveertig", "nl")
(21, 145)
>>> digits_value("1,200", "en"), digits_value("1.200", "nl"), digits_value("1.200", "en")
(1200, 1200, None)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from casualtylog.figures import MAX_FIGURE
from casualtylog.text.lang import LanguageData, get_language
from casualtylog.vocab import words_to_int

__all__ = ["digits_value", "fallback_words_value", "has_text2num", "words_value"]

#: The most digits a count can have: those of the largest figure.
_MAX_DIGITS = len(str(MAX_FIGURE))

_Text2Num = Callable[[str, str], int]

#: Longest number word the reader tries (guards the compound splitter).
_MAX_WORD = 60


def _load_text2num() -> _Text2Num | None:
    """text2num's reader, or ``None`` when the extra is not installed."""
    try:
        from text_to_num import text2num  # noqa: PLC0415 - the optional extra is imported lazily
    except ImportError:
        return None
    reader: _Text2Num = text2num
    return reader


def has_text2num() -> bool:
    """Whether the optional text2num package is installed (``casualtylog[text]``).

    >>> isinstance(has_text2num(), bool)
    True
    """
    return _load_text2num() is not None


@lru_cache(maxsize=16)
def _morphemes(lang: LanguageData) -> tuple[str, ...]:
    words = set(lang.units) | set(lang.tens) | set(lang.scales) | set(lang.number_joiners)
    return tuple(sorted(words, key=len, reverse=True))


def split_compound(word: str, lang: LanguageData) -> list[str] | None:
    """Split a number word into its parts ("tweeëntwintig" → twee, ën, twintig), or ``None``.

    Greedy longest match, linear in the word's length.

    >>> split_compound("achtenveertig", get_language("nl"))
    ['acht', 'en', 'veertig']
    """
    if not word or len(word) > _MAX_WORD:
        return None
    parts: list[str] = []
    i = 0
    morphemes = _morphemes(lang)
    while i < len(word):
        for m in morphemes:
            if word.startswith(m, i):
                parts.append(m)
                i += len(m)
                break
        else:
            return None
    return parts


def _evaluate(parts: list[str], lang: LanguageData) -> int | None:
    total = current = 0
    pending: int | None = None
    last = ""
    for index, part in enumerate(parts):
        nxt = parts[index + 1] if index + 1 < len(parts) else ""
        if part in lang.number_joiners:
            # "tweeëntwintig" (a unit waiting for its tens), "one hundred and five",
            # "treinta y dos", "vingt et un" (tens, then the unit)
            if pending is None and last not in lang.scales and last not in lang.tens:
                return None
        elif part in lang.tens:
            if current % 100:
                return None
            current += lang.tens[part] + (pending or 0)
            pending = None
        elif part in lang.units:
            if pending is not None:
                return None
            if lang.unit_before_tens and nxt in lang.number_joiners:
                pending = lang.units[part]
            else:
                if current % 10 or (current % 100 and lang.units[part] >= 10):
                    return None
                current += lang.units[part]
        elif part in lang.scales:
            scale = lang.scales[part]
            if pending is not None:
                return None
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        last = part
    if pending is not None or (parts and parts[-1] in lang.number_joiners):
        return None
    return total + current


def fallback_words_value(text: str, language: str | LanguageData) -> int | None:
    """The built-in reader for number words (no text2num needed), or ``None``.

    >>> fallback_words_value("tweeëntwintig", "nl"), fallback_words_value("duizend tweehonderd", "nl")
    (22, 1200)
    >>> fallback_words_value("one hundred and five", "en")
    105
    """
    lang = get_language(language)
    if lang.code == "en":
        return words_to_int(text)
    parts: list[str] = []
    for word in re.split(r"[\s\-]+", text.casefold().strip()):
        if not word:
            continue
        split = split_compound(word, lang)
        if split is None:
            return None
        parts.extend(split)
    return _evaluate(parts, lang) if parts else None


def words_value(text: str, language: str | LanguageData) -> int | None:
    """The value of a number written in words, or ``None`` when it is not one.

    Uses text2num when installed, else :func:`fallback_words_value`; a phrase
    text2num refuses ("a hundred") is tried with the fallback too.

    >>> words_value("a hundred", "en"), words_value("twaalf", "nl"), words_value("twelvish", "en")
    (100, 12, None)
    """
    lang = get_language(language)
    reader = _load_text2num()
    if reader is not None:
        try:
            value = reader(text.casefold(), lang.code)
        except (ValueError, KeyError, IndexError, NotImplementedError):
            pass
        else:
            if isinstance(value, int) and value >= 0:
                return value
    return fallback_words_value(text, lang)


def digits_value(text: str, language: str | LanguageData) -> int | None:
    """The value of a number in digits with the language's grouping, or ``None``.

    "1,200" and "1 200" group thousands in English; "1.200" and "1 200" in
    Dutch. A decimal ("1.5" in English, "1,5" in Dutch), a number with a
    leading zero ("012") or a malformed grouping ("1,20") is not a count.

    >>> digits_value("1 200", "en"), digits_value("1,20", "en"), digits_value("012", "en")
    (1200, None, None)

    A number with more digits than :data:`~casualtylog.figures.MAX_FIGURE` is
    not a count either:

    >>> digits_value("9" * 5000, "en") is None
    True
    """
    lang = get_language(language)
    if sum(ch.isdigit() for ch in text) > _MAX_DIGITS:
        return None  # more digits than any figure has: not a count (and no 5000-digit int() to refuse)
    if text.isdecimal():  # not isdigit: "²" is a digit int() refuses
        return None if (len(text) > 1 and text.startswith("0")) else int(text)
    match = re.fullmatch(r"([1-9]\d{0,2})((?:(\D)\d{3})(?:\3\d{3})*)", text)
    if match is None or match.group(3) not in lang.grouping:
        return None
    return int(re.sub(r"\D", "", text))
