"""Issue 13, French and Spanish (round 6): shapes with words between a count and what governs it.

Made-up sentences of each shape handled, each with negatives of the same
surface shape that are no counts (ages, dates, money, other things). None
comes from the news corpus.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _figures(text: str, language: str) -> set[tuple[str, str | None, str]]:
    return {
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="Outlet", reported_at="2024-09-20", language=language)
    }


def _sources(text: str, language: str) -> set[str]:
    return {x.claim.source.name for x in extract(text, source="Outlet", reported_at="2024-09-20", language=language)}


# -- an adjective after the victims' noun, before a finite verb ----------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Al menos cinco soldados ucranianos murieron en el bombardeo.", ("killed", "soldiers", "at least 5")),
        ("es", "Dos periodistas franceses resultaron heridos cerca de la frontera.", ("injured", "journalists", "2")),
        ("es", "Siete civiles sirios fallecieron tras el derrumbe.", ("killed", "civilians", "7")),
    ],
)
def test_adjective_after_the_noun_before_its_verb(language: str, text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Tres coches rusos quedaron destruidos en el incendio.",  # vehicles, not people
        "Cinco familias palestinas murieron en la guerra de 1948.",  # families are no count; an earlier war
        "Los 12 años siguientes murieron muchos proyectos.",  # years
    ],
)
def test_adjective_after_a_noun_that_names_no_victims(text: str) -> None:
    assert _figures(text, "es") == set()


# -- a noun of death split from its "of" by an adverbial ----------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "La ONU lamentó la muerte el domingo de tres niños en la ciudad.", ("killed", "children", "3")),
        ("es", "Las lluvias provocaron la muerte, hasta el jueves, de 31 personas.", ("killed", None, "31")),
        ("fr", "L'ONU a déploré la mort samedi de six civils dans la ville.", ("killed", "civilians", "6")),
    ],
)
def test_noun_of_death_split_from_its_of(language: str, text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La muerte, en 2010, de 5 personas en la mina conmocionó al país."),  # a year in the aside
        ("es", "Se recuerda la muerte el domingo de 1995 de su padre."),  # no victims' noun after the number
        ("es", "La muerte el martes de su hijo de 12 años conmocionó al pueblo."),  # an age
        ("fr", "La mort mardi de 300 000 euros de marchandises."),  # money, no people
    ],
)
def test_split_noun_of_death_without_a_count_of_people(language: str, text: str) -> None:
    assert _figures(text, language) == set()


# -- words of the language data added this round ------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "Hay al menos una quincena de personas desaparecidas.", ("missing", None, "at least 15")),
        ("es", "Unas 20 personas siguen en paradero desconocido.", ("missing", None, "about 20")),
        ("es", "Hasta 300 vecinos han tenido que ser evacuados de sus casas.", ("evacuated", None, "at most 300")),
        ("es", "Dos asaltantes fueron abatidos a tiros por la policía.", ("killed", "attackers", "2")),
        ("es", "El temporal dejó a miles de personas refugiadas en albergues.", ("displaced", None, "thousands")),
        ("es", "Murieron 40 personas, incluyendo 12 niños.", ("killed", "children", "12")),
        ("es", "El derrumbe acabó con la vida de cuatro obreros.", ("killed", "workers", "4")),  # guide17: workers
        ("es", "El Gobierno confirmó el fallecimiento de 23 personas.", ("killed", None, "23")),
        ("fr", "Trois personnes ont été déclarées décédées à l'hôpital.", ("killed", None, "3")),
        ("fr", "Des centaines de personnes sont actuellement portées disparues.", ("missing", None, "hundreds")),
    ],
)
def test_new_words(language: str, text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La reunión duró una quincena de minutos."),  # minutes
        ("es", "Se desconoce el paradero de los 20 millones de euros del fondo."),  # money
        ("es", "El club confirmó el fallecimiento de su presidente, de 83 años."),  # an age
        ("es", "Los 40 drones fueron abatidos sobre el mar."),  # weapons are intercepted, not killed
        ("es", "Dos aviones fueron abatidos sobre el mar."),  # aircraft brought down: no victims named
        ("es", "Tres helicópteros rusos fueron abatidos."),
        ("fr", "L'entreprise a été déclarée en faillite avec 300 000 euros de dettes."),  # money
    ],
)
def test_new_words_do_not_count_what_is_no_victim(language: str, text: str) -> None:
    assert not {c for c in _figures(text, language) if c[0] in {"killed", "missing", "evacuated"}}


def test_refugees_who_died_are_killed_not_displaced() -> None:
    assert _figures("Al menos 50 refugiados murieron en el naufragio.", "es") == {("killed", None, "at least 50")}


# -- attribution: a time adverbial between the verb of saying and the source after it -----------
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Diez personas han muerto, informaron este lunes los servicios regionales de emergencia.",
            "servicios regionales de emergencia",
        ),
        (
            "es",
            "Al menos 15 personas han muerto, según ha informado este miércoles la Organización para las Migraciones.",
            "Organización para las Migraciones",
        ),
        (
            "fr",
            "Dix-neuf personnes sont mortes, ont annoncé mercredi les autorités locales dans un bilan.",
            "autorités locales",
        ),
        (
            "fr",
            "Huit personnes sont décédées, a annoncé le procureur de Lyon, Jean Martin ce mardi matin.",
            "Jean Martin",
        ),
    ],
)
def test_source_after_a_time_adverbial(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Diez personas han muerto, informaron este lunes."),
        ("fr", "Dix-neuf personnes sont mortes, a-t-on annoncé mercredi soir."),
    ],
)
def test_a_day_is_never_the_source(language: str, text: str) -> None:
    assert _sources(text, language) == {"Outlet"}


# -- the weapons shot down, named with an article and a launch participle -------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La défense aérienne a abattu dans la nuit les douze drones kamikazes lancés par la Russie."),
        ("fr", "Les 12 drones abattus cette nuit avaient été lancés depuis la Crimée."),
        ("es", "La defensa antiaérea derribó anoche los 12 drones lanzados por Rusia."),
    ],
)
def test_the_weapons_shot_down_were_all_launched(language: str, text: str) -> None:
    assert _figures(text, language) == {("intercepted", "drones", "12"), ("launched", "drones", "12")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La défense aérienne a abattu 12 drones lancés par la Russie."),  # no article: some of those launched
        ("fr", "Les 12 drones abattus ont été exposés, et la Russie a lancé une offensive."),  # another clause
        ("es", "La defensa derribó los 12 drones; Rusia había lanzado otros misiles."),  # past punctuation
    ],
)
def test_shot_down_without_the_launched_shape(language: str, text: str) -> None:
    assert ("launched", "drones", "12") not in _figures(text, language)


# -- a part of the count before, named by a copula ------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        (
            "es",
            "El hospital atiende a 140 heridos, 21 de los cuales son menores de edad.",
            ("injured", "children", "21"),
        ),
        ("es", "Hubo 40 heridos, nueve de los cuales estaban graves.", ("injured", None, "9")),
        ("fr", "On compte 60 blessés, 12 d'entre eux sont des enfants.", ("injured", "children", "12")),
        ("fr", "On compte 60 blessés, dont 12 sont des enfants.", ("injured", "children", "12")),
    ],
)
def test_copular_part_of_the_count_before(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Hubo 40 heridos, ocho de los cuales son de Madrid.",  # where they are from: no group, no severity
        "Hubo 40 heridos, 80 de los cuales son niños.",  # a part larger than its whole
        "Se vendieron 40 coches, 12 de los cuales eran niños.",  # no count of people before it
    ],
)
def test_copular_part_needs_a_group_and_a_count_before(text: str) -> None:
    assert {c for c in _figures(text, "es") if c[2] in {"8", "80", "12"}} == set()


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Al menos 90 personas han muerto, 71 de ellas solo en la capital.", ("killed", None, "71")),
        ("Seis personas resultaron heridas, entre ellas los tres menores.", ("injured", "children", "3")),
    ],
)
def test_parts_after_a_focus_adverb_or_an_article(text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, "es")


# -- attribution: French and Spanish names, reports and outlets ------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # an adjective inside the name
        ("es", "Diez personas murieron, según el Ministerio peruano de Salud.", "Ministerio peruano de Salud"),
        ("es", "Tres personas murieron, dijo el gobernador regional Pedro Ruiz.", "Pedro Ruiz"),
        ("es", "Cinco personas murieron, según informaron las autoridades chilenas el lunes.", "autoridades chilenas"),
        # the author of a report, after its "of" or "by"
        ("es", "Hay 40 heridos, según el último balance de los servicios de emergencia.", "servicios de emergencia"),
        (
            "fr",
            "Douze personnes sont mortes, selon un bilan communiqué jeudi par la préfecture du Var.",
            "préfecture du Var",
        ),
        # the subject of a verb that puts a total at a figure
        ("es", "Las autoridades bolivianas han elevado a 30 el número de muertos.", "autoridades bolivianas"),
        # a person in apposition with a particle in the name, after a possessive title
        ("fr", "Sept morts, a précisé son porte-parole, Karim al-Masri.", "Karim al-Masri"),
        ("es", "El portavoz de Sanidad, Omar al Hassan, dijo que murieron 30 personas.", "Omar al Hassan"),
        # verbs of saying and counting added this round
        ("fr", "Dix-sept personnes ont été tuées, a fait savoir la défense civile.", "défense civile"),
        ("fr", "En fin de journée, les autorités dénombraient 17 morts.", "autorités"),
    ],
)
def test_romance_sources(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


def test_outlet_told_is_the_via() -> None:
    found = extract(
        "Huit personnes ont été tuées, a déclaré jeudi à l'AFP le porte-parole de la Défense civile, Karim Saleh.",
        source="Outlet",
        reported_at="2024-09-20",
        language="fr",
    )
    assert {(x.claim.source.name, x.claim.via) for x in found} == {("Karim Saleh", "AFP")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a place after "à" is no outlet, and a report with no author names no one
        ("fr", "Huit personnes ont été tuées à Paris, selon un bilan provisoire."),
        # a verb that puts a total at a figure, with no name before it
        ("es", "El terremoto elevó a 300 el número de muertos."),
    ],
)
def test_romance_sources_name_no_one(language: str, text: str) -> None:
    assert _sources(text, language) == {"Outlet"}


# -- one more victim, named by an ordinal or "new" -------------------------------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une cinquième personne est morte dans la nuit à l'hôpital."),
        ("fr", "Une nouvelle victime est décédée à l'hôpital de Nice."),
        ("fr", "Un nouveau mort a été recensé dans la commune."),
        ("es", "Una tercera persona murió en el hospital."),
        ("es", "Más tarde, un nuevo deceso se notificó en la comuna."),
        ("es", "Una nueva víctima murió el domingo en el hospital."),
    ],
)
def test_one_more_victim(language: str, text: str) -> None:
    assert _figures(text, language) == {("killed", None, "+1")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a number before it: the ordinal completes that count
        (
            "es",
            "Dos personas murieron y una tercera persona murió después.",
            {("killed", None, "2"), ("killed", None, "1")},
        ),
        # "new" before no victim: a law, a wave, a report
        ("es", "Una nueva ley entró en vigor el lunes.", set()),
        ("fr", "Une deuxième vague de pluies est attendue mardi.", set()),
        ("es", "Un nuevo informe del año 2019 sobre 300 viviendas.", set()),
    ],
)
def test_ordinal_or_new_without_one_more(language: str, text: str, expected: set[tuple[str, None, str]]) -> None:
    assert _figures(text, language) == expected


# -- status and earlier years ---------------------------------------------------------------------
def test_a_confirmation_noun_confirms() -> None:
    found = extract(
        "Supimos hace pocos minutos la confirmación de cuatro personas fallecidas.",
        source="Outlet",
        reported_at="2024-09-20",
        language="es",
    )
    assert [(x.claim.metric, str(x.claim.figure), x.claim.status) for x in found] == [("killed", "4", "confirmed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Selon les chiffres de la sécurité routière pour l'année 2014, il y a eu 33 morts."),
        ("es", "Según las estadísticas del año 2015, hubo 40 muertos en las carreteras."),
    ],
)
def test_a_year_named_as_a_year_dates_another_period(language: str, text: str) -> None:
    assert _figures(text, language) == set()


def test_the_report_year_is_no_earlier_year() -> None:
    assert _figures("En lo que va del año 2024, al menos 40 personas han muerto.", "es") == {
        ("killed", None, "at least 40")
    }


# -- members of a count listed after a colon or a semicolon ---------------------------------------
@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        (
            "es",
            "Nueve personas han muerto; el piloto y ocho pasajeros del avión.",
            {("killed", None, "9"), ("killed", None, "8")},
        ),
        (
            "fr",
            "Six personnes sont mortes: deux hommes et quatre femmes.",
            {("killed", None, "6"), ("killed", "men", "2"), ("killed", "women", "4")},
        ),
    ],
)
def test_members_after_a_colon(language: str, text: str, claims: set[tuple[str, str | None, str]]) -> None:
    assert _figures(text, language) == claims


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Veinte personas resultaron heridas; 15 agentes fueron desplegados en la zona."),  # its own verb
        ("es", "Veinte personas resultaron heridas: 30 casas quedaron destruidas."),  # houses
        ("fr", "Six personnes sont mortes: 40 pompiers ont été mobilisés."),  # its own verb
        ("fr", "Six personnes sont mortes: 60 habitants vivaient dans l'immeuble."),  # larger than the count
    ],
)
def test_no_member_after_a_colon(language: str, text: str) -> None:
    assert len(_figures(text, language)) == 1


# -- a bare number after a lone victim's noun is an age --------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entre los heridos se encuentran un varón de 59, alcanzado por la metralla.", {("injured", "men", "1")}),
        ("Entre los fallecidos hay un bebé de 2.", {("killed", "children", "1")}),
    ],
)
def test_a_bare_number_after_a_lone_victim_is_an_age(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _figures(text, "es") == expected


def test_a_count_after_of_is_still_a_count() -> None:
    assert ("killed", None, "40") in _figures("El balance de la jornada es de 40 muertos.", "es")


def test_a_list_is_a_noun_of_number() -> None:
    assert _figures("La lista oficial de desaparecidos es de 56.", "es") == {("missing", None, "56")}
    assert _figures("La lista de espera es de 56 pacientes.", "es") == set()
