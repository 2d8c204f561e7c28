"""Session 14 (fresh8en, issue 13): the kinds of failure on batch 8's English and Dutch dev text, each with dev
sentences (their ids cited) or short probes of the same shape, and probes that must give no claim (precision).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of


def _check(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == sorted(claims, key=lambda c: (c[0], c[1] or "", c[2]))


# -- a list after "The victims included" / "Survivors included" takes the head's metric -------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-9b75c7c3-3
            "The victims included a six-month-old child, along with eight men, UNHCR said.",
            [("killed", "children", "1"), ("killed", "men", "8")],
        ),
        (  # en-a0b1d623-3
            "Wilson said the victims included the suspect's 25-year-old girlfriend, and three men, including the "
            "62-year-old neighbor.",
            [("killed", "men", "3")],
        ),
        ("The victims included 10 children and two women.", [("killed", "children", "10"), ("killed", "women", "2")]),
        (
            "Survivors included a baby and 13 women, RAI said.",
            [("rescued", "children", "1"), ("rescued", "women", "13")],
        ),
        (
            "The victims included four children, as well as two women.",
            [("killed", "children", "4"), ("killed", "women", "2")],
        ),
        # the list's own count decides ("12 victims, including 3 children, were hurt"): no head read
        ("12 victims, including 3 children, were hurt.", [("injured", None, "12"), ("injured", "children", "3")]),
        # no head of the table, or no determiner before it: nothing
        ("The passengers included 10 children.", []),
        ("Many victims included 10 children.", []),
        # one person named in the list is no count
        ("The victims included the mayor.", []),
    ],
)
def test_list_after_victims_included(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- Dutch nouns: workers as a group, refugees as people, one national, hyphenated nationals ----------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Nog vijf personeelsleden van de fabriek worden vermist, meldt het staatspersbureau Xinhua.",  # nl-af3eb0d7-2
         [("missing", "workers", "5")]),
        ("Drie arbeiders kwamen om het leven.", [("killed", "workers", "3")]),
        (  # nl-ab1cfcca-1
            "Zeker vijftien vluchtelingen, onder wie vijf kinderen, zijn om het leven gekomen in de Egeïsche Zee toen "
            "de boot waarop ze zaten kapseisde.",
            [("killed", None, "at least 15"), ("killed", "children", "5")],
        ),
        ("Een Pool zit vast omdat hij in zijn land nog een celstraf van acht jaar heeft openstaan.",  # nl-d7ff82f0-4
         [("detained", None, "1")]),
        (  # nl-d7ff82f0-2: a hyphenated national, and "als" naming a role (no condition)
            "De politie hield onder anderen drie Wit-Russen aan die bekend stonden als winkeldieven.",
            [("detained", None, "3")],
        ),
        ("Drie Noord-Koreanen raakten gewond.", [("injured", None, "3")]),
        # refugees alone are still no displaced count, and taking them in is no injury
        ("Nederland neemt 500 vluchtelingen op.", []),
        ("Het schip had 300 vluchtelingen aan boord.", []),
        # a definite national is one named person, no count; "als" as "if" still makes a condition
        ("De Pool zit vast.", []),
        ("Als de dam breekt, kunnen 300 mensen omkomen.", []),
    ],
)
def test_dutch_nouns_of_people(text: str, claims: list[Claim]) -> None:
    _check(text, "nl", claims)


# -- Dutch predicates: one victim "liet het leven", "moest (hiervoor) naar het ziekenhuis" -------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # nl-b007fd7a-5
            "In Brandenburg, nabij de stad Cottbus, ongeveer 120 kilometer ten zuiden van Berlijn, liet een "
            "vrachtwagenchauffeur het leven, nadat hij verrast was door een rukwind op de autosnelweg.",
            [("killed", "truck_drivers", "1")],
        ),
        ("Een man liet het leven.", [("killed", "men", "1")]),
        ("Eén van de slachtoffers moest hiervoor naar het ziekenhuis.", [("injured", None, "1")]),  # nl-0fd006ed-3
        ("Twee mensen moesten met spoed naar het ziekenhuis.", [("injured", None, "2")]),
        # going to hospital is no injury without "had to"; a check-up is none either
        ("Twee mensen reden naar het ziekenhuis.", []),
        ("Vijf mensen moesten voor controle naar het ziekenhuis.", []),
    ],
)
def test_dutch_predicates(text: str, claims: list[Claim]) -> None:
    _check(text, "nl", claims)


# -- English words: "apprehended", "rescue workers" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-6cdbffde-1
            "In a major operation, the Federal Capital Territory (FCT) Police Command apprehended 307 individuals "
            "during a raid on suspected criminal hideouts along the Dei-Dei-Zuba axis.",
            [("detained", None, "307")],
        ),
        ("Three suspects were apprehended.", [("detained", "suspects", "3")]),
        (  # en-88a0c4c2-1
            "A disastrous cave-in killed three rescue workers and injured at least six others who were trying to "
            "tunnel through rubble to reach trapped miners, authorities said.",
            [("injured", "rescue_workers", "at least 6"), ("killed", "rescue_workers", "3")],
        ),
        ("More than 700 rescue workers continued digging.", []),
    ],
)
def test_english_words(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- a part after "of whom" / "van wie" keeps the whole's group ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (  # nl-dc95f19c-2
            "Er waren 103 werkers in de fabriek aanwezig, van wie er naast de doden 43 gewond raakten.",
            "nl",
            [("injured", "workers", "43")],
        ),
        (
            "Nine soldiers were hurt, seven of whom were seriously injured.",
            "en",
            [("injured", "soldiers", "7"), ("injured", "soldiers", "9")],
        ),
        # a part that names its own group keeps it; a whole of people gives none
        (
            "Nine soldiers were hurt, seven of whom were children.",
            "en",
            [("injured", "children", "7"), ("injured", "soldiers", "9")],
        ),
        (
            "Nine people were hurt, seven of whom were seriously injured.",
            "en",
            [("injured", None, "7"), ("injured", None, "9")],
        ),
    ],
)
def test_part_of_whom_keeps_group(text: str, language: str, claims: list[Claim]) -> None:
    _check(text, language, claims)


# -- "the number of civilians killed": a counted toll with the noun's group ---------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-d48fdd03-2
            "The latest incident brings to at least 21 -- including 14 children -- the number of civilians killed in "
            "air strikes in recent days, according to the UN Assistance Mission in Afghanistan (UNAMA).",
            [("killed", "children", "14"), ("killed", "civilians", "at least 21")],
        ),
        ("The number of civilians killed rose to 21.", [("killed", "civilians", "21")]),
        ("The number of children injured stands at 40.", [("injured", "children", "40")]),
        ("The number of people injured rose to 40.", [("injured", None, "40")]),
        # a participle that is no casualty predicate: no toll
        ("The number of troops deployed rose to 300.", []),
        ("The number of civilians rose to 300.", []),
    ],
)
def test_number_of_group_participle(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- an aside of members whose closing comma was left out ends at the predicate ----------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-c52f375f-2
            "However, local officials confirmed two people were killed and six other, all of them civilians were "
            "wounded in the incident.",
            [("injured", None, "6"), ("killed", None, "2")],
        ),
        (  # en-c52f375f-1
            "KABUL (AT News): Residents in northern Badakhshan province on Monday claimed that at least 15 civilians "
            "were killed and 18 others, including children wounded in an airstrike conducted on Sunday afternoon in "
            "Warduj district of the province.",
            [("injured", "civilians", "18"), ("killed", "civilians", "at least 15")],
        ),
        # the aside closed after all, or the member's own relative clause: the subject's predicate is after it
        (
            "Thirty people, including a man injured in the blast, were evacuated.",
            [("evacuated", None, "30"), ("evacuated", "men", "1")],
        ),
        (
            "Thirty people, including a man who was injured, were evacuated.",
            [("evacuated", None, "30"), ("evacuated", "men", "1")],
        ),
    ],
)
def test_unclosed_aside_of_members(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- survivors found are rescued; treated for a severe cold or burn is injured --------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-4de276af-1
            "The death toll from a crowded ferry capsizing in Lake Victoria rose to more than 200 Saturday, with scores "
            "of victims identified by grieving relatives, as rescuers found one lucky survivor from the disaster.",
            [("killed", None, "more than 200"), ("rescued", None, "1")],
        ),
        ("Rescuers pulled 17 survivors from the rubble.", [("rescued", None, "17")]),
        (  # en-9b75c7c3-4
            "Six of the survivors were treated for severe hypothermia and dehydration; two remain hospitalized.",
            [("injured", None, "2"), ("injured", None, "6")],
        ),
        # survivors not found by anyone, or one named by an article: no count
        ("There were 142 survivors.", []),
        ("Rescuers found the only survivor.", []),
    ],
)
def test_survivors_found_and_treated(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- "among the victims" / "onder de slachtoffers": the victims of a toll are the dead ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (  # nl-cf13b966-2
            "Onder de slachtoffers zijn zes kinderen, meldt het ministerie van Volksgezondheid in Gaza.",
            "nl",
            [("killed", "children", "6")],
        ),
        ("Among the victims were six children.", "en", [("killed", "children", "6")]),
        # the victims of a count before in the sentence take its metric
        (
            "Twelve people were injured; among the victims were six children.",
            "en",
            [("injured", None, "12"), ("injured", "children", "6")],
        ),
        (  # nl-65cd3401-3: "medewerkers van de brandweer" are firefighters, not workers
            "In eerste instantie was bekend dat er vier medewerkers van de brandweer gewond waren geraakt.",
            "nl",
            [("injured", "firefighters", "4")],
        ),
    ],
)
def test_among_the_victims(text: str, language: str, claims: list[Claim]) -> None:
    _check(text, language, claims)


# -- a list of members with commas inside an "including" aside with none; received injuries; arrests --------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-3fe65759-7
            "In Punjab, a total of 55 people have lost their lives owing to various rain-related incidents while 66 "
            "people including 37 men, 24 women, and five children have received injuries.",
            [
                ("injured", None, "66"),
                ("injured", "children", "5"),
                ("injured", "men", "37"),
                ("injured", "women", "24"),
                ("killed", None, "55"),
            ],
        ),
        (
            "Twelve people including 3 men, 4 women and five children were hurt.",
            [("injured", None, "12"), ("injured", "children", "5"), ("injured", "men", "3"), ("injured", "women", "4")],
        ),
        ("Police made 12 arrests.", [("detained", None, "12")]),
        # a year after the arrests dates them (another incident); a comma before a word is no list's
        ("Police made 12 arrests in 2019.", []),
        ("Twelve people including the driver, a nurse were hurt.", []),
    ],
)
def test_members_with_commas_and_nouns_of_care(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- one more death by an ordinal or "another": +1 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-88a0c4c2-4
            "The third death was confirmed by Rich Kulczewski, spokesman for the U.S. Department of Labor, but "
            "additional details were not immediately available.",
            [("killed", None, "+1")],
        ),
        (  # en-ebaf0706-6
            "Five-hundred miles to the south, the Woolsey Fire burning west of Los Angeles was blamed for a third "
            "death on Wednesday.",
            [("killed", None, "+1")],
        ),
        ("Another death was reported.", [("killed", None, "+1")]),
        # a person by an ordinal is one (the guide: "A fifth miner was rescued" is rescued miners 1), never +1; a
        # death that modifies another noun counts nothing; a bare "a death" stays no count
        ("A second death sentence was handed down.", []),
        ("Another death toll from the ministry put the figure at 50.", [("killed", None, "50")]),
        ("Police are investigating a death.", []),
    ],
)
def test_ordinal_death(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- a singular victim noun modifying a group's plural names that group ------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The bodies of five migrant women were recovered Sunday.", [("killed", "women", "5")]),  # en-bf92bd0a-1
        ("Five migrant children drowned.", [("killed", "children", "5")]),
        ("A migrant woman died.", [("killed", "women", "1")]),
        # the singular alone keeps no group; a plural after it that is no group's changes nothing
        ("Five migrants drowned.", [("killed", None, "5")]),
        ("Five migrant boats sank.", []),
    ],
)
def test_victim_noun_modifying_a_group(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- a list of people with no count before it is a count of its own ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The dead include the bus driver and four passengers, who died instantly.", [("killed", None, "4")]),
        ("The victims included three tourists and two children.", [("killed", None, "3"), ("killed", "children", "2")]),
        # a count before the list counts them already: its people are no count of their own
        ("Twelve were killed, including four passengers.", [("killed", None, "12")]),
        ("The passengers included 10 people.", []),
    ],
)
def test_people_in_a_list_with_no_count(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- survivors found as the subject; brought to hospital dead ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-afadac61-2
            "A few survivors were found immediately after the mudslide, but none since Saturday.",
            [("rescued", None, "a few")],
        ),
        ("Twelve survivors were pulled from the water.", [("rescued", None, "12")]),
        (  # en-99afad6b-3
            "While eight were received dead, two died undergoing treatment at Rourkela Government Hospital (RGH), "
            "officials said on Thursday.",
            [("killed", None, "2"), ("killed", None, "8")],
        ),
        ("Three people were declared dead at the scene.", [("killed", None, "3")]),
        # survivors with no verb of finding, or named by the definite article: nothing
        ("Twelve survivors were interviewed by police.", []),
        ("The survivors were found by fishermen.", []),
    ],
)
def test_survivors_found_and_received_dead(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- Dutch "getroffen door" a disaster is the guide's affected ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Meer dan twee miljoen mensen zijn getroffen door de natuurramp.", [("affected", None, "more than 2000000")]),
        # hit by a bullet or lightning, or a place hit: no affected count
        ("Drie mensen werden getroffen door een kogel.", []),
        ("In Turkije zijn tien provincies getroffen door de zware aardbeving met een kracht van 7,8.", []),
    ],
)
def test_dutch_affected_by_a_disaster(text: str, claims: list[Claim]) -> None:
    _check(text, "nl", claims)


# -- a toll changed "from A to B" by an active verb before it -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-6ddee3b5-2 (its "nine due to suspected heatstroke" is left: see the report)
            "(1.) The official data shows that on June 20 itself, there were 14 confirmed deaths due to heatstroke and "
            "nine due to suspected heatstroke, pushing the toll in the March-June period from 114 to 143.",
            [("killed", None, "114"), ("killed", None, "14"), ("killed", None, "143")],
        ),
        ("This raised the death toll from 114 to 143.", [("killed", None, "114"), ("killed", None, "143")]),
        # no toll noun after the verb: no change of a count
        ("He pushed the car from 10 to 20 metres.", []),
        ("This raised the price from 10 to 20 dollars.", []),
    ],
)
def test_toll_raised_from_to(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- a daily average is a rate over many days: no count ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-6ddee3b5-3: the 75 stays, the average is none
            "(4.) Officials in the nearby Gautam Buddh Nagar's health department also said that at least 75 bodies "
            "were received for post-mortem from June 18 to 20, as against the daily average of around seven or eight "
            "bodies.",
            [("killed", None, "at least 75")],
        ),
        ("The daily average of deaths is 12.", []),
        ("Twelve people died, double the daily average.", [("killed", None, "12")]),
    ],
)
def test_daily_average_is_a_rate(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- a number with its own noun of people after an age's "and" is a count, no age ---------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-d48fdd03-4
            "The victims included 10 children aged six to 15 and two women.",
            [("killed", "children", "10"), ("killed", "women", "2")],
        ),
        ("The dead included 10 children aged 6 and two women.", [("killed", "children", "10"), ("killed", "women", "2")]),
        # ages spread over a list stay ages
        ("Two men aged 40 and 45 were killed.", [("killed", "men", "2")]),
        ("Two men aged 40 and 45 killed.", [("killed", "men", "2")]),
    ],
)
def test_count_after_an_age_list(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)


# -- a part of the bodies, recovered, is a count of the dead ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # en-bf92bd0a-2
            "Three of the bodies were retrieved from the sea, where waves as high as 3-meters (10 feet) complicated the "
            "coast guard search by boat and helicopter.",
            [("killed", None, "3")],
        ),
        ("Two of the bodies have now been recovered.", [("killed", None, "2")]),
        # identified, or no passive of finding: no count of its own
        ("Three of the bodies were identified.", []),
        ("Three of the bodies recovered were children.", []),
    ],
)
def test_part_of_bodies_recovered(text: str, claims: list[Claim]) -> None:
    _check(text, "en", claims)
