"""Session 9 (rom9, issue 13): French, German and Spanish shapes written by construction, not from corpus
sentences: made-up positives of each shape and same-surface negatives (numbers that are no counts, or the
same words with another meaning).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Claim = tuple[str, str | None, str]


def _claims(text: str, language: str) -> list[Claim]:
    return [
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, language=language, source="s", reported_at="2025-01-01")
    ]


# -- a bare toll noun counts what the noun after its figure names ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le dernier bilan fait état de 200 blessés.", "fr", [("injured", None, "200")]),
        ("Le bilan s'élève désormais à 35 blessés.", "fr", [("injured", None, "35")]),
        ("Le bilan est de 30 blessés et 2 disparus.", "fr", [("injured", None, "30"), ("missing", None, "2")]),
        ("El balance asciende a 200 heridos.", "es", [("injured", None, "200")]),
        ("El balance es de 14 heridos leves.", "es", [("injured", None, "14")]),
        # the toll's own metric where the noun agrees, or where none follows
        ("Le bilan fait état de 12 morts.", "fr", [("killed", None, "12")]),
        ("Le bilan s'élève à 12.", "fr", [("killed", None, "12")]),
        ("El balance asciende a 40 muertos.", "es", [("killed", None, "40")]),
    ],
)
def test_a_metric_noun_after_a_toll_figure_names_the_metric(text: str, language: str, expected: list[Claim]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le bilan financier fait état de 200 millions d'euros.", "fr"),  # money, no count
        ("Le bilan de l'année 2023 est positif.", "fr"),
        ("El balance de 2023 asciende a 200 millones de euros.", "es"),
    ],
)
def test_a_toll_noun_before_no_count_gives_nothing(text: str, language: str) -> None:
    assert _claims(text, language) == []
