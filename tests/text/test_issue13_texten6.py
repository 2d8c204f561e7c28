"""Issue 13, English round "texten6": kinds of false alarm recognised by shape, and misses by construction.

Precision: a month opening the sentence, a rate ("a year", "an average of"), a
span of years ("in the past 25 years") date a count to other incidents; missing
people "found" again are no longer missing; one victim's role does not pass to
the bare count after it. Recall: a victim named by age ("an 18-year-old
died"). Every sentence is made up, in the shape of sentences seen on
tests/data/news/en.dev.jsonl, never one of the held-out test split.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _claims(text: str, reported_at: str = "2024-06-01T12:00Z") -> list[tuple[str, str | None, str, str]]:
    return [
        (x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status)
        for x in extract(text, source="pub", reported_at=reported_at, language="en")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A month opening the sentence dates another incident.
        "In June, a gunman killed nine people at a church in the same state.",
        "In March, floods killed 40 people in the same province.",
        "In late October, a landslide killed 12 villagers near the dam.",
        "Last March, a fire at a factory killed 30 workers.",
        # A rate is a statistic over many incidents.
        "Floods kill an average of 100 people per year in the country.",
        "About 50 people die every year in avalanches in the Alps.",
        "Road accidents kill some 1,200 people annually in the province.",
        "On average, lightning kills 20 people in the region.",
        # A span of years counts many incidents.
        "Landslides have killed more than 300 people in the past 10 years.",
        "Over the last three decades, cyclones have killed 5,000 people on the coast.",
        # Missing people found again are no count of the missing.
        "Fifty people who had been unaccounted for, though, were found on Tuesday.",
        "Ten people who were missing were located by police.",
        "Twelve hikers who had been reported missing have been accounted for.",
    ],
)
def test_kinds_that_count_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # A month inside a clause may date the report's own event; only an opener dates another.
        ("At least 12 people were killed in June floods, officials said.", [("killed", None, "at least 12", "reported")]),
        # "in the past 24 hours" is the report's own event; hours are not a span of years.
        ("At least 40 people were killed in the past 24 hours.", [("killed", None, "at least 40", "reported")]),
        # Still missing: "not found" is no finding.
        ("Ten people who were missing have not been found.", [("missing", None, "10", "reported")]),
        # "found" in another clause does not touch the missing count.
        (
            "Ten people are missing, officials said, and three bodies were found.",
            [("missing", None, "10", "reported"), ("killed", None, "3", "reported")],
        ),
    ],
)
def test_the_report_s_own_counts_stay(text: str, claims: list[tuple[str, str | None, str, str]]) -> None:
    assert _claims(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # One soldier's role says nothing of the 19 wounded after him.
        (
            "The clash left one soldier dead and 19 wounded.",
            [("killed", "soldiers", "1", "reported"), ("injured", None, "19", "reported")],
        ),
        (
            "The blast killed a policeman and wounded 12 others.",
            [("injured", None, "12", "reported")],
        ),
        # A plural count still passes its group on.
        (
            "Six soldiers had been killed and 25 injured.",
            [("killed", "soldiers", "6", "reported"), ("injured", "soldiers", "25", "reported")],
        ),
    ],
)
def test_one_victim_passes_no_group_on(text: str, claims: list[tuple[str, str | None, str, str]]) -> None:
    assert _claims(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("An 18-year-old died after shelling struck the city.", [("killed", None, "1", "reported")]),
        ("A 45-year-old man was killed in the blast.", [("killed", "men", "1", "reported")]),
        ("Two 5-year-olds were injured when the wall collapsed.", [("injured", None, "2", "reported")]),
    ],
)
def test_a_victim_named_by_age(text: str, claims: list[tuple[str, str | None, str, str]]) -> None:
    assert _claims(text) == claims


def test_an_age_alone_is_no_count() -> None:
    # An age describing a named or definite person, or with no casualty predicate, counts nothing.
    assert _claims("The 62-year-old neighbour told reporters he heard three shots.") == []
    assert _claims("An 18-year-old student organised the vigil.") == []
