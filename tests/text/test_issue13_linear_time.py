"""Issue 13, "no input makes extraction slower than linear": bounded work on adversarial input.

No wall clock here (machines are loaded): the work is counted instead, as the
number of phrase look-ups the frames make (every frame asks the language
tables through :class:`~casualtylog.text._phrases.Phrases`, so this counts the
frames' steps). Linear time means the look-ups per character do not grow
with the input. Seconds are measured by benchmarks/text_throughput.py.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.text import extract
from casualtylog.text._phrases import Phrases

#: Every shape the issue lists, and the shapes issue 13 taught the frames since.
SHAPES = [
    "5 dead ",
    "the death toll rose to 12 ",
    "48 of 70 missiles ",
    "including 3 children ",
    "10-15 dead ",
    "twenty ",
    "twenty-one hundred ",
    ". ",
    "...",
    "5, ",
    "killing 5 and injuring 7 ",
    "a child was killed ",
    "three of them were injured ",
    "the deadliest attack since ",
    "vijf doden ",
    "waarbij 12 mensen omkwamen ",
    "een 340-tal gewonden ",
    "une dizaine de morts ",
    "murieron 12 personas ",
    "dabei starben 12 Menschen ",
    '"au moins 25" morts ',
    "the mayor of Kyiv, Vitali Klitschko, said ",
    "Klitschko, Tkachenko, ",
    "according to the Health Ministry ",
]
LANGUAGES = ["en", "nl", "fr", "de", "es"]
#: Phrase look-ups per character the frames may make (the worst shape measured makes about 21).
MAX_LOOKUPS_PER_CHAR = 40


@contextmanager
def _counting() -> Iterator[list[int]]:
    """Count the phrase look-ups made inside the block."""
    count = [0]
    at, ending = Phrases.at, Phrases.ending

    def counted_at(self: Phrases, tokens: list[Any], i: int) -> tuple[int, object] | None:
        count[0] += 1
        return at(self, tokens, i)

    def counted_ending(self: Phrases, tokens: list[Any], j: int) -> tuple[int, object] | None:
        count[0] += 1
        return ending(self, tokens, j)

    with patch.object(Phrases, "at", counted_at), patch.object(Phrases, "ending", counted_ending):
        yield count


def _lookups_per_char(text: str, language: str) -> float:
    with _counting() as count, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language)
    return count[0] / len(text)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.sampled_from(SHAPES), min_size=1, max_size=3),
    st.sampled_from(LANGUAGES),
)
def test_issue13_linear_time_work_per_character_does_not_grow(units: list[str], language: str) -> None:
    """10 kB and 100 kB of the same adversarial shape cost the same work per character, and a bounded amount."""
    unit = "".join(units)
    small = _lookups_per_char(_repeat(unit, 10_000), language)
    large = _lookups_per_char(_repeat(unit, 100_000), language)
    assert large <= MAX_LOOKUPS_PER_CHAR
    assert large <= small * 1.25 + 0.5


@settings(max_examples=3, deadline=None)
@given(st.integers(min_value=0, max_value=1000))
def test_issue13_linear_time_list_of_numbers_costs_bounded_work(first: int) -> None:
    """ "5, 6, 7, …" (26 s per 100 kB before issue 13): bounded work per character."""
    numbers = ", ".join(str(i) for i in range(first, first + 40_000))
    small = _lookups_per_char(numbers[:10_000], "en")
    large = _lookups_per_char(numbers[:100_000], "en")
    assert large <= MAX_LOOKUPS_PER_CHAR
    assert large <= small * 1.25 + 0.5


def test_issue13_linear_time_punctuation_alone_costs_no_frame_work() -> None:
    assert _lookups_per_char("." * 100_000, "en") == 0
    assert _lookups_per_char("- " * 50_000, "nl") == 0
