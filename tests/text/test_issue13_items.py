"""Issue 13 items 2, 4 and 5: recall shapes on real-news phrasing, attribution, documents.

The sentences here are made up in the shapes the issue lists (the real-news
corpus itself is measured by benchmarks/text_eval.py, not asserted here).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

WHEN = "2025-04-24T12:00Z"


def _facts(text: str, language: str = "en") -> list[tuple[str, str | None, str, str]]:
    found = extract(text, source="Outlet", reported_at=WHEN, language=language)
    return [(x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found]


def _sources(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [
        (x.claim.source.name, x.claim.via) for x in extract(text, source="Outlet", reported_at=WHEN, language=language)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 50 troops were killed.", [("killed", "troops", "at least 50", "reported")]),
        ("Three suspected militants were killed in the clash.", [("killed", "militants", "3", "reported")]),
        ("At least 13 Palestinians were killed in an airstrike.", [("killed", None, "at least 13", "reported")]),
        (
            "The death toll from the ferry that capsized on the river has risen to 65.",
            [("killed", None, "65", "reported")],
        ),
        (
            "Militants attacked the base, killing four soldiers and wounding five others.",
            [("killed", "soldiers", "4", "reported"), ("injured", "soldiers", "5", "reported")],
        ),
        (
            "An air strike killed 15 members of a family, including nine children and three women.",
            [
                ("killed", None, "15", "reported"),
                ("killed", "children", "9", "reported"),
                ("killed", "women", "3", "reported"),
            ],
        ),
        (
            "At least 31 persons including 12 militants and six soldiers were killed.",
            [
                ("killed", None, "at least 31", "reported"),
                ("killed", "militants", "12", "reported"),
                ("killed", "soldiers", "6", "reported"),
            ],
        ),
        ("Some 274 people remain missing.", [("missing", None, "about 274", "reported")]),
        ("More than 1,200 people are confirmed dead.", [("killed", None, "more than 1200", "confirmed")]),
        ("In 2008, a quake in Sichuan killed almost 70,000 people.", []),
    ],
)
def test_issue13_recall_english_shapes(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De luchtmacht meldt dat de luchtafweer 48 van de 70 raketten en 64 van de 145 drones die Rusland "
            "afvuurde heeft onderschept.",
            [
                ("intercepted", "missiles", "48", "reported"),
                ("launched", "missiles", "70", "reported"),
                ("intercepted", "drones", "64", "reported"),
                ("launched", "drones", "145", "reported"),
            ],
        ),
        ("Het gaat om een aanval waarbij 12 mensen omkwamen.", [("killed", None, "12", "reported")]),
        ("De aanval kostte aan 45 mensen het leven.", [("killed", None, "45", "reported")]),
        (
            "Meer dan 31.100 mensen zijn door de aanvallen gewond geraakt.",
            [("injured", None, "more than 31100", "reported")],
        ),
        ("Er zouden 60 mensen gewond zijn geraakt.", [("injured", None, "60", "reported")]),
        ("Er worden 20.000 doden verwacht.", [("killed", None, "20000", "projected")]),
        ("Het dodental is inmiddels opgelopen tot zo’n 250.000.", [("killed", None, "about 250000", "reported")]),
        (
            "Vijf mensen, onder wie vier kinderen, kwamen om.",
            [("killed", None, "5", "reported"), ("killed", "children", "4", "reported")],
        ),
    ],
)
def test_issue13_recall_dutch_shapes(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert _facts(text, "nl") == expected


def test_issue13_attribution_weekday_is_never_a_source() -> None:
    assert _sources("Five people were killed, the governor said Friday.") == [("governor", "Outlet")]


def test_issue13_attribution_citing() -> None:
    assert _sources("Five people were killed, Reuters reported, citing the health ministry.") == [
        ("health ministry", "Reuters")
    ]


def test_issue13_attribution_according_to_and_put_the_toll_at() -> None:
    assert _sources("At least 12 people were killed, according to a monitoring group.")[0][0] == "monitoring group"
    assert _sources("The military put the death toll at 27.")[0][0] == "military"
    assert _sources("Rescue went on as authorities said the number of deaths had risen to 273.")[0][0] == "authorities"


def test_issue13_attribution_title_and_person() -> None:
    text = "Drie anderen raakten gewond, meldt de burgemeester van Kiev, Vitali Klitsjko."
    assert _sources(text, "nl")[0][0] == "Vitali Klitsjko"
    assert _sources("Drie mensen raakten gewond, meldt minister Koenders.", "nl")[0][0] == "Koenders"


def test_issue13_attribution_one_speaker_named_twice_is_one_source() -> None:
    text = "Twelve people died, said Tymur Tkachenko on Telegram. Later, 14 people were injured, Tkachenko said."
    assert {name for name, _ in _sources(text)} == {"Tymur Tkachenko"}


SITREP = """# Situation report: strike on the city
Source: City Military Administration
Date: 2025-04-24 09:00

## Casualties
- Killed: 12
- Injured: at least 90
- Children injured: 12

| District | Killed | Injured |
|---|---|---|
| North | 9 | 40 |
| South | 3 | 50 |

Rescuers recovered two more bodies, the head of the administration said. The meeting starts at 10:00.
"""


def test_issue13_documents_label_lines_tables_and_defaults() -> None:
    found = extract(SITREP, source="OCHA", reported_at="2025-04-25T12:00Z", language="en")
    facts = [(x.claim.metric, x.claim.group, str(x.claim.figure), x.frame) for x in found]
    assert facts == [
        ("killed", None, "12", "label"),
        ("injured", None, "at least 90", "label"),
        ("injured", "children", "12", "label"),
        ("killed", None, "9", "table"),
        ("injured", None, "40", "table"),
        ("killed", None, "3", "table"),
        ("injured", None, "50", "table"),
        ("killed", None, "+2", "bodies"),
    ]
    # The document's "Source:" and "Date:" lines are the defaults of what follows them.
    assert {x.claim.source.name for x in found[:7]} == {"City Military Administration"}
    assert {x.claim.reported_at.isoformat() for x in found} == {"2025-04-24T09:00:00+00:00"}
    for x in found:
        assert SITREP[x.span[0] : x.span[1]] == x.surface


def test_issue13_documents_without_defaults_use_the_callers() -> None:
    [found] = extract("Deaths: 7", source="OCHA", reported_at="2025-04-25T12:00Z", language="en")
    assert (found.claim.source.name, str(found.claim.figure)) == ("OCHA", "7")
    assert extract("Page: 7", source="OCHA", reported_at="2025-04-25T12:00Z", language="en") == []
