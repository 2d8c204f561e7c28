"""Session 19 (miss20a, issue 13): English and Dutch missed figures, ranked by dev batch 12 (unseen text).

Each family is pinned by dev sentences of the real-news corpus (ids cited), with a shape of the same surface that
must keep its old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- one person named by an article is part of a count "among" or "one of" which says what befell them --


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-f3e99712-1 (dev, batch 12): a possessive member with an adjective, then "among" a count
        (
            "A father and his little girl were among at least 23 people killed when tornadoes swept through"
            " Mississippi Friday night, officials said.",
            [("killed", None, "at least 23"), ("killed", "men", "1")],
        ),
        # en-b2db3373-1 (dev)
        (
            "A mother and her toddler were among five people killed in a military airstrike in Myanmar’s east,"
            " Karen rebels and an aid group said Saturday.",
            [("killed", None, "5"), ("killed", "women", "1")],
        ),
        # en-ecf8987b-5 (dev): "one of" a count whose predicate is a relative clause
        (
            "An eight-month old baby was one of 35 people who were declared dead on arrival at four hospitals in"
            " Ormoc, hours after Nirvana sank on Thursday.",
            [("killed", None, "35"), ("killed", "children", "1")],
        ),
        # the among-the shape with a possessive member, as with a predicate right after her
        ("A father and his daughter were among the dead.", [("killed", "men", "1")]),
    ],
)
def test_miss20a_one_among_a_count(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


@pytest.mark.parametrize(
    "text",
    [
        # the count after "among" / "one of" says nothing befell them: no claim
        "A woman and her husband were among 40 people who attended the wedding.",
        "A woman was one of 40 guests at the wedding.",
    ],
)
def test_miss20a_one_among_no_casualty(text: str) -> None:
    assert claims_of(text, "en") == []


def test_miss20a_pronoun_one_of_stays_the_whole() -> None:
    # "He was one of 12 people killed": no one named by an article, the count alone (session 12's rule)
    assert claims_of("He was one of 12 people killed.", "en") == [("killed", None, "12")]


# -- a toll changed from a figure: a verb that revises it before it, a dash before the change, no "to" after --


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-b80e5822-3 (dev, batch 12): a verb revising the toll down, before the toll
        (
            "The public prosecutor's office had reduced the death toll from 12 to 11 on Monday evening, saying that"
            " there had been confusion with a victim from another case in the hospital.",
            [("killed", None, "11"), ("killed", None, "12")],
        ),
        # en-64a879eb-3 (dev): the change set off by a dash after its toll
        (
            "Yesterday the agency sharply raised the number of victims unaccounted for – from 51 to 1,079 –as the"
            " true extent of the disaster became known.",
            [("missing", None, "1079"), ("missing", None, "51")],
        ),
        # en-9e726dc3-4 (dev): only the "from" end written
        (
            "The death toll jumped from around 120 on Monday, after the discovery of more bodies in West Bengal and"
            " the western state of Gujarat where water levels have receded, allowing families to return home.",
            [("killed", None, "about 120")],
        ),
        # the "to" end still reads both, with a day between
        ("The death toll rose from 12 on Monday to 19.", [("killed", None, "12"), ("killed", None, "19")]),
    ],
)
def test_miss20a_toll_changed_from(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


@pytest.mark.parametrize(
    "text",
    [
        # a static toll verb does not move it: "is from" names where the dead came from, no change
        "The death toll is from 12 villages in the district.",
        # a revised figure that is no toll
        "The company reduced the price from 12 to 11 dollars.",
    ],
)
def test_miss20a_toll_changed_from_negatives(text: str) -> None:
    assert claims_of(text, "en") == []


# -- what stands between a count and its predicate: an aside of up to 16 tokens, a participle before its noun in it --


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-9c798c9b-2 (dev, batch 12): a relative clause of 14 tokens between commas
        (
            "They said the 27 people, who consumed food at a marriage feast organised at Kalady near Edappal on"
            " Wednesday evening, have been hospitalised in Maranchery, Kalady, and Ponnani.",
            "en",
            [("injured", None, "27")],
        ),
        # en-972741f2-5 (dev, batch 12): "the affected area" describes the area, no predicate of the residents
        (
            "As a precaution against possible afterslides, 230 residents living near the affected area have been"
            " evacuated to safer locations.",
            "en",
            [("evacuated", None, "230")],
        ),
        # fr-f1f3df6d-3 (dev): the same reach in a shared reader
        (
            "Une adolescente, âgée de 15 ans selon le ministre des Transports Patrice Vergriete, est morte dans"
            " l'accident.",
            "fr",
            [("killed", "teenagers", "1")],
        ),
    ],
)
def test_miss20a_long_aside(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    "text",
    [
        # the same aside before a predicate that is no casualty
        "They said the 27 people, who consumed food at a marriage feast organised at Kalady near Edappal on"
        " Wednesday evening, have been fined.",
        "About 230 residents living near the affected area attended the meeting.",
        # an aside past the reach stays unread
        "The 27 people, who consumed food at a marriage feast organised at Kalady near Edappal on Wednesday evening"
        " and later attended a concert in the city, were hospitalised.",
    ],
)
def test_miss20a_long_aside_negatives(text: str) -> None:
    assert claims_of(text, "en") == []
