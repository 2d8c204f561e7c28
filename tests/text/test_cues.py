"""Denials, hypotheticals and figures about other events are not claims (precision first)."""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _figures(text: str, language: str) -> list[tuple[str, str]]:
    found = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language)
    return [(x.claim.metric, str(x.claim.figure)) for x in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials denied reports that 50 people were killed."),
        ("en", "Claims that 50 were killed are false, the ministry said."),
        ("en", "Reports that 20 people were injured are not true, police said."),
        ("en", "The army rejected reports that 30 civilians died in the strike."),
        ("en", "If 50 people were killed, the toll would be the highest this year."),
        ("en", "In case 10 people are injured, the hospital will open a second ward."),
        ("en", "Last year's attack killed 50 people."),
        ("en", "The previous attack on the city killed 40 people."),
        ("nl", "Het ministerie ontkende dat 50 mensen zijn omgekomen."),
        ("nl", "Berichten dat 50 mensen zijn gedood zijn onwaar, zei het ministerie."),
        ("nl", "De politie noemde berichten dat 20 mensen gewond raakten niet waar."),
        ("nl", "Als 50 mensen zijn omgekomen, is dit de zwaarste aanval van het jaar."),
        ("nl", "Indien 10 mensen gewond raken, opent het ziekenhuis een tweede afdeling."),
        ("nl", "Bij de vorige aanval op de stad vielen 40 doden."),
    ],
)
def test_denials_hypotheticals_and_other_events_give_nothing(language: str, text: str) -> None:
    assert _figures(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the cue is in another clause: the figure still counts
        ("en", "12 people were killed, and the toll could rise if more bodies are found.", [("killed", "12")]),
        ("en", "The strike killed 12 people, more than last year's attack.", [("killed", "12")]),
        # Dutch "als" that is no condition
        ("nl", "Als gevolg van de aanval vielen 12 doden.", [("killed", "12")]),
        ("nl", "Er vielen 12 doden, zowel burgers als militairen.", [("killed", "12")]),
        # "eerdere berichten" (earlier reports) are about this event
        ("nl", "Volgens eerdere berichten waren er 10 doden.", [("killed", "10")]),
    ],
)
def test_cues_elsewhere_leave_the_figure(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _figures(text, language) == expected
