"""Session 13 (fresh13, issue 13): kinds of failure that batch 6 dev inner b showed, fixed by mechanism and pinned
by made-up sentences (benchmarks/probes/fresh13_*.txt), never corpus sentences; each family has positives and
same-surface negatives (numbers that are no counts, or no casualties, beside the same words).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- French "affecté(e)s" is the corpus guide's `affected`; assigned to a post is no casualty ------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Au total, 3 100 personnes ont été affectées par les inondations.", [("affected", None, "3100")]),
        ("Quelque 8 000 habitants sont affectés par la sécheresse.", [("affected", None, "about 8000")]),
        (
            "Les pluies ont fait 12 morts et affecté 40 000 personnes.",
            [("affected", None, "40000"), ("killed", None, "12")],
        ),
        (
            "Les crues ont provoqué des dégâts, affectant plus de 20 000 habitants.",
            [("affected", None, "more than 20000")],
        ),
        ("Les inondations affectent 15 000 personnes dans le nord.", [("affected", None, "15000")]),
        ("Le séisme a affecté 800 personnes à Niamey.", [("affected", None, "800")]),
        ("Le nombre de personnes affectées s'élève à 2 000.", [("affected", None, "2000")]),
    ],
)
def test_french_affected(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "fr") == claims


@pytest.mark.parametrize(
    "text",
    [
        "Au total, 300 gendarmes ont été affectés à la sécurité du sommet.",
        "Quelque 40 policiers sont affectés au commissariat.",
        "Le préfet a affecté 40 policiers au commissariat de Lens.",
        "Une dizaine d'agents ont été affectés aux urgences de l'hôpital.",
        "Le séisme a affecté 200 écoles.",
        "Les crues ont provoqué des dégâts, affectant plus de 20 000 hectares.",
        "Le ministère a affecté 30 millions d'euros à la reconstruction.",
    ],
)
def test_french_affected_not_a_count(text: str) -> None:
    assert claims_of(text, "fr") == []


# -- the count a change started from, with a day or a date before "to" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "The death toll rose from 12 on Monday to 19 on Tuesday.",
            "en",
            [("killed", None, "12"), ("killed", None, "19")],
        ),
        ("The death toll rose from 12 on 3 May to 19.", "en", [("killed", None, "12"), ("killed", None, "19")]),
        (
            "Le nombre de morts est passé de 12 le 3 mai à 19 le 5 mai.",
            "fr",
            [("killed", None, "12"), ("killed", None, "19")],
        ),
        (
            "Le nombre de personnes affectées est passé de 800 le 3 mai à plus de 2 000 personnes.",
            "fr",
            [("affected", None, "800"), ("affected", None, "more than 2000")],
        ),
        (
            "Die Zahl der Toten stieg von 12 am 3. Mai auf 19.",
            "de",
            [("killed", None, "12"), ("killed", None, "19")],
        ),
        (
            "Die Zahl der Verletzten ist von 40 am Montag auf 65 gestiegen.",
            "de",
            [("injured", None, "40"), ("injured", None, "65")],
        ),
        (
            "Het dodental steeg van 12 op maandag naar 19 op dinsdag.",
            "nl",
            [("killed", None, "12"), ("killed", None, "19")],
        ),
    ],
)
def test_change_from_a_dated_origin(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prices rose from 12 on Monday to 19 on Tuesday.", "en"),
        ("The temperature rose from 12 on Monday to 19 degrees.", "en"),
        ("Le prix est passé de 12 le 3 mai à 19 euros.", "fr"),
        ("Der Preis stieg von 12 am Montag auf 19 Euro.", "de"),
        ("De prijs steeg van 12 op maandag naar 19 euro.", "nl"),
    ],
)
def test_change_from_a_dated_origin_of_no_count(text: str, language: str) -> None:
    assert claims_of(text, language) == []


# -- households beside the people are no count, and do not cut the people from their predicate ------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Some 12,400 people, or 2,100 households, have been affected by the floods.",
            "en",
            [("affected", None, "about 12400")],
        ),
        (
            "Some 12,400 people in 2,100 households were displaced by the floods.",
            "en",
            [("displaced", None, "about 12400")],
        ),
        (
            "Au 3 mai, 12 400 personnes soit 2 100 ménages sont affectées par les crues.",
            "fr",
            [("affected", None, "12400")],
        ),
        ("Au total, 12 400 personnes, soit 2 100 familles, ont été déplacées.", "fr", [("displaced", None, "12400")]),
        (
            "Rund 12.400 Menschen in 2100 Haushalten sind von den Überschwemmungen betroffen.",
            "de",
            [("affected", None, "about 12400")],
        ),
        (
            "Unas 12.400 personas en 2.100 hogares han resultado afectadas por las lluvias.",
            "es",
            [("affected", None, "about 12400")],
        ),
        (
            "Zo'n 12.400 mensen in 2.100 huishoudens moesten worden geëvacueerd.",
            "nl",
            [("evacuated", None, "about 12400")],
        ),
    ],
)
def test_people_with_their_households(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Au 3 mai, 2 100 ménages sont affectés par les crues.", "fr"),
        ("Au total, 12 400 personnes soit 2 100 maisons ont été détruites.", "fr"),
        ("Rund 2100 Haushalte sind von den Überschwemmungen betroffen.", "de"),
        ("Rund 400 Familien wurden evakuiert.", "de"),
        ("Some 2,100 households have been affected by the floods.", "en"),
    ],
)
def test_households_are_no_count(text: str, language: str) -> None:
    assert claims_of(text, language) == []


# -- a toll raised to a figure before its noun, and the figure a toll came from ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("The new deaths bring to 42 the death toll since the weekend.", "en", [("killed", None, "42")]),
        (
            "Two more bodies were found, bringing to 19 the number of dead.",
            "en",
            [("killed", None, "+2"), ("killed", None, "19")],
        ),
        ("The arrests bring to 12 the number of people detained.", "en", [("detained", None, "12")]),
        (
            "The death toll rose to 143, up from 114 on Tuesday.",
            "en",
            [("killed", None, "114"), ("killed", None, "143")],
        ),
        ("Officials put the death toll at 56, up from 41.", "en", [("killed", None, "41"), ("killed", None, "56")]),
        ("The toll rose to 143 dead, up from 114.", "en", [("killed", None, "114"), ("killed", None, "143")]),
        ("Die Zahl der Toten stieg auf 143, nach zuvor 114.", "de", [("killed", None, "114"), ("killed", None, "143")]),
        (
            "La cifra de muertos asciende a 143, frente a los 114 del martes.",
            "es",
            [("killed", None, "114"), ("killed", None, "143")],
        ),
        (
            "Le bilan s'élève à 143 morts, contre 114 mardi.",
            "fr",
            [("killed", None, "114"), ("killed", None, "143")],
        ),
    ],
)
def test_raised_to_and_earlier_figure(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("The new rules bring to 42 the number of banned substances.", "en", []),
        ("Two more flights were cancelled, bringing to 19 the number of delays.", "en", []),
        ("He took to 12 the number of goals this season.", "en", []),
        ("The budget rose to 143 million, up from 114 on Tuesday.", "en", []),
        ("Officials put the inflation rate at 5.6, up from 4.1.", "en", []),
        ("Officials said 56 people had died, up from 41 percent.", "en", [("killed", None, "56")]),
        ("The toll rose to 143, up from 114 last year.", "en", [("killed", None, "143")]),
        ("Der Umsatz stieg auf 143 Millionen, nach zuvor 114.", "de", []),
        ("El presupuesto asciende a 143 millones, frente a los 114 del martes.", "es", []),
        ("Le tribunal a condamné 143 manifestants, contre 114 l'an dernier.", "fr", []),
    ],
)
def test_raised_to_and_earlier_figure_of_no_count(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- weapons listed between a separable verb's stem and its particle; Dutch perfect infinitive --------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Afgelopen nacht schoot de luchtafweer 31 drones en twee raketten neer.",
            "nl",
            [("intercepted", "drones", "31"), ("intercepted", "missiles", "2")],
        ),
        (
            "De luchtafweer schoot 31 drones en een raket neer.",
            "nl",
            [("intercepted", "drones", "31"), ("intercepted", "missiles", "1")],
        ),
        (
            "Die Flugabwehr schoss in der Nacht 31 Drohnen und zwei Raketen ab.",
            "de",
            [("intercepted", "drones", "31"), ("intercepted", "rockets", "2")],
        ),
        (
            "Het leger zegt 31 van de 40 drones uit de lucht te hebben geschoten.",
            "nl",
            [("intercepted", "drones", "31"), ("launched", "drones", "40")],
        ),
    ],
)
def test_weapons_listed_in_a_separable_verb(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De luchtafweer schoot 31 drones en twee vliegtuigen neer.", "nl"),
        ("De club schoot 31 doelpunten en twee penalty's af.", "nl"),
        ("Die Flugabwehr schoss 31 Fotos und zwei Videos ab.", "de"),
    ],
)
def test_weapons_listed_in_a_separable_verb_no_count(text: str, language: str) -> None:
    assert claims_of(text, language) == []
