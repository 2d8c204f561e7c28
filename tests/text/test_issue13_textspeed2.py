"""Issue 13, second pass: a frame that says no because its trigger words are absent says what it would have said.

``SentenceBase.lacks(*fields)`` (casualtylog/text/_binding.py) answers, from the
set of a sentence's words, that no phrase of those tables stands in it; the
frames then skip their walks. That is exact only if no phrase of the tables can
match anywhere in such a sentence, which is what is tested here, on sentences
made of the tables' own words (so phrases do stand in many of them), in all five
languages. No wall clock: benchmarks/text_throughput.py measures seconds.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.text._binding import SentenceBase
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import tokenize
from casualtylog.text.lang import get_language

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
