"""Session 11 (rom11, issue 13): sentence shapes of French, German and Spanish news written by construction:
verb-first headlines on one victim of a role, German years closing a first constituent, whereabouts unknown, harm
caused "a" people, care by the health services. Made-up sentences with same-surface negatives.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_in_order

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str, reported_at: str = "2025-01-01") -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, language, reported_at=reported_at)


# -- a headline's predicate before one victim named by a role no list holds -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Fallece un motorista tras chocar con un turismo.", "es", [("killed", None, "1")]),
        ("Muere una ciclista atropellada en Sevilla.", "es", [("killed", None, "1")]),
        ("Muere un trabajador al caer de un andamio.", "es", [("killed", "workers", "1")]),
        ("Fallece un vecino en el incendio de su casa.", "es", [("killed", None, "1")]),
        ("Meurt un motard.", "fr", [("killed", None, "1")]),
        ("Mueren tres personas y fallece un motorista.", "es", [("killed", None, "3"), ("killed", None, "1")]),
    ],
)
def test_a_predicate_before_one_victim_of_a_role(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Detenido un conductor ebrio.", "es"),  # one man arrested: a story, not a count
        ("Muere el motorista herido ayer.", "es"),  # a definite article: the victim counted before
        ("Un motorista circulaba por la A-7.", "es"),
    ],
)
def test_no_count_without_an_article_and_a_predicate_of_the_living(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a German year closing a short first constituent dates the clause ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bereits 2019 forderte ein Erdbeben in der Region 40 Todesopfer.",
        "Schon 2019 starben bei einem Erdbeben 40 Menschen.",
        "Damals 2015 kamen 130 Menschen ums Leben.",
    ],
)
def test_a_year_after_an_adverb_of_earlier_time_dates_another_event(text: str) -> None:
    assert _claims(text, "de") == []


def test_a_year_after_a_noun_may_be_the_reports_own_event() -> None:
    # test_issue13_precision7_shapes pins "Bei der Flutkatastrophe 2021 starben …" as a count (a follow-up on the
    # report's own event); "Bei der Hitzewelle 2003 starben …" has the same shape and is read the same way
    assert _claims("Beim Hochwasser 2021 kamen im Ahrtal 135 Menschen ums Leben.", "de") == [("killed", None, "135")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei dem Erdbeben starben 2000 Menschen.", [("killed", None, "2000")]),
        ("Insgesamt 2000 starben bei dem Erdbeben.", [("killed", None, "2000")]),
        ("Rund 2000 starben bei den 3 Beben.", [("killed", None, "about 2000")]),
        # a name holding a year, followed by no verb the language lists, dates nothing
        ("Bei den Ansbach Open 2016 wurden 15 Menschen verletzt.", [("injured", None, "15")]),
        ("Am Sonntag starben 40 Menschen.", [("killed", None, "40")]),
    ],
)
def test_a_count_or_a_name_before_the_verb_is_no_date(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


def test_the_reports_own_year_dates_nothing() -> None:
    assert _claims("Bereits 2025 kamen 135 Menschen ums Leben.", "de") == [("killed", None, "135")]


# -- whereabouts unknown, not answering the roll call, rescued alive -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Siguen sin aparecer 6 personas.", "es", [("missing", None, "6")]),
        ("Seis personas siguen sin aparecer.", "es", [("missing", None, "6")]),
        ("Se desconoce el paradero de 11 personas.", "es", [("missing", None, "11")]),
        ("Fueron rescatadas con vida 9 personas.", "es", [("rescued", None, "9")]),
        ("Huit personnes restent introuvables.", "fr", [("missing", None, "8")]),
        ("Six personnes manquent toujours à l'appel.", "fr", [("missing", None, "6")]),
        ("Les pompiers ont porté secours à 12 personnes.", "fr", [("rescued", None, "12")]),
        ("Die Polizei hat 60 Demonstranten in Gewahrsam genommen.", "de", [("detained", "protesters", "60")]),
        ("Bei den Protesten wurden 12 Demonstranten verletzt.", "de", [("injured", "protesters", "12")]),
    ],
)
def test_missing_rescued_and_custody_phrases(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rund 10.000 Demonstranten zogen durch Berlin.", "de"),
        ("El paradero del sospechoso se desconoce.", "es"),
    ],
)
def test_the_same_words_with_no_count_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- harm caused "a" people; care by the health services ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La explosión provocó heridas a 15 personas.", [("injured", None, "15")]),
        ("El choque causó lesiones a 3 personas.", [("injured", None, "3")]),
        ("Ocho personas tuvieron que ser trasladadas a centros sanitarios.", [("injured", None, "8")]),
        ("Catorce personas fueron atendidas por los servicios sanitarios.", [("injured", None, "14")]),
        ("Diez personas fueron trasladadas al centro de salud.", [("injured", None, "10")]),
    ],
)
def test_harm_caused_and_care_given_in_spanish(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "El Ministerio de Salud desplegó 40 ambulancias.",
        "El hospital atendió 2.000 urgencias el fin de semana.",
        "La reforma causó heridas políticas a 3 ministros del Gobierno.",
    ],
)
def test_health_words_with_no_victims_give_nothing(text: str) -> None:
    assert _claims(text, "es") == []


# -- "already" between a toll's verb and its figure; Latin American killing and rescue; drowning; Swiss accidents -


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La cifra de muertos suma ya 45.", "es", [("killed", None, "45")]),
        ("Los muertos suman ya 45.", "es", [("killed", None, "45")]),
        ("Los damnificados por las lluvias suman ya 45.000.", "es", [("displaced", None, "45000")]),
        ("Hombres armados ultimaron a tres personas en un bar.", "es", [("killed", None, "3")]),
        ("Rescatistas lograron sacar con vida a 4 personas de entre los escombros.", "es", [("rescued", None, "4")]),
        ("Un garçon de 8 ans s'est noyé dans un lac.", "fr", [("killed", "children", "1")]),
        ("Deux migrants se sont noyés en tentant de traverser la Manche.", "fr", [("killed", None, "2")]),
        ("Ein Motorradfahrer ist auf der Hauptstrasse tödlich verunfallt.", "de", [("killed", None, "1")]),
    ],
)
def test_everyday_verbs_of_round_3(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El jugador suma ya 45 goles esta temporada.", "es"),
        ("La temporada suma ya 45 partidos.", "es"),
        ("Deux personnes ont failli se noyer.", "fr"),
        ("Ein Motorradfahrer ist verunfallt.", "de"),  # an accident is no casualty without "tödlich"
    ],
)
def test_the_same_verbs_with_no_victims_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a count a running total takes in after ", lo que eleva", ", con lo que", ", portant" is an increment ------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Otras dos personas fallecieron en el hospital, lo que eleva a 12 el número de muertos.",
            "es",
            [("killed", None, "+2"), ("killed", None, "12")],
        ),
        (
            "Dos personas murieron en el hospital, elevando a 12 la cifra de fallecidos.",
            "es",
            [("killed", None, "+2"), ("killed", None, "12")],
        ),
        (
            "Uno de los supervivientes falleció tras llegar al puerto, con lo que la cifra de muertos se sitúa de "
            "momento en doce.",
            "es",
            [("killed", None, "+1"), ("killed", None, "12")],
        ),
        # French "portant" also closes a count on a wider tally ("…, portant à 54 le nombre de victimes en mer en
        # 2024"), which the guide does not make an increment: no connectors for French
        (
            "Deux personnes sont mortes à l'hôpital, portant le bilan à 12 morts.",
            "fr",
            [("killed", None, "2"), ("killed", None, "12")],
        ),
        # another metric, or a bound, is no part of the total
        (
            "Dos personas resultaron heridas, lo que eleva a 12 el número de muertos.",
            "es",
            [("injured", None, "2"), ("killed", None, "12")],
        ),
        (
            "Murieron al menos 2 personas, lo que eleva a 12 el número de muertos.",
            "es",
            [("killed", None, "at least 2"), ("killed", None, "12")],
        ),
        ("La cifra de muertos asciende por ahora a 30.", "es", [("killed", None, "30")]),
        ("El siniestro se cobró la vida de un joven de 23 años.", "es", [("killed", "young_people", "1")]),  # guide17
    ],
)
def test_a_count_taken_in_by_a_running_total(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- a German separable stem, a short adverbial, the count, the particle closing the clause -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Polizei nahm am Sonntag 14 Personen fest.", [("detained", None, "14")]),
        ("Die Polizei nahm nach der Schlägerei vier junge Männer fest.", [("detained", "men", "4")]),
        ("Die Polizei nahm am Sonntag 14 Personen in Gewahrsam.", [("detained", None, "14")]),
        ("Bereits 2018 hatte es in dem Werk eine Explosion mit 3 Toten gegeben.", []),
        # the stem's particle is another verb's: no arrest
        ("Die Leitstelle nahm in der Nacht 300 Anrufe entgegen.", []),
        ("Der Verein nahm im Jahr 2020 rund 40 neue Mitglieder auf.", []),
    ],
)
def test_a_stem_before_an_adverbial_and_its_particle(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La operación se ha saldado con la detención de 18 personas.", "es", [("detained", None, "18")]),
        ("El juez ordenó la detención de 5 personas.", "es", []),  # an order, no arrest
        ("Von sieben Seeleuten fehlt jede Spur.", "de", [("missing", "sailors", "7")]),  # guide17: sailors
        ("Von den 3 Tätern fehlt jede Spur.", "de", []),  # perpetrators at large are not missing
        ("Von dem Geld fehlt jede Spur.", "de", []),
    ],
)
def test_arrests_ending_an_operation_and_no_trace(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Más de 60 personas han tenido que ser realojadas.", [("displaced", None, "more than 60")]),
        ("La tragedia se ha cobrado ya la vida de 31 personas.", [("killed", None, "31")]),
        ("Unas 600 familias han sido realojadas tras el derrumbe.", []),  # families are no count of people
    ],
)
def test_rehoused_and_a_life_already_taken(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected
