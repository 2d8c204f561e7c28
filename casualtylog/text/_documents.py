"""Documents, not only sentences: "Killed: 10" lines, tables in text, "Source:" and "Date:" lines.

A situation report lists figures as label lines ("Killed: 10", "- Injured: at
least 90") or as a table in text ("| City | Killed | Injured |" then
"| Kyiv | 12 | 90 |"). Each such line is read here; every other line goes to
the sentence frames. Lines such as "Source: Kyiv City Military Administration"
and "Date: 24 April 2025" change the defaults of the lines after them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from casualtylog.text._binding import Binding
from casualtylog.text._mentions import Mention, mentions
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["DocumentState", "label_bindings"]

#: Marks that separate a label from its value or one table cell from the next.
_SEPARATORS = frozenset({":", "|", "=", "\t", "–", "—"})
#: Bullet marks a line may start with.
_BULLETS = frozenset({"-", "*", "•", "▪", "·", "–", "—"})


@dataclass
class DocumentState:
    """What the lines read so far set: the table header's metrics, the source and date lines."""

    columns: list[tuple[str, str | None] | None] = field(default_factory=list)
    source: str | None = None
    date: str | None = None


def _cells(tokens: list[Token]) -> list[list[Token]]:
    cells: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.kind is PUNCT and tok.text in _SEPARATORS:
            cells.append([])
        else:
            cells[-1].append(tok)
    while cells and not cells[0]:
        cells.pop(0)  # "| Killed | 10 |" opens with a separator
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _label(cell: list[Token], lang: LanguageData) -> tuple[str, str | None] | None:
    """The metric (and group) a label names: "Killed", "Deaths", "Children injured", "Doden"."""
    metric: str | None = None
    group: str | None = None
    tables = [phrases(lang, "toll_nouns"), phrases(lang, "metric_nouns"), phrases(lang, "predicates")]
    groups = phrases(lang, "group_nouns")
    for i in range(len(cell)):
        for table in tables:
            hit = table.at(cell, i)
            if hit is not None and metric is None:
                metric = str(hit[1])
        hit = groups.at(cell, i)
        if hit is not None and group is None:
            group = str(hit[1])
    if metric is None or len(cell) > 6 or any(t.is_number for t in cell):
        return None
    return metric, group


def _value(cell: list[Token], tokens: list[Token], lang: LanguageData) -> Mention | None:
    """The one figure a value cell holds ("10", "at least 12", "dozens"), with its token indices in ``tokens``."""
    if not cell:
        return None
    offset = next(i for i, t in enumerate(tokens) if t is cell[0])
    found = mentions(cell, lang)
    if len(found) != 1:
        return None
    m = found[0]
    rest = cell[: m.start] + cell[m.end :]
    if any(t.kind is WORD and t.low not in lang.people_nouns and t.low not in lang.metric_nouns for t in rest):
        return None
    m.start += offset
    m.end += offset
    return m


def _bullet_free(tokens: list[Token]) -> list[Token]:
    return tokens[1:] if tokens and tokens[0].kind is PUNCT and tokens[0].text in _BULLETS else tokens


def label_bindings(tokens: list[Token], lang: LanguageData, state: DocumentState) -> list[Binding] | None:
    """The bindings of a label line or table row, or ``None`` when the line is neither (read it as a sentence).

    A header row ("| City | Killed | Injured |") returns no bindings but is
    remembered in ``state`` for the rows after it; a "Source:" or "Date:"
    line sets ``state.source`` or ``state.date``.
    """
    line = _bullet_free(tokens)
    cells = _cells(line)
    if len(cells) < 2:
        state.columns = []
        return None
    first = " ".join(t.low for t in cells[0])
    if len(cells) == 2 and first in lang.source_labels and cells[1]:
        state.source = " ".join(t.text for t in cells[1])
        return []
    if len(cells) == 2 and first in lang.date_labels and cells[1]:
        state.date = " ".join(t.text for t in cells[1])
        return []
    labels = [_label(cell, lang) for cell in cells]
    if len(cells) >= 2 and any(labels) and not any(t.is_number for t in line):
        state.columns = labels  # a table's header row
        return []
    out: list[Binding] = []
    if state.columns and len(cells) == len(state.columns):
        for cell, column in zip(cells, state.columns, strict=True):
            m = _value(cell, tokens, lang) if column else None
            if column and m is not None:
                out.append(Binding(m, column[0], column[1], "table", chunk_end=m.end, confidence=0.9))
        return out or None
    state.columns = []
    for label, value in itertools.pairwise(cells):
        named = _label(label, lang)
        m = _value(value, tokens, lang) if named else None
        if named and m is not None:
            out.append(Binding(m, named[0], named[1], "label", chunk_end=m.end, confidence=0.9))
    return out or None
