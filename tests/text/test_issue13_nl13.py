"""Issue 13, session 11 (nl13): Dutch shapes found by construction, with same-surface negatives.

Every sentence is made up in the shape of Dutch and Flemish news (never copied from the corpus); the probe
files ``benchmarks/probes/nl13_*.txt`` hold the rest. Negatives keep the surface and change what the number
counts: a year, an earlier event, a share of cases.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Row = tuple[str, str | None, str]


def _claims(text: str) -> list[Row]:
    rows = [
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="pub", reported_at="2024-06-01T12:00Z", language="nl")
    ]
    return sorted(rows, key=lambda row: (row[0], row[1] or "", row[2]))


# -- stabbed is hurt ("neergestoken"), hostages freed are rescued ("bevrijd") ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vier mensen zijn afgelopen nacht in Amsterdam-Noord neergestoken.", [("injured", None, "4")]),
        ("Bij een ruzie in Gent werden twee mannen neergestoken.", [("injured", "men", "2")]),
        ("Drie gijzelaars zijn zaterdag bevrijd.", [("rescued", None, "3")]),
        ("Twee bestuurders werden gekneld en moesten door de brandweer bevrijd worden.", [("rescued", None, "2")]),
    ],
)
def test_stabbed_and_freed(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1945 werd de stad bevrijd.",
        "De stad werd in 1944 door 3000 soldaten bevrijd.",
        "Vorig jaar werden 40 gijzelaars bevrijd.",
        "De man die in 2019 drie mensen heeft neergestoken, is vrijgelaten.",
    ],
)
def test_stabbed_and_freed_negatives(text: str) -> None:
    assert _claims(text) == []


# -- a toll with "inmiddels", "intussen" or "nu" between the noun and its figure -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het aantal gewonden is inmiddels 64.", [("injured", None, "64")]),
        ("Het dodental is intussen 12.", [("killed", None, "12")]),
        ("Het aantal doden staat intussen op 31.", [("killed", None, "31")]),
        ("Het dodental van de aardbeving ligt nu boven de 5000.", [("killed", None, "more than 5000")]),
        ("Het dodental ligt inmiddels rond de 90.", [("killed", None, "about 90")]),
    ],
)
def test_toll_by_now(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal gewonden is inmiddels met 12 procent gedaald.",
        "Het dodental ligt nu hoger dan in 2019.",
        "Het aantal gewonden is inmiddels lager dan 10 procent.",
    ],
)
def test_toll_by_now_negatives(text: str) -> None:
    assert _claims(text) == []


# -- body parts after a number are no victims ("aan twee benen gewond") -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een man raakte aan twee benen gewond.", []),
        ("Een vrouw raakte bij de aanval aan beide handen gewond.", [("injured", "women", "1")]),
        ("Drie mensen raakten gewond aan hun handen.", [("injured", None, "3")]),
        ("Vier agenten liepen verwondingen op aan armen en benen.", [("injured", "officers", "4")]),
    ],
)
def test_body_parts_are_no_victims(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected
