"""Figures: parsing, faces, interval arithmetic and errors."""

from __future__ import annotations

import pytest

from casualtylog import Figure, FigureError, Qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", Figure.exact(12)),
        ("twelve", Figure.exact(12)),
        ("Twenty-One", Figure.exact(21)),
        ("one hundred", Figure.exact(100)),
        ("1,200", Figure.exact(1200)),
        ("1 200", Figure.exact(1200)),
        ("0", Figure.exact(0)),
        ("no", Figure.exact(0)),
        ("at least 12", Figure.at_least(12)),
        ("no fewer than 12", Figure.at_least(12)),
        ("12+", Figure.at_least(12)),
        (">=12", Figure.at_least(12)),
        ("≥ 12", Figure.at_least(12)),
        ("12 or more", Figure.at_least(12)),
        ("more than 11", Figure.more_than(11)),
        ("over 11", Figure.more_than(11, word="over")),
        (">11", Figure.more_than(11)),
        ("up to 12", Figure.at_most(12)),
        ("at most 12", Figure.at_most(12)),
        ("<=12", Figure.at_most(12)),
        ("fewer than 12", Figure.fewer_than(12)),
        ("less than 12", Figure.fewer_than(12)),
        ("10-15", Figure.range(10, 15)),
        ("10–15", Figure.range(10, 15)),
        ("10 — 15", Figure.range(10, 15)),
        ("10 to 15", Figure.range(10, 15)),
        ("between 10 and 15", Figure.range(10, 15)),
        ("between ten and fifteen", Figure.range(10, 15)),
        ("12-12", Figure.exact(12)),
        ("about 12", Figure.about(12)),
        ("around 12", Figure.about(12)),
        ("approximately 12", Figure.about(12)),
        ("~12", Figure.about(12)),
        ("about 12 (10–15)", Figure.about(12, low=10, high=15)),
        ("+2", Figure.increment(2)),
        ("two more", Figure.increment(2)),
        ("another 3", Figure.increment(3)),
        ("dozens", Figure.vague("dozens")),
        ("Hundreds", Figure.vague("hundreds")),
        ("dozens (at least 30)", Figure.vague("dozens", 30)),
    ],
)
def test_parse(text: str, expected: Figure) -> None:
    assert Figure.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "twelvish",
            "cannot read figure 'twelvish': expected a number ('12', 'twelve'), a bound ('at least 12'), "
            "a range ('10-15'), 'about 12', an increment ('+2') or a vague word ('dozens')",
        ),
        (
            "-3",
            "cannot read figure '-3': expected a count of zero or more (a fall is a new, lower claim, not a negative figure)",
        ),
        ("15-10", "cannot read figure '15-10': expected a range whose low end (15) is not above its high end (10)"),
        ("99999999999", "cannot read figure '99999999999': expected a count no larger than 10,000,000,000"),
        ("12.5", None),
        ("", None),
        ("nan", None),
        ("five three", None),
    ],
)
def test_bad_figures_raise_a_clear_error(text: str, message: str | None) -> None:
    with pytest.raises(FigureError) as info:
        Figure.parse(text)
    assert isinstance(info.value, ValueError)
    if message is not None:
        assert str(info.value) == message


def test_coerce_refuses_nan_and_fractions_and_booleans() -> None:
    for bad in (float("nan"), 2.5, True, None, [12]):
        with pytest.raises(FigureError):
            Figure.coerce(bad)
    assert Figure.coerce(12.0) == Figure.exact(12)


def test_inconsistent_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="low == high == value"):
        Figure(qualifier=Qualifier.EXACT, low=1, high=2, value=1)
    with pytest.raises(ValueError, match="open-ended"):
        Figure(qualifier=Qualifier.AT_LEAST, low=1, high=2)


def test_custom_vague_words() -> None:
    f = Figure.parse("dozens", vague={"dozens": 36})
    assert (f.low, str(f)) == (36, "dozens (at least 36)")
    assert Figure.parse(str(f)) == f


def test_faces() -> None:
    assert repr(Figure.about(12, low=10, high=15)) == "Figure.about(12, low=10, high=15)"
    assert str(Figure.fewer_than(12)) == "fewer than 12"
    assert Figure.about(2800).low == 2520


def test_interval_arithmetic() -> None:
    assert Figure.at_most(10).shifted(2) == Figure.range(2, 12)
    assert Figure.vague("dozens").shifted(1) == Figure.at_least(25)
    assert Figure.about(10).shifted(2) == Figure.about(12, low=11, high=13)
    assert not Figure.range(1, 3).overlaps(Figure.range(4, 5))
    assert Figure.range(1, 4).overlaps(Figure.at_least(4))


def test_figures_are_frozen_and_hashable() -> None:
    f = Figure.exact(3)
    with pytest.raises(ValueError, match="frozen"):
        f.low = 4  # type: ignore[misc]
    assert len({Figure.exact(3), Figure.parse("3")}) == 1
