"""Session 9 (rom9, issue 13): French, German and Spanish sentence shapes written by construction, not from
corpus sentences: made-up positives of each shape and same-surface negatives (numbers that are no counts, or the
same words with another meaning).
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_in_order

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, language)


# -- a bare toll noun counts what the noun after its figure names ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le dernier bilan fait état de 200 blessés.", "fr", [("injured", None, "200")]),
        ("Le bilan s'élève désormais à 35 blessés.", "fr", [("injured", None, "35")]),
        ("Le bilan est de 30 blessés et 2 disparus.", "fr", [("injured", None, "30"), ("missing", None, "2")]),
        ("El balance asciende a 200 heridos.", "es", [("injured", None, "200")]),
        ("El balance es de 14 heridos leves.", "es", [("injured", None, "14")]),
        # the toll's own metric where the noun agrees, or where none follows
        ("Le bilan fait état de 12 morts.", "fr", [("killed", None, "12")]),
        ("Le bilan s'élève à 12.", "fr", [("killed", None, "12")]),
        ("El balance asciende a 40 muertos.", "es", [("killed", None, "40")]),
    ],
)
def test_a_metric_noun_after_a_toll_figure_names_the_metric(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le bilan financier fait état de 200 millions d'euros.", "fr"),  # money, no count
        ("Le bilan de l'année 2023 est positif.", "fr"),
        ("El balance de 2023 asciende a 200 millones de euros.", "es"),
    ],
)
def test_a_toll_noun_before_no_count_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a participial phrase holding a gap word ("au", as in "au total") before the auxiliary ---------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Douze personnes coincées au fond du parking ont été secourues.", "fr", [("rescued", None, "12")]),
        ("Quelque 300 personnes bloquées au sous-sol ont pu être évacuées.", "fr", [("evacuated", None, "about 300")]),
        ("Doce personas atrapadas ya en sus coches fueron evacuadas.", "es", [("evacuated", None, "12")]),
    ],
)
def test_a_participial_phrase_may_hold_a_gap_word(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Douze personnes coincées au fond du parking ont attendu 3 heures.", "fr"),  # no casualty predicate
        ("Les 12 personnes inscrites au total ont été reçues.", "fr"),  # received, no casualty
        ("Doce coches aparcados ya en el garaje fueron retirados.", "es"),
    ],
)
def test_a_participial_phrase_without_a_casualty_predicate_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a participle as a noun after a noun of number ("el número de evacuados") -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El número de evacuados asciende a 1.200.", [("evacuated", None, "1200")]),
        ("La cifra de rescatados se eleva a 300.", [("rescued", None, "300")]),
        ("La cifra de detenidos asciende a 45.", [("detained", None, "45")]),
        ("El número de desaparecidos asciende a 12.", [("missing", None, "12")]),
    ],
)
def test_a_participle_counted_by_a_noun_of_number(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "El número de inscritos asciende a 1.200.",  # registered: no casualty participle
        "La cifra de vendidos se eleva a 300.",
        "El número de evacuados en 2019 fue de 1.200 según el informe de 2020.",  # a count of a year back
    ],
)
def test_a_noun_of_number_before_no_casualty_participle_gives_nothing(text: str) -> None:
    assert _claims(text, "es") == []


# -- a toll's verb, its figure, then the toll's noun ("Ya son 45 los muertos") -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ya son 30 los muertos por el temporal.", [("killed", None, "30")]),
        ("Suman ya 45 los muertos por el huracán.", [("killed", None, "45")]),
        ("En total, son 45 las víctimas mortales.", [("killed", None, "45")]),
        ("Ascienden a 30 los muertos por el temporal.", [("killed", None, "30")]),
        ("Son 12 los heridos, tres de ellos graves.", [("injured", None, "12"), ("injured", None, "3")]),
    ],
)
def test_a_toll_noun_after_its_figure(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Son 30 los años que lleva en el cargo.",  # years, no toll noun
        "Suman 12 los millones invertidos.",
        "En 2010 fueron 200 los kilómetros recorridos.",
        "Son 3 los puntos de diferencia.",
    ],
)
def test_a_figure_before_no_toll_noun_gives_nothing(text: str) -> None:
    assert _claims(text, "es") == []


# -- "among the victims" before the group: the victims of the count before, else the dead --------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Parmi les victimes figurent quatre enfants.", "fr", [("killed", "children", "4")]),
        (
            "Douze personnes ont été blessées ; parmi les victimes figurent quatre enfants.",
            "fr",
            [("injured", None, "12"), ("injured", "children", "4")],
        ),
        ("Entre las víctimas hay dos menores.", "es", [("killed", "children", "2")]),
        ("Entre las víctimas mortales figuran dos menores.", "es", [("killed", "children", "2")]),
        ("Entre los muertos figuran dos niños.", "es", [("killed", "children", "2")]),
    ],
)
def test_among_the_victims_names_a_group_of_them(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Parmi les victimes de 2019 figurent 4 enfants.", "fr"),  # victims of a year back
        ("Entre las víctimas de 2010 hay 2 menores.", "es"),
        ("Parmi les candidats figurent quatre femmes.", "fr"),  # no victims
        ("Entre las candidatas hay dos mujeres de 30 años.", "es"),
    ],
)
def test_among_other_people_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- one victim by an article, then one adjective, then a finite verb ("Un soldado israelí murió") ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un soldado ucraniano murió.", [("killed", "soldiers", "1")]),
        ("Una mujer embarazada murió en el ataque.", [("killed", "women", "1")]),
        ("Un niño palestino murió en el ataque.", [("killed", "children", "1")]),
        ("Un policía local resultó herido.", [("injured", "officers", "1")]),
        # the plural shape as before, two adjectives at most
        ("Tres militares rusos murieron.", [("killed", "soldiers", "3")]),
    ],
)
def test_one_victim_with_an_adjective(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Un hombre armado entró en 2019 en el edificio de 12 plantas.",  # no casualty predicate
        "Un portavoz oficial dijo que 3 edificios ardieron.",  # buildings
        "Un soldado ucraniano de 25 años declaró ante el tribunal.",
    ],
)
def test_one_person_with_an_adjective_and_no_casualty_gives_nothing(text: str) -> None:
    assert _claims(text, "es") == []


# -- a verb that puts a total at a figure, its toll as the object before "en" ("cifró los muertos en 12") ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La policía cifra los muertos en 12.", [("killed", None, "12")]),
        ("El Gobierno cifró el número de muertos en 40.", [("killed", None, "40")]),
        ("El balance sitúa los heridos en 1.178.", [("injured", None, "1178")]),
        (
            "El informe sitúa los heridos en 30 y en 2.000 los afectados.",
            [("injured", None, "30"), ("affected", None, "2000")],
        ),
        ("Protección Civil cifró en 300 los evacuados de la zona.", [("evacuated", None, "300")]),
        ("Las autoridades elevaron a 12 los detenidos.", [("detained", None, "12")]),
    ],
)
def test_a_toll_put_at_a_figure(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "La policía cifra los daños en 12 millones.",  # damage, money
        "El número de muertos en 12 provincias es alto.",  # no verb that puts the total
        "El informe cifró en 300 los kilómetros recorridos.",
        "Las autoridades sitúan el número de muertos en 2010 en el informe.",  # a year
    ],
)
def test_a_figure_put_on_no_toll_gives_nothing(text: str) -> None:
    assert _claims(text, "es") == []


# -- a part of the victims named by a copula and a group ("Quatre des victimes étaient des enfants") ------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Quatre des victimes étaient des enfants.", "fr", [("killed", "children", "4")]),
        ("Quatre des morts étaient des enfants.", "fr", [("killed", "children", "4")]),
        ("Cuatro de las víctimas eran niños.", "es", [("killed", "children", "4")]),
        ("Zwei der Opfer waren Kinder.", "de", [("killed", "children", "2")]),
        (
            "Douze personnes ont été blessées ; trois des victimes sont des enfants.",
            "fr",
            [("injured", None, "12"), ("injured", "children", "3")],
        ),
    ],
)
def test_a_part_of_the_victims_named_by_a_copula(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quatre des victimes étaient âgées de plus de 80 ans.", "fr"),  # ages, no group
        ("Trois des victimes sont des étrangers venus de 12 pays.", "fr"),  # countries
        ("Dos de las víctimas eran de 2010.", "es"),
    ],
)
def test_a_part_of_the_victims_without_a_group_gives_nothing(text: str, language: str) -> None:
    assert [c for c in _claims(text, language) if c[1] is not None or c[2] in {"80", "12", "2010"}] == []


# -- asides: "and" in a Romance aside; the whole before an aside of members ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Al menos 20 personas, la mayoría mujeres y niños, murieron.", "es", [("killed", None, "at least 20")]),
        (
            "Au moins 20 personnes, pour la plupart des femmes et des enfants, ont été tuées.",
            "fr",
            [("killed", None, "at least 20")],
        ),
        (
            "Tres personas, dos hombres y una mujer, murieron.",
            "es",
            [("killed", None, "3"), ("killed", "men", "2"), ("killed", "women", "1")],
        ),
        (
            "Trois personnes, deux hommes et une femme, ont été tuées.",
            "fr",
            [("killed", None, "3"), ("killed", "men", "2"), ("killed", "women", "1")],
        ),
        (
            "Drei Menschen, zwei Männer und eine Frau, wurden getötet.",
            "de",
            [("killed", None, "3"), ("killed", "men", "2"), ("killed", "women", "1")],
        ),
        # a list of members with no whole stays a list
        (
            "13 hombres, dos mujeres y tres niños fueron rescatados.",
            "es",
            [("rescued", "men", "13"), ("rescued", "women", "2"), ("rescued", "children", "3")],
        ),
    ],
)
def test_asides_with_and_and_the_whole_of_members(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tres personas, dos hombres y una mujer, viajaban en el coche.", "es"),  # no casualty predicate
        ("Al menos 20 personas, la mayoría mujeres y niños, esperaban desde 2019.", "es"),
        ("Trois personnes, deux hommes et une femme, ont été entendues en 2020.", "fr"),
    ],
)
def test_asides_without_a_casualty_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Doce personas, entre ellas tres niños y dos mujeres, resultaron heridas.",
            "es",
            [("injured", None, "12"), ("injured", "children", "3"), ("injured", "women", "2")],
        ),
        (
            "Douze personnes, dont trois enfants et deux femmes, ont été blessées.",
            "fr",
            [("injured", None, "12"), ("injured", "children", "3"), ("injured", "women", "2")],
        ),
        ("Tres personas, dos de ellas menores, murieron.", "es", [("killed", None, "3"), ("killed", "children", "2")]),
        ("Murieron 30 personas, 12 de ellas niños.", "es", [("killed", None, "30"), ("killed", "children", "12")]),
    ],
)
def test_an_aside_of_members_joined_by_and_or_of_them(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Doce personas, entre ellas tres niños y dos mujeres, viajaban en el autobús.", "es"),  # no casualty
        ("Douze personnes, dont trois enfants et deux femmes, ont visité le musée en 2020.", "fr"),
        ("Tres personas, dos de ellas de 2010, firmaron.", "es"),
    ],
)
def test_an_aside_of_members_without_a_casualty_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- "another" with its noun elided after a count of people ("Dos trabajadores murieron y otro resultó herido") -----


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Dos trabajadores murieron y otro resultó herido.",
            "es",
            [("killed", "workers", "2"), ("injured", "workers", "1")],
        ),
        ("Dos personas murieron y otra resultó herida.", "es", [("killed", None, "2"), ("injured", None, "1")]),
        # session 14 (fresh9rom): "ouvriers" are workers (fr-76a0fe8e-1), and "un autre" one more of them
        ("Deux ouvriers sont morts et un autre a été blessé.", "fr", [("killed", "workers", "2"), ("injured", "workers", "1")]),
        (
            "Zwei Arbeiter starben, ein weiterer wurde verletzt.",
            "de",
            [("killed", "workers", "2"), ("injured", "workers", "1")],
        ),
    ],
)
def test_another_after_a_count_of_people(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dos trabajadores firmaron en 2019 y otro día resultó elegido.", "es"),  # no casualty, another day
        ("Deux ouvriers ont signé en 2019 et un autre a été élu.", "fr"),
    ],
)
def test_another_without_a_casualty_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []
