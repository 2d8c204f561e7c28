"""read_report: a report with its claims and unread figures, marked in HTML for a notebook."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.text import read_report

TEXT = "Medics treated 23 people and took 7 to hospital.\nThe 3 buses were empty."


def test_claims_and_unread_figures_are_both_kept() -> None:
    r = read_report(TEXT, source="s", reported_at="2025-04-24", language="en", every=True)
    assert [(c.metric, str(c.figure)) for c in r.claims] == [("injured", "23")]
    assert [u.surface for u in r.unread] == ["7", "3"]
    assert "read 1 claim, left 2 figures unread" in str(r)


def test_the_html_marks_each_figure_and_keeps_line_breaks() -> None:
    r = read_report(TEXT, source="s", reported_at="2025-04-24", language="en", every=True)
    html = r._repr_html_()
    assert re.findall(r"<mark [^>]*>([^<]*)</mark>", html)[:3] == ["23", "7", "3"]
    assert "<br>" in html
    assert 'title="injured: 23, reported, s"' in html


def test_report_text_and_source_names_are_escaped_and_inert() -> None:
    hostile = '<script>alert(1)</script> "x" 12 people were killed, said <img src=x onerror=y> https://evil.example/.'
    r = read_report(hostile, source='<b onmouseover="z">S</b>', reported_at="2025-04-24", language="en")
    html = r._repr_html_()
    for tag in ("<script", "<img", "<b "):
        assert tag not in html
    assert "https://" not in html  # an address in the report never becomes something to fetch
    assert "&lt;script&gt;" in html


def test_detects_the_language_once_and_gives_the_same_as_extract() -> None:
    r = read_report("Bij de aanval kwamen 12 mensen om het leven.", source="s", reported_at="2025-04-24")
    assert [str(c.figure) for c in r.claims] == ["12"]
    assert r.claims[0].language == "nl"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.<>&\"'\nabdeikllnoprstuy")), max_size=200))
def test_any_text_renders_without_a_raw_tag(text: str) -> None:
    html = read_report(text, source="s", reported_at="2025-04-24", language="en", every=True)._repr_html_()
    # Only the markup this module writes: div, mark, br.
    assert set(re.findall(r"<(/?[a-z]+)", html)) <= {"div", "/div", "mark", "/mark", "br"}
