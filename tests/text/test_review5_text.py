"""The fifth hostile-input review of extract(learned=...): bad modes, work on adversarial text with
the learned layer on (counted, never timed), and extraction output rendered as HTML. No fault was
found here; these tests pin what was tried."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from casualtylog import CasualtyLog
from casualtylog.errors import VocabularyError
from casualtylog.text import extract
from tests.text.test_issue13_linear_time import _counting, _repeat


@pytest.mark.parametrize(
    "mode", [None, True, 1, "Liberal", "liberal ", "", ["filter"], b"filter", "filter\x00", "x" * 100_000]
)
def test_review5_text_learned_refuses_anything_but_its_modes(mode: Any) -> None:
    with pytest.raises(VocabularyError) as got:
        extract("5 people were killed", source="s", reported_at="2025-04-24", language="en", learned=mode)
    assert got.value.field == "learned"
    assert len(str(got.value)) < 300  # the value is a bounded snippet


def _work(text: str, language: str, mode: str) -> float:
    with _counting() as count, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned=mode)
    return count[0] / len(text)


@pytest.mark.parametrize("mode", ["filter", "liberal"])
@pytest.mark.parametrize(
    ("unit", "language"),
    [
        ("killed 1 2 3 4 5 6 7 8 9 ", "en"),  # many free numbers, one casualty word in reach of each
        ("5 dead 6 7 8 9 10 11 12 13 ", "en"),
        ("dead killed injured wounded ", "en"),  # casualty words and no figure
        ("12 children 13 women 14 men ", "en"),
        ("dood 5 6 7 gewonden ", "nl"),
        ("muertos muertas 5 ", "es"),
    ],
)
def test_review5_text_learned_layer_work_is_linear(unit: str, language: str, mode: str) -> None:
    small = _work(_repeat(unit, 4_000), language, mode)
    large = _work(_repeat(unit, 20_000), language, mode)
    assert large <= small * 1.25 + 0.5


@pytest.mark.parametrize("mode", ["off", "filter", "liberal"])
def test_review5_text_extracted_markup_is_escaped_when_rendered(mode: str) -> None:
    text = (
        'Officials said <script>alert(1)</script> "12 people" were killed & 5 <b>injured</b> in '
        '<img src=x onerror=alert(1)> Kyiv; 7 dead "</td><td>" <!-- x -->.'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract(
            text, source="<b>KCMA</b>", reported_at="2025-04-24T12:00Z", language="en", learned=mode, event="<i>ev</i>"
        )
    assert found
    log = CasualtyLog([f.claim for f in found])
    for html in (log._repr_html_(), log.resolve_all()._repr_html_()):
        for raw in ("<script", "<img", "<b>KCMA", "<i>ev", "</td><td>", "<!--"):
            assert raw not in html
