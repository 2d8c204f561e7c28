"""A preposition before the weapons' kind is no direction (session 7, found by gen_rom).

"47 Drohnen vom Typ Shahed wurden abgeschossen" read "vom" as where the drones were fired from,
so "abgeschossen" meant fired: launched 47. "vom Typ" names their kind; a real direction still
turns "abgeschossen" into fired. Made-up sentences of the shape.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_in_order


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, "de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("47 Drohnen vom Typ Shahed wurden abgeschossen.", [("intercepted", "drones", "47")]),
        ("Die Luftabwehr hat 12 Drohnen vom Typ Shahed abgeschossen.", [("intercepted", "drones", "12")]),
        ("47 Drohnen wurden abgeschossen.", [("intercepted", "drones", "47")]),
    ],
)
def test_the_weapons_kind_is_no_direction(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


def test_a_direction_still_means_fired() -> None:
    text = "Es wurden drei Raketen aus dem Gazastreifen in Richtung Israel abgeschossen."
    assert _claims(text) == [("launched", "rockets", "3")]
