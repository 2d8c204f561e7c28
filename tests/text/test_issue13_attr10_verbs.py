"""Session 10 (attr10, issue 13 item 4): attribution by construction, continued from test_issue13_attr10.py (split at
its size limit): the verbs of saying news writes, in English, Dutch, French, German and Spanish, each before and
after the count, and same-surface negatives (a cause or a report before such a verb names no one).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _names(text: str, language: str) -> list[str]:
    """The distinct sources of a sentence's claims; the caller's source is "s"."""
    found = extract(text, language=language, source="s", reported_at="2025-04-24")
    assert found, text
    return sorted({x.claim.source.name for x in found})


# -- round 6: the verbs of saying news writes, each before and after the count ------------------------------------

_VERBS = {
    "en": ("The ministry {} that 12 people were killed.", "Twelve people were killed, the ministry {}.", "ministry"),
    "nl": (
        "Het ministerie {} dat 12 mensen zijn gedood.",
        "Twaalf mensen zijn gedood, {} het ministerie.",
        "ministerie",
    ),
    "fr": (
        "Le ministère {} que 12 personnes ont été tuées.",
        "Douze personnes ont été tuées, {} le ministère.",
        "ministère",
    ),
    "de": (
        "Das Ministerium {}, dass 12 Menschen getötet wurden.",
        "Zwölf Menschen wurden getötet, {} das Ministerium.",
        "Ministerium",
    ),
    "es": ("El ministerio {} que 12 personas murieron.", "Doce personas murieron, {} el ministerio.", "ministerio"),
}


@pytest.mark.parametrize(
    ("language", "verb"),
    [
        *(("en", v) for v in ("explained", "disclosed", "stressed", "declared", "specified", "indicated")),
        *(("nl", v) for v in ("stelt", "benadrukte", "rapporteert", "waarschuwde")),
        *(("fr", v) for v in ("rapporte", "ajoute", "confirme", "explique", "a noté", "a fait savoir", "détaille")),
        *(("de", v) for v in ("bestätigt", "betonte", "ergänzte", "verkündete", "warnte")),
        *(("es", v) for v in ("señala", "afirma", "confirma", "explica", "asegura", "añade", "destacó", "reconoció")),
    ],
)
def test_verbs_of_saying_before_and_after_the_count(language: str, verb: str) -> None:
    before, after, source = _VERBS[language]
    assert _names(before.format(verb), language) == [source]
    assert _names(after.format(verb), language) == [source]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # negatives: a cause or a report before such a verb names no one
        ("The blast claimed the lives of 12 people.", "en", "s"),
        ("Es gab zwölf Tote.", "de", "s"),
        ("La cifra de muertos asciende a 12, señala el informe.", "es", "s"),
        ("Le bilan s'élève à 12 morts, ajoute le texte.", "fr", "s"),
        # positives of the same verbs with a source heading a clause of their own
        ("Zwölf Menschen wurden getötet, wie die Polizei bestätigt.", "de", "Polizei"),
        ("De politie stelt het dodental op 31.", "nl", "politie"),
    ],
)
def test_verbs_of_saying_need_a_source(text: str, language: str, expected: str) -> None:
    assert _names(text, language) == [expected]


# -- round 7: more head nouns of a source, read by attribution only ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The coast guard said 12 people were rescued.", "en", "coast guard"),
        ("Twelve people died, the coroner said.", "en", "coroner"),
        ("The prefecture said 12 people died.", "en", "prefecture"),
        ("Selon les médecins, douze personnes sont mortes.", "fr", "médecins"),
        ("Según el ayuntamiento, doce personas murieron.", "es", "ayuntamiento"),
        ("De kustwacht meldt dat 12 mensen zijn gered.", "nl", "kustwacht"),
        # negatives: the same nouns as victims or places name no one
        ("Twelve sailors of the navy were killed in the blast.", "en", "s"),
        ("Douze médecins ont été tués.", "fr", "s"),
        ("Doce personas murieron en el ayuntamiento.", "es", "s"),
    ],
)
def test_more_heads_of_a_source(text: str, language: str, expected: str) -> None:
    assert _names(text, language) == [expected]


# -- round 8: a French or Spanish passive of saying names its agent ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Douze morts ont été confirmés par les autorités locales.", "fr", "autorités locales"),
        ("Le bilan a été annoncé par la préfecture : 12 morts.", "fr", "préfecture"),
        ("Doce muertes fueron confirmadas por las autoridades locales.", "es", "autoridades locales"),
        # negatives: the agent of a killing, or a cause, is no source
        ("Douze personnes ont été tuées par les tirs.", "fr", "s"),
        ("Doce personas fueron asesinadas por un grupo armado.", "es", "s"),
        ("Doce personas murieron por las lluvias, informó la policía.", "es", "policía"),
    ],
)
def test_the_agent_of_a_passive_of_saying(text: str, language: str, expected: str) -> None:
    assert _names(text, language) == [expected]


# -- round 9: plural verbs of saying, German "so" and "nach jüngsten Angaben" --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Doce personas murieron, dijeron las autoridades.", "es", "autoridades"),
        ("Las autoridades señalan que 12 personas murieron.", "es", "autoridades"),
        ("Douze personnes ont été tuées, indiquent les autorités.", "fr", "autorités"),
        ("Die Behörden bestätigten, dass 12 Menschen getötet wurden.", "de", "Behörden"),
        ("Twaalf mensen zijn gedood, verklaarden de autoriteiten.", "nl", "autoriteiten"),
        ("Officials confirm that 12 people were killed.", "en", "Officials"),
        ("Zwölf Menschen wurden verletzt, so die Polizei.", "de", "Polizei"),
        ("Zwölf Menschen wurden verletzt, so ein Sprecher der Polizei.", "de", "Sprecher der Polizei"),
        ("Nach jüngsten Angaben der Polizei wurden zwölf Menschen verletzt.", "de", "Polizei"),
        # negatives: "so" as an adverb, "so dass", a report with no author, a noun "report" before "says"
        ("Zwölf Menschen starben, so dass die Polizei die Straße sperrte.", "de", "s"),
        ("Nach ersten Angaben wurden zwölf Menschen verletzt.", "de", "s"),
        ("A report says 12 people were killed.", "en", "s"),
    ],
)
def test_plural_verbs_and_german_postposed_sources(text: str, language: str, expected: str) -> None:
    assert _names(text, language) == [expected]


# -- round 10: citing, and the passive of citing; what an outlet is, before its name -------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Douze drones ont été abattus, a indiqué l'armée de l'air, citée par Ukrinform.",
            "fr",
            ("armée de l'air", "Ukrinform"),
        ),
        ("Doce personas murieron, informó la policía, citada por la agencia Efe.", "es", ("policía", "Efe")),
        ("Twelve people died, the army said, as cited by Reuters.", "en", ("army", "Reuters")),
        (
            "Zwölf Menschen starben, sagte der Bürgermeister, zitiert von der Agentur Reuters.",
            "de",
            ("Bürgermeister", "Reuters"),
        ),
        ("Reuters, citing security sources, said 12 people had died.", "en", ("security sources", "Reuters")),
        ("L'agence Reuters, citant la police, a indiqué que 12 personnes sont mortes.", "fr", ("police", "Reuters")),
        ("La agencia Reuters, citando a la policía, informó que doce personas murieron.", "es", ("policía", "Reuters")),
        ("De NOS meldt onder verwijzing naar de politie dat 12 mensen zijn omgekomen.", "nl", ("politie", "NOS")),
        # negatives: no speaker before "cited by"; a word of an outlet before lower-case words is part of a name
        ("Twelve people died, as cited by Reuters.", "en", ("s", None)),
        (
            "La agencia de protección civil informó que 12 personas murieron.",
            "es",
            ("agencia de protección civil", "s"),
        ),
    ],
)
def test_citing_and_cited_by(text: str, language: str, expected: tuple[str, str | None]) -> None:
    found = extract(text, language=language, source="s", reported_at="2025-04-24")
    assert sorted({(x.claim.source.name, x.claim.via) for x in found}, key=str) == [expected]


# -- round 11: "for its part" between a source and its verb; a lower-case noun inside an office's complement --------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("L'armée israélienne a de son côté fait état de la mort de 3 soldats.", "fr", "armée israélienne"),
        ("El ejército ha por su parte informado que 3 soldados murieron.", "es", "ejército"),
        (
            "La Défense civile de la bande de Gaza a annoncé mercredi la mort de dix personnes.",
            "fr",
            "Défense civile de la bande de Gaza",
        ),
        ("Des responsables évoquent au moins 3 000 morts.", "fr", "responsables"),
        # negatives: the place of the deaths before the source's verb stays out of its name
        ("Cinq personnes sont mortes dans la ville de Kharkiv, a indiqué la police.", "fr", "police"),
        ("Five people died in the city of Kharkiv, police said.", "en", "police"),
    ],
)
def test_asides_and_complements(text: str, language: str, expected: str) -> None:
    assert _names(text, language) == [expected]


# -- round 12: a German verb-second clause after an adverb, and an article after a noun opening the object ---------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Nur Stunden zuvor hatte die Regierung die Zahl der Toten noch auf rund 9000 beziffert.", "de", "Regierung"),
        ("Die Regierung hat die Zahl der Toten auf 9000 beziffert.", "de", "Regierung"),
        # negatives: an adverb after the auxiliary keeps the subject before it; a genitive stays in the name
        ("De politie heeft ook twee doden bevestigd.", "nl", "politie"),
        ("Die Polizei hat auch zwei Tote bestätigt.", "de", "Polizei"),
        ("Laut dem Sprecher der Polizei wurden zwölf Menschen verletzt.", "de", "Sprecher der Polizei"),
    ],
)
def test_german_verb_second_subjects(text: str, language: str, expected: str) -> None:
    assert _names(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # negatives found in the claims dump against main: a relative clause's words are no name, "revealed" after
        # a thing is no verb of saying
        (
            "Libanesische Militärquellen, die unter der Bedingung der Anonymität sprachen, sagten, dass sieben"
            " Menschen getötet wurden.",
            "de",
            "Libanesische Militärquellen",
        ),
        ("Daylight revealed mangled train cars after a train derailed, killing at least six people.", "en", "s"),
    ],
)
def test_dump_negatives(text: str, language: str, expected: str) -> None:
    assert _names(text, language) == [expected]
