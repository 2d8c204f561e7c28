"""Session 12, round 2 (memb12, issue 13): members and parts of a count, shared by the five languages, written by
construction (benchmarks/probes/memb12_*.txt), not corpus sentences: a part of the victims still in care is injured,
a part in an aside right after a fronted metric noun, a part of one place alone after a group cue, and a part after a
toll whose figure and noun stand before the cue with no comma. Each family has positives and same-surface negatives
(the same words where the part is no count or no casualty).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim
from tests.text._read import claims_of as _claims

# -- a part of the victims still in care is injured ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Four of the victims are still in hospital, police said.", [("injured", None, "4")]),
        ("en", "Three of the victims remain in hospital after the crash.", [("injured", None, "3")]),
        ("en", "Two of the wounded are still in intensive care.", [("injured", None, "2")]),
        ("nl", "Vier van de slachtoffers zijn nog in het ziekenhuis, meldt de politie.", [("injured", None, "4")]),
        ("nl", "Twee van de slachtoffers zijn nog altijd in het ziekenhuis.", [("injured", None, "2")]),
        ("fr", "Quatre des victimes sont toujours à l'hôpital, selon la préfecture.", [("injured", None, "4")]),
        ("fr", "Trois des blessés sont encore en réanimation.", [("injured", None, "3")]),
        ("de", "Vier der Opfer liegen noch im Krankenhaus, teilte die Polizei mit.", [("injured", None, "4")]),
        ("de", "Fünf der Opfer liegen in der Klinik.", [("injured", None, "5")]),
        ("es", "Cuatro de las víctimas siguen en el hospital, informó la policía.", [("injured", None, "4")]),
        ("es", "Tres de los heridos permanecen en cuidados intensivos.", [("injured", None, "3")]),
    ],
)
def test_part_of_victims_in_care_is_injured(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three of the victims remain unidentified after the crash."),
        ("en", "Two of the hospitals are still in the capital."),
        ("en", "Five of the victims' relatives are in the hospital waiting room."),
        ("en", "Half of the victims are still in hospital."),
        ("en", "Ten percent of the victims are still in hospital."),
        ("nl", "Drie van de ziekenhuizen liggen nog in het rampgebied."),
        ("nl", "De helft van de slachtoffers is nog in het ziekenhuis."),
        ("fr", "Trois des hôpitaux sont encore en service."),
        ("fr", "Quatre des victimes ne sont pas encore identifiées, selon la préfecture."),
        ("de", "Drei der Krankenhäuser befinden sich noch im Notbetrieb."),
        ("de", "Zwei der Opfer sind zwischen 20 und 30 Jahre alt."),
        ("es", "Tres de los hospitales permanecen en alerta."),
        ("es", "Dos de las víctimas tenían menos de 20 años."),
    ],
)
def test_part_in_care_needs_victims_and_a_place_of_care(language: str, text: str) -> None:
    assert _claims(text, language) == []


# -- a part in an aside after a fronted metric noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The injured, four of them critically, were flown to the capital.", [("injured", None, "4")]),
        ("nl", "De gewonden, vier van hen ernstig, werden naar Utrecht gevlogen.", [("injured", None, "4")]),
        ("fr", "Les blessés, quatre d'entre eux grièvement, ont été transportés à Lyon.", [("injured", None, "4")]),
        ("de", "Die Verletzten, vier von ihnen schwer, wurden nach Berlin geflogen.", [("injured", None, "4")]),
        ("es", "Los heridos, cuatro de ellos graves, fueron trasladados a Madrid.", [("injured", None, "4")]),
    ],
)
def test_part_in_an_aside_after_a_fronted_metric_noun(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Gebäude, vier von ihnen schwer, wurden beschädigt."),
        ("es", "Los edificios, cuatro de ellos antiguos, fueron demolidos."),
        ("fr", "Les bâtiments, quatre d'entre eux anciens, ont été détruits."),
    ],
)
def test_an_aside_after_things_is_no_part(language: str, text: str) -> None:
    assert _claims(text, language) == []


# -- a part of one place alone after a group cue; a toll's noun before the cue ------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le cyclone a fait 92 morts, dont 73 pour la seule région du Nord.",
            [("killed", None, "73"), ("killed", None, "92")],
        ),
        (
            "fr",
            "Le bilan fait état de 40 victimes dont 25 pour la seule ville de Tulear.",
            [("killed", None, "25"), ("killed", None, "40")],
        ),
        (
            "fr",
            "L'accident a fait 30 blessés, dont 12 pour le seul car scolaire.",
            [("injured", None, "12"), ("injured", None, "30")],
        ),
        (
            "es",
            "Las lluvias dejaron 40 muertos, de los cuales 25 solo en Lima.",
            [("killed", None, "25"), ("killed", None, "40")],
        ),
        (
            "de",
            "Es gab 40 Tote, davon 25 allein in der Hauptstadt.",
            [("killed", None, "25"), ("killed", None, "40")],
        ),
    ],
)
def test_part_of_one_place_alone(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le taux de mortalité atteint 12 pour 1 000 habitants."),
        ("fr", "Le vote a été acquis par 73 pour et 12 contre."),
        ("fr", "Les pompiers ont mobilisé 92 véhicules, dont 73 pour la seule région du Nord."),
        ("es", "Las lluvias destruyeron 40 puentes, de los cuales 25 solo en Lima."),
        ("de", "Es gab 40 Gebäude, davon 25 allein in der Hauptstadt."),
    ],
)
def test_a_part_of_things_alone_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_pour_cent_stays_a_share() -> None:
    # "pour" after a number is a percentage only before "cent": the part's 73 is no count here
    assert _claims("Le cyclone a fait 92 morts, dont 73 pour cent dans la région du Nord.", "fr") == [
        ("killed", None, "92")
    ]
