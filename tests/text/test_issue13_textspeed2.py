"""Issue 13, second pass: the shortcuts of the frames and the tokenizer give what the long way gave.

``SentenceBase.lacks(*fields)`` (casualtylog/text/_binding.py) answers, from the
set of a sentence's words, that no phrase of those tables stands in it; the
frames then skip their walks. That is exact only if no phrase of the tables can
match anywhere in such a sentence, which is what is tested here, on sentences
made of the tables' own words (so phrases do stand in many of them), in all five
languages. And a run of number words, now read once, merges as the rescan at
99dba29 merged it. No wall clock: benchmarks/text_throughput.py measures seconds.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.text._binding import SentenceBase
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import (
    _HALF,
    Kind,
    Token,
    _classify,
    _is_number_word,
    _merge_number_words,
    _split_elisions,
    _tens_and_unit,
    tokenize,
)
from casualtylog.text.lang import LanguageData, get_language
from casualtylog.text.numerals import words_value

LANGUAGES = ("en", "nl", "fr", "de", "es")
#: Every table the frames ask ``lacks`` about.
FIELDS = (
    "toll_nouns",
    "count_nouns",
    "group_cues",
    "intercept_verbs",
    "launch_verbs",
    "weapon_nouns",
    "among_the",
    "zero_words",
    "nobody_words",
    "denial_cues",
    "preliminary_cues",
    "other_event_cues",
    "other_event_openers",
    "conditional_exceptions",
    "conditional_cues",
    "projected_cues",
    "update_cues",
    "confirmed_cues",
    "precaution_cues",
    "located_cues",
)


def _words(code: str) -> list[str]:
    lang = get_language(code)
    found: set[str] = set()
    for field in FIELDS:
        for phrase in sorted(getattr(lang, field))[:60]:
            found.update(phrase.split())
    return [*sorted(found), "12", "dead", ",", "the", "and", "of"]


WORDS = {code: _words(code) for code in LANGUAGES}


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, str]:
    code = draw(st.sampled_from(LANGUAGES))
    words = draw(st.lists(st.sampled_from(WORDS[code]), min_size=1, max_size=14))
    return code, " ".join(words)


@settings(max_examples=300, deadline=None)
@given(sentences())
def test_a_lacking_table_matches_nowhere(case: tuple[str, str]) -> None:
    code, text = case
    lang = get_language(code)
    tokens = tokenize(text, lang)
    sentence = SentenceBase(tokens, lang)
    for field in FIELDS:
        table = phrases(lang, field)
        matches = any(
            table.at(tokens, i) is not None or table.ending(tokens, i) is not None for i in range(len(tokens))
        )
        if sentence.lacks(field):
            assert not matches, (field, text)
    # Several tables at once lack only when each does.
    for pair in (("toll_nouns", "count_nouns"), ("intercept_verbs", "launch_verbs"), ("zero_words", "nobody_words")):
        assert sentence.lacks(*pair) == all(sentence.lacks(field) for field in pair)


def test_a_present_phrase_is_not_lacking() -> None:
    lang = get_language("en")
    tokens = tokenize("The death toll rose to 12; 48 of 70 missiles were shot down, among the dead 3 children", lang)
    sentence = SentenceBase(tokens, lang)
    assert not sentence.lacks("toll_nouns")
    assert not sentence.lacks("weapon_nouns")
    assert not sentence.lacks("among_the")
    assert sentence.lacks("zero_words", "nobody_words")


def _merge_by_rescanning(tokens: list[Token], text: str, lang: LanguageData) -> list[Token]:
    """``_merge_number_words`` as it was at 99dba29: each run read again from each of its words."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind is not Kind.WORD:
            out.append(tok)
            i += 1
            continue
        j = i
        words: list[str] = []
        if tok.low in lang.ambiguous_number_words:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or nxt.low not in lang.scales:
                out.append(tok)
                i += 1
                continue
            words.append(tok.low)
            j = i + 1
        while j < len(tokens) and tokens[j].kind is Kind.WORD:
            low = tokens[j].low
            if (
                _is_number_word(low, lang)
                and not (low in lang.ambiguous_number_words and words and words[-1] not in lang.number_joiners)
            ) or (
                low in lang.number_joiners
                and words
                and (words[-1] in lang.scales or _tens_and_unit(tokens, j, words[-1], lang))
                and j + 1 < len(tokens)
                and _is_number_word(tokens[j + 1].low, lang)
            ):
                words.append(low)
                j += 1
            else:
                break
        if not words or (len(words) == 1 and words[0] in lang.ambiguous_number_words):
            out.append(tok)
            i += 1
            continue
        value = words_value(" ".join(words), lang)
        if value is None:
            out.append(tok)
            i += 1
            continue
        first, last = tokens[i], tokens[j - 1]
        if words[0] in lang.ambiguous_number_words and out and out[-1].low in _HALF:
            first = out.pop()
            value //= 2
        elif words[0] in lang.scales and out and out[-1].low in lang.fraction_words:
            # session 11 (nl11): a fraction before a scale word is part of the number ("een half miljoen")
            value = int(value * lang.fraction_words[out[-1].low])
            first = out.pop()
            if out and out[-1].low in lang.ambiguous_number_words:
                first = out.pop()
        out.append(Token(text[first.start : last.end], first.start, last.end, Kind.NUMBER, value, in_words=True))
        i = j
    return out


def _number_vocabulary(code: str) -> list[str]:
    lang = get_language(code)
    words = [*lang.units, *lang.tens, *lang.scales, *lang.number_joiners, *lang.ambiguous_number_words]
    return [*sorted(set(words)), "half", "and", "people", ",", "12", "twenty-one"]


NUMBER_WORDS = {code: _number_vocabulary(code) for code in LANGUAGES}


@st.composite
def number_runs(draw: st.DrawFn) -> tuple[str, str]:
    code = draw(st.sampled_from(LANGUAGES))
    words = draw(st.lists(st.sampled_from(NUMBER_WORDS[code]), min_size=1, max_size=12))
    return code, " ".join(words)


@settings(max_examples=400, deadline=None)
@given(number_runs())
def test_number_runs_read_once_give_what_rescanning_gave(case: tuple[str, str]) -> None:
    """A run of number words is read once (where each word may continue it), not from each of its words."""
    code, text = case
    lang = get_language(code)
    raw = [_classify(word, start, lang) for word, start in _split_elisions(text, lang)]
    expected = _merge_by_rescanning(list(raw), text, lang)
    assert _merge_number_words(list(raw), text, lang) == expected, text
