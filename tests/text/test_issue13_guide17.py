"""Session 17 (guide17, issue 13): the labelling guide's settled rules (session 15) in every language.

Each family is pinned by dev sentences of the real-news corpus (ids cited), with the shapes of the same surface
that must keep their old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- "another N" of a metric other than the dead, alone in its sentence: plain in fr/de/es too (guide, case 2) --


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # de-4f643760-5 (dev)
        (
            "Ein zweiter Skifahrer wurde mit schweren Verletzungen ins Spital nach Sitten geflogen.",
            "de",
            [("injured", "skiers", "1")],
        ),
        # de-c99c237a-3 (dev; named by the guide)
        ("Der SWR berichtet inzwischen von einer weiteren geretteten Person.", "de", [("rescued", None, "1")]),
        # de-dc90f76c-3 (dev)
        (
            "Nach einem weiteren verschütteten Bergmann werde noch gesucht, teilte der Bergwerksbetreiber PGG am"
            " Dienstag mit.",
            "de",
            [("missing", "miners", "1")],
        ),
        # es-b818fd4e-3 (dev; named by the guide)
        (
            "La segunda fase se saldó con dos nuevas detenciones, mientras que la tercera y última se centró en"
            " desarticular la cúpula de la organización.",
            "es",
            [("detained", None, "2")],
        ),
        # the dead keep the sign: a death toll is the running count news adds to (guide, case 2)
        ("Se registraron dos nuevas muertes.", "es", [("killed", None, "+2")]),
        ("On compte deux nouveaux décès.", "fr", [("killed", None, "+2")]),
    ],
)
def test_guide17_another_other_metric_is_plain(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- the group names the guide settled, in every language (lang._guide_groups) --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # es-d04b307a-1 (dev): jóvenes are young_people ("One group name per concept")
        (
            "YAKARTA.- Diez jóvenes han muerto y otros cincuenta resultaron heridos al producirse una estampida"
            " durante un concierto de música pop en la localidad de Pekalongan, en la provincia indonesia de Java"
            " Central, según informó hoy el servicio de información Detiknews.",
            "es",
            [("killed", "young_people", "10"), ("injured", "young_people", "50")],
        ),
        # fr-6d965e78-1 (dev): randonneurs are hikers, and so are the elided counts after it, as the dev labels say
        # (read since session 20, fields21: a tally item's auxiliaries after the comma)
        (
            "Quatre randonneurs sont morts, cinq ont été blessés et un est toujours porté disparu, après une avalanche"
            " dans les Alpes suisses.",
            "fr",
            [("killed", "hikers", "4"), ("injured", "hikers", "5"), ("missing", "hikers", "1")],
        ),
        # nl: jongeren were "youths", folded into young_people
        ("De politie heeft drie jongeren aangehouden.", "nl", [("detained", "young_people", "3")]),
        # an adjective before the noun keeps the noun's group
        ("Dos jóvenes mujeres murieron.", "es", [("killed", "women", "2")]),
        # obreros are workers ("Workers")
        ("El derrumbe acabó con la vida de cuatro obreros.", "es", [("killed", "workers", "4")]),
    ],
)
def test_guide17_one_group_name_per_concept(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language)) == sorted(claims)


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-b9cb1ab0-4 (dev): a mother is a woman ("Mothers"), one more by the ordinal
        ("Une deuxième mère de famille a également perdu la vie.", "fr", [("killed", "women", "+1")]),
        # nl-d2a12488-5 (dev): a mother named by an article, beside her children
        (
            "Gisteren, negen dagen na de bevingen, zijn een moeder en haar twee kinderen levend onder het puin vandaan"
            " gehaald in het Turkse Antakya.",
            "nl",
            [("rescued", "children", "2"), ("rescued", "women", "1")],
        ),
        # a definite mother is no count
        ("Die Mutter starb im Krankenhaus.", "de", []),
    ],
)
def test_guide17_a_mother_is_a_woman(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language)) == sorted(claims)


def test_guide17_auxiliaries() -> None:
    # fr-ceb54070-3 (dev): "34 VDP" are the army's auxiliaries ("Auxiliaries"), as fr-ceb54070-1's "auxiliaires civils"
    text = (
        "«Le bilan provisoire de cette attaque» est de «40» morts, «parmi lesquels six militaires et 34 VDP»,"
        " auxquels s’ajoutent «33 blessés dans un état stable», «pris en charge actuellement au Centre hospitalier"
        " universitaire régional de Ouahigouya», chef-lieu de la région du Nord, précise le communiqué."
    )
    assert ("killed", "auxiliaries", "34") in claims_of(text, "fr")


# -- no one hurt: any wording of a denied metric gives 0, a denied severity nothing (guide, "No one hurt") ---------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-8435d110-4 (dev)
        (
            "Selon M. Bassal, l'armée israélienne a aussi détruit à l'explosif cinq maisons dans l'est de la ville de"
            " Gaza (nord) et effectué des tirs d'artillerie sur la localité d'Abassa, à l'est de Khan Younès, sans"
            " qu'il ait été fait état de blessés.",
            "fr",
            [("injured", None, "0")],
        ),
        # en-4f1de118-4 (dev): the negated severity's 0 is gone, the counts stay
        (
            "In all, 15 people were injured, including eight who were sent to hospital, Jaques said, adding that no"
            " one had suffered life-threatening injuries.",
            "en",
            [("injured", None, "15"), ("injured", None, "8")],
        ),
        ("Nadie resultó herido de gravedad.", "es", []),
        # the plain denial keeps its 0
        ("Nadie resultó herido.", "es", [("injured", None, "0")]),
        ("No one was injured, police said.", "en", [("injured", None, "0")]),
    ],
)
def test_guide17_no_one_hurt(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language)) == sorted(claims)


# -- "another N" dead alone in its sentence is +N in French, German and Spanish (guide, "Another and more") -------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # de-bf4f086b-3 (dev)
        (
            "Weitere 16 erlagen in den nördlichen Provinzen Punjab und Haryana den Folgen der Hitze.",
            "de",
            [("killed", None, "+16")],
        ),
        # de-d3b109a4-2 (dev)
        ("32 weitere Einwohner seien wahrscheinlich ebenfalls ums Leben gekommen.", "de", [("killed", None, "+32")]),
        # fr-ca56c2d3-4 (dev)
        (
            "Deux autres personnes ont été tuées près d’un puits à l’ouest du même camp, a-t-il précisé.",
            "fr",
            [("killed", None, "+2")],
        ),
        # fr-f1755ec0-4 (dev)
        ("On compte aussi 65 autres morts dans d'autres villes de l'est de la Libye.", "fr", [("killed", None, "+65")]),
        # the guide's limits: the rest of a known group, a qualified count, a count of another metric beside it
        ("Les deux autres sont décédés.", "fr", [("killed", None, "2")]),
        ("Los otros dos murieron.", "es", [("killed", None, "2")]),
        ("Au moins six autres ont été tuées.", "fr", [("killed", None, "at least 6")]),
        (
            "Zwei Menschen wurden sofort getötet, zwei weitere starben später im Krankenhaus.",
            "de",
            [("killed", None, "2")],
        ),
        # de-44aa86d6-3 (dev): a separate accident, and a count of the injured beside it
        (
            "Besonders tragisch: Bei einem Verkehrsunfall mit einem Polizeiauto, das auf dem Weg zur Absturzstelle war,"
            " starben nach Angaben der Polizei Offenbach zwei weitere Menschen, außerdem gab es drei Schwerverletzte.",
            "de",
            [("killed", None, "2"), ("injured", None, "3")],
        ),
        # other metrics stay plain
        ("Deux autres personnes ont été blessées.", "fr", [("injured", None, "2")]),
        # en-300d5ee4-3 (dev): English "N others" opening the sentence
        ("Three others were killed in Shelby County, TEMA said.", "en", [("killed", None, "+3")]),
        # the others of a person the sentence names stay plain
        ("The blast killed the governor and 14 others.", "en", [("killed", None, "14")]),
    ],
)
def test_guide17_another_dead_adds(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language)) == sorted(claims)


# -- patients evacuated were patients before the event (guide, "Patients and teenagers", session 14) --------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # nl-f863fb85-1 (dev)
        (
            "In tien uur tijd werden 237 patiënten met tientallen ambulances geëvacueerd naar omliggende hospitalen.",
            "nl",
            [("evacuated", "patients", "237")],
        ),
        # fr-c2b3ab75-4 (dev)
        (
            "Dans la ville portuaire d'Alexandroupolis, des dizaines de patients hospitalisés ont été évacués à bord"
            " d'un ferry.",
            "fr",
            [("evacuated", "patients", "tens")],
        ),
        # en-a3842f08-2 (dev): patients by the event have no group
        (
            "SK Yadav, a health official in Ballia, said that in the past three days, around 300 patients have been"
            " admitted to the district hospital due to heatstroke.",
            "en",
            [("injured", None, "about 300")],
        ),
    ],
)
def test_guide17_evacuated_patients(text: str, language: str, claims: list[Claim]) -> None:
    assert sorted(claims_of(text, language)) == sorted(claims)
