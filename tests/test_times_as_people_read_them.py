"""Issue 12, item 1: times as people read them — in the zone stated, a day as that day (docs/time.md)."""

from __future__ import annotations

import json
import runpy
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casualtylog import CasualtyLog
from casualtylog.cli import main
from casualtylog.display import claims_text, history_text, resolutions_text
from casualtylog.display.html import claims_html, history_html
from casualtylog.display.when import step_said, time_text
from casualtylog.formats.jsonl import write_jsonl

pd = pytest.importorskip("pandas")

from casualtylog.display.frames import claims_frame, history_frame, log_from_frame  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: Optional: the full series, in the shared folder beside the project (or beside the worktrees).
SHARED = next(
    (p for p in (ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data") if p.exists()),
    ROOT.parent / "shared" / "data",
)


def _kyiv_article() -> CasualtyLog:
    return CasualtyLog(
        [
            {"event": "kyiv", "metric": "killed", "figure": "10", "source": "Kyiv City Military Administration",
             "reported_at": "2025-04-24T09:00+03:00"},
            {"event": "kyiv", "metric": "killed", "figure": "12", "source": "Kyiv Independent",
             "via": "news article", "reported_at": "2025-04-25"},
        ],
        tz="Europe/Kyiv",
    )  # fmt: skip


def _gaza_slice() -> CasualtyLog:
    script = runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))
    rows = json.loads((ROOT / "tests" / "data" / "gaza_casualties_daily.json").read_text(encoding="utf-8"))
    return CasualtyLog(script["gaza_claims"](rows))


def test_times_as_people_read_them_kyiv_article_dated_25_april_shows_25_april() -> None:
    log = _kyiv_article()
    frame = claims_frame(log)
    assert list(frame["reported_at"].dt.date) == [date(2025, 4, 24), date(2025, 4, 25)]
    assert frame.loc[1, "reported_precision"] == "day"
    # a day stays the day the source wrote, whichever zone the analyst picks
    in_utc = claims_frame(log, tz="UTC")
    assert str(in_utc["reported_at"].dtype) == "datetime64[us, UTC]"
    assert list(in_utc["reported_at"].dt.date) == [date(2025, 4, 24), date(2025, 4, 25)]
    assert in_utc.loc[0, "reported_at"] == pd.Timestamp("2025-04-24T06:00Z")  # a moment keeps its instant
    # and nothing is lost on the way back, whichever zone the frame was in
    assert list(log_from_frame(in_utc)) == list(log)
    assert list(log_from_frame(frame)) == list(log)
    assert "2025-04-25" in claims_text(log)
    assert "2025-04-26" not in claims_text(log)
    assert "2025-04-25" in claims_html(log)
    history = log.history("kyiv", "killed")
    assert [time_text(*step_said(s)) for s in history] == ["2025-04-24 09:00+03:00", "2025-04-25"]
    assert list(history_frame(history)["at"].dt.date) == [date(2025, 4, 24), date(2025, 4, 25)]
    assert "2025-04-25" in history_text(history)
    assert "2025-04-26" not in history_text(history)
    assert "2025-04-25" in history_html(history)
    assert "2025-04-25" in resolutions_text(log)


def test_times_as_people_read_them_an_analyst_chooses_the_zone() -> None:
    log = _kyiv_article()
    assert time_text(log.claims_about("kyiv", "killed")[0].reported_at, tz="UTC") == "2025-04-24 06:00Z"
    frame = history_frame(log.history("kyiv", "killed"), tz="America/New_York")
    assert str(frame["at"].dtype) == "datetime64[us, America/New_York]"
    assert list(frame["at"].dt.date) == [date(2025, 4, 24), date(2025, 4, 25)]


def test_times_as_people_read_them_last_gaza_report_shows_as_its_day_in_history_frames() -> None:
    """The slice ends on 17 January 2024 (the full series, below, on 22 August)."""
    log = _gaza_slice()
    frame = history_frame(log.history("gaza-war-2023", "killed"))
    last = frame.iloc[-1]
    assert last["at"].date() == date(2024, 1, 17)
    assert last["at_precision"] == "day"
    assert last["at_tz"] == "Asia/Gaza"
    assert history_text(log.history("gaza-war-2023", "killed")).splitlines()[-1].startswith("2024-01-17 ")


@pytest.mark.skipif(not (SHARED / "gaza_casualties_daily.json").exists(), reason="needs ../shared/data")
def test_times_as_people_read_them_last_gaza_report_dated_22_august_shows_as_22_august_in_history_frames() -> None:
    script = runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))
    rows = json.loads((SHARED / "gaza_casualties_daily.json").read_text(encoding="utf-8"))
    log = CasualtyLog(script["gaza_claims"](rows))
    frame = history_frame(log.history("gaza-war-2023", "killed"))
    last_said = max(c.reported_at for c in log.claims_about("gaza-war-2023", "killed"))
    assert (last_said.month, last_said.day) == (8, 22)
    assert frame["at"].iloc[-1].date() == last_said.date()
    assert frame["at"].iloc[-1].strftime("%m-%d") == "08-22"


def test_times_as_people_read_them_in_cli_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kyiv.jsonl"
    write_jsonl(_kyiv_article(), path)
    assert main(["history", str(path), "kyiv", "killed"]) == 0
    out = capsys.readouterr().out
    assert "2025-04-25" in out
    assert "2025-04-26" not in out


def test_times_as_people_read_them_plots_draw_a_day_only_claim_across_its_day() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.dates as mdates  # noqa: PLC0415 - optional extra

    from casualtylog.display.plot import plot_history  # noqa: PLC0415 - optional extra

    log = _kyiv_article()
    ax: Any = plot_history(log.history("kyiv", "killed"), claims=log.claims_about("kyiv", "killed"))
    to_num: Any = mdates.date2num

    def xs(line: Any) -> list[float]:
        return [float(to_num(x)) if not isinstance(x, float) else x for x in line.get_xdata()]

    day_start = float(to_num(pd.Timestamp("2025-04-25T00:00+03:00")))
    day_end = float(to_num(pd.Timestamp("2025-04-26T00:00+03:00")))
    spans = [sorted(xs(line)) for line in ax.get_lines() if list(line.get_ydata()) == [12, 12]]
    assert any(abs(a - day_start) < 1e-6 and abs(b - day_end) < 1e-6 for a, b in spans), spans
    # the best line steps up at the start of 25 April, not at midnight after it
    step = next(line for line in ax.get_lines() if line.get_drawstyle() == "steps-post")
    assert any(abs(x - day_start) < 1e-6 for x in xs(step))
    assert not any(abs(x - day_end) < 1e-6 for x in xs(step)[:-1])
