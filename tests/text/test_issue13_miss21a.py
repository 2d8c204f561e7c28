"""Session 20 (miss21a, issue 13): English and Dutch missed figures, ranked by dev batch 13 (unseen text).

Each family is pinned by dev sentences of the real-news corpus (ids cited), with shapes of the same surface that
must keep their old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- family 1: hospitals said to be several ("admitted to various hospitals") are one hospital's phrases ----------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-5ca39f54-2 (dev, batch 11)
        (
            "Over 150 people are still undergoing treatment at different hospitals.",
            [("injured", None, "more than 150")],
        ),
        # en-5ca39f54-6 (dev, batch 11)
        (
            "A total of 155 people, including five women, are undergoing treatment in different hospitals.",
            [("injured", None, "155"), ("injured", "women", "5")],
        ),
        # en-9c798c9b-1 (dev, batch 12)
        (
            "As many as 130 people have been admitted to various hospitals in the district following suspected food"
            " poisoning at a marriage function, health officials said here on Friday.",
            [("injured", None, "at most 130")],
        ),
        # en-2e9c3a18-6 (dev, batch 13): the first count ("346 remained admitted", "of whom 20" are left unread)
        (
            "While over 1,000 people were brought to various hospitals, only 346 remained admitted by evening, of whom"
            " 20 required ventilator support.",
            [("injured", None, "more than 1000")],
        ),
    ],
)
def test_miss21a_several_hospitals(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # the dead brought to hospitals stay dead (en-805ac1d2-5's shape)
        ("More than 200 dead had been brought to different hospitals.", [("killed", None, "more than 200")]),
        # "various" or "different" alone is no place of care: no predicate
        ("Some 40 people attended various meetings.", []),
        ("40 people were taken to various places.", []),
    ],
)
def test_miss21a_several_hospitals_same_surface(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


# -- family 2: a part of a count whose whole a metric word names has its own predicate ------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # nl-b3bf8890-2 (dev, batch 5)
        (
            "Eén van de vier gewonden is volgens de politiewoordvoerder in ernstige toestand naar het ziekenhuis"
            " vervoerd: „Op het getroffen gedeelte van het complex was één geval van corona bekend.",
            [("injured", None, "1"), ("injured", None, "4")],
        ),
        # nl-3d053647-2 (dev, batch 7): the whole with its qualifier, the part's predicate at the end of the clause
        (
            "Gisteren werd nog gemeld dat er 47 doden waren, maar toen was al wel duidelijk dat 32 van de ruim 600"
            " gewonden in kritieke toestand verkeerden.",
            [("injured", None, "32"), ("injured", None, "more than 600"), ("killed", None, "47")],
        ),
        # nl-40cd5404-7 (dev, batch 13): the metric word describes the people noun, which names the part's group
        (
            "Eén van de twee gewonde kinderen overleed later op de dag in het ziekenhuis.",
            [("injured", "children", "2"), ("killed", "children", "1")],
        ),
    ],
)
def test_miss21a_part_of_a_named_whole_nl(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "nl") == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # the whole no longer takes the part's killing predicate ("killed 40" before)
        ("Six of the 40 injured died in hospital.", [("injured", None, "40"), ("killed", None, "6")]),
        ("Two of the three wounded children died later.", [("injured", "children", "3"), ("killed", "children", "2")]),
        # same surface, no predicate after the metric word: the whole alone with the part's group, as before
        ("Several of the 12 injured were children.", [("injured", None, "12")]),
        ("Two of the 12 injured were children.", [("injured", None, "12"), ("injured", "children", "2")]),
        # a whole named by a people noun is skipped, as before
        ("30 of the 341 passengers were injured.", [("injured", None, "30")]),
    ],
)
def test_miss21a_part_of_a_named_whole_en(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


def test_miss21a_part_of_a_named_whole_de() -> None:
    # German "der" is the "of" and the article at once: the whole keeps its metric there too ("killed 12" before)
    assert claims_of("Zwei der zwölf Verletzten sind gestorben.", "de") == [
        ("injured", None, "12"),
        ("killed", None, "2"),
    ]


def test_miss21a_part_of_a_named_whole_not_a_predicate() -> None:
    # "identificados" is no casualty predicate: the whole is the count (the batch-5 rule, es-bd2a3ad4-5)
    assert claims_of("Tres de los 13 fallecidos pudieron ser identificados.", "es") == [("killed", None, "13")]


# -- family 3: a counted noun whose relative clause holds the predicate, in English too -----------------------------


def test_miss21a_number_of_people_who_died() -> None:
    # en-b1b27f03-1 (dev, batch 13)
    text = (
        "JAKARTA, Nov. 15 (UPI) -- The number of people who died from recent eruptions of Indonesia's Mount Merapi"
        " volcano rose to 259 Monday, government officials said."
    )
    assert claims_of(text, "en") == [("killed", None, "259")]


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause holds no casualty predicate: no toll
        "The number of people who attended rose to 259 Monday.",
        "The number of people who voted rose to 259,000 on Monday.",
    ],
)
def test_miss21a_number_of_people_who_no_casualty(text: str) -> None:
    assert claims_of(text, "en") == []
