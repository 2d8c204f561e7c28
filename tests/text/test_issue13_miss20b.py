"""Session 19 (miss20b, issue 13): French, German and Spanish missed figures, by the mechanism that governs them,
ranked by dev batch 12 (the sample of unseen text) and kept only where they recur before it.

Each family is pinned by dev sentences of the real-news corpus (ids cited), with same-surface shapes that must keep
their old reading (the precision side).
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- a verb that sets a total, its figure, then "the number of …" (raised_to, romance_counted_at) ---------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # es-95152436-1 (dev batch 12): a verb of updating sets the total
        (
            "El Ministerio de Salud del Líbano ha actualizado a 558 el número de muertos tras los intensos ataques"
            " aéreos de las Fuerzas de Defensa de Israel (FDI) contra Hezbolá desde ayer.",
            "es",
            [("killed", None, "558")],
        ),
        # es-7fac816d-1 (dev): a verb of setting, the figure after "en"
        ("Las autoridades guatemaltecas determinaron la cifra de muertos en 69.", "es", [("killed", None, "69")]),
        # es-a098bcc3-7 (dev batch 12): an adjective between the noun of number and a listed "número de víctimas"
        ("Las lluvias elevan a 19 el número total de víctimas por estos derrumbes.", "es", [("killed", None, "19")]),
        # fr-0cf0ca70-5 (dev batch 12): French "de" with no article after it, a group and its participle
        (
            "L’opposition chiffre à 14 le nombre de manifestants tués depuis cette date.",
            "fr",
            [("killed", "protesters", "14")],
        ),
        # same surface, read as before: "tués" alone is the metric noun
        ("Le nombre de tués s'élève à 14.", "fr", [("killed", None, "14")]),
    ],
)
def test_miss20b_number_of_set_by_a_verb(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a verb of setting with no toll after it
        ("El Gobierno fijó en 15 días el plazo para las ayudas.", "es"),
        # an adjective before a noun that counts no people
        ("Las lluvias elevan a 19 el número total de viviendas dañadas.", "es"),
        ("La mairie actualise à 14 le nombre de classes fermées.", "fr"),
    ],
)
def test_miss20b_number_of_negatives(text: str, language: str) -> None:
    assert claims_of(text, language) == []


# -- one more place of a split after "and", the places plain phrases (PlaceFrames.phrase_split) -----------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-d97c77fb-2 (dev batch 12): the count's own place opened by "pour"
        (
            "Quatre vingt sept morts ont été répertoriés pour le district d’Ikongo et deux à Mananjary.",
            "fr",
            [("killed", None, "2"), ("killed", None, "87")],
        ),
        # es-3d7c9e74-4 (dev batch 12): lower-case places, "más" one place of the split, not more victims
        (
            "Nueve personas murieron en el lugar de los hechos y cinco más en hospitales de la localidad.",
            "es",
            [("killed", None, "5"), ("killed", None, "9")],
        ),
    ],
)
def test_miss20b_place_phrase_split(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # same surface, no place phrase after the count's verb: the second number is no place of it
        ("Deux personnes ont été tuées par balle et trois à coups de couteau.", "fr", [("killed", None, "2")]),
        # a state after the preposition, not a place
        (
            "Nueve personas murieron en el lugar y cinco en estado de shock.",
            "es",
            [("killed", None, "9")],
        ),
    ],
)
def test_miss20b_place_phrase_split_negatives(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a German middle field of up to 14 words between the subject and its participle (subject_reach) ----------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # de-f39a2b53-3 (dev batch 12): a place, its region and where that lies
        (
            "Mindestens 15 Kinder derselben Schule in Depayin in der Region Sagaing im Nordwesten des Landes würden"
            " noch vermisst, gab das UN-Kinderhilfswerk UNICEF bekannt.",
            [("missing", "children", "at least 15")],
        ),
        # de-f39a2b53-5 (dev batch 12): a cause and its source
        (
            "Fast 2300 Zivilisten wurden beim gewaltsamen Vorgehen des Militärs gegen seine Gegner nach Angaben einer"
            " lokalen Beobachtungsgruppe getötet.",
            [("killed", "civilians", "about 2300")],
        ),
        # de-a2feeec3-1 (dev, batch 4)
        (
            "Ein 18-Jähriger aus Baden-Württemberg ist am Samstag in einer Lawine in bei Tschagguns (AUT/Vorarlberg)"
            " ums Leben gekommen.",
            [("killed", None, "1")],
        ),
        # same surface, a clause boundary inside the reach still closes it: the participle is the other clause's
        (
            "Fast 2300 Zivilisten wohnten in der Stadt, in der am Montag drei Soldaten getötet wurden.",
            [("killed", "soldiers", "3")],
        ),
    ],
)
def test_miss20b_german_middle_field(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "de") == claims
