"""Session 18 (attr19, issue 13 item 4): the "another name" kind, judged on dev batch 12.

Family: a German head closed by a complement with its adjective before its noun ("die Behörden des |
mittelamerikanischen Landes | mitteilten", "der Bürgermeister der | kleinen Stadt |."): the guide writes the source
with its complement, as French and Spanish already read it ("autoridades del país norteafricano"); and a capitalised
noun closing a German title's complement is no person ("Stadt"). Sentences from the dev corpus (their ids given)
plus same-surface negatives; the source follows tests/data/news/README.md.
"""

from __future__ import annotations

import pytest

from ._read import Named, sources_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # de-a15c8880-6
        (
            "Mindestens 25 weitere erlitten Verletzungen, wie die Behörden des mittelamerikanischen Landes mitteilten.",
            [("Behörden des mittelamerikanischen Landes", "s")],
        ),
        # de-c12e94ad-5
        (
            "„In Amatrice sind wir bereits bei 200 Toten“, sagte der Bürgermeister der kleinen Stadt.",
            [("Bürgermeister der kleinen Stadt", "s")],
        ),
        # negative, the same surface: no adjective, so the complement is read as before
        (
            "Mindestens 25 weitere erlitten Verletzungen, sagte der Bürgermeister der Stadt.",
            [("Bürgermeister der Stadt", "s")],
        ),
        # negative, the same surface: a person after the title is still the source
        (
            "Mindestens 25 weitere erlitten Verletzungen, sagte Bürgermeister Sergio Pirozzi.",
            [("Sergio Pirozzi", "s")],
        ),
    ],
)
def test_german_complement_with_adjective(text: str, expected: list[Named]) -> None:
    assert sources_of(text, "de") == expected
