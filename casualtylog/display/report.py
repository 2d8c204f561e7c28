"""A standalone HTML report of a log, to share with people who do not run Python.

One file, no network, no script: the current figures, each count's timeline
as an inline SVG, the explanation and provenance of every figure, the
findings of :meth:`~casualtylog.CasualtyLog.check`, the sources, and, where
the log declares events with parts, each whole's roll-up beside its stated figure. It reads
on a phone (the layout narrows, wide tables scroll) and on paper (print
styles). Times are shown as people read them (docs/time.md).

Everything from the data is untrusted and escaped. The file refers to nothing
outside itself: no ``src``, no ``@import``, no links but to its own sections.
Source addresses are provenance, so they are shown, as text; the colon of
their ``://`` is written as a character reference, so that no tool scanning
the file finds an address to fetch or to turn into a link.

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims
>>> page = report(CasualtyLog(kyiv_claims()))
>>> page.startswith("<!DOCTYPE html>"), "<script" in page, "https://" in page
(True, False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from os import PathLike
from pathlib import Path

from casualtylog._version import __version__
from casualtylog.checks import Finding
from casualtylog.claims import Claim, Count
from casualtylog.display._report_style import _CSS
from casualtylog.display.html import inert
from casualtylog.display.timeline import MAX_MARKERS, source_colours, timeline_svg
from casualtylog.display.when import time_text
from casualtylog.log import CasualtyLog
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy
from casualtylog.rollup import Rollup, rollup_resolutions

__all__ = ["CSP", "HEADING_EVENTS", "report"]

#: How many events the default heading names; the figures table lists them all.
HEADING_EVENTS = 3

#: The page's own rules, enforced by the browser: inline styles only, no script,
#: no fetch of anything (images, fonts, frames, forms), whatever the data says.
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_e = inert  # control, format and bidi characters become spaces; no live ``scheme://``


def _e_lines(text: str) -> str:
    return "\n".join(_e(line) for line in text.splitlines())


def _said(claim: Claim | None, tz: str | tzinfo | None) -> str:
    return "" if claim is None else time_text(claim.reported_at, claim.reported_precision, tz)


def _range(res: Resolution) -> str:
    if res.low is None:
        return "–"
    if res.high is None:
        return f"≥ {res.low:,}"
    return f"{res.low:,}" if res.low == res.high else f"{res.low:,}–{res.high:,}"


def _num(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _figure(best: int | None, low: int | None, high: int | None) -> str:
    """A figure as :func:`~casualtylog.resolve.model.figure_text` writes it, with the report's digit groups.

    >>> _figure(8691, 8691, 8691), _figure(3400, 3300, None), _figure(12, 10, 15000), _figure(None, None, None)
    ('8,691', '3,400 (at least 3,300)', '12 (10–15,000)', 'unknown')
    """
    if best is None:
        return "unknown"
    if high is None:
        return f"at least {low:,}" if best == low else f"{best:,} (at least {low:,})"
    return f"{best:,}" if low == high else f"{best:,} ({low:,}–{high:,})"


def _who(claim: Claim | None) -> str:
    if claim is None:
        return ""
    return claim.source.name + (f" via {claim.via}" if claim.via else "")


def _count_html(count: Count) -> str:
    """A count whose name breaks only between event, metric and group, so that a long one cannot
    push the table's last columns off a desktop screen."""
    parts = (count.event, count.metric, count.group) if count.group else (count.event, count.metric)
    return " / ".join(f'<span class="part">{_e(p)}</span>' for p in parts)


def _cards(classes: str, head: Sequence[tuple[str, str]], rows: Sequence[Sequence[str]]) -> str:
    """A table that becomes one card per row on a phone; ``head`` is (label, class), cells are escaped HTML."""
    th = "".join(f'<th class="{cls}">{label}</th>' if cls else f"<th>{label}</th>" for label, cls in head)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{cls}" data-label="{label}">{cell}</td>' if cls else f'<td data-label="{label}">{cell}</td>'
            for (label, cls), cell in zip(head, row, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    return f'<div class="scroll"><table class="cards {classes}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>'


_FIGURES_HEAD = (
    ("Count", "count"),
    ("Best", "num"),
    ("Low–high", "num"),
    ("Set by", "who"),
    ("Said", "when"),
    ("Sources", "num"),
)


def _figures(resolutions: Sequence[Resolution], tz: str | tzinfo | None) -> str:
    rows = [
        [
            f'<a href="#count-{i}">{_count_html(res.count)}</a>',
            f"<b>{_e(_num(res.best))}</b>",
            _e(_range(res)),
            _e(_who(res.best_claim)),
            _e(_said(res.best_claim, tz)),
            str(res.sources),
        ]
        for i, res in enumerate(resolutions)
    ]
    return _cards("figures", _FIGURES_HEAD, rows)


_ROLLUPS_HEAD = (
    ("Whole", "count"), ("Parts add up to", "num"), ("Parts with a figure", "num"), ("Stated", "num"),
)  # fmt: skip


def _rollups(rolls: Sequence[Rollup]) -> str:
    rows = []
    for roll in rolls:
        known = sum(p.basis != "unknown" for p in roll.parts)
        parts = f"{known:,} of {len(roll.parts):,}" + (" (complete)" if roll.complete else "")
        stated = "–" if roll.stated is None else _figure(roll.stated.best, roll.stated.low, roll.stated.high)
        flag = ' <span class="warning">≠</span>' if roll.findings else ""
        rows.append(
            [
                _count_html(roll.count),
                f"<b>{_e(_figure(roll.best, roll.low, roll.high))}</b>",
                _e(parts),
                _e(stated) + flag,
            ]
        )
    note = (
        '<p class="muted">Each whole\'s figure as its declared parts add it up (the high is open where a part '
        "has no figure or the parts are not declared complete), beside the figure stated for the whole; where "
        "they disagree (≠) the findings say how.</p>"
    )
    return note + _cards("rollups", _ROLLUPS_HEAD, rows)


def _heading(log: CasualtyLog, events: Sequence[str]) -> str:
    """The default heading: the outermost events (a country, not its 75 districts), by title where declared."""
    registry = log.event_registry
    covered = set(events).union(*(registry.ancestors(e) for e in events))
    tops = sorted(e for e in covered if not covered.intersection(registry.ancestors(e)))
    if not tops:
        return "Casualty figures"
    names = [registry.get_or_bare(e).title or e for e in tops[:HEADING_EVENTS]]
    more = len(tops) - HEADING_EVENTS
    return (
        "Casualty figures: "
        + ", ".join(names)
        + (f" and {more} more event{'s' if more != 1 else ''}" if more > 0 else "")
    )


def _findings(findings: Sequence[Finding]) -> str:
    if not findings:
        return "<p>No findings: the figures are consistent with each other.</p>"
    items = "".join(
        f'<li><span class="{"warning" if f.severity == "warning" else "muted"}">[{_e(f.severity)}] {_e(f.kind.value)}</span>'
        f" {_e(f.message)}</li>"
        for f in findings
    )
    return f'<ul class="findings">{items}</ul>'


def _legend(claims: Sequence[Claim]) -> str:
    items = ['<li><span class="swatch best"></span>best</li>', '<li><span class="swatch band"></span>low–high</li>']
    if len(claims) <= MAX_MARKERS:
        for name, colour in source_colours(claims).values():
            items.append(f'<li><span class="swatch" style="background:{colour}"></span>{_e(name)}</li>')
    else:
        items.append(f'<li class="muted">{len(claims):,} claims: dots left out, the line shows each change</li>')
    return f'<ul class="legend">{"".join(items)}</ul>'


def _provenance(res: Resolution, tz: str | tzinfo | None) -> str:
    best = res.best_claim
    if best is None:
        return "<p>No credible claim.</p>"
    rows = [
        ("Best", f"{_e(_num(res.best))} from {_e(_who(best))}"),
        ("Said", _e(_said(best, tz)) + f' <span class="muted">({_e(best.reported_precision.value)})</span>'),
        ("Status", _e(best.status.value)),
    ]
    if best.quote:
        rows.append(("Quote", f'<blockquote dir="auto">{_e(best.quote)}</blockquote>'))
    if best.url:
        rows.append(("Address", f"<code>{_e(best.url)}</code>"))
    low_by = "; ".join(sorted({c.source.name for c in res.low_claims}))
    high_by = "; ".join(sorted({c.source.name for c in res.high_claims}))
    rows.append(("Low", f"{_e(_num(res.low))} ({_e(low_by)})"))
    rows.append(("High", "open" if res.high is None else f"{_e(_num(res.high))} ({_e(high_by)})"))
    rows.append(("Claims", f"{len(res.considered):,} considered; policy {_e(res.policy)}"))
    rows.append(("Claim id", f"<code>{_e(best.id)}</code>"))
    return '<dl class="provenance">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def _sources_said(res: Resolution) -> str:
    """Both counts of sources, named as explain() and docs/model.md name them."""
    n, reporting = res.sources, res.reporting_sources
    said = f"{n} source{'s' if n != 1 else ''}"
    return said if reporting == n else f"{said} behind it, {reporting} reporting"


def _count_section(
    log: CasualtyLog, res: Resolution, i: int, policy: str | Policy | None, tz: str | tzinfo | None
) -> str:
    claims = log.claims_about(res.count.event, res.count.metric, res.count.group)
    history = log.history(res.count.event, res.count.metric, res.count.group, policy=policy)
    return (
        f'<article class="count" id="count-{i}"><h3>{_e(res.count)}</h3>'
        f'<p class="figure">Best <b>{_e(_num(res.best))}</b> · low–high {_e(_range(res))} · '
        f"{_sources_said(res)}</p>"
        f"{timeline_svg(history, claims, tz=tz)}{_legend(claims)}"
        f'<h4>Why this figure</h4><pre class="explain">{_e_lines(res.explain())}</pre>'
        f"<h4>Provenance</h4>{_provenance(res, tz)}</article>"
    )


_SOURCES_HEAD = (
    ("Source", ""), ("Kind", ""), ("Via", ""), ("Claims", "num"), ("Counts", "num"), ("First said", "when"),
    ("Last said", "when"),
)  # fmt: skip


def _sources(log: CasualtyLog, tz: str | tzinfo | None) -> str:
    by_source: dict[str, list[Claim]] = {}
    for claim in log:
        by_source.setdefault(claim.source.key, []).append(claim)
    rows = []
    for claims in sorted(by_source.values(), key=lambda cs: (-len(cs), cs[0].source.name)):
        first = min(claims, key=lambda c: c.reported_at)
        last = max(claims, key=lambda c: c.reported_at)
        vias = sorted({c.via for c in claims if c.via})
        rows.append(
            [
                _e(first.source.name),
                _e(first.source.kind.value),
                _e("; ".join(vias[:3]) + ("; …" if len(vias) > 3 else "")),
                f"{len(claims):,}",
                f"{len({c.count for c in claims}):,}",
                _e(_said(first, tz)),
                _e(_said(last, tz)),
            ]
        )
    return _cards("sources", _SOURCES_HEAD, rows)


def report(
    log: CasualtyLog,
    path: str | PathLike[str] | None = None,
    *,
    title: str | None = None,
    policy: str | Policy | None = None,
    tz: str | tzinfo | None = None,
) -> str:
    """The log as one standalone HTML page; written to ``path`` too when given.

    Args:
        log: the claims (a :class:`~casualtylog.CasualtyLog` or an open store).
        path: where to write the page (UTF-8), if anywhere.
        title: the page's heading; default: the events the log covers.
        policy: how best/low/high are chosen (default: range).
        tz: the zone for times known to the minute and for the time axes;
            default: each time in the zone it was stated in.

    Returns:
        The HTML text.
    """
    resolutions = log.resolve_all(policy=policy)
    findings = log.check(policy=policy)
    events = sorted({r.count.event for r in resolutions})
    heading = title or _heading(log, events)
    rolls = list(rollup_resolutions({r.count: r for r in resolutions}, log.event_registry).values())
    wholes = f'<section id="rollups"><h2>Wholes and their parts</h2>{_rollups(rolls)}</section>' if rolls else ""
    n_sources = len({c.source.key for c in log})
    zone_note = "in the zone each was stated in" if tz is None else f"in {tz}"
    meta = (
        f"{len(log):,} claim{'s' if len(log) != 1 else ''} from {n_sources} source{'s' if n_sources != 1 else ''} "
        f"about {len(resolutions)} count{'s' if len(resolutions) != 1 else ''}; policy "
        f"{_e(resolutions[0].policy if resolutions else (policy or 'range'))}. Times are shown {_e(zone_note)}; "
        "a date alone is the day the source gave."
    )
    counts = "".join(_count_section(log, r, i, policy, tz) for i, r in enumerate(resolutions))
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="generator" content="casualtylog {_e(__version__)}">'
        f"<title>{_e(heading)}</title><style>{_CSS}</style></head><body><main>"
        f'<header><h1>{_e(heading)}</h1><p class="meta">{meta}</p></header>'
        f'<section id="figures"><h2>Current figures</h2>{_figures(resolutions, tz)}</section>'
        f"{wholes}"
        f'<section id="findings"><h2>Findings</h2>{_findings(findings)}</section>'
        f'<section id="counts"><h2>Each count: timeline, explanation, provenance</h2>{counts}</section>'
        f'<section id="sources"><h2>Sources</h2>{_sources(log, tz)}</section>'
        f'<footer><p class="muted">Made with casualtylog {_e(__version__)}. Each figure is a claim of its '
        "source; the explanation says how the best, low and high were chosen.</p></footer>"
        "</main></body></html>\n"
    )
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page
