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

from pydantic import BaseModel, ConfigDict

from casualtylog.figures import Figure
from casualtylog.text._documents import DocumentState, label_bindings
from casualtylog.text._frames import bind
from casualtylog.text._mentions import mentions
from casualtylog.text._tokens import Token, tokenize
from casualtylog.text.detect import detect_language, warn_if_unsupported
from casualtylog.text.extract import _LETTER, _QUOTES, _WORD_OR_DIGIT, _spans
from casualtylog.text.lang import LanguageData, get_language

__all__ = ["UnreadFigure", "unread_figures"]


class UnreadFigure(BaseModel):
    """A figure in the text that no rule tied to a metric.

    Attributes:
        sentence: the sentence it stands in.
        sentence_span: ``(start, end)`` of the sentence in the text.
        span: ``(start, end)`` of the figure's words, qualifier included.
        surface: the text at ``span``.
        figure: the figure as read.
        metric: the metric of the nearest casualty word (a hint for the reader), or
            ``None`` when there is none near (only with ``every=True``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sentence: str
    sentence_span: tuple[int, int]
    span: tuple[int, int]
    surface: str
    figure: Figure
    metric: str | None


def unread_figures(
    text: str, *, language: str | LanguageData | None = None, every: bool = False
) -> list[UnreadFigure]:
    """The figures of ``text`` that :func:`~casualtylog.text.extract` reads no claim from, in text order.

    Args:
        text: the report, as given to ``extract``.
        language: as for ``extract`` (``None`` detects it).
        every: list every figure no rule read, not only those near a casualty word.

    Raises:
        VocabularyError: ``language`` is not supported.

    >>> [u.surface for u in unread_figures("Five people died. The 3 buses were empty.", language="en", every=True)]
    ['3']
    """
    if language is None:
        language = detect_language(text)
        warn_if_unsupported(text, language)
    lang = get_language(language)
    document = DocumentState()
    out: list[UnreadFigure] = []
    for start, end, w_start, w_end in _spans(text):
        if not _WORD_OR_DIGIT.search(text, w_start, w_end) or not _LETTER.search(text, w_start, w_end):
            continue
        tokens = tokenize(text[w_start:w_end], lang, offset=w_start)
        if label_bindings(tokens, lang, document) is not None:
            continue  # a "Killed: 10" line or a table row: read by its label
        framed = [t for t in tokens if t.text not in _QUOTES]
        found = bind(framed, lang, liberal=True)
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
        for first, stop, figure in starts:
            out.append(_unread(text, (start, end), framed[first : stop], figure, hints.get(first)))
    return out


def _unread(text: str, sentence: tuple[int, int], words: list[Token], figure: Figure, metric: str | None) -> UnreadFigure:
    span = (words[0].start, words[-1].end)
    return UnreadFigure(
        sentence=text[sentence[0] : sentence[1]],
        sentence_span=sentence,
        span=span,
        surface=text[span[0] : span[1]],
        figure=figure,
        metric=metric,
    )
