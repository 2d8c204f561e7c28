"""Session 13 (fresh13, issue 13): groups on fresh text: a part of a count keeps the group the count inherited,
nouns of groups the languages lacked, and German killing and arresting after a modal (made-up sentences, with
same-surface negatives; benchmarks/probes/fresh13_*.txt).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- a part of "another N" keeps the group N took from the victims before ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Sixteen inmates died and another 25 were injured, eight of them seriously.",
            "en",
            [("injured", "inmates", "25"), ("injured", "inmates", "8"), ("killed", "inmates", "16")],
        ),
        (
            "Dieciséis presos murieron y otros 25 resultaron heridos, ocho de ellos graves.",
            "es",
            [("injured", "prisoners", "25"), ("injured", "prisoners", "8"), ("killed", "prisoners", "16")],
        ),
        (
            "Seize détenus sont morts et 25 autres ont été blessés, dont huit grièvement.",
            "fr",
            [("injured", "prisoners", "25"), ("injured", "prisoners", "8"), ("killed", "prisoners", "16")],
        ),
        (
            "Zestien gevangenen kwamen om en 25 anderen raakten gewond, van wie acht ernstig.",
            "nl",
            [("injured", "prisoners", "25"), ("injured", "prisoners", "8"), ("killed", "prisoners", "16")],
        ),
    ],
)
def test_part_of_another_count_keeps_its_group(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Sixteen inmates died and 25 people were injured, eight of them seriously.",
            "en",
            [("injured", None, "25"), ("injured", None, "8"), ("killed", "inmates", "16")],
        ),
        (
            "Dieciséis presos murieron y 25 personas resultaron heridas, ocho de ellas graves.",
            "es",
            [("injured", None, "25"), ("injured", None, "8"), ("killed", "prisoners", "16")],
        ),
        (
            "Sixteen inmates died and 25 guards were injured, eight of them seriously.",
            "en",
            [("injured", "guards", "25"), ("injured", "guards", "8"), ("killed", "inmates", "16")],
        ),
    ],
)
def test_part_of_a_count_of_people_stays_without_the_group_before(
    text: str, language: str, claims: list[Claim]
) -> None:
    assert claims_of(text, language) == claims


# -- nouns of groups --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Dos internos murieron en el motín.", "es", [("killed", "prisoners", "2")]),
        (
            "Murieron 39 personas, 29 de ellos varones y 10 mujeres.",
            "es",
            [("killed", None, "39"), ("killed", "men", "29"), ("killed", "women", "10")],
        ),
        (
            "Neun Zivilisten und zwei Sicherheitskräfte wurden verletzt.",
            "de",
            [("injured", "civilians", "9"), ("injured", "security_forces", "2")],
        ),
        ("Drei Attentäter wurden getötet.", "de", [("killed", "attackers", "3")]),
        ("Two security forces were injured.", "en", [("injured", "security_forces", "2")]),
    ],
)
def test_group_nouns(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los 300 internos del penal fueron trasladados.", "es"),
        ("Zwei Angreifer sind auf der Flucht.", "de"),
        ("Die Sicherheitskräfte sperrten 12 Straßen ab.", "de"),
    ],
)
def test_group_nouns_without_a_casualty(text: str, language: str) -> None:
    assert claims_of(text, language) == []


# -- German: a modal and the infinitive of killing or arresting, a part of the victims between ---------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Die Polizei konnte drei Angreifer töten.", [("killed", "attackers", "3")]),
        ("Die Polizei konnte drei der Angreifer töten.", [("killed", "attackers", "3")]),
        ("Die Beamten mussten zwei Männer erschießen.", [("killed", "men", "2")]),
        ("Die Polizei konnte zwei Verdächtige festnehmen.", [("detained", "suspects", "2")]),
        ("Die Feuerwehr konnte drei der Bewohner retten.", [("rescued", None, "3")]),
    ],
)
def test_german_modal_infinitive(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "de") == claims


@pytest.mark.parametrize(
    "text",
    [
        "Der Jäger konnte drei Wildschweine töten.",
        "Die Feuerwehr konnte drei der Hunde retten.",
        "Die Polizei konnte drei der zehn Fragen beantworten.",
        "Die Polizei konnte drei Zeugen befragen.",
        "Die Polizei konnte drei Angreifer nicht festnehmen.",
    ],
)
def test_german_modal_infinitive_not_a_count(text: str) -> None:
    assert claims_of(text, "de") == []


# -- lives claimed: German and Dutch, the participle after the lives or the verb a few words before ---------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Das Unwetter hat mindestens 12 Menschenleben gefordert.", "de", [("killed", None, "at least 12")]),
        ("In Bayern forderte der Sturm drei Menschenleben.", "de", [("killed", None, "3")]),
        ("Der Sturm hat in Bayern drei Menschenleben gekostet.", "de", [("killed", None, "3")]),
        ("In Bayern forderte das Erdbeben 12 Opfer.", "de", [("killed", None, "12")]),
        ("Der Sturm forderte mindestens 40 Tote.", "de", [("killed", None, "at least 40")]),
        ("In Limburg eiste de storm drie levens.", "nl", [("killed", None, "3")]),
        ("De storm heeft minstens 27 levens geëist.", "nl", [("killed", None, "at least 27")]),
    ],
)
def test_lives_claimed(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Gewerkschaft hat mindestens 12 Prozent mehr Lohn gefordert.", "de"),
        ("Die Opposition forderte drei Rücktritte.", "de"),
        ("In Berlin forderte die Opposition drei Rücktritte.", "de"),
        ("Der Streik hat in Bayern drei Millionen Euro gekostet.", "de"),
        ("Die Feuerwehr rettete in Bayern drei Menschenleben.", "de"),
        ("In Limburg eiste de vakbond drie procent loonsverhoging.", "nl"),
        ("De vakbond heeft minstens 27 miljoen geëist.", "nl"),
    ],
)
def test_lives_claimed_not_a_count(text: str, language: str) -> None:
    assert claims_of(text, language) == []


# -- a bare number, its auxiliary, an adverbial and the participle at the clause's end ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Mehr als 300 wurden bei dem Beben verletzt.", "de", [("injured", None, "more than 300")]),
        (
            "Zwölf Menschen starben, mehr als 300 seien bei dem Beben verletzt worden.",
            "de",
            [("injured", None, "more than 300"), ("killed", None, "12")],
        ),
        ("Mehr als 300 wurden bei der Razzia festgenommen.", "de", [("detained", None, "more than 300")]),
        ("Meer dan 300 zijn bij de aardbeving gewond geraakt.", "nl", [("injured", None, "more than 300")]),
    ],
)
def test_bare_number_verb_final(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mehr als 300 seien bei dem Beben beschädigt worden.", "de"),
        ("Mehr als 300 wurden bei der Razzia kontrolliert.", "de"),
        ("Meer dan 300 zijn bij de aardbeving beschadigd.", "nl"),
    ],
)
def test_bare_number_verb_final_not_a_count(text: str, language: str) -> None:
    assert claims_of(text, language) == []


# -- a part with an auxiliary and a verb of its own that is no casualty's (English, Dutch, German) -----------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Nineteen bodies have been recovered, of whom three have been identified.", "en", [("killed", None, "19")]),
        ("Twelve people were injured, of whom three were discharged.", "en", [("injured", None, "12")]),
        (
            "Zwölf Menschen wurden verletzt, von denen drei inzwischen entlassen wurden.",
            "de",
            [("injured", None, "12")],
        ),
        ("Twaalf mensen raakten gewond, van wie drie zijn geïdentificeerd.", "nl", [("injured", None, "12")]),
    ],
)
def test_part_with_a_predicate_of_its_own(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Twelve people were injured, of whom three have been hospitalised.",
            "en",
            [("injured", None, "12"), ("injured", None, "3")],
        ),
        (
            "Twelve people were injured, of whom three are in hospital.",
            "en",
            [("injured", None, "12"), ("injured", None, "3")],
        ),
        (
            "Twelve people were injured, of whom three are children.",
            "en",
            [("injured", None, "12"), ("injured", "children", "3")],
        ),
        (
            "Twelve people were injured, of whom three are still in critical condition.",
            "en",
            [("injured", None, "12"), ("injured", None, "3")],
        ),
        (
            "Zwölf Menschen wurden verletzt, drei von ihnen schwer.",
            "de",
            [("injured", None, "12"), ("injured", None, "3")],
        ),
        (
            "Douze personnes ont été blessées, dont trois ont été hospitalisées.",
            "fr",
            [("injured", None, "12"), ("injured", None, "3")],
        ),
    ],
)
def test_part_with_a_casualty_predicate_stays(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- English "registered as missing"; German nouns joined by "und" inside an adverbial ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Some 137 people have been officially registered as missing.", "en", [("missing", None, "about 137")]),
        ("With 143 recorded deaths, the heat wave is the worst in years.", "en", [("killed", None, "143")]),
        (
            "Zwölf der Opfer seien bei Überschwemmungen und Erdrutschen umgekommen, teilte die Polizei mit.",
            "de",
            [("killed", None, "12")],
        ),
        (
            "Drei Menschen starben und zwei Kinder wurden verletzt.",
            "de",
            [("injured", "children", "2"), ("killed", None, "3")],
        ),
    ],
)
def test_registered_missing_and_nouns_joined_in_an_adverbial(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 137 people have been officially registered as voters.", "en"),
        ("Zwölf Häuser seien bei Überschwemmungen und Erdrutschen zerstört worden.", "de"),
        ("Drei Menschen wurden in Bayern gesehen und Polizisten in Tirol befragt.", "de"),
    ],
)
def test_registered_and_joined_nouns_not_a_count(text: str, language: str) -> None:
    assert claims_of(text, language) == []


# -- members of a count of bodies by the bodies' pronoun ("including those of") ----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials said 17 bodies, including those of four children, were retrieved Monday.", "en"),
        ("Les secours ont retrouvé 17 corps, dont ceux de quatre enfants.", "fr"),
        ("Los rescatistas recuperaron 17 cuerpos, entre ellos los de cuatro niños.", "es"),
        ("Die Helfer bargen 17 Leichen, darunter die von vier Kindern.", "de"),
        ("Reddingswerkers borgen 17 lichamen, waaronder die van vier kinderen.", "nl"),
    ],
)
def test_members_by_the_bodies_pronoun(text: str, language: str) -> None:
    assert claims_of(text, language) == [("killed", None, "17"), ("killed", "children", "4")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police seized 17 phones, including those of four suspects.", "en"),
        ("La police a saisi 17 téléphones, dont ceux de quatre suspects.", "fr"),
        ("La policía incautó 17 teléfonos, entre ellos los de cuatro sospechosos.", "es"),
        ("Die Polizei beschlagnahmte 17 Handys, darunter die von vier Verdächtigen.", "de"),
        ("De politie nam 17 telefoons in beslag, waaronder die van vier verdachten.", "nl"),
    ],
)
def test_members_by_a_pronoun_of_things(text: str, language: str) -> None:
    assert claims_of(text, language) == []
