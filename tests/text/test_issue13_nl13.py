"""Issue 13, session 11 (nl13): Dutch shapes found by construction, with same-surface negatives.

Every sentence is made up in the shape of Dutch and Flemish news (never copied from the corpus); the probe
files ``benchmarks/probes/nl13_*.txt`` hold the rest. Negatives keep the surface and change what the number
counts: a year, an earlier event, a share of cases.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

Row = tuple[str, str | None, str]


def _claims(text: str) -> list[Row]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_of(text, "nl", reported_at="2024-06-01T12:00Z")


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


# -- out of the water, in tent camps; ambulances are vehicles -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reddingswerkers hebben 14 overlevenden uit het water gehaald.", [("rescued", None, "14")]),
        ("Zeven mensen zijn levend uit het water gehaald.", [("rescued", None, "7")]),
        ("Ruim 30.000 mensen verblijven in tentenkampen.", [("displaced", None, "more than 30000")]),
    ],
)
def test_scene_water_and_camps(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Er staan 40 ambulances klaar om gewonden ter plaatse te behandelen.",
        "De brandweer heeft 12 auto's uit het water gehaald.",
        "De tentenkampen bieden plaats aan 3000 mensen.",
        "In de tentenkampen werken 40 hulpverleners.",
    ],
)
def test_scene_water_and_camps_negatives(text: str) -> None:
    assert _claims(text) == []


# -- what a monument or a report recalls is another event ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het monument herinnert aan de 75 omgekomen mijnwerkers.",
        "Een plaquette herinnert aan de 12 slachtoffers van de brand.",
        "De beelden doen denken aan de ramp waarbij 1836 mensen omkwamen.",
    ],
)
def test_recalled_event_is_no_count(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zeker 20 mensen kwamen om bij de aanslag, die doet denken aan de aanslag in Nice.",
            [("killed", None, "at least 20")],
        ),
        ("De politie herinnert eraan dat drie mensen gewond raakten.", [("injured", None, "3")]),
    ],
)
def test_recalled_event_keeps_this_count(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


# -- one lower-case adjective between a number and a plural metric noun ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De politie voerde 41 bestuurlijke aanhoudingen uit.", [("detained", None, "41")]),
        ("Er werden twaalf gerechtelijke aanhoudingen verricht.", [("detained", None, "12")]),
        ("Bij de rellen vielen 12 lichte gewonden.", [("injured", None, "12")]),
    ],
)
def test_adjective_before_metric_noun(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 vielen 600 jaarlijkse verkeersdoden.",
        "Het kabinet wil 40 extra agenten.",
        "De politie verwacht 300 bestuurlijke boetes.",
    ],
)
def test_adjective_before_metric_noun_negatives(text: str) -> None:
    assert _claims(text) == []
