"""HTML and plain-text renderings of claims, resolutions, histories and logs.

These back the ``_repr_html_`` methods that Jupyter calls, and give readable
text for terminals. Everything that came from a source (event names, source
names, quotes, URLs, vague words) is untrusted: every such value goes through
:func:`html.escape` with ``quote=True``, and links are made only for
``http``/``https`` URLs.

>>> from casualtylog import Claim
>>> c = Claim(event="e", metric="killed", figure="12", source="<b>x</b>",
...           reported_at="2025-04-24T14:00+03:00", quote='"><script>alert(1)</script>')
>>> "<script>" in claim_html(c), "&lt;script&gt;" in claim_html(c)
(False, True)
"""

from __future__ import annotations

from collections.abc import Iterable

from casualtylog.claims import Claim
from casualtylog.display._cells import (
    _MUTED,
    _NOWRAP,
    _TABLE,
    _TEXT,
    _WARN,
    _clean,
    _e,
    _link,
    _notes,
    _num,
    _range,
    _short,
    _table,
    _text_table,
    _when,
    _who,
)
from casualtylog.display._cells import QUOTE_CHARS as QUOTE_CHARS  # its old home: still importable here
from casualtylog.display._cells import inert as inert  # its old home: still importable here
from casualtylog.display._common import as_claims, as_resolutions
from casualtylog.display.when import step_said, time_text
from casualtylog.history import History, HistoryStep
from casualtylog.log import CasualtyLog
from casualtylog.resolve.explain import format_time
from casualtylog.resolve.model import Resolution

__all__ = [
    "claim_html",
    "claims_html",
    "claims_text",
    "history_html",
    "history_text",
    "log_html",
    "log_text",
    "resolution_html",
    "resolution_text",
    "resolutions_html",
    "resolutions_text",
]

# -- claims ---------------------------------------------------------------------------


def claim_html(claim: Claim) -> str:
    """One claim as a two-column table: every field an analyst checks, escaped.

    >>> from casualtylog.worked_example import kyiv_claims
    >>> ">Figure</th><td" in claim_html(kyiv_claims()[3]), ">12</td>" in claim_html(kyiv_claims()[3])
    (True, True)
    """
    fields: list[tuple[str, str]] = [
        ("Count", _e(claim.count)),
        ("Figure", _e("retraction" if claim.figure is None else claim.figure)),
        ("Source", _e(claim.source)),
        ("Via", _e(claim.via or "")),
        ("Said", _e(format_time(claim)) + f" <span{_MUTED}>({_e(claim.reported_precision.value)})</span>"),
        ("As of", _e(_when(claim.as_of))),
        ("Recorded", _e(_when(claim.recorded_at))),
        ("Status", _e(claim.status.value)),
        ("Supersedes", _e(", ".join(claim.supersedes))),
        ("Retracts", _e(", ".join(claim.retracts))),
        ("Quote", _e(claim.quote or "")),
        ("URL", _link(claim.url)),
        ("Language", _e(claim.language or "")),
        ("Id", f"<code>{_e(claim.id)}</code>"),
    ]
    rows = "".join(f"<tr><th{_NOWRAP}>{name}</th><td{_TEXT}>{value}</td></tr>" for name, value in fields if value)
    return f"{_TABLE}<tbody>{rows}</tbody></table>"


def _claim_row(claim: Claim) -> list[str]:
    links = [f"supersedes {i}" for i in claim.supersedes] + [f"retracts {i}" for i in claim.retracts]
    return [
        _e(claim.count),
        _e("retraction" if claim.figure is None else claim.figure),
        _e(claim.source.name),
        _e(claim.via or ""),
        _e(format_time(claim)),
        _e(claim.status.value),
        _e(_short(claim.quote or "")),
        f"<code{_MUTED}>{_e(claim.id)}</code>" + (f"<br><span{_MUTED}>{_e('; '.join(links))}</span>" if links else ""),
    ]


_CLAIM_HEADERS = ("Count", "Figure", "Source", "Via", "Said", "Status", "Quote", "Id")


def claims_html(claims: CasualtyLog | Claim | Iterable[Claim]) -> str:
    """Claims as a table, one row each, in the order given (a log: the order added).

    >>> from casualtylog.worked_example import kyiv_claims
    >>> claims_html(kyiv_claims()).count("<tr>")
    14
    """
    return _table(_CLAIM_HEADERS, (_claim_row(c) for c in as_claims(claims)), nowrap=(0, 1, 4))


def claims_text(claims: CasualtyLog | Claim | Iterable[Claim]) -> str:
    """Claims as an aligned text table.

    >>> from casualtylog.worked_example import kyiv_claims
    >>> print(claims_text(kyiv_claims()[:2]))
    count                      figure  source                 via                      said
    -------------------------  ------  ---------------------  -----------------------  ----------------------
    kyiv-2025-04-24 / killed   10      Ukrainian authorities  news article (May 2025)  2025-04-24 09:00+03:00
    kyiv-2025-04-24 / injured  90      Ukrainian authorities  news article (May 2025)  2025-04-24 09:00+03:00
    """
    rows = [
        [
            str(c.count),
            "retraction" if c.figure is None else str(c.figure),
            c.source.name,
            c.via or "",
            format_time(c),
        ]
        for c in as_claims(claims)
    ]
    return _text_table(("count", "figure", "source", "via", "said"), rows)


# -- resolutions ----------------------------------------------------------------------------


def _resolution_row(res: Resolution) -> list[str]:
    notes = "<br>".join(f"<span{_WARN if warn else ''}>{_e(text)}</span>" for text, warn in _notes(res))
    return [
        _e(res.count),
        f"<b>{_e(res.figure_text)}</b>",
        _e(_num(res.best)),
        _e(_range(res.low, res.high)),
        _e(_who(res.best_claim)),
        _e(format_time(res.best_claim) if res.best_claim else ""),
        _e(res.sources),
        notes,
    ]


_RES_HEADERS = ("Count", "Figure", "Best", "Low–high", "Set by", "Said", "Sources", "What changed")


def resolution_html(resolution: Resolution) -> str:
    """One resolution: its row of numbers and provenance, and the full explanation folded below.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> out = resolution_html(CasualtyLog(kyiv_claims()).resolve(EVENT, "killed"))
    >>> "<b>12</b>" in out and "raised 10 → 12" in out and "<details>" in out
    True
    """
    caption = f'<caption style="text-align:left">{_e(resolution.count)} <span{_MUTED}>(policy: {_e(resolution.policy)})</span></caption>'
    table = _table(_RES_HEADERS, [_resolution_row(resolution)], numeric=(2, 3, 6), nowrap=(0, 1, 5)).replace(
        _TABLE, _TABLE + caption, 1
    )
    why = f'<details><summary>Why?</summary><pre style="white-space:pre-wrap">{_e_multiline(resolution.explain())}</pre></details>'
    return f"<div>{table}{why}</div>"


def _e_multiline(text: str) -> str:
    return "\n".join(_e(line) for line in text.splitlines())


def resolutions_html(resolutions: CasualtyLog | Resolution | Iterable[Resolution]) -> str:
    """Resolutions as a table, one row per count: figure, best, low–high, who set it, when, what changed.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims
    >>> resolutions_html(CasualtyLog(kyiv_claims())).count("<tr>")
    8
    """
    return _table(
        _RES_HEADERS, (_resolution_row(r) for r in as_resolutions(resolutions)), numeric=(2, 3, 6), nowrap=(0, 1, 5)
    )


def _res_text_row(res: Resolution) -> list[str]:
    return [
        str(res.count),
        res.figure_text,
        _range(res.low, res.high),
        _who(res.best_claim),
        format_time(res.best_claim) if res.best_claim else "",
        "; ".join(text for text, _ in _notes(res)),
    ]


def resolution_text(resolution: Resolution) -> str:
    """One resolution in one line: count, figure, low–high, who set it, when, what changed.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> print(resolution_text(CasualtyLog(kyiv_claims()).resolve(EVENT, "killed")))
    kyiv-2025-04-24 / killed: 12 [12] set by Kyiv City Military Administration via Telegram, 2025-04-24 14:00+03:00; raised 10 → 12 by Kyiv City Military Administration
    """
    count, figure, span, who, when, notes = _res_text_row(resolution)
    out = f"{count}: {figure} [{span}]"
    if who:
        out += f" set by {who}, {when}"
    return out + (f"; {notes}" if notes else "")


def resolutions_text(resolutions: CasualtyLog | Resolution | Iterable[Resolution]) -> str:
    """Resolutions as an aligned text table.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims
    >>> print(resolutions_text(CasualtyLog(kyiv_claims())).splitlines()[6])
    kyiv-2025-04-24 / killed                  12           12        Kyiv City Military Administration via Telegram  2025-04-24 14:00+03:00  raised 10 → 12 by Kyiv City Military Administration
    """
    rows = [_res_text_row(r) for r in as_resolutions(resolutions)]
    return _text_table(("count", "figure", "low–high", "set by", "said", "what changed"), rows)


# -- histories ------------------------------------------------------------------------------


def _change(step: HistoryStep) -> str:
    if step.previous is None:
        return "first figure"
    before = _range(step.previous[1], step.previous[2])
    best_before = _num(step.previous[0])
    if step.best is None:
        return f"{best_before} → none"
    if step.previous[0] is None:
        return f"none → {step.best}"
    delta = step.best - step.previous[0]
    if delta:
        return f"{best_before} → {step.best} ({delta:+d})"
    return f"range {before} → {_range(step.low, step.high)}"


def history_html(history: History) -> str:
    """A history as a table: when, the figure from then on, low–high, the change, who, why.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> out = history_html(CasualtyLog(kyiv_claims()).history(EVENT, "killed"))
    >>> out.count("<tr>"), "10 → 12 (+2)" in out
    (3, True)
    """
    rows = [
        [
            _e(time_text(*step_said(step))),
            f"<b>{_e(step.resolution.figure_text)}</b>",
            _e(_range(step.low, step.high)),
            _e(_change(step)),
            _e("; ".join(dict.fromkeys(_who(c) for c in step.claims))),
            _e(step.reason),
        ]
        for step in history
    ]
    caption = (
        f'<caption style="text-align:left">History of {_e(history.count)} '
        f"<span{_MUTED}>(policy: {_e(history.policy)}, clock: {_e(history.clock)})</span></caption>"
    )
    table = _table(("When", "Figure", "Low–high", "Change", "Who", "Why"), rows, numeric=(2,), nowrap=(0, 1, 3))
    return table.replace(_TABLE, _TABLE + caption, 1)


def history_text(history: History) -> str:
    """A history as an aligned text table.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> print(history_text(CasualtyLog(kyiv_claims()).history(EVENT, "killed")))
    History of kyiv-2025-04-24 / killed (policy: range, clock: reported)
    when                    figure  low–high  change        why
    ----------------------  ------  --------  ------------  -------------------------------------------------------------------------------------------
    2025-04-24 09:00+03:00  10      10        first figure  Ukrainian authorities reported 10
    2025-04-24 14:00+03:00  12      12        10 → 12 (+2)  Kyiv City Military Administration raised 10 → 12 (supersedes 10 from Ukrainian authorities)
    """
    rows = [
        [time_text(*step_said(s)), s.resolution.figure_text, _range(s.low, s.high), _change(s), s.reason]
        for s in history
    ]
    head = f"History of {_clean(history.count)} (policy: {history.policy}, clock: {history.clock})"
    return head + "\n" + _text_table(("when", "figure", "low–high", "change", "why"), rows)


# -- logs ----------------------------------------------------------------------------------------


def log_html(log: CasualtyLog) -> str:
    """A log at a glance: a summary line, the current resolutions, and the claims folded below.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims
    >>> out = log_html(CasualtyLog(kyiv_claims()))
    >>> "13 claims about 7 counts" in out, out.count("<table")
    (True, 2)
    """
    n_counts = len(log.counts())
    head = f"<p><b>CasualtyLog</b>: {len(log)} claim{'s' if len(log) != 1 else ''} about {n_counts} count{'s' if n_counts != 1 else ''}</p>"
    if not len(log):
        return f"<div>{head}</div>"
    claims = f"<details><summary>Claims ({len(log)})</summary>{claims_html(log)}</details>"
    return f"<div>{head}{resolutions_html(log)}{claims}</div>"


def log_text(log: CasualtyLog) -> str:
    """A log as text: a summary line and the current resolutions.

    >>> from casualtylog import CasualtyLog
    >>> print(log_text(CasualtyLog()))
    CasualtyLog: 0 claims about 0 counts
    """
    n_counts = len(log.counts())
    head = f"CasualtyLog: {len(log)} claim{'s' if len(log) != 1 else ''} about {n_counts} count{'s' if n_counts != 1 else ''}"
    return head if not len(log) else head + "\n" + resolutions_text(log)
