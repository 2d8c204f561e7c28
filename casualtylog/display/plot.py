"""Timeline plots of a count's history (matplotlib, the ``plot`` extra).

:func:`plot_history` draws what an analyst needs to see at once: the best
figure over time as a step line, the low–high band behind it, every source's
claims as markers (one colour and shape per source), and the events that
matter — revisions, corrections (a source lowering its own figure) and
retractions — marked and labelled. Dates are shown in the data's time zone,
and the axis label says which.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from casualtylog._extras import require
from casualtylog.claims import Claim
from casualtylog.display._common import zone_from_label
from casualtylog.display._plot_data import (
    _claims_of,
    _data_zone,
    _effective,
    _final,
    _nan,
    _place,
    _plain,
    _revisions,
    _span,
    _stamp,
    _zone_name,
)
from casualtylog.display.when import step_said, view_moment
from casualtylog.history import History
from casualtylog.resolve.model import RevisionKind
from casualtylog.times import Precision

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_history"]

_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "h", "<", ">")
_COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#d62728",
)
_LINE = "#222222"
_BAND = "#9ecae1"
_CORRECTION = "#c0392b"
_REVISION = "#555555"
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
#: Above this many revisions only corrections are labelled, so long series stay readable.
MAX_LABELLED_REVISIONS = 8


def plot_history(
    history: History,
    ax: Axes | None = None,
    *,
    claims: Iterable[Claim] | None = None,
    tz: str | tzinfo | None = None,
    title: str | None = None,
    zero: bool = True,
    legend: bool = True,
) -> Axes:
    """Plot how a count's resolution moved: best, low–high, each source's claims, revisions.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> log = CasualtyLog(kyiv_claims())
    >>> ax = plot_history(log.history(EVENT, "killed"), claims=log.claims_about(EVENT, "killed"))
    >>> ax.get_xlabel()
    'time reported (UTC+03:00)'

    Args:
        history: from :meth:`CasualtyLog.history`.
        ax: the Axes to draw on; a new figure is made if ``None``.
        claims: every claim about the count (e.g. ``log.claims_about(...)``).
            A history keeps only the claims that moved the numbers and those
            seen by then; pass ``claims`` to also show later repeats.
        tz: the time zone of the date axis (an IANA name, an offset such as
            ``"+03:00"``, or a tzinfo); default: the zone most of the claims
            were given in.
        title: the title; default: the count and the policy. Text from the
            data (source names, events, groups) is shown as written: a ``$``
            in it does not start mathtext; a ``title`` you pass is used as is.
        zero: start the figure axis at 0 (honest for counts).
        legend: draw the legend.

    Returns:
        The Axes, for restyling.

    Raises:
        MissingExtraError: matplotlib is not installed.
    """
    require("matplotlib", "plot", "plot_history()")
    # The plot extra is optional: matplotlib is imported only when a plot is drawn.
    import matplotlib.dates as mdates  # noqa: PLC0415
    import matplotlib.pyplot as plt  # noqa: PLC0415
    from matplotlib.lines import Line2D  # noqa: PLC0415
    from matplotlib.patches import Patch  # noqa: PLC0415

    all_claims = _claims_of(history, claims)
    clock = history.clock
    final = _final(history, all_claims)
    effective = _effective(history, final, all_claims)
    zone = zone_from_label(tz) if isinstance(tz, str) else (tz or _data_zone(all_claims, clock))
    by_id = {c.id: c for c in all_claims}

    if ax is None:
        _, ax = plt.subplots(figsize=(11, 5), layout="constrained")
    out: Axes = ax
    axes: Any = ax  # matplotlib's stubs do not accept datetimes as x values

    # -- the resolution over time --------------------------------------------------------
    steps = list(history)
    step_x = [view_moment(*step_said(s), zone) if clock == "reported" else s.at for s in steps]
    spans = [_span(c, clock, zone) for c in all_claims]
    stamps = [t for span in spans for t in span] + step_x
    start = min(stamps, default=None)
    end = max(stamps, default=None)
    handles: list[Any] = []
    top = 0.0
    if steps and start is not None and end is not None:
        pad = max((end - start) * 0.06, timedelta(hours=1))
        xs = [*step_x, end + pad]
        best = [_nan(s.best) for s in steps]
        lows = [_nan(s.low) for s in steps]
        highs = [_nan(s.high) for s in steps]
        best.append(best[-1])
        lows.append(lows[-1])
        highs.append(highs[-1])
        top = max([v for v in (*best, *lows, *highs) if not math.isnan(v)], default=0.0)
        for shown in effective.values():
            top = max(top, float(shown.high if shown.high is not None else shown.low))
        ceiling = max(top * 1.15, 1.0)
        closed = [not math.isnan(h) for h in highs]
        open_ = [not math.isnan(lo) and math.isnan(h) for lo, h in zip(lows, highs, strict=True)]
        band_high = [h if c else (ceiling if o else math.nan) for h, c, o in zip(highs, closed, open_, strict=True)]
        if any(closed):
            axes.fill_between(xs, lows, band_high, where=closed, step="post", color=_BAND, alpha=0.45, lw=0, zorder=1)
            if any(c and lo < h for c, lo, h in zip(closed, lows, highs, strict=True)):
                handles.append(Patch(facecolor=_BAND, alpha=0.45, label="low–high"))
        if any(open_):
            axes.fill_between(
                xs, lows, band_high, where=open_, step="post", facecolor="none", edgecolor=_BAND, hatch="///", lw=0
            )
            handles.append(Patch(facecolor="none", edgecolor=_BAND, hatch="///", label="open-ended (at least low)"))
        axes.step(xs, best, where="post", color=_LINE, lw=2.2, zorder=3)
        handles.insert(0, Line2D([], [], color=_LINE, lw=2.2, label=f"best ({_plain(history.policy)})"))

    # -- each source's claims -----------------------------------------------------------------
    coarse = False
    order: dict[str, tuple[str, str, str, int]] = {}
    for c in sorted(all_claims, key=lambda c: _stamp(c, clock)):
        if c.source.key not in order:
            i = len(order)
            order[c.source.key] = (c.source.name, _MARKERS[i % len(_MARKERS)], _COLOURS[i % len(_COLOURS)], 0)
    for c in all_claims:
        name, marker, colour, n = order[c.source.key]
        order[c.source.key] = (name, marker, colour, n + 1)
        fig = effective.get(c.id)
        if c.figure is None or fig is None:
            continue
        x = _place(c, clock, zone)
        y = fig.point
        hollow = c.status.value == "projected"
        axes.plot(
            [x],
            [y],
            marker=marker,
            ls="none",
            ms=7,
            mec=colour,
            mfc="white" if hollow else colour,
            mew=1.4,
            alpha=0.95,
            zorder=5,
        )
        if fig.high is not None and fig.high != fig.low:
            axes.vlines(x, fig.low, fig.high, color=colour, lw=1.2, alpha=0.8, zorder=4)
        if fig.high is None:
            axes.annotate(
                "",
                xy=(x, fig.low),
                xytext=(0, 16),
                textcoords="offset points",
                arrowprops={"arrowstyle": "<-", "color": colour, "lw": 1.2},
                zorder=4,
            )
        if clock == "reported" and c.reported_precision.rank < Precision.MINUTE.rank:
            # Known only to the day (or coarser): drawn across the day it was said on.
            first, last = _span(c, clock, zone)
            axes.plot([first, last], [y, y], color=colour, lw=1.1, ls=(0, (1, 2)), alpha=0.8, zorder=4)
            if len(all_claims) <= 30:
                axes.plot([first, last], [y, y], marker="|", ls="none", ms=8, color=colour, alpha=0.8, zorder=4)
            coarse = True
        if c.figure.is_increment:
            axes.annotate(
                _plain(str(c.figure)),
                xy=(x, y),
                xytext=(-6, 6),
                textcoords="offset points",
                ha="right",
                fontsize=8,
                color=colour,
            )
    for name, marker, colour, n in order.values():
        handles.append(
            Line2D(
                [],
                [],
                marker=marker,
                ls="none",
                mec=colour,
                mfc=colour,
                ms=7,
                label=f"{_plain(name)} ({n} claim{'s' if n != 1 else ''})",
            )
        )

    def offset(x: datetime, dx: float, dy: float) -> dict[str, Any]:
        """Label placement: to the right of ``x``, or to its left near the right edge."""
        if start is not None and end is not None and end > start and (x - start) / (end - start) > 0.72:
            return {"xytext": (-dx, dy), "ha": "right"}
        return {"xytext": (dx, dy), "ha": "left"}

    # -- revisions, corrections, retractions -------------------------------------------------------
    revisions = _revisions(history, final)
    label_all = len(revisions) <= MAX_LABELLED_REVISIONS
    any_revision = any_correction = False
    for rev in revisions:
        lowered = rev.kind is RevisionKind.LOWERED
        if not (lowered or label_all):
            continue
        x0, x1 = _place(rev.old, clock, zone), _place(rev.new, clock, zone)
        colour = _CORRECTION if lowered else _REVISION
        axes.annotate(
            "",
            xy=(x1, rev.new_figure.point),
            xytext=(x0, rev.old_figure.point),
            arrowprops={"arrowstyle": "->", "color": colour, "lw": 1.3, "ls": "--", "shrinkA": 5, "shrinkB": 6},
            zorder=6,
        )
        text = _plain(f"{'corrected' if lowered else rev.kind.value} {rev.old_figure} → {rev.new_figure}")
        axes.annotate(
            text,
            xy=(x1, rev.new_figure.point),
            textcoords="offset points",
            **offset(x1, 6, -14 if lowered else 8),
            fontsize=8.5,
            color=colour,
            fontweight="bold" if lowered else "normal",
            bbox=_LABEL_BOX,
            zorder=7,
        )
        any_correction |= lowered
        any_revision |= not lowered
    any_retraction = False
    for c in all_claims:
        for old_id in c.retracts:
            old = by_id.get(old_id)
            gone = effective.get(old_id)
            if old is None or gone is None:
                continue
            x = _place(c, clock, zone)
            axes.plot(
                [x], [gone.point], marker="X", ms=11, ls="none", color=_CORRECTION, mec="white", mew=0.8, zorder=8
            )
            axes.plot(
                [_place(old, clock, zone), x], [gone.point, gone.point], ls=":", color=_CORRECTION, lw=1.2, zorder=6
            )
            axes.annotate(
                _plain(f"retracted {old.figure} ({c.source.name})"),
                xy=(x, gone.point),
                textcoords="offset points",
                **offset(x, 8, 6),
                fontsize=8.5,
                color=_CORRECTION,
                fontweight="bold",
                bbox=_LABEL_BOX,
                zorder=8,
            )
            any_retraction = True
    if coarse:
        handles.append(Line2D([], [], color="#777777", lw=1.1, ls=(0, (1, 2)), label="said on this day (date only)"))
    if any_revision:
        handles.append(Line2D([], [], color=_REVISION, ls="--", lw=1.3, label="revision"))
    if any_correction:
        handles.append(Line2D([], [], color=_CORRECTION, ls="--", lw=1.3, label="correction (lowered)"))
    if any_retraction:
        handles.append(Line2D([], [], marker="X", ls="none", color=_CORRECTION, ms=9, label="retraction"))

    # -- axes -------------------------------------------------------------------------------------------
    locator = mdates.AutoDateLocator(tz=zone, minticks=4, maxticks=9)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(
        mdates.ConciseDateFormatter(locator, tz=zone, show_offset=True)  # type: ignore[no-untyped-call]
    )
    sample = start or datetime.now().astimezone()
    what = "time reported" if clock == "reported" else "time recorded in the log"
    axes.set_xlabel(f"{what} ({_zone_name(zone, sample)})")
    axes.set_ylabel(_plain(history.count.metric + (f" ({history.count.group})" if history.count.group else "")))
    if title is None:
        now = f"now {steps[-1].resolution.figure_text}, " if steps else ""
        title = _plain(f"{history.count} — {now}policy: {history.policy}")
    axes.set_title(title, loc="left")
    if zero:
        axes.set_ylim(bottom=0, top=max(top * 1.15, 1.0))  # the open band reaches the top
    axes.grid(True, color="#dddddd", lw=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if legend and handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8.5, frameon=False)
    return out
