"""Session 18 (attr19, issue 13 item 4): the "another name" kind, judged on dev batch 12.

Family: a German head closed by a complement with its adjective before its noun ("die Behörden des |
mittelamerikanischen Landes | mitteilten", "der Bürgermeister der | kleinen Stadt |."): the guide writes the source
with its complement, as French and Spanish already read it ("autoridades del país norteafricano"); and a capitalised
noun closing a German title's complement is no person ("Stadt"). Family 2: a name written in quotes ("Selon le
«Dauphiné Libéré»", "La « Commission nationale … » a estimé"), after "according to" or as the subject. Sentences from the dev corpus (their ids given)
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fr-936a1880-1
        (
            "Selon le «Dauphiné Libéré», l’incident a fait un blessé grave, touché par des débris du poids lourd"
            " projetés par l’explosion, et un autre plus léger.",
            [("Dauphiné Libéré", "s")],
        ),
        # fr-15532e84-3
        (
            "La « Commission nationale pour la réduction des catastrophes » a estimé que 100 personnes pourraient"
            " avoir été tuées dans la secousse.",
            [("Commission nationale pour la réduction des catastrophes", "s")],
        ),
        # negative, the same surface: quoted words in lower case are no name
        ("Selon « plusieurs sources », trois personnes sont mortes.", [("s", None)]),
        # negative, the same surface: a quoted sentence holds punctuation
        ("Selon «Trois personnes sont mortes, dit-il», rien.", [("s", None)]),
    ],
)
def test_quoted_name(text: str, expected: list[Named]) -> None:
    assert sources_of(text, "fr") == expected
