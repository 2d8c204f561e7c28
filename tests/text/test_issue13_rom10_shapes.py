"""Session 10 (rom10, issue 13), continued from test_issue13_rom10.py (split at its size limit): made-up sentences
of everyday French, German and Spanish news shapes, with same-surface negatives.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_in_order

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, language)


# -- treated for an injury or smoke is hurt; forced from or left without one's home is displaced (the guide) -----


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Doce personas tuvieron que ser atendidas por inhalación de humo.", "es", [("injured", None, "12")]),
        ("Más de 1.500 personas han tenido que abandonar sus hogares.", "es", [("displaced", None, "more than 1500")]),
        ("Unas 3.000 personas se han quedado sin hogar.", "es", [("displaced", None, "about 3000")]),
        ("Plus de 3 000 habitants ont dû quitter leur domicile.", "fr", [("displaced", None, "more than 3000")]),
        (
            "Une douzaine de personnes ont été prises en charge pour intoxication.",
            "fr",
            [("injured", None, "about 12")],
        ),
        ("Sept personnes ont été soignées pour des brûlures.", "fr", [("injured", None, "7")]),
    ],
)
def test_treated_for_an_injury_and_forced_from_home(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unas 3.000 personas se quedaron sin luz.", "es"),  # without power: no claim (the guide)
        ("Dos personas fueron atendidas por ataques de ansiedad.", "es"),  # anxiety attacks are no injury
        ("Sept personnes ont été prises en charge par les pompiers.", "fr"),  # cared for, no injury named
        ("Le président a quitté sa maison à 8 heures.", "fr"),
    ],
)
def test_without_power_anxiety_or_a_plain_departure_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- "one" as a pronoun of the victims after counts of them, before its own predicate ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Quatre randonneurs sont morts, cinq ont été blessés et un est toujours porté disparu.",
            "fr",
            # guide17: randonneurs are hikers (session 15); the guide gives the elided counts hikers too (read since
            # session 20, fields21: a tally item's auxiliaries after the comma)
            [("killed", "hikers", "4"), ("injured", "hikers", "5"), ("missing", "hikers", "1")],
        ),
        ("Trois personnes sont mortes et une a été blessée.", "fr", [("killed", None, "3"), ("injured", None, "1")]),
        ("Tres personas murieron y una resultó herida.", "es", [("killed", None, "3"), ("injured", None, "1")]),
        (
            "Cuatro montañeros murieron, cinco resultaron heridos y uno sigue desaparecido.",
            "es",
            [("killed", None, "4"), ("injured", None, "5"), ("missing", None, "1")],
        ),
        ("Drei Menschen starben, einer wurde verletzt.", "de", [("killed", None, "3"), ("injured", None, "1")]),
    ],
)
def test_one_alone_after_counts_of_victims(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Une a été blessée.", "fr"),  # no count before: no one named
        ("Trois voitures ont été détruites et une a été endommagée.", "fr"),  # no casualty predicate
        ("Tres coches ardieron y uno fue retirado.", "es"),
    ],
)
def test_one_alone_without_counts_or_a_casualty_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- German: a lower-case word is no noun ("junge" is young, "Junge" a boy) -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zwei junge Frauen starben.", [("killed", "women", "2")]),  # gave children
        ("Zwei junge Männer wurden verletzt.", [("injured", "men", "2")]),
        ("Eine junge Frau wurde verletzt.", [("injured", "women", "1")]),
        # the noun itself, capitalised, still names boys; a listed phrase of two words still reads whole
        ("Ein Junge starb.", [("killed", "children", "1")]),
        ("Zwei Jungen wurden verletzt.", [("injured", "children", "2")]),
        ("Unter den Toten sind 596 ältere Menschen.", [("killed", "elderly", "596")]),
    ],
)
def test_a_lower_case_word_describes_the_noun_after_it(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


def test_young_people_without_a_casualty_give_nothing() -> None:
    assert _claims("Zwei junge Frauen gewannen den Preis.", "de") == []


# -- French and Spanish: an adjective before a noun of people ("deux jeunes femmes") ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Deux jeunes femmes sont mortes.", "fr", [("killed", "women", "2")]),  # gave nothing
        ("Deux jeunes hommes ont été blessés.", "fr", [("injured", "men", "2")]),
        ("Trois jeunes enfants sont morts.", "fr", [("killed", "children", "3")]),
        ("Dos jóvenes mujeres murieron.", "es", [("killed", "women", "2")]),
        # the adjective alone is a noun of people, as before; Spanish "jóvenes" is the group young_people (guide,
        # session 15 "One group name per concept"; guide17)
        ("Deux jeunes sont morts.", "fr", [("killed", None, "2")]),
        ("Dos jóvenes murieron.", "es", [("killed", "young_people", "2")]),
    ],
)
def test_an_adjective_before_a_noun_of_people(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


def test_young_women_without_a_casualty_give_nothing() -> None:
    assert _claims("Deux jeunes femmes ont remporté le prix.", "fr") == []


# -- one victim by an unlisted noun of a role, as Dutch reads "een fietser kwam om" (agent_suffixes) -------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Un motard a été tué dans une collision.", "fr", [("killed", None, "1")]),
        ("Une cycliste a été grièvement blessée.", "fr", [("injured", None, "1")]),
        ("Une septuagénaire est décédée dans l'incendie.", "fr", [("killed", None, "1")]),
        ("Un motorista murió en una colisión.", "es", [("killed", None, "1")]),
        ("Una ciclista resultó herida grave.", "es", [("injured", None, "1")]),
        ("Una septuagenaria falleció en el incendio.", "es", [("killed", None, "1")]),
    ],
)
def test_one_victim_by_a_noun_of_a_role(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un motard a été contrôlé à 200 km/h.", "fr"),  # no casualty
        ("Le motard a été tué.", "fr"),  # a definite victim is a story, not a count (the guide)
        ("El motorista murió.", "es"),
        ("Un conductor fue detenido.", "es"),  # one arrest stays a story, as in every language
    ],
)
def test_a_role_without_a_casualty_or_with_a_definite_article_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- German: a woman of a listed role ("Eine Radfahrerin", "eine Polizistin") ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eine Radfahrerin wurde schwer verletzt.", [("injured", None, "1")]),
        # a group by the guide, round 13 (fields22)
        ("Eine Fußgängerin starb.", [("killed", "pedestrians", "1")]),
        ("Eine Polizistin wurde verletzt.", [("injured", "officers", "1")]),
        ("Eine Soldatin wurde getötet.", [("killed", "soldiers", "1")]),
        ("Eine Russin kam ums Leben.", [("killed", None, "1")]),
    ],
)
def test_a_woman_of_a_listed_role(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


def test_a_woman_of_a_role_without_a_casualty_gives_nothing() -> None:
    assert _claims("Eine Radfahrerin gewann das Rennen.", "de") == []


# -- Spanish: women of a listed role ("dos trabajadoras", "tres bomberas") -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dos trabajadoras resultaron heridas.", [("injured", "workers", "2")]),
        ("Tres bomberas murieron.", [("killed", "firefighters", "3")]),
        ("Una trabajadora murió.", [("killed", "workers", "1")]),
    ],
)
def test_women_of_a_listed_role(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


def test_a_feminine_adjective_of_a_role_gives_nothing() -> None:
    assert _claims("Dos empresas mineras cerraron.", "es") == []


# -- two counts sharing one predicate with a degree each ("Zwei Menschen wurden schwer, drei leicht verletzt") ----


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Zwei Menschen wurden schwer, drei leicht verletzt.", "de", [("injured", None, "2"), ("injured", None, "3")]),
        (
            "Zwölf Menschen wurden leicht und drei schwer verletzt.",
            "de",
            [("injured", None, "12"), ("injured", None, "3")],
        ),
        (
            "Zwei Personen wurden schwer und drei weitere leicht verletzt.",
            "de",
            [("injured", None, "2"), ("injured", None, "3")],
        ),
        (
            "Douze personnes ont été légèrement et trois grièvement blessées.",
            "fr",
            [("injured", None, "12"), ("injured", None, "3")],
        ),
        # the orders that already read both are unchanged
        ("Zwei Menschen wurden schwer verletzt, drei leicht.", "de", [("injured", None, "2"), ("injured", None, "3")]),
    ],
)
def test_two_counts_share_a_predicate_with_a_degree_each(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Menschen wurden schwer, drei leicht.",  # no predicate
        "Zwei Autos wurden schwer, drei leicht beschädigt.",  # damaged things
    ],
)
def test_degrees_without_a_casualty_predicate_give_nothing(text: str) -> None:
    assert _claims(text, "de") == []


# -- Spanish auxiliaries in the imperfect and the reportive conditional ("seguían", "habrían") ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al menos 12 personas habrían muerto según la ONG.", [("killed", None, "at least 12")]),
        ("Una veintena de personas seguían desaparecidas.", [("missing", None, "about 20")]),
        ("Cinco personas permanecían hospitalizadas.", [("injured", None, "5")]),
    ],
)
def test_auxiliaries_in_the_imperfect_and_the_conditional(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


def test_a_conditional_without_a_casualty_gives_nothing() -> None:
    assert _claims("Doce personas habrían asistido al acto.", "es") == []


def test_se_han_visto_afectadas() -> None:
    """ "se han visto afectadas": the verb of finding oneself before the participle, as "se encuentran"."""
    assert _claims("Dos millones de personas se han visto afectadas.", "es") == [("affected", None, "2000000")]
    assert _claims("Unas 500 personas vieron el partido.", "es") == []


# -- perpetrators who fled are no displaced (the guide: suspects flee) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zwei Täter flohen.", "de"),
        ("Drei Verdächtige flohen zu Fuß.", "de"),
    ],
)
def test_perpetrators_who_fled_are_no_displaced(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Tausende Menschen flohen vor den Kämpfen.", "de", [("displaced", None, "thousands")]),
        ("Zwei Täter wurden getötet.", "de", [("killed", "attackers", "2")]),
    ],
)
def test_people_who_fled_and_perpetrators_killed(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected
