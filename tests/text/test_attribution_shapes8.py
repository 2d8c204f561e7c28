"""Attribution shapes of session 8 (issue 13, item 4), on made-up sentences.

Three mechanisms: a report with its article before its author ("according to
a list provided by …", "selon un communiqué du …"); an adjective between a
head and its capitalised complement ("le ministère russe de la Défense"); a
German channel noun with its article before an outlet's name ("laut der
Nachrichtenagentur AP"). Each has negatives of the same surface: a report with
no author, a lower-case complement, a channel noun with no name after it. The
figures never depend on who said them.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _found(text: str, language: str) -> list[tuple[str, str | None, str]]:
    return [
        (x.claim.source.name, x.claim.via, str(x.claim.figure))
        for x in extract(text, source="Desk", reported_at="2025-04-24T12:00Z", language=language)
    ]


# A report and its article before the author: the author is the source.
@pytest.mark.parametrize(
    ("language", "text", "source", "figure"),
    [
        (
            "en",
            "Five people died, according to a list provided by the regional health office.",
            "regional health office",
            "5",
        ),
        ("en", "Nine people were injured, according to the latest figures from the Red Cross.", "Red Cross", "9"),
        (
            "fr",
            "Selon un communiqué du ministère de l'Intérieur, 17 personnes sont mortes.",
            "ministère de l'Intérieur",
            "17",
        ),
        ("fr", "D’après un communiqué de la préfecture, 8 personnes ont été blessées.", "préfecture", "8"),
        ("nl", "Volgens een verklaring van de brandweer zijn 12 mensen omgekomen.", "brandweer", "12"),
        ("nl", "Volgens een rapport van de Verenigde Naties zijn 40 mensen omgekomen.", "Verenigde Naties", "40"),
    ],
)
def test_report_with_article_names_its_author(language: str, text: str, source: str, figure: str) -> None:
    assert _found(text, language) == [(source, "Desk", figure)]


# Same surface, no author: the report names no one, so the publisher stays the source.
@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Five people died, according to a list.", "5"),
        ("en", "Five people died, according to a report released on Monday.", "5"),
        ("fr", "Selon un communiqué, 17 personnes sont mortes.", "17"),
        ("nl", "Volgens een rapport zijn 12 mensen omgekomen.", "12"),
        ("nl", "Volgens een verklaring zijn 12 mensen omgekomen.", "12"),
    ],
)
def test_report_without_author_names_no_source(language: str, text: str, figure: str) -> None:
    assert _found(text, language) == [("Desk", None, figure)]


# An adjective between a head and "of" + article + a capitalised complement is inside the name.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Selon le ministère russe de la Défense, 17 personnes sont mortes.", "ministère russe de la Défense"),
        (
            "fr",
            "17 personnes sont mortes, a indiqué le ministère turc de l'Intérieur.",
            "ministère turc de l'Intérieur",
        ),
        ("es", "Según el ministerio ruso de la Defensa, murieron 17 personas.", "ministerio ruso de la Defensa"),
        ("es", "Según el ministerio ruso de Defensa, murieron 17 personas.", "ministerio ruso de Defensa"),
    ],
)
def test_adjective_before_an_articled_complement(language: str, text: str, source: str) -> None:
    assert [s for s, _, _ in _found(text, language)] == [source]


# Same surface, a lower-case complement: the name stops before the adjective, as before.
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Selon les secours russes de la région, 17 personnes sont mortes.", "secours"),
        ("es", "Según los bomberos locales de la zona, murieron 17 personas.", "bomberos"),
    ],
)
def test_adjective_before_a_lower_case_complement(language: str, text: str, source: str) -> None:
    assert [s for s, _, _ in _found(text, language)] == [source]


# German: an article and a channel noun (or a compound ending in one) before the outlet's name describe it.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Angaben der Nachrichtenagentur AP sind 12 Menschen gestorben.", "AP"),
        ("Laut der Agentur Reuters sind 12 Menschen gestorben.", "Reuters"),
        ("12 Menschen sind gestorben, teilte die Nachrichtenagentur Anadolu mit.", "Anadolu"),
        ("12 Menschen sind gestorben, meldete der Sender CNN.", "CNN"),
    ],
)
def test_german_channel_noun_describes_the_outlet(text: str, source: str) -> None:
    assert _found(text, "de") == [(source, "Desk", "12")]


# Same surface: no name after the channel noun, or a noun that is no channel word, keeps the words as they are.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("12 Menschen sind gestorben, meldete die Nachrichtenagentur.", "Nachrichtenagentur"),
        ("Laut dem Sender sind 12 Menschen gestorben.", "Sender"),
        ("Nach Angaben der örtlichen Behörden sind 12 Menschen gestorben.", "örtlichen Behörden"),
        ("Nach Angaben der Polizei Berlin sind 12 Menschen gestorben.", "Polizei Berlin"),
    ],
)
def test_german_noun_without_outlet_stays_the_source(text: str, source: str) -> None:
    assert _found(text, "de") == [(source, "Desk", "12")]


# Numbers that are not counts, beside the same source shapes: no claim, whoever is named.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to a list provided by the regional health office, the hospital has 40 beds."),
        ("fr", "Selon le ministère russe de la Défense, l'exercice a duré 12 heures."),
        ("de", "Laut der Nachrichtenagentur AP dauerte die Sitzung 3 Stunden."),
        ("nl", "Volgens een verklaring van de brandweer duurde de brand 4 uur."),
    ],
)
def test_no_claim_from_numbers_that_are_not_counts(language: str, text: str) -> None:
    assert _found(text, language) == []


# After a verb whose subject stood before it: an article, a channel noun and a name are the outlet told.
@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "Ein Polizeisprecher sagte der Nachrichtenagentur AFP, dass 43 Menschen vermisst würden.",
            "Polizeisprecher",
            "AFP",
        ),
        ("Der Bürgermeister sagte der Agentur Reuters, 12 Menschen seien gestorben.", "Bürgermeister", "Reuters"),
    ],
)
def test_outlet_told_after_the_verb(text: str, source: str, via: str) -> None:
    assert [(s, v) for s, v, _ in _found(text, "de")] == [(source, via)]


# Same surface: an inverted subject after the verb is the source, and a channel noun with no name is no outlet.
@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("12 Menschen seien gestorben, sagte der Sender CNN.", "CNN", "Desk"),
        ("Der Minister sagte der Zeitung, 12 Menschen seien gestorben.", "Minister", "Desk"),
        ("Der Minister sagte, 12 Menschen seien gestorben.", "Minister", "Desk"),
    ],
)
def test_no_outlet_told_without_a_name_or_before_subject(text: str, source: str, via: str) -> None:
    assert [(s, v) for s, v, _ in _found(text, "de")] == [(source, via)]


# Verbs of saying in more than one word name the source before or after them as a one-word verb does.
@pytest.mark.parametrize(
    ("language", "text", "source", "figure"),
    [
        ("fr", "Les secours ont aussi fait état de cinq morts.", "secours", "5"),
        ("fr", "La police a fait état de sept blessés.", "police", "7"),
        ("fr", "Cinq personnes sont mortes, a fait savoir la préfecture.", "préfecture", "5"),
        ("nl", "De politie maakte melding van twee doden.", "politie", "2"),
        ("nl", "De hulpdiensten hebben ook melding gemaakt van zes gewonden.", "hulpdiensten", "6"),
        ("nl", "De brandweer liet weten dat twaalf mensen gewond raakten.", "brandweer", "12"),
        ("es", "La Fiscalía dio a conocer que murieron 12 personas.", "Fiscalía", "12"),
        ("es", "Murieron 12 personas, dieron a conocer los bomberos.", "bomberos", "12"),
        ("de", "Die Behörden sprechen von mindestens 100 Toten.", "Behörden", "at least 100"),
        ("de", "Die Polizei spricht sogar von 14 Verletzten.", "Polizei", "14"),
    ],
)
def test_saying_in_more_than_one_word(language: str, text: str, source: str, figure: str) -> None:
    assert _found(text, language) == [(source, "Desk", figure)]


# Same surface, no name before or after the phrase: the publisher stays the source.
@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("fr", "Le bilan fait état de cinq morts.", "5"),
        ("nl", "Er werd melding gemaakt van twee doden.", "2"),
        ("es", "Se dio a conocer que murieron 12 personas.", "12"),
    ],
)
def test_saying_phrase_without_a_name(language: str, text: str, figure: str) -> None:
    assert _found(text, language) == [("Desk", None, figure)]


# Numbers that are not counts beside a verb of saying in more than one word: no claim.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La police a fait état de 3 interpellations en 2019."),
        ("nl", "De politie maakte melding van een brand op 12 mei."),
        ("de", "Die Behörden sprechen von einem Einsatz über 3 Stunden."),
    ],
)
def test_saying_phrase_numbers_that_are_not_counts(language: str, text: str) -> None:
    assert _found(text, language) == []


# An abbreviated title or honorific closed by its period opens the person's name after a verb or "according to".
@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Twelve people died, said Dr. John Smith.", "John Smith"),
        ("en", "At least 40 were missing, said Maj. Reynaldo Balido.", "Reynaldo Balido"),
        ("en", "Twelve people died, according to Gen. Mark Milley.", "Mark Milley"),
    ],
)
def test_abbreviated_title_before_a_name(language: str, text: str, source: str) -> None:
    assert [s for s, _, _ in _found(text, language)] == [source]


# Same surface: a short capitalised name with no period, or a period that ends the sentence, stays as it is.
@pytest.mark.parametrize(
    ("language", "text", "sources"),
    [
        ("en", "Twelve people died, according to AP.", ["AP"]),
        ("en", "Twelve people died, according to AP. Police said 3 were hurt.", ["AP", "Police"]),
        ("en", "Twelve people died, said Ali Khan.", ["Ali Khan"]),
    ],
)
def test_no_abbreviation_keeps_the_name(language: str, text: str, sources: list[str]) -> None:
    assert [s for s, _, _ in _found(text, language)] == sources


# A passive closed by a participle of saying: its agent is the source (German "von", Dutch "door").
@pytest.mark.parametrize(
    ("language", "text", "source", "figure"),
    [
        ("de", "Bisher wurden von der Polizei 20 Tote gemeldet.", "Polizei", "20"),
        ("de", "Zwölf Verletzte werden derzeit von den Behörden gemeldet.", "Behörden", "12"),
        ("nl", "12 doden werden door de politie bevestigd.", "politie", "12"),
        ("nl", "Er werden door de brandweer zes gewonden gemeld.", "brandweer", "6"),
    ],
)
def test_passive_agent_is_the_source(language: str, text: str, source: str, figure: str) -> None:
    assert _found(text, language) == [(source, "Desk", figure)]


# Same surface: the subject before a perfect's participle is still the source; "von" with no name, or a
# participle that closes no clause of saying, names no one.
@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("de", "Die Polizei hat zwei Verletzte bestätigt.", [("Polizei", "Desk", "2")]),
        ("de", "Zuvor hatte die Polizei von 46 Verletzten gesprochen.", [("Polizei", "Desk", "46")]),
        ("de", "Es wurden 20 Tote von 100 Fällen gemeldet.", [("Desk", None, "20")]),
        ("nl", "Er werden door de storm 12 gewonden gemeld.", [("Desk", None, "12")]),
    ],
)
def test_no_passive_agent(language: str, text: str, found: list[tuple[str, str | None, str]]) -> None:
    assert _found(text, language) == found


# Numbers that are not counts in a passive of saying: no claim.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Einsatz wurde von der Polizei um 3 Uhr gemeldet."),
        ("nl", "De brand werd om 12 uur door de politie gemeld."),
    ],
)
def test_passive_agent_numbers_that_are_not_counts(language: str, text: str) -> None:
    assert _found(text, language) == []
