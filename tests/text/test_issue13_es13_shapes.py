"""Session 11 (es13, issue 13): Spanish sentence shapes by construction: an adverbial between an inverted
predicate and its subject, and a toll that reaches a figure after an article. Made-up sentences
(benchmarks/probes/es13_*.txt), not corpus sentences, with same-surface negatives.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Claim = tuple[str, str | None, str]


def _claims(text: str) -> list[Claim]:
    return sorted(
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, language="es", source="s", reported_at="2025-01-01")
    )


# -- a verb-first clause with an adverbial before its subject (inverted_reach, as German and Dutch) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Murieron en Madrid 4 personas.", [("killed", None, "4")]),
        ("Murieron a tiros 4 personas en un bar.", [("killed", None, "4")]),
        ("Fueron asesinados a tiros 3 jóvenes.", [("killed", None, "3")]),
        ("Fueron ultimados a balazos 5 hombres en Zacatecas.", [("killed", "men", "5")]),
        ("Fallecieron a causa del temporal 7 personas.", [("killed", None, "7")]),
        ("Fueron detenidas tras la pelea 6 personas.", [("detained", None, "6")]),
        ("Fueron rescatadas con vida de los escombros 6 personas.", [("rescued", None, "6")]),
        (
            "Murieron en el accidente 4 personas y otras 3 resultaron heridas.",
            [("injured", None, "3"), ("killed", None, "4")],
        ),
    ],
)
def test_an_adverbial_between_an_inverted_predicate_and_its_subject(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no predicate of a casualty before the adverbial: deployed, travelling, working people
        "Participaron en el rescate 200 efectivos.",
        "Trabajan en la zona 80 bomberos.",
        "Viajaban en el autobús 50 personas.",
        # things after the adverbial
        "Resultaron afectadas por el temporal 148 viviendas.",
        "Fueron desalojados en la noche del martes 3 edificios.",
        # an earlier event or a statistic in the adverbial
        "Murieron hace diez años en esa mina 43 mineros.",
        "Murieron en la última década en esa ruta 2.000 migrantes.",
        "Murieron, como cada año, en las carreteras 1.100 personas.",
    ],
)
def test_an_adverbial_before_no_victims(text: str) -> None:
    assert _claims(text) == []


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
