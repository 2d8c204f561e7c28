"""Issue 13, fourth round, French and Spanish recall by kind of construction.

Each test names the kind it covers; the positive sentences are shaped like
(and partly quote) sentences of the development split of the news corpus,
never the test split, and each kind has a made-up negative beside it.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text.lang._agreement import FRENCH, SPANISH, agreeing, singulars


def _figures(text: str, language: str) -> set[tuple[str, str | None, str]]:
    return {
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="Outlet", reported_at="2024-09-20", language=language)
    }


# -- participles agree in gender and number: every form of a listed one ---------------------------
def test_participle_agreement_gives_every_form() -> None:
    assert set(agreeing({"tués": "killed"}, FRENCH)) == {"tué", "tuée", "tués", "tuées"}
    assert agreeing({"portées disparues": "missing"}, FRENCH)["porté disparu"] == "missing"
    assert agreeing({"asesinados": "killed"}, SPANISH)["asesinada"] == "killed"
    assert agreeing({"en estado grave": "injured"}, SPANISH) == {"en estado grave": "injured"}


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("fr", "Une personne est morte dans la nuit.", ("killed", None, "1")),
        ("fr", "Il n'y avait désormais plus qu'une seule personne disparue.", ("missing", None, "1")),
        ("es", "Un soldado fue asesinado en el ataque.", ("killed", "soldiers", "1")),
        ("es", "Una mujer resultó herida en el choque.", ("injured", "women", "1")),
    ],
)
def test_participle_agreement_singular_predicates(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


def test_participle_agreement_needs_a_count() -> None:
    assert _figures("La personne est morte dans la nuit.", "fr") == set()


# -- verbs of remaining between the count and its participle -----------------------------------------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Au moins 11 300 personnes sont mortes et 10 100 restent portées disparues.", ("missing", None, "10100")),
        ("Selon l'Onu, plus de 10.000 restent disparues.", ("missing", None, "more than 10000")),
        ("Des dizaines de personnes restent portées disparues.", ("missing", None, "tens")),
    ],
)
def test_remain_copula_before_missing(text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, "fr")


def test_remain_copula_without_predicate_gives_nothing() -> None:
    assert _figures("Trois écoles restent fermées depuis 12 jours.", "fr") == set()


# -- a lone victim named by the singular of a listed group ----------------------------------------
def test_singular_group_nouns_follow_the_plurals() -> None:
    assert singulars({"policiers": "officers"}) == {"policier": "officers"}
    assert singulars({"civiles": "civilians"})["civil"] == "civilians"


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("fr", "Un policier a été blessé lors de l'intervention.", ("injured", "officers", "1")),
        ("es", "Un policía resultó herido durante el operativo.", ("injured", "officers", "1")),
    ],
)
def test_singular_group_nouns_count_one(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


def test_singular_group_nouns_need_a_casualty_predicate() -> None:
    assert _figures("Un policier a été nommé à la tête du service.", "fr") == set()


# -- a noun of number with adjectives after it, counting a metric noun or people and their participle --
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "La cifra oficial de fallecidos por el sismo se elevó a 514.", ("killed", None, "514")),
        ("es", "El número de personas desaparecidas es de 27.", ("missing", None, "27")),
        ("es", "El saldo de víctimas mortales ascendió a 45, informaron las autoridades.", ("killed", None, "45")),
        ("fr", "Le nombre de personnes décédées s'élève à 45.", ("killed", None, "45")),
        ("fr", "Le nombre total de blessés atteint 300.", ("injured", None, "300")),
        ("fr", "Le chiffre officiel des morts s'élève à 45.", ("killed", None, "45")),
    ],
)
def test_toll_by_shape_count_noun_adjectives(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


def test_toll_by_shape_needs_what_is_counted() -> None:
    # a noun of number before something that is no casualty ("el número de escuelas")
    assert _figures("El número de escuelas cerradas asciende a 45.", "es") == set()
    assert _figures("Le nombre de vols annulés s'élève à 45.", "fr") == set()


def test_toll_by_shape_plural_toll_and_its_plural_verb() -> None:
    assert _figures("Las víctimas mortales ascienden a 45.", "es") == {("killed", None, "45")}


# -- "one of the <people>" before a casualty predicate counts one --------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Uno de los supervivientes ha fallecido posteriormente en el hospital.", ("killed", None, "1")),
        ("es", "Uno de los rescatados falleció ya en tierra.", ("killed", None, "1")),
        ("es", "Una de las mujeres resultó herida.", ("injured", "women", "1")),
        (
            "fr",
            "Le ministère a déclaré qu'une de ses ressortissantes avait péri dans le séisme.",
            ("killed", None, "1"),
        ),
        ("fr", "L'un des blessés est décédé à l'hôpital.", ("killed", None, "1")),
    ],
)
def test_one_of_the_people_counts_one(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Uno de los edificios fue declarado en ruina."),
        ("es", "Uno de cada tres hogares está afectado."),
        ("fr", "L'un des responsables a été arrêté hier soir pour fraude."),
    ],
)
def test_one_of_the_people_needs_a_casualty_predicate(language: str, text: str) -> None:
    assert not any(f == "1" for _, _, f in _figures(text, language))


# -- "N others" before the noun of people ------------------------------------------------------------
def test_others_before_the_noun_of_people() -> None:
    assert _figures("Au moins deux autres personnes sont en urgence absolue.", "fr") == {
        ("injured", None, "at least 2")
    }
    assert _figures("Deux autres policiers ont été blessés.", "fr") == {("injured", "officers", "2")}


# -- a denied verb of causing or resulting: a zero -----------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        (
            "es",
            "Una furgoneta disparó a los agentes, ocasionando daños pero sin causar víctimas mortales.",
            ("killed", None, "0"),
        ),
        ("es", "El sujeto huyó tras el ataque, en el que no resultaron personas heridas.", ("injured", None, "0")),
        ("es", "El tiroteo no ocasionó heridos entre los agentes.", ("injured", "officers", "0")),
        ("fr", "L'explosion n'a pas fait de blessés.", ("injured", None, "0")),
    ],
)
def test_denied_cause_gives_a_zero(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


def test_denied_cause_needs_a_metric_noun() -> None:
    assert _figures("El incendio no causó daños en las viviendas.", "es") == set()


# -- the homeless are displaced; a preliminary estimate; a verb of adding ends a confirmation ----------
def test_homeless_are_displaced() -> None:
    assert _figures("Le drame a également fait près de 300.000 sans abris.", "fr") == {
        ("displaced", None, "about 300000")
    }


def test_preliminary_estimates_are_preliminary() -> None:
    found = extract(
        "Les explosions ont fait 27 morts, selon des « estimations préliminaires » du ministre.",
        source="Outlet",
        reported_at="2024-09-20",
        language="fr",
    )
    assert [x.claim.status.value for x in found] == ["preliminary"]


def test_adding_ends_what_a_confirmation_covers() -> None:
    found = extract(
        "Le ministre a confirmé que neuf personnes ont été tuées, ajoutant que 2 750 personnes ont été blessées.",
        source="Outlet",
        reported_at="2024-09-20",
        language="fr",
    )
    assert {(x.claim.metric, x.claim.status.value) for x in found} == {("killed", "confirmed"), ("injured", "reported")}


# -- "y"/"et" join weapon counts like "and" ------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Rusia lanzó 30 drones y 5 misiles contra Ucrania."), ("fr", "La Russie a lancé 30 drones et 5 missiles.")],
)
def test_weapon_coordination_launches_both(language: str, text: str) -> None:
    assert _figures(text, language) == {("launched", "drones", "30"), ("launched", "missiles", "5")}


# -- a verb of leaving or causing with a participle after the noun: the participle says what ----------
@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("El incendio dejó 4 personas heridas.", {("injured", None, "4")}),
        ("El huracán dejó 300.000 personas sin hogar.", {("displaced", None, "300000")}),
        ("El terremoto dejó 12 personas muertas y 30 heridas.", {("killed", None, "12"), ("injured", None, "30")}),
    ],
)
def test_leave_verb_participle_after_noun(text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, "es") == claims


# -- a relative clause between the victims' noun and its predicate --------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Otro símbolo es el de 11 miembros de una familia que murieron en un bautizo.", ("killed", None, "11")),
        ("es", "Once personas que viajaban en el autobús murieron.", ("killed", None, "11")),
        ("fr", "Douze personnes qui se trouvaient dans le bus ont été tuées.", ("killed", None, "12")),
    ],
)
def test_relative_clause_before_predicate(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


def test_relative_clause_predicate_as_a_noun_is_not_theirs() -> None:
    assert _figures("Doce policías que custodiaban a los heridos llegaron al hospital.", "es") == set()


# -- a sentence opening with another event's adverbial and a comma is about that event -----------------
def test_opener_of_another_event_covers_the_sentence() -> None:
    text = "En aquella ocasión, fueron un grupo de nueve marroquíes los que perdieron la vida, ahogados."
    assert _figures(text, "es") == set()
    assert _figures("Fueron nueve marroquíes los que perdieron la vida.", "es") == {("killed", None, "9")}


# -- number words: tens, "and", a unit -------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Treinta y cinco personas resultaron heridas.", ("injured", None, "35")),
        ("es", "Cuarenta y dos personas han muerto.", ("killed", None, "42")),
        ("fr", "Vingt et une personnes ont été tuées.", ("killed", None, "21")),
    ],
)
def test_number_words_tens_and_unit(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert _figures(text, language) == {claim}


def test_number_words_tens_and_unit_keeps_a_range() -> None:
    assert _figures("Entre veinte y treinta personas murieron.", "es") == {("killed", None, "20–30")}


# -- a list of members with its own verb ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Cinco personas murieron, entre las que hay dos menores."),
        ("fr", "Cinq personnes sont mortes, parmi lesquelles figurent deux enfants."),
    ],
)
def test_list_members_with_their_verb(language: str, text: str) -> None:
    assert ("killed", "children", "2") in _figures(text, language)


# -- roles named by the corpus guide's groups ----------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Socorristas buscan a 34 mineros desaparecidos tras el derrumbe.", ("missing", "miners", "34")),
        ("fr", "Les terroristes ont ouvert le feu, blessant grièvement un officier.", ("injured", "officers", "1")),
    ],
)
def test_role_groups(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


# -- a lone weapon shot down, named by the indefinite article -----------------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las defensas aéreas han derribado un dron que se acercaba a la base aérea."),
        ("fr", "Un drone a été abattu alors qu'il s'approchait de l'aérodrome."),
        ("fr", "La Défense russe a annoncé avoir abattu un drone ukrainien dans la nuit."),
    ],
)
def test_article_weapon_intercepted_counts_one(language: str, text: str) -> None:
    assert _figures(text, language) == {("intercepted", "drones", "1")}


def test_article_weapon_needs_an_intercept_verb() -> None:
    assert _figures("Un dron impactó contra un edificio residencial.", "es") == set()


# -- a part of a count with how badly or where ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Nueve personas han fallecido y 20 personas han resultado heridas, cinco de ellas graves.",
            ("injured", None, "5"),
        ),
        ("Al menos 219 personas han muerto, 211 de ellas en la región de Valencia.", ("killed", None, "211")),
    ],
)
def test_severity_part_keeps_the_metric(text: str, part: tuple[str, str | None, str]) -> None:
    assert part in _figures(text, "es")


def test_a_dozen_is_about_twelve() -> None:
    assert _figures("Se produjeron una docena de heridos.", "es") == {("injured", None, "about 12")}


# -- a verb that puts a total at a figure before the toll ---------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        ("es", "Ucrania cifró hoy en al menos 198 los muertos por la guerra.", {("killed", None, "at least 198")}),
        (
            "es",
            "El ministerio elevó hoy a 521 la cifra de víctimas mortales identificadas y redujo a 56 la de desaparecidos.",
            {("killed", None, "521"), ("missing", None, "56")},
        ),
        ("fr", "Elle estime à 10 000 le nombre de disparus.", {("missing", None, "10000")}),
    ],
)
def test_put_at_verb_before_the_toll(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


def test_put_at_verb_needs_a_casualty_toll() -> None:
    assert _figures("La policía cifró en 2.000 los asistentes a la marcha.", "es") == set()


# -- an adverbial between a weapon verb and its count -------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        (
            "fr",
            "L'armée de l'air s'est félicitée d'avoir abattu avec succès 22 drones russes.",
            {("intercepted", "drones", "22")},
        ),
        ("fr", "Son voisin a lancé dans la nuit 25 de ces drones kamikazes.", {("launched", "drones", "25")}),
        (
            "es",
            "Las defensas derribaron durante la noche 15 de los 35 drones.",
            {("intercepted", "drones", "15"), ("launched", "drones", "35")},
        ),
        (
            "es",
            "Medios de defensa antiaérea derribaron a baja altura un dron ucraniano.",
            {("intercepted", "drones", "1")},
        ),
    ],
)
def test_adverbial_between_weapon_verb_and_count(
    language: str, text: str, claims: set[tuple[str, str | None, str]]
) -> None:
    assert _figures(text, language) == claims


def test_adverbial_never_crosses_a_clause() -> None:
    # the intercept verb is another clause's: a comma and a boundary stand between
    found = _figures("La defensa derribó varios misiles, mientras que 30 drones impactaron en Kiev.", "es")
    assert not any(figure == "30" for _, _, figure in found)


# -- a verb of exceeding before the figure makes it "more than" ----------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Los muertos por la ofensiva superan los 19.400.", ("killed", None, "more than 19400")),
        (
            "es",
            "Las lluvias han cobrado cinco vidas, mientras los damnificados superan los 14.000.",
            ("displaced", None, "more than 14000"),
        ),
        ("fr", "Le bilan du séisme dépasse désormais les 11.200 morts.", ("killed", None, "more than 11200")),
    ],
)
def test_exceed_verb_means_more_than(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


def test_exceed_verb_needs_a_casualty_toll() -> None:
    assert _figures("Las pérdidas superan los 200 millones de dólares.", "es") == set()


# -- "one" in a per-place split, and the same figure repeated by place is one claim ------------------
def test_one_at_place_in_a_split() -> None:
    text = "Cinco personas murieron en Valencia, dos en Murcia y una en Albacete."
    assert _figures(text, "es") == {("killed", None, "5"), ("killed", None, "2"), ("killed", None, "1")}


def test_one_at_place_repeated_is_one_claim() -> None:
    text = "Huit personnes ont été tuées à Draguignan, quatre à Trans-en-Provence, une au Luc, une à Roquebrune et une à Fréjus."
    found = extract(text, source="Outlet", reported_at="2024-09-20", language="fr")
    assert sorted(str(x.claim.figure) for x in found) == ["1", "4", "8"]


def test_one_at_place_needs_a_split_before() -> None:
    assert _figures("Il a vécu à Paris et une à Lyon.", "fr") == set()


# -- reflexive verbs of being and of giving up for missing ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Además, cinco personas se encuentran desaparecidas.", "Tres personas se dieron por desaparecidas."],
)
def test_reflexive_missing(text: str) -> None:
    assert {f for _, _, f in _figures(text, "es")} in ({"5"}, {"3"})
    assert {m for m, _, _ in _figures(text, "es")} == {"missing"}


# -- an object after "a": an adverbial before it, "millones de personas", verbs of affecting -----------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Salvamento Marítimo ha rescatado esta madrugada a 33 personas de una patera.", ("rescued", None, "33")),
        ("La guerra también ha desplazado a 1,8 millones de personas en la Franja.", ("displaced", None, "1800000")),
        ("Las riadas afectaron a unas 45.000 personas.", ("affected", None, "about 45000")),
        ("Los desprendimientos han causado la muerte a más de 300 personas.", ("killed", None, "more than 300")),
    ],
)
def test_object_after_personal_a(text: str, claim: tuple[str, str | None, str]) -> None:
    assert _figures(text, "es") == {claim}


def test_object_after_personal_a_needs_a_casualty_verb() -> None:
    assert _figures("El alcalde visitó esta mañana a 33 personas en el albergue.", "es") == set()


# -- an earlier incident told in passing ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Quelques heures plus tôt, deux personnes ont été tuées et deux autres blessées à Donetsk."),
        (
            "fr",
            "Cet attentat survient quatre jours après une autre attaque lors de funérailles qui avait fait 18 morts.",
        ),
        ("es", "Horas antes, dos personas murieron en otro bombardeo."),
    ],
)
def test_earlier_incident_in_passing_gives_nothing(language: str, text: str) -> None:
    assert _figures(text, language) == set()


def test_earlier_the_same_day_inside_a_clause_is_the_same_event() -> None:
    text = "Le séisme a fait 820 morts, alors que quelques heures plus tôt il y avait eu 632 morts."
    assert {f for _, _, f in _figures(text, "fr")} == {"820", "632"}


# -- "another" before a singular victim: one more, unless it splits a count before ---------------------
def test_another_victim_is_one_more() -> None:
    assert _figures("El derrumbe ya había dejado otro trabajador muerto y nueve heridos.", "es") == {
        ("killed", "workers", "+1"),
        ("injured", None, "9"),
    }
    assert _figures("Otro fallecido ha sido identificado en Mikolaiv.", "es") == {("killed", None, "+1")}


def test_another_victim_after_a_count_splits_it() -> None:
    assert _figures("Dos personas fueron descubiertas y otra persona murió en la zona.", "es") == {
        ("killed", None, "1")
    }


def test_children_however_named() -> None:
    text = "La Défense civile a fait état de huit morts, dont quatre jeunes enfants, dans une frappe."
    assert ("killed", "children", "4") in _figures(text, "fr")


# -- a figure alone in brackets after a metric noun or a place of a list ---------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        (
            "fr",
            "Le bilan le plus lourd a été enregistré dans la province d’Al Haouz (542 décès), la province de Chichaoua (103).",
            {("killed", None, "542"), ("killed", None, "103")},
        ),
        (
            "fr",
            "Le nombre de victimes pourrait augmenter en raison des nombreux blessés (au moins 190) recensés.",
            {("injured", None, "at least 190")},
        ),
        ("es", "Ica es el departamento donde se registran más fallecidos (492).", {("killed", None, "492")}),
    ],
)
def test_bracketed_count(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


def test_bracketed_count_after_a_place_alone_is_no_count() -> None:
    # a French département number after a town
    assert _figures("Deux personnes sont mortes à Trèbes (11) et à Carcassonne (11).", "fr") == {("killed", None, "2")}


def test_singular_people_nouns() -> None:
    # session 14 (fresh10rom): the guide names teenagers a group since batch 9 ("une adolescente" → teenagers)
    assert _figures("Une adolescente a été tuée dans la nuit.", "fr") == {("killed", "teenagers", "1")}
    assert ("killed", "children", "1") in _figures(
        "Une frappe a tué deux personnes, dont une jeune fille de 15 ans.", "fr"
    )


# -- active verbs in the perfect, and a second object after "y a" --------------------------------------
@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "“Han matado a una mujer joven y a un niño de tres años”, escribió el alcalde.",
            {("killed", "women", "1"), ("killed", "children", "1")},
        ),
        ("Mataron a tres soldados y a dos civiles.", {("killed", "soldiers", "3"), ("killed", "civilians", "2")}),
        ("Los atacantes han herido a 12 personas.", {("injured", None, "12")}),
    ],
)
def test_objects_after_personal_a_coordinated(text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, "es") == claims


def test_coordinated_object_needs_the_first() -> None:
    assert _figures("Visitaron a tres soldados y a dos civiles.", "es") == set()
