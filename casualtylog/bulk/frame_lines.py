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
from typing import TYPE_CHECKING, Any, cast

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
    classes = set(map(type, values))
    if classes == _STR and not (time and any("." in value for value in values)):  # texts, one a row
        return [key + text for text in map(encode_basestring, values)]
    if field in _LINKS and classes <= _LINK_CELLS:  # tuples of ids (frame_input.links makes each a str)
        texts = {value: _links(key, value) for value in set(values)}
        return list(map(texts.__getitem__, values))
    if classes <= _TEXTS:  # texts and DROP (no two equal values of different kinds): each written once
        texts = {value: _cell(key, value, field, time) for value in set(values)}
        return list(map(texts.__getitem__, values))
    if time and classes <= _DATETIMES and _zones(values) <= _OFFSETS:
        # times at fixed offsets, written as a record's line writes them (exact_times reads them back)
        isos = [value.isoformat() for value in values] if DROP not in values else _isos(values)
        # isoformat writes a 4-digit year, and the offset as +HH:MM, +HH:MM:SS or +HH:MM:SS.ffffff:
        # 25 and 32 characters (without and with microseconds) are the canonical form alone.
        if set(map(len, isos)) <= _CANONICAL_LENGTHS:
            return [key + '"' + iso + '"' if iso else "" for iso in isos]
        return [key + '"' + iso + '"' if CANONICAL.match(iso) else None if iso else "" for iso in isos]
    out: list[str | None] = []
    add = out.append
    texts = {}
    for value in values:
        cls = value.__class__
        if cls is str:
            try:
                add(texts[value])
            except KeyError:
                texts[value] = text = _cell(key, value, field, time)
                add(text)
        elif value is DROP:
            add("")
        elif cls is datetime and time and value.tzinfo.__class__ is timezone:
            iso = value.isoformat()
            add(key + '"' + iso + '"' if CANONICAL.match(iso) else None)
        else:
            add(_cell(key, value, field, time))
    return out


def _zones(values: list[Any]) -> set[type]:
    """The classes of a time column's zones (a cell that is no datetime: its own class)."""
    return {v.tzinfo.__class__ if v.__class__ is datetime else v.__class__ for v in values if v is not DROP}


def _isos(values: list[Any]) -> list[str]:
    return ["" if value is DROP else value.isoformat() for value in values]


def _links(key: str, value: object) -> str | None:
    """A link column's cell: ``[...]`` of its ids, ``""`` for none (``DROP``)."""
    if value is DROP:
        return ""
    ids = cast("tuple[str, ...]", value)
    if value.__class__ is not tuple or not all(i.__class__ is str for i in ids):
        return _text(key, value, "links")
    return key + "[" + ",".join(map(encode_basestring, ids)) + "]"


_STR = frozenset({str})
_CANONICAL_LENGTHS = frozenset({0, 25, 32})  # 0: DROP
_TEXTS = frozenset({str, object})  # object: DROP's class
_LINKS = ("supersedes", "retracts")
_DATETIMES = frozenset({datetime, object})
_OFFSETS = frozenset({timezone})
_LINK_CELLS = frozenset({tuple, object})


def _cell(key: str, value: object, field: str, time: bool) -> str | None:
    """One cell as :func:`_column` writes it."""
    if value.__class__ is str:  # a text time with a fraction is read by Claim (parse_time to the second)
        return None if time and "." in value else key + encode_basestring(value)
    if value is DROP:
        return ""
    if value.__class__ is tuple and not value:
        return key + "[]"
    return _text(key, value, field)


def _figures(rows: FrameRows, retracts: list[Any] | None, stops: dict[int, Exception]) -> list[str | None]:
    """Each row's figure as its line holds it (``""``: the record has none); a row whose figure
    cannot be made goes into ``stops`` (unless an earlier error of its row is there)."""
    key = '"figure":'
    seen: dict[int, tuple[object, str | None]] = {}  # by id, holding the figure: figure_of memoises
    out: list[str | None] = []
    add = out.append
    for index, figure in enumerate(rows.figure_of.column(stops)):
        if figure is None:
            given = DROP if retracts is None or index in stops else retracts[index]
            add(key + "null" if given is not DROP and given else "")
            continue
        hit = seen.get(id(figure))
        if hit is None or hit[0] is not figure:
            hit = seen[id(figure)] = (figure, _text(key, figure, "figure"))
        add(hit[1])
    return out


def _sources(sources: list[Any], kinds: list[Any], texts: list[str | None]) -> list[str | None]:
    """``texts`` with a row's source and its kind, ``{"name": ..., "kind": ...}``, where the row has both."""
    key = '"source":'
    out = list(texts)
    known: dict[tuple[object, object], str | None] = {}
    plain = set(map(type, sources)) <= _TEXTS and set(map(type, kinds)) <= _KINDS
    for index, (name, kind) in enumerate(zip(sources, kinds, strict=True)):
        if plain:  # equal pairs are the same values: each written once
            try:
                text = known[name, kind]
            except KeyError:
                text = known[name, kind] = _source(key, name, kind)
            if text is not _KEEP:
                out[index] = text
        elif isinstance(name, str) and not missing(kind):
            out[index] = _text(key, {"name": name, "kind": kind}, "source")
    return out


_KINDS = frozenset({str, type(None)})
_KEEP = "keep"  # no cell's text (each starts with its key)


def _source(key: str, name: object, kind: object) -> str | None:
    """A text source's cell with a kind beside it (:func:`_sources`); ``_KEEP``: as it is."""
    if not isinstance(name, str) or missing(kind):
        return _KEEP
    return _text(key, {"name": name, "kind": kind}, "source")


def frame_lines(rows: FrameRows) -> tuple[list[bytes | None], dict[int, Exception]]:
    """Each row's line (``None``: read it through its record), and the error of each row whose
    record cannot be made (a time, a link cell, a figure), by row index from 0."""
    stops: dict[int, Exception] = dict(rows.refused)
    fields = dict(rows.fields)
    columns = [_column(field, values) for field, values in rows.fields]
    if rows.kinds is not None and "source" in fields:
        place = list(fields).index("source")
        columns[place] = _sources(fields["source"], rows.kinds, columns[place])
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

