"""Session 17 (guide17, issue 13): the labelling guide's settled rules (session 15) in every language.

Each family is pinned by dev sentences of the real-news corpus (ids cited), with the shapes of the same surface
that must keep their old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- "another N" of a metric other than the dead, alone in its sentence: plain in fr/de/es too (guide, case 2) --


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # de-4f643760-5 (dev)
        (
            "Ein zweiter Skifahrer wurde mit schweren Verletzungen ins Spital nach Sitten geflogen.",
            "de",
            [("injured", "skiers", "1")],
        ),
        # de-c99c237a-3 (dev; named by the guide)
        ("Der SWR berichtet inzwischen von einer weiteren geretteten Person.", "de", [("rescued", None, "1")]),
        # de-dc90f76c-3 (dev)
        (
            "Nach einem weiteren verschütteten Bergmann werde noch gesucht, teilte der Bergwerksbetreiber PGG am"
            " Dienstag mit.",
            "de",
            [("missing", "miners", "1")],
        ),
        # es-b818fd4e-3 (dev; named by the guide)
        (
            "La segunda fase se saldó con dos nuevas detenciones, mientras que la tercera y última se centró en"
            " desarticular la cúpula de la organización.",
            "es",
            [("detained", None, "2")],
        ),
        # the dead keep the sign: a death toll is the running count news adds to (guide, case 2)
        ("Se registraron dos nuevas muertes.", "es", [("killed", None, "+2")]),
        ("On compte deux nouveaux décès.", "fr", [("killed", None, "+2")]),
    ],
)
def test_guide17_another_other_metric_is_plain(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
