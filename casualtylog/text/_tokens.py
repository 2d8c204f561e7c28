"""Tokens of one sentence, with character offsets and numbers already read.

A token is a word, a number (digits or words, value read), a non-count number
(year, date, time, age, distance, percentage, money, ordinal, phone number,
decimal) or a punctuation mark. Every regular expression here is linear: no
nested quantifiers over overlapping classes, and bounded repetitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from casualtylog.figures import MAX_FIGURE
from casualtylog.text._phrase_ends import after_toll_cue
from casualtylog.text.lang import LanguageData
from casualtylog.text.numerals import digits_value, split_compound, words_value

__all__ = ["INVISIBLES", "Kind", "Token", "tokenize", "visible"]


class Kind(Enum):
    """What a token is."""

    WORD = "word"
    NUMBER = "number"
    RANGE = "range"
    NONCOUNT = "noncount"
    PUNCT = "punct"


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
        return self.kind is Kind.NUMBER or self.kind is Kind.RANGE

    @property
    def is_capitalised(self) -> bool:
        """Starts with an upper-case letter."""
        return self.text[:1].isupper()


# A word or digit run, with inner apostrophes, hyphens, dots, commas, slashes
# and colons kept ("twenty-one", "1,200", "18:00", "24/04/2025", "zo'n").
# Linear: each repetition must start with a separator, which [^\W_] excludes.
#: Invisible format characters (zero-width space and joiners, direction marks
#: and isolates, the word joiner, the byte-order mark): inside a word they are
#: part of it ("Ty\u200bmur" is one name), and matching ignores them.
INVISIBLES = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLES}]")
# Each repetition starts with a separator or an invisible, never a word
# character, and the invisible runs cannot be split two ways: still linear.
_TOKEN = re.compile(
    rf"[^\W_]+(?:(?:[{INVISIBLES}]+(?:['’\-.,/:][{INVISIBLES}]*)?|['’\-.,/:][{INVISIBLES}]*)[^\W_]+)*|[^\s{INVISIBLES}]"
)
# Phone numbers: "+380 44 123 4567", "0800-123-456"; bounded repetition.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d|0\d)[\d \-()./]{5,18}\d")
_RANGE = re.compile(r"(\d{1,7})[-–](\d{1,7})")
_DECIMAL = re.compile(r"\d{1,6}[.,]\d{1,3}")


def visible(text: str) -> str:
    """``text`` without invisible format characters.

    >>> visible("Ty\u200bmur")
    'Tymur'
    """
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def _classify(text: str, start: int, lang: LanguageData) -> Token:
    end = start + len(text)
    if not any(ch.isdigit() for ch in text):
        if len(text) == 1 and not text.isalnum():
            return Token(text, start, end, Kind.PUNCT)
        return Token(text, start, end, Kind.WORD)
    value = digits_value(text, lang)
    if value is not None:
        return Token(text, start, end, Kind.NUMBER, value)
    match = _RANGE.fullmatch(text)
    if match:
        low, high = digits_value(match.group(1), lang), digits_value(match.group(2), lang)
        if low is not None and high is not None and low < high and not (_is_year(low) or _is_year(high)):
            return Token(text, start, end, Kind.RANGE, low, high)
    if _DECIMAL.fullmatch(text):
        return Token(text, start, end, Kind.NONCOUNT, None)
    return Token(text, start, end, Kind.NONCOUNT)


def _is_year(value: int) -> bool:
    return 1800 <= value <= 2100


def _merge_space_groups(tokens: list[Token], text: str, lang: LanguageData) -> list[Token]:
    """ "1 200" → one number, when the language groups thousands with a space."""
    out: list[Token] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind is Kind.NUMBER
            and tok.kind in (Kind.NUMBER, Kind.NONCOUNT)  # "000" alone reads as no count
            and tok.text.isdigit()
            and len(tok.text) == 3
            and tok.start - prev.end == 1
            and text[prev.end] in lang.grouping
            and text[prev.end] != ","
            and text[prev.end] != "."
            and re.fullmatch(r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})*", prev.text)
        ):
            merged = prev.text + text[prev.end] + tok.text
            value = digits_value(merged, lang)  # None past the most digits a count has
            out[-1] = Token(merged, prev.start, tok.end, Kind.NUMBER if value is not None else Kind.NONCOUNT, value)
            continue
        out.append(tok)
    return out


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
    for part in parts:
        if part in lang.units or part in lang.tens or part in lang.scales:
            continue
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
    if tok.kind is not Kind.WORD:
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
        if tok.kind is not Kind.WORD:
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
        out.append(Token(text[first.start : last.end], first.start, last.end, Kind.NUMBER, value, in_words=True))
        i = j
    return out


#: The word "year" in the five languages: four digits after it are a year.
_YEAR_WORDS = frozenset({"year", "jaar", "jahr", "jahres", "année", "an", "año"})


def _mark_non_counts(tokens: list[Token], text: str, lang: LanguageData) -> None:
    """Years, dates, times, ages, distances, percentages, money, ordinals → non-counts."""
    n = len(tokens)
    # A predicate that is also a function word (Dutch "om") does not make "in 2022 om" a count.
    people = (
        lang.people_nouns
        | set(lang.group_nouns)
        | set(lang.metric_nouns)
        | (set(lang.predicates) - lang.function_words)
        # "feuerten bisher 1800 Raketen ab": four digits before weapons count them, like people
        | set(lang.weapon_nouns)
    )
    qualifier_ends = {phrase.split()[-1] for phrase in lang.qualifiers} - {"in", "on", "at", "op", "en", "de", "à"}
    for i, tok in enumerate(tokens):
        if tok.kind is not Kind.NUMBER:
            continue
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < n else None
        reason = False
        if prev is not None and (prev.low in lang.non_count_before or prev.text in lang.currency_symbols):
            reason = True
        if prev is not None and prev.low in lang.months:
            reason = True
        if prev is not None and prev.text == "." and i > 1 and tokens[i - 2].low in lang.months:
            reason = True  # "on Sept. 8": an abbreviated month
        if nxt is not None and (nxt.low in lang.non_count_after or nxt.low in lang.months):
            reason = True
        if nxt is not None and nxt.low in {"per", "procent"} and i + 2 < n and tokens[i + 2].low in {"cent", "mille"}:
            reason = True
        if (
            nxt is not None
            and nxt.low in {"and", "-", "–", "en", "to", "tot"}
            and i + 3 < n
            and tokens[i + 2].kind is Kind.NUMBER
            and tokens[i + 3].low in lang.months
        ):
            reason = True  # "24 and 25 April"
        if nxt is not None and nxt.kind is Kind.WORD and nxt.start == tok.end and not tok.in_words:
            reason = True  # "3rd", "12e": letters glued to digits
        if nxt is not None and nxt.text in {"%", "‰", "°"}:
            reason = True
        if (
            not tok.in_words
            and tok.text.isdigit()
            and _is_year(tok.value or 0)
            # "im Jahr 2016 starben": after the word "year" four digits are a year, whatever follows
            and not (nxt is not None and nxt.low in people and not (prev is not None and prev.low in _YEAR_WORDS))
            # "bijna 2000 Palestijnen", "more than 1900 troops": a qualifier before, a word after: a count
            and not (
                prev is not None
                and prev.low in qualifier_ends
                and nxt is not None
                and nxt.kind is Kind.WORD
                and not (i > 1 and tokens[i - 2].low in lang.months)  # "in late July of 2022 led to": a date
            )
            and not after_toll_cue(tokens, i, lang)
        ):
            reason = True
        if reason:
            tok.kind = Kind.NONCOUNT
    # Ages and dates spread over a list: "aged 40 and 45", "on 3, 4 and 5 May".
    for i, tok in enumerate(tokens):
        if tok.kind is not Kind.NONCOUNT:
            continue
        j = i + 1
        while (
            j + 1 < n
            and tokens[j].low in {",", "and", "en", "to", "tot", "-", "or", "of"}
            and tokens[j + 1].is_number
            # "Since 2014, 10,000 people", "As of 11:00, 6 people were injured": a comma, then a count of people
            and not (tokens[j].low == "," and j + 2 < n and tokens[j + 2].low in people)
        ):
            tokens[j + 1].kind = Kind.NONCOUNT
            j += 2


def _mark_phones(tokens: list[Token], text: str) -> None:
    for match in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        if digits < 7:
            continue
        for tok in tokens:
            if tok.start >= match.start() and tok.end <= match.end() and tok.kind is not Kind.WORD:
                tok.kind = Kind.NONCOUNT
    for i, tok in enumerate(tokens):
        if tok.text == "+" and i + 1 < len(tokens) and tokens[i + 1].start == tok.end and tokens[i + 1].is_number:
            if i > 0 and tokens[i - 1].is_number and tokens[i - 1].end == tok.start:
                continue  # "12+" is a bound, "+380" a phone prefix
            tokens[i + 1].kind = Kind.NONCOUNT


def _mark_millions(tokens: list[Token], lang: LanguageData) -> list[Token]:
    """ "2 million", "1.5 million": a number times a scale word."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.low in lang.million_words and not tok.in_words:
            factor = lang.million_words[nxt.low]
            value: int | None = None
            if tok.kind is Kind.NUMBER and tok.value is not None:
                value = tok.value * factor
            else:
                decimal = re.fullmatch(rf"(\d{{1,6}}){re.escape(lang.decimal)}(\d{{1,3}})", tok.text)
                if decimal is not None:
                    whole, frac = decimal.group(1), decimal.group(2)
                    value = (int(whole) * 10 ** len(frac) + int(frac)) * factor // 10 ** len(frac)
            if value is not None:
                out.append(Token(f"{tok.text} {nxt.text}", tok.start, nxt.end, Kind.NUMBER, value))
                i += 2
                continue
        out.append(tok)
        i += 1
    return out


def _split_elisions(sentence: str, lang: LanguageData) -> list[tuple[str, int]]:
    """The raw tokens of ``sentence`` as (text, start), "l'armée" split into "l'" and "armée"."""
    out: list[tuple[str, int]] = []
    for match in _TOKEN.finditer(sentence):
        text, start = match.group(), match.start()
        if lang.elisions:
            cut = _ELISION.match(text)
            if cut is not None and cut.group(1).casefold() in lang.elisions:
                out.append((text[: cut.end()], start))
                text, start = text[cut.end() :], start + cut.end()
        out.append((text, start))
    return out


_ELISION = re.compile(r"([^\W\d_]{1,7})['’](?=[^\W_])")


def tokenize(sentence: str, lang: LanguageData, offset: int = 0) -> list[Token]:
    """The tokens of ``sentence``; offsets are shifted by ``offset``.

    >>> from casualtylog.text.lang import get_language
    >>> [(t.text, t.kind.value, t.value) for t in tokenize("At least 1,200 injured on 24 April", get_language("en"))]
    [('At', 'word', None), ('least', 'word', None), ('1,200', 'number', 1200), ('injured', 'word', None), ('on', 'word', None), ('24', 'noncount', 24), ('April', 'word', None)]
    """
    raw = [_classify(text, start, lang) for text, start in _split_elisions(sentence, lang)]
    raw = _merge_space_groups(raw, sentence, lang)
    raw = _mark_millions(raw, lang)
    _mark_phones(raw, sentence)
    tokens = _merge_number_words(raw, sentence, lang)
    _mark_non_counts(tokens, sentence, lang)
    for tok in tokens:
        if tok.is_number and max(tok.value or 0, tok.high or 0) > MAX_FIGURE:
            tok.kind = Kind.NONCOUNT  # "99999999999 killed", "9999 billion": larger than any count
    if offset:
        for tok in tokens:
            tok.start += offset
            tok.end += offset
    return tokens
