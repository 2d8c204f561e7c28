"""Session 12 (fres12, issue 13): French and Spanish clause shapes written by construction: made-up sentences of
everyday news shapes (benchmarks/probes/fres12_*.txt), not corpus sentences; each family has positives and
same-surface negatives (numbers that are no counts beside the same verbs and words).
"""

from __future__ import annotations

import pytest

from casualtylog.text.lang import get_language
from tests.text._read import Claim
from tests.text._read import claims_of as _claims

# -- the gerund or participle of a clause after the event carries the toll ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Un sismo sacudió la costa, cobrándose la vida de al menos 40 personas.",
            "es",
            [("killed", None, "at least 40")],
        ),
        ("El temporal azotó el norte, cobrándose ya la vida de siete vecinos.", "es", [("killed", None, "7")]),
        ("Las crues ont emporté des ponts, coûtant la vie à 23 personnes.", "fr", [("killed", None, "23")]),
        ("La tempête a balayé la côte, coûtant la vie à deux pêcheurs.", "fr", [("killed", "fishermen", "2")]),
    ],
)
def test_a_gerund_clause_carries_the_toll(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La obra se retrasó, cobrándose la paciencia de 40 vecinos.", "es"),
        ("Le chantier a pris du retard, coûtant 23 millions d'euros.", "fr"),
        ("La réforme a été adoptée, coûtant la vie politique à deux ministres.", "fr"),
    ],
)
def test_a_gerund_clause_without_a_life_is_no_toll(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- the count's own noun: "la cifra de víctimas", "el recuento de", "le décompte des victimes" ------------------


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("La cifra de víctimas asciende a 73, según Protección Civil.", "es", "73"),
        ("El recuento de víctimas asciende ya a 73.", "es", "73"),
        ("El recuento de fallecidos se eleva a 12.", "es", "12"),
        ("Le décompte des victimes s'élève à 73.", "fr", "73"),
    ],
)
def test_the_count_of_victims_is_a_toll(text: str, language: str, figure: str) -> None:
    assert _claims(text, language) == [("killed", None, figure)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El recuento de votos asciende a 73.000.", "es"),
        ("La cifra de turistas asciende a 73 millones.", "es"),
        ("Le décompte des voix s'élève à 73 000.", "fr"),
    ],
)
def test_the_count_of_other_things_is_no_toll(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- "de las cuales" opens a member of the count, as "de los cuales" did --------------------------------------


def test_de_las_cuales_opens_a_member() -> None:
    assert _claims("Resultaron heridas 20 personas, de las cuales dos de gravedad.", "es") == [
        ("injured", None, "2"),
        ("injured", None, "20"),
    ]


def test_de_las_cuales_after_no_count() -> None:
    assert _claims("La ciudad tiene 14 escuelas, de las cuales dos son privadas.", "es") == []


# -- an object after "a otras": "e hirió a otras cinco personas" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un hombre hirió a otras cinco personas.", [("injured", None, "5")]),
        (
            "Un hombre abrió fuego en una fiesta, matando a seis personas e hiriendo a otras cinco.",
            [("injured", None, "5"), ("killed", None, "6")],
        ),
        ("El tirador mató a tres personas e hirió a otros dos.", [("injured", None, "2"), ("killed", None, "3")]),
    ],
)
def test_an_object_after_others(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "El alcalde visitó a otras cinco familias.",
        "El juez citó a otros cuatro testigos.",
        "Invitó a otras 30 personas.",
    ],
)
def test_others_after_a_verb_of_no_harm(text: str) -> None:
    assert _claims(text, "es") == []


# -- left without: "dejó sin hogar a 500 personas", "dejando sin empleo a 400 trabajadores" ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El incendio dejó sin hogar a 500 personas.", [("displaced", None, "500")]),
        ("El huracán dejó sin techo a 1.200 familias.", []),  # families are no count of people
        ("El huracán dejó sin vivienda a 1.200 personas.", [("displaced", None, "1200")]),
        ("El derrumbe dejó sin vida a cuatro trabajadores.", [("killed", "workers", "4")]),
        ("El incendio dejó a 500 personas sin hogar.", [("displaced", None, "500")]),
        ("El accidente dejó 12 muertos.", [("killed", None, "12")]),
        ("El choque dejó tres personas heridas.", [("injured", None, "3")]),
    ],
)
def test_left_without_names_the_metric(text: str, expected: list[Claim]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "La empresa cerró la planta, dejando sin empleo a 400 trabajadores.",
        "La empresa dejó a 400 trabajadores sin empleo.",
        "La tormenta dejó sin luz a 30.000 personas.",
        "La avería dejó sin agua a 12.000 vecinos.",
        "El apagón dejó sin servicio a 200 pacientes.",
    ],
)
def test_left_without_anything_else_is_no_count(text: str) -> None:
    assert _claims(text, "es") == []


def test_left_without_is_spanish_only() -> None:
    assert get_language("es").without_preps == frozenset({"sin"})
    for code in ("en", "nl", "fr", "de"):
        assert not get_language(code).without_preps


# -- not surviving is dying: "l'un des blessés n'a pas survécu", "uno de los heridos no sobrevivió" -------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("L'un des blessés n'a pas survécu à ses blessures.", "fr", [("killed", None, "1")]),
        ("Trois randonneurs n'ont pas survécu à la chute.", "fr", [("killed", "hikers", "3")]),  # guide17: hikers
        (
            "Parmi les six blessés transportés à Sion, un n'a pas survécu.",
            "fr",
            [("injured", None, "6"), ("killed", None, "1")],
        ),
        ("Uno de los heridos no sobrevivió.", "es", [("killed", None, "1")]),
        ("Dos de los heridos no sobrevivieron a sus lesiones.", "es", [("killed", None, "2")]),
    ],
)
def test_not_surviving_is_dying(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'entreprise n'a pas survécu à la crise de 2008.", "fr"),
        ("Le journal, fondé en 1944, n'a pas survécu à la concurrence.", "fr"),
        ("La tienda no sobrevivió a la crisis de 2008.", "es"),
        ("El proyecto de ley, con 40 artículos, no sobrevivió a la votación.", "es"),
    ],
)
def test_things_that_did_not_survive_are_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- members after "among the" and an impersonal verb of counting: "Parmi les blessés, on compte deux policiers" ----


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Parmi les blessés, on compte deux policiers.", "fr", [("injured", "officers", "2")]),
        ("Parmi les morts, on dénombre quatre enfants.", "fr", [("killed", "children", "4")]),
        (
            "Le car a fait 12 morts. Parmi les victimes, on compte trois enfants.",
            "fr",
            [("killed", None, "12"), ("killed", "children", "3")],
        ),
        ("Entre los heridos, se cuentan dos policías.", "es", [("injured", "officers", "2")]),
        ("Entre los fallecidos, hay tres menores.", "es", [("killed", "children", "3")]),
    ],
)
def test_members_after_a_verb_of_counting(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Parmi les invités, on compte deux ministres.", "fr"),
        ("Parmi les spectateurs, on compte 3 000 enfants.", "fr"),
        ("Parmi les candidats, on dénombre quatre femmes.", "fr"),
        ("Entre los invitados, hay dos ministros.", "es"),
        ("Entre los asistentes, se cuentan 300 niños.", "es"),
    ],
)
def test_members_of_no_casualties_are_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_verbs_of_counting_among_are_french_and_spanish_only() -> None:
    for code in ("en", "nl", "de"):
        assert not get_language(code).among_verbs


# -- people forced to flee: "a contraint 500 personnes à fuir", "obligó a 500 personas a huir" -----------------


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("La crue a contraint plus de 500 personnes à quitter leur domicile.", "fr", "more than 500"),
        ("Les violences ont contraint 25 000 personnes à fuir.", "fr", "25000"),
        ("Les combats ont forcé 3 000 habitants à fuir leurs foyers.", "fr", "3000"),
        ("Plus de 2 000 habitants ont été obligés de quitter leur domicile.", "fr", "more than 2000"),
        ("500 personnes ont été contraintes de fuir.", "fr", "500"),
        ("La violencia obligó a más de 25.000 personas a abandonar sus hogares.", "es", "more than 25000"),
        ("La violencia obligó a 500 personas a huir.", "es", "500"),
        ("Los combates obligaron a huir a 500 personas.", "es", "500"),
        ("Más de 3.000 personas fueron forzadas a huir.", "es", "more than 3000"),
        ("500 personas se vieron obligadas a abandonar sus hogares.", "es", "500"),
    ],
)
def test_forced_to_flee_is_displaced(text: str, language: str, figure: str) -> None:
    assert _claims(text, language) == [("displaced", None, figure)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La réforme a contraint 500 personnes à payer une amende.", "fr"),
        ("La grève a obligé 25 000 voyageurs à patienter.", "fr"),
        ("La pluie a forcé 12 000 spectateurs à quitter le stade.", "fr"),
        ("500 salariés ont été contraints de quitter l'entreprise.", "fr"),
        ("La ley obligó a 500 personas a pagar.", "es"),
        ("El temporal obligó a cerrar 40 escuelas.", "es"),
        ("Los combates obligaron a abandonar sus hogares a 500 familias.", "es"),
        ("500 trabajadores se vieron obligados a abandonar la empresa.", "es"),
    ],
)
def test_forced_to_do_anything_else_is_no_count(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_forcing_verbs_are_french_spanish_german_and_english_only() -> None:
    assert not get_language("nl").forcing_verbs
    # Session 13 (fresh7r2): German's and English's verbs of forcing read only with what they forced right after
    # the people ("in die Flucht", "to leave their homes"), never with a bare preposition
    for code in ("de", "en"):
        assert get_language(code).forcing_verbs
        assert get_language(code).flight_objects
        assert not get_language(code).forcing_preps


# -- the whole's number between "among the" and its noun: "Parmi les 14 victimes figurent trois enfants" ----------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Parmi les 14 victimes figurent trois enfants.", "fr"),
        ("Parmi les 14 victimes, on compte trois enfants.", "fr"),
        ("Entre las 14 víctimas hay tres menores.", "es"),
    ],
)
def test_members_of_a_numbered_whole(text: str, language: str) -> None:
    assert ("killed", "children", "3") in _claims(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Parmi les 14 candidats figurent trois anciens ministres.", "fr"),
        ("Parmi les 200 invités figurent trois enfants.", "fr"),
        ("Entre los 200 invitados hay tres niños.", "es"),
    ],
)
def test_members_of_a_numbered_whole_of_no_casualties(text: str, language: str) -> None:
    assert _claims(text, language) == []


# -- a running toll of an ongoing crisis since a year: "confronté depuis 2015 à des attaques jihadistes" ---------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le pays est confronté depuis 2015 à des attaques jihadistes qui ont fait plus de 20 000 morts.",
            "fr",
            [("killed", None, "more than 20000")],
        ),
        ("Les violences ont fait plus de 2 000 morts depuis 2017.", "fr", [("killed", None, "more than 2000")]),
        (
            "Depuis le début de la guerre en 2022, plus de 10 000 civils ont été tués.",
            "fr",
            [("killed", "civilians", "more than 10000")],
        ),
        (
            "El conflicto, que desde 2011 ha causado más de 500.000 muertos, entra en su decimotercer año.",
            "es",
            [("killed", None, "more than 500000")],
        ),
        ("Desde 2006, la violencia ha dejado más de 400.000 muertos.", "es", [("killed", None, "more than 400000")]),
    ],
)
def test_a_crisis_toll_since_a_year_is_a_claim(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Depuis 2015, plus de 250 personnes ont été tuées sur cette route.", "fr"),
        ("Depuis 2006, plus de 200 personnes sont mortes dans des incendies similaires.", "fr"),
        ("Le conflit, qui a fait 10 000 morts en 2014, reprend.", "fr"),
        ("Desde 2006, más de 200 personas han muerto en incendios similares.", "es"),
        ("La guerra de 2014 dejó 2.200 muertos.", "es"),
    ],
)
def test_a_statistic_or_an_earlier_war_stays_no_claim(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_crisis_since_tolls_are_french_and_spanish_only() -> None:
    assert get_language("fr").crisis_since_tolls
    assert get_language("es").crisis_since_tolls
    for code in ("en", "nl", "de"):
        assert not get_language(code).crisis_since_tolls
