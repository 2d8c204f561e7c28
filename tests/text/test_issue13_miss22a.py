"""Session 20, round 2 (miss22a, issue 13): English and Dutch missed figures, ranked by dev batch 14 (unseen text).

One victim of a listed group named by the singular of its noun ("One policeman was killed", "killing one officer")
takes the group; the groups the guide keeps as written are listed so their singulars are read. Each case is a dev
sentence of the real-news corpus (ids cited) or a shape of the same surface that must keep its old reading.
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- family 1: the singular of a listed English group names one of it -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-0b9a376f-1 (dev, batch 14)
        (
            "One policeman was killed and two were injured on the outskirts of the Afghan capital on Thursday, in a"
            " blast caused by a suicide bomber attempting to enter Kabul in a vehicle laden with explosives, an"
            " interior ministry spokesman said.",
            [("injured", None, "2"), ("killed", "officers", "1")],
        ),
        # en-2f07c0b7-3 (dev, batch 13)
        (
            "Police say a civilian and a policeman were killed and five other people were wounded.",
            [("injured", None, "5"), ("killed", "civilians", "1"), ("killed", "officers", "1")],
        ),
        # en-7c8f5afa-2 (dev, batch 14)
        (
            "The first bomb wounded a policeman, and the second was remotely detonated minutes later as police swarmed"
            " to the blast scene to secure it.",
            [("injured", "officers", "1")],
        ),
        # en-c426d5d9-3 (dev, batch 12)
        (
            "National police said that seven police officers, a medic and two residents had been killed, and 14"
            " police officers were among the wounded.",
            [
                ("injured", "officers", "14"),
                ("killed", None, "2"),
                ("killed", "health_workers", "1"),
                ("killed", "officers", "7"),
            ],
        ),
        # en-330615c4-5 (dev, batch 13): "minor" (of "minors") describes the children
        (
            "Ten persons, including five minor children were also injured in cross-border shelling in Uri sector of"
            " Baramulla district, while three others were injured in Rajouri district, the officials said, adding"
            " several houses also caught fire due to shelling in Karnah sector of Kupwara district.",
            [("injured", None, "10"), ("injured", None, "3"), ("injured", "children", "5")],
        ),
    ],
)
def test_singular_of_a_listed_group(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


# -- family 2: the groups the guide keeps as written, listed, so their singulars are read ----------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-2160e6f8-3 (dev, batch 14)
        (
            "Separately, one terrorist was killed and two were injured in an intelligence-based operation (IBO) that"
            " was ongoing since March 30 in Balochistan.",
            [("injured", None, "2"), ("killed", "terrorists", "1")],
        ),
        # en-2160e6f8-4 (dev, batch 14)
        (
            "“During ensuing heavy exchange of fire, one terrorist has been killed while two others have been"
            " injured, a cache of arms and ammunition has also been recovered,” said the ISPR.",
            [("injured", "terrorists", "2"), ("killed", "terrorists", "1")],
        ),
        # en-65b34047-2 (dev, batch 12): "officers" is left out of the list ("an officer" is a rank as often), so the
        # singular is no victim; en-43fbcdd5-1 ("killing one officer", batch 14) stays unread
        (
            "The chief said along with the commander, two sergeants and an officer were wounded, but none appeared to"
            " have life threatening injuries.",
            [("injured", "sergeants", "2")],
        ),
        # en-3b4ca9be-3 (dev, batch 14)
        (
            '"The blast knocked me down with glass fragments hitting my body from head to toe. The tree near me fell'
            ' down as well," an 11-year-old student who was injured by the explosion told reporters on the scene.',
            [("injured", "students", "1")],
        ),
        # en-09558036-2 (dev, batch 6)
        (
            "A fifth miner was rescued with serious injuries on Friday after the accident at the Tau Lekoa Mine in the"
            " town of Orkney, the National Union of Mineworkers (NUM) said.",
            [("rescued", "miners", "1")],
        ),
        # en-f14e6bab-1 (dev, batch 14)
        (
            "An inmate was stabbed to death and eight others injured when a prison riot involving 160 convicts broke"
            " out in California.",
            [("injured", "inmates", "8"), ("killed", "inmates", "1")],
        ),
        # en-8d21a2d1-4 (dev, batch 14)
        (
            '"We have found two more miners alive down the pit and we will bring them out very soon," said Zhang'
            " Zhenqing, a rescuer on the scene.",
            [("rescued", "miners", "2")],
        ),
        # the plurals keep the name the plural-shape reader gave them
        ("Two officers were killed.", [("killed", "officers", "2")]),
        ("Three militants were killed in the raid.", [("killed", "militants", "3")]),
    ],
)
def test_singular_of_a_group_kept_as_written(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


# -- the speaker is no victim ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-88dfa11f-2 (dev, batch 13): "a police officer said" closes the sentence (the dash list is left unread)
        (
            "The first explosion, which occurred about 11 a.m., targeted a passing police patrol, killing six people"
            " - three policemen and three pedestrians - and wounding nine others, a police officer said.",
            [("injured", None, "9"), ("killed", None, "6")],
        ),
        # en-9dfe002f-3 (dev, batch 12): the speaker after an inverted verb of saying
        (
            "“I counted nine dead”, confirmed a gendarmerie officer, requesting anonymity and attributing the massacre"
            " to “secessionists’.",
            [("killed", None, "9")],
        ),
        ("The blast killed six people, a soldier said.", [("killed", None, "6")]),
        ("Nine people died, said a police officer.", [("killed", None, "9")]),
        # a victim before a verb of saying stays one
        (
            "The blast killed six people and wounded a police officer, a witness said.",
            [("injured", "officers", "1"), ("killed", None, "6")],
        ),
        ("A man was killed, a soldier said.", [("killed", "men", "1")]),
    ],
)
def test_speaker_is_no_victim(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


def test_dutch_subject_after_the_verb_is_still_a_victim() -> None:
    # nl-b007fd7a-5 (dev): the subject after a verb of the predicate ("liet … het leven"), not a speaker
    text = (
        "In Brandenburg, nabij de stad Cottbus, ongeveer 120 kilometer ten zuiden van Berlijn, liet een"
        " vrachtwagenchauffeur het leven, nadat hij verrast was door een rukwind op de autosnelweg."
    )
    assert claims_of(text, "nl") == [("killed", "truck_drivers", "1")]


def test_police_officer_as_a_source_is_no_claim() -> None:
    # en-244bc381-5 (dev): "A police officer told AFP": no predicate of harm, no claim
    text = (
        "A police officer told AFP that a local vendor was arrested late Saturday after police registered a formal"
        " case against him for culpable homicide."
    )
    assert ("killed", "officers", "1") not in claims_of(text, "en")
