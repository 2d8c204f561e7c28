"""Session 11 (fr12, issue 13): French news shapes written by construction: Belgian and Swiss tens, the triage
of rescue services ("en urgence absolue / relative"), winched up, pulled from rubble, sheltered, burned, a fatal
fall, no news of people, the university hospital, the hurt split by legal age, and percentages in words.
Made-up sentences with same-surface negatives.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Claim = tuple[str, str | None, str]


def _claims(text: str) -> list[Claim]:
    return sorted(
        (x.claim.metric, x.claim.group or "-", str(x.claim.figure))
        for x in extract(text, language="fr", source="s", reported_at="2025-01-01")
    )


# -- Belgian and Swiss tens ("septante", "huitante", "nonante") ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Septante personnes ont été blessées lors de l'explosion.", [("injured", "-", "70")]),
        ("Le bilan s'élève à septante-deux morts.", [("killed", "-", "72")]),
        ("Nonante-huit personnes ont été interpellées à Bruxelles.", [("detained", "-", "98")]),
        ("Huitante personnes ont été évacuées à Lausanne.", [("evacuated", "-", "80")]),
        ("Septante-cinq migrants ont été secourus.", [("rescued", "-", "75")]),
    ],
)
def test_belgian_and_swiss_tens_count(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il a fêté ses septante ans en famille.",
        "Le car transportait septante-deux passagers.",
        "Depuis septante ans, le village n'avait pas connu pareille crue.",
        # a percentage in words: "cent" after "pour" is no hundred people
        "Nonante pour cent des habitants ont été évacués.",
        "Soixante pour cent des habitants ont été évacués.",
    ],
)
def test_tens_that_are_not_counts(text: str) -> None:
    assert _claims(text) == []


# -- the triage of rescue services, care, burns ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neuf personnes ont été prises en charge en urgence absolue.", [("injured", "-", "9")]),
        ("Quatorze personnes ont été prises en charge en urgence relative.", [("injured", "-", "14")]),
        (
            "Deux blessés sont en urgence absolue et sept en urgence relative.",
            [("injured", "-", "2"), ("injured", "-", "7")],
        ),
        ("Sept personnes ont été hospitalisées en urgence relative.", [("injured", "-", "7")]),
        ("Trois personnes ont été transportées au CHU de Rennes.", [("injured", "-", "3")]),
        ("Deux enfants ont été grièvement brûlés.", [("injured", "children", "2")]),
        ("Deux pompiers ont été légèrement brûlés aux mains.", [("injured", "firefighters", "2")]),
        (
            "Neuf personnes ont été légèrement blessées (quatre majeurs et cinq mineurs).",
            [("injured", "-", "9"), ("injured", "adults", "4"), ("injured", "children", "5")],
        ),
    ],
)
def test_triage_care_and_burns_are_injured(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trois voitures ont été brûlées dans la nuit.",
        "Une quarantaine de véhicules ont été brûlés à Strasbourg.",
        "30 hectares de forêt ont été brûlés.",
        "Le CHU de Rennes compte 1 800 lits.",
        "Le CHU emploie 6 000 personnes.",
        "La victime, âgée de 70 ans, a été transportée au CHU.",
        "Le site présente trois risques majeurs.",
        "Deux incidents majeurs ont été signalés.",
        "Les pompiers ont effectué 2 500 interventions cet été.",
        "Le bilan annuel fait état de 1 200 interventions.",
        "Le standard a reçu 4 000 appels en une nuit.",
    ],
)
def test_same_surface_without_a_count_of_the_hurt(text: str) -> None:
    assert _claims(text) == []


# -- rescued, sheltered, missing, a fatal fall -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six personnes ont été hélitreuillées par la sécurité civile.", [("rescued", "-", "6")]),
        ("La SNSM a porté assistance à huit plaisanciers.", [("rescued", "-", "8")]),
        ("Trois survivants ont été extraits des décombres.", [("rescued", "-", "3")]),
        # session 14 (fresh9rom): "ouvriers" are workers, as the news corpus labels them (fr-76a0fe8e-1)
        ("Deux ouvriers ont été extraits vivants des gravats.", [("rescued", "workers", "2")]),
        ("Plus de 3 000 personnes ont été mises à l'abri.", [("evacuated", "-", "more than 3000")]),
        ("Près de 600 habitants ont été mis à l'abri dans un gymnase.", [("evacuated", "-", "about 600")]),
        ("On est toujours sans nouvelles de sept personnes.", [("missing", "-", "7")]),
        ("Un randonneur a chuté mortellement dans les Pyrénées.", [("killed", "hikers", "1")]),  # guide17: hikers
    ],
)
def test_rescued_sheltered_missing_and_fatal_falls(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le blessé, âgé de 45 ans, a été hélitreuillé.",
        "Un septuagénaire a été mis à l'abri par les pompiers.",
        "Dix centres de mise à l'abri ont été ouverts.",
        "La SNSM compte 8 000 bénévoles.",
        "L'hélicoptère a effectué 12 rotations.",
    ],
)
def test_the_same_words_without_a_count(text: str) -> None:
    assert _claims(text) == []


# -- round 2: gunfire, prognosis, jailed, buried people searched for -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois jeunes ont été touchés par des tirs.", [("injured", "-", "3")]),
        ("Quatre personnes ont été atteintes par balles.", [("injured", "-", "4")]),
        ("Deux femmes ont été touchées par balle.", [("injured", "women", "2")]),
        ("Trois personnes sont entre la vie et la mort.", [("injured", "-", "3")]),
        ("Deux personnes sont en état d'urgence absolue.", [("injured", "-", "2")]),
        ("Au moins 70 personnes ont été écrouées.", [("detained", "-", "at least 70")]),
        ("Quatre personnes sont encore recherchées sous les décombres.", [("missing", "-", "4")]),
    ],
)
def test_gunfire_prognosis_jail_and_the_buried(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trois bâtiments ont été touchés par des tirs.",
        "Deux véhicules ont été atteints par des tirs.",
        "Le tireur a été touché par balle par les policiers.",
        "Le pays est en état d'urgence depuis 2015.",
        "Deux suspects sont toujours recherchés par la police.",
        "Trois hommes ont été écroués en 2019.",
    ],
)
def test_the_same_words_of_things_years_and_suspects(text: str) -> None:
    assert _claims(text) == []
