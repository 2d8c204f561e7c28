"""Issue 13, precision round (session 7): same-surface numbers that are no counts, and the confidence.

Shapes found by probing made-up negatives in five languages (things, places and
animals as victims, a toll road, rates, an event named by an earlier year,
"earlier this month", people a place houses or can hold), one
from the final pass over dev inner half b (a comparison with another event's
toll), and the object frame's lowered confidence. Every shape has positives of
the same surface that must keep their claims.

Every sentence is made up, in the shape of sentences seen on the dev split,
never one of the held-out test split.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text._calibration import calibrated
from tests.text._read import claims_of

Row = tuple[str, str | None, str]


def _claims(text: str, language: str, reported_at: str = "2025-03-01T12:00Z") -> list[Row]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, language, reported_at=reported_at)


# -- things, places, land and animals are no victims; a toll road is no toll --------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The floods affected 12 provinces and 300 villages.", "en"),
        ("Authorities evacuated 40 villages.", "en"),
        ("The fire affected 200 hectares.", "en"),
        ("The storm killed 40 cows and injured 3 horses.", "en"),
        ("Bij de overstroming kwamen 12 koeien om.", "nl"),
        ("De autoriteiten evacueerden 40 dorpen.", "nl"),
        ("Die Behörden evakuierten 40 Dörfer.", "de"),
        ("Der Sturm verletzte 3 Pferde.", "de"),
        ("La crue a tué 12 vaches.", "fr"),
        ("Les autorités ont évacué 40 villages.", "fr"),
        ("Las inundaciones afectaron a 40 pueblos.", "es"),
        ("La riada mató a 12 vacas.", "es"),
        ("The toll road was closed to 40 trucks.", "en"),
        ("The toll booth was hit by 3 rockets.", "en"),
    ],
)
def test_things_places_land_animals_and_a_toll_road_are_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an unlisted plural of people is still the victims' group
        (
            "The storm killed 12 miners and injured 3 farmers.",
            "en",
            [("injured", "farmers", "3"), ("killed", "miners", "12")],
        ),
        ("Authorities evacuated 400 residents from 40 villages.", "en", [("evacuated", None, "400")]),
        ("Les autorités ont évacué 400 habitants.", "fr", [("evacuated", None, "400")]),
        ("Las autoridades evacuaron a 40 vecinos.", "es", [("evacuated", None, "40")]),
        # the people beside the things keep their count
        ("The fire destroyed 40 homes and killed two people.", "en", [("killed", None, "2")]),
        ("Das Feuer zerstörte 40 Häuser und tötete zwei Menschen.", "de", [("killed", None, "2")]),
        # a road toll, and a toll with its verb, are counts
        ("The road toll rose to 40.", "en", [("killed", None, "40")]),
        ("The toll climbed to 40 on Monday.", "en", [("killed", None, "40")]),
    ],
)
def test_people_beside_things_and_a_road_toll_stay(text: str, language: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


# -- rates --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The disease kills 300,000 people a year.", "en"),
        ("The fighting kills 80 civilians a day.", "en"),
        ("En las carreteras mueren 1.000 personas al año.", "es"),
        ("La maladie fait 400 morts par an.", "fr"),
        ("Jedes Jahr sterben 400 Menschen auf den Straßen.", "de"),
        ("Elk jaar komen 400 mensen om in het verkeer.", "nl"),
        ("Er vallen jaarlijks 400 doden.", "nl"),
    ],
)
def test_a_rate_is_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "a day after" dates the count; a rate only closes the figure's phrase
        ("The quake killed 12 people a day after the first tremor.", "en", [("killed", None, "12")]),
        ("Twelve people were injured in a day of clashes.", "en", [("injured", None, "12")]),
        # "al día siguiente" (the next day) is no rate
        ("Al día siguiente murieron 3 personas.", "es", [("killed", None, "3")]),
        ("Bei dem Unglück starben 40 Menschen.", "de", [("killed", None, "40")]),
    ],
)
def test_a_day_after_or_the_next_day_is_no_rate(text: str, language: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


# -- an event named by its year; earlier this month ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De tsunami van 2004 kostte 230.000 mensen het leven.", "nl"),
        ("Der Tsunami von 2004 kostete 230.000 Menschen das Leben.", "de"),
        ("Le tsunami de 2004 avait fait 230 000 morts.", "fr"),
        ("El tsunami de 2004 dejó 230.000 muertos.", "es"),
        ("La DANA de 2024 dejó más de 220 muertos en Valencia.", "es"),
        ("Plus tôt ce mois-ci, 40 personnes avaient été tuées dans un attentat.", "fr"),
        ("A principios de mes, 40 personas murieron en un atentado.", "es"),
        ("Anfang des Monats waren bei einem Bombenanschlag 40 Menschen getötet worden.", "de"),
    ],
)
def test_an_event_of_an_earlier_year_or_earlier_this_month_is_another_event(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the report's own year, and a full date whose year follows its month
        ("La DANA de 2025 dejó más de 220 muertos en Valencia.", "es", [("killed", None, "more than 220")]),
        ("El terremoto del 3 de marzo de 2024 dejó 40 muertos.", "es", [("killed", None, "40")]),
        ("Le séisme du 3 mars 2024 a fait 40 morts.", "fr", [("killed", None, "40")]),
        ("De aardbeving van dinsdag kostte 40 mensen het leven.", "nl", [("killed", None, "40")]),
    ],
)
def test_the_reports_own_year_or_a_full_date_stays(text: str, language: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


def test_a_german_year_between_a_noun_and_its_verb_is_no_count() -> None:
    assert _claims("Bei der Flutkatastrophe 2021 starben mehr als 180 Menschen.", "de") == [
        ("killed", None, "more than 180")
    ]
    # four digits before a noun of people count them
    assert _claims("Laut Polizei starben 1999 Menschen.", "de") == [("killed", None, "1999")]


# -- people a place houses or can hold ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The town is home to 30,000 displaced people.", "en"),
        ("Shelters can hold up to 2,000 displaced people.", "en"),
        ("Hospitals are prepared to receive up to 300 injured.", "en"),
        ("La frappe a touché deux tentes abritant des dizaines de déplacés.", "fr"),
        ("L'école, qui abrite 600 déplacés, a été frappée.", "fr"),
        ("La escuela, que alberga a 600 desplazados, fue bombardeada.", "es"),
        ("De sporthal biedt plaats aan 400 geëvacueerden.", "nl"),
        ("Die Turnhalle bietet Platz für 400 Evakuierte.", "de"),
    ],
)
def test_people_a_place_houses_or_can_hold_are_described_not_counted(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "houses" and "housing" as nouns are no shelter cue
        ("Rescuers evacuated 300 people from houses near the river.", "en", [("evacuated", None, "300")]),
        ("The strike on the housing complex injured 40 people.", "en", [("injured", None, "40")]),
        # the deaths in a sheltering place are counts; so are evacuees who found shelter afterwards
        ("The school was sheltering 700 displaced people when it was hit, killing 12.", "en", [("killed", None, "12")]),
        ("Más de 500 personas fueron evacuadas y acogidas en albergues.", "es", [("evacuated", None, "more than 500")]),
        (
            "Rund 500 Menschen wurden evakuiert und fanden Zuflucht bei Verwandten.",
            "de",
            [("evacuated", None, "about 500")],
        ),
    ],
)
def test_counts_beside_a_shelter_stay(text: str, language: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


# -- a comparison with another event's toll (final pass, read from inner half b) ----------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les secours ont craint un bilan aussi lourd que celui du séisme de 2009 (près de 300 morts).", "fr"),
        ("Las autoridades temían un balance como el del terremoto de 2016, que dejó 600 muertos.", "es"),
        ("Die Behörden befürchteten eine Bilanz wie beim Erdbeben vor zehn Jahren mit 300 Toten.", "de"),
        ("Officials feared a toll as heavy as that of the 2009 quake, which killed 300 people.", "en"),
    ],
)
def test_the_toll_of_an_event_compared_with_is_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the report's own toll before the comparison stays
        ("Le bilan, 40 morts, est plus lourd que celui du séisme de 2009.", "fr", [("killed", None, "40")]),
        ("El balance, 40 muertos, es peor que el del terremoto de 2016.", "es", [("killed", None, "40")]),
        (
            "At least 40 people were killed, the ministry said, adding that the toll was similar to that of last year.",
            "en",
            [("killed", None, "at least 40")],
        ),
    ],
)
def test_the_toll_before_a_comparison_stays(text: str, language: str, expected: list[Row]) -> None:
    assert _claims(text, language) == expected


# -- confidence: the object frame is the riskiest of the main frames ----------------------------------


def test_the_object_frame_ranks_below_the_subject_and_toll_frames_at_the_same_raw_confidence() -> None:
    assert calibrated("object", 0.9) == 0.85
    assert calibrated("subject", 0.9) == 0.9
    assert calibrated("toll", 0.9) == 0.9


def test_the_object_frames_claim_is_unchanged_only_its_confidence_is_lower() -> None:
    found = extract("The blast killed 12 people.", source="pub", reported_at="2025-03-01T12:00Z", language="en")
    assert [(x.claim.metric, str(x.claim.figure), x.frame) for x in found] == [("killed", "12", "object")]
    assert found[0].confidence < 0.9


def test_a_period_of_an_earlier_year_is_no_event() -> None:
    # "the first half of 2018" is a period whose count may be the report's own (a UN half-year report)
    assert _claims("In de eerste helft van 2018 zijn 1.692 burgers om het leven gekomen.", "nl") == [
        ("killed", "civilians", "1692")
    ]
