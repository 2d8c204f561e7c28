"""A word after a reflexive pronoun is a verb, never a noun of victims (session 7, found by gen_rom).

"Le nombre de morts s'élève à 158" read "élève" (pupil) as the victims' group: the toll gave
killed *pupils* 158. Made-up sentences of the shape, and the noun itself where it is one.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_in_order


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le nombre de morts s'élève désormais à 158.", [("killed", None, "158")]),
        ("Le nombre de blessés s’élève à 31 selon la préfecture.", [("injured", None, "31")]),
        ("Le bilan s'élève à 12 morts.", [("killed", None, "12")]),
    ],
)
def test_a_verb_after_a_reflexive_pronoun_names_no_group(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois élèves ont été blessés.", [("injured", "pupils", "3")]),
        ("Deux élèves sont morts dans l'accident.", [("killed", "pupils", "2")]),
    ],
)
def test_the_noun_itself_still_names_its_group(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected
