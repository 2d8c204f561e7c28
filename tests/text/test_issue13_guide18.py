"""Session 18 (guide18, issue 13): claims read with a wrong field, brought in line with the labelling guide.

Each family is pinned by dev sentences of the real-news corpus (ids cited), with a shape of the same surface that
must keep its old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- "N others" after one person takes that person's group when the others have another metric (guide, round 6) --


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # nl-bff26678-2 (dev; named by the guide, round 6 and session 15 (e))
        (
            "De gouverneur van de regio Moskou zegt dat door de drone-aanval van Oekraïne een vrouw om het leven is"
            " gekomen en dat drie anderen gewond raakten.",
            "nl",
            [("injured", "women", "3"), ("killed", "women", "1")],
        ),
        (
            "A woman was killed and three others were injured.",
            "en",
            [("injured", "women", "3"), ("killed", "women", "1")],
        ),
        ("Une femme a été tuée et trois autres blessées.", "fr", [("injured", "women", "3"), ("killed", "women", "1")]),
        (
            "Una mujer murió y otras tres resultaron heridas.",
            "es",
            [("injured", "women", "3"), ("killed", "women", "1")],
        ),
        # the same metric: the others are the rest of one count, not more women
        ("A woman and three others were killed.", "en", [("killed", None, "3"), ("killed", "women", "1")]),
    ],
)
def test_guide18_others_after_one_person(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
