"""Session 11 (rom11, issue 13): French, German and Spanish shapes written by construction, round 3: made-up
sentences of everyday news shapes (benchmarks/probes/rom11_*.txt), not corpus sentences; each family has
positives and same-surface negatives (numbers that are no counts, or the same words with another meaning).
"""

from __future__ import annotations

import pytest

from casualtylog.text.lang._agreement import singulars
from tests.text._read import claims_in_order

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, language)


# -- one suspect arrested is a count (the guide: "een verdachte aangehouden" is detained suspects 1) -------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un suspect a été interpellé.", "fr"),
        ("La police a interpellé un suspect dimanche soir.", "fr"),
        ("Un sospechoso fue detenido.", "es"),
        ("La policía detuvo a un sospechoso.", "es"),
        ("Ein Tatverdächtiger wurde festgenommen.", "de"),
        ("Einen Tag nach dem Anschlag hat die Polizei einen Verdächtigen festgenommen.", "de"),
        ("Die Polizei nahm einen Tatverdächtigen fest.", "de"),
    ],
)
def test_one_suspect_arrested_is_detained_suspects_1(text: str, language: str) -> None:
    assert _claims(text, language) == [("detained", "suspects", "1")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # one man arrested, like one boy rescued, stays a story about a person (test_extract)
        ("Un homme a été interpellé.", "fr"),
        ("Un hombre fue detenido.", "es"),
        ("Ein Mann wurde festgenommen.", "de"),
        # a suspect sought, fled or at large is no arrest
        ("Die Polizei sucht nach einem Verdächtigen.", "de"),
        ("Ein Verdächtiger ist auf der Flucht.", "de"),
        ("Un sospechoso huyó del lugar.", "es"),
        ("Un suspect est toujours recherché.", "fr"),
    ],
)
def test_one_man_arrested_or_a_suspect_at_large_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_one_suspect_injured_keeps_his_group() -> None:
    assert _claims("Ein Verdächtiger wurde bei dem Einsatz verletzt.", "de") == [("injured", "suspects", "1")]


# -- suspects not found are no missing people, as suspects who fled are no displaced ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cinco sospechosos siguen sin ser localizados.", "es"),
        ("Deux suspects sont toujours recherchés.", "fr"),
        ("Les 3 suspects restent introuvables.", "fr"),
    ],
)
def test_suspects_at_large_are_not_missing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a verb of leaving counts victims only when they are named as such -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El hombre dejó 2 hijos huérfanos.",
        "El hombre dejó 2 hijos.",
        "El accidente dejó 2 huérfanos.",
        "La víctima deja dos hijos de 5 y 8 años.",
        "La mujer dejó a sus 3 hijos con una vecina.",
        "El ciclón dejó 300.000 hogares sin electricidad.",
        "La tormenta dejó 80 litros por metro cuadrado en Valencia.",
    ],
)
def test_what_a_person_leaves_behind_is_no_toll(text: str) -> None:
    assert _claims(text, "es") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El temporal dejó un saldo de 17 muertos y 40 heridos.", [("killed", None, "17"), ("injured", None, "40")]),
        ("El choque dejó tres personas muertas.", [("killed", None, "3")]),
        ("Las lluvias han dejado más de 5.000 damnificados.", [("displaced", None, "more than 5000")]),
        ("El tiroteo dejó 3 policías heridos.", [("injured", "officers", "3")]),
        ("El ataque dejó 12 víctimas.", [("killed", None, "12")]),
        ("El ataque dejó 12 palestinos muertos.", [("killed", None, "12")]),
        ("La explosión dejó 4 heridos graves.", [("injured", None, "4")]),
        ("El huracán dejó al menos 22 muertos a su paso.", [("killed", None, "at least 22")]),
    ],
)
def test_a_toll_left_by_an_event_is_still_read(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


# -- an order of evacuation is no evacuation (the guide), in Spanish as in English --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Las autoridades ordenaron la evacuación de 5.000 personas.",
        "El Gobierno decretó la evacuación de 12.000 vecinos.",
        "Protección Civil recomendó la evacuación de 300 personas.",
    ],
)
def test_an_order_of_evacuation_gives_nothing(text: str) -> None:
    assert _claims(text, "es") == []


def test_an_evacuation_forced_is_done() -> None:
    assert _claims("El fuego obligó a la evacuación de 5.000 personas.", "es") == [("evacuated", None, "5000")]


# -- Spanish singulars that write a stress mark their plural drops ------------------------------------------------


def test_a_plural_in_ones_has_its_singular_with_the_stress_mark() -> None:
    assert "peatón" in singulars({"peatones": ""})
    assert "francés" in singulars({"franceses": ""})
    assert singulars({"civiles": "civilians"}) == {"civile": "civilians", "civil": "civilians"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a group by the guide, round 13 (fields22)
        ("Un peatón murió atropellado por un camión.", "es", [("killed", "pedestrians", "1")]),
        ("Un vecino de 80 años murió en el incendio de su casa.", "es", [("killed", None, "1")]),
        ("Un vecino resultó herido leve.", "es", [("injured", None, "1")]),
        # a group by the guide, round 13 (fields22)
        ("Un piéton a été mortellement percuté par une voiture.", "fr", [("killed", "pedestrians", "1")]),
        ("Un motard a été mortellement fauché sur la RN 7.", "fr", [("killed", None, "1")]),
    ],
)
def test_one_pedestrian_or_neighbour(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un vecino de la zona alertó a los bomberos.", "es"),
        ("Los vecinos del número 14 de la calle Mayor dieron la alarma.", "es"),
        ("Un piéton a été percuté par une voiture.", "fr"),  # struck, not fatally: no count
    ],
)
def test_a_neighbour_or_pedestrian_with_no_casualty_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- the whole of any share is no count; "el pasado año" tells another period ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tres de cada diez heridos en accidentes de tráfico son motoristas.", "es"),
        ("Three in every ten injured are motorcyclists.", "en"),
        ("El pasado año murieron 1.145 personas en las carreteras, según la DGT.", "es"),
    ],
)
def test_a_share_or_last_years_figure_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Five people were killed in 2 separate attacks.", "en", [("killed", None, "5")]),
        # a part of a count, not a share: "out of" and "sur" are no "each"
        (
            "Air defence shot down 34 out of 35 Russian drones.",
            "en",
            [("intercepted", "drones", "34"), ("launched", "drones", "35")],
        ),
        ("Er vielen 5 doden op 2 locaties.", "nl", [("killed", None, "5")]),
        ("Uno de cada tres heridos es menor.", "es", []),
        ("Murieron 5 personas en la región.", "es", [("killed", None, "5")]),
    ],
)
def test_a_count_before_a_preposition_of_shares_stays(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected
