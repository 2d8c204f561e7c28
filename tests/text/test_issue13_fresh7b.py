"""Issue 13, session 13 (fresh7b): the kinds of failure fresh Dutch and German news (batch 7) showed, by construction.

Made-up sentences only, each kind with positives and same-surface negatives (numbers that are not counts, things
in the same shape, the dead where the living are rescued): recovered alive is rescued; hurt then rescued is both;
survivors found are rescued; searched for is missing; a predicate that opens with a gap word; driven out is
displaced; "among the dead are" with "befinden sich"; the victims named after "handelt es sich um"; the German
dative plural; the guide's outdoor groups; "een kleine 200".
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

CASES: list[tuple[str, str, list[Claim]]] = [
    # recovered alive is rescued; the dead and things recovered are not
    ("Die Helfer konnten acht Menschen lebend aus dem Wrack ziehen.", "de", [("rescued", None, "8")]),
    # a listed thing (casualtylog.text.lang._thing_words)
    ("Die Helfer konnten acht Autos aus dem Wrack ziehen.", "de", []),
    ("Bis zum Abend wurden 13 Personen aus den Trümmern geborgen.", "de", [("rescued", None, "13")]),
    ("Bis zum Abend wurden 13 Leichen aus den Trümmern geborgen.", "de", [("killed", None, "13")]),
    ("Bis zum Abend wurden 13 Personen tot aus den Trümmern geborgen.", "de", [("killed", None, "13")]),
    # a group by the guide, round 13 (fields22)
    ("Zwei Bergsteiger wurden nach fünf Tagen lebend aufgefunden.", "de", [("rescued", "mountaineers", "2")]),
    ("Zwei Zelte wurden nach fünf Tagen aufgefunden.", "de", []),
    ("Tien mensen zijn levend uit het puin gehaald.", "nl", [("rescued", None, "10")]),
    ("Twee vissers werden na drie dagen levend teruggevonden.", "nl", [("rescued", "fishermen", "2")]),
    ("Twee netten werden na drie dagen teruggevonden.", "nl", []),
    ("Elf mensen werden dood aangetroffen.", "nl", [("killed", None, "11")]),
    ("Sechs Wanderer konnten unverletzt geborgen werden.", "de", [("rescued", "hikers", "6")]),  # guide17: hikers
    ("Sechs Wanderer blieben unverletzt.", "de", []),
    ("Zeven mijnwerkers werden behouden bovengehaald.", "nl", [("rescued", "miners", "7")]),
    # hurt, then rescued: both (the guide); a comma gives each clause its own count
    (
        "Vier Menschen wurden mit leichten Verletzungen aus dem Schutt gezogen.",
        "de",
        [("injured", None, "4"), ("rescued", None, "4")],
    ),
    ("Vier Menschen wurden mit leichten Verletzungen ambulant behandelt.", "de", [("injured", None, "4")]),
    (
        "Vier Menschen wurden verletzt, sechs weitere aus dem Schutt gezogen.",
        "de",
        [("injured", None, "4"), ("rescued", None, "6")],
    ),
    ("Vijf mensen werden gewond uit het puin gehaald.", "nl", [("injured", None, "5"), ("rescued", None, "5")]),
    ("Vijf mensen werden gewond naar het ziekenhuis gebracht.", "nl", [("injured", None, "5")]),
    # survivors found are rescued; survivors alone are no claim
    ("Er zijn zestien overlevenden aangetroffen.", "nl", [("rescued", None, "16")]),
    ("Er zijn zestien overlevenden gesproken.", "nl", []),
    ("Zestien overlevenden werden gisteren door een vrachtschip opgepikt.", "nl", [("rescued", None, "16")]),
    ("Die Küstenwache hat 40 Überlebende entdeckt.", "de", [("rescued", None, "40")]),  # the participle closes it
    ("40 Überlebende wurden im Meer entdeckt.", "de", [("rescued", None, "40")]),
    ("40 Überlebende wurden im Krankenhaus befragt.", "de", []),
    # searched for is missing
    ("Nach 17 Menschen wird noch gesucht.", "de", [("missing", None, "17")]),
    ("Nach 17 Tagen wird die Suche eingestellt.", "de", []),
    ("Die Feuerwehr sucht weiter nach neun Bewohnern.", "de", [("missing", None, "9")]),
    ("Die Feuerwehr sucht seit neun Stunden nach dem Brandherd.", "de", []),
    # a group by the guide, round 13 (fields22)
    ("Drei Kletterer werden noch immer gesucht.", "de", [("missing", "climbers", "3")]),
    ("Drei Mitarbeiter werden gesucht.", "de", []),
    # a predicate that opens with a gap word: "er ernstig aan toe"; not "aan toe" alone
    ("Zeven patiënten zijn er ernstig aan toe.", "nl", [("injured", None, "7")]),
    ("Zeven patiënten zijn er goed aan toe.", "nl", []),
    ("Vier van hen zijn er zwaar aan toe.", "nl", [("injured", None, "4")]),
    # driven out is displaced; the attackers put to flight are not
    ("Die Gefechte haben 90.000 Menschen in die Flucht getrieben.", "de", [("displaced", None, "90000")]),
    ("Die Gefechte haben 90.000 Euro Schaden angerichtet.", "de", []),
    ("Rund 2000 Einwohner sind ohne Dach über dem Kopf.", "de", [("displaced", None, "about 2000")]),
    ("Duizenden bewoners zijn weggevlucht.", "nl", [("displaced", None, "thousands")]),
    # "among the dead are" with the copula "befinden sich"
    ("Unter den Toten befinden sich zwei Soldaten.", "de", [("killed", "soldiers", "2")]),
    ("Unter den Gebäuden befinden sich zwei Kirchen.", "de", []),
    # the count before "handelt es sich um", one group after it
    ("Bei allen sieben Toten handelt es sich um Soldaten.", "de", [("killed", "soldiers", "7")]),
    ("Bei den sieben Toten handle es sich um Kinder.", "de", [("killed", "children", "7")]),
    ("Bei den sieben Häusern handelt es sich um Schulen.", "de", []),
    ("Bij de zes gewonden gaat het om kinderen.", "nl", [("injured", "children", "6")]),
    # the German dative plural
    ("Unter den 20 Passagieren gab es drei Verletzte.", "de", [("injured", None, "3")]),
    ("Die Retter suchen noch nach zwölf Kindern.", "de", [("missing", "children", "12")]),
    ("Nach bis zu 30 Bergleuten wird noch gesucht.", "de", [("missing", "miners", "at most 30")]),
    ("Nach bis zu 30 Minuten wird noch gesucht.", "de", []),
    # the guide's outdoor groups
    ("Drei Skifahrer wurden von einer Lawine getötet.", "de", [("killed", "skiers", "3")]),
    ("Ein Camper ertrank im Fluss.", "de", [("killed", "campers", "1")]),
    # the dead stay dead: "tot" before a predicate of recovery read backwards; bodies found "of" N
    ("Tot aus dem Schutt gezogen wurde ein weiterer Skifahrer.", "de", [("killed", "skiers", "+1")]),
    ("Lebend aus dem Schutt gezogen wurden zwei Bergleute.", "de", [("rescued", "miners", "2")]),
    ("Zondag zijn de lichamen gevonden van negen mensen.", "nl", [("killed", None, "9")]),
    ("Duikers hebben de lichamen geborgen van vier vissers.", "nl", [("killed", "fishermen", "4")]),
    # a period named as the one before is another incident's time
    ("In der Woche davor kamen drei Wanderer ums Leben.", "de", []),
    ("In dieser Woche kamen drei Wanderer ums Leben.", "de", [("killed", "hikers", "3")]),  # guide17: hikers
    ("Het weekend daarvoor kwamen twee fietsers om.", "nl", []),
    ("Bereits am Samstag gab es drei Lawinentote im Tal.", "de", []),
    ("Am Samstag gab es drei Lawinentote im Tal.", "de", [("killed", None, "3")]),
    # a relative clause closed by a comma only, before the count's predicate
    ("Drie mensen die in de bus zaten, raakten gewond.", "nl", [("injured", None, "3")]),
    ("De drie mensen die in de bus zaten, hebben het niet overleefd.", "nl", [("killed", None, "3")]),
    ("Drie bussen die in de straat stonden, raakten beschadigd.", "nl", []),
    # "but" joins a second verb phrase of the same subject, as "and" does; a new subject after it is its own
    ("Acht passagiers overleefden het ongeluk, maar zijn wel gewond.", "nl", [("injured", None, "8")]),
    ("Acht passagiers overleefden het ongeluk, maar de piloot raakte gewond.", "nl", []),
    ("Acht Insassen überlebten den Absturz, aber wurden verletzt.", "de", [("injured", None, "8")]),
    ("Acht Insassen überlebten den Absturz, aber zwei wurden verletzt.", "de", [("injured", None, "2")]),
    # "so far", "in all" between an inverted verb and its count
    ("Dabei starben bislang 48 Menschen an der Seuche.", "de", [("killed", None, "48")]),
    ("Dabei starben bislang 48 Rinder an der Seuche.", "de", []),
    # German compounds of "-tote"; "an die" is about
    ("In diesem Winter gab es bereits 14 Lawinentote.", "de", [("killed", None, "14")]),
    ("In diesem Winter gab es bereits 14 Banknoten.", "de", []),
    ("Bislang wurden an die 300 Verletzte gezählt.", "de", [("injured", None, "about 300")]),
    ("Die Spenden gingen an die 300 Familien.", "de", []),
    # "een kleine" is about, "een dikke" more than
    ("Een kleine 300 mensen zijn geëvacueerd.", "nl", [("evacuated", None, "about 300")]),
    ("Een kleine 300 meter verderop staat een school.", "nl", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_fresh7b_kinds(text: str, language: str, expected: list[Claim]) -> None:
    assert claims_of(text, language) == sorted(expected, key=lambda c: (c[0], c[1] or "", c[2]))


def test_a_member_described_by_a_displaced_adjective_keeps_the_whole_metric() -> None:
    # "vertriebene" stays an adjective: only "Binnenvertriebene" is a noun of the displaced
    assert claims_of("Acht Menschen wurden verletzt, darunter drei vertriebene Kinder.", "de") == [
        ("injured", None, "8"),
        ("injured", "children", "3"),
    ]
    assert claims_of("Im Land leben 50.000 Binnenvertriebene.", "de") == [("displaced", None, "50000")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a running count since a month of an earlier year is the report's own (shared by the five languages)
        (
            "Sinds maart 2022 zijn in de oorlog meer dan 9.000 burgers gedood.",
            "nl",
            [("killed", "civilians", "more than 9000")],
        ),
        ("Seit März 2022 wurden mehr als 9.000 Zivilisten getötet.", "de", [("killed", "civilians", "more than 9000")]),
        (
            "Since March 2022, more than 9,000 civilians have been killed.",
            "en",
            [("killed", "civilians", "more than 9000")],
        ),
        # a month of an earlier year with no "since" still dates another event
        ("In maart 2022 zijn meer dan 900 burgers gedood.", "nl", []),
        ("Im März 2022 wurden mehr als 900 Zivilisten getötet.", "de", []),
    ],
)
def test_since_a_month_of_an_earlier_year_is_a_running_count(text: str, language: str, expected: list[Claim]) -> None:
    assert claims_of(text, language, reported_at="2025-06-01") == expected
