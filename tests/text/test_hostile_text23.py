"""Hostile text for session 21's new paths (issue 13): the learned reader and ``neg22``'s rules.

The contract: no input makes extraction slower than linear, no str crashes it (a lone surrogate in a claim's quote
is refused with the library's error, tests/text/test_review6_text.py), ``learned="reader"`` leaves the frames' claims
as they are, and every mode is deterministic. Work is counted, never timed: the Python calls an extraction makes
(``sys.setprofile``'s call events, a generator's every resumption included), which catches work done outside the
phrase look-ups tests/text/test_issue13_linear_time.py counts.
"""

from __future__ import annotations

import sys
import warnings
from types import FrameType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.errors import ClaimValidationError
from casualtylog.text import extract
from casualtylog.text._learned import MODES

LANGUAGES = ["en", "nl", "fr", "de", "es"]
#: The trigger shapes of the session's new paths, each repeated without sentence punctuation.
SHAPES = [
    "Jeudi, sept soldats avaient été tués ",  # _dated_backgrounds
    "en septiembre de 2025, un motín ya había dejado al menos 31 muertos ",
    "vast in de haven ",  # stuck_in_place
    "12 mensen zitten vast in de haven ",
    "in de mijn vast goudmijn waar ",
    "29 bodies have been identified ",  # _handled_bodies
    "photos of 12 bodies ",
    "zeven of acht lichamen geïdentificeerd op eigen beelden ",
    "Last Sunday, ",  # _earlier_spans
    "Last Sunday, 33 people were killed ",
    "El lunes pasado, 5 muertos ",
    "12 ambulances 30 lorries ",  # the reader's thing nouns
    "300 véhicules 2 voitures ",
    "a man was killed a woman injured ",  # article mentions near casualty words
    "ein Mann starb, eine Frau verletzt ",
    "٣٤ killed ४५ injured ១២ ",
    "\u200f12\u200e killed \u202e5 dead ",
    "twenty-one thousand three hundred killed ",
]
#: Python calls per character an extraction may make (the worst shape above measures about 50 in reader mode;
#: "12 mensen zitten vast in de haven" made about 1,200 before the places' suffixes were looked up).
MAX_CALLS_PER_CHAR = 120


def _extract(text: str, language: str | None, learned: str) -> list[tuple[object, ...]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned=learned)
    return [(x.frame, x.claim.id, x.span, x.confidence, x.claim.supersedes) for x in found]


def _calls_per_char(text: str, language: str, learned: str) -> float:
    count = [0]

    def profile(_: FrameType, event: str, __: object) -> None:
        if event == "call":
            count[0] += 1

    sys.setprofile(profile)
    try:
        _extract(text, language, learned)
    finally:
        sys.setprofile(None)
    return count[0] / len(text)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def test_hostile23_dutch_stuck_in_a_place_costs_bounded_work() -> None:
    """Each clause and sentence check of Dutch "vast" asked of every word, once per binding, whether it is a listed
    place or a compound ending in one, by an ``endswith`` per listed place: "12 mensen zitten vast in de haven" ×
    100 kB made 59 million Python calls (2.4 s of CPU), linear only because a window is bounded."""
    for unit in ("12 mensen zitten vast in de haven ", "vast in de haven goudmijn ", "mijnwerkers zaten vast binnen "):
        for learned in ("off", "reader"):
            small = _calls_per_char(_repeat(unit, 5_000), "nl", learned)
            large = _calls_per_char(_repeat(unit, 20_000), "nl", learned)
            assert large <= MAX_CALLS_PER_CHAR, (unit, learned, large)
            assert large <= small * 1.25 + 1, (unit, learned, small, large)


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.sampled_from(SHAPES), min_size=1, max_size=3),
    st.sampled_from(LANGUAGES),
    st.sampled_from(["off", "reader"]),
)
def test_hostile23_new_shapes_cost_linear_work(units: list[str], language: str, learned: str) -> None:
    """The new trigger shapes, alone and mixed, in any language and mode: the calls per character are bounded and
    do not grow from 5 kB to 20 kB."""
    unit = "".join(units)
    small = _calls_per_char(_repeat(unit, 5_000), language, learned)
    large = _calls_per_char(_repeat(unit, 20_000), language, learned)
    assert large <= MAX_CALLS_PER_CHAR
    assert large <= small * 1.25 + 1


_PIECES = [*SHAPES, ". ", "; ", ": ", ", ", "\x00", "\n\n", "9" * 40, "1e999 ", "Ⅻ ", "１２ ", "½ ", "Mi-août, ", "'s "]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=12), st.sampled_from([*LANGUAGES, None]))
def test_hostile23_no_crash_reader_only_adds_every_mode_deterministic(pieces: list[str], language: str | None) -> None:
    text = "".join(pieces)
    runs = {mode: _extract(text, language, mode) for mode in MODES}
    for mode in MODES:
        assert _extract(text, language, mode) == runs[mode], mode
    assert [x for x in runs["reader"] if x[0] != "reader"] == runs["off"]


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200), st.sampled_from([*LANGUAGES, None]), st.sampled_from(MODES))
def test_hostile23_any_str_reads_or_refuses_a_surrogate_quote(text: str, language: str | None, learned: str) -> None:
    """Any str: read, or, where a claim's quote would hold a lone surrogate, refused with the library's error."""
    try:
        _extract(text, language, learned)
    except ClaimValidationError:
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def test_hostile23_empty_and_huge_inputs() -> None:
    for text in ("", " ", "\n\t ", "\x00" * 1000, "9" * 1_000_000, "\u200f" * 10_000):
        for learned in MODES:
            assert _extract(text, "en", learned) == [], (text[:5], learned)
            assert _extract(text, None, learned) == [], (text[:5], learned)


@pytest.mark.parametrize("unit", ["1 1 1 killed ", "1, 2, 3 dead "])
def test_hostile23_reader_costs_little_more_than_the_frames_on_figure_dense_text(unit: str) -> None:
    """The reader scores at most ``MAX_FREE`` free figures a window (no window of the corpus holds more than 13):
    before the cap, '1 1 1 killed ' x 100 kB cost it 2.1 CPU s against the frames' 0.86 (1.5-1.7x their calls)."""
    text = _repeat(unit, 10_000)
    assert _calls_per_char(text, "en", "reader") <= 1.25 * _calls_per_char(text, "en", "off")


def test_hostile23_reader_costs_little_more_than_the_frames_on_pairs_of_figures() -> None:
    """'The 3 of 4 and 5 killed ' made 1.31x the frames' calls in reader mode when this was a strict xfail (1.26x at
    5c146d50): the reader's word classes and casualty words walk each window's phrase tables, and ``Phrases.spans``
    asked ``at`` at every token. It now asks only where a phrase's first word stands, as ``Phrases.hits`` does
    (session 22: 1.15x). Both modes first read a short piece once: the one-time work (the reader's weights, loaded on
    first use, and phrase tables built on first use) is no cost per character, and run alone this test would count
    it for whichever mode it measures first (1.35x; the rest of the file warms them otherwise)."""
    text = _repeat("The 3 of 4 and 5 killed ", 10_000)
    for learned in ("reader", "off"):
        _extract(text[:1_000], "en", learned)
    assert _calls_per_char(text, "en", "reader") <= 1.25 * _calls_per_char(text, "en", "off")
