"""Tokens of one sentence, with character offsets and numbers already read.

A token is a word, a number (digits or words, value read), a non-count number
(year, date, time, age, distance, percentage, money, ordinal, phone number,
decimal) or a punctuation mark. Every regular expression here is linear: no
nested quantifiers over overlapping classes, and bounded repetitions.

Number words are read in :mod:`casualtylog.text._number_words`, and the token
type itself lives in :mod:`casualtylog.text._token_type`; both are re-exported
here, where the other modules and the tests import them.
"""

from __future__ import annotations

import re

from casualtylog.figures import MAX_FIGURE
from casualtylog.text._day_dates import day_of_month, spread_stops

# Redundant aliases re-export the number-word names tests/text/test_issue13_textspeed2.py imports from here.
from casualtylog.text._number_words import _HALF as _HALF
from casualtylog.text._number_words import _is_number_word as _is_number_word
from casualtylog.text._number_words import _merge_number_words as _merge_number_words
from casualtylog.text._number_words import _tens_and_unit as _tens_and_unit
from casualtylog.text._phrase_ends import after_toll_cue, count_words, subject_year
from casualtylog.text._token_type import INVISIBLES, NONCOUNT, NUMBER, PUNCT, RANGE, WORD, Kind, Token, visible
from casualtylog.text.lang import LanguageData
from casualtylog.text.numerals import digits_value

__all__ = ["INVISIBLES", "NONCOUNT", "NUMBER", "PUNCT", "RANGE", "WORD", "Kind", "Token"]
__all__ += ["adverbial_number", "tokenize", "visible"]


# A word or digit run, with inner apostrophes, hyphens, dots, commas, slashes
# and colons kept ("twenty-one", "1,200", "18:00", "24/04/2025", "zo'n"), and
# invisibles (INVISIBLES, see _token_type) inside a word kept as part of it.
# Linear: each repetition must start with a separator or an invisible, never a
# word character ([^\W_] excludes both), and the invisible runs cannot be split
# two ways.
_TOKEN = re.compile(
    rf"[^\W_]+(?:(?:[{INVISIBLES}]+(?:['’\-.,/:][{INVISIBLES}]*)?|['’\-.,/:][{INVISIBLES}]*)[^\W_]+)*|[^\s{INVISIBLES}]"
)
# Phone numbers: "+380 44 123 4567", "0800-123-456"; bounded repetition.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d|0\d)[\d \-()./]{5,18}\d")
_RANGE = re.compile(r"(\d{1,7})[-–](\d{1,7})")
_DECIMAL = re.compile(r"\d{1,6}[.,]\d{1,3}")


def _classify(text: str, start: int, lang: LanguageData) -> Token:
    end = start + len(text)
    if text.isalpha() or not any(ch.isdigit() for ch in text):  # a letter is never a digit: one C call for a word
        if len(text) == 1 and not text.isalnum():
            return Token(text, start, end, PUNCT)
        return Token(text, start, end, WORD)
    value = digits_value(text, lang)
    if value is not None:
        return Token(text, start, end, NUMBER, value)
    match = _RANGE.fullmatch(text)
    if match:
        low, high = digits_value(match.group(1), lang), digits_value(match.group(2), lang)
        if low is not None and high is not None and low < high and not (_is_year(low) or _is_year(high)):
            return Token(text, start, end, RANGE, low, high)
    if _DECIMAL.fullmatch(text):
        return Token(text, start, end, NONCOUNT, None)
    return Token(text, start, end, NONCOUNT)


def _is_year(value: int) -> bool:
    return 1800 <= value <= 2100


def adverbial_number(tokens: list[Token], j: int, months: frozenset[str]) -> bool:
    """A number at ``j`` that is no count and dates no other incident: a time or a road ("rond 3 uur", "om 23.00
    uur", "op de A2"), a word of an adverbial between a subject and its participle (session 11, nl11). A year
    ("in 2020") or a date ("op 12 mei") may date another incident, so they still end the reach."""
    tok = tokens[j]
    if tok.kind is not NONCOUNT or (tok.value is not None and _is_year(tok.value) and tok.text.isdigit()):
        return False
    return j + 1 >= len(tokens) or tokens[j + 1].low not in months


def _merge_space_groups(tokens: list[Token], text: str, lang: LanguageData) -> list[Token]:
    """ "1 200" → one number, when the language groups thousands with a space."""
    out: list[Token] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind is NUMBER
            and tok.kind in (NUMBER, NONCOUNT)  # "000" alone reads as no count
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
            out[-1] = Token(merged, prev.start, tok.end, NUMBER if value is not None else NONCOUNT, value)
            continue
        out.append(tok)
    return out


#: The word "year" in the five languages: four digits after it are a year.
_YEAR_WORDS = frozenset({"year", "jaar", "jahr", "jahres", "année", "an", "año"})


def _named_year(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """German four digits between a noun (not the first word) and a lower-case word: "die Sturmflut 1962 kamen".

    Such a year names an event ("die Flutkatastrophe 2021", "„Ansbach Open 2016“"); whether that
    event is the report's own is left to the report's date elsewhere: here it is only no count.
    """
    return (
        lang.nouns_capitalised
        and 1 < i < len(tokens) - 1
        and tokens[i - 1].kind is WORD
        and tokens[i - 1].is_capitalised
        and tokens[i - 1].low not in lang.months
        and tokens[i + 1].kind is WORD
        and not tokens[i + 1].is_capitalised
    )


#: Words between a parent and a number that join two subjects, not the parent to their children ("una madre y 3").
_KIN_JOINERS = frozenset({"and", "en", "et", "und", "y", "e"})


#: How far after a sentence-opening year and its verb the clause's own count may stand ("2015 starben 130").
_YEAR_VERB_REACH = 4


def _opening_words(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """Whether one opening adverb of earlier time stands before ``i`` ("Schon 2019 starben …": ``year_adverbs``)."""
    return i == 1 and tokens[0].low in lang.year_adverbs


def _count_follows(tokens: list[Token], k: int) -> bool:
    """Whether a number stands within a few words from ``k``, before any punctuation."""
    for tok in tokens[k : k + _YEAR_VERB_REACH]:
        if tok.kind is PUNCT:
            return False
        if tok.kind is NUMBER:
            return True
    return False


_PER_WORDS = frozenset({"per", "procent", "pour"})  # before "cent"/"mille": a share


def _mark_non_counts(tokens: list[Token], text: str, lang: LanguageData) -> None:
    """Years, dates, times, ages, distances, percentages, money, ordinals → non-counts."""
    n = len(tokens)
    nouns, people, qualifier_ends = count_words(lang)
    for i, tok in enumerate(tokens):
        if tok.kind is not NUMBER:
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
        if lang.day_month_joiners and day_of_month(tokens, i, lang):
            reason = True  # session 12 (fresh12): "desde el 7 de octubre", "seit dem 7. Oktober"
        if (
            nxt is not None
            and tok.low.rsplit(" ", 1)[-1] in lang.million_words
            and nxt.low in lang.vague_links
            and i + 2 < n
            and tokens[i + 2].low in lang.non_count_after
        ):
            reason = True  # "200 millions d'euros", "200 millones de euros": a sum, not a count
        if nxt is not None and nxt.low in _PER_WORDS and i + 2 < n and tokens[i + 2].low in {"cent", "mille"}:
            reason = True  # "73 pour cent"; "dont 73 pour la seule région" is a count (session 12, memb12)
        if (
            nxt is not None
            and nxt.low in {"and", "-", "–", "en", "to", "tot"}
            and i + 3 < n
            and tokens[i + 2].kind is NUMBER
            and tokens[i + 3].low in lang.months
        ):
            reason = True  # "24 and 25 April"
        if nxt is not None and nxt.kind is WORD and nxt.start == tok.end and not tok.in_words:
            reason = True  # "3rd", "12e": letters glued to digits
        if nxt is not None and nxt.text in {"%", "‰", "°"}:
            reason = True
        if (
            prev is not None
            and i > 1
            and tokens[i - 2].low in lang.kin_nouns
            and prev.kind is WORD
            and prev.low not in _KIN_JOINERS
            and prev.low not in lang.coordinators
        ):
            reason = True  # "madre de tres hijos", "Vater von zwei Kindern": a victim's children, no victims
        if (
            not tok.in_words
            and tok.text.isdigit()
            and _is_year(tok.value or 0)
            # "im Jahr 2016 starben": after the word "year" four digits are a year, whatever follows; so after
            # a German noun when a verb follows ("bei der Sturmflut 1962 starben"; "Polizei 1999 Tote" counts)
            and not (
                nxt is not None
                and nxt.low in people
                and not (prev is not None and prev.low in _YEAR_WORDS)
                and not _named_year(tokens, i, lang)
                and not subject_year(tokens, i, lang)
                # "In 2020 overleed een machinist": after "in" a verb follows a year (verb second), a noun a count
                and not (prev is not None and prev.low in lang.year_preps and nxt.low not in nouns)
                # "2015 starben 130 Menschen": a year opening the sentence before a verb and the clause's count
                # and so after an opening adverb of earlier time ("Schon 2019 starben bei einem Beben 40 Menschen")
                and not (
                    (prev is None or _opening_words(tokens, i, lang))
                    and nxt.low not in nouns
                    and _count_follows(tokens, i + 2)
                )
            )
            # "2000 Anwohner wegen Waldbrand evakuiert": a German headline opening with a number before a noun
            and not (prev is None and lang.nouns_capitalised and nxt is not None and nxt.is_capitalised)
            # "bijna 2000 Palestijnen", "more than 1900 troops": a qualifier before, a word after: a count
            and not (
                prev is not None
                and prev.low in qualifier_ends
                and nxt is not None
                and nxt.kind is WORD
                and not (i > 1 and tokens[i - 2].low in lang.months)  # "in late July of 2022 led to": a date
                and not subject_year(tokens, i, lang)
            )
            and not after_toll_cue(tokens, i, lang)
        ):
            reason = True
        if reason:
            tok.kind = NONCOUNT
    # Ages and dates spread over a list: "aged 40 and 45", "on 3, 4 and 5 May".
    for i, tok in enumerate(tokens):
        if tok.kind is not NONCOUNT:
            continue
        j = i + 1
        while (
            j + 1 < n
            and tokens[j].low in {",", "and", "en", "to", "tot", "-", "or", "of"}
            and tokens[j + 1].is_number
            and not spread_stops(tokens, i, j, people, lang)  # "Since 2014, 10,000 people"; "from 12 on May 3 to 19"
        ):
            tokens[j + 1].kind = NONCOUNT
            j += 2


def _mark_phones(tokens: list[Token], text: str) -> None:
    for match in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        if digits < 7:
            continue
        for tok in tokens:
            if tok.start >= match.start() and tok.end <= match.end() and tok.kind is not WORD:
                tok.kind = NONCOUNT
    for i, tok in enumerate(tokens):
        if tok.text == "+" and i + 1 < len(tokens) and tokens[i + 1].start == tok.end and tokens[i + 1].is_number:
            if i > 0 and tokens[i - 1].is_number and tokens[i - 1].end == tok.start:
                continue  # "12+" is a bound, "+380" a phone prefix
            tokens[i + 1].kind = NONCOUNT


def _thousands(word: str, lang: LanguageData) -> bool:
    return lang.scales.get(word) == 1000


def _mark_millions(tokens: list[Token], lang: LanguageData) -> list[Token]:
    """ "2 million", "1.5 million", "3 mil": a number times a scale word (a million, or a thousand after digits)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and (nxt.low in lang.million_words or _thousands(nxt.low, lang)) and not tok.in_words:
            # "3 mil evacuados" is 3000 (Spanish writes thousands so), not the 1000 of "mil" alone
            factor = lang.million_words.get(nxt.low) or 1000
            value: int | None = None
            # the decimal first: where a comma both groups and marks decimals (Spanish), "1,250 millones" is
            # a decimal of a million, as Spain writes it
            decimal = re.fullmatch(rf"(\d{{1,6}}){re.escape(lang.decimal)}(\d{{1,3}})", tok.text)
            if decimal is not None:
                whole, frac = decimal.group(1), decimal.group(2)
                value = (int(whole) * 10 ** len(frac) + int(frac)) * factor // 10 ** len(frac)
            elif tok.kind is NUMBER and tok.value is not None:
                value = tok.value * factor
            if value is not None:
                out.append(Token(f"{tok.text} {nxt.text}", tok.start, nxt.end, NUMBER, value))
                i += 2
                continue
        out.append(tok)
        i += 1
    return out


def _counted_words(tokens: list[Token], lang: LanguageData) -> list[Token]:
    """ "two dozen": a number in words times a counting noun that is no scale (scales in words are the word
    merger's, "two million"; digits are :func:`_mark_millions`'; "a dozen" is an approximate noun's, about 12)."""
    out: list[Token] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.in_words
            and prev.kind is NUMBER
            and prev.value is not None
            and tok.low in lang.million_words
            and tok.low not in lang.scales
            and lang.million_words[tok.low] < 1000  # a dozen, not a million another language's merger reads
        ):
            value = prev.value * lang.million_words[tok.low]
            out[-1] = Token(f"{prev.text} {tok.text}", prev.start, tok.end, NUMBER, value, in_words=True)
            continue
        out.append(tok)
    return out


#: Digits that may follow a thousand: "mil 115", "3 mil 500" (Mexican Spanish writes 1,115 and 3,500 so).
_UNITS_AFTER_THOUSAND = re.compile(r"\d{1,3}")


def _merge_thousand_units(tokens: list[Token], lang: LanguageData) -> list[Token]:
    """A thousand (in words, or digits and the word) followed by up to three digits: one number, their sum."""
    out: list[Token] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if (
            prev is not None
            and tok.kind is NUMBER
            and tok.value is not None
            and _UNITS_AFTER_THOUSAND.fullmatch(tok.text)
            and prev.kind is NUMBER
            and prev.value is not None
            and prev.value % 1000 == 0
            and _thousands(prev.low.rsplit(" ", 1)[-1], lang)
            and tok.start - prev.end == 1  # one space: "mil, 115" is a list
        ):
            out[-1] = Token(f"{prev.text} {tok.text}", prev.start, tok.end, NUMBER, prev.value + tok.value)
            continue
        out.append(tok)
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
    tokens = _counted_words(_merge_thousand_units(_merge_number_words(raw, sentence, lang), lang), lang)
    _mark_non_counts(tokens, sentence, lang)
    for tok in tokens:
        if tok.is_number and max(tok.value or 0, tok.high or 0) > MAX_FIGURE:
            tok.kind = NONCOUNT  # "99999999999 killed", "9999 billion": larger than any count
    if offset:
        for tok in tokens:
            tok.start += offset
            tok.end += offset
    return tokens
