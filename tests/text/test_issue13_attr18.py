"""Session 18 (attr18, issue 13 item 4): the "publisher kept" kind, judged on dev batch 12.

Family 1: German "nach Angaben der/einer …" with an adjective before the noun ("der italienischen Küstenwache",
"einer örtlichen Klinik"): German capitalises every noun, so an inflected lower-case word between the article and
a capitalised noun describes that noun and belongs to the name; and "nach aktuellen Angaben" opens a source like
"nach jüngsten Angaben". Sentences from the dev corpus (their ids given) plus same-surface negatives; the source
follows tests/data/news/README.md.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract

Named = tuple[str, str | None]


def _named(text: str, language: str) -> list[Named]:
    """The distinct (source, via) of a text's claims; the caller's source is "s", and the via of a named source "s"."""
    found = extract(text, language=language, source="s", reported_at="2025-04-24")
    assert found, text
    return sorted({(x.claim.source.name, x.claim.via) for x in found}, key=str)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # de-9284eed3-1
        (
            "Bei einem israelischen Luftangriff auf ein Haus im nördlichen Gazastreifen hat es nach Angaben einer"
            " örtlichen Klinik sechs Tote gegeben.",
            "örtlichen Klinik",
        ),
        # de-509578c3-2
        (
            "Der Rettungseinsatz lief die ganze Nacht und wurde auch am Donnerstag fortgesetzt, dennoch konnten nach"
            " Angaben der italienischen Küstenwache bisher nur knapp 400 Menschen gerettet werden.",
            "italienischen Küstenwache",
        ),
        # de-da0d2cd7-1
        (
            "Nach aktuellen Angaben der Gesundheitsbehörden starben bisher 313 Menschen an der Cholera.",
            "Gesundheitsbehörden",
        ),
        # made up, the same shape
        ("Nach Angaben der örtlichen Feuerwehr starben fünf Menschen.", "örtlichen Feuerwehr"),
    ],
)
def test_an_adjective_after_the_article_of_according_to_is_in_the_name(text: str, source: str) -> None:
    assert _named(text, "de") == [(source, "s")]


@pytest.mark.parametrize(
    "text",
    [
        # "nach eigenen Angaben": the subject's own statements, no name after them; the publisher stays
        "Das ukrainische Militär hat nach eigenen Angaben in der Nacht 24 von 28 russischen Drohnen abgeschossen.",
    ],
)
def test_no_adjective_run_names_no_one(text: str) -> None:
    assert _named(text, "de") == [("s", None)]
