"""Session 17 (attr17, issue 13 item 4): attribution judged on a batch no rule had seen (dev batch 12).

A person named after a short lower-case description that opens the clause ("Orthopedic specialist Mahmudul
Hasan confirmed", "Kursk region Governor Alexei Smirnov said") is the source even when the description is no
known title: the clause opens right before it, so the name is the speaker's. Sentences from the dev corpus
(their ids given) plus same-surface negatives; the source follows tests/data/news/README.md.
"""

from __future__ import annotations

import pytest

from ._read import sources_of


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        # en-663fedf3-9
        (
            "Orthopedic specialist Mahmudul Hasan confirmed that one person was killed, though his identity is unknown.",
            "en",
            "Mahmudul Hasan",
        ),
        # made up, the same shape
        ("Community leader Maina Ularamu said 21 people were killed.", "en", "Maina Ularamu"),
        ("Rescue director Cesar Uruena said 20 people were killed.", "en", "Cesar Uruena"),
    ],
)
def test_a_described_person_opening_the_clause_is_the_source(text: str, language: str, source: str) -> None:
    assert sources_of(text, language) == [(source, "s")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the description does not open the clause that says: the person is among the counted, police speak
        ("The attack killed 21 people including community leader Maina Ularamu, police said.", "en"),
    ],
)
def test_a_described_person_inside_the_count_is_no_source(text: str, language: str) -> None:
    assert sources_of(text, language) == [("police", "s")]
