"""A count's history as an inline SVG timeline, written by hand (no matplotlib).

The standalone report draws one per count: the best figure as a step line, the
low–high band behind it, and each source's claims as dots, a claim known only
to the day drawn across that day (docs/time.md). Every text in the picture is
escaped, and the SVG refers to nothing outside itself.

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims, EVENT
>>> log = CasualtyLog(kyiv_claims())
>>> svg = timeline_svg(log.history(EVENT, "killed"), log.claims_about(EVENT, "killed"))
>>> svg.startswith("<svg") and "<script" not in svg and "href" not in svg
True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from casualtylog.claims import Claim
from casualtylog.display.html import inert
from casualtylog.display.when import is_coarse, said_span, step_said, view_moment, view_zone
from casualtylog.history import History, HistoryStep

__all__ = ["COLOURS", "MAX_MARKERS", "source_colours", "timeline_svg"]

#: One colour per source, in the order sources first spoke (colour-blind safe, Okabe–Ito).
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
#: Above this many claims a timeline leaves out the per-claim dots: the step line
#: already shows them, and a thousand dots would make the file heavy and the picture grey.
MAX_MARKERS = 300

_W, _H = 560, 250
_LEFT, _RIGHT, _TOP, _BOTTOM = 56, 16, 14, 40


@dataclass(frozen=True, slots=True)
class _Frame:
    start: datetime
    end: datetime
    top: float

    def x(self, when: datetime) -> float:
        span = (self.end - self.start).total_seconds() or 1.0
        return _LEFT + (_W - _LEFT - _RIGHT) * (when - self.start).total_seconds() / span

    def y(self, value: float) -> float:
        return _TOP + (_H - _TOP - _BOTTOM) * (1 - value / self.top)


_e = inert


def _nice_top(value: float) -> float:
    """A round ceiling: 1, 2, 2.5 or 5 times a power of ten, at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)  # pragma: no cover - the loop always returns


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def _tick_text(when: datetime, span: timedelta, previous: datetime | None) -> str:
    if span <= timedelta(days=2):
        same_day = previous is not None and previous.date() == when.date()
        return when.strftime("%H:%M" if same_day else "%d %b %H:%M")
    if span <= timedelta(days=400):
        return when.strftime("%d %b %Y")
    return when.strftime("%b %Y")


def _zone_name(zone: tzinfo, sample: datetime) -> str:
    offset = sample.astimezone(zone).strftime("%z")
    key = getattr(zone, "key", None)
    text = "UTC" if offset in {"+0000", ""} else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{key}, {text}" if key else text


def source_colours(claims: Sequence[Claim]) -> dict[str, tuple[str, str]]:
    """``{source key: (name, colour)}`` in the order the sources first spoke."""
    out: dict[str, tuple[str, str]] = {}
    for c in sorted(claims, key=lambda c: c.reported_at):
        if c.source.key not in out:
            out[c.source.key] = (c.source.name, COLOURS[len(out) % len(COLOURS)])
    return out


def timeline_svg(history: History, claims: Sequence[Claim], *, tz: str | tzinfo | None = None) -> str:
    """The history of one count as a self-contained ``<svg>`` element.

    Args:
        history: from :meth:`CasualtyLog.history` (reported clock).
        claims: every claim about the count, drawn as dots when there are at
            most :data:`MAX_MARKERS`.
        tz: the zone of the time axis; default: the zone most claims were stated in.
    """
    steps = list(history)
    zone = view_zone((c.reported_at for c in claims), tz)
    step_x = [view_moment(*step_said(s), zone) for s in steps]
    spans = [said_span(c.reported_at, c.reported_precision, zone) for c in claims]
    times = [t for span in spans for t in span] + step_x
    title = f"Timeline of {history.count}"
    if not steps or not times:
        return (
            f'<svg class="timeline" viewBox="0 0 {_W} 40" role="img"><title>{_e(title)}</title>'
            f'<text x="8" y="24">no figures to draw</text></svg>'
        )
    start, last = min(times), max(times)
    end = last + max((last - start) * 0.04, timedelta(hours=1))
    values = [float(v) for s in steps for v in (s.best, s.low, s.high) if v is not None]
    values += [float(c.figure.point) for c in claims if c.figure is not None and not c.figure.is_increment]
    frame = _Frame(start, end, _nice_top(max(values, default=1.0)))
    parts = [
        f'<svg class="timeline" viewBox="0 0 {_W} {_H}" role="img" aria-label="{_e(title)}">',
        f"<title>{_e(title)}</title>",
    ]
    parts += _axes(frame, zone)
    parts += _band(frame, steps, step_x)
    parts.append(_best_line(frame, steps, step_x))
    if len(claims) <= MAX_MARKERS:
        parts += _markers(frame, claims, zone)
    parts.append("</svg>")
    return "".join(parts)


def _axes(frame: _Frame, zone: tzinfo) -> list[str]:
    out = []
    for i in range(5):
        value = frame.top * i / 4
        y = frame.y(value)
        out.append(f'<line class="grid" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{_number(value)}</text>')
    span = frame.end - frame.start
    n = 4
    previous: datetime | None = None
    for i in range(n + 1):
        when = frame.start + span * (i / n)
        x = frame.x(when)
        anchor = "start" if i == 0 else ("end" if i == n else "middle")
        local = when.astimezone(zone)
        label = _e(_tick_text(local, span, previous))
        previous = local
        out.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{_H - _BOTTOM}" y2="{_H - _BOTTOM + 4}"/>')
        out.append(f'<text class="tick" x="{x:.1f}" y="{_H - _BOTTOM + 16}" text-anchor="{anchor}">{label}</text>')
    out.append(f'<line class="axis" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{_H - _BOTTOM}" y2="{_H - _BOTTOM}"/>')
    caption = f"time reported ({_zone_name(zone, frame.start)})"
    out.append(f'<text class="caption" x="{_W - _RIGHT}" y="{_H - 6}" text-anchor="end">{_e(caption)}</text>')
    return out


def _band(frame: _Frame, steps: Sequence[HistoryStep], xs: Sequence[datetime]) -> list[str]:
    """The low–high band: one rectangle per step while a range is known (open-ended: up to the top)."""
    out = []
    bounds = [*xs[1:], frame.end]
    for step, x0, x1 in zip(steps, xs, bounds, strict=True):
        low, high = step.low, step.high
        if low is None or (high is not None and high == low):
            continue
        top = frame.top if high is None else float(high)
        cls = "band open" if high is None else "band"
        left, right = frame.x(x0), frame.x(x1)
        y_top, y_low = frame.y(top), frame.y(float(low))
        out.append(
            f'<rect class="{cls}" x="{left:.1f}" y="{y_top:.1f}" width="{max(right - left, 0.5):.1f}" '
            f'height="{max(y_low - y_top, 0.5):.1f}"/>'
        )
    return out


def _best_line(frame: _Frame, steps: Sequence[HistoryStep], xs: Sequence[datetime]) -> str:
    points: list[str] = []
    bounds = [*xs[1:], frame.end]
    for step, x0, x1 in zip(steps, xs, bounds, strict=True):
        best = step.best
        if best is None:
            continue
        y = frame.y(float(best))
        points.append(f"{frame.x(x0):.1f},{y:.1f} {frame.x(x1):.1f},{y:.1f}")
    return f'<polyline class="best" points="{" ".join(points)}"/>' if points else ""


def _markers(frame: _Frame, claims: Sequence[Claim], zone: tzinfo) -> list[str]:
    colours = source_colours(claims)
    out = []
    for c in claims:
        if c.figure is None or c.figure.is_increment:
            continue
        colour = colours[c.source.key][1]
        start, end = said_span(c.reported_at, c.reported_precision, zone)
        y = frame.y(float(c.figure.point))
        x0, x1 = frame.x(start), frame.x(end)
        if is_coarse(c.reported_precision):
            out.append(
                f'<line class="said-day" x1="{x0:.1f}" x2="{x1:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{colour}"/>'
            )
        if c.figure.high is not None and c.figure.high != c.figure.low:
            y_low, y_high = frame.y(float(c.figure.low)), frame.y(float(c.figure.high))
            mid = (x0 + x1) / 2
            out.append(
                f'<line class="claim-range" x1="{mid:.1f}" x2="{mid:.1f}" y1="{y_low:.1f}" y2="{y_high:.1f}" '
                f'stroke="{colour}"/>'
            )
        out.append(f'<circle class="claim" cx="{(x0 + x1) / 2:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')
    return out
