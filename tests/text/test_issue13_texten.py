"""Issue 13, English round "texten": shapes of real dev-split sentences, as rules that generalise.

Item 4 (attribution): the source named before a verb of saying, by its shape
(an article before it, a short parenthesis after it, two coordinated heads, a
title with an "of"/"for" complement). Item 2 (recall): the English
constructions this round added. Sentences are short made-up variants of the
shapes seen in tests/data/news/en.dev.jsonl, never held-out test sentences.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _sources(text: str) -> set[str]:
    return {x.claim.source.name for x in extract(text, source="pub", reported_at="2025-04-24T12:00Z", language="en")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # An article before a source with plain modifiers before its head noun.
        ("The Gaza civil defense agency reported that 12 people were killed.", "Gaza civil defense agency"),
        ("The Lagos state emergency agency said 7 people were killed.", "Lagos state emergency agency"),
        # An abbreviation in parentheses between the name and the verb.
        ("The Disaster Management Center (DMC) said 340 people died.", "Disaster Management Center"),
        # Two coordinated heads are one source.
        ("Militants killed at least four soldiers, army and security officials said.", "army and security officials"),
        ("Five soldiers were killed, officials and local people said.", "officials and local people"),
        # A title with a complement: the title (and its modifiers) is the source.
        ("The regional police chief for eastern Leyte province said 100 people died.", "regional police chief"),
        ("Three people died, the police chief of this small suburb says.", "police chief"),
    ],
)
def test_item4_source_before_said_by_shape(text: str, source: str) -> None:
    assert _sources(text) == {source}


@pytest.mark.parametrize(
    "text",
    [
        "About 340 people have been confirmed dead.",  # the count's own noun is no speaker
        "At least 12 people were killed in the city said.",  # a name must open its clause
    ],
)
def test_item4_no_source_from_a_count_or_mid_clause(text: str) -> None:
    assert _sources(text) == {"pub"}
