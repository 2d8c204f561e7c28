"""Group names follow the news corpus guide in every language (tests/data/news/README.md):
police → ``officers``, firefighters → ``firefighters`` (issue 13, consistency across languages)."""

from __future__ import annotations

import pytest

from casualtylog.text import extract


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("en", "Two police officers were killed in the attack.", "officers"),
        ("en", "Three policemen were injured.", "officers"),
        ("en", "Four firefighters were injured.", "firefighters"),
        ("nl", "Vier brandweerlieden raakten gewond.", "firefighters"),
        ("fr", "Quatre pompiers ont été blessés.", "firefighters"),
        ("es", "Cuatro bomberos resultaron heridos.", "firefighters"),
    ],
)
def test_issue13_group_names_are_the_guides_in_every_language(language: str, text: str, group: str) -> None:
    found = extract(text, source="s", reported_at="2025-04-24", language=language)
    assert [x.claim.group for x in found] == [group]
