"""Session 12 (fresh12, issue 13): kinds of failure that fresh text (batch 6) showed, fixed by mechanism and pinned
by made-up sentences (benchmarks/probes/fresh12_*.txt), never corpus sentences; each family has positives and
same-surface negatives (numbers that are no counts beside the same words).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text.numerals import digits_value

Claim = tuple[str, str | None, str, str]


def _claims(text: str, language: str) -> list[Claim]:
    return sorted(
        (x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value)
        for x in extract(text, language=language, source="s", reported_at="2025-01-01")
    )


# -- Spanish thousands grouped with a comma (Mexico, Central America), Spain's decimal before a scale word ------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Las lluvias dejaron más de 12,000 damnificados en Veracruz.", [("displaced", None, "more than 12000")]),
        ("Unas 4,500 personas fueron evacuadas por la crecida.", [("evacuated", None, "about 4500")]),
        ("La Cruz Roja atendió a 2,300 heridos tras el sismo.", [("injured", None, "2300")]),
        ("El sismo dejó 1.250 heridos.", [("injured", None, "1250")]),
        ("El terremoto dejó 1,5 millones de damnificados.", [("displaced", None, "1500000")]),
    ],
)
def test_spanish_comma_groups_thousands_in_a_count(text: str, claims: list[tuple[str, None, str]]) -> None:
    assert [c[:3] for c in _claims(text, "es")] == claims


@pytest.mark.parametrize(
    "text",
    [
        "El río creció 4,5 metros y obligó a cerrar la carretera.",
        "Las pérdidas suman 12,000 millones de pesos.",
        "La Cruz Roja recibió 2,3 toneladas de ayuda tras el sismo.",
        "El Gobierno sitúa en 2,5 el crecimiento de este año.",
    ],
)
def test_spanish_comma_numbers_that_are_no_counts(text: str) -> None:
    assert _claims(text, "es") == []


def test_comma_grouping_is_spanish_only_and_a_scale_keeps_the_decimal() -> None:
    assert digits_value("12,000", "es") == 12000
    assert digits_value("12,000", "de") is None
    assert digits_value("12,000", "fr") is None
    assert digits_value("12,00", "es") is None
    # Spain's decimal before "millones" is kept: 1.25 million, not 1,250 million
    assert _claims("El sismo dejó 1,250 millones de damnificados.", "es") == [
        ("displaced", None, "1250000", "reported")
    ]


# -- a first figure ("initially") is preliminary; the revision after "but" is the report's own -------------------


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        ("en", "Police initially reported 14 dead after the bus crash.", [("killed", None, "14", "preliminary")]),
        # an earlier figure is reported (the guide since session 14): only a first or initial one is preliminary
        ("en", "Earlier estimates said 30 people had drowned.", [("killed", None, "30", "reported")]),
        (
            "en",
            "Rescuers initially counted 11 bodies, but the toll rose to 17 by evening.",
            [("killed", None, "11", "preliminary"), ("killed", None, "17", "reported")],
        ),
        (
            "fr",
            "Les secours avaient dans un premier temps évoqué un bilan de 12 morts.",
            [("killed", None, "12", "preliminary")],
        ),
        (
            "fr",
            "Les autorités ont initialement annoncé 30 morts, mais le bilan s'est alourdi à 41 morts.",
            [("killed", None, "30", "preliminary"), ("killed", None, "41", "reported")],
        ),
        ("nl", "In eerste instantie werden vier doden gemeld.", [("killed", None, "4", "preliminary")]),
        (
            "nl",
            "De politie meldde aanvankelijk twaalf doden, maar later steeg het dodental naar zeventien.",
            [("killed", None, "12", "preliminary"), ("killed", None, "17", "reported")],
        ),
        ("de", "Anfangs wurden zwölf Verletzte gemeldet.", [("injured", None, "12", "preliminary")]),
        (
            "de",
            "Zunächst war von vier Toten die Rede, inzwischen ist die Zahl der Toten auf sechs gestiegen.",
            [("killed", None, "4", "preliminary"), ("killed", None, "6", "reported")],
        ),
        ("es", "En un primer momento se habló de cuatro heridos.", [("injured", None, "4", "preliminary")]),
        (
            "es",
            "Inicialmente se contabilizaron 9 muertos, pero después la cifra subió a 12 muertos.",
            [("killed", None, "12", "reported"), ("killed", None, "9", "preliminary")],
        ),
    ],
)
def test_a_first_figure_is_preliminary_and_its_revision_is_not(language: str, text: str, claims: list[Claim]) -> None:
    assert _claims(text, language) == sorted(claims)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police initially reported 14 roadblocks after the bus crash."),
        ("fr", "Les secours avaient dans un premier temps évoqué un budget de 12 millions."),
        ("nl", "In eerste instantie werden vier branden gemeld."),
        ("de", "Anfangs wurden zwölf Einsätze gemeldet."),
        ("es", "En un primer momento se habló de cuatro vehículos en el accidente."),
    ],
)
def test_a_first_figure_of_things_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_a_count_before_the_initial_estimates_is_their_revision() -> None:
    # the first figure stands in the cue's own clause: the count before it is the revised one
    text = "Las lluvias han afectado a 80.000 personas, más que las estimaciones iniciales de 60.000 damnificados."
    assert ("affected", None, "80000", "reported") in _claims(text, "es")
    # with no figure in the cue's clause, the cue still marks the count before it
    assert _claims("Seven people were killed, according to initial reports.", "en") == [
        ("killed", None, "7", "preliminary")
    ]


def test_other_preliminary_cues_keep_their_reach_past_but() -> None:
    text = "According to preliminary figures, 12 people died but 40 were injured."
    assert _claims(text, "en") == [("injured", None, "40", "preliminary"), ("killed", None, "12", "preliminary")]


# -- English: one number for two nouns of people joined by "and" (as German and the Romance languages) ----------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("About 200 migrants and refugees are missing after the dinghy sank.", ("missing", None, "about 200")),
        ("Some 320 women and children were killed in the shelling.", ("killed", None, "about 320")),
        ("At least 12 tourists and guides died when the avalanche struck.", ("killed", None, "at least 12")),
        ("Nineteen soldiers and police officers were wounded in the ambush.", ("injured", None, "19")),
        ("Some 70 fishermen and sailors remain missing after the storm.", ("missing", None, "about 70")),
    ],
)
def test_english_one_number_for_two_nouns_of_people(text: str, claim: tuple[str, None, str]) -> None:
    assert [c[:3] for c in _claims(text, "en")] == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "About 200 migrants and refugees arrived in the port after the dinghy sank.",
        "Nineteen soldiers and police officers were deployed after the ambush.",
        "Some 70 fishermen and sailors returned to port after the storm.",
        "Two children and teachers stood on the bank.",
    ],
)
def test_english_two_nouns_of_people_without_a_casualty_predicate(text: str) -> None:
    assert _claims(text, "en") == []


def test_english_each_noun_with_its_own_number_keeps_two_counts() -> None:
    assert [c[:3] for c in _claims("Twelve soldiers and two police officers were killed.", "en")] == [
        ("killed", "officers", "2"),
        ("killed", "soldiers", "12"),
    ]


# -- a day of a month with a word or point before the month is a date, and a toll reaches over it ---------------


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("de", "Die Zahl der Toten ist seit dem 7. Oktober auf 1.078 gestiegen.", ("killed", None, "1078")),
        ("de", "Die Zahl der Verletzten ist seit dem 2. Mai auf 64 gestiegen.", ("injured", None, "64")),
        ("es", "La cifra de muertos desde el 7 de octubre asciende a 1.078.", ("killed", None, "1078")),
        ("es", "El 3 de mayo murieron 40 personas en el deslave.", ("killed", None, "40")),
        ("de", "Am 3. Mai starben 40 Menschen bei dem Erdrutsch.", ("killed", None, "40")),
    ],
)
def test_a_day_before_its_month_is_a_date(language: str, text: str, claim: tuple[str, None, str]) -> None:
    assert [c[:3] for c in _claims(text, language)] == [claim]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Zahl der Toten ist seit dem Anschlag. Sie ist auf 40 gestiegen."),
        ("de", "Seit dem 7. Oktober sind 40 Häuser eingestürzt."),
        ("es", "Desde el 7 de octubre se han destruido 40 viviendas."),
    ],
)
def test_a_date_gives_no_count_of_its_own(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_a_day_joiner_reads_no_partitive() -> None:
    # "7 de los 12": a part of a whole, no date ("los" is no month)
    assert [c[:3] for c in _claims("Murieron 7 de los 12 heridos.", "es")] == [("injured", None, "7")]


# -- German reported speech: the Konjunktiv I of a toll's verb -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Die Zahl der Verletzten liege bei mindestens 34 Menschen.", ("injured", None, "at least 34")),
        ("Die Zahl der Toten betrage 12, teilte die Polizei mit.", ("killed", None, "12")),
    ],
)
def test_german_toll_in_reported_speech(text: str, claim: tuple[str, None, str]) -> None:
    assert [c[:3] for c in _claims(text, "de")] == [claim]


@pytest.mark.parametrize(
    "text", ["Die Temperatur liege bei 34 Grad.", "Der Schaden betrage 12 Millionen Euro, teilte die Polizei mit."]
)
def test_german_reported_speech_of_no_toll(text: str) -> None:
    assert _claims(text, "de") == []


# -- prisoners: the guide's group for the inmates of a prison, in every language --------------------------------


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("fr", "Quatre détenus ont été tués dans la mutinerie.", ("killed", "prisoners", "4")),
        ("fr", "Sept prisonniers sont morts dans l'incendie de la prison.", ("killed", "prisoners", "7")),
        ("es", "Dos presos murieron en el motín.", ("killed", "prisoners", "2")),
        ("es", "Al menos 13 reclusos muertos en el penal.", ("killed", "prisoners", "at least 13")),
        ("de", "Vier Häftlinge starben bei der Revolte.", ("killed", "prisoners", "4")),
        ("nl", "Vier gedetineerden kwamen om bij de brand.", ("killed", "prisoners", "4")),
    ],
)
def test_prisoners_are_a_group(language: str, text: str, claim: tuple[str, str, str]) -> None:
    assert [c[:3] for c in _claims(text, language)] == [claim]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Quatre détenus se sont évadés de la prison."),
        ("es", "Dos presos se fugaron del penal."),
        ("nl", "Vier gedetineerden ontsnapten uit de gevangenis."),
        ("fr", "La prison compte 400 détenus pour 200 places."),
    ],
)
def test_prisoners_without_a_casualty_predicate(language: str, text: str) -> None:
    assert _claims(text, language) == []


# -- people who sought, took or found shelter are displaced --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Some 1,500 people have sought shelter in schools after the floods.", "about 1500"),
        ("en", "More than 300 people took refuge in a mosque.", "more than 300"),
        ("es", "Unas 1.500 personas han buscado refugio en escuelas.", "about 1500"),
        ("es", "Más de 300 personas están alojadas en albergues temporales.", "more than 300"),
        ("fr", "Quelque 2 000 personnes sont hébergées dans des centres d'accueil.", "about 2000"),
        ("fr", "Plus de 300 personnes ont cherché refuge dans une église.", "more than 300"),
        ("nl", "Ruim 300 mensen zochten onderdak in een sporthal.", "more than 300"),
        ("de", "Rund 300 Menschen suchten Zuflucht in Schulen.", "about 300"),
    ],
)
def test_sheltered_people_are_displaced(language: str, text: str, figure: str) -> None:
    assert [c[:3] for c in _claims(text, language)] == [("displaced", None, figure)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 300 people were told to take refuge as the fighting spread."),
        ("en", "A school sheltering 700 displaced people was hit."),
        ("es", "Más de 300 albergues temporales están habilitados en la región."),
        ("fr", "Quelque 2 000 lits sont installés dans des centres d'accueil."),
        ("nl", "De sporthal biedt onderdak aan 300 mensen."),
        ("nl", "De school, waar 700 ontheemden onderdak vonden, werd getroffen."),
        ("de", "Rund 300 Feldbetten stehen in Schulen bereit."),
    ],
)
def test_shelter_without_sheltered_people(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_sheltered_families_are_no_count() -> None:
    # the guide: families and households are no count of people
    assert _claims("More than 300 families took refuge in a mosque.", "en") == []


def test_earlier_reports_stay_reported_as_the_self_written_corpus_labels_them() -> None:
    assert _claims("10 dead and 90 wounded, according to earlier reports.", "en") == [
        ("injured", None, "90", "reported"),
        ("killed", None, "10", "reported"),
    ]


# -- Spanish: a toll's verb in the plural present or the imperfect of reported speech; "siniestrados" ----------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Suben a doce los fallecidos por el deslave.", ("killed", None, "12")),
        ("La fiscalía informó que la cifra de fallecidos se situaba en nueve.", ("killed", None, "9")),
        ("La cifra de heridos ascendía a 40, según la Cruz Roja.", ("injured", None, "40")),
        ("Las inundaciones dejaron al menos 15.000 siniestrados.", ("displaced", None, "at least 15000")),
    ],
)
def test_spanish_toll_tenses_and_siniestrados(text: str, claim: tuple[str, None, str]) -> None:
    assert [c[:3] for c in _claims(text, "es")] == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "Suben a doce los grados de temperatura en la sierra.",
        "El banco informó que la inflación se situaba en nueve por ciento.",
        "La deuda del hospital ascendía a 40 millones.",
        "Las inundaciones dejaron al menos 15.000 vehículos siniestrados.",
    ],
)
def test_spanish_toll_tenses_of_no_toll(text: str) -> None:
    assert _claims(text, "es") == []
