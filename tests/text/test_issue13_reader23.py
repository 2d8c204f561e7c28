"""The learned reader, round 3 (issue 13, session 22): the frames' sentence scope as a free figure's features.

The reader's free figures pass the sentence-wide cues but not the frames' per-frame rules; round 2's kept errors on
dev batch 16 were a negation, another event's clause, a share and a part of a group. Round 3 names them as
features (:mod:`casualtylog.text._free_scope`, the ``scope:`` notes the model weighs), and a list of nouns of people
after a free figure gives it no group (the guide: a count of mixed people has none), as the frames read it. The
sentences are copied from the dev split (tests/data/news/*.dev.jsonl, by id) or share their surface.
"""

from __future__ import annotations

import warnings

import pytest

from casualtylog.text import _reader, extract
from casualtylog.text._binding import Binding

from .test_learned_reader import assert_reader_adds


def _free(text: str, language: str) -> list[tuple[str, str | None, list[str]]]:
    """Each free figure the reader records: its text, its group, its scope notes."""
    seen: list[tuple[str, str | None, list[str]]] = []

    def listen(b: Binding, names: list[str], bound: bool, at: int) -> None:
        if not bound:
            seen.append((text[at : at + 40].split()[0], b.group, sorted(n for n in names if n.startswith("scope:"))))

    token = _reader.recorder.set(listen)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned="reader")
    finally:
        _reader.recorder.reset(token)
    return seen


@pytest.mark.parametrize(
    ("record", "language", "text", "figure"),
    [
        (
            "fr-495db33f-3",
            "fr",
            "Selon Amnesty International, qui ne recense que les personnes dont l’identité a pu être confirmée par"
            " l’organisation, ce sont 144 hommes, femmes et adolescents qui ont été tués par les forces iraniennes de"
            " sécurité entre le 19 septembre et le 3 octobre.",
            "144",
        ),
        ("en-a9c6124d-3", "en", '"Several women and children were found seriously injured."', "Several"),
    ],
)
def test_reader23_a_list_of_people_after_a_free_figure_gives_no_group(
    record: str, language: str, text: str, figure: str
) -> None:
    """Dev batch 17: the labelled claims have no group (144 killed; several injured); round 2's model read the
    free figure with the first noun's group (men, women), so even the right metric would have been wrong."""
    assert [g for f, g, _ in _free(text, language) if f == figure] == [None], record


def test_reader23_a_figure_before_each_noun_keeps_its_group() -> None:
    """Same surface: a number after the comma opens a count of its own ("144 hommes, 20 femmes")."""
    found = _free("Ce sont 144 hommes, 20 femmes et 3 adolescents que les secours ont vus.", "fr")
    assert [(f, g) for f, g, _ in found] == [("144", "men"), ("20", "women"), ("3", "teenagers")]


@pytest.mark.parametrize(
    ("language", "text", "figure", "note"),
    [
        # round 2's kept errors (dev batch 16) and the guide-derived sentences a default switch failed on
        ("en", "The other six workers were not injured, police said.", "six", "scope:negated"),
        ("en", "Three in every ten injured were children.", "Three", "scope:share"),
        # es-c684f94b-2 (dev batch 17): one of the two injured, no count of its own by the label
        (
            "es",
            "El ataque dejó al menos dos heridos en estado grave, uno de ellos señalado como un policía estatal.",
            "uno",
            "scope:of_them",
        ),
        # de-97743ddb-3 (dev 1-16, out of fold wrong): an age in brackets
        ("de", "Bei der Explosion kam ein Arbeiter (62) ums Leben.", "62)", "scope:in_brackets"),
        # en-ee9b8f70-3 (dev batch 17): an age after a name
        ("en", "The injured —Ramesh Naik, 31, and Prasad, 32 — were later shifted.", "32", "scope:after_name"),
    ],
)
def test_reader23_scope_notes_name_what_the_frames_read(language: str, text: str, figure: str, note: str) -> None:
    notes = [n for f, _, ns in _free(text, language) if f.startswith(figure.rstrip(")")) for n in ns]
    assert note in notes, notes


@pytest.mark.parametrize(
    ("language", "text", "figure", "note"),
    [
        ("en", "The other six workers were injured, police said.", "six", "scope:negated"),
        ("en", "Three injured were children.", "Three", "scope:share"),
        (
            "es",
            "El ataque dejó al menos dos heridos en estado grave, uno señalado como un policía.",
            "uno",
            "scope:of_them",
        ),
        ("de", "Bei der Explosion kamen 62 Arbeiter ums Leben, sagte die Polizei.", "62", "scope:in_brackets"),
    ],
)
def test_reader23_same_surface_without_the_scope_has_no_note(language: str, text: str, figure: str, note: str) -> None:
    notes = [n for f, _, ns in _free(text, language) if f == figure for n in ns]
    assert note not in notes, notes


@pytest.mark.parametrize(
    ("record", "language", "text", "added"),
    [
        # dev batch 17 (the batch round 3's settings were chosen on; the shipped weights saw it)
        (
            "es-7ab1cc08-1",
            "es",
            "El Ministerio de Salud Pública informó este sábado que aumentó a 330 los fallecimientos por consumo de"
            " alcohol adulterado y que 123 personas se encuentran en Unidad de cuidados intensivos.",
            ("killed", None, "330"),
        ),
        (
            "es-02286f8a-3",
            "es",
            "De manera desafortunada, 45 personas han perdido la vida y otras 45 han quedado heridas.",
            ("injured", None, "45"),
        ),
    ],
)
def test_reader23_adds_the_labelled_claim(
    record: str, language: str, text: str, added: tuple[str, str | None, str]
) -> None:
    """Dev sentences whose labelled claim no frame reads, and the reader does; the frames' claims stay."""
    assert_reader_adds(record, language, text, added)
