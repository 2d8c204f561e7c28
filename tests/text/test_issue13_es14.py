"""Session 11 (es14, issue 13): Spanish shapes written by construction, round 5: made-up sentences of everyday
news shapes (benchmarks/probes/es14_*.txt), not corpus sentences; each family has positives and same-surface
negatives (numbers that are no counts beside the same casualty words).
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Claim = tuple[str, str | None, str]


def _claims(text: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "es")


# -- a toll's verb and figure first, then the toll noun written with its own article ---------------------------


@pytest.mark.parametrize(
    ("text", "metric", "figure"),
    [
        ("Asciende a 19 el número de muertos por las lluvias torrenciales.", "killed", "19"),
        ("Ya asciende a 19 el número de muertos por las lluvias.", "killed", "19"),
        ("Asciende a 23 la cifra de fallecidos en el naufragio.", "killed", "23"),
        ("Asciende a 31 la cifra de víctimas mortales por la DANA.", "killed", "31"),
        ("Subió a 40 el número de heridos en los disturbios.", "injured", "40"),
        ("Sube a 12 el número de desaparecidos tras el alud.", "missing", "12"),
        ("Aumenta a 8 el número de fallecidos por la ola de calor.", "killed", "8"),
    ],
)
def test_a_toll_noun_last_after_its_article(text: str, metric: str, figure: str) -> None:
    assert _claims(text) == [(metric, None, figure)]


@pytest.mark.parametrize(
    "text",
    [
        "Asciende a 40 el número de viviendas afectadas por el temporal.",
        "Asciende a 400 el número de efectivos desplegados en la zona.",
        "Ascendió a 3 millones de euros el importe de las ayudas a los heridos.",
        "Sube a 12 el número de colegios cerrados por las lluvias.",
    ],
)
def test_a_toll_noun_last_counts_only_people(text: str) -> None:
    assert _claims(text) == []


def test_the_present_of_a_toll_rising() -> None:
    assert _claims("La cifra de muertos sube a 19.") == [("killed", None, "19")]
    assert _claims("La cifra de heridos aumenta a 25 según la Cruz Roja.") == [("injured", None, "25")]


# -- bodies found: "hallan sin vida a" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallan sin vida a tres jóvenes en Guanajuato", [("killed", "young_people", "3")]),  # guide17: young_people
        ("Encuentran muertos a cuatro jornaleros en una finca.", [("killed", None, "4")]),
        ("La policía halló sin vida a dos hombres en un canal.", [("killed", "men", "2")]),
        ("Los rescatistas localizaron sin vida a cinco mineros.", [("killed", "miners", "5")]),
    ],
)
def test_bodies_found(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La víctima fue hallada sin vida a 2 kilómetros de su casa.",
        "Hallan sin vida a un hombre en un canal tras 3 días de búsqueda en 40 kilómetros de cauce.",
        "Los agentes hallaron 40 casquillos de bala junto a la víctima.",
        "Encontraron muertos 3 perros en la finca.",
    ],
)
def test_bodies_found_numbers_that_are_no_counts(text: str) -> None:
    assert [c for c in _claims(text) if c[2] != "1"] == []


# -- none of a whole ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ninguno de los 80 alumnos resultó herido.",
        "Ninguna de las 40 personas a bordo resultó herida.",
        "Ninguno de los 150 pasajeros sufrió heridas.",
    ],
)
def test_none_of_a_whole_is_no_count(text: str) -> None:
    assert _claims(text) == []


def test_none_of_the_injured_still_counts_them() -> None:
    assert _claims("Ninguno de los 12 heridos se encuentra en estado grave.") == [("injured", None, "12")]
    assert _claims("Los 80 alumnos resultaron heridos.") == [("injured", "pupils", "80")]


# -- a squad's injured (the roster words, as French fr13) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El equipo suma 5 lesionados en la plantilla esta temporada.",
        "El entrenador no podrá contar con 3 lesionados ante el Betis.",
        "El seleccionador dejó fuera de la convocatoria a 4 lesionados.",
    ],
)
def test_a_squads_injured_are_no_casualties(text: str) -> None:
    assert _claims(text) == []


def test_players_hurt_in_a_crash_still_count() -> None:
    assert _claims("Dos jugadores resultaron heridos en el accidente del autobús del equipo.") == [
        ("injured", None, "2")
    ]


# -- people found, then an aside saying what all of them were -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un equipo de la Guardia Costera encontró a tres personas en el mar, todas ellas muertas.",
            [("killed", None, "3")],
        ),
        ("Los rescatistas localizaron a cinco excursionistas, todos heridos.", [("injured", None, "5")]),
        ("Los bomberos hallaron a dos hombres en el pozo, ambos muertos.", [("killed", "men", "2")]),
    ],
)
def test_found_then_all_of_them_dead_or_hurt(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Los rescatistas localizaron a cinco excursionistas, todos en buen estado.",
        "Los rescatistas localizaron a cinco excursionistas en la montaña.",
        "La policía encontró a 2 menores, ambos de 15 años, en una vivienda.",
        "Encontraron a 40 migrantes a la deriva, todos con vida.",
        "La policía encontró 40 casquillos en el lugar, todos del mismo calibre.",
    ],
)
def test_found_alone_or_well_is_no_count(text: str) -> None:
    assert _claims(text) == []
