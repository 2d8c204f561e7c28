"""Issue 13, session 11 (en11): English recall by construction, each family with same-surface negatives.

Every sentence is made up, in the shape of everyday wire copy, UN situation
reports, local papers and headlines (never copied from the corpus). Each family
pins the positives it fixed and the numbers beside the same words that must
stay no count.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import claims_of

Row = tuple[str, str | None, str]


def _claims(text: str) -> list[Row]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "en", reported_at="2024-06-01T12:00Z")


def _statuses(text: str) -> list[str]:
    return [x.claim.status.value for x in extract(text, source="pub", reported_at="2024-06-01T12:00Z", language="en")]


# -- "two dozen" in words is 24, "half a dozen" about 6 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two dozen people were injured.", [("injured", None, "24")]),
        ("More than two dozen people were injured.", [("injured", None, "more than 24")]),
        ("Some two dozen people were taken to hospital.", [("injured", None, "about 24")]),
        ("Three dozen were hurt in the crush.", [("injured", None, "36")]),
        ("Half a dozen soldiers were wounded.", [("injured", "soldiers", "about 6")]),
        ("A dozen people died.", [("killed", None, "about 12")]),
        ("Two million people were displaced.", [("displaced", None, "2000000")]),
    ],
)
def test_dozens_in_words_are_read(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two dozen cars were damaged in the blast.",
        "Half of the two dozen houses were destroyed.",
        "Police seized two dozen rifles.",
    ],
)
def test_dozens_of_things_are_no_count(text: str) -> None:
    assert _claims(text) == []


# -- fatal wounds, hospital in haste, "left" a state, care going on, reporting adverbs -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were fatally shot outside the bar.", [("killed", None, "2")]),
        ("Three men were mortally wounded.", [("killed", "men", "3")]),
        ("Four people were fatally injured in the crash.", [("killed", None, "4")]),
        ("Seven people were rushed to hospital.", [("injured", None, "7")]),
        ("Five people were transported to the hospital.", [("injured", None, "5")]),
        ("Eight people were left injured.", [("injured", None, "8")]),
        ("The crash left two people dead.", [("killed", None, "2")]),
        ("Nine people were treated for injuries at the scene.", [("injured", None, "9")]),
        ("More than 100 people sought treatment.", [("injured", None, "more than 100")]),
        ("Eleven people are in hospital with serious injuries.", [("injured", None, "11")]),
        ("Three civilians were allegedly killed by the militia.", [("killed", "civilians", "3")]),
        ("More than 60 people are known to have died.", [("killed", None, "more than 60")]),
        ("Six people were apparently injured by debris.", [("injured", None, "6")]),
        ("An estimated 1.7 million people have been internally displaced.", [("displaced", None, "about 1700000")]),
        ("Some 45,000 people have fled to neighbouring countries.", [("displaced", None, "about 45000")]),
    ],
)
def test_everyday_predicates_of_the_wires(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


def test_initially_reported_is_preliminary() -> None:
    assert _claims("Seven people were initially reported killed.") == [("killed", None, "7")]
    assert _statuses("Seven people were initially reported killed.") == ["preliminary"]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors rushed to the hospital at 3 a.m.",
        "The 12 ambulances were rushed to the scene.",
        "Police left 20 officers at the scene.",
        "The gunman fled to a nearby building with 2 hostages.",
        "The three suspects fled the country.",
        "The man was fatally shot in 2019, 12 years after the first attack.",
        "Some 300 beds are being treated as reserve capacity.",
        "The hospital has 40 beds for the injured.",
    ],
)
def test_the_same_words_beside_numbers_that_are_no_count(text: str) -> None:
    assert _claims(text) == []


# -- headlines tell in the present ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrest 30 after clashes", [("detained", None, "30")]),
        ("Police detains 12 protesters", [("detained", "protesters", "12")]),
        ("Russia fires 90 missiles at Ukraine", [("launched", "missiles", "90")]),
        ("Ukraine downs 25 drones overnight", [("intercepted", "drones", "25")]),
        ("Israel intercepts 14 rockets from Gaza", [("intercepted", "rockets", "14")]),
    ],
)
def test_headline_present_tense(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrest suspect after 3 days on the run",
        "Man fires 12 shots into the air",
        "Court orders arrest of 2 officials over fraud",
        "Russia fires Kh-101 missiles at Kyiv",
    ],
)
def test_headline_present_without_a_count(text: str) -> None:
    assert _claims(text) == []


# -- a rising toll's own event, dated inside the toll's noun phrase, is no other event -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the quake that struck the island last week has risen to 186.", [("killed", None, "186")]),
        ("The death toll from last week's quake has risen to 186.", [("killed", None, "186")]),
        ("The death toll from the floods that began last month rose to 120.", [("killed", None, "120")]),
    ],
)
def test_a_rising_toll_of_an_event_dated_earlier(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last year's floods killed 80 people in the same valley.",
        "The death toll from last year's quake stood at 9,000.",
        "Last week, the death toll rose to 40.",
        "Last month's floods killed 12, and the death toll rose to 30 within days.",
    ],
)
def test_an_earlier_event_still_dates_its_counts(text: str) -> None:
    assert _claims(text) == []


# -- the guide's groups of two words, and a plural in -men -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 11 aid workers have been killed.", [("killed", "aid_workers", "at least 11")]),
        ("The strike killed 9 health workers.", [("killed", "health_workers", "9")]),
        ("Four humanitarian workers were injured.", [("injured", "aid_workers", "4")]),
        ("Nine fishermen are missing after the boat sank.", [("missing", "fishermen", "9")]),
        ("The bodies of 8 fishermen were recovered on Monday.", [("killed", "fishermen", "8")]),
        # session 14 (fresh9en): workers are the group "workers", as every dev label has them
        ("Three workers were electrocuted.", [("killed", "workers", "3")]),
    ],
)
def test_two_word_groups(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The UN sent 40 aid workers to the region.",
        "Some 300 health workers went on strike on Monday.",
        "About 200 fishermen protested in the port.",
    ],
)
def test_groups_without_a_casualty_word(text: str) -> None:
    assert _claims(text) == []


# -- forced or driven from home, "to flee": displaced ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The conflict has forced more than 200,000 people from their homes.",
            [("displaced", None, "more than 200000")],
        ),
        ("The fighting forced some 5,000 people to flee.", [("displaced", None, "about 5000")]),
        ("The fighting drove 12,000 people out of their homes.", [("displaced", None, "12000")]),
        ("Rescuers evacuated 300 people from their homes.", [("evacuated", None, "300")]),
    ],
)
def test_driven_from_home(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three men tried to flee.",
        "Fighting forced 300 workers to stay home.",
        "The gunmen forced 20 passengers off the bus.",
        "The storm forced 40 flights to be cancelled.",
    ],
)
def test_forced_without_a_home_left(text: str) -> None:
    assert _claims(text) == []


# -- dead by a doctor's word; a vague object with "more" after it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were pronounced dead at the scene.", [("killed", None, "2")]),
        ("Three people were declared dead on arrival at hospital.", [("killed", None, "3")]),
        (
            "The blast killed at least 12 people and injured dozens more.",
            [("injured", None, "dozens"), ("killed", None, "at least 12")],
        ),
        ("The blast injured dozens more people.", [("injured", None, "dozens")]),
    ],
)
def test_declared_dead_and_dozens_more(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The blast injured dozens more than the first.",
        "The court declared the 2 men dead in absentia in 1998.",
        "The player was pronounced fit for the 3 matches.",
    ],
)
def test_declared_and_more_beside_no_count(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42 survivors were pulled from the rubble.", [("rescued", None, "42")]),
        ("A few survivors were found alive.", [("rescued", None, "a few")]),
        ("The 12 survivors were interviewed by investigators.", []),
        ("There were 142 survivors.", []),
    ],
)
def test_survivors_are_people(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- "several hundred" is hundreds; left without shelter; "none of them" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several hundred people were evacuated.", [("evacuated", None, "hundreds")]),
        ("A few thousand people were displaced.", [("displaced", None, "thousands")]),
        ("Several dozen people were hurt.", [("injured", None, "dozens")]),
        ("A few people were injured.", [("injured", None, "a few")]),
        ("Thousands were left without shelter.", [("displaced", None, "thousands")]),
        ("None of them was injured.", [("injured", None, "0")]),
    ],
)
def test_vague_hundreds_shelter_and_none(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Around 40,000 people were left without power.",
        "None of the dead were children.",
        "None of them were children.",
        "The ship carried several hundred containers.",
    ],
)
def test_vague_hundreds_shelter_and_none_negatives(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers pulled 7 people alive from the rubble.", [("rescued", None, "7")]),
        ("Divers pulled 3 people alive out of the water.", [("rescued", None, "3")]),
        ("Rescuers pulled 7 bodies from the rubble.", [("killed", None, "7")]),
        # neither dead nor alive: no count
        ("Rescuers pulled 7 people from the rubble.", []),
    ],
)
def test_pulled_alive(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected
