"""Issue 13, session 9 (ennl9): English and Dutch mechanisms meant to generalise beyond the dev text.

Every sentence is made up, in the shape of a kind counted on one half of the
dev split (``text_eval.py --split dev --inner a``) or of a common wire and
Dutch news shape, never one of the test split. Each positive has negatives of
the same surface: numbers that are not counts.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Row = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Row]:
    rows = [
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="pub", reported_at="2024-06-01T12:00Z", language=language)
    ]
    return sorted(rows, key=lambda row: (row[0], row[1] or "", row[2]))


# -- a proportion ("one in three", "een op de drie") is no count, neither its whole nor its "one" -------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "One in three children was injured."),
        ("en", "One in five people were killed."),
        ("en", "One out of five passengers was injured."),
        ("en", "One in every four victims was a child."),
        ("en", "One child in three was injured."),
        ("en", "The WHO says 1 in 4 deaths is linked to pollution."),
        ("nl", "Een op de drie kinderen raakte gewond."),
        ("nl", "Eén op de vijf slachtoffers was een kind."),
        ("nl", "Een op drie passagiers raakte gewond."),
        ("nl", "Eén kind op de drie raakte gewond."),
    ],
)
def test_a_proportion_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the same words, no proportion: "one of" a whole, "in" before a place or a date, "op" before a road
        ("en", "One of the three children was injured.", [("injured", "children", "1")]),
        ("en", "One person was killed in three attacks.", [("killed", None, "1")]),
        ("en", "Three people were killed in 2 attacks.", [("killed", None, "3")]),
        ("en", "One person died and three were injured in the crash.", [("injured", None, "3"), ("killed", None, "1")]),
        ("en", "One dead, 12 injured in Kyiv.", [("injured", None, "12"), ("killed", None, "1")]),
        ("nl", "Een persoon kwam om op de A2.", [("killed", None, "1")]),
        ("nl", "Drie mensen raakten gewond op de A2.", [("injured", None, "3")]),
        ("nl", "Eén dode en drie gewonden op de snelweg.", [("injured", None, "3"), ("killed", None, "1")]),
    ],
)
def test_one_beside_a_count_is_no_proportion(language: str, text: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


# -- Dutch "Eén" at the start of a sentence is the number one, as "één" is -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eén persoon kwam om het leven.", [("killed", None, "1")]),
        ("Eén dode en drie gewonden bij een ongeval.", [("injured", None, "3"), ("killed", None, "1")]),
        ("Er is één dode gevallen.", [("killed", None, "1")]),
    ],
)
def test_capital_een_is_one(text: str, expected: list[Row]) -> None:
    assert _claims(text, "nl") == expected


def test_capital_een_is_no_count_without_victims() -> None:
    assert _claims("Eén brug en drie huizen werden verwoest.", "nl") == []
