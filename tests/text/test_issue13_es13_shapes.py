"""Session 11 (es13, issue 13): Spanish sentence shapes by construction: a toll that reaches a figure after an
article, and "recuento" as a count noun. Made-up sentences (benchmarks/probes/es13_*.txt), not corpus sentences,
with same-surface negatives.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Claim = tuple[str, str | None, str]


def _claims(text: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "es")


# -- a toll that reaches a figure after an article, and "recuento" as a count noun --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cifra de muertos alcanza las 90.", [("killed", None, "90")]),
        ("La cifra de muertos alcanza ya las 90.", [("killed", None, "90")]),
        ("La cifra de fallecidos alcanzó los 300.", [("killed", None, "300")]),
        ("El número de desplazados ha alcanzado los 12.000.", [("displaced", None, "12000")]),
        ("El recuento de víctimas mortales alcanza ya las 90.", [("killed", None, "90")]),
        ("El recuento de heridos asciende a 40.", [("injured", None, "40")]),
        ("El recuento de desaparecidos se eleva a 12.", [("missing", None, "12")]),
    ],
)
def test_a_toll_reaching_a_figure(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El incendio alcanzó las 3.000 hectáreas.",
        "Las temperaturas alcanzan los 44 grados.",
        "El recuento de votos alcanza el 90 %.",
        "El recuento de votos asciende a 40.000.",
        "El último recuento de daños asciende a 40 millones de euros.",
    ],
)
def test_reaching_no_toll(text: str) -> None:
    assert _claims(text) == []


# -- "murieron" before an article: a frequent word, but no Dutch particle ("kwamen om") before a time ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tres personas murieron el domingo.", [("killed", None, "3")]),
        ("Cinco personas murieron el martes en Valencia.", [("killed", None, "5")]),
        ("Tres personas murieron el fin de semana.", [("killed", None, "3")]),
        ("Dos excursionistas murieron el pasado domingo en el Pirineo.", [("killed", None, "2")]),
        (
            "Tres personas murieron el domingo y dos resultaron heridas.",
            [("injured", None, "2"), ("killed", None, "3")],
        ),
    ],
)
def test_murieron_before_a_day(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same verb before another year is an earlier event, as before
        "Tres personas murieron el año pasado.",
        "Tres personas murieron el año pasado en ese cruce.",
    ],
)
def test_murieron_before_an_earlier_time(text: str) -> None:
    assert _claims(text) == []
