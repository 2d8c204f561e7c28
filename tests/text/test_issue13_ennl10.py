"""Issue 13, session 10 (ennl10): English and Dutch by construction, precision first.

Every sentence is made up, in the shape of everyday wire and Dutch news (never
copied from the corpus). Each family has its false-alarm shapes (numbers that
are not counts of this event) and positives of the same surface that must keep
their claims.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Row = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Row]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, language, reported_at="2024-06-01T12:00Z")


# -- a month or an earlier time opening a Dutch sentence dates it to another incident --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In september kwamen 21 mensen om toen een bus in een ravijn stortte.",
        "In maart kwamen 40 mensen om toen een veerboot zonk.",
        "In januari kwamen bij een autobom in de hoofdstad 12 mensen om.",
        "In oktober vielen bij een aardverschuiving zeker 22 doden.",
        "Eind augustus raakten bij een soortgelijke brand 30 mensen gewond.",
        "Maanden eerder waren bij een stormloop bij hetzelfde heiligdom 11 mensen omgekomen.",
        "Twee dagen eerder kwamen bij een aanslag 5 agenten om.",
        "In juni, bij de vorige overstroming, kwamen 14 mensen om.",
    ],
)
def test_a_dutch_month_or_earlier_time_opening_the_sentence_is_another_incident(text: str) -> None:
    assert _claims(text, "nl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday or a date tells the report's own event; a month inside the clause may too
        ("Maandag kwamen 40 mensen om toen een veerboot zonk.", [("killed", None, "40")]),
        ("Op 12 maart kwamen 40 mensen om bij de aanslag.", [("killed", None, "40")]),
        ("Bij de aanslag van dinsdag kwamen 20 mensen om.", [("killed", None, "20")]),
        ("Sinds juni zijn bij overstromingen 200 mensen omgekomen.", [("killed", None, "200")]),
        ("Bij de gevechten in maart kwamen 40 mensen om, meldt de VN.", [("killed", None, "40")]),
        # English keeps its comma rule: "In March" before a comma, a date inside the clause
        ("On Monday, 40 people died when a ferry sank.", [("killed", None, "40")]),
    ],
)
def test_a_weekday_or_a_date_keeps_the_count(text: str, expected: list[Row]) -> None:
    language = "en" if text.startswith("On Monday") else "nl"
    assert _claims(text, language) == expected


# -- a similar or comparable incident is another one (English and Dutch forms) ---------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In a similar accident, 14 people died."),
        ("en", "A similar blast killed 9 workers."),
        ("en", "Another similar incident left 4 dead."),
        ("en", "A comparable crash killed 6 people."),
        ("nl", "In Sumatra vielen zeker 22 doden bij een gelijkaardige aardverschuiving."),
        ("nl", "Bij een soortgelijk ongeluk kwamen 14 mensen om het leven."),
        ("nl", "Bij een vergelijkbaar ongeval raakten 8 mensen gewond."),
    ],
)
def test_a_similar_incident_is_another_one(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "a similar number" is no incident; the report's own count before a similar one keeps its claim
        ("en", "Nine people were killed and a similar number were injured.", [("killed", None, "9")]),
        ("en", "Three people died in the crash, and a similar crash last year killed 4.", [("killed", None, "3")]),
        ("nl", "Bij het ongeluk kwamen 14 mensen om het leven.", [("killed", None, "14")]),
    ],
)
def test_a_similar_number_or_the_reports_own_incident_keeps_its_count(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _claims(text, language) == expected


# -- Dutch "vast": trapped or hostages held are no arrests ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hamas houdt nog 59 gijzelaars vast.",
        "Zeven anderen zouden nog in de mijn vastzitten.",
        "Drie mensen zitten nog vast onder het puin.",
        "Twaalf skiërs zitten vast in de kabelbaan.",
        "Vier mijnwerkers zaten urenlang vast in de schacht.",
    ],
)
def test_trapped_or_held_hostage_is_not_detained(text: str) -> None:
    assert _claims(text, "nl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nog acht personen zitten vast voor openbare geweldpleging.", [("detained", None, "8")]),
        ("Er worden nog 40 mensen vastgehouden.", [("detained", None, "40")]),
        ("De politie hield 12 mensen aan.", [("detained", None, "12")]),
    ],
)
def test_custody_stays_detained(text: str, expected: list[Row]) -> None:
    assert _claims(text, "nl") == expected


# -- bodies handed to their families are no toll (the guide), like unidentified ones -----------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The bodies of 20 victims have been handed to their families."),
        ("en", "20 bodies were handed over to relatives."),
        ("en", "The bodies of 7 soldiers were repatriated on Sunday."),
        ("nl", "Er zijn 20 lichamen overgedragen aan de familie."),
        ("nl", "De lichamen van de 20 slachtoffers zijn overgedragen."),
    ],
)
def test_bodies_handed_over_are_no_toll(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The bodies of 12 migrants were recovered from the sea.", [("killed", None, "12")]),
        (
            "en",
            "Police said 12 people were killed and the bodies were handed to their families.",
            [("killed", None, "12")],
        ),
        ("nl", "Er werden 12 lichamen geborgen.", [("killed", None, "12")]),
    ],
)
def test_bodies_recovered_stay_killed(language: str, text: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


# -- an age after one person's noun and "van" ("haar dochter van 12") is no count -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De vrouw van 45 en haar dochter van 12 raakten gewond.",
        "Haar dochter van 12 raakte gewond.",
        "De buurman van 80 kwam om bij de brand.",
    ],
)
def test_an_age_after_one_persons_noun_is_no_count(text: str) -> None:
    assert _claims(text, "nl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een vrouw van 45 raakte gewond.", [("injured", "women", "1")]),
        ("Een groep van 12 mensen raakte gewond.", [("injured", None, "12")]),
        ("Het dodental van 12 werd later bijgesteld.", [("killed", None, "12")]),
        ("Het dodental steeg van 5 naar 12.", [("killed", None, "12"), ("killed", None, "5")]),
        ("Er is sprake van 12 gewonden.", [("injured", None, "12")]),
        (
            "De hulpdiensten meldden dat het lichaam van een zevenjarig meisje werd aangetroffen.",
            [("killed", "children", "1")],
        ),
    ],
)
def test_a_count_after_van_keeps_its_claim(text: str, expected: list[Row]) -> None:
    assert _claims(text, "nl") == expected


# -- recall: "een van de drie" with no noun is one; tourists have no group; treated in hospital ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een van de drie raakte gewond.", [("injured", None, "1")]),
        ("Een van de drie is overleden.", [("killed", None, "1")]),
        ("Een van de drie kinderen raakte gewond.", [("injured", "children", "1")]),
        # a weapon after the whole keeps the weapon reading
        ("Een van de twee drones werd neergehaald.", [("intercepted", "drones", "2")]),
    ],
)
def test_one_of_a_whole_with_no_noun_is_one(text: str, expected: list[Row]) -> None:
    assert _claims(text, "nl") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Three tourists were killed in the avalanche.", [("killed", None, "3")]),
        ("en", "Four visitors were injured.", [("injured", None, "4")]),
        ("nl", "Vier bezoekers raakten gewond.", [("injured", None, "4")]),
        ("nl", "Drie toeristen kwamen om in de lawine.", [("killed", None, "3")]),
        # a role keeps its group
        ("en", "Three firefighters suffered minor injuries.", [("injured", "firefighters", "3")]),
    ],
)
def test_tourists_and_visitors_have_no_group(language: str, text: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vier mensen moesten in het ziekenhuis worden behandeld.", [("injured", None, "4")]),
        # no hospital, or a hospital's own figures: no injured
        ("Vier mensen werden ter plaatse behandeld.", []),
        ("Het ziekenhuis behandelt jaarlijks 1000 patiënten.", []),
        ("Het ziekenhuis heeft 40 bedden.", []),
    ],
)
def test_treated_in_hospital_is_injured(text: str, expected: list[Row]) -> None:
    assert _claims(text, "nl") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het dodental steeg met 5 tot 45.", [("killed", None, "+5"), ("killed", None, "45")]),
        ("Het aantal gewonden steeg met 12 tot 60.", [("injured", None, "+12"), ("injured", None, "60")]),
        ("Het dodental steeg met 5 naar 45.", [("killed", None, "+5"), ("killed", None, "45")]),
        # a range and "up to" stay what they were
        ("Er vielen 5 tot 10 doden.", [("killed", None, "5–10")]),
        ("Het dodental kan oplopen tot 45.", [("killed", None, "45")]),
    ],
)
def test_a_change_by_then_to_gives_both(text: str, expected: list[Row]) -> None:
    assert _claims(text, "nl") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nog zes mensen verkeren in kritieke toestand.", [("injured", None, "6")]),
        ("Van hen verkeren nog 6 mensen in levensgevaar.", [("injured", None, "6")]),
        ("Er zijn nog drie doden gevallen.", [("killed", None, "+3")]),
    ],
)
def test_still_in_a_state_is_no_increment(text: str, expected: list[Row]) -> None:
    assert _claims(text, "nl") == expected
