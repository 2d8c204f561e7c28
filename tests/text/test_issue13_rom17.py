"""Session 17 (rom17, issue 13): French, German and Spanish families judged on batch 12 (which no rule saw).

Each family quotes dev sentences of earlier batches (their ids cited) and sentences of the same surface that must
not change (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- "other N" of the dead with no count beside it: +N (the guide's "Another and more") ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-f1755ec0-4
        ("On compte aussi 65 autres morts dans d'autres villes de l'est de la Libye.", "fr", [("killed", None, "+65")]),
        # fr-ca56c2d3-4
        (
            "Deux autres personnes ont été tuées près d’un puits à l’ouest du même camp, a-t-il précisé.",
            "fr",
            [("killed", None, "+2")],
        ),
        # de-bf4f086b-3
        (
            "Weitere 16 erlagen in den nördlichen Provinzen Punjab und Haryana den Folgen der Hitze.",
            "de",
            [("killed", None, "+16")],
        ),
        # de-d3b109a4-2
        ("32 weitere Einwohner seien wahrscheinlich ebenfalls ums Leben gekommen.", "de", [("killed", None, "+32")]),
        # beside a count the sentence gives, read or not, it is a split: es-e41c4312-2
        (
            "De estas 78 víctimas, 74  han sido localizadas en el lugar en la tragedia mientras que otras cuatro han  "
            "fallecido en los hospitales a los que habían sido trasladadas.",
            "es",
            [("killed", None, "4"), ("killed", None, "74")],  # 74: the part of the fronted whole (below)
        ),
        # another metric stays plain: de-cccb6299-2 ("40 weitere wurden verletzte" is not read today)
        ("Mindestens vier Personen starben, 40 weitere wurden verletzte.", "de", [("killed", None, "at least 4")]),
    ],
)
def test_other_dead_added(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a part of a fronted whole of victims takes the whole's metric --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # people, then the participle, in "among the": fr-9028d2e4-6, fr-f3e9870c-7
        (
            "Parmi les cinq personnes décédées, on compte un enfant, selon la chaîne La 1ère.",
            "fr",
            [("killed", None, "5"), ("killed", "children", "1")],
        ),
        (
            "Parmi les personnes décédées, on compte au moins cinq femmes, dont une collégienne de 18 ans.",
            "fr",
            [("killed", "women", "at least 5")],
        ),
        # a bare count after the whole's comma: fr-d951be0f-5, es-e9b0862d-2, es-e41c4312-2
        (
            "Parmi les blessés, sept se trouvent en urgence absolue pour des blessures à l'abdomen, mais leur pronostic "
            "vital n'était pas engagé.",
            "fr",
            [("injured", None, "7")],
        ),
        (
            "De las 47 personas fallecidas en cuatro estados, 18 se reportaron en Veracruz.",
            "es",
            [("killed", None, "18"), ("killed", None, "47")],
        ),
        # its own metric, a group named after it, a partitive of its own, a whole that is no victims' toll:
        # es-88baa2b8-3, fr-b8dfd266-5, es-058a6502-2
        ("Parmi les blessés, deux sont morts.", "fr", [("killed", None, "2")]),
        (
            "De las seis víctimas fatales, tres son hombres y las tres restantes son mujeres, de acuerdo con Lester.",
            "es",
            [("killed", None, "3"), ("killed", None, "6"), ("killed", "men", "3")],
        ),
        (
            "Parmi les personnes grièvement blessées, trois d'entre-elles, des civils, ont leur pronostic vital engagé.",
            "fr",
            [],
        ),
        ("De los 13 rescatados, dos fueron dados de alta y los demás, hospitalizados.", "es", [("rescued", None, "13")]),
    ],
)
def test_fronted_whole_parts(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- the guide's group names, one per concept, in French, German and Spanish ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-54e8824a-3 (pupils)
        (
            "« Ce matin, 22 écoliers et une femme sont morts quand leur embarcation a coulé à Bouhayra »",
            "fr",
            [("killed", "pupils", "22"), ("killed", "women", "1")],
        ),
        # fr-31f68a4a-3 (health workers)
        (
            "Parmi les morts figurent également deux secouristes, alors que 16 personnels de santé ont été blessés, "
            "a-t-il ajouté.",
            "fr",
            [("injured", "health_workers", "16"), ("killed", "rescuers", "2")],
        ),
        # es-551d7ade-4 (customers)
        (
            "Se sabe que una de las víctimas era mesero del establecimiento; los otros dos muertos eran clientes, de "
            "entre 35 y 36 años.",
            "es",
            [("killed", "customers", "2")],
        ),
        # the adjective is no group: es-4516035a-3
        (
            "Cruz Roja ha detallado Twitter que entre los fallecidos hay diez hombres y dos mujeres, una de ellas "
            "embarazada.",
            "es",
            [("killed", "men", "10"), ("killed", "women", "2")],
        ),
    ],
)
def test_guide_groups(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- taken to hospital: the people named before the count, an aside, the other verbs of conveying ------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # de-d5998b2d-4
        ("28 von ihnen seien ins Krankenhaus gekommen.", "de", [("injured", None, "28")]),
        # de-eba9e66b-3
        (
            "Von den insgesamt 48 Businsassen seien 30 in umliegende Krankenhäuser gebracht worden, einige von ihnen "
            "seien schwer verletzt.",
            "de",
            [("injured", None, "30"), ("injured", None, "a few")],
        ),
        # es-0ae1fc47-3 ("Una falleció" is not read)
        (
            "Una falleció y las otras cuatro, precisan fuentes del 112, fueron trasladadas al hospital de El Hierro en "
            "estado grave.",
            "es",
            [("injured", None, "4")],
        ),
        # es-26bc45d5-3
        (
            "De las 16 personas retiradas de entre los escombros, la última de las cuales una anciana localizada tras "
            "casi tres horas de búsquedas, tan solo tres tuvieron que ser enviadas a hospitales, aunque no corren "
            "riesgo de vida.",
            "es",
            [("injured", None, "3")],
        ),
        # a bare number with no people before it is no one taken anywhere
        ("El 112 recibió cuatro llamadas y tres fueron enviadas a hospitales.", "es", []),
    ],
)
def test_taken_to_hospital_widened(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a part of a month opening the sentence dates another, earlier incident -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # es-5704ae96-2, es-f10b3624-6, es-b5e40bd8-3, de-8ced0dd8-2 (negatives)
        (
            "A finales de marzo, el choque de dos trenes en la provincia egipcia de Sohag (sur) causó al menos 19 "
            "muertos y más de 180 heridos.",
            "es",
            [],
        ),
        (
            "A mediados de mayo, un trailer y una furgoneta chocaron en una carretera del norteño estado Tamaulipas, "
            "provocando la muerte de 26 personas.",
            "es",
            [],
        ),
        (
            "A inicios de febrero fue reportada otra explosión en una mina del municipio de Samacá, también en Boyacá, "
            "en la que perdieron la vida cinco trabajadores.",
            "es",
            [],
        ),
        (
            "Anfang Dezember wurden zwei Soldaten der US-Armee und ein Dolmetscher in Syrien bei einem Anschlag "
            "getötet.",
            "de",
            [],
        ),
        # the report's own day, or the month inside the sentence, still count
        ("El 28 de marzo, el choque de dos trenes causó al menos 19 muertos.", "es", [("killed", None, "at least 19")]),
        (
            "El choque de dos trenes causó a finales de marzo al menos 19 muertos.",
            "es",
            [("killed", None, "at least 19")],
        ),
    ],
)
def test_month_part_opens_another_event(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
