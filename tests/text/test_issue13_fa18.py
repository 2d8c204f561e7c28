"""Session 18 (fa18, issue 13): false alarms and spurious claims, by what governs the figure.

Each family is pinned by dev sentences of the real-news corpus (ids cited) and by a same-surface sentence that
must keep its count (the recall side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- a victim the sentence names is no count (the guide: "A named victim … not counts") ------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-42aa573a-2 (dev): the named child gives no "injured children 1"
        (
            "Israeli soldiers fired many live rounds at tents of displaced families in the al-Mawasi area of Khan"
            " Younis, in southern Gaza, wounding several Palestinians, including a child, Ahmad Al-Basyouni, 14, who"
            " was shot in the back while sleeping.",
            "en",
            [("injured", None, "several")],
        ),
        # es-d1f145e7-3 (dev): "una mujer identificada como Laura" is no count of one (its label's three workers
        # are not read: a missed figure, left as it was)
        (
            "Las víctimas fatales corresponden a una mujer identificada como Laura, que se desempeñaba como"
            " administrativa, además de tres obreros de entre 30 y 50 años llamados Dambéle, Alfa y Jorge,"
            " originarios de Malí, Guinea y Ecuador, respectivamente.",
            "es",
            [],
        ),
        # same surface, no name: an indefinite singular in the list stays a count of one
        (
            "Israeli soldiers wounded several Palestinians, including a child, in southern Gaza.",
            "en",
            [("injured", None, "several"), ("injured", "children", "1")],
        ),
        # same surface in Spanish and English: named, no count; unnamed, one
        ("En el accidente murió una mujer identificada como Laura, según la policía.", "es", []),
        ("En el accidente murió una mujer, según la policía.", "es", [("killed", "women", "1")]),
        ("A man, John Smith, was killed in the crash.", "en", []),
        ("A man was killed in the crash.", "en", [("killed", "men", "1")]),
        # a speaker after the comma is no name of the victim: the child stays a count of one
        (
            "Israeli strikes killed five people, including a child, Health Minister Majed Abu Ramadan said.",
            "en",
            [("killed", None, "5"), ("killed", "children", "1")],
        ),
    ],
)
def test_fa18_named_singular(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language), key=str) == sorted(claims, key=str)


# -- a toll's number whose own noun counts things, survivors or another metric (the toll frame) ---------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-880996f2-1 (dev): two vehicles, no two dead
        (
            "Le bilan de l’explosion de deux véhicules piégés à Mogadiscio, samedi 14 octobre, s’est considérablement"
            " alourdi et s’établit désormais à plus d’une centaine de morts, avec un décompte encore provisoire.",
            "fr",
            [("killed", None, "more than 100")],
        ),
        # fr-1eb9fabd-3 (dev): nine workers injured, not killed; the four others keep their group
        (
            "Le bilan est de 9 employés blessés par bris de vitres et 4 autres portés disparus.",
            "fr",
            [("injured", "workers", "9"), ("missing", "workers", "4")],
        ),
        # same surface: a toll of dead people and of the dead noun stays the toll
        ("Le bilan est de 9 morts.", "fr", [("killed", None, "9")]),
        ("Le bilan est de 9 employés tués.", "fr", [("killed", "workers", "9")]),
        ("The death toll rose to 12 people.", "en", [("killed", None, "12")]),
    ],
)
def test_fa18_toll_of_other_things(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language), key=str) == sorted(claims, key=str)


def test_fa18_toll_of_survivors() -> None:
    """fr-3cab56b5-2 (dev): 76 survivors are no dead (the guide: survivors alone are no claim)."""
    text = (
        "Le bilan provisoire est de 76 rescapés, deux morts et une centaine de disparus ; mais il y a peu d’espoirs"
        " de trouver encore des survivants."
    )
    assert ("killed", None, "76") not in claims_of(text, "fr")
    assert ("killed", None, "2") in claims_of(text, "fr")
