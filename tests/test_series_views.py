"""Issue 9 views: the known-series, tier and findings-over-time tables as rows and frames,
and the full-series summary (optional: only where the shared data folder is)."""

from __future__ import annotations

import pytest

from benchmarks.real_data import data_dir
from casualtylog import CasualtyLog, findings_over_time, known_series
from casualtylog.errors import PeriodError
from casualtylog.tiers import tier_frame
from casualtylog.timeline import spans_frame

MOH = {"event": "gaza", "metric": "killed", "source": "MoH"}


def _log() -> CasualtyLog:
    return CasualtyLog(
        [
            MOH | {"figure": "232", "reported_at": "2023-10-07"},
            MOH | {"figure": "370", "reported_at": "2023-10-08"},
            MOH | {"figure": "350", "reported_at": "2023-10-20"},
            {
                "event": "wb",
                "metric": "killed",
                "source": "OCHA",
                "figure": "3",
                "status": "preliminary",
                "reported_at": "2023-10-07",
                "as_of": "2023-10-07",
            },
            {
                "event": "wb",
                "metric": "killed",
                "source": "OCHA",
                "figure": "6",
                "status": "confirmed",
                "reported_at": "2024-11-14",
                "as_of": "2023-10-07",
            },
        ]
    )


def test_known_series_by_day_week_month_and_frame() -> None:
    log = _log()
    days = known_series(log, "gaza", "killed")
    assert len(days) == 14
    assert [r["best"] for r in days.rows()][:3] == [232, 370, 370]
    assert [p.changed for p in days][:3] == [True, True, False]
    months = known_series(log, "gaza", "killed", freq="month")
    assert [(str(p.day), p.best) for p in months] == [("2023-10-01", 350)]
    weeks = known_series(log, "gaza", "killed", freq="week", start="2023-10-01", end="2023-10-22")
    assert [p.best for p in weeks] == [None, 370, 370, 350]
    bounded = known_series(log, "gaza", "killed", start="2023-10-06", end="2023-10-08")
    assert [(str(p.day), p.best) for p in bounded] == [("2023-10-06", None), ("2023-10-07", 232), ("2023-10-08", 370)]
    with pytest.raises(PeriodError, match="freq"):
        known_series(log, "gaza", "killed", freq="fortnight")  # type: ignore[arg-type]
    pytest.importorskip("pandas")
    frame = days.to_frame()
    assert list(frame.columns) == ["at", "best", "low", "high", "changed"]


def test_tier_and_findings_frames() -> None:
    pytest.importorskip("pandas")
    log = _log()
    tiers = tier_frame(log)
    assert tiers[["flash", "verified", "revised_by"]].values.tolist() == [[3, 6, 3]]
    spans = findings_over_time(log)
    assert [s.kind for s in spans] == ["cumulative_fell"]
    assert spans[0].end is None
    assert list(spans_frame(spans)["kind"]) == ["cumulative_fell"]


@pytest.mark.skipif(data_dir() is None, reason="the shared data folder is not on this machine")
def test_full_series_summary_on_shared_data(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.series import summary  # noqa: PLC0415 - only where the data is

    folder = data_dir()
    assert folder is not None
    logs = summary(folder)
    out = capsys.readouterr().out
    for name, log in logs.items():
        assert f"| {name} | {len(log)} | {len(log.counts())} | {len(log.counts())}/{len(log.counts())} |" in out


def test_periods_in_resolution_and_history_records() -> None:
    from casualtylog.formats.resolutions import history_records, resolution_record  # noqa: PLC0415

    log = CasualtyLog(
        [
            MOH | {"figure": "40", "reported_at": "2017-06-01", "period": "2017-05"},
            MOH | {"figure": "9", "reported_at": "2017-06-01"},
        ]
    )
    assert resolution_record(log.resolve("gaza", "killed", period="2017-05"))["period"].startswith("2017-05-01")
    assert "period" not in resolution_record(log.resolve("gaza", "killed"))
    assert history_records(log.history("gaza", "killed", period="2017-05"))[0]["period"].startswith("2017-05-01")
