"""Session 12 (fres12, issue 13), continued: French and Spanish shapes written by construction (benchmarks/probes/
fres12_*.txt), each family with positives and same-surface negatives; made-up sentences, none from the corpus.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import Claim
from tests.text._read import claims_of as _claims

# -- a death told as probable is projected: "la mort probable de", "la muerte probable de" ---------------------


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Le naufrage a entraîné la mort probable de plus de 100 personnes.", "fr", "more than 100"),
        ("L'éboulement a causé le décès probable de 12 mineurs.", "fr", "12"),
        ("El naufragio causó la muerte probable de 40 personas.", "es", "40"),
        ("La probable muerte de 40 migrantes en el naufragio conmociona a Canarias.", "es", "40"),
    ],
)
def test_a_probable_death_is_projected(text: str, language: str, figure: str) -> None:
    found = [
        (x.claim.metric, str(x.claim.figure), x.claim.status.value)
        for x in extract(text, language=language, source="s", reported_at="2025-01-01")
    ]
    assert found == [("killed", figure, "projected")]


def test_a_probable_death_projects_only_its_own_clause() -> None:
    found = {
        (x.claim.metric, str(x.claim.figure), x.claim.status.value)
        for x in extract(
            "El naufragio causó la muerte probable de 40 personas, mientras 30 fueron rescatadas.",
            language="es",
            source="s",
            reported_at="2025-01-01",
        )
    }
    assert found == {("killed", "40", "projected"), ("rescued", "30", "reported")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le coupable probable a été interpellé avec 3 kilos de cocaïne.", "fr"),
        ("La causa probable del accidente, según 3 peritos, fue la niebla.", "es"),
    ],
)
def test_probable_without_a_death_is_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a participial phrase describing the victims before their predicate -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Douze personnes coincées sur les toits de leurs maisons ont été évacuées.",
            "fr",
            [("evacuated", None, "12")],
        ),
        (
            "Douze personnes réfugiées sur les toits de leurs maisons ont été hélitreuillées.",
            "fr",
            [("rescued", None, "12")],
        ),
        ("Trois soldats déployés dans la zone touchée sont morts.", "fr", [("killed", "soldiers", "3")]),
        ("Cinco personas atrapadas en el ascensor de su edificio fueron rescatadas.", "es", [("rescued", None, "5")]),
        ("Cinco personas atrapadas en el ascensor de su edificio murieron.", "es", [("killed", None, "5")]),
        ("Tres soldados desplegados en la zona afectada murieron.", "es", [("killed", "soldiers", "3")]),
    ],
)
def test_a_participial_phrase_before_the_predicate(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Douze maisons situées au bord de la rivière ont été détruites.", "fr"),
        ("Douze personnes interrogées par l'institut jugent la route dangereuse.", "fr"),
        ("Doce viviendas situadas junto al río de la ciudad quedaron destruidas.", "es"),
        ("Cinco personas atrapadas en el ascensor de su edificio pidieron ayuda.", "es"),
    ],
)
def test_a_participial_phrase_before_no_casualty(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- members after "incluyendo a": the object marker after the gerund ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cinco personas resultaron heridas, incluyendo a una mujer.",
            [("injured", None, "5"), ("injured", "women", "1")],
        ),
        ("Murieron 12 personas, incluyendo a tres niños.", [("killed", None, "12"), ("killed", "children", "3")]),
        (
            "El ataque mató a 12 personas, incluyendo a dos policías.",
            [("killed", None, "12"), ("killed", "officers", "2")],
        ),
    ],
)
def test_members_after_including_a(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "El programa atendió a 300 personas, incluyendo a 40 niños.",
        "El club reúne a 300 socios, incluyendo a 40 niños.",
    ],
)
def test_members_after_including_a_of_no_count(text: str) -> None:
    assert _claims(text, "es") == []


# -- help came too late: "ya era demasiado tarde para tres excursionistas" (the guide: killed) ------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ya era demasiado tarde para tres excursionistas.", "3"),
        ("La ayuda llegó demasiado tarde para cinco migrantes.", "5"),
    ],
)
def test_too_late_for_is_killed(text: str, figure: str) -> None:
    assert _claims(text, "es") == [("killed", None, figure)]


@pytest.mark.parametrize(
    "text",
    ["Era demasiado tarde para cambiar las 300 papeletas.", "Ya era demasiado tarde para 2024, según el ministro."],
)
def test_too_late_for_anything_else_is_no_count(text: str) -> None:
    assert _claims(text, "es") == []


# -- a toll's figure and "de" before an unlisted word counts that word: "s'élève à 9 millions de visiteurs" ---------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le bilan de la saison touristique, encore provisoire, s'élève à 9 millions de visiteurs.", "fr"),
        ("Le bilan de l'année s'établit à 2 millions d'abonnés.", "fr"),
        ("El balance provisional de la campaña es de 5 millones de visitantes.", "es"),
        ("El balance de la temporada asciende a 9 millones de turistas.", "es"),
    ],
)
def test_a_toll_figure_of_something_else_is_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le bilan s'élève à 1,8 million de déplacés.", "fr", [("displaced", None, "1800000")]),
        ("Le bilan humain s'élève à 3 millions de morts.", "fr", [("killed", None, "3000000")]),
        ("Le bilan s'élève à 2 000 de nos compatriotes.", "fr", [("killed", None, "2000")]),
        ("El número de desplazados asciende a 2 millones de personas.", "es", [("displaced", None, "2000000")]),
        ("El balance asciende a 1,2 millones de desplazados.", "es", [("displaced", None, "1200000")]),
    ],
)
def test_a_toll_figure_of_people_stays(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- poisoned is hurt, said with "sufrir": "doce personas sufrieron intoxicación leve" -----------------------------


@pytest.mark.parametrize(
    "text", ["Doce personas sufrieron intoxicación leve.", "Doce personas sufrieron una intoxicación por humo."]
)
def test_suffered_poisoning_is_injured(text: str) -> None:
    assert _claims(text, "es") == [("injured", None, "12")]


def test_poisoning_cases_of_a_year_are_no_count() -> None:
    assert _claims("El hospital trató 12 casos de intoxicación alimentaria en 2019.", "es") == []


# -- the qualifier before the object marker: "mató al menos a 12 personas" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El ataque mató al menos a 12 personas.", [("killed", None, "at least 12")]),
        ("La policía detuvo al menos a 30 personas.", [("detained", None, "at least 30")]),
        ("Los rescatistas salvaron por lo menos a 40 personas.", [("rescued", None, "at least 40")]),
        ("El temporal dejó sin hogar al menos a 500 personas.", [("displaced", None, "at least 500")]),
        ("El ataque mató a 12 personas.", [("killed", None, "12")]),
    ],
)
def test_a_qualifier_before_the_object_marker(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text", ["El juez condenó al menos a 12 años de cárcel.", "La empresa invitó al menos a 300 clientes."]
)
def test_a_qualifier_before_the_object_marker_of_no_casualty(text: str) -> None:
    assert _claims(text, "es") == []


# -- "de" joined to the article, and an evacuation done or ordered in French ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La préfecture a fait état du décès de trois personnes.", "fr", [("killed", None, "3")]),
        ("Se informó del deceso de dos agentes.", "es", [("killed", "officers", "2")]),
        ("La policía informó del fallecimiento de 3 personas.", "es", [("killed", None, "3")]),
        ("L'incendie a nécessité l'évacuation de 200 résidents.", "fr", [("evacuated", None, "200")]),
        ("Les pompiers ont procédé à l'évacuation de 200 personnes.", "fr", [("evacuated", None, "200")]),
        ("L'évacuation de 200 résidents a eu lieu dans la nuit.", "fr", [("evacuated", None, "200")]),
    ],
)
def test_a_death_or_an_evacuation_as_a_noun(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La préfecture a ordonné l'évacuation de 2 000 habitants.",
        "Le maire a demandé l'évacuation de 300 personnes.",
        "L'évacuation de 200 résidents a été ordonnée par le préfet.",
        "Le projet prévoit l'évacuation de 12 000 mètres cubes de gravats.",
    ],
)
def test_an_evacuation_ordered_or_of_things_is_no_count(text: str) -> None:
    assert _claims(text, "fr") == []


# -- the Mexican "se ubica en" (a toll cue) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cifra de personas desaparecidas se ubica en 12.", [("missing", None, "12")]),
        ("La cifra de muertos se ubicó en 40, según el último reporte.", [("killed", None, "40")]),
    ],
)
def test_se_ubica_en(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize("text", ["La inflación se ubicó en 4,5 %.", "La cifra de turistas se ubica en 12 millones."])
def test_se_ubica_en_of_no_casualty(text: str) -> None:
    assert _claims(text, "es") == []


# -- lives taken: "el incendio se cobró 7 vidas", "le conflit a coûté plus de 10 000 vies" ------------------------


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("El choque cobró 3 vidas.", "es", "3"),
        ("El temporal se ha cobrado ya 7 vidas.", "es", "7"),
        ("La guerra ha costado más de 10.000 vidas.", "es", "more than 10000"),
        ("L'accident a coûté 3 vies.", "fr", "3"),
        ("Le conflit a coûté plus de 10 000 vies.", "fr", "more than 10000"),
        ("La canicule a emporté 12 vies humaines.", "fr", "12"),
    ],
)
def test_lives_taken_are_killed(text: str, language: str, figure: str) -> None:
    assert _claims(text, language) == [("killed", None, figure)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El Ayuntamiento cobró 300 multas.", "es"),
        ("El equipo cobró 3 puntos.", "es"),
        ("La reforma costó 3 votos.", "es"),
        ("La réforme a coûté 3 points au gouvernement.", "fr"),
        ("Le vent a emporté 12 toits.", "fr"),
        ("Le chantier a coûté 3 millions.", "fr"),
    ],
)
def test_a_verb_of_taking_without_lives_is_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []
