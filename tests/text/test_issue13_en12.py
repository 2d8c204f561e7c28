"""Issue 13, session 11 (en12): English precision by construction, each family with same-surface positives.

Every sentence is made up, in the voices of wire copy, papers and UN reports (never copied from the
corpus). Each family pins the background sentences that no longer give a claim and the sentences of
the same surface about the report's own event that must keep theirs.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text._tokens import Kind, tokenize
from casualtylog.text.lang import get_language
from tests.text._read import claims_of

Row = tuple[str, str | None, str]


def _claims(text: str) -> list[Row]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "en", reported_at="2024-06-01T12:00Z")


# -- a year inside a subject, after its noun and a preposition, dates that event -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Haiti earthquake of 2010 killed more than 200,000 people.",
        "The Kobe earthquake of 1995 killed 6,434 people.",
        "An explosion at the plant in 2019 injured 37 people.",
        "A fire at the same school in 2015 killed 12 pupils.",
    ],
)
def test_a_year_inside_the_subject_dates_another_event(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same surface with no year: the report's own event
        ("An explosion at the plant injured 37 people.", [("injured", None, "37")]),
        ("The earthquake killed more than 2,000 people.", [("killed", None, "more than 2000")]),
        # a qualifier ending in "of" before four digits and a verb still counts
        ("Upwards of 2000 died in the floods.", [("killed", None, "more than 2000")]),
        # a year of the report's own year is no earlier event
        ("An explosion at the plant in 2024 injured 37 people.", [("injured", None, "37")]),
    ],
)
def test_the_same_subject_without_an_earlier_year_keeps_its_count(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


def test_the_year_inside_a_subject_is_no_token_of_count() -> None:
    tokens = tokenize("The Haiti earthquake of 2010 killed many.", get_language("en"))
    assert [t.kind for t in tokens if t.text == "2010"] == [Kind.NONCOUNT]
    # after a verb ("resulted in"), four digits and a predicate stay a count
    tokens = tokenize("The blast resulted in 2000 injured.", get_language("en"))
    assert [t.kind for t in tokens if t.text == "2000"] == [Kind.NUMBER]


# -- a named earlier event told in the simple past, with no source, day or "has" -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Grenfell Tower fire killed 72 people in 2017.",
        "The Grenfell Tower fire killed 72.",
        "The 9/11 attacks killed nearly 3,000 people.",
        "The Manchester Arena bombing killed 22 people.",
        "The Lockerbie bombing killed 270 people.",
        "The Las Vegas shooting left 60 people dead.",
        "The Sewol ferry sinking killed 304 people, most of them students.",
        "The Itaewon crowd crush killed 159 people.",
        "The Halloween crush in Seoul killed 159 people.",
        "The Hillsborough disaster claimed 97 lives.",
        "The Vietnam War killed 58,000 Americans.",
        "Hurricane Katrina killed more than 1,800 people.",
        "Storm Daniel was blamed for more than 4,000 deaths in Libya.",
    ],
)
def test_a_named_earlier_event_gives_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no name: the report's own event
        ("The fire killed 72 people.", [("killed", None, "72")]),
        ("The bombing killed 22 people.", [("killed", None, "22")]),
        # a demonym names the attacker or place of the report's own attack
        ("The Russian attack killed 14 people.", [("killed", None, "14")]),
        ("The Israeli strike killed 12 people.", [("killed", None, "12")]),
        # a source, a day or a running toll: the report counts its own event now
        ("The Grenfell Tower fire killed 72 people, police said.", [("killed", None, "72")]),
        ("The Manchester Arena bombing killed 22 people on Monday.", [("killed", None, "22")]),
        ("The Camp Fire has killed 85 people.", [("killed", None, "85")]),
        ("Hurricane Helene has killed more than 200 people.", [("killed", None, "more than 200")]),
        # a disaster of nature is named by its place in its own reports
        ("The Noto earthquake killed 240 people.", [("killed", None, "240")]),
    ],
)
def test_the_same_surface_about_the_reports_own_event_keeps_its_claim(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- animals, a rejected report, an inquiry into deaths -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 150 whales died after stranding on the beach.",
        "Thousands of birds died in the oil spill.",
        "The ministry rejected a report that 15 soldiers were killed.",
        "The inquiry into the deaths of 39 people found failings in the response.",
        "The inquest into the deaths of 72 people opened in London.",
    ],
)
def test_animals_a_rejected_report_and_an_inquiry_give_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 150 people died after the boat capsized.", [("killed", None, "about 150")]),
        ("The report said 15 soldiers were killed.", [("killed", "soldiers", "15")]),
        ("After 39 people died in the fire, an inquiry into the response was opened.", [("killed", None, "39")]),
    ],
)
def test_people_a_report_and_deaths_before_an_inquiry_keep_their_claim(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- "none of the N …" counts a whole, not the hurt; "N new deaths" adds to a toll ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "None of the 12 crew members were injured.",
        "None of the 200 passengers was hurt.",
        "None of the 30 pupils were injured.",
        "None of its 40 workers were hurt.",
    ],
)
def test_none_of_a_counted_whole_gives_no_count_of_it(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve crew members were injured.", [("injured", None, "12")]),
        ("None of them were injured.", [("injured", None, "0")]),
        ("The ministry reported 26 new deaths on Tuesday.", [("killed", None, "+26")]),
        ("Officials recorded 14 new deaths overnight.", [("killed", None, "+14")]),
        ("The ministry reported 26 deaths on Tuesday.", [("killed", None, "26")]),
    ],
)
def test_a_counted_subject_none_of_them_and_new_deaths(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- an indefinite event with a modal may happen; the report's own (definite) event stays projected -------------------


@pytest.mark.parametrize(
    "text",
    [
        "A major quake could kill up to 10,000 people in the city.",
        "A severe pandemic could kill as many as 80 million people.",
        "A direct hit on the city could leave 200,000 people homeless.",
        "Experts say a powerful earthquake would kill 20,000 people.",
    ],
)
def test_an_indefinite_event_that_could_happen_gives_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_the_reports_own_event_keeps_its_projection_and_its_past() -> None:
    got = extract(
        "The storm could kill hundreds more, officials warned.",
        source="pub",
        reported_at="2024-06-01T12:00Z",
        language="en",
    )
    assert [(x.claim.metric, str(x.claim.figure), x.claim.status.value) for x in got] == [
        ("killed", "hundreds", "projected")
    ]
    assert _claims("A powerful earthquake killed 300 people on Monday.") == [("killed", None, "300")]
    assert _claims("A new storm could hit the area where 40 people died this week.") == [("killed", None, "40")]
