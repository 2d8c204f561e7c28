"""Issue 13, session 11 (en13): English recall by construction, each family with same-surface negatives.

Every sentence is made up, in the voices of wire copy, papers and UN reports (never copied from the
corpus; the probe files are ``benchmarks/probes/en13_*.txt``). Each family pins the everyday shape it
now reads and the sentences of the same surface whose numbers are no counts of the report's event.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Row = tuple[str, str | None, str]


def _claims(text: str) -> list[Row]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "en", reported_at="2024-06-01T12:00Z")


# -- "were said to have been killed": "said" reports, as "known" and "believed" do --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sixteen civilians were said to have been killed in the raid.", [("killed", "civilians", "16")]),
        ("Nine soldiers were said to have been wounded.", [("injured", "soldiers", "9")]),
        ("Twenty people were said to have died in the fire.", [("killed", None, "20")]),
        ("At least 6 people were said to have been hurt.", [("injured", None, "at least 6")]),
        ("Four civilians are said to have been killed.", [("killed", "civilians", "4")]),
    ],
)
def test_said_to_have_been_reports_the_count(text: str, want: list[Row]) -> None:
    assert _claims(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Three witnesses said they saw the gunmen flee.",
        "Officials said 40 ambulances were sent to the scene.",
        "The 12 survivors said they had been at sea for 9 days.",
        "The 3 suspects were said to have fled across the border.",
        "The ship was said to have been carrying 200 tonnes of grain.",
        "Ten of the rescuers were said to have worked for 30 hours.",
        "The 5 men were said to be aged between 20 and 30.",
    ],
)
def test_said_before_no_casualty_verb_gives_nothing(text: str) -> None:
    assert _claims(text) == []


# -- a bare "N more" after a count of a role holds more of that role, as "N others" does ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The shelling killed four civilians and injured nine more.",
            [("injured", "civilians", "9"), ("killed", "civilians", "4")],
        ),
        (
            "The blast killed three firefighters and injured seven more.",
            [("injured", "firefighters", "7"), ("killed", "firefighters", "3")],
        ),
        (
            "Gunmen killed two soldiers and wounded six more, officials said.",
            [("injured", "soldiers", "6"), ("killed", "soldiers", "2")],
        ),
        (
            "The strike killed 5 children and injured 11 more.",
            [("injured", "children", "11"), ("killed", "children", "5")],
        ),
    ],
)
def test_bare_more_takes_the_group_before(text: str, want: list[Row]) -> None:
    assert _claims(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "more" before its own noun of people names them
        (
            "Four soldiers were killed and nine more civilians were injured.",
            [("injured", "civilians", "9"), ("killed", "soldiers", "4")],
        ),
        (
            "The raid killed two militants and wounded five more people.",
            [("injured", None, "5"), ("killed", "militants", "2")],
        ),
        # a person's role says nothing of the others'
        (
            "A soldier was killed and nine more people were injured.",
            [("injured", None, "9"), ("killed", "soldiers", "1")],
        ),
    ],
)
def test_more_before_its_own_people_keeps_them(text: str, want: list[Row]) -> None:
    assert _claims(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed 300 troops and sent 200 more.",
        "The agency delivered 40 tents and will send 60 more.",
        "The storm destroyed 400 homes and damaged 900 more.",
        "The ministry opened 12 shelters and will open 8 more.",
        "Crews cleared 7 roads and expect to clear 12 more.",
    ],
)
def test_more_of_things_gives_nothing(text: str) -> None:
    assert _claims(text) == []


# -- fled what drove them out (the report's own event) is displaced; fled a place or the scene is nothing -----------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2,000 people fled the fighting.", [("displaced", None, "2000")]),
        ("Thousands of residents have fled the shelling.", [("displaced", None, "thousands")]),
        ("More than 10,000 people fled the floods.", [("displaced", None, "more than 10000")]),
    ],
)
def test_fled_the_event_is_displaced(text: str, want: list[Row]) -> None:
    assert _claims(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen fled the scene in 2 cars.",
        "The 4 suspects fled the fighting.",
        "Two attackers fled the area on motorbikes.",
    ],
)
def test_fled_a_place_or_perpetrators_fleeing_give_nothing(text: str) -> None:
    assert _claims(text) == []


# -- "among those reported killed": a reporting word before the participle, as after an auxiliary ------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Five children were among those reported killed.", [("killed", "children", "5")]),
        ("Two journalists were among those reportedly wounded.", [("injured", "journalists", "2")]),
        ("Four women were among those reported missing.", [("missing", "women", "4")]),
    ],
)
def test_among_those_reported_killed(text: str, want: list[Row]) -> None:
    assert _claims(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Five officials were among those reported to the police.",
        "Ten doctors were among those reported for misconduct.",
        "Three ministers were among those reportedly invited.",
        "Twenty reporters were among those reported present.",
    ],
)
def test_among_those_reported_for_other_things_gives_nothing(text: str) -> None:
    assert _claims(text) == []


# -- a situation report's running count of the displaced by their acronym or full name -----------------------------


@pytest.mark.parametrize(
    "text",
    ["The number of IDPs has risen to 48,000.", "The number of internally displaced people has risen to 48,000."],
)
def test_number_of_idps_is_a_toll_of_the_displaced(text: str) -> None:
    assert _claims(text) == [("displaced", None, "48000")]


@pytest.mark.parametrize(
    "text",
    [
        "The number of IDPs returning home doubled in 2019 to 5,000.",
        "The number of IDPs stood at 3.2 million in 2015, before the war.",
    ],
)
def test_number_of_idps_of_an_earlier_year_gives_nothing(text: str) -> None:
    assert _claims(text) == []
