"""Attribution shapes of session 7 (issue 13, item 4), on made-up sentences.

Each shape has positives and negatives of the same surface: a place that is
no part of a source, a title with no person after it, a lower-case word that
describes no name, a participle of saying that does not close the sentence.
The figures themselves never depend on who said them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.text import extract


def _found(text: str, language: str) -> list[tuple[str, str | None, str]]:
    return [
        (x.claim.source.name, x.claim.via, str(x.claim.figure))
        for x in extract(text, source="Desk", reported_at="2025-04-24T12:00Z", language=language)
    ]


# A source's place: a head noun, a preposition, capitalised words.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Police in The Hague said 14 people were detained.", "Police in The Hague"),
        ("en", "Officials in Ohio said that 9 people have died.", "Officials in Ohio"),
        (
            "de",
            "Das Gesundheitsministerium in Ramallah teilte mit, dass 17 Menschen getötet wurden.",
            "Gesundheitsministerium in Ramallah",
        ),
        (
            "de",
            "Laut dem Gesundheitsministerium in Ramallah sind 17 Menschen ums Leben gekommen.",
            "Gesundheitsministerium in Ramallah",
        ),
        ("fr", "La Défense civile à Rafah a annoncé la mort de 8 personnes.", "Défense civile à Rafah"),
        ("fr", "La Défense civile libanaise à Tyr a annoncé la mort de 8 personnes.", "Défense civile libanaise à Tyr"),
    ],
)
def test_a_place_after_a_source_head_is_part_of_its_name(language: str, text: str, source: str) -> None:
    assert {s for s, _, _ in _found(text, language)} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # No head before the place: residents and people are no source, and their place does not make one.
        ("en", "People in Ohio said 9 people have died."),
        ("en", "Residents in Ohio said 9 people have died."),
        # An article after the preposition opens a common noun, not a place's name.
        ("en", "Police in the city said 14 people were detained."),
        # A day after the head is no place.
        ("en", "Police in Ohio on Monday said 14 people were detained."),
    ],
)
def test_no_place_without_a_head_and_a_capitalised_name(language: str, text: str) -> None:
    assert {s for s, _, _ in _found(text, language)} == {"Desk"}


def test_a_place_after_a_said_verb_stays_out_of_the_name() -> None:
    assert _found("Police said in Ohio that 14 people were detained.", "en") == [("Police", "Desk", "14")]


# A title's complement, and the person in apposition after it.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "Según el fiscal de la región de Maule, Ana Pérez, murieron 6 mineros.", "Ana Pérez"),
        (
            "fr",
            "Au moins 40 personnes sont mortes, a fait savoir le responsable des secours aux Nations unies, Jean Roux.",
            "Jean Roux",
        ),
        (
            "de",
            "Nach Angaben des Chefs der Verwaltung der Region Sumy, Ivan Petrenko, wurden drei Kinder verletzt.",
            "Ivan Petrenko",
        ),
        # No person: the office with its complement is the source (and the speaker).
        (
            "nl",
            "Volgens de gouverneur van de provincie Oost-Java zijn er zeker 31 doden gevallen.",
            "gouverneur van de provincie Oost-Java",
        ),
        (
            "es",
            "Según un responsable de bomberos del municipio, 12 heridos fueron trasladados.",
            "responsable de bomberos del municipio",
        ),
    ],
)
def test_a_title_with_its_complement_names_the_person_after_it_or_itself(language: str, text: str, source: str) -> None:
    assert {s for s, _, _ in _found(text, language)} == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # A title right before a name still names the person, as before.
        ("nl", "Volgens burgemeester Jansen zijn er 12 doden.", "Jansen"),
        ("nl", "Volgens de burgemeester van Gent, Els Jansen, zijn er 12 doden.", "Els Jansen"),
        ("en", "The mayor of Lviv, Andriy Sadovyi, said 12 people were killed.", "Andriy Sadovyi"),
        # Two capitalised words after a noun of the complement are the person, not the office's place.
        (
            "en",
            "According to the head of the regional administration Oleh Syniehubov, 12 people were killed.",
            "Oleh Syniehubov",
        ),
    ],
)
def test_a_title_before_a_person_keeps_naming_the_person(language: str, text: str, source: str) -> None:
    assert {s for s, _, _ in _found(text, language)} == {source}


# A lower-case word that says what the name after it is.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("nl", "Bij een busongeluk kwamen zeker 18 mensen om, meldt persbureau Belga.", "Belga"),
        ("nl", "Volgens legerleider Budi Santoso zijn de lichamen van 14 mensen gevonden.", "Budi Santoso"),
    ],
)
def test_a_descriptor_before_a_name_is_no_part_of_it(language: str, text: str, source: str) -> None:
    assert {s for s, _, _ in _found(text, language)} == {source}


def test_an_adverb_before_a_name_is_no_descriptor() -> None:
    # Two sources, so none (the corpus guide); "posteriormente" is no word of what Salvamento Marítimo is.
    text = (
        "Murieron 12 personas, según ha adelantado la agencia Efe y ha confirmado posteriormente Salvamento Marítimo."
    )
    assert {s for s, _, _ in _found(text, "es")} == {"Desk"}


def test_a_german_adjective_before_a_capitalised_noun_is_no_descriptor() -> None:
    # German capitalises nouns: "der örtlichen Behörden" keeps its adjective, as labelled.
    found = _found("Nach Angaben der örtlichen Behörden wurden 12 Menschen verletzt.", "de")
    assert {s for s, _, _ in found} == {"örtlichen Behörden"}


def test_a_lower_case_word_before_a_capitalised_head_or_no_name_is_no_descriptor() -> None:
    # "persbureau" before a lower-case word describes nothing; before a head noun the head keeps its place.
    assert {s for s, _, _ in _found("Zeker 18 mensen kwamen om, meldt persbureau zaterdag.", "nl")} == {"Desk"}
    assert {s for s, _, _ in _found("Volgens de lokale Politie zijn 18 mensen omgekomen.", "nl")} != {"Politie"}


# A channel phrase beside the verb of saying.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "Nueve personas han fallecido, afirmaron en un comunicado los bomberos de Lugo.", "bomberos de Lugo"),
        ("en", "The Interior Ministry in a statement said that 6 people were killed.", "Interior Ministry"),
    ],
)
def test_a_channel_phrase_beside_the_verb_is_skipped(language: str, text: str, source: str) -> None:
    found = _found(text, language)
    assert {s for s, _, _ in found} == {source}
    assert {v for _, v, _ in found} == {"statement"}


# Dutch and German: a participle of saying closes a verb-second clause.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("de", "Die Feuerwehr hat inzwischen zwei verletzte Personen bestätigt.", "Feuerwehr"),
        ("de", "Zuvor hatte die Feuerwehr von insgesamt 46 Verletzten gesprochen.", "Feuerwehr"),
        ("nl", "De brandweer heeft inmiddels twee doden bevestigd.", "brandweer"),
        ("nl", "Eerder had de brandweer 12 gewonden gemeld.", "brandweer"),
    ],
)
def test_a_closing_participle_of_saying_names_the_subject_beside_the_auxiliary(
    language: str, text: str, source: str
) -> None:
    assert {s for s, _, _ in _found(text, language)} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Not a participle of saying: the subject rescued, it did not report.
        ("de", "Zwölf Menschen hat die Feuerwehr gerettet."),
        # The participle closes another clause than the count's sentence start ("es" is no source).
        (
            "de",
            "Zwölf Tote hatte es gegeben, die Feuerwehr hat das nicht bestätigt und nichts gemeldet und geschwiegen.",
        ),
        ("nl", "De brandweer heeft 12 gewonden naar het ziekenhuis gebracht."),
    ],
)
def test_no_speaker_without_a_closing_participle_of_saying(language: str, text: str) -> None:
    assert {s for s, _, _ in _found(text, language)} <= {"Desk"}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            ("en", "Police in The Hague said {n} people were detained."),
            ("nl", "De brandweer heeft inmiddels {n} doden bevestigd."),
            ("es", "Según el fiscal de la región de Maule, Ana Pérez, murieron {n} mineros."),
            ("de", "Das Gesundheitsministerium in Ramallah teilte mit, dass {n} Menschen getötet wurden."),
        ]
    ),
    st.integers(min_value=2, max_value=900),
)
def test_the_figures_do_not_depend_on_the_source(shape: tuple[str, str], n: int) -> None:
    language, template = shape
    assert [f for _, _, f in _found(template.format(n=n), language)] == [str(n)]


# A day, a time or an adverb of sequence before the source opens its name and is no part of it.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Ayer sábado el Ministerio del Interior confirmó el fallecimiento de 23 personas.",
            "Ministerio del Interior",
        ),
        ("es", "Hubo cuatro personas fallecidas, señaló ese día la ministra Ana Ruiz.", "Ana Ruiz"),
        ("en", "Earlier police had put the death toll at 41.", "police"),
        ("en", "On Monday police said 12 people died.", "police"),
    ],
)
def test_a_day_before_a_source_is_no_part_of_its_name(language: str, text: str, source: str) -> None:
    assert {s for s, _, _ in _found(text, language)} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # The day itself is never a source, and a word before the day still blocks a name it does not open.
        ("en", "Earlier said 12 people died."),
        ("es", "Murieron 12 personas el sábado, confirmó ayer."),
    ],
)
def test_a_day_alone_names_no_one(language: str, text: str) -> None:
    assert {s for s, _, _ in _found(text, language)} <= {"Desk"}


# The author of a report, after the report's adjectives and quotation marks.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Au moins 9 personnes ont péri, selon les derniers chiffres provisoires de la préfecture du département.",
            "préfecture du département",
        ),
        (
            "fr",
            "Les explosions ont fait 31 morts, selon des « estimations préliminaires » annoncées par le ministre de "
            "l'Intérieur, Paul Martin.",
            "Paul Martin",
        ),
    ],
)
def test_the_author_of_a_described_report_is_the_source(language: str, text: str, source: str) -> None:
    assert {s for s, _, _ in _found(text, language)} == {source}


def test_a_described_report_of_an_event_names_no_author() -> None:
    # "de l'accident": after a report's adjective, "of" names an author only when a head or a name follows.
    assert {
        s for s, _, _ in _found("Au moins 9 personnes ont péri, selon le bilan provisoire de l'accident.", "fr")
    } == {"Desk"}


def test_an_adjective_after_a_heads_capitalised_complement_closes_the_name() -> None:
    found = _found("Han muerto 7.326 personas, ha informado este viernes el Ministerio de Sanidad gazatí.", "es")
    assert {s for s, _, _ in found} == {"Ministerio de Sanidad gazatí"}
    # Not after a name with no head ("Pedro de Mendoza") nor before more words of the sentence.
    assert {s for s, _, _ in _found("Han muerto 12 personas, dijo Pedro de Mendoza ayer.", "es")} == {
        "Pedro de Mendoza"
    }


def test_aldus_after_volgens_relays_the_source() -> None:
    found = _found("Volgens een regionale bestuurder werden twee schutters gedood, aldus persbureau Belga.", "nl")
    assert found == [("regionale bestuurder", "Belga", "2")]
    # "aldus" alone names the source, as before; a lower-case relay ("de krant") names none.
    assert _found("Twee schutters werden gedood, aldus persbureau Belga.", "nl") == [("Belga", "Desk", "2")]
    assert _found("Volgens de politie werden twee schutters gedood, aldus de krant.", "nl") == [
        ("politie", "Desk", "2")
    ]


def test_a_plural_owners_apostrophe_is_part_of_the_name() -> None:
    found = _found("The Huthi rebels' health ministry said at least 43 people were killed.", "en")
    assert {s for s, _, _ in found} == {"Huthi rebels' health ministry"}
    # A quotation mark after "said" is no possessive, and an owner with no head after it makes no name.
    assert {s for s, _, _ in _found("Police said 'at least 43 people were killed'.", "en")} == {"Police"}
    assert {s for s, _, _ in _found("The Smiths' lawyer said 3 people were killed.", "en")} == {"Desk"}


@pytest.mark.parametrize(
    ("language", "text", "source", "via"),
    [
        ("de", "Etwa zwölf Menschen wurden schwer verletzt, wie die Feuerwehr mitteilt.", "Feuerwehr", "Desk"),
        ("es", "“Han muerto tres personas”, escribió el alcalde Ruiz en su cuenta de Facebook.", "Ruiz", "Facebook"),
        ("fr", "« Seuls 316 morts ont été sortis des décombres », a souligné le docteur Haddad.", "Haddad", "Desk"),
        ("fr", "Au moins 12 morts, a indiqué le maire sur son compte Facebook.", "maire", "Facebook"),
    ],
)
def test_verbs_of_saying_read_by_attribution_alone(language: str, text: str, source: str, via: str) -> None:
    found = _found(text, language)
    assert {(s, v) for s, v, _ in found} == {(source, via)}


def test_verbs_read_by_attribution_alone_move_no_figure() -> None:
    # The same sentence with the frames' own verb of saying gives the same figures.
    own = _found("Etwa zwölf Menschen wurden schwer verletzt, wie die Feuerwehr mitteilte.", "de")
    alone = _found("Etwa zwölf Menschen wurden schwer verletzt, wie die Feuerwehr mitteilt.", "de")
    assert [f for _, _, f in own] == [f for _, _, f in alone] == ["about 12"]


def test_a_channel_word_without_a_listed_channel_names_no_channel() -> None:
    # "sur son compte personnel": no listed channel after the channel word, so the relay stays the caller's.
    assert {v for _, v, _ in _found("Au moins 12 morts, a indiqué le maire sur son compte personnel.", "fr")} == {
        "Desk"
    }
