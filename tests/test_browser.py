"""Issue 12: the report and the notebook tables, tested in a real browser (headless Chromium).

Chromium renders each page to a PNG screenshot (phone and desktop widths) and
prints it to PDF; ``pdftotext -bbox-layout`` then says where every word landed.
From those boxes the tests check that no two words overlap, that adjacent cells
never run together ("9090"), that numbers line up on the right and that count
names stay on one line. Nothing here waits on a clock: each Chromium run ends
when the page has loaded, and the page has no script to wait for. The report
carries a Content-Security-Policy that forbids script, so the browser itself
proves it needs none.

``python3 dev.py test`` installs Chromium and poppler-utils with apt-get when
missing; elsewhere these tests skip, saying what is missing. To refresh the
screenshots in docs/img, run them with ``CASUALTYLOG_SCREENSHOTS=docs/img``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from casualtylog import CasualtyLog
from casualtylog.display import log_html, report
from casualtylog.worked_example import kyiv_claims

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (python3 dev.py test installs it)"),
]
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")

#: Jupyter's own table rules (JupyterLab's .jp-RenderedHTMLCommon, classic's .rendered_html):
#: every cell right-aligned and tightly padded. The notebook tables must read well despite them.
JUPYTER_CSS = """
body { font: 13px system-ui, sans-serif; }
.jp-RenderedHTMLCommon table { border-collapse: collapse; border-spacing: 0; font-size: 12px; table-layout: fixed; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon tr {
  text-align: right; vertical-align: middle; padding: 0; line-height: normal; white-space: normal; }
"""


def _chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
        url,
    ]
    # a guard against a hung browser, not a performance limit
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def _screenshot(tmp_path: Path, page: Path, name: str, width: int, height: int) -> Path:
    png = tmp_path / name
    done = _chromium(tmp_path, page.as_uri(), f"--screenshot={png}", f"--window-size={width},{height}")
    assert png.exists(), done.stderr[-2000:]
    target = os.environ.get("CASUALTYLOG_SCREENSHOTS")
    if target:
        shutil.copyfile(png, ROOT / target / name)
    return png


def _ink(png: Path) -> float:
    """The share of pixels that are not near-white: a blank page has none."""
    image = pytest.importorskip("matplotlib.image")
    pixels = image.imread(str(png))
    return float((pixels[..., :3].min(axis=-1) < 0.9).mean())


@dataclass(frozen=True, slots=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def _words(tmp_path: Path, page: Path) -> list[Word]:
    pdf = tmp_path / (page.stem + ".pdf")
    done = _chromium(tmp_path, page.as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.exists(), done.stderr[-2000:]
    boxes = tmp_path / (page.stem + ".bbox.html")
    assert PDFTOTEXT is not None
    subprocess.run([PDFTOTEXT, "-bbox-layout", str(pdf), str(boxes)], check=True, timeout=300)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(boxes).getroot()  # noqa: S314 - our own pdftotext output
    words = []
    for number, page_node in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page")):
        for w in page_node.iterfind(".//x:word", ns):
            box = [float(w.attrib[k]) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append(Word(number, w.text or "", *box))
    return words


def _overlaps(words: list[Word]) -> list[tuple[Word, Word]]:
    """Pairs of words on one page whose boxes overlap by more than a sliver."""
    found = []
    ordered = sorted(words, key=lambda w: (w.page, w.y0, w.x0))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.page != a.page or b.y0 >= a.y1:
                break
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            dy = min(a.y1, b.y1) - max(a.y0, b.y0)
            if dx > 0.5 and dy > 0.5:
                found.append((a, b))
    return found


class _Text(HTMLParser):
    """The words of a page as a reader sees them: inline tags join, block tags and cells separate."""

    INLINE = frozenset({"b", "span", "code", "a"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip = tag in {"style", "title"}
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self._skip = False
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    @property
    def tokens(self) -> set[str]:
        return set("".join(self.parts).split())


def _strangers(words: list[Word], markup: str) -> list[str]:
    """Words on paper that are no word of the page: two cells run together ("FigureBest",
    "9090"), or a word broken across lines. A long token (an id, an address) may wrap."""
    parser = _Text()
    parser.feed(markup)
    tokens = parser.tokens
    long = [t for t in tokens if len(t) >= 12]
    return [
        w.text
        for w in words
        if w.text not in tokens and not any(t.startswith(w.text) or t.endswith(w.text) for t in long)
    ]


def _page(tmp_path: Path, name: str, markup: str) -> Path:
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return path


def _report_page(tmp_path: Path) -> Path:
    return _page(tmp_path, "report.html", report(CasualtyLog(kyiv_claims())))


def _notebook_page(tmp_path: Path) -> Path:
    body = log_html(CasualtyLog(kyiv_claims())).replace("<details>", "<details open>")
    markup = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<style>{JUPYTER_CSS}</style></head><body><div class="jp-RenderedHTMLCommon">{body}</div></body></html>'
    )
    return _page(tmp_path, "notebook.html", markup)


def test_browser_renders_the_report_without_script_on_desktop_and_phone(tmp_path: Path) -> None:
    page = _report_page(tmp_path)
    dom = _chromium(tmp_path, page.as_uri(), "--dump-dom").stdout
    # the DOM the browser built, under a policy that forbids every script, holds every section
    for section in ('id="figures"', 'id="findings"', 'id="counts"', 'id="sources"'):
        assert section in dom
    assert dom.count("<svg") == len(CasualtyLog(kyiv_claims()).counts())
    assert "<script" not in dom
    desktop = _screenshot(tmp_path, page, "report_desktop.png", 1200, 1800)
    phone = _screenshot(tmp_path, page, "report_phone.png", 390, 1500)
    assert _ink(desktop) > 0.02
    assert _ink(phone) > 0.02


@needs_pdftotext
def test_browser_report_on_paper_has_no_overlapping_or_run_together_words(tmp_path: Path) -> None:
    page = _report_page(tmp_path)
    words = _words(tmp_path, page)
    assert not _strangers(words, page.read_text(encoding="utf-8"))
    texts = [w.text for w in words]
    assert "Current" in texts
    assert "Provenance" in texts
    assert not _overlaps(words)
    for res in CasualtyLog(kyiv_claims()).resolve_all():
        best, low = str(res.best), str(res.low)
        assert f"{best}{low}" not in texts, f"Best and Low–high ran together for {res.count}"
        assert f"{best}≥" not in texts


@needs_pdftotext
def test_browser_notebook_tables_are_padded_aligned_and_do_not_wrap_count_names(tmp_path: Path) -> None:
    page = _notebook_page(tmp_path)
    _screenshot(tmp_path, page, "notebook_tables.png", 1100, 900)
    words = _words(tmp_path, page)
    assert not _overlaps(words)
    assert not _strangers(words, page.read_text(encoding="utf-8"))  # no "FigureBest", no "Low–" / "high"
    texts = [w.text for w in words]
    for run_together in ("9090", "145145", "12≥", "6464", "1212"):
        assert run_together not in texts
    log = CasualtyLog(kyiv_claims())
    first_table = [w for w in words if w.page == 0]
    # each count name sits on one line: all its words share a baseline
    for res in log.resolve_all():
        name = str(res.count).split()
        runs = [first_table[i : i + len(name)] for i in range(len(first_table))]
        found = [run for run in runs if [w.text for w in run] == name]
        assert found, f"{res.count} is not on the page"
        assert any(max(w.y0 for w in run) - min(w.y0 for w in run) < 1 for run in found), f"{res.count} wrapped"
    # "Best" numbers are right-aligned: their right edges line up
    best_header = next(w for w in first_table if w.text == "Best")
    column = [
        w
        for w in first_table
        if w.text.isdigit() and w.y0 > best_header.y1 and abs(w.x1 - best_header.x1) < 15 and w.page == best_header.page
    ]
    assert len(column) >= len(log.counts())
    assert max(w.x1 for w in column) - min(w.x1 for w in column) < 0.6
    # and text is left-aligned: count names start at one x
    lefts = {round(w.x0) for w in first_table if w.text.startswith("kyiv-2025-04-24")}
    assert len(lefts) <= 2  # the resolutions table and the claims table below it
