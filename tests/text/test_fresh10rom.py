"""Session 14 (fresh10rom, issue 13): kinds of failure that fresh French, German and Spanish text (batch 10 dev)
showed, fixed by construction. Each family has a dev sentence (its id cited) or a short probe of the same shape, and
probes of the same surface that must give no claim or not the wrong one (the precision side).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import Claim, claims_of


def _statuses(text: str, language: str) -> list[tuple[str, str, str]]:
    """(metric, figure, status) of each claim of ``text``, in text order."""
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return [(x.claim.metric, str(x.claim.figure), x.claim.status.value) for x in found]


# -- German: forced from their homes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # de-0dc07a01-9
        (
            "Nach Angaben des UN-Büros zur Koordinierung humanitärer Angelegenheiten (OCHA) mussten in Myanmar in den "
            "vergangenen Wochen mindestens 89.000 Menschen vor Überflutungen fliehen.",
            [("displaced", None, "at least 89000")],
        ),
        ("Tausende Menschen mussten vor den Kämpfen fliehen.", [("displaced", None, "thousands")]),
        # de-f9c15d6c-4
        (
            "Mehr als 740 Menschen wurden verletzt und mehr als 360 000 verloren ihr Zuhause.",
            [("displaced", None, "more than 360000"), ("injured", None, "more than 740")],
        ),
        # de-fdc731aa-2
        (
            "Allein in Zentral- und Südchina kamen mindestens 15 Menschen durch Überschwemmungen ums Leben, mehr als "
            "400.000 mussten ihre Häuser verlassen.",
            [("displaced", None, "more than 400000"), ("killed", None, "at least 15")],
        ),
        # fleeing alone, escaping a fire, perpetrators: no displaced
        ("Zwei Männer konnten fliehen.", []),
        ("Die Täter mussten fliehen.", []),
        ("Drei Kinder konnten sich vor den Flammen auf das Dach flüchten.", []),
        ("Drei Menschen mussten ins Krankenhaus.", [("injured", None, "3")]),
        ("Die Mannschaft verlor ihre Heimat 2010.", []),
    ],
)
def test_german_forced_from_homes(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "de") == claims


# -- German: an opening adverbial of another event dates every clause -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # de-d3b109a4-6 (negative)
        ("Damals starben mehr als 6300 Menschen, mehr als vier Millionen verloren ihr Zuhause.", []),
        ("Damals starben 30 Menschen, zehn wurden verletzt.", []),
        ("Am Montag starben 30 Menschen, zehn wurden verletzt.", [("injured", None, "10"), ("killed", None, "30")]),
    ],
)
def test_german_verb_second_other_event(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "de") == claims


# -- teenagers (the guide's group since batch 9) and German police officers --------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-2aa91226-2
        (
            "Une adolescente est décédée ce dimanche 3 mars à la suite de l'accident.",
            "fr",
            [("killed", "teenagers", "1")],
        ),
        ("Vingt-cinq adolescents, âgés de 14 à 15 ans, ont été blessés.", "fr", [("injured", "teenagers", "25")]),
        ("Dos adolescentes resultaron heridos.", "es", [("injured", "teenagers", "2")]),
        # de-6d044565-2
        ("Eine Polizeibeamtin wurde verletzt.", "de", [("injured", "officers", "1")]),
        ("Zwei Polizeibeamte wurden verletzt.", "de", [("injured", "officers", "2")]),
        # no predicate, no claim
        ("Il y avait des adolescents dans le car.", "fr", []),
    ],
)
def test_named_groups(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a qualifier before "otros" keeps its bound ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # es-769d6ed5-4
        (
            "En el lugar fallecieron tres personas, y al menos otras cinco resultaron heridas.",
            [("injured", None, "at least 5"), ("killed", None, "3")],
        ),
        ("Más de otros 20 migrantes siguen desaparecidos.", [("missing", None, "more than 20")]),
        ("Otras cinco personas resultaron heridas.", [("injured", None, "5")]),
    ],
)
def test_bound_before_others(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "es") == claims


# -- a model's name after the weapon noun -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-45689c21-2
        (
            '"Dix-huit drones d\'attaque et un missile Kh-59 ont été abattus", a indiqué l\'armée de l\'air '
            "ukrainienne dans son communiqué matinal.",
            "fr",
            [("intercepted", "drones", "18"), ("intercepted", "missiles", "1")],
        ),
        (
            "Deux missiles Iskander et trois missiles S-300 ont été lancés.",
            "fr",
            [("launched", "missiles", "2"), ("launched", "missiles", "3")],
        ),
        ("Cuatro misiles Iskander-M fueron derribados.", "es", [("intercepted", "missiles", "4")]),
        # a designation is no count, and no weapon without its noun
        ("Le Kh-59 a été abattu.", "fr", []),
        ("Deux missiles Kh-59 ont été vendus à l'armée.", "fr", []),
    ],
)
def test_model_after_weapon(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- one describing word after a list's last noun ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-97272219-1
        (
            "Au moins 15 soldats, deux civils et 15 assaillants jihadistes ont été tués jeudi dans cinq attaques "
            "simultanées dans le nord du Sinaï égyptien.",
            "fr",
            [("killed", "attackers", "15"), ("killed", "civilians", "2"), ("killed", "soldiers", "at least 15")],
        ),
        (
            "Tres policías y dos civiles heridos fueron trasladados al hospital.",
            "es",
            [("injured", "civilians", "2"), ("injured", "officers", "3")],
        ),
        # two predicates with no auxiliary: each count keeps its own
        (
            "Deux soldats tués et trois civils blessés.",
            "fr",
            [("injured", "civilians", "3"), ("killed", "soldiers", "2")],
        ),
    ],
)
def test_describing_word_after_list(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- first or provisional figures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "statuses"),
    [
        # fr-9028d2e4-1
        (
            "Un immeuble a été dévoré par les flammes, faisant cinq morts et 21 blessés selon le dernier bilan "
            "provisoire.",
            "fr",
            [("killed", "5", "preliminary"), ("injured", "21", "preliminary")],
        ),
        # fr-9028d2e4-7
        (
            "Plus tôt dans la matinée de lundi, les services de secours avaient d'abord annoncé la mort d'une seule "
            "victime, découverte dans les décombres de l'immeuble.",
            "fr",
            [("killed", "1", "preliminary")],
        ),
        # de-6d044565-2
        (
            "In ersten Meldungen war von 3 verletzten Bewohnern und einer verletzten Polizeibeamtin die Rede.",
            "de",
            [("injured", "3", "preliminary"), ("injured", "1", "preliminary")],
        ),
        # es-c8250fa0-2
        (
            "No es definitivo el balance que habla de al menos 20 muertos.",
            "es",
            [("killed", "at least 20", "preliminary")],
        ),
        # "first of all" is no first figure; a clause after "and" with its own verb keeps its status
        ("Tout d'abord, 12 personnes ont été tuées.", "fr", [("killed", "12", "reported")]),
        (
            "12 personnes sont mortes, et un bilan provisoire fait état de 40 blessés.",
            "fr",
            [("killed", "12", "reported"), ("injured", "40", "preliminary")],
        ),
    ],
)
def test_first_figures(text: str, language: str, statuses: list[tuple[str, str, str]]) -> None:
    assert _statuses(text, language) == statuses


# -- weapons: "others" before the noun, a weekday in the adverbial before the object --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-17218b5f-4
        (
            "L'armée a indiqué que la Russie avait lancé cinq autres missiles, sans préciser si les missiles n'ayant "
            "pas été détruits avaient atteint leur cible.",
            "fr",
            [("launched", "missiles", "5")],
        ),
        ("Cinq autres personnes ont été blessées.", "fr", [("injured", None, "5")]),
        # es-9f23db28-2
        (
            "Rusia también lanzó entre la noche y la madrugada del martes cuatro misiles balísticos Iskander-M que no "
            "pudieron ser derribados por las defensas ucranianas.",
            "es",
            [("launched", "missiles", "4")],
        ),
        # no verb of launching before the adverbial: no claim
        ("En la reunión de la noche del martes se habló de cuatro misiles.", "es", []),
    ],
)
def test_weapon_objects(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- French: put up in a shelter ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # fr-1ae060c7-4
        ("Neuf habitants de l'immeuble ont été accueillis dans un gymnase voisin.", [("displaced", None, "9")]),
        ("Trente sinistrés ont été hébergés dans une école.", [("displaced", None, "30")]),
        # a hospital is no shelter
        ("Neuf blessés ont été accueillis dans un hôpital voisin.", [("injured", None, "9")]),
    ],
)
def test_french_sheltered(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "fr") == claims


# -- one person in apposition to a definite one is no count ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # de-b70aaa7e-2 (negative)
        ("Auch der Schütze, ein 35-jähriger Deutscher, ist tot.", "de", []),
        ("Le conducteur, un homme de 45 ans, a été tué.", "fr", []),
        ("El conductor, un hombre de 45 años, resultó herido.", "es", []),
        # an indefinite victim of his own, a list member, an opening phrase: still counted
        ("Ein 35-jähriger Deutscher ist tot.", "de", [("killed", None, "1")]),
        (
            "Der Fahrer, ein Kind und zwei Frauen wurden verletzt.",
            "de",
            [("injured", "children", "1"), ("injured", "women", "2")],
        ),
        ("Dans la voiture, un homme, âgé de 45 ans, a été tué.", "fr", [("killed", "men", "1")]),
    ],
)
def test_apposition_to_definite(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- an age after a list's first member; hurt by what they suffered ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # fr-da7224f3-2
        (
            "Un garçon de 15 ans et un homme de 35 ans ont subi des blessures dues à l'explosion, des coupures et des "
            "hématomes.",
            [("injured", "children", "1"), ("injured", "men", "1")],
        ),
        (
            "Un garçon de 15 ans et un homme de 35 ans ont été blessés.",
            [("injured", "children", "1"), ("injured", "men", "1")],
        ),
        ("Une femme de 52 ans a été tuée.", [("killed", "women", "1")]),
        # damage is no injury
        ("Deux maisons ont subi des dégâts.", []),
    ],
)
def test_aged_members_and_suffered(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "fr") == claims


# -- German: a long adverbial between the auxiliary and the participle ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # de-ae8cf994-3
        (
            "Mehr als 25 Menschen wurden bei der Detonation in der Unruheprovinz an der Grenze zu Afghanistan "
            "verletzt.",
            [("injured", None, "more than 25")],
        ),
        # no casualty participle at the end: no claim
        ("Zwei Zeugen wurden bei der Pressekonferenz in der Hauptstadt an der Grenze zu Polen am Montag befragt.", []),
    ],
)
def test_german_long_adverbial(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "de") == claims


# -- Spanish: custody, denied causing in the perfect, "many" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # es-77babe63-3
        ("Un sospechoso estaba bajo custodia, dijo la Oficina del Alguacil.", "es", [("detained", "suspects", "1")]),
        # es-95079b0c-6
        ("El ataque no ha provocado muertos.", "es", [("killed", None, "0")]),
        # es-77babe63-5
        (
            "El alguacil no quiso confirmar que hubiera muertos, limitándose a decir que había “múltiples heridos” en "
            "el tiroteo.",
            "es",
            [("injured", None, "several")],
        ),
        ("Il y a eu de multiples blessés.", "fr", [("injured", None, "several")]),
        # many things are no victims; custody of a child by a parent is no arrest count
        ("Se registraron múltiples ataques.", "es", []),
        ("La madre tiene la custodia de los dos niños.", "es", []),
    ],
)
def test_spanish_custody_zero_many(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
