"""Timeline plots render to PNG, with every source, revision, correction and retraction marked."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes

from casualtylog import CasualtyLog
from casualtylog.display.plot import plot_history
from casualtylog.worked_example import EVENT, kyiv_claims

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("plot_history_example", ROOT / "examples" / "plot_history.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _legend(ax: Axes) -> list[str]:
    legend = ax.get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


def test_worked_example_renders_to_png(tmp_path: Path) -> None:
    log = CasualtyLog(kyiv_claims())
    ax = plot_history(log.history(EVENT, "killed"), claims=log.claims_about(EVENT, "killed"))
    assert isinstance(ax, Axes)
    assert ax.get_xlabel() == "time reported (UTC+03:00)"
    assert ax.get_ylabel() == "killed"
    assert ax.get_title(loc="left") == "kyiv-2025-04-24 / killed — now 12, policy: range"
    legend = _legend(ax)
    assert legend[0] == "best (range)"
    assert "Ukrainian authorities (1 claim)" in legend
    assert "Kyiv City Military Administration (3 claims)" in legend
    assert "revision" in legend
    assert "raised 10 → 12" in _texts(ax)
    assert "+2" in _texts(ax)
    path = tmp_path / "kyiv.png"
    figure = ax.get_figure(root=True)
    assert figure is not None
    figure.savefig(path, dpi=60)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_corrections_and_retractions_are_marked_and_labelled() -> None:
    log = _example().corrections_log()
    ax = plot_history(log.history("x", "killed"))
    texts = _texts(ax)
    assert "corrected 15 → 14" in texts
    assert "raised 10 → 15" in texts
    assert "retracted 30 (Local blog)" in texts
    legend = _legend(ax)
    assert {"correction (lowered)", "retraction", "revision", "low–high"} <= set(legend)


def test_an_existing_axes_is_used_and_zone_can_be_chosen() -> None:
    log = CasualtyLog(kyiv_claims())
    _, given = plt.subplots()
    ax = plot_history(log.history(EVENT, "killed"), ax=given, tz="UTC", title="", legend=False)
    assert ax is given
    assert ax.get_xlabel() == "time reported (UTC)"
    assert ax.get_legend() is None
    ax = plot_history(log.history(EVENT, "killed", clock="recorded"), tz="Europe/Kyiv")
    assert ax.get_xlabel() == "time recorded in the log (Europe/Kyiv)"


def test_open_ended_counts_get_a_hatched_band() -> None:
    log = CasualtyLog(kyiv_claims())
    ax = plot_history(log.history(EVENT, "injured", "children"))
    assert "open-ended (at least low)" in _legend(ax)


def test_example_script_writes_the_docs_pictures(tmp_path: Path) -> None:
    written = _example().main(tmp_path)
    assert [p.name for p in written] == ["kyiv_killed.png", "gaza_killed_2023.png", "corrections.png"]
    for path in written:
        assert path.stat().st_size > 10_000
    for name in ("kyiv_killed.png", "gaza_killed_2023.png", "corrections.png"):
        assert (ROOT / "docs" / "img" / name).exists(), f"run: python examples/plot_history.py to render {name}"


def test_dollar_signs_in_the_data_are_shown_as_written(tmp_path: Path) -> None:
    paid = "Paid $\\frac{$ news"  # an unbalanced mathtext command: savefig used to raise
    balanced = "Cost $x^2$ Monitor"  # balanced dollars used to render as math
    log = CasualtyLog(
        [
            {"event": "$e$", "metric": "killed", "figure": "10", "source": paid, "reported_at": "2025-04-24T09:00Z"},
            {
                "event": "$e$",
                "metric": "killed",
                "figure": "+2",
                "source": balanced,
                "reported_at": "2025-04-24T10:00Z",
            },
        ]
    )
    first = log.claims_about("$e$", "killed")[0]
    log.add(first.revised(figure=None, retracts=(first.id,), source=balanced, reported_at="2025-04-24T12:00Z"))
    ax = plot_history(log.history("$e$", "killed"), claims=log.claims_about("$e$", "killed"))
    legend = _legend(ax)
    assert "Paid \\$\\frac{\\$ news (1 claim)" in legend
    assert "Cost \\$x^2\\$ Monitor (2 claims)" in legend
    assert ax.get_title(loc="left").startswith("\\$e\\$ / killed")
    assert "retracted 10 (Cost \\$x^2\\$ Monitor)" in _texts(ax)
    path = tmp_path / "dollars.png"
    figure = ax.get_figure(root=True)
    assert figure is not None
    figure.savefig(path, dpi=60)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
