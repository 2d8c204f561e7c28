"""A long frame's rows as lines of compact JSON, built column by column (``ClaimTable.from_frame``).

Each row's line is the one :func:`~casualtylog.bulk.record_lines.record_line` writes for the row's
record (:meth:`~casualtylog.display.frame_input.FrameRows.record`), byte for byte: the same fields
in the same order, each value written as ``json`` writes it in a record. Here each column's cells
are written once per column (a text column's distinct values once), and a row's line joins its
cells' texts: no record, no dict per row.

A row whose cells are not all of the usual kinds (a text time with a fraction, a datetime in a
named zone, a figure that does not read back from its text, a value JSON cannot carry) gets no
line here (``None``): it is read through its record, as before. A row whose figure cannot be made
(parts that disagree) gets its error, raised in row order by the reader.
"""

from __future__ import annotations

from datetime import datetime, timezone
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from casualtylog.bulk.record_lines import CANONICAL, TIMES, NotPlainError, encode, plain_value
from casualtylog.display._frame_cells import missing
from casualtylog.display._frame_times import DROP

if TYPE_CHECKING:
    from casualtylog.display.frame_input import FrameRows

__all__ = ["frame_lines"]


def _text(key: str, value: object, field: str) -> str | None:
    """``"field":value`` as a record's line holds it, or ``None`` if JSON cannot carry it so."""
    try:
        return key + encode(plain_value(value, field, False))
    except NotPlainError:
        return None


def _column(field: str, values: list[Any]) -> list[str | None]:
    """Each cell of a field's column as its line holds it: ``""`` for none (``DROP``), ``None``
    for a cell the row's record must say (the rules of ``record_lines._line``, inexact times)."""
    key = encode_basestring(field) + ":"
    time = field in TIMES
    texts: dict[str, str | None] = {}
    out: list[str | None] = []
    add = out.append
    for value in values:
        cls = value.__class__
        if cls is str:
            try:
                add(texts[value])
            except KeyError:  # a text time with a fraction is read by Claim (parse_time to the second)
                texts[value] = text = None if time and "." in value else key + encode_basestring(value)
                add(text)
        elif value is DROP:
            add("")
        elif cls is datetime and time and value.tzinfo.__class__ is timezone:
            iso = value.isoformat()
            add(key + '"' + iso + '"' if CANONICAL.match(iso) else None)
        elif cls is tuple and not value:
            add(key + "[]")
        else:
            add(_text(key, value, field))
    return out


def _figures(rows: FrameRows, retracts: list[Any] | None, stops: dict[int, Exception]) -> list[str | None]:
    """Each row's figure as its line holds it (``""``: the record has none); a row whose figure
    cannot be made goes into ``stops`` (unless an earlier error of its row is there)."""
    key = '"figure":'
    seen: dict[int, tuple[object, str | None]] = {}  # by id, holding the figure: figure_of memoises
    out: list[str | None] = []
    add = out.append
    figure_of = rows.figure_of
    for index in range(rows.rows):
        if index in stops:
            add("")
            continue
        try:
            figure = figure_of(index)
        except Exception as exc:  # noqa: BLE001 - raised at its row, after the rows before it
            stops[index] = exc
            add("")
            continue
        if figure is None:
            given = DROP if retracts is None else retracts[index]
            add(key + "null" if given is not DROP and given else "")
            continue
        hit = seen.get(id(figure))
        if hit is None or hit[0] is not figure:
            hit = seen[id(figure)] = (figure, _text(key, figure, "figure"))
        add(hit[1])
    return out


def _sources(sources: list[Any], kinds: list[Any], texts: list[str | None]) -> None:
    """A row's source with its kind, ``{"name": ..., "kind": ...}``, where the row has both."""
    key = '"source":'
    known: dict[tuple[str, str], str | None] = {}
    for index, (name, kind) in enumerate(zip(sources, kinds, strict=True)):
        if not isinstance(name, str) or missing(kind):
            continue
        both = {"name": name, "kind": kind}
        if name.__class__ is str and kind.__class__ is str:
            pair = (name, kind)
            if pair not in known:
                known[pair] = _text(key, both, "source")
            texts[index] = known[pair]
        else:
            texts[index] = _text(key, both, "source")


def frame_lines(rows: FrameRows) -> tuple[list[bytes | None], dict[int, Exception]]:
    """Each row's line (``None``: read it through its record), and the error of each row whose
    record cannot be made (a time, a link cell, a figure), by row index from 0."""
    stops: dict[int, Exception] = dict(rows.refused)
    fields = dict(rows.fields)
    columns = [_column(field, values) for field, values in rows.fields]
    if rows.kinds is not None and "source" in fields:
        _sources(fields["source"], rows.kinds, columns[list(fields).index("source")])
    columns.append(_figures(rows, fields.get("retracts"), stops))
    declined: set[int] = set()
    for texts in columns:
        if None in texts:
            declined.update(index for index, text in enumerate(texts) if text is None)
    lines: list[bytes | None] = []
    add = lines.append
    join = ",".join
    for index, cells in enumerate(zip(*columns, strict=True)):  # the figures' column at least
        if index in declined:
            add(None)
            continue
        try:
            add(("{" + join(filter(None, cells)) + "}").encode())
        except UnicodeEncodeError:  # a lone surrogate: its record's line escapes it
            add(None)
    return lines, stops

