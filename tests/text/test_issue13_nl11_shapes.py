"""Issue 13, session 11 (nl11), part 2: what may stand between a Dutch subject and its participle.

Every sentence is made up, in the shape of Dutch and Flemish news (never copied
from the corpus), with same-surface negatives: a year or a date in the same
place may tell another incident, and a number that is a count ends the reach.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Row = tuple[str, str | None, str]


def _claims(text: str) -> list[Row]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "nl", reported_at="2024-06-01T12:00Z")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drie mensen zijn zaterdag rond 3 uur om het leven gekomen.", [("killed", None, "3")]),
        ("Zeven mensen zijn vrijdagavond rond 23.00 uur bij een steekpartij gewond geraakt.", [("injured", None, "7")]),
        ("Twee mensen zijn bij een ongeluk op de A2 gewond geraakt.", [("injured", None, "2")]),
    ],
)
def test_a_time_or_a_road_between_subject_and_participle(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Drie mensen zijn in 2020 om het leven gekomen.",
        "Twee mensen zijn op 12 mei om het leven gekomen.",
        "Drie mensen zijn 40 jaar geleden om het leven gekomen.",
        "Het ongeluk gebeurde om 3 uur op de A2.",
    ],
)
def test_a_year_or_a_date_still_ends_the_reach(text: str) -> None:
    assert _claims(text) == []


# -- taken into custody: "vastgezet", "in hechtenis genomen", "in verzekering gesteld", "nam … in hechtenis" ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meer dan 1000 mensen zijn sinds het begin van de protesten vastgezet.",
            [("detained", None, "more than 1000")],
        ),
        ("Vijf mannen zijn in verzekering gesteld.", [("detained", "men", "5")]),
        ("Twaalf betogers werden in hechtenis genomen.", [("detained", "protesters", "12")]),
        ("De politie nam 25 mensen in hechtenis.", [("detained", None, "25")]),
    ],
)
def test_taken_into_custody(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De politie nam 25 mensen mee naar het bureau.",
        "De gemeente nam 300 vluchtelingen op.",
        "Rusland nam 40 dorpen in.",
        "Drie verdachten zijn op vrije voeten gesteld.",
    ],
)
def test_taken_but_not_into_custody(text: str) -> None:
    assert _claims(text) == []


# -- sheltered in a named shelter is displaced; room and capacity are not; animals and things are no victims --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruim 3000 mensen worden opgevangen in sporthallen.", [("displaced", None, "more than 3000")]),
        ("Zo'n 400 bewoners zijn opgevangen in een sporthal.", [("displaced", None, "about 400")]),
    ],
)
def test_sheltered_is_displaced(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het kamp kan 5000 ontheemden opvangen.",
        "Het ziekenhuis heeft ruimte voor 40 gewonden.",
        "Twaalf gestrande reizigers werden door de NS opgevangen.",
        "Duizenden vissen zijn gestorven door de hitte.",
        "Er zijn 40 kunstwerken in veiligheid gebracht.",
    ],
)
def test_room_animals_and_things_are_no_victims(text: str) -> None:
    assert _claims(text) == []


# -- the displaced killed or hurt count by their predicate; fled their country, living as refugees ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zeker 20 ontheemden kwamen om bij een aanval op een tentenkamp.", [("killed", None, "at least 20")]),
        ("Twaalf ontheemden raakten gewond.", [("injured", None, "12")]),
        ("Er zijn 300 ontheemden.", [("displaced", None, "300")]),
        ("Zo'n 4 miljoen Venezolanen hebben hun land verlaten.", [("displaced", None, "about 4000000")]),
        ("Meer dan 2 miljoen Syriërs zijn het land ontvlucht.", [("displaced", None, "more than 2000000")]),
        ("Ruim 8 miljoen Oekraïners leven als vluchteling in Europa.", [("displaced", None, "more than 8000000")]),
        ("Het aantal ontheemden is opgelopen tot 3,5 miljoen.", [("displaced", None, "3500000")]),
    ],
)
def test_displaced_by_their_predicate_and_refugees(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twee ministers hebben het land verlaten.",
        "Nederland neemt 500 vluchtelingen op.",
        "Het schip had 300 vluchtelingen aan boord.",
        "Hij kwam in 2015 als vluchteling naar Nederland.",
        "Het aantal vluchtelingen in Nederland steeg vorig jaar tot 50.000.",
    ],
)
def test_leaving_and_refugees_that_count_no_flight(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reddingsteams zochten naar drie nog vermiste mijnwerkers.", [("missing", "miners", "3")]),
        ("Er zijn nog drie vermisten.", [("missing", None, "3")]),
        ("De twee nog vermiste vissers zijn niet gevonden.", [("missing", "fishermen", "2")]),
    ],
)
def test_still_missing_before_the_noun(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- two compounds sharing their head ("mijn- en reddingswerkers") are one noun of people, with no group ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bij het ongeluk zijn vijf mijn- en reddingswerkers omgekomen.", [("killed", None, "5")]),
        ("Zes politie- en brandweermensen raakten gewond.", [("injured", None, "6")]),
    ],
)
def test_an_elided_compound_is_one_noun(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Er zijn 3 huis- en tuinfeesten afgelast.",
        "De 2 sport- en speelhallen zijn gesloten.",
    ],
)
def test_an_elided_compound_of_things(text: str) -> None:
    assert _claims(text) == []


def test_a_toll_lying_about_a_figure() -> None:
    assert _claims("Het dodental ligt rond de 90.") == [("killed", None, "about 90")]
    assert _claims("Het dodental ligt in Kharkiv veel hoger.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er zijn nog 6 mensen in kritieke toestand.", [("injured", None, "6")]),
        # session 17 (ennl17): plain since the guide settled "Another and more" in session 15 (case 2: with no
        # count beside it, "nog N" adds only to the dead)
        ("Er raakten nog 4 mensen gewond.", [("injured", None, "4")]),
    ],
)
def test_still_in_a_condition_is_no_addition(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- one national after an article is a count of one with no group (the guide) ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een Nederlander is bij het ongeluk omgekomen.", [("killed", None, "1")]),
        ("Een Belg raakte gewond.", [("injured", None, "1")]),
        ("Bij de aanval kwam ook een Palestijn om.", [("killed", None, "1")]),
    ],
)
def test_one_national_is_one(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De Nederlander werd zwaargewond naar het ziekenhuis gebracht.",
        "Een Nederlander won de Tour.",
        "Een Belg van 45 opende het festival.",
    ],
)
def test_one_national_without_a_count(text: str) -> None:
    assert _claims(text) == []


def test_picked_up_from_the_sea_is_rescued() -> None:
    assert _claims("De marine heeft 120 migranten uit zee opgepikt.") == [("rescued", None, "120")]
    assert _claims("Er werden 14 lichamen uit zee opgepikt.") == [("killed", None, "14")]
    assert _claims("De politie pikte drie verdachten op bij het station.") == []


# -- a bare part of a count keeps the count's group (the guide: same metric and group) -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vijf agenten raakten gewond, een van hen ernstig.",
            [("injured", "officers", "1"), ("injured", "officers", "5")],
        ),
        ("Twaalf mensen raakten gewond, drie van hen ernstig.", [("injured", None, "12"), ("injured", None, "3")]),
    ],
)
def test_a_part_keeps_the_group(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er vielen vijf doden en nog eens twaalf gewonden.", [("injured", None, "12"), ("killed", None, "5")]),
        (
            "Vijf mensen kwamen om en nog eens twaalf mensen raakten gewond.",
            [("injured", None, "12"), ("killed", None, "5")],
        ),
        ("Er zijn nog eens 8 doden bijgekomen.", [("killed", None, "+8")]),
    ],
)
def test_another_n_beside_another_metric_is_no_addition(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- an aside between commas before the predicate (comma_asides for nl, as de/fr/es) ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vijf mensen zijn, aldus de brandweer, gewond geraakt.", [("injured", None, "5")]),
        ("Drie mensen, allen uit Gent, kwamen om.", [("killed", None, "3")]),
    ],
)
def test_a_comma_aside_before_the_predicate(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De bus, met 50 passagiers aan boord, kantelde.",
        "Het stadion, met 40.000 plaatsen, werd ontruimd.",
    ],
)
def test_a_comma_aside_with_a_number_is_no_count(text: str) -> None:
    assert _claims(text) == []


# -- ages between commas are part of the aside, not counts that end it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negen mensen, in leeftijd variërend van 4 tot 70 jaar, kwamen om.", [("killed", None, "9")]),
        ("Twee mannen, van 25 en 31 jaar, raakten gewond.", [("injured", "men", "2")]),
        ("Drie verdachten, tussen 19 en 24 jaar oud, werden aangehouden.", [("detained", "suspects", "3")]),
    ],
)
def test_ages_in_a_comma_aside(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De bus, met 50 passagiers van 20 tot 30 jaar aan boord, kantelde.",
        "De slachtoffers, 12 en 14 jaar oud, zaten in de auto.",
    ],
)
def test_ages_in_an_aside_without_a_count(text: str) -> None:
    assert _claims(text) == []
