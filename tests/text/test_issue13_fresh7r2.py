"""Session 13 (fresh7r2, issue 13): a second round on the kinds batch 7 dev still missed, fixed by mechanism and
pinned by made-up sentences (benchmarks/probes/fresh7r2_*.txt), never corpus sentences; each family has positives
and same-surface negatives (the same words around a number that is no count of casualties).
"""

from __future__ import annotations

import pytest

from casualtylog.text.lang import get_language
from tests.text._read import Claim, claims_of

# -- displaced by leaving home, arriving in a refugee camp, crossing the border -----------------------------------


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        ("en", "The landslide forced 2,500 people to leave their homes.", [("displaced", None, "2500")]),
        ("en", "Roughly 1,200 people had to leave their homes overnight.", [("displaced", None, "about 1200")]),
        ("en", "The shelling forced 700 people to abandon their villages.", [("displaced", None, "700")]),
        ("en", "About 900 people were forced to abandon their homes.", [("displaced", None, "about 900")]),
        (
            "en",
            "More than 5,000 people have arrived in refugee camps this week.",
            [("displaced", None, "more than 5000")],
        ),
        ("en", "Some 8,000 people crossed the border into Uganda on Monday.", [("displaced", None, "about 8000")]),
        ("nl", "Zo'n 5.000 mensen zijn gearriveerd in een vluchtelingenkamp.", [("displaced", None, "about 5000")]),
        ("nl", "Ruim 8.000 mensen staken de grens over naar Oeganda.", [("displaced", None, "more than 8000")]),
        ("nl", "Maandag staken zeker 8.000 mensen de grens over.", [("displaced", None, "at least 8000")]),
        ("de", "Rund 5.000 Menschen sind in Flüchtlingslagern angekommen.", [("displaced", None, "about 5000")]),
        ("de", "Mehr als 8.000 Menschen überquerten die Grenze nach Uganda.", [("displaced", None, "more than 8000")]),
        (
            "fr",
            "Plus de 5 000 personnes sont arrivées dans un camp de réfugiés.",
            [("displaced", None, "more than 5000")],
        ),
        ("fr", "Environ 8 000 personnes ont traversé la frontière lundi.", [("displaced", None, "about 8000")]),
        ("es", "Más de 5.000 personas llegaron a campamentos de refugiados.", [("displaced", None, "more than 5000")]),
        ("es", "Unas 8.000 personas cruzaron la frontera el lunes.", [("displaced", None, "about 8000")]),
    ],
)
def test_displaced_by_where_they_went(language: str, text: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a home not named, a camp of no refugees, a crossing of no border, things and families
        ("en", "The fire alarm forced 2,500 people to leave the building."),
        ("en", "Roughly 1,200 people had to leave the hall overnight."),
        ("en", "More than 5,000 people have arrived in the city this week."),
        ("en", "Some 8,000 people crossed the finish line on Monday."),
        ("en", "Some 80 lorries crossed the border into Uganda on Monday."),
        ("en", "The flood forced 700 families to abandon their homes."),
        ("en", "Officials told 2,500 people to leave their homes."),
        ("en", "The company forced 300 workers to leave the plant early."),
        ("nl", "Zo'n 5.000 mensen zijn gearriveerd in het stadion."),
        ("nl", "Ruim 8.000 mensen staken de straat over naar het plein."),
        ("de", "Rund 5.000 Menschen sind in Hamburg angekommen."),
        ("de", "Mehr als 8.000 Menschen überquerten die Brücke nach Köln."),
        ("fr", "Plus de 5 000 personnes sont arrivées dans le stade."),
        ("fr", "Environ 8 000 personnes ont traversé le pont lundi."),
        ("es", "Más de 5.000 personas llegaron a la plaza."),
        ("es", "Unas 8.000 personas cruzaron el puente el lunes."),
    ],
)
def test_going_elsewhere_is_no_displacement(language: str, text: str) -> None:
    assert claims_of(text, language) == []


# -- driven to flight by a verb before the people (German) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Der Sturm trieb rund 4.000 Menschen in die Flucht.", [("displaced", None, "about 4000")]),
        ("Die Angriffe trieben 12.000 Zivilisten in die Flucht.", [("displaced", "civilians", "12000")]),
        ("Bewaffnete jagten 300 Dorfbewohner in die Flucht.", [("displaced", None, "300")]),
        # the verb-second subject or an adverb between the verb and the people
        (
            "Demnach trieb der seit Wochen tobende Konflikt 2,5 Millionen Menschen in die Flucht.",
            [("displaced", None, "2500000")],
        ),
        ("Der Krieg treibt täglich Tausende Menschen in die Flucht.", [("displaced", None, "thousands")]),
        # driven elsewhere, attackers put to flight, no verb of forcing, a comma between
        ("Der Konflikt trieb die Preise nach oben, 300 Menschen blieben in die Flucht verwickelt.", []),
        ("Der Sturm trieb rund 4.000 Menschen in die Keller.", []),
        ("Die Polizei schlug 20 Angreifer in die Flucht.", []),
        ("Die Soldaten schlugen die Angreifer in die Flucht.", []),
    ],
)
def test_german_driven_to_flight(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "de") == claims


def test_flight_objects_are_german_and_english_only() -> None:
    assert get_language("de").flight_objects == frozenset({"in die flucht"})
    assert "to leave their homes" in get_language("en").flight_objects
    for code in ("nl", "fr", "es"):
        assert get_language(code).flight_objects == frozenset()


# -- one more by "again" before the article; "einer weiteren geretteten Person" -----------------------------------


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        ("nl", "Bij de brand is opnieuw een dodelijk slachtoffer gevallen.", [("killed", None, "+1")]),
        ("nl", "De brandweer heeft opnieuw een dode gevonden.", [("killed", None, "+1")]),
        ("nl", "Bij de brand is een dodelijk slachtoffer gevallen.", [("killed", None, "1")]),
        ("nl", "De brandweer heeft opnieuw een ladder gevonden.", []),
        ("de", "Bei dem Brand starb erneut ein Mensch.", [("killed", None, "+1")]),
        ("de", "Bei dem Brand starb ein Mensch.", [("killed", None, "1")]),
        ("de", "Die Feuerwehr fand erneut einen Schlüssel.", []),
        # one more rescued, alone in its sentence, is plain (guide, "Another and more", case 2: de-c99c237a-3; guide17)
        ("de", "Am Abend war von einer weiteren geretteten Person die Rede.", [("rescued", None, "1")]),
        ("de", "Die Bergwacht meldete eine weitere gerettete Person.", [("rescued", None, "1")]),
        ("de", "Ein weiterer Toter wurde am Abend geborgen.", [("killed", None, "+1")]),
        ("de", "Die Zeitung berichtet von zwei geretteten Personen.", [("rescued", None, "2")]),
    ],
)
def test_one_more_by_again(language: str, text: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
