"""The cells and tables of :mod:`casualtylog.display.html`: untrusted text made safe, short and tabular.

Everything that came from a source is escaped here (:func:`_e`, with
``quote=True``) or made inert (:func:`inert`: no live ``scheme://``); text for a
terminal loses its control characters (:func:`_clean`); links are made only for
``http``/``https`` URLs (:func:`_link`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime

from casualtylog.claims import Claim
from casualtylog.display.when import time_text
from casualtylog.resolve.model import Resolution, RevisionKind
from casualtylog.times import Precision

__all__ = ["QUOTE_CHARS", "inert"]

#: Longest quote shown in a table cell; the full quote is in :func:`claim_html`.
QUOTE_CHARS = 100

_TABLE = '<table class="casualtylog" style="border-collapse:collapse;margin:0.4em 0">'
# Inline styles, not a stylesheet: Jupyter right-aligns every cell with its own
# rules, some viewers drop <style> blocks, and a table must read the same
# everywhere: padded cells ("90" and "90" never run together), text left,
# numbers right in tabular figures.
_PAD = "padding:0.25em 0.75em;vertical-align:top;"
_TEXT = f' style="{_PAD}text-align:left"'
_NUM = f' style="{_PAD}text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap"'
_NOWRAP = f' style="{_PAD}text-align:left;white-space:nowrap"'
_HEAD = "border-bottom:1px solid #999;"
_MUTED = ' style="color:#777;font-size:smaller"'
_WARN = ' style="color:#b00020"'


def _clean(value: object) -> str:
    """Text safe for a terminal: control characters (ANSI escapes, newlines) become spaces."""
    text = str(value)
    return "".join(" " if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} else ch for ch in text)


def _e(value: object) -> str:
    """Escape untrusted text for HTML, attributes included."""
    return html.escape(_clean(value), quote=True)


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?=//)")


def inert(value: object) -> str:
    """:func:`_e`, and no ``scheme://`` left for a tool to fetch or turn into a link.

    The colon is written as a character reference: a reader sees the address
    as it was given, and can copy it.

    >>> inert('see https://example.org/"x"')
    'see https&#58;//example.org/&quot;x&quot;'
    """
    return _SCHEME.sub(r"\1&#58;", _e(value))


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(_clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _when(moment: datetime | None) -> str:
    return time_text(moment, Precision.MINUTE)


def _range(low: int | None, high: int | None) -> str:
    if low is None:
        return "–"
    if high is None:
        return f"≥ {low}"
    return str(low) if low == high else f"{low}–{high}"


def _num(value: int | None) -> str:
    return "–" if value is None else str(value)


def _who(claim: Claim | None) -> str:
    if claim is None:
        return ""
    return claim.source.name + (f" via {claim.via}" if claim.via else "")


def _link(url: str | None) -> str:
    if not url:
        return ""
    if re.match(r"^https?://", url.strip(), flags=re.IGNORECASE):
        return f'<a href="{_e(url.strip())}" rel="noopener noreferrer nofollow">{_e(url)}</a>'
    return _e(url)


def _notes(res: Resolution) -> list[tuple[str, bool]]:
    """What changed or needs a look: (text, is_warning) pairs, most recent revision first."""
    notes: list[tuple[str, bool]] = []
    for rev in reversed(res.revisions):
        if rev.kind is not RevisionKind.CONFIRMED:
            notes.append((f"{rev.kind.value} {rev.old_figure} → {rev.new_figure} by {rev.new.source.name}", False))
            break
    lowered = [r for r in res.revisions if r.kind is RevisionKind.LOWERED]
    if lowered:
        notes.append((f"{len(lowered)} correction{'s' if len(lowered) > 1 else ''} (lowered)", True))
    if res.retracted:
        notes.append((f"{len(res.retracted)} retracted", True))
    if res.conflicts:
        notes.append((f"{len(res.conflicts)} conflict{'s' if len(res.conflicts) > 1 else ''}", True))
    if res.anomalies:
        notes.append((f"{len(res.anomalies)} anomal{'ies' if len(res.anomalies) > 1 else 'y'}", True))
    return notes


def _headed(style: str) -> str:
    return style.replace('style="', 'style="' + _HEAD, 1)


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Iterable[int] = (), nowrap: Iterable[int] = (0,)
) -> str:
    """An HTML table; ``rows`` hold cell HTML that is already escaped.

    Columns in ``numeric`` are right-aligned in tabular figures; those in
    ``nowrap`` (count names, by default the first) do not wrap.
    """
    right, whole = set(numeric), set(nowrap)
    styles = [_NUM if i in right else (_NOWRAP if i in whole else _TEXT) for i in range(len(headers))]
    head = "".join(f"<th{_headed(style)}>{_e(h)}</th>" for style, h in zip(styles, headers, strict=True))
    body = "".join(
        "<tr>" + "".join(f"<td{style}>{cell}</td>" for style, cell in zip(styles, row, strict=True)) + "</tr>"
        for row in rows
    )
    return f"{_TABLE}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = [[_clean(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)
