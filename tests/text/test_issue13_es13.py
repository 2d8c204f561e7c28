"""Session 11 (es13, issue 13): Spanish shapes written by construction, round 4: made-up sentences of everyday
news shapes (benchmarks/probes/es13_*.txt), not corpus sentences; each family has positives and same-surface
negatives (numbers that are no counts beside the same casualty words).
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Claim = tuple[str, str | None, str]


def _claims(text: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "es")


# -- a span of years or a decade, and a rate per day, week or month, count many incidents: a statistic ----------


@pytest.mark.parametrize(
    "text",
    [
        "En los últimos cinco años han muerto 400 personas en esa carretera.",
        "Durante las últimas dos décadas fallecieron más de 5.000 migrantes en el Mediterráneo.",
        "En la última década han muerto más de 2.000 migrantes en esa ruta.",
        "En las últimas décadas murieron miles de personas por la sequía.",
        "Cada día fallecen unas 10 personas en las carreteras del país.",
        "Cada semana mueren unas 30 personas en accidentes de moto.",
        "Cada mes se registran 50 homicidios en la ciudad.",
    ],
)
def test_a_span_or_a_rate_is_a_statistic(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hours and days since the event are the event's own toll, not a span of years
        ("En los últimos días han muerto 40 personas por el calor.", [("killed", None, "40")]),
        ("En las últimas horas fallecieron 6 personas.", [("killed", None, "6")]),
        # a single "last" victim count is no span: "últimos" only before a number before "años"/"décadas"
        ("Los últimos 2 heridos fueron dados de alta.", [("injured", None, "2")]),
        ("Cuatro personas perdieron la vida en el incendio de una vivienda.", [("killed", None, "4")]),
    ],
)
def test_the_events_own_days_stay_counts(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


# -- beds, head of cattle, cracks and aftershocks are things, never victims --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un hospital de 200 camas fue evacuado.",
        "Murieron 200 cabezas de ganado.",
        "El terremoto causó 40 grietas en la presa.",
        "Se registraron 45 réplicas tras el sismo.",
    ],
)
def test_things_are_no_victims(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La clínica, de 80 camas, atendió a 12 heridos.", [("injured", None, "12")]),
        ("Se registraron 120 réplicas y 4 muertos.", [("killed", None, "4")]),
    ],
)
def test_people_beside_things_stay_counts(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


# -- Latin American and report words: "occisos", "el deceso de", "no localizadas" --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En el ataque armado fueron localizados 4 occisos.", [("killed", None, "4")]),
        ("Se encontraron 3 occisos en el interior de la vivienda.", [("killed", None, "3")]),
        (
            "Dos occisos y tres lesionados dejó un enfrentamiento en Culiacán.",
            [("injured", None, "3"), ("killed", None, "2")],
        ),
        ("La Fiscalía confirmó el deceso de 3 personas.", [("killed", None, "3")]),
        ("Aún hay 23 personas no localizadas.", [("missing", None, "23")]),
        ("Aún hay 5 personas no localizadas tras el alud.", [("missing", None, "5")]),
    ],
)
def test_report_words(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # suspects not found fled, as rom11's "sin ser localizados": no missing people
        "Los 4 sospechosos no localizados huyeron a pie.",
        # the death of one named by a definite noun is a story, not a count
        "La mujer, de 63 años, murió en el acto.",
        # a case number or a victim's number is no count
        "La víctima número 12 fue identificada ayer.",
    ],
)
def test_report_words_negatives(text: str) -> None:
    assert _claims(text) == []


# -- a trial or a sentence for deaths tells an earlier event ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El juicio por las 7 muertes comenzará en marzo.",
        "El conductor fue condenado por la muerte de 2 personas.",
        "El acusado será juzgado por el asesinato de 3 personas.",
    ],
)
def test_a_trial_for_deaths_is_an_earlier_event(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trial after the toll, or the sentence of an attacker who kills now, leaves the count
        (
            "Dos personas murieron en el accidente y el conductor será juzgado por homicidio imprudente.",
            [("killed", None, "2")],
        ),
        ("El hombre, condenado por robo, mató a 3 personas el domingo.", [("killed", None, "3")]),
        ("Un hombre condenado por violencia de género mató a su pareja y dejó 2 heridos.", [("injured", None, "2")]),
    ],
)
def test_a_trial_beside_a_toll_leaves_it(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected
