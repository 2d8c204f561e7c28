"""Session 17 (ennl17, issue 13): English and Dutch families judged on batch 12, which no rule had seen.

Each family is pinned by dev sentences of the real-news corpus (ids cited), with the shapes of the same surface
that must keep their old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- "another N" of a metric other than the dead, alone in its sentence: a plain count (guide, "Another and more") --


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-b2db3373-4 (dev)
        ("Another four people were wounded, the ethnic rebel group said.", "en", [("injured", None, "4")]),
        # en-9a7fe874-4 (dev)
        (
            "Another 98 suspects had been arrested in connection with various crimes.",
            "en",
            [("detained", "suspects", "98")],
        ),
        # nl-bbbec487-2 (dev)
        (
            "Nog eens 325 mensen zijn gewond geraakt, zegt het ministerie van Volksgezondheid dat onder controle staat"
            " van Hamas.",
            "nl",
            [("injured", None, "325")],
        ),
        # nl-fa464660-4 (dev)
        ("In Syrië vielen ook nog eens 5.200 gewonden.", "nl", [("injured", None, "5200")]),
        # the dead keep the sign: a death toll is the running count news adds to (guide, case 2)
        ("Another 66 were reported dead.", "en", [("killed", None, "+66")]),
    ],
)
def test_ennl17_another_other_metric_is_plain(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- the group names settled in session 15: employees and labourers are workers, crewmembers crew, learners pupils --


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-244bc381-1 (dev)
        (
            "Twenty-one labourers died after drinking toxic homemade liquor in northern India, police said Sunday, in"
            " the latest incident of alcohol poisoning in the country.",
            [("killed", "workers", "21")],
        ),
        # en-3f830d39-1 (dev)
        (
            "Seven employees were killed, another was seriously injured and two were missing after an explosion at a"
            " fireworks factory here Friday afternoon, police and fire officials said.",
            [("injured", "workers", "1"), ("killed", "workers", "7"), ("missing", "workers", "2")],
        ),
        # en-e31f851a-3 (dev)
        (
            "Two crewmembers were rescued, but 181 migrants and five Yemeni crewmembers remain missing, he told The"
            " Associated Press.",
            [("missing", None, "181"), ("missing", "crew", "5"), ("rescued", "crew", "2")],
        ),
        # precision: people on board are no count, whatever the crew is called; "crew members" is left unlisted,
        # which this sentence needs (en-ecf8987b-3, dev)
        (
            "With 59 confirmed dead and 142 survivors in the tragedy, the number of passengers on board the ferry when"
            " it went down appears to have been more than 200, including 18 crew members, and not the 190 or 191 as"
            " earlier declared in the boat’s passenger manifest, said Capt. Pedro Tinampay, Philippine coast Guard"
            " Commander of eastern Visayas district.",
            [("killed", None, "59")],
        ),
    ],
)
def test_ennl17_settled_group_names(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


# -- a toll noun opening the sentence is its subject, however long the phrase before its verb of change ----------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # nl-0d43fea2-1 (dev)
        (
            "Het dodental als gevolg van een aardverschuiving vrijdag in de Indiase deelstaat Kerala, in het zuiden"
            " van het land, is opgelopen tot 43.",
            [("killed", None, "43")],
        ),
        # nl-40508e47-1 (dev)
        (
            "De dodentol van de tornado’s en zware stormen die het zuiden en het midwesten van de Verenigde Staten"
            " tijdens het weekend hebben getroffen, is opgelopen tot zeker 29.",
            [("killed", None, "at least 29")],
        ),
    ],
)
def test_ennl17_opening_toll_reaches_its_verb(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "nl") == claims


# -- adverbs of time between the auxiliary and the participle ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # en-244bc381-3 (dev)
        ("However four of those have since died, police said.", [("killed", None, "4")]),
        # en-b2db3373-6 (dev)
        ("“A mother and her baby were instantly killed.”", [("killed", "women", "1")]),
    ],
)
def test_ennl17_adverbs_before_the_participle(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


# -- Dutch "vast": trapped when any clause names the place, a collapse or "binnen"; in custody otherwise -----------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # nl-b085fc5c-2 (dev, a negative)
        ("Een gang van de goudmijn van Masakhane stortte in en dertien mijnwerkers zaten vast.", []),
        # nl-ab76906b-4 (dev, a negative)
        ("Ook binnen zouden nog enkele mensen vastzitten, de brandweer heeft contact met hen.", []),
        # precision: arrests keep their count (nl-5c6c417c-2, nl-748802b0-1, dev)
        ("Nog acht personen zitten vast voor openbare geweldpleging.", [("detained", None, "8")]),
        (
            "Van de ongeveer vierhonderd mensen die de politie had aangehouden, zitten nog tien tot vijftien mensen"
            " vast.",
            [("detained", None, "10–15"), ("detained", None, "about 400")],
        ),
    ],
)
def test_ennl17_trapped_not_detained(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "nl") == claims
