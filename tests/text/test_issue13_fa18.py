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
    ],
)
def test_fa18_named_singular(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language), key=str) == sorted(claims, key=str)
