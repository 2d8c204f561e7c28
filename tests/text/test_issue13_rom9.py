"""Session 9 (rom9, issue 13): French, German and Spanish predicates and words written by construction, not
from corpus sentences: made-up positives of each shape and same-surface negatives (numbers that are no counts, or the
same words with another meaning).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import claims_in_order

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, language)


# -- the present of headlines and narration, and found dead ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mueren ocho personas al volcar un autobús.", "es", [("killed", None, "8")]),
        ("Al menos 12 personas mueren en un ataque.", "es", [("killed", None, "at least 12")]),
        ("Tres personas mueren y cinco resultan heridas.", "es", [("killed", None, "3"), ("injured", None, "5")]),
        ("Fallecen 4 personas en un accidente de tráfico.", "es", [("killed", None, "4")]),
        ("Desaparecen 20 migrantes en el Mediterráneo.", "es", [("missing", None, "20")]),
        ("Huit personnes meurent dans un incendie.", "fr", [("killed", None, "8")]),
        ("Trois personnes décèdent dans un accident.", "fr", [("killed", None, "3")]),
        ("Deux randonneurs trouvent la mort en montagne.", "fr", [("killed", "hikers", "2")]),  # guide17: hikers
        ("Tres excursionistas fueron hallados muertos.", "es", [("killed", None, "3")]),
        ("Cuatro personas fueron halladas sin vida.", "es", [("killed", None, "4")]),
        ("Tres personas han sido encontradas muertas.", "es", [("killed", None, "3")]),
        ("Un hombre fue hallado muerto en su casa.", "es", [("killed", "men", "1")]),
        # a group by the guide, round 13 (fields22)
        ("Trois alpinistes ont été retrouvés morts.", "fr", [("killed", "mountaineers", "3")]),
        ("Une femme a été retrouvée morte chez elle.", "fr", [("killed", "women", "1")]),
        ("Deux personnes ont été retrouvées sans vie.", "fr", [("killed", None, "2")]),
    ],
)
def test_present_tense_and_found_dead_are_the_victims_predicates(
    text: str, language: str, expected: list[Claim]
) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mueren las esperanzas de un acuerdo tras 12 horas de negociación.", "es"),  # hopes die; hours
        ("El 20% de los pacientes fallece en los primeros 30 días.", "es"),  # a share and a period
        ("Un hombre de 45 años fue hallado muerto en 2015.", "es"),  # an age, one man of a year back
        ("Les espoirs meurent après 12 heures de discussions.", "fr"),
        ("Trois objets ont été retrouvés en 2010.", "fr"),  # found, not found dead
        ("Le document de 12 pages a été retrouvé.", "fr"),
        ("Se hallaron 12 documentos sin vida útil.", "es"),
    ],
)
def test_present_tense_and_found_dead_without_victims_give_no_claim(text: str, language: str) -> None:
    assert [c for c in _claims(text, language) if c[2] != "1"] == []


# -- French "mineurs": miners where the text is about a mine, else minors (children) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois mineurs ont péri dans l'effondrement de la mine.", [("killed", "miners", "3")]),
        ("Douze mineurs coincés au fond du puits ont été secourus.", [("rescued", "miners", "12")]),
        ("Un mineur a été tué par un coup de grisou.", [("killed", "miners", "1")]),
        ("Quatre mineurs ont été tués dans une mine de charbon du Shanxi.", [("killed", "miners", "4")]),
        ("Cinq mineurs grévistes ont été blessés par la police.", [("injured", "miners", "5")]),
    ],
)
def test_mineurs_by_a_mine_are_miners(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dix personnes ont été blessées, dont deux mineurs.", [("injured", None, "10"), ("injured", "children", "2")]),
        ("Deux mineurs de moins de 18 ans ont été interpellés.", [("detained", "children", "2")]),
        ("Deux mineurs ont été blessés par balle.", [("injured", "children", "2")]),
        # a landmine is no mine: children it maims stay children
        ("Deux mineurs ont été blessés par une mine antipersonnel.", [("injured", "children", "2")]),
    ],
)
def test_mineurs_elsewhere_are_children(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "La mine emploie 300 mineurs depuis 1990.",  # a workforce, no casualty
        "Le puits de la mine a 12 galeries.",
        "Les 40 mineurs de la compagnie sont en grève depuis 3 jours.",
    ],
)
def test_miners_without_a_casualty_give_nothing(text: str) -> None:
    assert _claims(text, "fr") == []


# -- fatally injured is killed; in intensive care is hurt ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Zwei Menschen wurden tödlich verletzt.", "de", [("killed", None, "2")]),
        ("Bei dem Unfall wurden zwei Menschen tödlich verletzt.", "de", [("killed", None, "2")]),
        ("Zwei Arbeiter erlitten tödliche Verletzungen.", "de", [("killed", "workers", "2")]),
        # a group by the guide, round 13 (fields22)
        ("Fünf Bergsteiger sind in den Alpen tödlich verunglückt.", "de", [("killed", "mountaineers", "5")]),
        ("Dos personas resultaron heridas de muerte.", "es", [("killed", None, "2")]),
        ("Dos soldados fueron heridos mortalmente.", "es", [("killed", "soldiers", "2")]),
        ("Resultaron heridos de muerte dos policías.", "es", [("killed", "officers", "2")]),
        # severity that is no death stays injured
        ("Bei dem Unfall wurden zwei Menschen schwer verletzt.", "de", [("injured", None, "2")]),
        ("Zwei Menschen wurden lebensgefährlich verletzt.", "de", [("injured", None, "2")]),
        ("Dos personas resultaron heridas de gravedad.", "es", [("injured", None, "2")]),
        # intensive care
        ("Tres personas se encuentran en la UCI.", "es", [("injured", None, "3")]),
        ("Dos personas están en cuidados intensivos.", "es", [("injured", None, "2")]),
        ("Trois personnes sont en réanimation.", "fr", [("injured", None, "3")]),
        ("Trois personnes ont été placées en réanimation.", "fr", [("injured", None, "3")]),
        ("Drei Menschen liegen auf der Intensivstation.", "de", [("injured", None, "3")]),
    ],
)
def test_fatal_injuries_are_deaths_and_intensive_care_is_injury(
    text: str, language: str, expected: list[Claim]
) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Intensivstation hat 30 Betten.", "de"),  # beds
        ("Die Straße ist auf 2 Kilometern tödlich für Radfahrer.", "de"),
        ("La UCI tiene 12 camas desde 2020.", "es"),
        ("Le service de réanimation compte 20 lits.", "fr"),
        ("El accidente de 2019 fue mortal en 3 de cada 10 casos.", "es"),
    ],
)
def test_wards_and_fatal_words_without_victims_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- Spanish verbs of casualties in every tense: generated from the stem ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al menos 27 personas perecieron en el naufragio.", [("killed", None, "at least 27")]),
        ("Perecieron 27 personas.", [("killed", None, "27")]),
        ("La Guardia Civil ha detenido a tres jóvenes.", [("detained", "young_people", "3")]),  # guide17
        ("Los agentes detuvieron a 12 personas.", [("detained", None, "12")]),
        ("La policía arrestó a 12 personas.", [("detained", None, "12")]),
        ("Detienen a cinco personas por el ataque.", [("detained", None, "5")]),
        ("El fuego obligó a evacuar a 1.500 personas.", [("evacuated", None, "1500")]),
        ("El incendio obligó a desalojar a más de 2.000 vecinos.", [("evacuated", None, "more than 2000")]),
        ("Fueron desalojadas unas 600 personas.", [("evacuated", None, "about 600")]),
        ("Los equipos de rescate lograron salvar a 20 personas.", [("rescued", None, "20")]),
        ("Rescatan a 40 migrantes frente a Canarias.", [("rescued", None, "40")]),
    ],
)
def test_spanish_verbs_in_every_tense(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "La policía desalojó el edificio de 12 plantas.",  # floors of a building
        "El plan prevé evacuar 3 hospitales en 2026.",  # hospitals, a year
        "El edificio desalojado tenía 12 plantas.",
        "La mata de 2 metros fue arrancada.",  # "mata" the shrub is no verb here
        "Los manifestantes fueron desalojados hace 3 años.",  # years back, no count
    ],
)
def test_spanish_verbs_without_victims_give_nothing(text: str) -> None:
    assert _claims(text, "es") == []


# -- predicates the guide names: poisoning is injury, fleeing one's home and homelessness displacement -----------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Diez personas fueron atendidas por intoxicación.", "es", [("injured", None, "10")]),
        ("Diez personas resultaron intoxicadas por el humo.", "es", [("injured", None, "10")]),
        ("Douze personnes ont été légèrement intoxiquées par les fumées.", "fr", [("injured", None, "12")]),
        ("Más de 5.000 personas huyeron de sus hogares.", "es", [("displaced", None, "more than 5000")]),
        ("Plus de 5 000 personnes ont fui leurs maisons.", "fr", [("displaced", None, "more than 5000")]),
        ("Plus de 10 000 personnes se retrouvent sans abri.", "fr", [("displaced", None, "more than 10000")]),
        ("Cinco personas fueron ultimadas a balazos en un bar.", "es", [("killed", None, "5")]),
        ("Tres hombres fueron privados de la vida.", "es", [("killed", "men", "3")]),
        ("Cuatro personas resultaron con heridas.", "es", [("injured", None, "4")]),
    ],
)
def test_poisoning_fleeing_and_the_latin_american_words(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los 3 sospechosos huyeron en un coche.", "es"),  # suspects flee: no displacement
        ("Les 3 suspects ont fui à bord d'une voiture.", "fr"),
        ("El ladrón huyó con 3.000 euros.", "es"),
        ("La intoxicación alimentaria de 2019 duró 3 días.", "es"),
    ],
)
def test_fleeing_and_poisoning_without_victims_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- German compound groups: the group the head names ("Grubenmitarbeiter" are workers) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drei Polizeibeamte wurden verletzt.", [("injured", "officers", "3")]),
        ("Drei Beamte wurden verletzt.", [("injured", "officers", "3")]),
        ("Vier Grubenmitarbeiter seien gerettet worden.", [("rescued", "workers", "4")]),
        ("Zwölf Schulkinder wurden verletzt.", [("injured", "children", "12")]),
        ("Zwei Feuerwehrmänner wurden verletzt.", [("injured", "firefighters", "2")]),
        # a compound on "men" or "women" names another role, not the men or women
        ("Zwei Ehefrauen wurden verletzt.", [("injured", None, "2")]),
        ("Zwei Erntehelfer wurden verletzt.", [("injured", None, "2")]),
    ],
)
def test_german_compound_groups(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "300 Schulkinder besuchen die Schule seit 2010.",  # no casualty predicate
        "Die 40 Polizeibeamten arbeiten seit 3 Jahren in der Stadt.",
    ],
)
def test_german_compound_groups_without_a_casualty_give_nothing(text: str) -> None:
    assert _claims(text, "de") == []


# -- German victims in a toll are the dead; expected and feared tolls are projected -------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Unter den Opfern sind zwei Kinder.", "de", [("killed", "children", "2")]),
        (
            "Zwölf Menschen wurden verletzt, unter den Opfern sind zwei Kinder.",
            "de",
            [("injured", None, "12"), ("injured", "children", "2")],
        ),
        ("Die Zahl der Opfer stieg auf 40.", "de", [("killed", None, "40")]),
        ("Die Zahl der Opfer liegt inzwischen bei 40.", "de", [("killed", None, "40")]),
    ],
)
def test_german_victims_in_a_toll(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Man rechnet mit bis zu 100 Toten.", "de", ("killed", "at most 100", "projected")),
        ("Es wird mit bis zu 100 Toten gerechnet.", "de", ("killed", "at most 100", "projected")),
        ("Les autorités redoutent un bilan de plus de 100 morts.", "fr", ("killed", "more than 100", "projected")),
        ("Les secouristes craignent plus de 100 morts.", "fr", ("killed", "more than 100", "projected")),
        # no cue: reported
        ("Die Behörden meldeten 100 Tote.", "de", ("killed", "100", "reported")),
    ],
)
def test_expected_and_feared_tolls_are_projected(text: str, language: str, expected: tuple[str, str, str]) -> None:
    found = [
        (x.claim.metric, str(x.claim.figure), x.claim.status.value)
        for x in extract(text, language=language, source="s", reported_at="2025-01-01")
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Zahl der Opfer von 2015 wurde nie geklärt.", "de"),  # a year, no count
        ("Die Zahl der Opfer des Jahres 2015 wurde nie geklärt.", "de"),
        ("Unter den Opfern von 1990 sind 12 namentlich bekannt.", "de"),
    ],
)
def test_german_victims_without_a_count_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Las autoridades confirmaron la muerte de 18 personas.", ("killed", "18", "confirmed")),
        ("Los bomberos confirman 18 fallecidos.", ("killed", "18", "confirmed")),
        ("Según un primer balance, 18 personas murieron.", ("killed", "18", "preliminary")),
        ("Según el primer recuento, hay 18 muertos.", ("killed", "18", "preliminary")),
        # no cue: reported
        ("Según la policía, 18 personas murieron.", ("killed", "18", "reported")),
        ("La policía informó de que 18 personas murieron.", ("killed", "18", "reported")),
    ],
)
def test_spanish_confirmed_and_first_counts(text: str, expected: tuple[str, str, str]) -> None:
    found = [
        (x.claim.metric, str(x.claim.figure), x.claim.status.value)
        for x in extract(text, language="es", source="s", reported_at="2025-01-01")
    ]
    assert found == [expected]


# -- a road name in the adverbial of a verb-second clause; nouns of shooting down; German active rescue -----------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Laut Polizei starben bei dem Unfall auf der A9 zwei Menschen.", "de", [("killed", None, "2")]),
        (
            "Laut Polizei starben auf der B27 zwei Menschen, drei weitere wurden schwer verletzt.",
            "de",
            [("killed", None, "2"), ("injured", None, "3")],
        ),
        ("Ucrania anunció el derribo de 40 drones.", "es", [("intercepted", "drones", "40")]),
        ("L'armée a annoncé l'interception de 40 drones.", "fr", [("intercepted", "drones", "40")]),
        ("L'armée a annoncé la destruction de 40 drones.", "fr", [("intercepted", "drones", "40")]),
        ("Die Feuerwehr rettete 15 Bewohner aus dem brennenden Haus.", "de", [("rescued", None, "15")]),
        ("Die Rettungskräfte retteten 30 Menschen.", "de", [("rescued", None, "30")]),
    ],
)
def test_road_names_shooting_down_nouns_and_rescue(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Auf der A9 starben 2019 zwei Menschen.", "de"),  # a year back: another event
        ("La destruction de 40 maisons a été confirmée.", "fr"),  # houses
        ("El derribo de 3 edificios comenzó en 2020.", "es"),
        ("Die Feuerwehr rettete das Gebäude mit 12 Wohnungen.", "de"),
        ("Der Torwart rettete 2019 seinem Team 3 Punkte.", "de"),
    ],
)
def test_road_names_shooting_down_nouns_and_rescue_without_victims(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On déplore au moins 12 victimes.", [("killed", None, "at least 12")]),
        ("On déplore 12 blessés.", [("injured", None, "12")]),  # the noun's metric
        ("On déplore 12 personnes blessées.", [("injured", None, "12")]),
    ],
)
def test_mourning_counts_the_dead(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire déplore les 3 millions d'euros de dégâts.",
        "On déplore 12 maisons détruites.",
        "Il déplore 3 ans de retard.",
    ],
)
def test_mourning_no_victims_gives_nothing(text: str) -> None:
    assert _claims(text, "fr") == []


# -- arrests, police custody and rehousing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Les forces de l'ordre ont procédé à 45 interpellations.", "fr", [("detained", None, "45")]),
        ("45 personnes ont été placées en garde à vue.", "fr", [("detained", None, "45")]),
        ("Près de 300 personnes ont dû être relogées.", "fr", [("displaced", None, "about 300")]),
        ("La policía practicó 45 detenciones.", "es", [("detained", None, "45")]),
        ("Die Polizei meldete 45 Festnahmen.", "de", [("detained", None, "45")]),
    ],
)
def test_arrests_custody_and_rehousing(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le nombre d'interpellations a baissé de 12 % en 2023.", "fr"),  # a share, a year
        ("Las detenciones aumentaron un 20% en 2019.", "es"),
        ("Die Zahl der Festnahmen ist 2019 um 12 Prozent gestiegen.", "de"),
    ],
)
def test_arrest_statistics_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []
