"""Claims from text: each figure in a report, with the words it came from.

>>> from casualtylog.text import extract
>>> found = extract("At least 12 people were killed and 90 injured, said Tkachenko on Telegram.",
...                 source="Example News", reported_at="2025-04-24T15:00+03:00")
>>> [(x.claim.metric, str(x.claim.figure), x.surface, x.span) for x in found]
[('killed', 'at least 12', 'At least 12', (0, 11)), ('injured', '90', '90', (35, 37))]
>>> found[0].claim.source.name, found[0].claim.via, found[0].phrasing.value
('Tkachenko', 'Telegram', 'bounded')
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from casualtylog.claims import Claim, Source
from casualtylog.errors import CasualtyLogError
from casualtylog.figures import Figure, Qualifier
from casualtylog.text._attribution import attribute
from casualtylog.text._calibration import calibrated
from casualtylog.text._claim_maker import ClaimMaker
from casualtylog.text._documents import DocumentState, label_bindings
from casualtylog.text._frames import Binding, bind
from casualtylog.text._free_figures import FREE_FRAME
from casualtylog.text._learned import check_mode, judge
from casualtylog.text._learned_weights import FILTER, LIBERAL
from casualtylog.text._liberal import cue_metrics
from casualtylog.text._reader import read_free, shipped_model
from casualtylog.text._sentences import split_sentences, windows
from casualtylog.text._tokens import Token, tokenize
from casualtylog.text.detect import reading_language
from casualtylog.text.lang import LanguageData, get_language
from casualtylog.times import Precision, TimeInput, parse_time

__all__ = ["DEFAULT_EVENT", "MAX_QUOTE", "Extraction", "Phrasing", "extract", "quote_around"]

#: The event extracted claims belong to when the caller names none.
DEFAULT_EVENT = "unspecified"

#: The longest quote kept on a claim; a longer sentence is cut around the figure.
MAX_QUOTE = 2000


class Phrasing(StrEnum):
    """How the text phrased a figure (the categories of the evaluation corpus)."""

    EXACT = "exact"
    BOUNDED = "bounded"
    RANGE = "range"
    APPROXIMATE = "approximate"
    VAGUE = "vague"
    INCREMENT = "increment"
    CUMULATIVE = "cumulative"
    GROUP = "group"
    LINKED = "linked"
    ZERO = "zero"
    PROJECTED = "projected"


_SHAPE_PHRASING = {
    Qualifier.EXACT: Phrasing.EXACT,
    Qualifier.AT_LEAST: Phrasing.BOUNDED,
    Qualifier.MORE_THAN: Phrasing.BOUNDED,
    Qualifier.AT_MOST: Phrasing.BOUNDED,
    Qualifier.FEWER_THAN: Phrasing.BOUNDED,
    Qualifier.RANGE: Phrasing.RANGE,
    Qualifier.ABOUT: Phrasing.APPROXIMATE,
    Qualifier.VAGUE: Phrasing.VAGUE,
    Qualifier.INCREMENT: Phrasing.INCREMENT,
}


class Extraction(BaseModel):
    """One claim read from text, with its evidence.

    Equality compares every field.

    Attributes:
        claim: the claim draft (validated; ``quote`` is the sentence).
        sentence: the sentence it was read from.
        sentence_span: ``(start, end)`` of the sentence in the text.
        span: ``(start, end)`` of the figure's words in the text, qualifier
            included ("at least 12", "two more", "dozens", "no").
        surface: the text at ``span``.
        phrasing: how the figure was phrased.
        confidence: how sure the extractor is, from 0 to 1.
        frame: the rule that tied the number to its metric (for review).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim: Claim
    sentence: str
    sentence_span: tuple[int, int]
    span: tuple[int, int]
    surface: str
    phrasing: Phrasing
    confidence: float = Field(ge=0, le=1)
    frame: str

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict: the claim's record plus the evidence.

        >>> x = extract("Five people died.", source="s", reported_at="2025-04-24")[0]
        >>> rec = x.to_record()
        >>> rec["claim"]["figure"], rec["span"], rec["surface"], rec["phrasing"]
        ('5', [0, 4], 'Five', 'exact')
        """
        return {
            "claim": self.claim.to_record(),
            "sentence": self.sentence,
            "sentence_span": list(self.sentence_span),
            "span": list(self.span),
            "surface": self.surface,
            "phrasing": self.phrasing.value,
            "confidence": round(self.confidence, 3),
            "frame": self.frame,
        }


#: Quotation marks are transparent to the frames: a figure quoted on its own
#: ('a fait "au moins 25" morts', 'zo’n "richting de vierhonderd" mensen') keeps its noun and verb.
_WORD_OR_DIGIT = re.compile(r"\w")
# A letter: digits alone ("5, 6, 7, …", "| 10 | 12 |") name no metric, so no frame can bind them (a table row
# still can, by its header: label_bindings)
_LETTER = re.compile(r"[^\W\d_]")
_QUOTES = frozenset('"“”„«»‹›')


def _phrasing(binding: Binding, figure: Figure, status: str) -> Phrasing:
    if binding.mention.kind == "zero":
        return Phrasing.ZERO
    if status == "projected":
        return Phrasing.PROJECTED
    if figure.is_increment:
        return Phrasing.INCREMENT
    if binding.role == "linked":
        return Phrasing.LINKED
    if binding.role == "group":
        return Phrasing.GROUP
    if binding.update:
        return Phrasing.CUMULATIVE
    return _SHAPE_PHRASING[figure.qualifier]


def _source(value: str | Source | Mapping[str, Any]) -> Source:
    if isinstance(value, Source):
        return value
    if isinstance(value, str):
        return Source(name=value)
    return Source.model_validate(dict(value))


def quote_around(sentence: str, start: int, end: int, limit: int = MAX_QUOTE) -> str:
    """``sentence``, or when it is longer than ``limit`` characters, the part around ``[start, end)``.

    A cut end is marked with "…"; the result is at most ``limit`` characters
    and holds the figure's words whole.

    >>> quote_around("Five people died.", 0, 4)
    'Five people died.'
    >>> quote_around("x" * 10 + " 12 killed " + "y" * 10, 11, 13, limit=12)
    '…xxx 12 kil…'
    """
    if len(sentence) <= limit:
        return sentence
    room = max(limit - 2, end - start)  # two characters for the ellipses
    left = max(0, min(start - (room - (end - start)) // 2, len(sentence) - room))
    right = min(len(sentence), left + room)
    return ("…" if left > 0 else "") + sentence[left:right] + ("…" if right < len(sentence) else "")


def _document_defaults(
    document: DocumentState, publisher: Source, when: datetime, precision: Precision, tz: str | tzinfo | None
) -> tuple[Source, datetime, Precision, tuple[str | None, str | None]]:
    """The defaults after a document's "Source: …" or "Date: …" line (a date that cannot be read is ignored)."""
    if document.source:
        publisher = Source(name=document.source)
    when, precision = _document_date(document, when, precision, tz)
    return publisher, when, precision, (document.source, document.date)


def _document_date(
    document: DocumentState, when: datetime, precision: Precision, tz: str | tzinfo | None
) -> tuple[datetime, Precision]:
    """The report date after a document's "Date: …" line (one that cannot be read is ignored)."""
    if document.date:
        # A "Date:" line in words the time parser does not read keeps the caller's date.
        with contextlib.suppress(CasualtyLogError):
            when, precision = parse_time(document.date, field="date", tz=tz or when.tzinfo)
    return when, precision


def _same_speaker(named: str | None, speakers: dict[str, str]) -> str | None:
    """One source for one speaker named twice: "Tkachenko" after "Tymur Tkachenko" is "Tymur Tkachenko".

    ``speakers`` maps the last word of each full name seen so far to the name.
    """
    if not named:
        return named
    words = named.split()
    if len(words) == 1:
        return speakers.get(words[0].casefold(), named)
    if words[-1][:1].isupper() or words[-1].partition("-")[2][:1].isupper():  # "Tkachenko", "al-Qidra"
        speakers.setdefault(words[-1].casefold(), named)
    return named


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    """Each sentence of ``text`` with each of its bounded windows: (start, end, window start, window end).

    The frames see one window at a time (see :data:`~casualtylog.text._sentences.MAX_WINDOW`),
    so no input costs more than linear time; a claim still quotes its sentence.
    """
    return [(start, end, *w) for start, end in split_sentences(text) for w in windows(text, start, end)]


class _Window(NamedTuple):
    """One window as the frames see it (:func:`_read_windows`)."""

    start: int  # the sentence's span
    end: int
    w_start: int  # the window's span
    w_end: int
    tokens: list[Token]
    framed: list[Token]  # what the frames bind: the tokens, quotation marks left out outside a label line
    labelled: list[Binding] | None  # a label line's or table row's bindings, or None for a sentence


def _read_windows(text: str, lang: LanguageData, document: DocumentState) -> Iterator[_Window]:
    """The windows :func:`extract` reads, in text order, each tokenized, ``document`` kept up to date.

    Shared with :func:`~casualtylog.text.unread_figures`, so that both walk the
    same windows and the same label lines: a table's header is forgotten at the
    same line for both.
    """
    for start, end, w_start, w_end in _spans(text):
        if not _WORD_OR_DIGIT.search(text, w_start, w_end):
            continue  # only punctuation and spaces ("....."): nothing to count or name
        tokens = tokenize(text[w_start:w_end], lang, offset=w_start)
        labelled = label_bindings(tokens, lang, document)
        framed = tokens if labelled is not None else [t for t in tokens if t.text not in _QUOTES]
        yield _Window(start, end, w_start, w_end, tokens, framed, labelled)


def extract(
    text: str,
    *,
    source: str | Source | Mapping[str, Any],
    reported_at: TimeInput,
    event: str = DEFAULT_EVENT,
    via: str | None = None,
    language: str | LanguageData | None = None,
    tz: str | tzinfo | None = None,
    url: str | None = None,
    learned: str = "off",
) -> list[Extraction]:
    """Read the casualty figures in ``text`` as claim drafts, each with its evidence.

    >>> [str(x.claim.figure) for x in extract("Er vielen minstens 1.200 gewonden.", source="NOS", reported_at="2025-04-24")]
    ['at least 1200']

    Only numbers tied to a metric by a known phrasing become claims; years,
    dates, times, ages, distances, percentages, money, ordinals and phone
    numbers never do, and a number the extractor is unsure of is left out.

    Where a sentence names who said it ("said Tkachenko on Telegram",
    "volgens de luchtmacht"), that is the claim's source and the channel its
    ``via`` (else ``via`` falls back to ``via`` or the caller's source name,
    the outlet that relayed it); otherwise the claim's source is ``source``
    and its ``via`` is ``via``. A running total ("rose to 12", "now 12") or an
    increment ("two more") supersedes the latest earlier claim in the text
    about the same count. The text is taken to be about one ``event``.

    Args:
        text: the report.
        source: who published it (a name, a :class:`Source` or its fields).
        reported_at: when it was published; loose times as in
            :func:`casualtylog.parse_time`.
        event: the event every claim is about.
        via: the channel the report came through, if any.
        language: "de", "en", "es", "fr", "nl", or ``None`` to detect it
            (with an :class:`~casualtylog.text.detect.UnsupportedLanguageWarning`
            when the text looks like none of them).
        tz: the timezone for a naive ``reported_at``.
        url: the report's address, kept on every claim.
        learned: the learned layer over the frames (:mod:`casualtylog.text._learned`):
            "off" (the frames alone), "filter" (drop the frames' claims a model
            trained on the dev split scores low) or "liberal" (the filter, and
            figures near a casualty word that no frame bound, when the model
            scores them high). docs/text.md has its cross-validated scores.
            "reader": the frames, and every figure no frame bound that the
            learned reader (:mod:`casualtylog.text._reader`) reads as a metric.

    Returns:
        The extractions in text order. A claim's ``quote`` is its sentence,
        cut to :data:`MAX_QUOTE` characters around the figure when longer.

    Raises:
        TimeError: ``reported_at`` cannot be read or has no timezone.
        VocabularyError: ``language`` is not supported, or ``learned`` is not one of its modes.
    """
    check_mode(learned)
    language = reading_language(text, language)
    lang = get_language(language)
    when, precision = parse_time(reported_at, field="reported_at", tz=tz)
    publisher = _source(source)
    out: list[Extraction] = []
    maker = ClaimMaker(event=event, url=url, language=lang.code)  # validates each distinct claim template once
    earlier: dict[tuple[str, str | None], Claim] = {}
    speakers: dict[str, str] = {}
    document = DocumentState()
    defaults: tuple[str | None, str | None] = (None, None)
    sentence, sentence_at = "", (-1, -1)
    for start, end, w_start, w_end, tokens, framed, labelled in _read_windows(text, lang, document):
        if sentence_at != (start, end):  # one copy per sentence, however many windows
            sentence, sentence_at = text[start:end], (start, end)
        named, channel = attribute(tokens, lang, text)
        named = _same_speaker(named, speakers)
        if labelled is not None and (document.source, document.date) != defaults:
            publisher, when, precision, defaults = _document_defaults(document, publisher, when, precision, tz)
        claim_source = Source(name=named) if named and labelled is None else publisher
        claim_via = (channel or via or publisher.name) if named and labelled is None else (channel or via)
        if labelled is not None:
            found = labelled
        elif not _LETTER.search(text, w_start, w_end):
            found = []
        else:
            # The casualty words once per window: the free figures are found with them and the reader reads them.
            cues = cue_metrics(framed, lang)[0] if learned == "reader" else None
            found = bind(framed, lang, when.year, liberal=learned == "liberal", free=cues)
            if cues is not None:
                found = read_free(found, framed, lang, year=when.year, model=shipped_model(), cues=cues)
            elif learned != "off":
                found = judge(
                    found,
                    framed,
                    lang,
                    year=when.year,
                    filter_model=FILTER,
                    liberal_model=LIBERAL,
                )
        for binding in found:
            m = binding.mention
            figure = m.figure
            if (m.increment or binding.cue == "increment") and figure.qualifier is Qualifier.EXACT:
                if figure.low < 1:
                    continue
                figure = Figure.increment(figure.low)
            span = (framed[m.start].start, framed[m.end - 1].end)
            key = (binding.metric, binding.group)
            base = earlier.get(key)
            supersedes: tuple[str, ...] = ()
            if base is not None and binding.status != "projected" and (figure.is_increment or binding.update):
                supersedes = (base.id,)
            claim = maker.claim(
                metric=binding.metric,
                group=binding.group,
                figure=figure,
                source=claim_source,
                via=claim_via,
                when=when,
                precision=precision,
                status=binding.status,
                supersedes=supersedes,
                quote=quote_around(sentence, span[0] - start, span[1] - start),
            )
            if not figure.is_increment and binding.status != "projected" and binding.frame != FREE_FRAME:
                # The reader's claims only add: no frame claim supersedes one (a reviewer may drop it).
                earlier[key] = claim
            out.append(
                Extraction(
                    claim=claim,
                    sentence=sentence,
                    sentence_span=(start, end),
                    span=span,
                    surface=text[span[0] : span[1]],
                    phrasing=_phrasing(binding, figure, binding.status),
                    confidence=calibrated(binding.frame, binding.confidence),
                    frame=binding.frame,
                )
            )
    return out
