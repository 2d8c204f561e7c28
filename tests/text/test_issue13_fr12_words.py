"""Session 11 (fr12, issue 13): French words and their agreement: an adverb in "-ment" never agrees (rom11's
"mortellement percuté" gave "mortellements percutés" and missed every plural and feminine), fleeing the
fighting, sheltering, "sérieusement" as a severity. Made-up sentences with same-surface negatives.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text.lang._agreement import FRENCH, SPANISH, agreeing

Claim = tuple[str, str | None, str]


def _claims(text: str) -> list[Claim]:
    return sorted(
        (x.claim.metric, x.claim.group or "-", str(x.claim.figure))
        for x in extract(text, language="fr", source="s", reported_at="2025-01-01")
    )


def test_an_adverb_in_ment_keeps_its_form_and_the_participle_agrees() -> None:
    forms = agreeing({"mortellement percuté": "killed", "fauché mortellement": "killed"}, FRENCH)
    assert {"mortellement percutés", "mortellement percutées", "fauchées mortellement"} <= set(forms)
    assert not any("mortellements" in f or "mortellemente" in f for f in forms)


def test_a_phrase_ending_in_a_noun_still_does_not_agree() -> None:
    assert agreeing({"perdu la vie": "killed"}, FRENCH) == {"perdu la vie": "killed"}
    assert agreeing({"resultaron heridos": "injured"}, SPANISH)["resultaron heridas"] == "injured"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group by the guide, round 13 (fields22)
        ("Deux piétons ont été mortellement percutés par un camion.", [("killed", "pedestrians", "2")]),
        ("Deux personnes ont été mortellement touchées.", [("killed", "-", "2")]),
        ("Deux femmes ont été fauchées mortellement.", [("killed", "women", "2")]),
        ("Un cycliste a été happé mortellement par un train.", [("killed", "-", "1")]),
        ("Deux personnes ont été extraites des décombres.", [("rescued", "-", "2")]),
        ("Plus de 1 000 personnes ont été privées de logement.", [("displaced", "-", "more than 1000")]),
        ("Quelque 6 000 personnes ont trouvé refuge dans des abris.", [("displaced", "-", "about 6000")]),
        ("Près de 300 000 personnes ont fui les combats.", [("displaced", "-", "about 300000")]),
        (
            "Quatre personnes ont été blessées, dont une sérieusement, à Charleroi.",
            [("injured", "-", "1"), ("injured", "-", "4")],
        ),
    ],
)
def test_fatal_strikes_shelter_flight_and_severity(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le tireur a fui les lieux avec 3 complices.",
        "Deux bâtiments ont été privés de toit.",
        "La mairie a trouvé refuge pour 30 familles.",
        "Trois voitures ont été fauchées par la tempête en 2019.",
        "Le conducteur, âgé de 52 ans, a été mortellement touché.",
    ],
)
def test_the_same_words_without_a_count(text: str) -> None:
    assert _claims(text) == []


# -- a hyphenated compound whose last part is a listed noun of people ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois marins-pêcheurs sont portés disparus depuis jeudi.", [("missing", "fishermen", "3")]),
        ("Deux infirmiers-secouristes ont été blessés.", [("injured", "rescuers", "2")]),
        ("Trois sapeurs-pompiers ont été blessés.", [("injured", "firefighters", "3")]),
    ],
)
def test_a_hyphenated_compound_of_people(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le Saint-Pierre a chaviré avec 3 marins-pêcheurs à bord.",
        "Il a marqué 3 buts en Seine-Saint-Denis.",
        "Deux agents-chefs ont été promus.",
    ],
)
def test_hyphenated_words_that_are_no_count_of_victims(text: str) -> None:
    assert _claims(text) == []
