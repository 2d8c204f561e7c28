"""The worked example (DESIGN §1) written as a report, in Dutch and in English."""

from __future__ import annotations

import pytest

from casualtylog import CasualtyLog
from casualtylog.text import Extraction, extract

NL = (
    "Bij een Russische aanval met raketten en drones op Kyiv zijn in de nacht van 23 op 24 april doden gevallen. "
    "Volgens eerdere berichten van de Oekraïense autoriteiten vielen er 10 doden en 90 gewonden.\n"
    "Later meldde Tymur Tkachenko, hoofd van het militaire bestuur van de stad, op Telegram dat reddingswerkers "
    "twee lichamen meer hadden geborgen. Het dodental is daarmee opgelopen tot 12, schreef Tkachenko. "
    "Er raakten 90 mensen gewond, onder wie minstens 12 kinderen, aldus Tkachenko.\n"
    "De Oekraïense luchtmacht meldde dat 48 van de 70 raketten en 64 van de 145 drones werden onderschept."
)

EN = (
    "A Russian missile and drone attack on Kyiv in the night of 23 to 24 April killed civilians. "
    "According to earlier reports from Ukrainian authorities, 10 people were killed and 90 injured.\n"
    "Rescuers recovered two more bodies, Tymur Tkachenko, head of the city military administration, "
    "wrote on Telegram. We now have 12 dead, Tkachenko said. "
    "90 people were injured, at least 12 of them children, Tkachenko said.\n"
    "The Ukrainian Air Force said it intercepted 48 of 70 missiles and 64 of 145 drones."
)

EXPECTED = [
    ("killed", None, "10"),
    ("injured", None, "90"),
    ("killed", None, "+2"),
    ("killed", None, "12"),
    ("injured", None, "90"),
    ("injured", "children", "at least 12"),
    ("intercepted", "missiles", "48"),
    ("launched", "missiles", "70"),
    ("intercepted", "drones", "64"),
    ("launched", "drones", "145"),
]


def _read(text: str) -> list[Extraction]:
    return extract(text, source="Example Nieuws", reported_at="2025-05-02", event="kyiv", tz="Europe/Kyiv")


@pytest.mark.parametrize(("text", "language"), [(NL, "nl"), (EN, "en")])
def test_report_yields_the_worked_example(text: str, language: str) -> None:
    found = _read(text)
    assert [(x.claim.metric, x.claim.group, str(x.claim.figure)) for x in found] == EXPECTED
    for x in found:
        assert x.claim.language == language
        assert text[x.span[0] : x.span[1]] == x.surface
        assert x.claim.quote == x.sentence == text[x.sentence_span[0] : x.sentence_span[1]]
        assert x.sentence_span[0] <= x.span[0] < x.span[1] <= x.sentence_span[1]
    surfaces = [x.surface for x in found]
    assert surfaces[5] in {"minstens 12", "at least 12"}
    assert surfaces[2] in {"twee", "two more"}


@pytest.mark.parametrize("text", [NL, EN])
def test_update_and_increment_supersede_the_earlier_figure(text: str) -> None:
    found = _read(text)
    ten, two_more, twelve = found[0].claim, found[2].claim, found[3].claim
    assert two_more.figure is not None
    assert two_more.figure.is_increment
    assert two_more.supersedes == (ten.id,) == twelve.supersedes
    assert ten.figure is not None
    assert ten.figure.shifted(2) == twelve.figure
    assert found[3].phrasing.value == "cumulative"
    assert twelve.source.name == "Tymur Tkachenko"  # issue 13: one speaker named twice is one source


@pytest.mark.parametrize("text", [NL, EN])
def test_report_resolves_like_the_worked_example(text: str) -> None:
    log = CasualtyLog([x.claim for x in _read(text)])
    assert {str(r) for r in log.resolve_all()} == {
        "kyiv / injured: 90",
        "kyiv / injured / children: at least 12",
        "kyiv / intercepted / drones: 64",
        "kyiv / intercepted / missiles: 48",
        "kyiv / killed: 12",
        "kyiv / launched / drones: 145",
        "kyiv / launched / missiles: 70",
    }


@pytest.mark.parametrize("text", [NL, EN])
def test_sources_and_channels(text: str) -> None:
    found = _read(text)
    sources = [(x.claim.source.name, x.claim.via) for x in found]
    assert sources[0][0] in {"Oekraïense autoriteiten", "Ukrainian authorities"}
    assert sources[2] == ("Tymur Tkachenko", "Telegram")
    assert sources[6][0] in {"Oekraïense luchtmacht", "Ukrainian Air Force"}
