"""Issue 13, French and Spanish recall: clause shapes, each with a made-up negative beside it.

The positive sentences are shaped like (and partly quote) sentences of the
development split of the news corpus; none comes from the test split.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _figures(text: str, language: str) -> set[tuple[str, str | None, str]]:
    return {
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="Outlet", reported_at="2024-09-20", language=language)
    }


# -- a part of the count before, with no noun of its own -----------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "part"),
    [
        ("fr", "Au total 2 750 personnes ont été blessées, dont environ 200 dans un état critique.", "about 200"),
        (
            "es",
            "Al menos 12 personas murieron y 32 resultaron heridas, 10 de las cuales están en estado crítico.",
            "10",
        ),
        ("es", "El gobierno informó también de 28 heridos, diez de ellos en estado grave.", "10"),
    ],
)
def test_part_of_count_takes_the_metric_of_the_count_before(language: str, text: str, part: str) -> None:
    assert ("injured", None, part) in _figures(text, language)


def test_part_of_count_is_never_larger_than_the_count() -> None:
    # 5000 cannot be a part of 30: the "dont" clause is about something else.
    assert _figures("30 personnes ont été blessées, dont 5000 en 2020.", "fr") == {("injured", None, "30")}


def test_part_of_count_needs_the_count_right_before() -> None:
    text = "Trente personnes ont été blessées lors de la marche de dimanche dans la ville, dont 12 ce matin."
    assert ("injured", None, "12") not in _figures(text, "fr")


# -- a change "from A to B" after a toll noun -------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "En quelques heures, le nombre de morts est passé de 6 à 73."),
        ("es", "En pocas horas la cifra de muertos pasó de 6 a 73."),
    ],
)
def test_change_from_a_to_b_gives_both_counts(language: str, text: str) -> None:
    assert _figures(text, language) == {("killed", None, "6"), ("killed", None, "73")}


def test_change_from_a_to_b_supersedes_the_first() -> None:
    out = extract("Le nombre de morts est passé de 6 à 73.", source="Outlet", reported_at="2024-09-20", language="fr")
    assert [x.phrasing.value for x in out] == ["exact", "cumulative"]


def test_a_range_without_a_change_verb_stays_a_range() -> None:
    assert _figures("Il y a eu de 6 à 8 morts.", "fr") == {("killed", None, "6–8")}


# -- a total raised to a number before its object ---------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "es",
            "Las autoridades de Gaza han elevado este miércoles a 53 los palestinos muertos por los bombardeos.",
            "53",
        ),
        ("es", "El nuevo hallazgo eleva a 20 el número de fallecidos.", "20"),
        ("fr", "Un nouveau décès, portant à 78 le nombre de morts cette année.", "78"),
    ],
)
def test_raised_to_a_number_before_its_object(language: str, text: str, figure: str) -> None:
    assert ("killed", None, figure) in _figures(text, language)


def test_raised_to_needs_a_raising_verb() -> None:
    assert _figures("Le train arrive à 12 les jours de semaine.", "fr") == set()


# -- a verb phrase standing for the predicate before ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Diez de ellos fallecieron en el lugar del accidente, y otros cuatro lo hicieron en los hospitales.", "4"),
        ("Diez de las víctimas murieron en el acto, mientras que otras tres lo han hecho posteriormente.", "3"),
    ],
)
def test_pro_verb_takes_the_predicate_before(text: str, figure: str) -> None:
    assert ("killed", None, figure) in _figures(text, "es")


def test_pro_verb_without_a_predicate_before_is_nothing() -> None:
    assert _figures("Los vecinos dijeron que otros cuatro lo hicieron.", "es") == set()


# -- per-place splits -------------------------------------------------------------------------------
def test_place_split_counts_each_place() -> None:
    text = "Six personnes ont perdu la vie à Trèbes, deux à Villegailhenc, trois à Carcassonne."
    assert _figures(text, "fr") == {("killed", None, "6"), ("killed", None, "2"), ("killed", None, "3")}


def test_place_split_needs_a_place_name() -> None:
    text = "Six personnes ont perdu la vie à Trèbes, deux à midi."
    assert _figures(text, "fr") == {("killed", None, "6")}


# -- taken to hospital ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("fr", "Au moins 160 personnes ont été admises dans les hôpitaux de la région.", "at least 160"),
        ("es", "Cerca de 40 pasajeros fueron trasladados a distintos hospitales de Murcia.", "about 40"),
        ("es", "Cinco personas más, cuatro de las cuales han tenido que ser trasladadas al hospital.", "4"),
    ],
)
def test_taken_to_hospital_is_injured(language: str, text: str, figure: str) -> None:
    assert ("injured", None, figure) in _figures(text, language)


def test_taken_somewhere_else_is_not_injured() -> None:
    assert _figures("Cerca de 40 pasajeros fueron trasladados a otro autobús.", "es") == set()


# -- "among the (N) injured" before the group, "among the victims" after it -----------------------
def test_among_counted_with_a_count_before_the_group() -> None:
    assert ("injured", "children", "3") in _figures("Entre los diez heridos figuran tres menores.", "es")


def test_among_counted_victims_take_the_metric_before() -> None:
    text = "Huit personnes sont mortes dans deux frappes, a-t-il précisé, deux enfants figuraient parmi les victimes."
    assert ("killed", "children", "2") in _figures(text, "fr")


def test_among_counted_victims_without_a_count_before_is_nothing() -> None:
    assert _figures("Deux enfants figuraient parmi les victimes.", "fr") == set()


# -- an aside in brackets between the subject and its verb --------------------------------------------
def test_parenthesised_subject_skips_the_aside() -> None:
    assert ("killed", None, "11") in _figures("Onze personnes (et non 13) sont décédées.", "fr")


def test_parenthesised_subject_needs_the_bracket_closed_nearby() -> None:
    text = "Onze personnes (dont le maire du village voisin et son adjoint au conseil) sont décédées."
    assert ("killed", None, "11") not in _figures(text, "fr")


# -- adverbs of time between a subject and its predicate, "martyrs", confirmed by the verb after ---------
def test_adverb_of_time_between_subject_and_predicate() -> None:
    text = "Au moins quatre morts étaient dénombrés mais plusieurs personnes étaient encore portées disparues."
    assert ("missing", None, "several") in _figures(text, "fr")


def test_martyrs_are_the_dead_and_a_confirming_verb_after_the_clause_confirms() -> None:
    out = extract(
        "“El número de mártires aumentó a seis”, confirmó Mizan.",
        source="Outlet",
        reported_at="2024-09-20",
        language="es",
    )
    assert [(x.claim.metric, str(x.claim.figure), x.claim.status.value) for x in out] == [("killed", "6", "confirmed")]


# -- a part that is the subject of its own verb takes the group before the comma ------------------------
def test_relative_subject_takes_the_group_of_the_noun_before() -> None:
    text = "Entre los ocupantes había 6 mujeres, dos de las cuales han fallecido."
    assert _figures(text, "es") == {("killed", "women", "2")}


# -- a figure dated by an earlier year right after it counts another event ------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las temporadas de lluvias dejaron 417 muertos en 2017."),
        ("fr", "Un séisme de magnitude 8 avait fait 87.000 morts et disparus en 2008."),
    ],
)
def test_dated_earlier_after_the_figure_is_no_claim(language: str, text: str) -> None:
    assert _figures(text, language) == set()


def test_a_birth_year_after_the_group_does_not_date_the_figure() -> None:
    assert ("injured", "children", "3") in _figures(
        "Entre los diez heridos figuran tres menores nacidos en 2011.", "es"
    )


def test_a_year_of_this_report_does_not_date_the_figure() -> None:
    assert _figures("Six personnes sont mortes en 2024.", "fr") == {("killed", None, "6")}


# -- group names of the corpus guide: officers, firefighters --------------------------------------------
def test_group_names_follow_the_corpus_guide() -> None:
    assert _figures("L'attaque a tué trois policiers.", "fr") == {("killed", "officers", "3")}
    assert _figures("Cuatro bomberos resultaron heridos.", "es") == {("injured", "firefighters", "4")}


# -- Spanish personal "a" between a verb and its object ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Los drones golpearon Odesa, matando a dos personas.", ("killed", None, "2")),
        ("Los rescatistas han salvado a 60 sobrevivientes en la capital.", ("rescued", None, "60")),
    ],
)
def test_object_after_personal_a(text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, "es")


# -- "among the dead there are" and the members listed after the first ---------------------------------
def test_among_counted_list_members_share_the_metric() -> None:
    text = "Entre los fallecidos hay 3.038 menores, 1.726 mujeres y 414 ancianos."
    assert _figures(text, "es") == {
        ("killed", "children", "3038"),
        ("killed", "women", "1726"),
        ("killed", "elderly", "414"),
    }


# -- a definite metric noun as a total ("los heridos son más de 52.200") ----------------------------------
def test_definite_metric_noun_with_a_copula_is_a_total() -> None:
    text = "El ministerio informó que los heridos son más de 52.200."
    assert _figures(text, "es") == {("injured", None, "more than 52200")}


def test_raised_to_a_second_figure_after_and() -> None:
    text = "El número de muertos se eleva a 15.899 y a 42.000 los heridos."
    assert _figures(text, "es") == {("killed", None, "15899"), ("injured", None, "42000")}


# -- state and rescue predicates (the corpus guide's) ------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        (
            "fr",
            "Trois techniciens ont été mortellement blessés par la chute des débris.",
            ("killed", "technicians", "3"),
        ),
        ("fr", "Au moins deux personnes sont en urgence absolue.", ("injured", None, "at least 2")),
        ("fr", "À Grand-Fort-Philippe, 28 migrants ont été récupérés par le navire.", ("rescued", None, "28")),
        ("fr", "Sur 183 drones lancés, 77 auraient été abattus.", ("intercepted", "drones", "77")),
    ],
)
def test_state_and_rescue_predicates(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


# -- precision: households and places are not people, "since …, when" tells an earlier event --------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La temporada de lluvias dejó 15.997 familias afectadas."),
        ("es", "Las lluvias afectaron a diez provincias."),
        ("fr", "Les inondations ont touché 300 foyers."),
    ],
)
def test_households_and_places_are_not_counts_of_people(language: str, text: str) -> None:
    assert _figures(text, language) == set()


def test_since_when_clause_counts_the_earlier_event() -> None:
    text = (
        "Desde el 7 de octubre, cuando Hamás perpetró un ataque que dejó más de 1.400 muertos, 5.400 heridos y "
        "al menos 241 secuestrados, el número de muertos palestinos aumenta día tras día."
    )
    assert _figures(text, "es") == set()


def test_since_without_when_keeps_the_running_count() -> None:
    text = "Desde el 7 de octubre, 9.700 personas han muerto en Gaza."
    assert _figures(text, "es") == {("killed", None, "9700")}


def test_anniversary_of_an_earlier_event_is_no_claim() -> None:
    text = "Hubo pánico justo cuando se cumplen 32 años del terremoto que dejó miles de muertes."
    assert _figures(text, "es") == set()


def test_qualifier_before_a_comma_still_qualifies() -> None:
    assert _figures("Au moins, huit personnes sont décédées.", "fr") == {("killed", None, "at least 8")}


def test_attackers_are_a_group() -> None:
    assert _figures("Mizan informó que tres de los atacantes murieron.", "es") == {("killed", "attackers", "3")}


# -- a participle phrase or an apposition between the subject and its auxiliary ----------------------------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Quatre personnes tombées à l’eau ont été repêchées.", ("rescued", None, "4")),
        (
            "Cinq agents de sécurité, chargés d’accompagner les convois humanitaires, ont été tués.",
            ("killed", "security_guards", "5"),
        ),
    ],
)
def test_distant_subject_over_a_participle_phrase(text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, "fr")


def test_distant_subject_never_takes_another_nouns_predicate() -> None:
    assert _figures("Douze personnes ont aidé les soldats qui ont été blessés.", "fr") == set()
    assert _figures("Douze personnes ont vu des secouristes qui ont été blessés.", "fr") == set()


def test_buildings_are_not_people() -> None:
    assert _figures("Deux immeubles adjacents ont également été évacués.", "fr") == set()


# -- thousands grouped by a space when the last group is "000" ----------------------------------------------
def test_space_grouped_thousands_ending_in_000() -> None:
    assert _figures("On compte aussi 60 000 blessés rien qu’en Turquie.", "fr") == {("injured", None, "60000")}


def test_part_of_count_with_an_unlisted_noun_is_left_alone() -> None:
    # "onder wie één agent": the part names a group the language data does not list; no group-less guess.
    text = "Daarbij kwam één agent om, terwijl vijf andere mensen, onder wie één agent, gewond raakten."
    assert ("injured", None, "1") not in _figures(text, "nl")


# -- attribution: an adjective after the head of a source named before its verb ------------------------------
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Le ministre libanais de la Santé a confirmé que neuf personnes ont été tuées.",
            "ministre libanais de la Santé",
        ),
        (
            "fr",
            "De leur côté, les autorités russes ont indiqué que quatre personnes avaient été blessées.",
            "autorités russes",
        ),
        (
            "fr",
            "Le ministère malaisien des Affaires étrangères a déclaré que six personnes étaient blessées.",
            "ministère malaisien des Affaires étrangères",
        ),
    ],
)
def test_source_before_its_verb_keeps_its_adjectives(language: str, text: str, source: str) -> None:
    out = extract(text, source="Outlet", reported_at="2024-09-20", language=language)
    assert out
    assert {x.claim.source.name for x in out} == {source}
