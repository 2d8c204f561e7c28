"""Issue 12, item 2: a standalone report — self-contained, escaped, small for long series; notebook styles."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog.cli import main
from casualtylog.display import report, resolutions_html
from casualtylog.display.html import claims_html, history_html
from casualtylog.display.report import CSP
from casualtylog.display.timeline import MAX_MARKERS
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.worked_example import EVENT, kyiv_claims

SCRIPT = "<script>alert(1)</script>"
QUOTES = "\"'><img src=x onerror=alert(2)>"
BIDI = "\u202egnp.exe\u202c \u2066isolate\u2069 \u200fmark"
REMOTE = "https://evil.example/x.css"
STYLE_BREAK = "</style><style>@import url(https://evil.example/a.css);</style>"

#: The tags and attributes the report writes itself; nothing from the data may add any.
TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "h4", "p", "section",
    "article", "div", "table", "thead", "tbody", "tr", "th", "td", "a", "b", "span", "ul", "li", "pre", "dl", "dt",
    "dd", "blockquote", "code", "footer", "svg", "line", "text", "rect", "polyline", "circle",
}  # fmt: skip
ATTRS = {
    "lang", "charset", "name", "content", "http-equiv", "class", "id", "href", "data-label", "style", "dir",
    "viewbox", "role", "aria-label", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height",
    "points", "fill", "stroke", "text-anchor",
}  # fmt: skip


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_style = False
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _hostile_log() -> CasualtyLog:
    log = CasualtyLog()
    first = log.add(
        {
            "event": f"ev{SCRIPT}{STYLE_BREAK}",
            "metric": "killed",
            "group": f"kids{QUOTES}",
            "figure": "10",
            "source": f"Src{QUOTES}",
            "via": f"Telegram{SCRIPT}",
            "reported_at": "2025-04-24T09:00+03:00",
            "quote": f"they said {SCRIPT} and {QUOTES} {BIDI} see {REMOTE} or HTTP://EVIL.EXAMPLE/",
            "url": f"javascript:alert(1)//{QUOTES}",
            "language": "en",
        }
    )
    log.add(first.revised(figure="12", reported_at="2025-04-24T14:00+03:00", quote=SCRIPT + QUOTES, url=REMOTE))
    log.add(first.retracted(reported_at="2025-04-24T15:00+03:00", quote=QUOTES))
    return log


def test_a_standalone_report_of_the_worked_example(tmp_path: Path) -> None:
    log = CasualtyLog(kyiv_claims())
    path = tmp_path / "report.html"
    page = report(log, path)
    assert path.read_text(encoding="utf-8") == page
    parsed = _parse(page)
    text = " ".join(parsed.text)
    # the current figures, one row per count, and one section per count with its timeline
    assert [t for t, _ in parsed.tags].count("svg") == len(log.counts())
    assert [t for t, a in parsed.tags if t == "article"] == ["article"] * len(log.counts())
    for res in log.resolve_all():
        assert str(res.count) in text
    # the explanation and provenance of every figure
    assert "Best 12: 12 from Kyiv City Military Administration via Telegram" in text
    assert "Rule:" in text
    assert "Provenance" in text
    assert "90 injured, at least 12 of them children" in text
    # the findings and the sources
    assert "Findings" in text
    assert "No findings" in text or "[warning]" in text or "[info]" in text
    assert "Ukrainian Air Force" in text
    # readable without script, on paper and on a phone
    assert f'content="{CSP}"' in page
    assert "@media print" in page
    assert "@media (max-width" in page
    assert 'name="viewport"' in page
    lowered = page.lower()
    for needle in ("http://", "https://", "src=", "@import", "url(", "<script", "<link", "<iframe"):
        assert needle not in lowered, needle


def test_a_standalone_report_escapes_every_field_and_refers_to_nothing_outside(tmp_path: Path) -> None:
    page = report(_hostile_log())
    parsed = _parse(page)
    # nothing from the data became markup
    assert {tag for tag, _ in parsed.tags} <= TAGS
    assert [tag for tag, _ in parsed.tags].count("style") == 1
    assert [tag for tag, _ in parsed.tags].count("meta") == 4
    for _, attrs in parsed.tags:
        assert set(attrs) <= ATTRS, attrs
        assert "onerror" not in attrs
        href = attrs.get("href")
        assert href is None or re.fullmatch(r"#count-\d+", href), href
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    # no external references of any kind: the page loads nothing and links nowhere
    lowered = page.lower()
    for needle in ("http://", "https://", "<link", "<iframe", "<object", "<base"):
        assert needle not in lowered, needle
    assert not any("src" in attrs for _, attrs in parsed.tags)
    # the style sheet is ours alone: nothing from the data reached it, and it imports nothing
    sheet = " ".join(parsed.styles)
    assert "evil" not in sheet
    assert "@import" not in sheet
    assert "url(" not in sheet
    # bidi overrides and invisible marks cannot reorder what a reader sees
    for mark in ("\u202e", "\u202c", "\u2066", "\u2069", "\u200f"):
        assert mark not in page
    # ... and the hostile text is still there, as text, for the reader to see
    text = " ".join(parsed.text)
    assert SCRIPT in text
    assert "onerror=alert(2)>" in text
    assert "evil.example/x.css" in text  # the address is provenance: shown, not linked


def test_a_standalone_report_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claims = tmp_path / "kyiv.jsonl"
    write_jsonl(kyiv_claims(), claims)
    out = tmp_path / "kyiv.html"
    assert main(["report", str(claims), "-o", str(out), "--title", "Kyiv, 24 April 2025"]) == 0
    assert f"to {out}" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert "<h1>Kyiv, 24 April 2025</h1>" in page
    assert main(["report", str(claims), "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert main(["report", str(claims), "-o", "-", "--policy", "conservative"]) == 0
    assert "policy conservative" in capsys.readouterr().out
    assert main(["report", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 1


def test_a_standalone_report_of_an_empty_log_and_in_a_chosen_zone() -> None:
    assert "<h1>Casualty figures</h1>" in report(CasualtyLog())
    page = report(CasualtyLog(kyiv_claims()), tz="UTC")
    assert "time reported (UTC)" in page
    assert "2025-04-24 11:00Z" in page  # the 14:00+03:00 post, in the zone asked for
    assert "2025-04-24 14:00+03:00" not in page.split("<pre")[0]


def _long_series(days: int) -> list[Claim]:
    start = date(2023, 10, 7)
    return [
        Claim.model_validate(
            {
                "event": "long",
                "metric": metric,
                "figure": str(base + 37 * i),
                "source": "Ministry" if i % 5 else "Office",
                "via": "Telegram",
                "reported_at": (start + timedelta(days=i)).isoformat(),
                "url": "https://example.org/daily",
            },
            context={"tz": "Asia/Gaza"},
        )
        for metric, base in (("killed", 232), ("injured", 1610))
        for i in range(days)
    ]


def test_a_standalone_report_summarises_long_series() -> None:
    log = CasualtyLog(_long_series(1000))
    page = report(log)
    size = len(page.encode("utf-8"))
    assert size < 300_000, size  # two counts of 1,000 claims each: the file stays small
    assert page.count("<circle") == 0  # above MAX_MARKERS the step line stands for the dots
    assert f"{1000:,} claims: dots left out" in page
    assert "Earlier revisions:" in page  # the explanation summarises, as explain() does
    small = report(CasualtyLog(_long_series(MAX_MARKERS // 2)))
    assert small.count("<circle") == 2 * (MAX_MARKERS // 2)


_CELL = re.compile(r"<(t[dh])( style=\"[^\"]*\")?>")


def test_a_standalone_report_notebook_tables_are_padded_and_aligned() -> None:
    log = CasualtyLog(kyiv_claims())
    for markup in (resolutions_html(log), claims_html(log), history_html(log.history(EVENT, "killed"))):
        cells = _CELL.findall(markup)
        assert cells
        assert all("padding:" in style for _, style in cells), "every cell is padded"
    head = resolutions_html(log).split("</thead>")[0]
    styles = dict(re.findall(r"<th style=\"([^\"]*)\">([^<]*)</th>", head)[i][::-1] for i in range(8))
    assert "text-align:left" in styles["Count"]
    assert "white-space:nowrap" in styles["Count"]  # count names do not wrap
    assert "text-align:right" in styles["Best"]
    assert "tabular-nums" in styles["Best"]
    assert "text-align:right" in styles["Low–high"]
    assert "text-align:left" in styles["Set by"]
