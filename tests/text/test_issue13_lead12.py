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
