"""Session 14: a stretch of text without a letter names no metric, so no frame reads it (issue 13, linear time).

"5, 6, 7, …" was the one adversarial shape over a second at 100 kB (docs/performance.md): 15,000 figures each
tried by every frame. Without a letter in a window nothing can say what was counted, so the frames are skipped;
a table row of digits alone still gives its claims through the table's header.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.text import extract

_AT = "2025-04-24T12:00Z"


def test_a_list_of_numbers_gives_nothing() -> None:
    text = ", ".join(str(i) for i in range(5, 20_000))[:100_000]
    assert extract(text, source="bench", reported_at=_AT, language="en") == []


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="0123456789 ,.;:-–/|+()%\n", max_size=400))
def test_text_without_letters_gives_nothing(text: str) -> None:
    assert extract(text, source="bench", reported_at=_AT, language="en") == []


def test_a_table_row_of_digits_still_reads_its_header() -> None:
    table = "| Day | Killed | Injured |\n|---|---|---|\n| 24 | 9 | 40 |\n| 25 | 3 | 50 |\n"
    found = extract(table, source="OCHA", reported_at=_AT, language="en")
    facts = [(x.claim.metric, str(x.claim.figure), x.frame) for x in found]
    assert ("killed", "9", "table") in facts
    assert ("injured", "50", "table") in facts


def test_a_letter_anywhere_in_the_sentence_keeps_the_frames() -> None:
    found = extract("12 dead, 5, 6, 7.", source="bench", reported_at=_AT, language="en")
    assert [(x.claim.metric, str(x.claim.figure)) for x in found] == [("killed", "12")]
