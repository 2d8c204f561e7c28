"""Issue 13, round 6b: German, French and Spanish shapes found on fresh (batch 4) dev text.

Each test names the shape it covers. The positive sentences are made up in the
shape of dev sentences (never the test split), and each shape has made-up
negatives of the same surface beside it that must stay empty or unchanged.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _figures(text: str, language: str) -> set[tuple[str, str | None, str]]:
    return {
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="Outlet", reported_at="2024-09-20", language=language)
    }


# -- "N years ago" for any number of years dates another, earlier incident -------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il y a 17 ans, neuf pompiers avaient perdu la vie sur cette route."),
        ("fr", "La digue avait cédé il y a 35 ans dans la vallée où 40 personnes étaient mortes."),
        ("es", "Hace 12 años, seis mineros murieron en la misma galería."),
        ("es", "El puente se derrumbó hace 30 años en el pueblo donde murieron 14 personas."),
    ],
)
def test_years_ago_dates_another_incident(language: str, text: str) -> None:
    assert _figures(text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        # an age is no "ago": "a 22 ans" without "il y" before it
        ("fr", "Un homme qui a 31 ans a été blessé et 4 personnes sont mortes.", ("killed", None, "4")),
        ("fr", "Le séisme a frappé la ville où 5 personnes sont mortes.", ("killed", None, "5")),
        ("es", "Murieron 7 personas en el incendio que empezó hace 2 días.", ("killed", None, "7")),
        ("de", "Vor drei Tagen starben im Ort 8 Menschen.", ("killed", None, "8")),
    ],
)
def test_years_ago_needs_its_own_words(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


# -- German: one victim named by a role or a nationality after "ein" --------------------------------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ein Radfahrer ist am Morgen bei dem Unfall ums Leben gekommen.", ("killed", None, "1")),
        ("Ein junger Österreicher wurde von einer Lawine verschüttet und starb.", ("killed", None, "1")),
        ("Ein Beifahrer wurde bei dem Zusammenstoß schwer verletzt.", ("injured", None, "1")),
    ],
)
def test_german_one_victim_by_role(text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Ein Radfahrer filmte die Szene mit seinem Handy.",
        "Der Beifahrer wurde schwer verletzt.",  # a definite victim is no count
        "Ein Anwohner sagte, er habe einen lauten Knall gehört.",
    ],
)
def test_german_one_victim_by_role_needs_article_and_predicate(text: str) -> None:
    assert _figures(text, "de") == set()


# -- suffering injuries: the kind of injury ends the clause ---------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("de", "Außerdem erlitten 14 Fahrgäste Prellungen und Schnittverletzungen.", ("injured", None, "14")),
        # a group by the guide, round 13 (fields22)
        ("de", "Ein Fußgänger erlitt eine schwere Kopfverletzung.", ("injured", "pedestrians", "1")),
        ("de", "Sieben Bewohner erlitten eine Rauchgasvergiftung.", ("injured", None, "7")),
        ("es", "Otras 23 personas sufrieron heridas leves en el choque.", ("injured", None, "23")),
        ("es", "Al menos seis personas presentaban quemaduras.", ("injured", None, "at least 6")),
    ],
)
def test_suffered_injuries(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Fahrer erlitt eine Kopfverletzung."),
        ("de", "Die Firma erlitt 2023 Verluste von 14 Millionen Euro."),
        ("es", "La empresa sufrió pérdidas de 10 millones de euros."),
        ("es", "El edificio sufrió daños en 12 plantas."),
    ],
)
def test_suffered_injuries_needs_victims(language: str, text: str) -> None:
    assert _figures(text, language) == set()


# -- bodies found: "sin vida", "mortales", "sans vie" between the body noun and "of" -----------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Los buzos recuperaron los cuerpos sin vida de siete soldados.", ("killed", "soldiers", "7")),
        ("es", "Hallaron los restos de tres excursionistas en la ladera.", ("killed", None, "3")),
        ("es", "Encontraron los restos mortales de los otros dos trabajadores.", ("killed", "workers", "2")),
        ("es", "Se encontró el cuerpo sin vida de otras cuatro personas.", ("killed", None, "4")),
        # the bodies of the missing are dead, not missing
        ("es", "Hallaron los cuerpos sin vida de los seis mineros desaparecidos.", ("killed", "miners", "6")),
        ("fr", "Les secours ont retrouvé les corps sans vie de trois randonneurs.", ("killed", "hikers", "3")),  # guide17
    ],
)
def test_bodies_found_lifeless(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    found = _figures(text, language)
    assert claim in found
    assert not any(metric == "missing" for metric, _, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Se hallaron restos de 20 viviendas entre el barro."),
        ("es", "Encontraron los restos de dos drones en un campo."),
        # (an unlisted plural after "of" is read as people, as before: "les corps de deux chevreuils" is not
        # refused; the same limit as the shape nouns of round 3)
        ("fr", "Les corps sans vie ont été retrouvés à 3 kilomètres du village."),
    ],
)
def test_bodies_found_needs_people(language: str, text: str) -> None:
    assert _figures(text, language) == set()


# -- a count broken down by place: after "dont", with the place before the total, fused German preps ----
@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        (
            "fr",
            "Au moins 900 personnes sont mortes, dont 610 en Syrie et près de 300 en Turquie.",
            {("killed", None, "at least 900"), ("killed", None, "610"), ("killed", None, "about 300")},
        ),
        (
            "es",
            "En Oaxaca hay 31 fallecidos, 12 en Chiapas, 5 en Guerrero y 2 en Puebla.",
            {("killed", None, "31"), ("killed", None, "12"), ("killed", None, "5"), ("killed", None, "2")},
        ),
        (
            "de",
            "Drei Menschen starben im Allgäu, vier Menschen in Tirol und zwei im Kleinwalsertal.",
            {("killed", None, "3"), ("killed", None, "4"), ("killed", None, "2")},
        ),
    ],
)
def test_split_by_place(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        # a part in a state, not a place: the cue's own rule, unchanged
        (
            "fr",
            "Au moins 30 personnes ont été blessées, dont 4 en urgence absolue.",
            {("injured", None, "at least 30"), ("injured", None, "4")},
        ),
        # no place after the bare count: nothing is elided
        ("es", "En Oaxaca murieron 5 personas, 3 en el hospital.", {("killed", None, "5")}),
        ("es", "En Oaxaca murieron 5 personas, 3 en 2019.", {("killed", None, "5")}),
        # the place stands before a different clause, not before the full count
        ("es", "En Oaxaca llovió mucho. Murieron 5 personas, 3 en Chiapas.", {("killed", None, "5")}),
    ],
)
def test_split_by_place_needs_a_named_place(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


# -- German: one adjective between the number and its metric noun -------------------------------------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Die Feuerwehr spricht inzwischen von sieben weiteren Toten.", ("killed", None, "7")),
        ("Am Abend gab es 14 neue Verletzte.", ("injured", None, "14")),
    ],
)
def test_german_adjective_before_metric_noun(text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, "de")


def test_german_adjective_before_metric_noun_confirmed() -> None:
    found = extract(
        "Die Polizei spricht von neun bestätigten Toten.", source="Outlet", reported_at="2024-09-20", language="de"
    )
    assert [(x.claim.metric, str(x.claim.figure), x.claim.status) for x in found] == [("killed", "9", "confirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Zug hatte 3 angehängte Wagen.",
        "Die Klinik hat 40 neue Betten für Verletzte.",  # the adjective describes another noun
        "Seit 2019 gab es hier 12 schwere Unfälle.",
    ],
)
def test_german_adjective_before_metric_noun_negatives(text: str) -> None:
    assert _figures(text, "de") == set()


# -- Spanish: narrative imperfect, "de gravedad", a part "de los/sus" after a verb-first predicate ----------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Dos jóvenes y un menor fallecían anoche en el incendio.", ("killed", "children", "1")),
        ("Cuatro personas resultaban heridas en el choque.", ("injured", None, "4")),
        ("Resultaron heridos de gravedad 6 de los ocupantes del autobús.", ("injured", None, "6")),
        ("La explosión mató a tres de sus trabajadores.", ("killed", "workers", "3")),
        ("Tres personas resultaron heridas de gravedad.", ("injured", None, "3")),
        ("El choque dejó 5 víctimas fatales.", ("killed", None, "5")),
    ],
)
def test_spanish_predicates_and_parts(text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "El ataque mató a cuatro de los 10 trabajadores.",  # the whole is a count: its part is not read this way
        "Resultaron dañadas 6 de las viviendas del barrio.",
        "Los bomberos revisaron 12 de sus camiones.",
    ],
)
def test_spanish_parts_need_people_and_a_predicate(text: str) -> None:
    assert not {c for c in _figures(text, "es") if c[2] in {"6", "12"}}


# -- people who lost their homes are displaced ----------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Unas 3.500 personas perdieron sus viviendas por la riada.", ("displaced", None, "about 3500")),
        (
            "fr",
            "Plus de 2000 personnes ont perdu leur logement dans les inondations.",
            ("displaced", None, "more than 2000"),
        ),
        ("de", "Etwa 600 Menschen haben ihr Zuhause verloren.", ("displaced", None, "about 600")),
    ],
)
def test_lost_their_homes(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La familia perdió su casa en 2019."),
        ("fr", "Le club a perdu leur domicile historique après 40 ans."),
    ],
)
def test_lost_their_homes_needs_a_count(language: str, text: str) -> None:
    assert _figures(text, language) == set()


# -- an injured count split by degree, the participle said once ---------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        (
            "de",
            "Bei dem Unfall wurden 17 Fahrgäste leicht verletzt, drei schwer.",
            {("injured", None, "17"), ("injured", None, "3")},
        ),
        ("de", "Acht Menschen wurden verletzt, davon zwei schwer.", {("injured", None, "8"), ("injured", None, "2")}),
        ("es", "El choque dejó 14 heridos leves y 3 graves.", {("injured", None, "14"), ("injured", None, "3")}),
        (
            "fr",
            "Six personnes ont été blessées légèrement et deux grièvement.",
            {("injured", None, "6"), ("injured", None, "2")},
        ),
    ],
)
def test_injured_split_by_degree(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        # the degree after another noun, or a count of something else: no share of the injured
        ("de", "Zwölf Menschen wurden schwer verletzt, 20 Häuser leicht beschädigt.", {("injured", None, "12")}),
        ("fr", "Huit personnes ont été blessées légèrement et 3 maisons détruites.", {("injured", None, "8")}),
        # the count before was not split by degree: "20 graves" is no part of the dead
        ("es", "Murieron 12 personas y 20 graves incidentes se registraron.", {("killed", None, "12")}),
    ],
)
def test_injured_split_by_degree_needs_an_injured_degree(
    language: str, text: str, claims: set[tuple[str, str | None, str]]
) -> None:
    assert _figures(text, language) == claims


# -- a relative clause after a comma holds the subject's predicate (French, Spanish) ----------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "En la furgoneta viajaban cuatro jornaleros, que murieron en el acto.", ("killed", None, "4")),
        ("fr", "Dans la voiture se trouvaient deux passagers, qui ont été blessés.", ("injured", None, "2")),
    ],
)
def test_relative_after_comma(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En el autobús viajaban 30 pasajeros, que iban a Sevilla."),
        ("fr", "Le bateau transportait 40 passagers, qui venaient de Tunisie."),
    ],
)
def test_relative_after_comma_needs_a_predicate(language: str, text: str) -> None:
    assert _figures(text, language) == set()


# -- a definite member in a coordinated subject is no count of its own ------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        (
            "de",
            "Zwei Polizisten und der Fahrer des Lastwagens wurden schwer verletzt.",
            {("injured", "officers", "2")},
        ),
        ("es", "Tres soldados y el conductor resultaron heridos.", {("injured", "soldiers", "3")}),
        ("fr", "Deux policiers et le chauffeur ont été blessés.", {("injured", "officers", "2")}),
    ],
)
def test_definite_member_of_subject(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


def test_definite_member_needs_a_predicate() -> None:
    assert _figures("Zwei Polizisten und der Fahrer des Lastwagens standen am Straßenrand.", "de") == set()


# -- one number for two nouns of people counts both, with no group ------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("de", "Bei dem Unglück wurden rund 40 Schüler und Lehrer verletzt.", ("injured", None, "about 40")),
        ("es", "Unos 30 niños y adultos resultaron heridos.", ("injured", None, "about 30")),
        ("fr", "Douze femmes et enfants ont été tués.", ("killed", None, "12")),
    ],
)
def test_mixed_victims(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert _figures(text, language) == {claim}


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        # each noun has its own number: two counts, each with its group
        (
            "de",
            "Zwei Kinder und drei Erwachsene wurden verletzt.",
            {("injured", "children", "2"), ("injured", None, "3")},
        ),
        ("de", "Zwei Kinder und Lehrer standen am Ufer.", set()),
    ],
)
def test_mixed_victims_needs_one_number(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


# -- Spanish "situar en": a verb that puts a total at a figure, like "cifrar en" -----------------------------
def test_spanish_situar_puts_a_total_at_a_figure() -> None:
    text = "Los balances oficiales sitúan en más de 8.400 el número de fallecidos."
    assert _figures(text, "es") == {("killed", None, "more than 8400")}


@pytest.mark.parametrize(
    "text",
    ["La ciudad se sitúa en 2.000 metros de altura.", "El Gobierno sitúa en 2,5 el crecimiento de este año."],
)
def test_spanish_situar_needs_a_toll(text: str) -> None:
    assert _figures(text, "es") == set()
