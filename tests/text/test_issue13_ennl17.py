"""Session 17 (ennl17, issue 13): English and Dutch families judged on batch 12, which no rule had seen.

Each family is pinned by dev sentences of the real-news corpus (ids cited), with the shapes of the same surface
that must keep their old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- "another N" of a metric other than the dead, alone in its sentence: a plain count (guide, "Another and more") --


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-b2db3373-4 (dev)
        ("Another four people were wounded, the ethnic rebel group said.", "en", [("injured", None, "4")]),
        # en-9a7fe874-4 (dev)
        (
            "Another 98 suspects had been arrested in connection with various crimes.",
            "en",
            [("detained", "suspects", "98")],
        ),
        # nl-bbbec487-2 (dev)
        (
            "Nog eens 325 mensen zijn gewond geraakt, zegt het ministerie van Volksgezondheid dat onder controle staat"
            " van Hamas.",
            "nl",
            [("injured", None, "325")],
        ),
        # nl-fa464660-4 (dev)
        ("In Syrië vielen ook nog eens 5.200 gewonden.", "nl", [("injured", None, "5200")]),
        # the dead keep the sign: a death toll is the running count news adds to (guide, case 2)
        ("Another 66 were reported dead.", "en", [("killed", None, "+66")]),
    ],
)
def test_ennl17_another_other_metric_is_plain(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims

