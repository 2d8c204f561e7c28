"""One report as the extractor read it: its claims, the figures it left unread, and the text marked with both.

In a notebook a :class:`ReportReading` shows the report itself, each figure read as
a claim marked in green (its metric, figure and source on hover) and each figure
left unread in amber, so that an analyst sees at a glance what to check by eye:

>>> from casualtylog.text import read_report
>>> r = read_report("Medics treated 23 people and took 7 to hospital.", source="s",
...                 reported_at="2025-04-24", language="en")
>>> [str(c.figure) for c in r.claims], [u.surface for u in r.unread]
(['23'], ['7'])
>>> print(r)
read 1 claim, left 1 figure unread
  read   '23' -> injured 23 (s)
  unread '7' near a word for injured, in: Medics treated 23 people and took 7 to hospital.

Everything from the report is untrusted text: the HTML escapes it, and no
address in it becomes a link.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from pydantic import BaseModel, ConfigDict

from casualtylog.claims import Claim, Source
from casualtylog.display._cells import _clean, inert
from casualtylog.text.detect import reading_language
from casualtylog.text.extract import DEFAULT_EVENT, Extraction, extract, quote_around
from casualtylog.text.lang import LanguageData
from casualtylog.text.unread import UnreadFigure, unread_figures
from casualtylog.times import TimeInput

__all__ = ["ReportReading", "read_report"]

_READ = "background:#c9efc9"
_UNREAD = "background:#ffe2a8"
#: The most of an unread figure's sentence a line of ``str()`` quotes: one long sentence with many figures
#: would otherwise be printed whole once per figure.
_LINE = 160


class ReportReading(BaseModel):
    """A report, the claims read from it and the figures left unread.

    Attributes:
        text: the report.
        extractions: what :func:`~casualtylog.text.extract` read, in text order.
        unread: what :func:`~casualtylog.text.unread_figures` lists, in text order.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    extractions: tuple[Extraction, ...]
    unread: tuple[UnreadFigure, ...]

    @property
    def claims(self) -> list[Claim]:
        """The claims, ready for :meth:`CasualtyLog.extend <casualtylog.CasualtyLog.extend>`."""
        return [x.claim for x in self.extractions]

    def __str__(self) -> str:
        n, m = len(self.extractions), len(self.unread)
        lines = [f"read {n} claim{'s' * (n != 1)}, left {m} figure{'s' * (m != 1)} unread"]
        for x in self.extractions:
            c = x.claim
            group = f"/{c.group}" if c.group else ""
            lines.append(f"  read   {_clean(repr(x.surface))} -> {c.metric}{group} {c.figure} ({_clean(c.source.name)})")
        for u in self.unread:
            near = f"near a word for {u.metric}" if u.metric else "no casualty word near"
            at = u.span[0] - u.sentence_span[0], u.span[1] - u.sentence_span[0]
            lines.append(f"  unread {_clean(repr(u.surface))} {near}, in: {_clean(quote_around(u.sentence, *at, _LINE))}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        marks: dict[tuple[int, int], list[str]] = {}
        colour: dict[tuple[int, int], str] = {}
        for x in self.extractions:
            c = x.claim
            marks.setdefault(x.span, []).append(
                f"{c.metric}{' / ' + c.group if c.group else ''}: {c.figure}, {c.status.value}, {c.source.name}"
            )
            colour[x.span] = _READ
        for u in self.unread:
            marks.setdefault(u.span, []).append(
                f"not read{': near a word for ' + u.metric if u.metric else ''}; check by eye"
            )
            colour.setdefault(u.span, _UNREAD)
        # Spans that overlap are marked as one, the first in text order; its title lists them all.
        merged: list[tuple[tuple[int, int], list[str]]] = []
        for span in sorted(marks):
            if merged and span[0] < merged[-1][0][1]:
                merged[-1][1].extend(marks[span])
                continue
            merged.append((span, list(marks[span])))
        parts, cursor = [], 0
        for span, notes in merged:
            parts.append(_text_html(self.text[cursor : span[0]]))
            title = inert(" | ".join(notes))
            parts.append(
                f'<mark style="{colour[span]}" title="{title}">{_text_html(self.text[span[0] : span[1]])}</mark>'
            )
            cursor = span[1]
        parts.append(_text_html(self.text[cursor:]))
        n, m = len(self.extractions), len(self.unread)
        legend = (
            f'<div style="color:#555;font-size:smaller">{n} claim{"s" * (n != 1)} read '
            f'(<mark style="{_READ}">green</mark>), {m} figure{"s" * (m != 1)} left unread '
            f'(<mark style="{_UNREAD}">amber</mark>): hover for details</div>'
        )
        return f'<div style="line-height:1.6">{"".join(parts)}</div>{legend}'


def _text_html(text: str) -> str:
    """Report text for HTML: escaped, inert, its line breaks kept."""
    # A mark may stand between an address's scheme and its "://" ("a<mark>12</mark>://…"): no "://" is left whole.
    return "<br>".join(inert(line).replace("://", "&#58;//") for line in text.split("\n"))


def read_report(
    text: str,
    *,
    source: str | Source | Mapping[str, Any],
    reported_at: TimeInput,
    event: str = DEFAULT_EVENT,
    via: str | None = None,
    language: str | LanguageData | None = None,
    tz: str | tzinfo | None = None,
    url: str | None = None,
    every: bool = False,
) -> ReportReading:
    """Read ``text`` with :func:`~casualtylog.text.extract` and list what it left unread.

    The keywords are :func:`~casualtylog.text.extract`'s; ``every`` is
    :func:`~casualtylog.text.unread_figures`'s. The language is detected once.

    Raises:
        TimeError: ``reported_at`` cannot be read or has no timezone.
        VocabularyError: ``language`` is not supported.
    """
    language = reading_language(text, language)
    found = extract(
        text, source=source, reported_at=reported_at, event=event, via=via, language=language, tz=tz, url=url
    )
    return ReportReading(
        text=text,
        extractions=tuple(found),
        unread=tuple(unread_figures(text, language=language, every=every, reported_at=reported_at, tz=tz)),
    )
