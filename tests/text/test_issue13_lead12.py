"""Session 12, found by the lead at the merge of ``fres12`` and ``fresh12`` (made-up sentences).

``fresh12`` lets a count's own predicate be its shelter ("300 mensen zochten onderdak": displaced); with
``fres12``'s metric noun after "de", "deux tentes abritant des dizaines de déplacés" then counted the tents
as displaced people. A counted thing keeps the shelter a description; people who took shelter stay counted.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _read(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = extract(text, language=language, source="desk", reported_at="2024-05-01T12:00Z")
    return sorted((x.claim.metric, x.claim.group, str(x.claim.figure)) for x in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La frappe a touché deux tentes abritant des dizaines de déplacés.", "fr"),
        ("The strike hit two tents sheltering dozens of displaced people.", "en"),
    ],
)
def test_tents_that_shelter_people_are_no_count_of_displaced(text: str, language: str) -> None:
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("300 mensen zochten onderdak in een sporthal.", "nl", "300"),
        ("Around 300 people took shelter in a sports hall.", "en", "about 300"),
        ("Unas 300 personas han buscado refugio en albergues.", "es", "about 300"),
    ],
)
def test_people_who_took_shelter_are_still_displaced(text: str, language: str, figure: str) -> None:
    assert _read(text, language) == [("displaced", None, figure)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Session 12 (lead): one person rescued, named by an article or an age noun, is a count of 1 (the guide)
        ("A boy was pulled alive from the rubble on Wednesday.", "en", [("rescued", "children", "1")]),
        ("Les pompiers ont porté secours à une femme.", "fr", [("rescued", "women", "1")]),
        ("Un niño fue rescatado con vida de los escombros.", "es", [("rescued", "children", "1")]),
        ("Un nourrisson de 40 jours a été repêché vivant au large du littoral.", "fr", [("rescued", "children", "1")]),
        # a body is never rescued, though it is pulled out ("repêché") like the living
        ("C'est le corps sans vie d'un nourrisson qui avait été repêché au large du littoral.", "fr", []),
        ("The body of a boy was pulled from the river.", "en", [("killed", "children", "1")]),
    ],
)
def test_one_person_rescued_counts_and_a_body_is_never_rescued(
    text: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _read(text, language) == expected
