"""Issue 13: linear time on adversarial input, French/German/Spanish, language detection, unsupported languages."""

from __future__ import annotations

import itertools
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.text import UnsupportedLanguageWarning, detect_language, extract
from casualtylog.text._sentences import MAX_WINDOW, split_sentences, windows

WHEN = "2025-04-24T12:00Z"

#: The shapes that took minutes before issue 13 (a run of one of them makes the text).
SHAPES = [
    "5 dead ",
    "the death toll rose to 12 ",
    "48 of 70 missiles ",
    "including 3 children ",
    "10-15 dead ",
    "twenty ",
    ". ",
    "...",
    "5, ",
    "vijf doden ",
    "waarbij 12 mensen omkwamen ",
]


def _facts(text: str) -> list[tuple[tuple[int, int], str, str]]:
    return [
        (x.span, x.claim.metric, str(x.claim.figure))
        for x in extract(text, source="s", reported_at=WHEN, language="en")
    ]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SHAPES), min_size=1, max_size=4), st.integers(min_value=20_000, max_value=60_000))
def test_issue13_linear_time_windows_are_bounded(units: list[str], size: int) -> None:
    """Every window the frames see is at most MAX_WINDOW long (so the work per window is bounded), and the windows tile the sentence."""
    unit = "".join(units)
    text = (unit * (size // len(unit) + 1))[:size]
    for start, end in split_sentences(text):
        parts = windows(text, start, end)
        assert all(e - s <= MAX_WINDOW or not any(ch.isspace() for ch in text[s:e]) for s, e in parts)
        assert parts[0][0] == start
        assert parts[-1][1] == end
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(parts))
        assert not text[parts[-1][1] : end].strip()


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(SHAPES), st.integers(min_value=30_000, max_value=100_000))
def test_issue13_linear_time_large_input_equals_its_windows(unit: str, size: int) -> None:
    """On a large adversarial input, extraction terminates and finds exactly what its windows find one by one."""
    text = (unit * (size // len(unit) + 1))[:size]
    whole = _facts(text)
    pieces: list[tuple[tuple[int, int], str, str]] = []
    for start, end in split_sentences(text):
        for w_start, w_end in windows(text, start, end):
            for span, metric, figure in _facts(text[w_start:w_end]):
                pieces.append(((span[0] + w_start, span[1] + w_start), metric, figure))
    # A figure may differ only by being an increment of the figure before it; spans and metrics agree.
    assert [(s, m) for s, m, _ in whole] == [(s, m) for s, m, _ in pieces]


def test_issue13_linear_time_list_of_numbers_and_dots_give_nothing() -> None:
    numbers = ", ".join(str(i) for i in range(5, 20_000))[:100_000]
    assert _facts(numbers) == []
    assert _facts("." * 100_000) == []
    assert _facts("9" * 100_000 + " people were killed.") == []


def test_issue13_a_long_sentence_is_still_quoted_around_its_figure() -> None:
    text = "Officials said that " + "the shelling went on, " * 200 + "and 12 people were killed " + "x " * 3000
    [found] = extract(text, source="s", reported_at=WHEN, language="en")
    assert found.sentence == text.strip()
    assert found.claim.quote is not None
    assert "12 people were killed" in found.claim.quote


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Au moins 12 personnes ont été tuées et 30 blessées, selon la police.",
            [("killed", "at least 12"), ("injured", "30")],
        ),
        ("fr", "Le bilan s'élève à 45 morts.", [("killed", "45")]),
        ("de", "Mindestens 12 Menschen wurden getötet.", [("killed", "at least 12")]),
        ("de", "Der Angriff tötete 15 Zivilisten.", [("killed", "15")]),
        (
            "es",
            "Al menos 12 personas murieron y 30 resultaron heridas.",
            [("killed", "at least 12"), ("injured", "30")],
        ),
        ("es", "La cifra de muertos ascendió a 45.", [("killed", "45")]),
    ],
)
def test_issue13_french_german_spanish(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(text, source="s", reported_at=WHEN)
    assert [(x.claim.metric, str(x.claim.figure)) for x in found] == expected
    assert all(x.claim.language == language for x in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une frappe a fait 20 morts à Gaza."),
        ("es", "Un bombardeo israelí mató a 20 palestinos en Gaza."),
        ("de", "Bei dem Anschlag starben 8 Menschen, 20 wurden verletzt."),
        ("nl", "Daarbij kwamen 12 mensen om."),
        ("en", "A strike killed 20 Palestinians in Gaza."),
    ],
)
def test_issue13_language_detection(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Almeno 12 persone sono state uccise nell'attacco, ha detto la polizia.",
        "Загинули щонайменше 12 людей, повідомила поліція.",
    ],
)
def test_issue13_unsupported_language_warns(text: str) -> None:
    with pytest.warns(UnsupportedLanguageWarning, match="language"):
        extract(text, source="s", reported_at=WHEN)


def test_issue13_supported_language_does_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract("At least twelve people were killed in the attack on the city.", source="s", reported_at=WHEN)


def test_issue13_typographic_apostrophe_keeps_the_qualifier() -> None:
    [found] = extract("Er raakten zo’n 250.000 mensen gewond.", source="s", reported_at=WHEN, language="nl")
    assert str(found.claim.figure) == "about 250000"


def test_issue16_item11_unicode_digits_never_crash() -> None:
    for text in ["² people were killed.", "³⁴ dead", "½ killed", "①② people died", "٣ people were killed."]:
        extract(text, source="s", reported_at=WHEN, language="en")
    assert extract("² people were killed.", source="s", reported_at=WHEN) == []


def test_issue16_item7_zero_width_space_does_not_truncate_a_source() -> None:
    [found] = extract(
        "Twelve people were killed, said Ty\u200bmur Tkachenko.", source="s", reported_at=WHEN, language="en"
    )
    assert found.claim.source.name == "Tymur Tkachenko"
    [found] = extract(
        "Twelve people were killed, said Tymur\u2066 Tkachenko\u2069.", source="s", reported_at=WHEN, language="en"
    )
    assert found.claim.source.name == "Tymur Tkachenko"


@pytest.mark.parametrize(
    ("words", "language", "value"),
    [
        ("treinta y dos", "es", 32),
        ("doscientos cincuenta", "es", 250),
        ("vingt et un", "fr", 21),
        ("vingt-deux", "fr", 22),
        ("zweiundzwanzig", "de", 22),
        ("dreihundert", "de", 300),
        ("hunderte", "de", None),
    ],
)
def test_issue13_number_words_without_text2num(words: str, language: str, value: int | None) -> None:
    """The built-in reader (no text2num installed) covers the new languages' common number words."""
    from casualtylog.text.numerals import fallback_words_value  # noqa: PLC0415

    assert fallback_words_value(words, language) == value
