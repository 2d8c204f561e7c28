"""Session 10 (rom10, issue 13): French, German and Spanish shapes written by construction, round 2: made-up
sentences of everyday news shapes, not corpus sentences; each family has positives and same-surface negatives
(numbers that are no counts, or the same words with another meaning).
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
