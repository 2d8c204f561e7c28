"""Session 13 (fresh7c, issue 13): kinds of failure that fresh French and Spanish text (batch 7 dev) showed, fixed
by mechanism and pinned by made-up sentences (benchmarks/probes/fresh7c_*.txt), never corpus sentences; each family
has positives and same-surface negatives (the same words around a number that is no count).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text._tokens import Kind, tokenize
from casualtylog.text.lang import get_language
from tests.text._read import Claim, claims_of

# -- French number words joined by a hyphenated "et" ("trente-et-un") ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Vingt-et-une personnes sont mortes dans l'incendie.", [("killed", None, "21")]),
        ("Trente-et-un blessés ont été recensés après l'explosion.", [("injured", None, "31")]),
        ("L'accident a fait quarante-et-un morts.", [("killed", None, "41")]),
        ("Cinquante-et-une personnes ont été évacuées du quartier.", [("evacuated", None, "51")]),
        (
            "Deux morts, cinq disparus, vingt-et-un blessés: le bilan de la tempête est lourd.",
            [("injured", None, "21"), ("killed", None, "2"), ("missing", None, "5")],
        ),
        # same surface, no count of people
        ("Le bâtiment en feu comptait vingt-et-un étages.", []),
        ("L'usine emploie quarante-et-un salariés depuis 2010.", []),
        ("Le train avait vingt-et-une minutes de retard.", []),
    ],
)
def test_french_hyphenated_et_number_words(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "fr") == claims


def test_a_joiner_only_joins_inside_a_hyphenated_number() -> None:
    fr = get_language("fr")
    values = [(t.text, t.value) for t in tokenize("soixante-et-onze et-un vingt-et", fr) if t.kind is Kind.NUMBER]
    assert values == [("soixante-et-onze", 71)]


# -- a part of a demonstrative whole ("180 de ces décès", "180 de estas muertes") ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Au moins 180 de ces décès ont été enregistrés à Karachi.", "fr", [("killed", None, "at least 180")]),
        ("Douze de ces blessés ont été transférés à Lyon.", "fr", [("injured", None, "12")]),
        ("Cinq de ces disparus ont été retrouvés vivants.", "fr", [("missing", None, "5")]),
        ("Al menos 180 de estas muertes se registraron en Karachi.", "es", [("killed", None, "at least 180")]),
        ("Doce de estos heridos fueron trasladados a Lima.", "es", [("injured", None, "12")]),
        ("Cinco de esas víctimas murieron en el hospital.", "es", [("killed", None, "5")]),
        # same surface, a part of things
        ("Au moins 180 de ces bâtiments ont été détruits à Karachi.", "fr", []),
        ("Douze de ces camions ont été transférés à Lyon.", "fr", []),
        ("25 de ces lits sont occupés à l'hôpital.", "fr", []),
        ("Al menos 180 de estas viviendas se registraron en Karachi.", "es", []),
        ("Cinco de esas camas quedaron libres en el hospital.", "es", []),
        ("25 de estas reuniones ocurrieron en la capital.", "es", []),
    ],
)
def test_part_of_a_demonstrative_whole(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- forced from their homes: a vague object, Spanish "dejar", a modal before the flight ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Le feu a forcé des milliers de personnes à quitter leur domicile.", "fr", [("displaced", None, "thousands")]),
        ("Les combats ont contraint des centaines d'habitants à fuir.", "fr", [("displaced", None, "hundreds")]),
        ("La crue a obligé des dizaines de personnes à quitter leurs maisons.", "fr", [("displaced", None, "tens")]),
        (
            "La tragedia ha obligado a 600.000 personas a tener que dejar sus hogares.",
            "es",
            [("displaced", None, "600000")],
        ),
        ("La tragedia ha obligado a 600.000 personas a dejar sus hogares.", "es", [("displaced", None, "600000")]),
        ("El incendio obligó a miles de personas a huir.", "es", [("displaced", None, "thousands")]),
        (
            "Unas 5.000 personas tuvieron que dejar sus hogares por la crecida.",
            "es",
            [("displaced", None, "about 5000")],
        ),
        ("Más de 800 vecinos dejaron sus casas durante la noche.", "es", [("displaced", None, "more than 800")]),
        # same surface: forced to do something else, or to leave something that is no home
        ("Le feu a forcé des milliers de personnes à payer une amende.", "fr", []),
        ("La grève a contraint des centaines d'habitants à attendre.", "fr", []),
        ("La crisis ha obligado a 600.000 personas a tener que pagar más impuestos.", "es", []),
        ("La huelga ha obligado a 600.000 personas a dejar sus coches.", "es", []),
        ("El apagón obligó a miles de personas a esperar.", "es", []),
        ("Unas 5.000 personas tuvieron que dejar sus coches por la crecida.", "es", []),
    ],
)
def test_forced_from_their_homes(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a total or a group as the object, after the Spanish object marker ("detuvo a un total de 26 personas") --------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("La policía detuvo a un total de 26 personas.", [("detained", None, "26")]),
        ("La operación terminó deteniendo a un total de 26 personas.", [("detained", None, "26")]),
        ("Los bomberos evacuaron a un grupo de 300 vecinos.", [("evacuated", None, "300")]),
        ("Los agentes arrestaron a un total de 12 manifestantes.", [("detained", "protesters", "12")]),
        # same surface, a verb of no casualty
        ("La policía multó a un total de 26 conductores.", []),
        ("Los guías acompañaron a un grupo de 300 vecinos.", []),
        ("Los periodistas entrevistaron a un total de 12 manifestantes.", []),
    ],
)
def test_spanish_container_after_the_object_marker(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "es") == claims


# -- fell in combat is killed ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Quatorze soldats sont tombés au combat.", "fr", [("killed", "soldiers", "14")]),
        ("On dénombre 14 militaires tombés au cours des combats.", "fr", [("killed", "soldiers", "14")]),
        (
            "Trois soldats sont tombés au combat et cinq ont été blessés.",
            "fr",
            [("injured", "soldiers", "5"), ("killed", "soldiers", "3")],
        ),
        ("Catorce soldados cayeron en combate.", "es", [("killed", "soldiers", "14")]),
        ("Hay 14 soldados caídos en combate.", "es", [("killed", "soldiers", "14")]),
        ("Dos militares cayeron en el frente el sábado.", "es", [("killed", "soldiers", "2")]),
        # same surface: fell into something, fell ill, fell into agreement
        ("Quatorze soldats sont tombés dans une embuscade.", "fr", []),
        ("On dénombre 14 militaires tombés malades pendant la mission.", "fr", []),
        ("Deux soldats sont tombés d'accord sur le plan.", "fr", []),
        ("Catorce soldados cayeron en una emboscada.", "es", []),
        ("Dos militares cayeron en la cuenta el sábado.", "es", []),
        ("Tres soldados cayeron enfermos durante la misión.", "es", []),
    ],
)
def test_fell_in_combat(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- "others" after the count right before them: that count's group, or none (shared by the five languages) --------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Deux pompiers sont morts, dix personnes ont été blessées et 37 autres ont été évacuées.",
            "fr",
            [("evacuated", None, "37"), ("injured", None, "10"), ("killed", "firefighters", "2")],
        ),
        (
            "Dos bomberos murieron, diez personas resultaron heridas y otras 37 fueron evacuadas.",
            "es",
            [("evacuated", None, "37"), ("injured", None, "10"), ("killed", "firefighters", "2")],
        ),
        (
            "Two firefighters died, ten people were seriously injured and 37 others were slightly injured.",
            "en",
            [("injured", None, "10"), ("injured", None, "37"), ("killed", "firefighters", "2")],
        ),
        # the count right before has the group: the others are more of it, as before
        (
            "Six soldiers had been killed and 25 injured.",
            "en",
            [("injured", "soldiers", "25"), ("killed", "soldiers", "6")],
        ),
        (
            "Un policier a été tué et deux autres blessés.",
            "fr",
            [("injured", "officers", "2"), ("killed", "officers", "1")],
        ),
        (
            "Trois policiers ont été blessés, dont deux grièvement, et quatre autres ont été évacués.",
            "fr",
            [("evacuated", "officers", "4"), ("injured", "officers", "2"), ("injured", "officers", "3")],
        ),
        (
            "Dos bomberos murieron y otros 37 resultaron heridos.",
            "es",
            [("injured", "firefighters", "37"), ("killed", "firefighters", "2")],
        ),
    ],
)
def test_others_take_the_group_of_the_count_right_before(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a toll that has exceeded or may exceed a figure: "more than", projected by the conditional ---------------------


def test_toll_exceeding_a_figure() -> None:
    def read(text: str, language: str) -> list[tuple[str, str, str]]:
        return [(c[0], c[2], s) for c, s in _with_status(text, language)]

    assert read("Le nombre de morts a dépassé 180.", "fr") == [("killed", "more than 180", "reported")]
    assert read("Le nombre de morts pourrait dépasser 180.", "fr") == [("killed", "more than 180", "projected")]
    assert read("Le nombre de morts pourrait y dépasser les 180 dans la soirée.", "fr") == [
        ("killed", "more than 180", "projected")
    ]
    assert read("El número de muertos ha superado los 180.", "es") == [("killed", "more than 180", "reported")]
    assert read("La cifra de muertos podría superar los 180 en las próximas horas.", "es") == [
        ("killed", "more than 180", "projected")
    ]
    # same surface, no toll
    assert read("La température pourrait dépasser les 45 degrés dans la soirée.", "fr") == []
    assert read("Le nombre de visiteurs pourrait dépasser les 180.", "fr") == []
    assert read("La temperatura podría superar los 45 grados en las próximas horas.", "es") == []
    assert read("El número de visitantes podría superar los 180.", "es") == []


def _with_status(text: str, language: str) -> list[tuple[Claim, str]]:
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return [((x.claim.metric, x.claim.group, str(x.claim.figure)), x.claim.status.value) for x in found]


# -- Spanish: hit by gunfire is hurt, as French "touchés par balle" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Dos agentes fueron alcanzados por disparos.", [("injured", "officers", "2")]),
        ("Tres personas resultaron alcanzadas por las balas.", [("injured", None, "3")]),
        # same surface: reached by something else, or things hit
        ("Dos agentes fueron alcanzados por la multitud.", []),
        ("Dos barcos fueron alcanzados por disparos.", []),
        ("Los dos fugitivos fueron alcanzados por la policía.", []),
    ],
)
def test_spanish_hit_by_gunfire(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "es") == claims


# -- "it comes a month after a …": an earlier event's figures, though the sentence has no count before -------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Ils interviennent un mois après qu'une vague de chaleur a fait 2000 morts au Pakistan.", "fr", []),
        ("Ce drame survient une semaine après un naufrage qui avait fait 30 morts.", "fr", []),
        ("La tragedia llega un mes después de que un incendio mató a 20 personas.", "es", []),
        ("La tragedia ocurre un mes después de un incendio que mató a 20 personas.", "es", []),
        (
            "Doce personas murieron, un mes después de que un incendio mató a 20 personas.",
            "es",
            [("killed", None, "12")],
        ),
        # same surface, the report's own event: no verb of coming, or the definite event
        ("Une semaine après un naufrage, 30 corps ont été retrouvés.", "fr", [("killed", None, "30")]),
        ("Ce drame survient une semaine après le naufrage qui a fait 30 morts.", "fr", [("killed", None, "30")]),
        ("Horas después de un sismo, los rescatistas hallaron 12 muertos.", "es", [("killed", None, "12")]),
    ],
)
def test_a_verb_of_coming_before_an_interval_sequel(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- words: "dame" is a woman; French weapon adjectives in the singular; moved to a shelter is displaced ------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Un enfant et une dame âgée ont été tués.", "fr", [("killed", "children", "1"), ("killed", "women", "1")]),
        ("Deux dames ont été blessées.", "fr", [("injured", "women", "2")]),
        ("Un drone ukrainien a été abattu au-dessus de Moscou.", "fr", [("intercepted", "drones", "1")]),
        ("Un missile balistique russe a été intercepté.", "fr", [("intercepted", "missiles", "1")]),
        ("Unas 300 personas fueron trasladadas a albergues.", "es", [("displaced", None, "about 300")]),
        (
            "Quelque 300 personnes ont été transférées vers des centres d'hébergement.",
            "fr",
            [("displaced", None, "about 300")],
        ),
        # same surface, no count
        ("La dame de compagnie avait 12 ans d'expérience.", "fr", []),
        ("Le drone ukrainien mesure 3 mètres.", "fr", []),
        ("Unas 300 camas fueron trasladadas a albergues.", "es", []),
        ("Quelque 300 véhicules ont été transférés vers des centres d'hébergement.", "fr", []),
    ],
)
def test_words_of_batch_seven(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a toll revised to a bare figure after it: the toll's metric, reported ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "La police avait annoncé un premier bilan de 24 morts, qui a été relevé à 25, puis 27.",
            "fr",
            [
                (("killed", None, "24"), "preliminary"),
                (("killed", None, "25"), "reported"),
                (("killed", None, "27"), "reported"),
            ],
        ),
        (
            "Un premier bilan faisait état de 24 morts, avant d'être relevé à 27.",
            "fr",
            [(("killed", None, "24"), "preliminary"), (("killed", None, "27"), "reported")],
        ),
        (
            "Le bilan, qui était de 24 morts, a été relevé à 27.",
            "fr",
            [(("killed", None, "24"), "reported"), (("killed", None, "27"), "reported")],
        ),
        (
            "Un primer balance hablaba de 24 muertos, que luego fue elevado a 27.",
            "es",
            [(("killed", None, "24"), "preliminary"), (("killed", None, "27"), "reported")],
        ),
        # a preliminary cue with no first figure of its own still marks the revision
        (
            "Selon un bilan provisoire, le nombre de morts a été relevé à 27.",
            "fr",
            [(("killed", None, "27"), "preliminary")],
        ),
        # same surface: something else raised to a figure after a count
        ("Trois personnes sont mortes ; l'âge minimum a été relevé à 18.", "fr", [(("killed", None, "3"), "reported")]),
        ("Trois morts, et le niveau d'alerte a été relevé à 4.", "fr", [(("killed", None, "3"), "reported")]),
        ("Tres muertos, y el nivel de alerta fue elevado a 4.", "es", [(("killed", None, "3"), "reported")]),
        ("Le prix a été relevé à 25 euros.", "fr", []),
    ],
)
def test_toll_revised_to_a_bare_figure(text: str, language: str, claims: list[tuple[Claim, str]]) -> None:
    assert sorted(_with_status(text, language)) == claims


# -- people rescuers still search for are missing; a search by anyone else is no count ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Les secours cherchent encore cinq adultes et cinq enfants.",
            "fr",
            [("missing", "adults", "5"), ("missing", "children", "5")],
        ),
        ("Les secours recherchent toujours cinq personnes.", "fr", [("missing", None, "5")]),
        ("Los rescatistas buscan todavía a cinco personas.", "es", [("missing", None, "5")]),
        ("Los equipos de rescate buscan a 12 mineros.", "es", [("missing", "miners", "12")]),
        # same surface: the police, a company, a search of hours
        ("La police recherche encore deux suspects.", "fr", []),
        ("L'entreprise cherche encore 20 salariés.", "fr", []),
        ("Les secours cherchent encore 20 minutes de plus.", "fr", []),
        ("La empresa busca a 20 trabajadores.", "es", []),
        ("Los bomberos buscan desde hace 20 horas.", "es", []),
    ],
)
def test_searched_for_by_rescuers(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
