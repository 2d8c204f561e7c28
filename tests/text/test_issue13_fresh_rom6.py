"""Issue 13, round 6b: German, French and Spanish shapes found on fresh (batch 4) dev text.

Each test names the shape it covers. The positive sentences are made up in the
shape of dev sentences (never the test split), and each shape has made-up
negatives of the same surface beside it that must stay empty or unchanged.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract


def _figures(text: str, language: str) -> set[tuple[str, str | None, str]]:
    return {
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="Outlet", reported_at="2024-09-20", language=language)
    }


# -- "N years ago" for any number of years dates another, earlier incident -------------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il y a 17 ans, neuf pompiers avaient perdu la vie sur cette route."),
        ("fr", "La digue avait cédé il y a 35 ans dans la vallée où 40 personnes étaient mortes."),
        ("es", "Hace 12 años, seis mineros murieron en la misma galería."),
        ("es", "El puente se derrumbó hace 30 años en el pueblo donde murieron 14 personas."),
    ],
)
def test_years_ago_dates_another_incident(language: str, text: str) -> None:
    assert _figures(text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        # an age is no "ago": "a 22 ans" without "il y" before it
        ("fr", "Un homme qui a 31 ans a été blessé et 4 personnes sont mortes.", ("killed", None, "4")),
        ("fr", "Le séisme a frappé la ville où 5 personnes sont mortes.", ("killed", None, "5")),
        ("es", "Murieron 7 personas en el incendio que empezó hace 2 días.", ("killed", None, "7")),
        ("de", "Vor drei Tagen starben im Ort 8 Menschen.", ("killed", None, "8")),
    ],
)
def test_years_ago_needs_its_own_words(language: str, text: str, claim: tuple[str, str | None, str]) -> None:
    assert claim in _figures(text, language)

