"""Issue 12, "what it must show": the report of the full Gaza series, rendered in a real browser.

Optional: the full series is in the shared data folder beside the project
(``../shared/data``, or ``$CASUALTYLOG_DATA``), which the tests must not need;
without it, or without Chromium, the test skips saying why. With
``CASUALTYLOG_SCREENSHOTS=docs/img`` it refreshes ``docs/img/report_gaza.png``,
the screenshot docs/notebooks.md shows.
"""

from __future__ import annotations

import json
import os
import re
import runpy
from pathlib import Path

import pytest

from casualtylog import CasualtyLog
from casualtylog.display import report
from tests.test_browser import CHROMIUM, _chromium, _ink, _screenshot

ROOT = Path(__file__).resolve().parents[1]
#: The shared folder beside the project (or beside the worktrees), unless $CASUALTYLOG_DATA names one.
SHARED = (
    Path(os.environ.get("CASUALTYLOG_DATA") or "")
    if os.environ.get("CASUALTYLOG_DATA")
    else next(
        (p for p in (ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data") if p.exists()),
        ROOT.parent / "shared" / "data",
    )
)
GAZA = SHARED / "gaza_casualties_daily.json"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not GAZA.exists(), reason=f"the full Gaza series is not in {SHARED} (optional)"),
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (python3 dev.py test installs it)"),
]


def test_point2_the_full_gaza_report_renders_without_script_and_is_screenshot(tmp_path: Path) -> None:
    script = runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))
    log = CasualtyLog(script["gaza_claims"](json.loads(GAZA.read_text(encoding="utf-8"))))
    assert len(log) > 1000  # the full series, not the slice in tests/data
    page = tmp_path / "report_gaza.html"
    markup = report(log, page)
    assert "<script" not in markup
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", markup)  # nothing fetched
    dom = _chromium(tmp_path, page.as_uri(), "--dump-dom").stdout
    assert dom.count("<svg") == len(log.counts())  # one timeline per count, drawn inline
    assert 'id="figures"' in dom
    assert "Gaza Ministry of Health" in dom
    shot = _screenshot(tmp_path, page, "report_gaza.png", 1200, 1800)
    assert _ink(shot) > 0.02
