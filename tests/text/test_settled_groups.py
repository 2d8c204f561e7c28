"""Group names follow the corpus guide's settled labels (tests/data/news/README.md, "Settled in session 15"):
one name per concept, whatever word the sentence uses. Sentences from the dev split, with their ids."""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _read(text: str, language: str) -> set[tuple[str, str | None, str]]:
    found = extract(text, language=language, source="corpus", reported_at="2024-01-01T12:00:00Z")
    return {(str(e.claim.count.metric), e.claim.count.group, str(e.claim.figure)) for e in found}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # en-244bc381-1
        (
            "Twenty-one labourers died after drinking toxic homemade liquor in northern India, police said Sunday, "
            "in the latest incident of alcohol poisoning in the country.",
            "en",
            {("killed", "workers", "21")},
        ),
        # en-3f830d39-1
        (
            "Seven employees were killed, another was seriously injured and two were missing after an explosion at "
            "a fireworks factory here Friday afternoon, police and fire officials said.",
            "en",
            {("killed", "workers", "7"), ("injured", "workers", "1"), ("missing", "workers", "2")},
        ),
        # en-e31f851a-3
        (
            "Two crewmembers were rescued, but 181 migrants and five Yemeni crewmembers remain missing, he told The "
            "Associated Press.",
            "en",
            {("rescued", "crew", "2"), ("missing", "crew", "5")},
        ),
        ("Neuf employés ont été blessés.", "fr", {("injured", "workers", "9")}),
    ],
)
def test_settled_group_names(text: str, language: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert expected <= _read(text, language)


def test_crew_members_on_board_are_not_victims() -> None:
    """en-ecf8987b-3: "including 18 crew members" counts those on board, not the dead."""
    text = (
        "With 59 confirmed dead and 142 survivors in the tragedy, the number of passengers on board the ferry when "
        "it went down appears to have been more than 200, including 18 crew members, and not the 190 or 191 as "
        "earlier declared in the boat’s passenger manifest, said Capt. Pedro Tinampay, Philippine coast Guard "
        "Commander of eastern Visayas district."
    )
    assert not any(figure == "18" for _, _, figure in _read(text, "en"))
