"""Session 8 (rom, issue 13): French, German and Spanish shapes, made-up sentences with same-surface negatives.

Each test holds a shape, not a corpus sentence: positives of the shape and
sentences of the same surface whose numbers are no counts (or other counts).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import claims_in_order

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, language)


# -- one officer of the Guardia Civil: a plural group phrase's singular is a phrase too ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un guardia civil resultó herido.", [("injured", "officers", "1")]),
        ("Un guardia civil murió en el accidente.", [("killed", "officers", "1")]),
        ("Dos guardias civiles resultaron heridos.", [("injured", "officers", "2")]),
        ("Un civil resultó herido.", [("injured", "civilians", "1")]),  # the one word is still a civilian
        ("Un trabajador humanitario murió.", [("killed", "aid_workers", "1")]),
        ("Un soldat du feu a été blessé.", [("injured", "firefighters", "1")]),  # no soldier
    ],
)
def test_a_singular_group_phrase_names_its_group(text: str, expected: list[Claim]) -> None:
    language = "fr" if "soldat" in text else "es"
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Guardia Civil abrió 12 expedientes.",  # the force itself, and files, not people
        "Un guardia civil de 45 años dirigió la operación.",  # an age, and no casualty predicate
        "El cuartel de la Guardia Civil tiene 30 años.",
    ],
)
def test_the_guardia_civil_without_victims_gives_nothing(text: str) -> None:
    assert _claims(text, "es") == []


# -- German "abgeschossen": a direction after the auxiliary says fired ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drei Raketen wurden vom Gazastreifen aus auf Israel abgeschossen.", ("launched", "rockets", "3")),
        ("Zwei Drohnen wurden vom Libanon aus abgeschossen.", ("launched", "drones", "2")),
        ("Fünf Raketen wurden am Montag auf Israel abgeschossen.", ("launched", "rockets", "5")),
        ("Vier Raketen wurden in Richtung Haifa abgeschossen.", ("launched", "rockets", "4")),
        # no direction: shot down
        ("Drei Raketen wurden abgeschossen.", ("intercepted", "rockets", "3")),
        ("Drei Raketen wurden vom Militär abgeschossen.", ("intercepted", "rockets", "3")),  # who, with no "aus"
        ("Drei Raketen wurden von der Luftabwehr abgeschossen.", ("intercepted", "rockets", "3")),
        ("Drei Raketen wurden auf dem Weg nach Haifa abgeschossen.", ("intercepted", "rockets", "3")),  # where
        ("Drei Raketen wurden über dem Meer abgeschossen.", ("intercepted", "rockets", "3")),
    ],
)
def test_a_direction_before_abgeschossen_means_fired(text: str, expected: Claim) -> None:
    assert _claims(text, "de") == [expected]


# -- an aside between commas after the victims, with no verb or number of its own (fr, de, es) ---------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Cinco mineros, todos ellos de la región, murieron.", "es", [("killed", "miners", "5")]),
        ("Tres personas, según la policía, murieron.", "es", [("killed", None, "3")]),
        ("Trois soldats, tous originaires de Lyon, ont été tués.", "fr", [("killed", "soldiers", "3")]),
        ("Tres militares de la base aérea, todos ellos pilotos, murieron.", "es", [("killed", "soldiers", "3")]),
        ("Drei Soldaten, alle aus Bayern, wurden verletzt.", "de", [("injured", "soldiers", "3")]),
    ],
)
def test_a_verbless_aside_between_commas_leaves_the_predicate_to_the_victims(
    text: str, language: str, expected: list[Claim]
) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the aside holds a number or a verb of its own: the predicate after it is not surely the victims'
        ("Cinco mineros, de 20 a 30 años, trabajaban allí.", "es"),
        ("Trois soldats, qui dormaient, ont vu 12 drones.", "fr"),
        ("Drei Soldaten, alle aus Bayern, sahen 40 Raketen.", "de"),
        # a number that is no count before the aside
        ("En 2024, 300 euros, según la policía, fueron robados.", "es"),
    ],
)
def test_an_aside_gives_no_count_without_a_casualty_predicate(text: str, language: str) -> None:
    assert [c for c in _claims(text, language) if c[0] in {"killed", "injured"}] == []


# -- a Spanish full date with "de" between month and year dates another event --------------------------------


def test_a_spanish_full_date_years_before_the_report_is_another_event() -> None:
    old = "El 6 de julio de 2000, 28 personas, en su mayoría adolescentes, fallecieron en un accidente."
    assert _claims(old, "es") == []
    # the report's own year, and a running count since a date, are the report's
    assert _claims("El 6 de enero de 2025, 28 personas fallecieron en un accidente.", "es") == [("killed", None, "28")]
    assert _claims("Desde el 7 de octubre de 2023, 28 personas han fallecido.", "es") == [("killed", None, "28")]


# -- confirmed: an according-to phrase whose verb confirms, after the clause; two coordinated verbs ----------


def _statuses(text: str, language: str) -> list[tuple[str, str, str]]:
    return [
        (x.claim.metric, str(x.claim.figure), x.claim.status.value)
        for x in extract(text, language=language, source="s", reported_at="2025-01-01")
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Los bomberos hallaron los cuerpos de cinco mineros, según ha confirmado el fiscal.", "confirmed"),
        ("Cinco mineros murieron en la galería, según confirmó la fiscalía.", "confirmed"),
        # the according-to phrase only reports: no confirmation
        ("Los bomberos hallaron los cuerpos de cinco mineros, según ha informado el fiscal.", "reported"),
        ("Cinco mineros murieron en la galería, según la fiscalía.", "reported"),
    ],
)
def test_according_to_a_confirming_verb_after_the_clause(text: str, status: str) -> None:
    assert [s for (_, _, s) in _statuses(text, "es")] == [status]


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("El ministerio confirmó y lamentó el fallecimiento de 23 personas.", "es", "confirmed"),
        ("Le ministère a confirmé et déploré la mort de 23 personnes.", "fr", "confirmed"),
        # no verb of confirming among the two
        ("El ministerio informó y lamentó el fallecimiento de 23 personas.", "es", "reported"),
    ],
)
def test_a_confirming_verb_coordinated_with_another_governs_their_object(text: str, language: str, status: str) -> None:
    assert [s for (_, _, s) in _statuses(text, language)] == [status]


# -- an attack of N weapons launched them, as "with N weapons" does (fr, es) ----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Las defensas repelieron un ataque de 9 drones.", "es", [("launched", "drones", "9")]),
        ("L'armée a repoussé une attaque de 50 drones.", "fr", [("launched", "drones", "50")]),
        (
            "Une attaque de 50 drones a visé Kiev, 40 ont été abattus.",
            "fr",
            [("launched", "drones", "50"), ("intercepted", "drones", "40")],
        ),
        # no count of weapons after "attack of": a year, or the weapons' kind with no number
        ("Un ataque de 2023 dejó 40 muertos.", "es", []),
        ("El ataque de drones dejó 4 heridos.", "es", [("injured", None, "4")]),
        ("Une attaque de drones a fait 3 morts.", "fr", [("killed", None, "3")]),
    ],
)
def test_an_attack_of_weapons_launched_them(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- a change "de X a Y" / "de X à Y" after a verb that moves a total, a phrase of when may follow X ----------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La cifra de muertos pasó de 79 a 56.", "es", [("killed", None, "79"), ("killed", None, "56")]),
        (
            "La lista de desaparecidos pasó de 79 en el informe anterior a 56 personas.",
            "es",
            [("missing", None, "79"), ("missing", None, "56")],
        ),
        ("La cifra de muertos subió de 10 el lunes a 12.", "es", [("killed", None, "10"), ("killed", None, "12")]),
        ("La cifra de muertos pasó a 56.", "es", [("killed", None, "56")]),
        ("Le nombre de disparus est passé de 79 à 56.", "fr", [("missing", None, "79"), ("missing", None, "56")]),
        # no toll noun: prices and hours are no counts
        ("Los precios pasaron de 10 el lunes a 12 euros.", "es", []),
        ("El turno pasó de 8 a 12 horas.", "es", []),
        ("Le prix est passé de 10 à 12 euros.", "fr", []),
    ],
)
def test_a_change_from_one_figure_to_another(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- a vague figure before a metric adjective and a group noun keeps the group (as a number does) -----------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mehrere verletzte Kinder wurden behandelt.", "de", [("injured", "children", "several")]),
        ("Dutzende verletzte Kinder wurden behandelt.", "de", [("injured", "children", "dozens")]),
        ("Drei verletzte Kinder wurden behandelt.", "de", [("injured", "children", "3")]),
        # no group noun after the adjective: everyone
        ("Mehrere verletzte Menschen wurden behandelt.", "de", [("injured", None, "several")]),
        # a vague word alone, with no metric word, is no count
        ("Mehrere Kinder spielten im Hof.", "de", []),
    ],
)
def test_a_vague_figure_keeps_the_group_after_a_metric_adjective(
    text: str, language: str, expected: list[Claim]
) -> None:
    assert _claims(text, language) == expected


# -- an aside between commas after the auxiliary, before the participle (de, es, fr) --------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Vier Bergleute seien, nach Angaben der Polizei, gerettet worden.", "de", [("rescued", "miners", "4")]),
        ("Vier Bergleute wurden, wie die Polizei mitteilte, gerettet.", "de", [("rescued", "miners", "4")]),
        ("Cuatro mineros han sido, según la policía, rescatados.", "es", [("rescued", "miners", "4")]),
        # the aside holds a number, or no predicate follows it: no count
        ("Vier Bergleute seien, nach Angaben der Polizei, in der Grube.", "de", []),
        ("Vier Bergleute seien, seit 2019, in der Grube gerettet worden.", "de", []),
    ],
)
def test_an_aside_after_the_auxiliary(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- one victim by the singular of a listed noun of people (fr, es) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Un pasajero murió en el accidente.", "es", [("killed", None, "1")]),
        ("Un paciente resultó herido.", "es", [("injured", None, "1")]),
        ("Un trabajador falleció.", "es", [("killed", "workers", "1")]),  # the group noun wins
        ("Un passager a été tué.", "fr", [("killed", None, "1")]),
        ("Un habitant a été blessé.", "fr", [("injured", None, "1")]),
        # no casualty predicate, or an age only: no count
        ("Un pasajero de 40 años viajaba en el autobús.", "es", []),
        ("Un passager de 40 ans voyageait dans le bus.", "fr", []),
        # "otro"/"autre" is no noun of people in the singular
        ("Otro murió en el hospital.", "es", []),
    ],
)
def test_one_victim_by_the_singular_of_a_noun_of_people(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- a proportion ("un enfant sur trois", "uno de cada tres") is no count -------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un enfant sur trois a été blessé.", "fr"),
        ("Un passager sur dix a été blessé.", "fr"),
        ("Un niño de cada tres resultó herido.", "es"),
        ("Uno de cada tres pasajeros resultó herido.", "es"),
    ],
)
def test_a_proportion_is_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the same words, no proportion: "one" and a count beside it, "sur" before a place or a whole
        ("Un mort et trois blessés sur la route.", "fr", [("killed", None, "1"), ("injured", None, "3")]),
        ("Trois personnes ont été blessées sur 12 passagers.", "fr", [("injured", None, "3")]),
        ("Un muerto y tres heridos en la carretera.", "es", [("killed", None, "1"), ("injured", None, "3")]),
    ],
)
def test_one_beside_a_count_is_no_proportion(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- "half" before an approximate-number noun, and German "ein Dutzend" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Medio centenar de personas fueron evacuadas.", "es", [("evacuated", None, "about 50")]),
        ("Más de medio centenar de personas resultaron heridas.", "es", [("injured", None, "more than 50")]),
        ("Un demi-millier de personnes ont été évacuées.", "fr", [("evacuated", None, "about 500")]),
        ("Une demi-douzaine de personnes ont été blessées.", "fr", [("injured", None, "about 6")]),
        ("Rund ein Dutzend Menschen wurden verletzt.", "de", [("injured", None, "about 12")]),
        ("Ein halbes Dutzend Menschen wurden verletzt.", "de", [("injured", None, "about 6")]),
        # "medio" that is no half of a count, a dozen of things
        ("En medio del caos, 12 personas murieron.", "es", [("killed", None, "12")]),
        ("Medio país sigue sin luz.", "es", []),
        ("Die Helfer verteilten ein Dutzend Decken.", "de", []),
    ],
)
def test_half_an_approximate_number(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- a part of the victims, then a relative clause, then their predicate (fr, es) -----------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Doce de las personas que viajaban en el autobús murieron.", "es", [("killed", None, "12")]),
        ("Doce de los pasajeros que iban en el autobús resultaron heridos.", "es", [("injured", None, "12")]),
        ("Douze des personnes qui se trouvaient dans le bus sont mortes.", "fr", [("killed", None, "12")]),
        # no casualty predicate after the clause, or the whole is things
        ("Doce de las personas que viajaban en el autobús eran turistas.", "es", []),
        ("Doce de las casas que se derrumbaron estaban vacías.", "es", []),
        ("Douze des maisons qui se trouvaient là ont été détruites.", "fr", []),
    ],
)
def test_a_part_then_a_relative_clause(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- French "de" elided before a vowel in verb and toll phrases ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'incendie a provoqué la mort d'au moins 12 personnes.", [("killed", None, "at least 12")]),
        ("L’incendie a provoqué la mort d’environ 50 personnes.", [("killed", None, "about 50")]),
        ("L'incendie a causé le décès d'une femme.", [("killed", "women", "1")]),
        ("Le séisme a entraîné le déplacement d'environ 5000 personnes.", [("displaced", None, "about 5000")]),
        ("Le ministère fait état d'au moins 12 morts.", [("killed", None, "at least 12")]),
        # the same elision before no count of people
        ("Le coût de la vie d'environ 12 euros.", []),
        ("Une hausse d'environ 12 % des prix.", []),
    ],
)
def test_french_elided_de(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "fr") == expected


# -- "one of his soldiers": the mention holds its noun, and keeps its group ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("L'armée a fait état de la mort d'un de ses soldats dans des combats.", "fr", [("killed", "soldiers", "1")]),
        ("Un de ses soldats a été tué.", "fr", [("killed", "soldiers", "1")]),
        ("Uno de sus soldados murió.", "es", [("killed", "soldiers", "1")]),
        ("El ataque mató a uno de sus soldados en la ciudad.", "es", [("killed", "soldiers", "1")]),
        ("Uno de sus compañeros murió.", "es", [("killed", None, "1")]),  # no group noun: everyone
        # one of his things, or one of them with no casualty
        ("Uno de sus coches fue destruido.", "es", []),
        ("Uno de sus soldados habló con la prensa.", "es", []),
    ],
)
def test_one_of_his_people_keeps_its_group(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- groups the corpus guide names, and the Spanish preterite of going missing ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Diez pescadores desaparecieron.", "es", [("missing", "fishermen", "10")]),
        ("Trois pêcheurs sont portés disparus.", "fr", [("missing", "fishermen", "3")]),
        ("Deux membres des pompiers volontaires ont été blessés.", "fr", [("injured", "firefighters", "2")]),
        ("Dos brigadistas murieron.", "es", [("killed", "firefighters", "2")]),
        ("Vier Arbeiter wurden verletzt.", "de", [("injured", "workers", "4")]),
        # Spanish volunteers are named by the body they serve in
        ("Una voluntaria de Bomberos falleció.", "es", [("killed", "firefighters", "1")]),
        ("Cuatro voluntarios del Cuerpo de Bomberos resultaron heridos.", "es", [("injured", "firefighters", "4")]),
        # the same nouns with no casualty: no count
        ("Diez pescadores salieron al mar.", "es", []),
        ("Vier Arbeiter reparierten die Straße.", "de", []),
        ("La lluvia desapareció en 12 horas.", "es", []),
    ],
)
def test_groups_the_guide_names(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "others" before the number of a split by place, as after it (shared ellipsis frame)
        (
            "Treinta personas murieron en Madrid y otras diez en Puebla.",
            "es",
            [("killed", None, "30"), ("killed", None, "10")],
        ),
        # others with a predicate of their own keep it; no place after them: no split
        (
            "Treinta personas murieron en Madrid y otras diez resultaron heridas.",
            "es",
            [("killed", None, "30"), ("injured", None, "10")],
        ),
        ("Treinta personas murieron en Madrid y otras diez casas ardieron.", "es", [("killed", None, "30")]),
    ],
)
def test_others_before_a_split_by_place(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # members joined after the count a toll states: the same toll, each its own group
        (
            "Los fallecidos son cinco hombres y tres mujeres.",
            "es",
            [("killed", "men", "5"), ("killed", "women", "3")],
        ),
        ("Las víctimas son dos mujeres y un niño.", "es", [("killed", "women", "2"), ("killed", "children", "1")]),
        # no noun after the toll's count, or a count of things after "and": no member
        ("Los fallecidos son cinco y los heridos tres.", "es", [("killed", None, "5")]),
        ("Los fallecidos son cinco hombres y tres casas ardieron.", "es", [("killed", "men", "5")]),
    ],
)
def test_members_after_a_toll(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected
