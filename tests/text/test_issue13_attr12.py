"""Session 11 (attr12, issue 13 item 4): attribution that transfers, round 3, written by construction.

Made-up news sentences (never corpus text) of attribution shapes the earlier rounds left out, each family with a
positive and a same-surface negative. The source follows the corpus guide (tests/data/news/README.md, "Source"):
as written, without a leading article; two sources for two figures give none; unnamed plural sources are
sources. The probe sentences these come from are benchmarks/probes/attr12_sources.txt
(``benchmarks/attribution_probes.py`` counts them).
"""

from __future__ import annotations

import pytest

from ._read import Named, sources_of

# -- a second speaker in a verb-final clause a conjunction opens: two sources, two figures, no source -------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Polizei sprach von fünf Toten, während das Krankenhaus sieben Tote meldete.", "de"),
        ("De politie spreekt van vijf doden, terwijl het ziekenhuis er zeven meldt.", "nl"),
        ("Die Feuerwehr meldete drei Verletzte, während die Polizei von vier Verletzten sprach.", "de"),
    ],
)
def test_a_second_speaker_in_a_subordinate_clause_leaves_no_source(text: str, language: str) -> None:
    assert sources_of(text, language) == [("s", None)]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        # same surface, but the clause after the conjunction says what the hospital did, not what it said
        ("Die Polizei sprach von fünf Toten, während das Krankenhaus sieben Verletzte behandelte.", "de", "Polizei"),
        ("De politie meldt vijf doden, terwijl het ziekenhuis zeven gewonden behandelt.", "nl", "politie"),
        # no head after the conjunction: one speaker
        ("Die Polizei meldete fünf Tote, während sieben Menschen verletzt wurden.", "de", "Polizei"),
    ],
)
def test_a_clause_that_reports_nothing_keeps_the_one_source(text: str, language: str, source: str) -> None:
    assert sources_of(text, language) == [(source, "s")]


# -- unnamed plural sources and the hyphenated firefighters (French heads) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Des témoins ont indiqué que six personnes ont été blessées.", "témoins"),
        ("Selon des habitants, six personnes ont été blessées.", "habitants"),
        ("Selon les sapeurs-pompiers, trois personnes ont été grièvement blessées.", "sapeurs-pompiers"),
    ],
)
def test_french_unnamed_plural_sources_and_sapeurs_pompiers(text: str, source: str) -> None:
    assert sources_of(text, "fr") == [(source, "s")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same words as the victims, not the speakers
        ("Six habitants ont été blessés, a indiqué la police.", [("police", "s")]),
        ("Trois sapeurs-pompiers ont été blessés dans l'incendie.", [("s", None)]),
        ("Six témoins ont été blessés dans l'attaque.", [("s", None)]),
    ],
)
def test_french_the_same_nouns_as_victims_name_no_source(text: str, expected: list[Named]) -> None:
    assert sources_of(text, "fr") == expected


# -- Spanish "Así lo informó X": the adverb opening the sentence is no name ---------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Así lo informó la Guardia Civil, que cifró en tres los heridos.", "Guardia Civil"),
        ("Así lo confirmó el alcalde, que habló de doce muertos.", "alcalde"),
        ("Así, la policía informó de doce muertos.", "policía"),
    ],
)
def test_spanish_asi_lo_names_the_speaker_after_the_verb(text: str, source: str) -> None:
    assert sources_of(text, "es") == [(source, "s")]


def test_spanish_asi_alone_names_no_source() -> None:
    assert sources_of("Así murieron doce personas en la tormenta.", "es") == [("s", None)]


# -- a platform opening the sentence is the via; the speaker follows the verb --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Auf Telegram teilte der Gouverneur mit, zwölf Menschen seien verletzt worden.", "de", "Gouverneur"),
        ("Auf Telegram schrieb der Bürgermeister, sieben Menschen seien gestorben.", "de", "Bürgermeister"),
    ],
)
def test_a_platform_before_the_verb_is_the_via_and_the_speaker_follows(text: str, language: str, source: str) -> None:
    assert sources_of(text, language) == [(source, "Telegram")]


def test_a_platform_alone_before_the_verb_stays_the_source() -> None:
    # no name after the verb: nothing else to name (the platform as written)
    assert sources_of("Telegram meldete zwölf Verletzte.", "de") == [("Telegram", "s")]


# -- one aid worker or rescuer speaking after a quote (attribution-only heads) -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ('"We counted 22 bodies," a Red Cross worker said.', "en", "Red Cross worker"),
        (
            '"We hebben 22 lichamen geteld", zei een medewerker van het Rode Kruis.',
            "nl",
            "medewerker van het Rode Kruis",
        ),
        (
            "« Nous avons compté 22 corps », a dit un secouriste de la Croix-Rouge.",
            "fr",
            "secouriste de la Croix-Rouge",
        ),
        ('"Hemos contado 22 cuerpos", dijo un socorrista de la Cruz Roja.', "es", "socorrista de la Cruz Roja"),
    ],
)
def test_one_aid_worker_after_a_quote_is_the_source(text: str, language: str, source: str) -> None:
    assert sources_of(text, language) == [(source, "s")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the same nouns as the victims: still claims, still no source
        ("A worker was killed and 3 were injured.", "en"),
        ("Een medewerker kwam om en drie raakten gewond.", "nl"),
        ("Un secouriste a été tué et trois ont été blessés.", "fr"),
        ("Un socorrista murió y tres resultaron heridos.", "es"),
    ],
)
def test_the_same_nouns_as_victims_stay_claims_without_a_source(text: str, language: str) -> None:
    assert sources_of(text, language) == [("s", None)]
