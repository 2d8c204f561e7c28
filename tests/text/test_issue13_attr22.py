"""Session 20, round 2 (attr22, issue 13 item 4): attribution ranked by dev batch 14 (unseen text).

The verbs of counting *recenser* and *dénombrer* were verbs of saying in two of their forms only (*recensent*,
*recensaient*, *dénombrent* …): the subject before the other forms ("la préfecture de Haute-Garonne recense 2 442
blessés", "le BNGRC recensait", "le projet … a recensé") is the source, as it was before *recensent*. With them
"on" is a pronoun subject, as *il* and *elle* are: "« On dénombre 14 militaires … »" names no one. Dev sentences
(their ids given) plus same-surface negatives; the source follows tests/data/news/README.md ("Source").
"""

from __future__ import annotations

import pytest

from ._read import Named, sources_of


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # fr-eeacfeca-7 (batch 14)
        (
            "Le 17/10/01, la préfecture de Haute-Garonne recense 2 442 blessés au total.",
            "fr",
            [("préfecture de Haute-Garonne", "s")],
        ),
        # fr-831b70ad-4 (batch 6)
        (
            'Hier, le BNGRC recensait "65 blessés et 10 856 sinistrés et 3 380 habitations ont été totalement'
            ' détruites".',
            "fr",
            [("BNGRC", "s")],
        ),
        # made up: the other forms, the subject before them
        ("Les autorités ont recensé 12 morts dans la région.", "fr", [("autorités", "s")]),
        ("La police dénombre 12 blessés dans le quartier.", "fr", [("police", "s")]),
        # the forms read before, unchanged
        ("Les autorités recensent 12 morts dans la région.", "fr", [("autorités", "s")]),
    ],
)
def test_the_subject_of_a_verb_of_counting_is_the_source(text: str, language: str, expected: list[Named]) -> None:
    assert sources_of(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # fr-6c133e93-4 (batch 7; labelled without a source): "on" is no one
        "« On dénombre 14 militaires tombés au cours des combats, sept blessés évacués ».",
        "On recense 12 morts dans la région.",
        # a passive with no agent names no one
        "Au total, 12 morts ont été recensés dans la région.",
        "Un mort a été recensé dans la région.",
    ],
)
def test_no_source_without_a_subject_of_counting(text: str) -> None:
    assert sources_of(text, "fr") == [("s", None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # fr-183046dd-1 (batch 14)
        (
            "Selon la cellule de crise du Ministère algérien de la Santé, six personnes ont été tuées et 420 blessées"
            " à la suite de la panique provoquée vendredi par un séisme de magnitude 5,6 sur l'échelle de Richter qui"
            " a eu lieu en mer au large d'Alger et des départements limitrophes.",
            "fr",
            [("cellule de crise du Ministère algérien de la Santé", "s")],
        ),
        # fr-3c96f404-3 (batch 13)
        (
            "Une dizaine de personnes ont été tuées dans le village, selon un photographe de l'AFP.",
            "fr",
            [("photographe de l'AFP", "s")],
        ),
        # made up: the same shape in Spanish and English
        (
            "Según la unidad de crisis del Ministerio de Salud, murieron seis personas.",
            "es",
            [("unidad de crisis del Ministerio de Salud", "s")],
        ),
        ("Six people died, according to a photographer for AFP.", "en", [("photographer for AFP", "s")]),
    ],
)
def test_a_plain_noun_phrase_after_according_to(text: str, language: str, expected: list[Named]) -> None:
    assert sources_of(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no name or head in the phrase: nothing to name (es-ea1cef42-2 keeps the publisher)
        ("Según los rusos, hay al menos tres muertos y varios heridos.", "es"),
        # a name after the words belongs to the outlet readers; es-909674f4-3 (batch 14) is labelled without one
        (
            "Otras 13 personas se encuentran desaparecidas porque, según el diario oficial Granma, es posible que"
            " haya un mayor número de víctimas.",
            "es",
        ),
        # the phrase does not close the clause
        ("Selon la cellule de crise du Ministère de la Santé qui a été réunie, six personnes sont mortes.", "fr"),
    ],
)
def test_no_plain_noun_phrase_source(text: str, language: str) -> None:
    assert sources_of(text, language) == [("s", None)]
