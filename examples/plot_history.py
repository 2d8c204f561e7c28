"""Render the timeline plots shown in docs/notebooks.md.

Run it:  python examples/plot_history.py [OUTPUT_DIR]     (default: docs/img)

1. the worked example (DESIGN §1): Kyiv, killed, 24 April 2025;
2. a real series: the cumulative death toll in Gaza, November – mid-December
   2023, as two official Telegram channels published it (examples/data/);
3. a small made-up count with a revision, a correction and a retraction, to
   show how those are marked.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

from casualtylog import CasualtyLog
from casualtylog.display.plot import plot_history
from casualtylog.worked_example import EVENT, kyiv_claims

HERE = Path(__file__).resolve().parent
SOURCES = {
    "mohtel": ({"name": "Gaza Ministry of Health", "kind": "official"}, "Telegram"),
    "gmotel": ({"name": "Gaza Government Media Office", "kind": "official"}, "Telegram"),
}


def gaza_log() -> CasualtyLog:
    """The Gaza slice as claims: one per report, known to the day (Gaza time)."""
    rows = json.loads((HERE / "data" / "gaza_killed_2023-11.json").read_text(encoding="utf-8"))
    log = CasualtyLog(tz="Asia/Gaza")
    log.extend(
        {
            "event": "gaza-war",
            "metric": "killed",
            "figure": row["killed_cum"],
            "source": SOURCES[row["report_source"]][0],
            "via": SOURCES[row["report_source"]][1],
            "reported_at": row["report_date"],
        }
        for row in rows
    )
    return log


def corrections_log() -> CasualtyLog:
    """A made-up count: a raise, a correction down, a range, a retracted outlier."""
    log = CasualtyLog()
    ministry = {"name": "Ministry", "kind": "official"}
    a = log.add(
        {"event": "x", "metric": "killed", "figure": "10", "source": ministry, "reported_at": "2025-03-01T08:00+02:00"}
    )
    b = log.add(a.revised(figure="15", reported_at="2025-03-01T12:00+02:00"))
    log.add(
        {
            "event": "x",
            "metric": "killed",
            "figure": "12-20",
            "source": {"name": "UN agency", "kind": "un"},
            "reported_at": "2025-03-01T15:00+02:00",
        }
    )
    d = log.add(b.revised(figure="14", reported_at="2025-03-01T18:00+02:00"))
    e = log.add(
        {
            "event": "x",
            "metric": "killed",
            "figure": "30",
            "source": {"name": "Local blog", "kind": "social"},
            "reported_at": "2025-03-01T20:00+02:00",
        }
    )
    log.add(e.retracted(reported_at="2025-03-02T09:00+02:00"))
    log.add(d.revised(figure="at least 16", reported_at="2025-03-02T11:00+02:00"))
    return log


def main(out: Path) -> list[Path]:
    """Write the three PNGs to ``out`` and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    kyiv = CasualtyLog(kyiv_claims())
    gaza = gaza_log()
    made_up = corrections_log()
    for name, log, count, title in [
        ("kyiv_killed.png", kyiv, (EVENT, "killed"), None),
        (
            "gaza_killed_2023.png",
            gaza,
            ("gaza-war", "killed"),
            "Gaza, reported cumulative death toll (Nov – mid-Dec 2023)",
        ),
        ("corrections.png", made_up, ("x", "killed"), None),
    ]:
        ax = plot_history(log.history(*count), claims=log.claims_about(*count), title=title)
        path = out / name
        figure = ax.get_figure(root=True)
        assert figure is not None  # noqa: S101 - plot_history made it
        figure.savefig(path, dpi=100)
        plt.close(figure)
        written.append(path)
        print(f"wrote {path}")
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "docs" / "img")
