"""Runs of number words read as one number: "one hundred and five", "tweeëntwintig", "half a million".

The tokenizer (:mod:`casualtylog.text._tokens`) calls :func:`_merge_number_words`
after the digits are read; kept apart because reading a run of words is its own
concept (and its own cost: a run is read once, not again from each word). The
names stay private: the tokenizer and tests/text/test_issue13_textspeed2.py reach
them through ``_tokens``.
"""

from __future__ import annotations

from functools import lru_cache

from casualtylog.text._token_type import NUMBER, WORD, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.numerals import split_compound, words_value

__all__ = ["_HALF", "_is_number_word", "_merge_number_words", "_tens_and_unit"]


@lru_cache(maxsize=1024)
def _run_value(words: str, lang: LanguageData) -> int | None:
    # words_value is a pure function of the words: a run read again from each of its words
    # ("twenty " x n) asks the same tails in every window of the text.
    return words_value(words, lang)


@lru_cache(maxsize=4096)
def _is_number_word(word: str, lang: LanguageData) -> bool:
    # Cached: a run of number words is scanned again from each of its words ("twenty " x n).
    if word in lang.vague_words:
        return False
    parts = [p for p in word.split("-") if p]
    if not parts:
        return False
    for at, part in enumerate(parts):
        if part in lang.units or part in lang.tens or part in lang.scales:
            continue
        if 0 < at < len(parts) - 1 and part in lang.number_joiners:
            continue  # Session 13 (fresh7c): "trente-et-un", "vingt-et-une"; the reader checks the whole
        split = split_compound(part, lang) if lang.unit_before_tens else None
        if split is not None and split[-1] not in lang.number_joiners:
            continue  # "tweeëntwintig" is a number, "honderden" is not
        return False
    return True


def _tens_and_unit(tokens: list[Token], j: int, last: str, lang: LanguageData) -> bool:
    """A joiner at ``j`` between a tens word and a unit: "treinta y cinco", "vingt et une" (one number).

    Only where units follow the tens (Dutch and German write "vijfentwintig" as one word).
    """
    return (
        not lang.unit_before_tens
        and last in lang.tens
        and lang.tens[last] < 100
        and j + 1 < len(tokens)
        and lang.units.get(tokens[j + 1].low, 20) < 20  # "soixante et onze"
    )


#: "half" before "a million" / "a hundred" halves it.
_HALF = frozenset({"half"})


def _continues(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """Whether a run of number words that has taken the word before ``j`` takes the word at ``j`` too."""
    tok = tokens[j]
    if tok.kind is not WORD:
        return False
    low, last = tok.low, tokens[j - 1].low
    return (
        _is_number_word(low, lang) and not (low in lang.ambiguous_number_words and last not in lang.number_joiners)
    ) or (
        low in lang.number_joiners
        and (last in lang.scales or _tens_and_unit(tokens, j, last, lang))
        and j + 1 < len(tokens)
        and _is_number_word(tokens[j + 1].low, lang)
    )


def _merge_number_words(tokens: list[Token], text: str, lang: LanguageData) -> list[Token]:
    """Runs of number words ("one hundred and five", "tweeëntwintig") → numbers."""
    out: list[Token] = []
    # ends[j]: where a run that has taken the word before j stops. Whether it takes a word depends
    # only on that word and the one before, so a run is read once, not again from each of its
    # words ("twenty " x n: a run that is no number is tried from every word in it).
    ends = list(range(len(tokens) + 1))
    for j in range(len(tokens) - 1, 0, -1):
        if _continues(tokens, j, lang):
            ends[j] = ends[j + 1]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind is not WORD:
            out.append(tok)
            i += 1
            continue
        words: list[str] = []
        # "a hundred": an ambiguous word may open a number only before a scale word.
        if tok.low in lang.ambiguous_number_words:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or nxt.low not in lang.scales:
                out.append(tok)
                i += 1
                continue
        elif not _is_number_word(tok.low, lang):
            out.append(tok)
            i += 1
            continue
        j = ends[i + 1]
        words = [t.low for t in tokens[i:j]]
        if not words or (len(words) == 1 and words[0] in lang.ambiguous_number_words):
            out.append(tok)
            i += 1
            continue
        value = _run_value(" ".join(words), lang)
        if value is None:
            out.append(tok)
            i += 1
            continue
        first, last = tokens[i], tokens[j - 1]
        if words[0] in lang.ambiguous_number_words and out and out[-1].low in _HALF:
            first = out.pop()  # "half a million" is half of "a million"
            value //= 2
        elif words[0] in lang.scales and out and out[-1].low in lang.fraction_words:
            value = int(value * lang.fraction_words[out[-1].low])  # "anderhalf miljoen", "een half miljoen"
            first = out.pop()
            if out and out[-1].low in lang.ambiguous_number_words:
                first = out.pop()
        out.append(Token(text[first.start : last.end], first.start, last.end, NUMBER, value, in_words=True))
        i = j
    return out
