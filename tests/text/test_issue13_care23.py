"""Session 22 (care23, issue 13): the injured counted by their care, ranked by dev batch 18 (unseen text).

Each family is pinned by dev sentences of the real-news corpus (ids cited, sentences copied from the dev files), with
shapes of the same surface that must give nothing or keep their old reading (the precision side): a hospital's beds
and staff, people discharged, a hospital named with a number, people in a hospital before the event.
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- family 1: the hospital frame in English, a named or described hospital between verb and head ------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # en-3ccf8f5c-2 (dev, batch 18)
        (
            "Confirming the incident, Voi Sub-County Police Commander Bernstein Shari said 24 other passengers were"
            " taken to Moi County Referral Hospital with minor injuries.",
            ("injured", None, "24"),
        ),
        # en-071f151e-2 (dev, batch 18)
        (
            "Around 11 people are still undergoing treatment at various government hospitals in Bhavnagar, Botad,"
            " Barvala and Dhandhuka, officials said.",
            ("injured", None, "about 11"),
        ),
        # en-7c8f5afa-4 (dev, batch 14)
        (
            "The head of the provincial health department, Dr. Baz Mohammad Shirzad, said 11 victims were taken to a"
            " local hospital where one, the police officer, died of his injuries.",
            ("injured", None, "11"),
        ),
        # en-a7860d5f-7 (dev, batch 15)
        (
            "More than 40 other people have been treated in Las Vegas hospitals for heat related complaints since the"
            " heatwave started last Friday.",
            ("injured", None, "more than 40"),
        ),
    ],
)
def test_care23_named_hospital(text: str, claim: Claim) -> None:
    assert claim in claims_of(text, "en")


# -- family 2: a stay in hospital after the count ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claim"),
    [
        # en-4a28c01e-2 (dev, batch 18)
        (
            "As many as 40 people died in several parts of Ahmedabad district and nearly 50 people are still in"
            " hospital battling for their lives in Bhavnagar, Botad and Ahmedabad after they consumed spurious"
            " alcohol.",
            "en",
            ("injured", None, "about 50"),
        ),
        # en-95aa78c2-1 (dev, batch 18): a bare count with the verb right after it
        (
            "At least 29 people were killed, 180 people were injured in the blaze, and over 140 were still in hospital"
            " yesterday.",
            "en",
            ("injured", None, "more than 140"),
        ),
        # fr-ca0e0503-5 (dev, batch 15)
        (
            "En tout, 24 personnes ont pu être sauvées et trois hommes sont encore à l’hôpital.",
            "fr",
            ("injured", "men", "3"),
        ),
        # fr-7de8b5f8-4 (dev, batch 18)
        (
            "Plusieurs personnes sont à l’hôpital, entre la vie et la mort », a témoigné un membre de la Croix-Rouge"
            " malienne présent sur les lieux, Oumar Sylla.",
            "fr",
            ("injured", None, "several"),
        ),
        # es-ba84ac4c-4 (dev, batch 18): kept in care, said by a participle
        (
            "Actualmente, 40 personas continúan internadas, incluyendo al chofer de la pipa, Fernando Soto Munguía, en"
            " estado grave.",
            "es",
            ("injured", None, "40"),
        ),
        # es-502e4bdf-1 (dev, batch 11)
        (
            "Debido a la intoxicación en el municipio habanero de La Lisa de 84 ciudadanos que bebieron alcohol"
            " metílico, 11 han fallido, cinco están reportados de graves con peligro para la vida, y 55 permanecen en"
            " los hospitales Joaquín Albarrán y Calixto García.",
            "es",
            ("injured", None, "55"),
        ),
    ],
)
def test_care23_stay_in_hospital(text: str, language: str, claim: Claim) -> None:
    assert claim in claims_of(text, language)


# -- family 3: the count as the object of a verb that takes it to hospital -----------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # en-051a4aa5-2 (dev, batch 18)
        (
            "“(We) found seven deceased individuals on scene. We transported nine individuals to the hospital… Of those"
            " we transported, two have since died,” said fire chief Jonathan Boyd of Allen, Texas.",
            ("injured", None, "9"),
        ),
        # en-d0ecd734-5 (dev, batch 12)
        (
            "Medical charity Doctors Without Borders, which travelled to the area on Saturday, took back 16 people with"
            " gunshot wounds to its Nasir hospital.",
            ("injured", None, "16"),
        ),
        # en-4f9be5a5-1 (dev, batch 18): hospitalized as an active verb
        (
            "ATCHISON, Kan. -- Crews suspended their search Sunday for three people missing after a thunderous"
            " explosion at a Kansas grain elevator killed three workers and hospitalized two others with severe"
            " burns.",
            ("injured", "workers", "2"),
        ),
    ],
)
def test_care23_taken_as_object(text: str, claim: Claim) -> None:
    assert claim in claims_of(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Los rescatistas trasladaron a 12 personas al hospital.", "es", [("injured", None, "12")]),
        ("Die Rettungskräfte brachten zwölf Menschen ins Krankenhaus.", "de", [("injured", None, "12")]),
        ("De ambulance bracht vijf mensen naar het ziekenhuis.", "nl", [("injured", None, "5")]),
    ],
)
def test_care23_taken_as_object_other_languages(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- family 4: a named condition in care after the verb of staying -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-051a4aa5-4 (dev, batch 18)
        (
            "Among the wounded at area hospitals, “three are in critical surgery, and four are stable,” Boyd, the fire"
            " chief, said.",
            "en",
            [("injured", None, "3"), ("injured", None, "4")],
        ),
        # en-60970aaa-4 (dev, batch 16): the 26 "undergoing treatment" with no place is left unread (labelled)
        (
            "According to hospital sources, 26 patients are currently undergoing treatment of whom 14 are on"
            " ventilators.",
            "en",
            [("injured", None, "14")],
        ),
        # es-ee6c1747-3 (dev, batch 18)
        (
            "Sin embargo, con el pasar de las horas, 5 de los 10 heridos sucumbieron antes las heridas, y tres siguen"
            " entre la vida y la muerte.",
            "es",
            [("injured", None, "10"), ("injured", None, "3")],
        ),
    ],
)
def test_care23_condition(text: str, language: str, claims: list[Claim]) -> None:
    assert [c for c in claims_of(text, language) if c[0] == "injured"] == claims


def test_care23_condition_in_a_longer_clause() -> None:
    # en-f64f4f77-6 (dev, batch 16)
    text = (
        "Besides Ram Manohar Lohia hospital and LNJP, 33 more patients with severe heat-related illnesses were also"
        " admitted to Safdarjung Hospital’s emergency unit while at least 26 patients are critical and on life"
        " support at RML."
    )
    assert ("injured", None, "at least 26") in claims_of(text, "en")


# -- the same surface: what is no count of the injured ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # a hospital's capacity: beds are things (the guide), in every language
        ("The hospital has 40 beds and 12 beds are in the hospital wing.", "en", []),
        ("The 200 beds are in the new hospital.", "en", []),
        ("200 lits sont à l’hôpital.", "fr", []),
        ("Zwölf Betten liegen im Krankenhaus.", "de", []),
        # its staff and carers
        ("40 doctors are at the hospital.", "en", []),
        ("Some 300 staff are in the hospital.", "en", []),
        ("The ministry brought 40 doctors to the hospital.", "en", []),
        # people in a hospital before the event: a past copula needs "still"
        ("Three people were in the hospital when it was hit.", "en", []),
        # discharged people are read as before (nothing from this shape)
        ("45 were discharged from the hospital.", "en", []),
        # a stay needs its verb: a split with no verb stays unread (test_issue13_texten)
        ("Five people were killed in Gaza, 20 in hospital.", "en", [("killed", None, "5")]),
        # the state must close its clause
        ("Two senators are critical of the plan.", "en", []),
        # a trip that is no care
        ("They took 300 people to safety.", "en", []),
        # another one still in hospital adds no one (en-96a13a70-3's shape): the stay is not read as +1
        ("Another woman was still in hospital.", "en", []),
    ],
)
def test_care23_same_surface(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- family 6: a centre of care in two words, and "other" between the count and its noun ---------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # en-1f4c27db-2 (dev, batch 17)
        ("Two people were brought to Mercy Medical Center Mount Shasta.", ("injured", None, "2")),
        # en-91e2eaab-3 (dev, batch 18)
        (
            "Those killed have been identified as Janaki (21), Lakshmi Bai (21), Basanti Bai (42), Jamovati (60) and"
            ' Noharmoti (50), police said, adding, "While six other farm labourers were rushed to Saraipalli community'
            ' health centre. One critically injured was referred to a hospital at Raipur Mokahara."',
            ("injured", "workers", "6"),
        ),
    ],
)
def test_care23_centre_of_care(text: str, claim: Claim) -> None:
    assert claim in claims_of(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # a centre alone is a relief or evacuation centre; a check-up is no injury (the guide)
        "12 people were taken to a relief centre.",
        "Five people were taken for medical checks.",
    ],
)
def test_care23_centre_of_care_same_surface(text: str) -> None:
    assert [c for c in claims_of(text, "en") if c[0] == "injured"] == []


def test_care23_hospital_named_with_a_number() -> None:
    # the number in a hospital's name is no count; the people before it are
    assert claims_of("Five people are in Hospital 12.", "en") == [("injured", None, "5")]
