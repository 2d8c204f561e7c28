"""Issue 13, session 12 round 2 (one12): one person counted as the corpus guide says.

Made-up sentences only. The guide counts one person named by an article with a casualty predicate as 1, with
the role's group; a definite or possessive person, a speaker, and a clause after the comma are no count.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Key = tuple[str, str | None, str, str]


def _claims(text: str, language: str) -> list[Key]:
    found = extract(text, source="corpus", reported_at="2025-04-24T12:00Z", language=language)
    return [(x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Two people were killed in the crash, a man and a child.",
            "en",
            [
                ("killed", None, "2", "reported"),
                ("killed", "men", "1", "reported"),
                ("killed", "children", "1", "reported"),
            ],
        ),
        (
            "Three people were injured: a woman, a man and a child.",
            "en",
            [
                ("injured", None, "3", "reported"),
                ("injured", "women", "1", "reported"),
                ("injured", "men", "1", "reported"),
                ("injured", "children", "1", "reported"),
            ],
        ),
        (
            "Bij het ongeluk kwamen twee mensen om, een man en een kind.",
            "nl",
            [
                ("killed", None, "2", "reported"),
                ("killed", "men", "1", "reported"),
                ("killed", "children", "1", "reported"),
            ],
        ),
        (
            "Bei dem Unfall sind zwei Menschen ums Leben gekommen, ein Erwachsener und ein Kleinkind.",
            "de",
            [
                ("killed", None, "2", "reported"),
                ("killed", "adults", "1", "reported"),
                ("killed", "children", "1", "reported"),
            ],
        ),
        (
            "Zwei Menschen wurden verletzt - eine Frau und ein Kind.",
            "de",
            [
                ("injured", None, "2", "reported"),
                ("injured", "women", "1", "reported"),
                ("injured", "children", "1", "reported"),
            ],
        ),
        (
            "Deux personnes sont mortes, un homme et un enfant.",
            "fr",
            [
                ("killed", None, "2", "reported"),
                ("killed", "men", "1", "reported"),
                ("killed", "children", "1", "reported"),
            ],
        ),
        (
            "Dos personas murieron, un hombre y un niño.",
            "es",
            [
                ("killed", None, "2", "reported"),
                ("killed", "men", "1", "reported"),
                ("killed", "children", "1", "reported"),
            ],
        ),
    ],
)
def test_people_listed_after_their_count_are_each_one(text: str, language: str, expected: list[Key]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two people were killed, a man was arrested.", "en"),  # a clause of its own after the comma
        ("Two people were killed, a witness said.", "en"),  # a speaker
        ("Two people died, a woman and her son.", "en"),  # a possessive is no count (the guide)
        ("Two people were killed in the crash, the man and the child.", "en"),  # definite: named people
        ("Zwei Menschen wurden getötet, ein Mann wurde festgenommen.", "de"),
        ("Bij het ongeluk kwamen twee mensen om, de man en het kind.", "nl"),
        ("Deux personnes sont mortes, a indiqué un témoin.", "fr"),
        ("Dos personas murieron, informó un vecino.", "es"),
    ],
)
def test_no_member_outside_the_list_shape(text: str, language: str) -> None:
    members = [c for c in _claims(text, language) if c[2] == "1"]
    assert members == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Daarbij is een kraanbestuurder om het leven gekomen.",
            "nl",
            [("killed", "crane_operators", "1", "reported")],
        ),
        ("Een vrachtwagenchauffeur raakte gewond.", "nl", [("injured", "truck_drivers", "1", "reported")]),
        ("Een vrachtwagenbestuurder is om het leven gekomen.", "nl", [("killed", "truck_drivers", "1", "reported")]),
        ("Drie kraanbestuurders raakten gewond.", "nl", [("injured", "crane_operators", "3", "reported")]),
        ("Ein Kleinkind wurde getötet.", "de", [("killed", "children", "1", "reported")]),
        ("Ein Erwachsener wurde schwer verletzt.", "de", [("injured", "adults", "1", "reported")]),
    ],
)
def test_roles_the_guide_gives_a_group(text: str, language: str, expected: list[Key]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De vrachtwagenbestuurder is om het leven gekomen.", "nl"),  # definite: a named person
        ("Een vrachtwagenbestuurder werd beboet.", "nl"),  # no casualty predicate
        ("De kraanbestuurder werd door de politie ondervraagd.", "nl"),
        ("Das Kleinkind wurde getötet.", "de"),
        ("Der Erwachsene wurde verletzt.", "de"),
        ("Für Erwachsene kostet der Eintritt zehn Euro.", "de"),
    ],
)
def test_roles_stay_stories_when_definite_or_without_a_predicate(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fue hallado el cuerpo de un hombre.", [("killed", "men", "1", "reported")]),
        ("El cadáver de una mujer fue encontrado en su casa.", [("killed", "women", "1", "reported")]),
        ("Por la tarde fue hallado el cuerpo de una niña de 4 años.", [("killed", "children", "1", "reported")]),
    ],
)
def test_spanish_body_of_one_person(text: str, expected: list[Key]) -> None:
    # the singular body noun, as "the body of a man" in English and "het lichaam van een man" in Dutch
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fue hallado el cuerpo del hombre desaparecido.",  # definite: a named person
        "Sufrió quemaduras en el 98% de su cuerpo.",
    ],
)
def test_spanish_body_noun_negatives(text: str) -> None:
    assert _claims(text, "es") == []


def test_the_fire_brigade_is_no_body_and_its_one_rescue_counts() -> None:
    # "Cuerpo de Bomberos" is the fire brigade, no dead body; since session 12 (lead) one person rescued, named by
    # an article, is a count of 1 (the corpus guide), so the man counts as rescued, not as killed.
    assert _claims("El Cuerpo de Bomberos rescató a un hombre.", "es") == [("rescued", "men", "1", "reported")]
