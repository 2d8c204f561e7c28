"""HTML and text renderings: readable, and inert whatever a source wrote."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog.claims import _copy_unchecked
from casualtylog.display.html import (
    claim_html,
    claims_html,
    claims_text,
    history_html,
    history_text,
    log_html,
    log_text,
    resolution_html,
    resolution_text,
    resolutions_html,
    resolutions_text,
)
from casualtylog.worked_example import EVENT, kyiv_claims

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
#: The only tags and attributes the renderers write themselves.
ALLOWED_TAGS = {
    "table", "thead", "tbody", "tr", "th", "td", "caption", "b", "br", "span", "code",
    "div", "p", "details", "summary", "pre", "a",
}  # fmt: skip
ALLOWED_ATTRS = {"class", "style", "href", "rel"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markup: str) -> _Collector:
    parser = _Collector()
    parser.feed(markup)
    parser.close()
    return parser


def _hostile_log() -> tuple[CasualtyLog, Claim]:
    log = CasualtyLog()
    first = log.add(
        {
            "event": f"ev{SCRIPT}",
            "metric": "killed",
            "group": None,
            "figure": "10",
            "source": f"Src{IMG}",
            "via": f"Telegram{SCRIPT}",
            "reported_at": "2025-04-24T09:00+03:00",
            "quote": f"they said {SCRIPT} and {IMG}",
            "url": f"javascript:alert(1)//{IMG}",
            "language": "en",
        }
    )
    second = log.add(
        first.revised(
            figure="12",
            reported_at="2025-04-24T14:00+03:00",
            quote=SCRIPT + IMG,
            url=f"https://example.org/a?b={IMG}",
        )
    )
    log.add(first.retracted(reported_at="2025-04-24T15:00+03:00", quote=IMG))
    return log, second


def _renderings() -> list[str]:
    log, second = _hostile_log()
    event = f"ev{SCRIPT}"
    return [
        claim_html(second),
        claims_html(log),
        resolution_html(log.resolve(event, "killed")),
        resolutions_html(log),
        history_html(log.history(event, "killed")),
        log_html(log),
    ]


@pytest.mark.parametrize("index", range(6))
def test_no_live_tag_or_attribute_comes_from_the_data(index: int) -> None:
    markup = _renderings()[index]
    parsed = _parse(markup)
    for tag, attrs in parsed.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert name in ALLOWED_ATTRS, name
            if name == "href":
                assert value is not None
                assert value.startswith("https://")
    assert "<script" not in markup
    assert "<img" not in markup
    assert "onerror=" not in markup.replace("onerror=alert", "")  # only as escaped text
    # the hostile text is still there, shown as text
    text = "".join(parsed.text)
    assert SCRIPT in text or "ev<script>" in text


def test_attribute_values_cannot_be_broken_out_of() -> None:
    _, second = _hostile_log()
    markup = claim_html(second)
    (link,) = [attrs for tag, attrs in _parse(markup).tags if tag == "a"]
    href = dict(link)["href"]
    assert href == f"https://example.org/a?b={IMG}"  # the quote stays inside the value
    assert "&quot;&gt;&lt;img" in markup


def test_javascript_urls_are_not_links() -> None:
    log, _ = _hostile_log()
    first = next(iter(log))
    markup = claim_html(first)
    assert "<a " not in markup
    assert "javascript:alert(1)" in "".join(_parse(markup).text)


def test_text_renderings_strip_control_characters() -> None:
    # Validation refuses control characters in names; a claim built without it
    # (model_construct, as a careless caller might) must still print clean.
    valid = Claim.model_validate(
        {"event": "e", "metric": "killed", "figure": "3", "source": "A B", "reported_at": "2025-04-24T09:00Z"}
    )
    claim = _copy_unchecked(valid, event="e\x1b[31m", via="A\nB")  # model_copy(update=...) would refuse them
    out = claims_text([claim])
    assert "\x1b" not in out
    assert "A B" in out


@pytest.fixture
def log() -> CasualtyLog:
    return CasualtyLog(kyiv_claims())


def test_resolutions_table_reads_at_a_glance(log: CasualtyLog) -> None:
    markup = resolutions_html(log)
    text = "".join(_parse(markup).text)
    for header in ("Count", "Figure", "Best", "Low–high", "Set by", "Said", "Sources", "What changed"):
        assert header in text
    assert "kyiv-2025-04-24 / killed" in text
    assert "Kyiv City Military Administration via Telegram" in text
    assert "raised 10 → 12 by Kyiv City Military Administration" in text
    assert "≥ 12" in text  # the open-ended children count


def test_resolution_html_folds_the_explanation(log: CasualtyLog) -> None:
    markup = resolution_html(log.resolve(EVENT, "killed"))
    text = "".join(_parse(markup).text)
    assert "Why?" in text
    assert "Best 12: 12 from Kyiv City Military Administration" in text
    assert "rescuers recovered two more bodies … we now have 12 dead" in text


def test_history_html_shows_change_who_and_why(log: CasualtyLog) -> None:
    text = "".join(_parse(history_html(log.history(EVENT, "killed"))).text)
    assert "10 → 12 (+2)" in text
    assert "first figure" in text
    assert "Kyiv City Military Administration via Telegram" in text
    assert "History of kyiv-2025-04-24 / killed" in text


def test_log_html(log: CasualtyLog) -> None:
    markup = log_html(log)
    assert "13 claims about 7 counts" in markup
    assert "<details><summary>Claims (13)</summary>" in markup
    assert log_html(CasualtyLog()) == "<div><p><b>CasualtyLog</b>: 0 claims about 0 counts</p></div>"


def test_text_renderings(log: CasualtyLog) -> None:
    assert resolution_text(log.resolve(EVENT, "killed")).startswith("kyiv-2025-04-24 / killed: 12 [12] set by")
    table = resolutions_text(log)
    assert table.splitlines()[0].split() == ["count", "figure", "low–high", "set", "by", "said", "what", "changed"]
    assert len(table.splitlines()) == 2 + len(log.counts())
    assert history_text(log.history(EVENT, "killed")).count("\n") == 4
    assert log_text(log).startswith("CasualtyLog: 13 claims about 7 counts\n")


def test_retraction_and_correction_are_flagged() -> None:
    log, _ = _hostile_log()
    text = "".join(_parse(resolutions_html(log)).text)
    assert "1 retracted" in text
