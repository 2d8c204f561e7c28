"""Every reader of text decides its language in one place and warns at its caller's line."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest

from casualtylog.text import extract, read_report, unread_figures
from casualtylog.text.detect import UnsupportedLanguageWarning, reading_language

UKRAINIAN = "Загинули щонайменше 12 людей, повідомила поліція, сказали вони вчора ввечері."
WHEN = "2025-04-24T12:00Z"


@pytest.mark.parametrize(
    "read",
    [
        lambda text: extract(text, source="s", reported_at=WHEN),
        lambda text: unread_figures(text),
        lambda text: read_report(text, source="s", reported_at=WHEN),
    ],
    ids=["extract", "unread_figures", "read_report"],
)
def test_the_warning_names_the_line_that_called_the_reader(read: Callable[[str], Any]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read(UKRAINIAN)
    found = [w for w in caught if w.category is UnsupportedLanguageWarning]
    assert len(found) == 1  # read_report detects once for both of its readers
    assert found[0].filename == __file__


def test_a_given_language_is_kept_and_nothing_is_detected() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert reading_language(UKRAINIAN, "en") == "en"
