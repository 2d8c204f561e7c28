"""Session 11 (de12, issue 13): German words and split predicates written by construction from made-up dpa,
Tagesschau, police-report, Swiss and Austrian sentences (``benchmarks/probes/de12_*.txt``). Made-up sentences
with same-surface negatives; none from the corpus.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str = "de") -> list[Claim]:
    return sorted(
        (x.claim.metric, x.claim.group or "", str(x.claim.figure))
        for x in extract(text, language=language, source="s", reported_at="2025-01-01")
    )


# -- states and deaths of everyday reports ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zwei Menschen schweben in Lebensgefahr.", [("injured", "", "2")]),
        ("Zwei Kinder befinden sich in kritischem Zustand.", [("injured", "children", "2")]),
        ("Sechs Menschen mussten im Krankenhaus behandelt werden.", [("injured", "", "6")]),
        # the guide's round 13 names mountaineers a group (de-a043a5ea-5, Bergsportler); fields22 reads it
        ("Drei Bergsteiger erfroren am Gipfel.", [("killed", "mountaineers", "3")]),
        ("Zwei Alpinisten sind am Piz Bernina tödlich abgestürzt.", [("killed", "", "2")]),
        ("Bei der Mure gelten vier Menschen als abgängig.", [("missing", "", "4")]),
        ("Ein Lenker ist auf der Autobahn tödlich verunfallt.", [("killed", "", "1")]),
        ("Ein Pkw-Lenker kam bei dem Unfall ums Leben.", [("killed", "", "1")]),
    ],
)
def test_states_and_deaths_of_police_reports(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das Krankenhaus behandelt jährlich 5000 Patienten in der Notaufnahme.",
        "Der Lenker hatte 1,8 Promille im Blut.",
        "Die Temperatur sank am Gipfel auf minus 20 Grad.",
        "Seit 2019 ist der Wanderweg in Lebensgefahr-Zonen gesperrt.",
        "Die Klinik hat 300 Betten im Krankenhaus.",
    ],
)
def test_same_surface_without_a_casualty(text: str) -> None:
    assert _claims(text) == []


# -- split predicates: the stem, then the life or the particle closing the clause -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vier Menschen verloren bei dem Feuer ihr Leben.", [("killed", "", "4")]),
        ("Bei den Kämpfen verloren mindestens 40 Soldaten ihr Leben.", [("killed", "soldiers", "at least 40")]),
        ("Insgesamt verloren 75 Menschen ihr Leben.", [("killed", "", "75")]),
        ("Die Feuerwehr brachte zwölf Menschen aus dem Gebäude in Sicherheit.", [("evacuated", "", "12")]),
        ("Die Einsatzkräfte brachten 60 Bewohner in einer Turnhalle unter.", [("displaced", "", "60")]),
    ],
)
def test_split_predicates(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Mannschaft verlor zwei Spiele im ganzen Leben.",
        "Er verlor 20 Kilo für ein neues Leben.",
        "Der Verein verlor 3 Punkte.",
        "Die Stadt brachte 60 Container in einer Halle unter.",
        "Der Bauer brachte 40 Kühe in Sicherheit.",
        "Die Feuerwehr brachte zwölf Menschen nicht in Sicherheit.",
    ],
)
def test_split_predicates_need_people_and_their_closing_word(text: str) -> None:
    assert _claims(text) == []


# -- a hospital named by a compound (shared `_place_frames`, languages with compound heads) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drei Personen wurden in das Landesklinikum eingeliefert.", [("injured", "", "3")]),
        ("Zwei Menschen wurden ins Kantonsspital gebracht.", [("injured", "", "2")]),
        ("Vier Kinder wurden in die Universitätsklinik gebracht.", [("injured", "children", "4")]),
    ],
)
def test_a_compound_hospital_is_care(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Neubau des Landesklinikums kostete 300 Millionen Euro.",
        "Das Landesklinikum hat 300 Betten.",
        "Zwei Menschen wurden ins Spitalgebäude gebracht, um dort zu arbeiten.",
    ],
)
def test_a_compound_hospital_needs_people_and_the_head_last(text: str) -> None:
    assert _claims(text) == []


# -- numbers of dozens, the headline present of arrests, fleeing and leaving one's home -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zwei Dutzend Menschen wurden verletzt.", [("injured", "", "24")]),
        ("Rund zwei Dutzend Menschen wurden verletzt.", [("injured", "", "about 24")]),
        ("Ein Dutzend Menschen wurde verletzt.", [("injured", "", "about 12")]),
        ("Dutzende Menschen wurden verletzt.", [("injured", "", "dozens")]),
        ("Polizei nimmt 20 Randalierer fest", [("detained", "", "20")]),
        ("Die Polizei nimmt 20 Randalierer fest.", [("detained", "", "20")]),
        ("Tausende Menschen sind auf der Flucht vor den Kämpfen.", [("displaced", "", "thousands")]),
        ("Rund 300 Personen mussten ihre Wohnungen vorübergehend verlassen.", [("displaced", "", "about 300")]),
    ],
)
def test_dozens_arrests_and_flight(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei stellte zwei Dutzend Waffen sicher.",
        "Die Leitstelle nimmt 300 Notrufe entgegen.",
        "Die Polizei nimmt 20 Anzeigen auf.",
        "Zwei Täter sind weiterhin auf der Flucht.",
        "Die 300 Fans mussten das Stadion vorübergehend verlassen.",
    ],
)
def test_same_surface_of_dozens_arrests_and_flight(text: str) -> None:
    assert _claims(text) == []


# -- fell victim, torn into death, freed from wreckage, treated on the spot ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dem Feuer fielen drei Menschen zum Opfer.", [("killed", "", "3")]),
        (
            "Bei dem Anschlag fielen mindestens 20 Zivilisten der Gewalt zum Opfer.",
            [("killed", "civilians", "at least 20")],
        ),
        ("Mehr als 100 Menschen sind der Hitzewelle zum Opfer gefallen.", [("killed", "", "more than 100")]),
        ("Der Sturm riss vier Menschen in den Tod.", [("killed", "", "4")]),
        ("Zwei Menschen verstarben im Krankenhaus.", [("killed", "", "2")]),
        ("Vier Menschen wurden aus den Trümmern befreit.", [("rescued", "", "4")]),
        ("Die Feuerwehr musste zwei Insassen aus dem Wrack befreien.", [("rescued", "", "2")]),
        ("Sieben Personen wurden vom Rettungsdienst vor Ort behandelt.", [("injured", "", "7")]),
    ],
)
def test_fell_victim_torn_to_death_freed_and_treated(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein fiel auf Platz 14 zurück.",
        "Die Aktie fiel um 12 Prozent.",
        "300 Betriebe wurden von der Abgabe befreit.",
        "Die Feuerwehr befreite die Straße von 20 umgestürzten Bäumen.",
        "Der Konzern riss 3 Milliarden Euro in den Abgrund.",
        "Zwei Dutzend Schafe fielen dem Wolf zum Opfer.",
    ],
)
def test_same_surface_of_fell_victim_and_freed(text: str) -> None:
    assert _claims(text) == []


# -- nobody of a partitive whole (shared `_subject_clauses.final_predicate`) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von den 200 Passagieren wurde niemand verletzt.", [("injured", "", "0")]),
        ("Von den 40 Bewohnern des Hauses wurde zum Glück niemand verletzt.", [("injured", "", "0")]),
        ("Von den 200 Passagieren wurden drei verletzt.", [("injured", "", "3")]),
        ("Mehr als 200 Menschen sind bei dem Beben ums Leben gekommen.", [("killed", "", "more than 200")]),
    ],
)
def test_nobody_of_a_whole_is_no_count_of_the_whole(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


# -- the arrested as a noun, stabbed and shot and hurt ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unter den Festgenommenen sind auch drei Minderjährige.", [("detained", "children", "3")]),
        ("Die Polizei meldete 45 Festgenommene.", [("detained", "", "45")]),
        ("Zwei Männer wurden niedergestochen.", [("injured", "men", "2")]),
        ("Ein Polizist wurde angeschossen.", [("injured", "officers", "1")]),
    ],
)
def test_arrested_nouns_and_stabbed(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hat 45 Festnahmeersuchen gestellt.",
        "Die Festgenommenen sind zwischen 18 und 25 Jahre alt.",
        "Der Stürmer wurde nach 20 Minuten im Strafraum angeschossen.",
    ],
)
def test_same_surface_of_arrested_nouns(text: str) -> None:
    assert _claims(text) == []


# -- a toll held apart from its figure by a compounded source ("nach Behördenangaben") -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Zahl der Toten liegt nach Behördenangaben inzwischen bei mindestens 85.",
            [("killed", "", "at least 85")],
        ),
        ("Die Zahl der Verletzten lag nach Polizeiangaben bei 23.", [("injured", "", "23")]),
        ("Nach Polizeiangaben kamen bei dem Unfall zwei Menschen ums Leben.", [("killed", "", "2")]),
    ],
)
def test_a_toll_after_a_compounded_source(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


def test_a_place_still_holds_a_toll_apart() -> None:
    assert _claims("Die Zahl der Verletzten liegt am Rande der Stadt bei 40.") == []


# -- an active verb second in its clause, its subject between it and the victims ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei dem Amoklauf tötete der Täter sieben Menschen.", [("killed", "", "7")]),
        ("Dabei verletzte der Mann drei Menschen.", [("injured", "", "3")]),
        ("Am Sonntag rettete die Feuerwehr sechs Menschen.", [("rescued", "", "6")]),
        ("Anschließend evakuierten die Behörden 300 Anwohner.", [("evacuated", "", "300")]),
    ],
)
def test_a_subject_between_the_verb_and_the_victims(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag forderte der Verband 500 Soldaten.",
        "Am Sonntag rettete die Mannschaft zwei Punkte.",
        "Danach evakuierte die Polizei 3 Gebäude.",
        "Tötete der Täter sieben Menschen?",
    ],
)
def test_a_subject_between_needs_listed_victims_and_a_word_before_the_verb(text: str) -> None:
    assert _claims(text) == []


# -- police reports: custody pending trial, care by doctors, burns, "mussten ins Krankenhaus" ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach dem Angriff wurden fünf Verdächtige in Untersuchungshaft genommen.", [("detained", "suspects", "5")]),
        ("14 Kinder mussten nach dem Unfall ärztlich versorgt werden.", [("injured", "children", "14")]),
        ("Sieben Menschen erlitten bei der Explosion Verbrennungen.", [("injured", "", "7")]),
        ("Drei Verletzte mussten ins Krankenhaus.", [("injured", "", "3")]),
    ],
)
def test_police_report_care_and_custody(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Klinik behandelt jährlich 300 Verbrennungen.",
        "Der Richter ordnete für den 25-Jährigen Untersuchungshaft an.",
        "Das Krankenhaus hat 14 Ärzte, die rund um die Uhr im Einsatz sind.",
    ],
)
def test_same_surface_of_care_and_custody(text: str) -> None:
    assert _claims(text) == []
