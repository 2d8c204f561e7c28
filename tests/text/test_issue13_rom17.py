"""Session 17 (rom17, issue 13): French, German and Spanish families judged on batch 12 (which no rule saw).

Each family quotes dev sentences of earlier batches (their ids cited) and sentences of the same surface that must
not change (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- "other N" of the dead with no count beside it: +N (the guide's "Another and more") ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-f1755ec0-4
        ("On compte aussi 65 autres morts dans d'autres villes de l'est de la Libye.", "fr", [("killed", None, "+65")]),
        # fr-ca56c2d3-4
        (
            "Deux autres personnes ont été tuées près d’un puits à l’ouest du même camp, a-t-il précisé.",
            "fr",
            [("killed", None, "+2")],
        ),
        # de-bf4f086b-3
        (
            "Weitere 16 erlagen in den nördlichen Provinzen Punjab und Haryana den Folgen der Hitze.",
            "de",
            [("killed", None, "+16")],
        ),
        # de-d3b109a4-2
        ("32 weitere Einwohner seien wahrscheinlich ebenfalls ums Leben gekommen.", "de", [("killed", None, "+32")]),
        # beside a count the sentence gives, read or not, it is a split: es-e41c4312-2
        (
            "De estas 78 víctimas, 74  han sido localizadas en el lugar en la tragedia mientras que otras cuatro han  "
            "fallecido en los hospitales a los que habían sido trasladadas.",
            "es",
            [("killed", None, "4")],
        ),
        # another metric stays plain: de-cccb6299-2 ("40 weitere wurden verletzte" is not read today)
        ("Mindestens vier Personen starben, 40 weitere wurden verletzte.", "de", [("killed", None, "at least 4")]),
    ],
)
def test_other_dead_added(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
