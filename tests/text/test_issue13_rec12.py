"""Session 12 (rec12, issue 13): victims named by who they are, shared by the five languages, written by
construction (benchmarks/probes/rec12_*.txt), not corpus sentences: "both" before victims or their predicate, a
capitalised adjective of origin before a metric noun, and "others" before a noun of bodies. Each family has
positives and same-surface negatives (the same words before things that are no victims).
"""

from __future__ import annotations

import pytest

from casualtylog.text._pair_counts import demonym_adjective, pair_mention
from casualtylog.text._tokens import tokenize
from casualtylog.text.lang import get_language
from tests.text._read import Claim
from tests.text._read import claims_of as _claims

# -- "both": a pair named by its members counts two -----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Both officers were injured in the shootout.", [("injured", "officers", "2")]),
        ("en", "Both soldiers died of their wounds.", [("killed", "soldiers", "2")]),
        ("en", "Both were killed instantly, the coroner said.", [("killed", None, "2")]),
        ("en", "Both bodies were recovered from the river.", [("killed", None, "2")]),
        ("nl", "Beide agenten raakten gewond bij de schietpartij.", [("injured", "officers", "2")]),
        ("nl", "Beide kinderen kwamen om bij de brand.", [("killed", "children", "2")]),
        ("de", "Beide Polizisten wurden bei der Schießerei verletzt.", [("injured", "officers", "2")]),
        ("de", "Die beiden Insassen starben noch an der Unfallstelle.", [("killed", None, "2")]),
        ("es", "Ambos policías resultaron heridos en el tiroteo.", [("injured", "officers", "2")]),
        ("es", "Ambas mujeres resultaron heridas de gravedad.", [("injured", "women", "2")]),
    ],
)
def test_both_counts_two_victims(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Both officers were promoted in 2021."),
        ("en", "Both sides claimed victory after the vote."),
        ("en", "Both countries have sent rescue teams."),
        ("en", "Both were born in 1990 in the same village."),
        ("en", "Both buildings were destroyed by the fire."),
        ("nl", "Beide agenten werden in 2021 bevorderd."),
        ("nl", "In beide landen gaan de scholen maandag weer open."),
        ("de", "Beide Seiten meldeten am Montag Verhandlungserfolge."),
        ("de", "Beide Häuser wurden zerstört."),
        ("es", "Ambos países condenaron el ataque."),
        ("es", "Ambas casas resultaron dañadas."),
    ],
)
def test_both_before_no_victims_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_pair_mention_ends_before_its_noun() -> None:
    en = get_language("en")
    tokens = tokenize("Both officers were injured.", en)
    m = pair_mention(tokens, 0, en)
    assert m is not None
    assert (m.start, m.end, m.figure.low) == (0, 1, 2)
    assert pair_mention(tokenize("Both sides claimed victory.", en), 0, en) is None
    # French reads "les deux" as a number already; it has no word of "both"
    fr = get_language("fr")
    assert pair_mention(tokenize("Tous deux ont été blessés.", fr), 1, fr) is None


# -- a capitalised adjective of origin between a number and its metric noun ------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The strike left 20 Palestinian dead, medics said.", [("killed", None, "20")]),
        ("en", "Rescuers found 14 Syrian dead in the container.", [("killed", None, "14")]),
        ("en", "There were 12 Israeli deaths in the attack.", [("killed", None, "12")]),
        ("en", "The shelling caused 30 Ukrainian deaths this week.", [("killed", None, "30")]),
        ("nl", "Bij de aanval vielen 20 Palestijnse doden, meldt de zender.", [("killed", None, "20")]),
        ("nl", "Er zijn zeker negen Afghaanse doden gevallen.", [("killed", None, "at least 9")]),
        ("nl", "In de vrachtwagen werden 14 Syrische doden aangetroffen.", [("killed", None, "14")]),
        ("nl", "Er vielen 30 Oekraïense doden deze week.", [("killed", None, "30")]),
        # a demonym used as a noun: the caller reads on past it to the predicate
        ("en", "The ministry said 12 Lebanese were wounded in the shelling.", [("injured", None, "12")]),
    ],
)
def test_an_adjective_of_origin_before_the_dead(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The 20 Palestinian prisoners were released on Sunday."),
        ("en", "The 30 Ukrainian grain ships left port this week."),
        ("en", "Some 40 American tourists were visiting the site at the time."),
        ("en", "In 2020 Covid deaths rose across the region."),
        ("en", "In 2019 British troops were deployed to the region."),
        ("en", "Since 2014 Ukrainian soldiers have trained in Poland."),
        ("nl", "De 20 Palestijnse gevangenen kwamen zondag vrij."),
        ("nl", "De 30 Oekraïense graanschepen vertrokken deze week."),
        ("nl", "De 12 Libanese ministers vergaderden dinsdag."),
    ],
)
def test_an_adjective_of_origin_before_no_metric_noun_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_demonym_adjective_reads_the_list_and_the_endings() -> None:
    en, nl, de = get_language("en"), get_language("nl"), get_language("de")
    assert demonym_adjective("israeli", en)  # listed, no ending
    assert demonym_adjective("palestinian", en)
    assert not demonym_adjective("monday", en)
    assert demonym_adjective("palestijnse", nl)
    assert demonym_adjective("syrische", nl)
    assert not demonym_adjective("palästinensische", de)  # German reads lower-case adjectives already


# -- "others" before a noun of bodies names bodies -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # more bodies with no other count in the sentence add to the toll (guide, session 15 "Another and more",
        # case 2; guide17: these were plain)
        ("fr", "Les plongeurs ont repêché deux autres corps dans le lac.", [("killed", None, "+2")]),
        ("fr", "Trois autres corps ont été découverts samedi.", [("killed", None, "+3")]),
        ("de", "Taucher bargen zwei weitere Leichen aus dem See.", [("killed", None, "+2")]),
        ("de", "Vier weitere Leichen wurden aus dem Fluss geborgen.", [("killed", None, "+4")]),
        ("en", "Divers recovered two other bodies from the lake.", [("killed", None, "2")]),
    ],
)
def test_other_bodies_are_bodies(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Trois autres bâtiments ont été détruits samedi."),
        ("de", "Taucher bargen zwei weitere Autos aus dem See."),
        ("de", "Vier weitere Schulen öffnen am Montag wieder."),
        ("en", "Divers recovered two other cars from the lake."),
    ],
)
def test_others_before_things_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


# -- a fronted whole, then its part: "Of the deaths, 212 were in Kashmir", "Van de doden waren er 12 kinderen" --


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Of the deaths, 17 were recorded in Aleppo, the monitor said.", [("killed", None, "17")]),
        ("en", "Of the injured, 30 were in the capital.", [("injured", None, "30")]),
        ("en", "Among the dead, 12 were children, the ministry said.", [("killed", "children", "12")]),
        ("nl", "Van de doden waren er twaalf kinderen.", [("killed", "children", "12")]),
        ("nl", "Van de doden waren er 17 in Aleppo.", [("killed", None, "17")]),
        ("de", "Von den Toten waren zwölf Kinder, teilte das Ministerium mit.", [("killed", "children", "12")]),
        ("de", "Von den Toten waren 17 in Aleppo.", [("killed", None, "17")]),
        ("es", "De los fallecidos, 12 eran niños, según el ministerio.", [("killed", "children", "12")]),
        ("es", "De los muertos, 17 fueron registrados en Alepo.", [("killed", None, "17")]),
        ("fr", "Parmi les morts, douze étaient des enfants, selon le ministère.", [("killed", "children", "12")]),
        ("fr", "Sur les morts, 17 ont été recensés à Alep.", [("killed", None, "17")]),
    ],
)
def test_a_part_of_a_fronted_whole(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Of the dead, 12 were in their twenties."),  # an age, no place
        ("en", "Of the dead, 12 were identified."),  # says nothing of what the 12 are
        ("en", "Of the applicants, 17 were recorded in Aleppo."),
        ("en", "Among the guests, 12 were children."),
        ("nl", "Van de leerlingen waren er twaalf kinderen van personeel."),
        ("nl", "Van de deelnemers waren er 17 in Aleppo."),
        ("de", "Von den Teilnehmern waren zwölf Kinder."),
        ("de", "Von den Bewerbern waren 17 in Aleppo."),
        ("es", "De los invitados, 12 eran niños."),
        ("es", "De los aspirantes, 17 fueron registrados en Alepo."),
        ("fr", "Parmi les invités, douze étaient des enfants."),
        ("fr", "Sur les candidats, 17 ont été recensés à Alep."),
    ],
)
def test_a_part_of_a_fronted_whole_of_no_victims_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


# -- "one" in a per-place split, after "and" or a comma, in every language with prepositions of place ----------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Sieben Menschen starben in Homs, sechs in Hama und einer in Idlib.", ["1", "6", "7"]),
        ("nl", "Zeven doden vielen in Homs, zes in Hama en een in Idlib.", ["1", "6", "7"]),
        ("nl", "Twee mensen kwamen om in Gent en een in Brugge.", ["1", "2"]),
        ("fr", "Deux morts à Paris et une à Lyon.", ["1", "2"]),
    ],
)
def test_one_in_a_split_by_place(language: str, text: str, expected: list[str]) -> None:
    assert _claims(text, language) == [("killed", None, f) for f in expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Firma hat sieben Filialen in Homs, sechs in Hama und eine in Idlib."),
        ("nl", "Het bedrijf heeft zeven winkels in Homs, zes in Hama en een in Idlib."),
        ("fr", "Deux magasins à Paris et un à Lyon."),
    ],
)
def test_one_in_a_split_of_things_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Los bomberos hallaron a dos hombres en el pozo, ambos muertos.", [("killed", "men", "2")]),
    ],
)
def test_both_in_an_aside_is_the_count_before(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- a metric noun opening the sentence stands for its own toll --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Deaths now stand at 2,145, according to the health authority.", [("killed", None, "2145")]),
        ("en", "Fatalities have climbed to 88, the agency said.", [("killed", None, "88")]),
        ("en", "Injuries have risen to 63, the ministry said.", [("injured", None, "63")]),
        ("fr", "Les morts s'élèvent désormais à 88, selon l'agence.", [("killed", None, "88")]),
        ("de", "Die Toten belaufen sich inzwischen auf 88, teilte die Behörde mit.", [("killed", None, "88")]),
        ("nl", "De doden lopen inmiddels op tot 88, meldt het agentschap.", [("killed", None, "88")]),
    ],
)
def test_a_metric_noun_opening_the_sentence_is_its_toll(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Prices have climbed to 88 dollars a barrel."),
        ("en", "The dead were 31 Afghans and 4 Pakistanis."),  # a copula tells who they were
        ("en", "Deaths in the region rose to 40 percent of the total."),
        ("en", "The fatality rate is roughly 1 in 20 infections."),  # a word of no cue before a cue of state
        ("fr", "Le taux de mortalité est de 12 %."),
        ("de", "Die Kosten belaufen sich inzwischen auf 88 Millionen Euro."),
        ("de", "Die Toten sind 31 Afghanen."),
        ("nl", "De kosten lopen inmiddels op tot 88 miljoen euro."),
        ("nl", "De doden zijn 31 Afghanen."),
        # a preposition after an auxiliary: where the victims were taken, no toll
        ("nl", "De gewonden zijn naar twee ziekenhuizen in Gent overgebracht."),
        ("en", "The injured were taken to 3 hospitals in the capital."),
        ("de", "Die Verletzten kamen in drei Krankenhäuser der Stadt."),
        ("fr", "Les blessés sont arrivés à 3 heures du matin."),
    ],
)
def test_no_metric_noun_or_a_copula_is_no_toll(language: str, text: str) -> None:
    assert _claims(text, language) == []


# -- "de las cuales", "von ihnen" open a part of the count before, as "de los cuales", "von denen" did -----------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Murieron once personas, de las cuales cuatro eran niños.",
            [("killed", None, "11"), ("killed", "children", "4")],
        ),
        ("es", "Hubo 30 heridas, de las cuales 12 de gravedad.", [("injured", None, "12"), ("injured", None, "30")]),
        (
            "de",
            "30 Menschen wurden verletzt, von ihnen zwölf schwer.",
            [("injured", None, "12"), ("injured", None, "30")],
        ),
        ("de", "Elf Menschen starben, von ihnen vier Kinder.", [("killed", None, "11"), ("killed", "children", "4")]),
    ],
)
def test_a_part_after_a_relative_of_the_count(language: str, text: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El autobús llevaba 40 personas, de las cuales 12 eran jubiladas."),
        ("de", "Im Bus saßen 40 Menschen, von ihnen zwölf Rentner."),
    ],
)
def test_a_part_of_no_count_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


# -- German "Opfer" names one victim; after an ordinal it is one more, as German read "ein dritter Mann" -----------
# (English ordinals were tried and dropped: "A sixth passenger … was still missing" is 1 missing, the five before
# it rescued, not one more of a running count.)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein drittes Opfer ist im Krankenhaus gestorben.", [("killed", None, "+1")]),
        ("Ein Opfer ist im Krankenhaus gestorben.", [("killed", None, "1")]),
    ],
)
def test_a_german_victim_named_opfer(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    ["Ein drittes Opfer der Flut von 2013 erzählt von damals.", "Ein Opfer des Anschlags sagte vor Gericht aus."],
)
def test_an_opfer_with_no_casualty_predicate_is_no_count(text: str) -> None:
    assert _claims(text, "de") == []
