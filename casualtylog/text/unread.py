"""Figures the extractor did not read: a list to review, so that no count in a report is dropped without a word.

:func:`~casualtylog.text.extract` gives a claim only when a known phrasing ties a
number to its metric; on held-out real news it reads about three labelled claims in
four, and most of the rest are figures it read nothing for (docs/text.md,
"Figures left unread"). :func:`unread_figures` lists those figures so that an
analyst can read them by eye instead of never seeing them:

>>> from casualtylog.text import extract, unread_figures
>>> text = "Medics treated 23 people at the scene and took 7 to hospital."
>>> [(str(x.claim.figure), x.claim.metric) for x in extract(text, source="s", reported_at="2025-04-24")]
[('23', 'injured')]
>>> [(u.surface, u.metric) for u in unread_figures(text, language="en")]
[('7', 'injured')]

By default a figure is listed when a casualty word of the language (a predicate,
verb, metric or toll noun) stands within :data:`~casualtylog.text._liberal.REACH`
words of it, and its ``metric`` is that word's, a hint and not a claim.
``every=True`` lists every figure no rule read, casualty word or not (years, dates,
times, ages, money, distances and ordinals are never figures): more to read, fewer
counts missed. The learned layer's ``learned="liberal"`` mode is the same list
judged by a model instead of a person.
"""

from __future__ import annotations

from datetime import tzinfo

from pydantic import BaseModel, ConfigDict

from casualtylog.figures import Figure
from casualtylog.text._documents import DocumentState
from casualtylog.text._frames import bind
from casualtylog.text._mentions import mentions
from casualtylog.text.detect import reading_language
from casualtylog.text.extract import _LETTER, _document_date, _read_windows
from casualtylog.text.lang import LanguageData, get_language
from casualtylog.times import TimeInput, parse_time

__all__ = ["UnreadFigure", "unread_figures"]


class UnreadFigure(BaseModel):
    """A figure in the text that no rule tied to a metric.

    Attributes:
        sentence: the sentence it stands in.
        sentence_span: ``(start, end)`` of the sentence in the text.
        span: ``(start, end)`` of the figure's words, qualifier included.
        surface: the text at ``span``.
        figure: the figure as read.
        metric: the metric of the casualty word the extractor found near it (a hint
            for the reader), or ``None`` when it found none (only with
            ``every=True``; a figure next to a casualty word that a frame already
            used for another figure gets ``None`` too).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sentence: str
    sentence_span: tuple[int, int]
    span: tuple[int, int]
    surface: str
    figure: Figure
    metric: str | None


def unread_figures(
    text: str,
    *,
    language: str | LanguageData | None = None,
    every: bool = False,
    reported_at: TimeInput | None = None,
    tz: str | tzinfo | None = None,
) -> list[UnreadFigure]:
    """The figures of ``text`` that :func:`~casualtylog.text.extract` reads no claim from, in text order.

    Args:
        text: the report, as given to ``extract``.
        language: as for ``extract`` (``None`` detects it).
        every: list every figure no rule read, not only those near a casualty word
            (a line of figures with no letter, "5, 6, 7", names nothing and is skipped
            as ``extract`` skips it).
        reported_at: as for ``extract``, when known (and ``tz`` with it): a figure
            ``extract`` leaves out as dated to an earlier year ("In 2008, a quake
            killed 70,000") is then listed with ``every=True``, as ``extract`` read
            no claim from it. Without it no figure is judged by its year.
        tz: the timezone for a naive ``reported_at``.

    Raises:
        TimeError: ``reported_at`` cannot be read or has no timezone.
        VocabularyError: ``language`` is not supported.

    >>> [u.surface for u in unread_figures("Five people died. The 3 buses were empty.", language="en", every=True)]
    ['3']
    """
    language = reading_language(text, language)
    lang = get_language(language)
    dated = parse_time(reported_at, field="reported_at", tz=tz) if reported_at is not None else None
    document = DocumentState()
    last_date: str | None = None
    out: list[UnreadFigure] = []
    sentence, sentence_at = "", (-1, -1)
    for start, end, w_start, w_end, _, framed, labelled in _read_windows(text, lang, document):
        if labelled is not None:
            if dated is not None and document.date != last_date:
                # a "Date:" line dates what follows for extract(), so for this list too
                dated, last_date = _document_date(document, *dated, tz), document.date
            continue  # a "Killed: 10" line or a table row: read by its label
        if not _LETTER.search(text, w_start, w_end):
            continue  # digits alone name no metric: extract() reads nothing there, and nor is anything near
        found = bind(framed, lang, dated[0].year if dated is not None else None, liberal=True)
        hints = {b.mention.start: b.metric for b in found if b.frame == "liberal"}
        if every:
            read = {b.mention.start for b in found if b.frame != "liberal"}
            starts = [
                (m.start, m.end, m.figure)
                for m in mentions(framed, lang)
                if m.start not in read and m.kind in {"number", "vague"} and not m.article
            ]
        else:
            starts = [(b.mention.start, b.mention.end, b.mention.figure) for b in found if b.frame == "liberal"]
        if starts and sentence_at != (start, end):  # one copy per sentence, however many figures it holds
            sentence, sentence_at = text[start:end], (start, end)
        for first, stop, figure in starts:
            span = (framed[first].start, framed[stop - 1].end)
            out.append(
                UnreadFigure(
                    sentence=sentence,
                    sentence_span=sentence_at,
                    span=span,
                    surface=text[span[0] : span[1]],
                    figure=figure,
                    metric=hints.get(first),
                )
            )
    return out
