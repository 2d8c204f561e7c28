"""Session 13 (fa13): the bodies of people counted as missing or rescued are counts of the dead, five languages.

Classified on real dev text ("de lichamen van drie vermisten geborgen" read as missing, "los cuerpos de … mineros
fueron rescatados" as rescued). Made-up sentences, never corpus text; each has a twin without a body that keeps its
metric.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Claim = tuple[str, str | None, str]

CASES: list[tuple[str, str, list[Claim]]] = [
    ("en", "Rescuers recovered the bodies of three missing people on Tuesday.", [("killed", None, "3")]),
    ("en", "Rescuers are still searching for three missing people.", [("missing", None, "3")]),
    ("nl", "Brandweer en politie hebben de lichamen van drie vermisten geborgen.", [("killed", None, "3")]),
    ("nl", "Brandweer en politie zoeken nog naar drie vermisten.", [("missing", None, "3")]),
    ("nl", "Duikers vonden de lichamen van de laatste twee vermisten.", [("killed", None, "2")]),
    ("fr", "Les secours ont retrouvé les corps de trois disparus mardi.", [("killed", None, "3")]),
    ("fr", "Les secours recherchent toujours trois disparus.", [("missing", None, "3")]),
    ("de", "Die Leichen von drei Vermissten wurden am Dienstag geborgen.", [("killed", None, "3")]),
    ("de", "Taucher bargen die Leichen der letzten zwei Vermissten.", [("killed", None, "2")]),
    ("de", "Die Suche nach drei Vermissten geht weiter.", [("missing", None, "3")]),
    ("es", "Los cuerpos de los últimos dos mineros fueron rescatados.", [("killed", "miners", "2")]),
    ("es", "Los últimos dos mineros fueron rescatados con vida.", [("rescued", "miners", "2")]),
    ("es", "Los cuerpos de tres desaparecidos fueron hallados el martes.", [("killed", None, "3")]),
    ("es", "Los rescatistas siguen buscando a tres desaparecidos.", [("missing", None, "3")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_body_of_the_counted_people_makes_them_dead(language: str, text: str, expected: list[Claim]) -> None:
    assert claims_of(text, language) == expected
