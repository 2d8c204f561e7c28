"""Session 10 (rom10, issue 13): French, German and Spanish shapes written by construction, round 2: made-up
sentences of everyday news shapes, not corpus sentences; each family has positives and same-surface negatives
(numbers that are no counts, or the same words with another meaning).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import claims_in_order

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Claim]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, language)


# -- Spanish "en" is a preposition, not Dutch "and"; a singular participle after "la zona" is the zone's ----------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Las autoridades desplegaron 3.000 soldados en la zona afectada.", "es"),
        ("Desplegaron 300 soldados en la zona evacuada.", "es"),
        ("Llegaron 200 voluntarios al barrio afectado.", "es"),
    ],
)
def test_a_participle_of_a_place_after_the_count_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the participle of the place is skipped and the victims' own predicate read
        ("Dos vecinos de la zona afectada resultaron heridos.", "es", [("injured", None, "2")]),
        ("Dos vecinos del barrio afectado resultaron heridos.", "es", [("injured", None, "2")]),
        ("Unas 200 personas en la zona afectada fueron evacuadas.", "es", [("evacuated", None, "about 200")]),
        ("Trois habitants de la commune sinistrée ont été évacués.", "fr", [("evacuated", None, "3")]),
        # a finite verb after the place is still the victims' predicate
        ("Tres trabajadores de la empresa murieron.", "es", [("killed", "workers", "3")]),
        ("Dos personas en la zona afectada murieron.", "es", [("killed", None, "2")]),
        # coordination with the language's own "and" is unchanged
        ("Dos soldados y tres civiles murieron.", "es", [("killed", "soldiers", "2"), ("killed", "civilians", "3")]),
        # a participle that agrees with the count is its predicate
        ("Dos vecinos de Lorca heridos.", "es", [("injured", None, "2")]),
    ],
)
def test_the_victims_predicate_after_a_place(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- "N others" after one victim of a role are more of that role (the guide: "N others" takes the count's group) --


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Un policier a été tué et deux autres blessés.",
            "fr",
            [("killed", "officers", "1"), ("injured", "officers", "2")],
        ),
        (
            "Un soldat a été tué et trois autres ont été blessés.",
            "fr",
            [("killed", "soldiers", "1"), ("injured", "soldiers", "3")],
        ),
        (
            "Un soldado murió y otros dos resultaron heridos.",
            "es",
            [("killed", "soldiers", "1"), ("injured", "soldiers", "2")],
        ),
        # Spanish puts "others" before the number: after a plural count too
        (
            "Dos soldados murieron y otros dos resultaron heridos.",
            "es",
            [("killed", "soldiers", "2"), ("injured", "soldiers", "2")],
        ),
        (
            "Ein Polizist starb, zwei weitere wurden verletzt.",
            "de",
            [("killed", "officers", "1"), ("injured", "officers", "2")],
        ),
    ],
)
def test_others_after_one_victim_of_a_role_take_its_group(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # session 18 (guide18): "N others" with another metric keeps the group of the singular it follows, a man
        # or a woman too (the guide, round 6: "een vrouw om het leven … drie anderen gewond" → injured women 3)
        ("Un hombre murió y otros dos resultaron heridos.", "es", [("killed", "men", "1"), ("injured", "men", "2")]),
        (
            "Une femme est morte et deux autres ont été blessées.",
            "fr",
            [("killed", "women", "1"), ("injured", "women", "2")],
        ),
        # no "others": a bare number after one victim names no group
        ("Otro trabajador muerto y nueve heridos.", "es", [("killed", "workers", "+1"), ("injured", None, "9")]),
        # "others" with a noun of their own
        (
            "Dos soldados murieron y otras dos personas resultaron heridas.",
            "es",
            [("killed", "soldiers", "2"), ("injured", None, "2")],
        ),
        (
            "Un policier a été tué et deux passants blessés.",
            "fr",
            [("killed", "officers", "1"), ("injured", "bystanders", "2")],
        ),
    ],
)
def test_others_without_a_shared_role_keep_no_group(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- a parent's children are no victims; a separable stem needs its particle; a provisional arrest --------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La mujer, madre de 3 niños, murió en el incendio.", "es"),
        ("El fallecido, padre de dos hijos, tenía 40 años.", "es"),
        ("Der Getötete, Vater von zwei Kindern, war 40.", "de"),
        ("Die Polizei nahm 300 Anrufe entgegen.", "de"),
        ("Die Klinik nahm 40 neue Mitarbeiter auf.", "de"),
    ],
)
def test_a_parents_children_or_another_verb_of_the_stem_give_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Une femme, mère de trois enfants, est morte.", "fr", [("killed", "women", "1")]),
        # a mother named by an article is a woman, 1, the children still counted (guide, session 15 "Mothers"; guide17)
        ("Eine Mutter und zwei Kinder starben.", "de", [("killed", "women", "1"), ("killed", "children", "2")]),
        ("Eine Mutter von drei Kindern starb.", "de", [("killed", "women", "1")]),  # guide17: was no count
        ("Die Polizei nahm 3 Personen fest.", "de", [("detained", None, "3")]),
        ("Die Polizei nahm 15 Mitglieder der Gruppe fest.", "de", [("detained", None, "15")]),
    ],
)
def test_the_victims_beside_a_parent_and_a_stem_with_its_particle(
    text: str, language: str, expected: list[Claim]
) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Die Polizei nahm 3 Männer vorläufig fest.", "reported"),  # a provisional arrest
        ("Drei Männer wurden vorläufig festgenommen.", "reported"),
        ("Nach vorläufigen Angaben wurden drei Männer festgenommen.", "preliminary"),  # a provisional count
        ("Vorläufig wurden 12 Tote gezählt.", "preliminary"),
    ],
)
def test_a_provisional_arrest_is_no_preliminary_count(text: str, status: str) -> None:
    found = extract(text, language="de", source="s", reported_at="2025-01-01")
    assert [x.claim.status.value for x in found] == [status]


# -- a German noun no list names after a toll's figure counts that noun ------------------------------------------


def test_a_toll_figure_before_an_unlisted_noun_gives_nothing() -> None:
    assert _claims("Die Opferzahl ist auf 3 Seiten dokumentiert.", "de") == []
    assert _claims("Die Zahl der Opfer wird in 12 Berichten genannt.", "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zahl der Toten stieg auf 45 Menschen.", [("killed", None, "45")]),
        ("Die Zahl der Toten stieg auf 45.", [("killed", None, "45")]),
        ("Die Zahl der Todesopfer stieg auf 45 Tote.", [("killed", None, "45")]),
        ("Die Zahl der Opfer liegt bei 12 Kindern.", [("killed", "children", "12")]),
        ("Die Zahl der Toten ist auf 45 gestiegen.", [("killed", None, "45")]),
    ],
)
def test_a_toll_figure_before_a_listed_noun_or_none(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


# -- suspects arrested are `detained suspects` (the guide), as English reads them --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Deux suspects ont été interpellés.", "fr", [("detained", "suspects", "2")]),
        ("La police a interpellé trois suspects.", "fr", [("detained", "suspects", "3")]),
        ("Dos sospechosos fueron detenidos.", "es", [("detained", "suspects", "2")]),
        ("La policía detuvo a tres sospechosos.", "es", [("detained", "suspects", "3")]),
        ("Die Polizei hat zwei Verdächtige festgenommen.", "de", [("detained", "suspects", "2")]),
        ("Zwei Tatverdächtige wurden festgenommen.", "de", [("detained", "suspects", "2")]),
    ],
)
def test_suspects_arrested_are_detained_suspects(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La police recherche deux suspects.", "fr"),  # sought, not arrested: no claim (the guide)
        ("La policía busca a dos sospechosos.", "es"),
        ("Die Polizei sucht nach drei Verdächtigen.", "de"),
    ],
)
def test_suspects_not_arrested_give_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- German: a finite stem and the particle or infinitive closing its clause ("kamen … um", "konnte … retten") ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drei Menschen kamen bei dem Brand um.", [("killed", None, "3")]),
        ("Bei dem Brand kamen drei Menschen um.", [("killed", None, "3")]),
        (
            "Bei dem Brand kamen drei Menschen um, zwölf wurden verletzt.",
            [("killed", None, "3"), ("injured", None, "12")],
        ),
        ("Die Feuerwehr konnte 12 Menschen retten.", [("rescued", None, "12")]),
        ("Die Polizei musste 300 Menschen evakuieren.", [("evacuated", None, "300")]),
        ("Drei Menschen kamen ums Leben.", [("killed", None, "3")]),
    ],
)
def test_a_stem_and_the_word_closing_its_clause(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Drei Menschen kamen um 3 Uhr an.",  # "um" before a time is a preposition, not the clause's end
        "Die Feuerwehr konnte 12 Menschen nicht retten.",  # negated
        "Die Feuerwehr konnte das Haus retten.",
        "Das Team konnte 3 Punkte retten.",  # one rescues things too: only a listed noun of people is rescued
    ],
)
def test_a_stem_without_its_closing_word_or_with_a_negation_gives_nothing(text: str) -> None:
    assert _claims(text, "de") == []


# -- a year opening a sentence before its verb dates the clause; units of rain, land and weight ----------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("2015 starben 130 Menschen.", "de"),  # gave killed 2015 and killed 130
        ("2015 kamen bei den Anschlägen 130 Menschen ums Leben.", "de"),
        ("El temporal dejó 200 litros por metro cuadrado en 24 horas.", "es"),
        ("L'orage a laissé 80 litres par mètre carré.", "fr"),
        ("Das Unwetter brachte 80 Liter pro Quadratmeter.", "de"),
    ],
)
def test_an_opening_year_or_a_unit_gives_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2025 starben 130 Menschen.", "de", [("killed", None, "130")]),  # the report's own year
        ("1200 Menschen starben.", "de", [("killed", None, "1200")]),  # a count, not a year: a noun follows
        ("2000 starben bei dem Erdbeben.", "de", [("killed", None, "2000")]),  # no other count in the clause
        ("2015 personas murieron.", "es", [("killed", None, "2015")]),
        ("El temporal dejó 20 muertos.", "es", [("killed", None, "20")]),
    ],
)
def test_a_count_of_a_years_shape_stays_a_count(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


# -- members in an aside after a phrase on the victims' noun ("Los cinco ocupantes del vehículo, dos adultos …") ---


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Los cinco ocupantes del vehículo, dos adultos y tres menores, resultaron heridos.",
            "es",
            [("injured", None, "5"), ("injured", "adults", "2"), ("injured", "children", "3")],
        ),
        (
            "Les cinq occupants de la voiture, deux adultes et trois enfants, ont été blessés.",
            "fr",
            [("injured", None, "5"), ("injured", "adults", "2"), ("injured", "children", "3")],
        ),
        (
            "Cinco personas del pueblo, dos hombres y tres mujeres, murieron.",
            "es",
            [("killed", None, "5"), ("killed", "men", "2"), ("killed", "women", "3")],
        ),
    ],
)
def test_members_after_a_phrase_on_the_victims_noun(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cinco coches del desfile, dos camiones y tres autobuses, resultaron dañados.", "es"),  # things
        ("Les cinq occupants de la voiture, âgés de 20 et 25 ans, sont sortis indemnes.", "fr"),  # ages, no harm
    ],
)
def test_an_aside_of_things_or_ages_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a range whose upper end is a noun of an approximate number ("entre 500 et un millier") -------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le séisme a fait entre 500 et un millier de morts.", "fr", [("killed", None, "500–1000")]),
        ("El sismo dejó entre 500 y un millar de muertos.", "es", [("killed", None, "500–1000")]),
        ("Le séisme a fait entre 500 et 1000 morts.", "fr", [("killed", None, "500–1000")]),
        # no range downwards: the noun is read alone, as before
        ("Le séisme a fait entre 2000 et un millier de morts.", "fr", [("killed", None, "about 1000")]),
    ],
)
def test_a_range_up_to_a_noun_of_number(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


def test_a_range_up_to_a_noun_of_number_keeps_its_status() -> None:
    found = extract(
        "Le centre a prédit entre 500 et un millier de morts.", language="fr", source="s", reported_at="2025-01-01"
    )
    assert [(str(x.claim.figure), x.claim.status.value) for x in found] == [("500–1000", "projected")]


# -- a German headline opening with a number of a year's shape before a noun: a count ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2000 Anwohner wegen Waldbrand evakuiert.", "de", [("evacuated", None, "2000")]),
        ("2000 Anwohner wurden evakuiert.", "de", [("evacuated", None, "2000")]),
    ],
)
def test_a_headline_count_of_a_years_shape(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("2015 starben 130 Menschen.", "de"),  # a year before its verb, unchanged
        ("Im Jahr 2000 Anwohner zu evakuieren, war schwierig.", "de"),  # after "Jahr", a year
    ],
)
def test_a_year_before_its_verb_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []
