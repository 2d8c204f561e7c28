"""Session 12 (rec12, issue 13), second part: a day between a toll's cue and its figure, in every language
("Die Zahl der Toten erreichte am Freitag 40", "Het dodental bereikte vrijdag 40"), written by construction
(benchmarks/probes/rec12_*.txt), not corpus sentences; positives and same-surface negatives.
"""

from __future__ import annotations

import pytest

from casualtylog.text._tokens import tokenize
from casualtylog.text._toll_shapes import day_before
from casualtylog.text.lang import get_language
from tests.text._read import Claim
from tests.text._read import claims_of as _claims


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Zahl der Toten erreichte am Freitag 40, teilte die Polizei mit.", [("killed", None, "40")]),
        ("de", "Die Zahl der Vertriebenen erreichte am Freitag 40.000.", [("displaced", None, "40000")]),
        ("de", "Die Zahl der Vertriebenen stieg auf 12.000.", [("displaced", None, "12000")]),
        ("nl", "Het dodental bereikte vrijdag 40, meldt de overheid.", [("killed", None, "40")]),
        ("nl", "Het aantal ontheemden bereikte op vrijdag 40.000.", [("displaced", None, "40000")]),
        ("fr", "Le nombre de morts a atteint vendredi 40, selon la préfecture.", [("killed", None, "40")]),
        ("fr", "Le nombre de morts a atteint ce vendredi 40.", [("killed", None, "40")]),
    ],
)
def test_a_day_between_a_toll_cue_and_its_figure(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Zahl der Besucher erreichte am Freitag 4000."),
        ("de", "Der Pegel erreichte am Freitag 40 Zentimeter."),
        ("de", "Die Zahl der Vertriebenen lag 2019 bei 40.000."),  # an earlier year's
        ("nl", "Het aantal bezoekers bereikte vrijdag 4000."),
        ("nl", "De waterstand bereikte vrijdag 40 centimeter."),
        ("fr", "Le nombre de visiteurs a atteint vendredi 4000."),
    ],
)
def test_a_day_before_no_toll_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_day_before_skips_the_day_and_its_preposition() -> None:
    de = get_language("de")
    tokens = tokenize("Die Zahl der Toten erreichte am Freitag 40.", de)
    assert tokens[day_before(tokens, 6, de) or 0].low == "erreichte"
    assert day_before(tokens, 4, de) is None  # no day there
    nl = get_language("nl")
    tokens = tokenize("Het dodental bereikte vrijdag 40.", nl)
    assert day_before(tokens, 3, nl) == 2


# -- a part of a fronted whole said by how badly it is hurt ("Van de 85 gewonden zijn er 53 ernstig aan toe") ----


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Van de 40 gewonden zijn er 12 ernstig aan toe.", [("injured", None, "12"), ("injured", None, "40")]),
        ("nl", "Van de gewonden zijn er 12 ernstig aan toe.", [("injured", None, "12")]),
        ("de", "Von den Verletzten sind zwölf schwer verletzt.", [("injured", None, "12")]),
    ],
)
def test_a_part_of_a_fronted_whole_by_its_degree(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Van de 40 leerlingen zijn er 12 ernstig ziek."),
        ("en", "Of the applicants, 12 were seriously considered."),
        ("de", "Von den Schülern sind zwölf schwer erkrankt."),
        ("es", "De los alumnos, 12 están graves."),
    ],
)
def test_a_degree_after_a_part_of_no_victims_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []
