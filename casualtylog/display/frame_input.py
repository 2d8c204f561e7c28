"""DataFrames back into claims: :func:`claims_from_frame` and :func:`log_from_frame`.

Re-exported by :mod:`casualtylog.display.frames`, whose docstring describes the
columns. Needs the ``pandas`` extra.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, SupportsInt, cast

from casualtylog._coerce import to_claim
from casualtylog._extras import require
from casualtylog.claims import Claim
from casualtylog.display._common import zone_from_label
from casualtylog.display.when import is_coarse
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.figures import Figure
from casualtylog.formats.mapping import TableMapping, claims_from_rows, is_table_mapping
from casualtylog.log import CasualtyLog
from casualtylog.times import Precision

if TYPE_CHECKING:
    from datetime import tzinfo

    import pandas as pd

__all__ = ["claims_from_frame", "frame_records", "log_from_frame"]

_TIMES = ("reported_at", "as_of", "recorded_at", "relayed_at")
_LINKS = ("supersedes", "retracts")
_FIGURE_PARTS = ("qualifier", "low", "high", "value", "word")
_DROP = object()  # a field a row leaves out (its value is missing)

# -- frames → claims ------------------------------------------------------------------


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in {"NAType", "NaTType"}


def _links(value: object) -> object:
    if _missing(value):
        return ()
    if isinstance(value, str):
        return tuple(part for part in re.split(r"[\s,;]+", value) if part)
    if isinstance(value, bytes | bytearray | Mapping):
        return value  # no list of ids (b"ab" is not ("97", "98")): validation refuses it as given
    if isinstance(value, Iterable):
        return tuple(str(v) for v in value)
    return (str(value),)


def _time(value: object, zone: object, precision: object = None) -> object:
    if _missing(value):
        return None
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, datetime) and value.tzinfo is not None and isinstance(zone, str) and zone.strip():
        stated = zone_from_label(zone)
        if isinstance(precision, str) and precision in _COARSE:
            # a frame shows a day as that day in its column's zone: the day is what was stated
            return value.replace(tzinfo=None).replace(tzinfo=stated)
        return value.astimezone(stated)
    return value


def _int(value: object) -> object:
    """A figure part as a whole number, or as given when it is none (validation then refuses
    it, naming the value): ``True`` is no 1 and ``Decimal("12.5")`` no 12."""
    if _missing(value):
        return None
    if isinstance(value, bool):
        return value
    try:
        whole = int(cast("SupportsInt", value))
    except (TypeError, ValueError, OverflowError):  # "1,200", 12+0j, inf
        return value
    if isinstance(value, str) or whole == value:
        return whole
    return value


def _figure(row: Mapping[str, Any], position: int) -> object:
    text = row.get("figure")
    parts = {k: row.get(k) for k in _FIGURE_PARTS}
    if _missing(parts["qualifier"]):
        return None if _missing(text) else text
    fields = {
        "qualifier": parts["qualifier"],
        "low": _int(parts["low"]),
        "high": _int(parts["high"]),
        "value": _int(parts["value"]),
        "word": None if _missing(parts["word"]) else parts["word"],
    }
    try:
        figure = Figure.model_validate(fields)
    except ValueError as exc:
        raise ClaimFormatError(None, position, "figure", fields, str(exc)) from exc
    if not _missing(text) and _coerced(text, position) != figure and str(text) != str(figure):
        raise ClaimFormatError(
            None,
            position,
            "figure",
            text,
            f"disagrees with the qualifier/low/high/value/word columns ({figure}); edit one of them or drop the other",
        )
    return figure


def _coerced(text: object, position: int) -> Figure:
    """The figure a row's text reads as; an unreadable text is that row's figure error."""
    try:
        return Figure.coerce(text)
    except CasualtyLogError as exc:
        raise ClaimFormatError(None, position, "figure", text, str(exc)) from exc


_COARSE = frozenset(p.value for p in Precision if is_coarse(p))
_ZONE_COLUMN = {
    "reported_at": "reported_tz",
    "as_of": "as_of_tz",
    "recorded_at": "recorded_tz",
    "relayed_at": "relayed_tz",
}
_EXTRA_COLUMNS = frozenset({*_FIGURE_PARTS, "source_kind", *_ZONE_COLUMN.values()})


def _known_columns() -> frozenset[str]:
    return frozenset(Claim.model_fields) | _EXTRA_COLUMNS


def claims_from_frame(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | TableMapping | Mapping[str, Any] | None = None,
    *,
    defaults: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
) -> list[Claim]:
    """The claims in ``frame``, one per row (see :func:`log_from_frame`).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"date": ["2022-02-25", "2022-02-26"], "personnel": ["about 2800", "about 4300"]})
    >>> claims = claims_from_frame(df, {"date": "reported_at", "personnel": "figure"},
    ...                            defaults={"event": "ukraine", "metric": "killed", "source": "MoD of Ukraine"})
    >>> [str(c.figure) for c in claims]
    ['about 2800', 'about 4300']
    """
    require("pandas", "pandas", "claims_from_frame()")
    if is_table_mapping(mapping):  # a wide frame: several figure columns a row (docs/tables.md)
        if defaults:
            raise ClaimFormatError(None, None, "defaults", defaults, "a table mapping states its constants itself")
        columns = [str(c) for c in frame.columns]
        rows = ({str(k): v for k, v in record.items()} for record in frame.to_dict("records"))
        return list(claims_from_rows(rows, mapping, source_name="<frame>", columns=columns, tz=tz))
    long = cast("Mapping[str, str | None] | None", mapping)  # a table mapping took the other way
    return [to_claim(record, tz=tz, line=position) for position, record in frame_records(frame, long, defaults)]


def frame_records(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | Mapping[str, Any] | None,
    defaults: Mapping[str, Any] | None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each row of a long frame as the record :func:`claims_from_frame` validates, with its
    position from 1 (what ``ClaimTable.from_frame`` reads into columns).

    Raises:
        ClaimFormatError: a column is unknown or given twice; a figure's parts disagree or are
            no whole numbers; a time or its zone cannot be read (the first bad row's, in row order).
    """
    renames = cast("Mapping[str, str | None]", mapping or {})
    known = _known_columns()
    keep: dict[str, str] = {}
    positions: list[tuple[int, str]] = []  # (the column's place in the frame, its field)
    for place, column in enumerate(frame.columns):
        target = renames.get(str(column), str(column)) if str(column) in renames else str(column)
        if target is None:
            continue
        if target not in known:
            raise ClaimFormatError(
                None,
                None,
                str(column),
                None,
                f"unknown column; map it to a claim field ({', '.join(Claim.model_fields)}) "
                f"with mapping={{{str(column)!r}: 'field'}}, or drop it with mapping={{{str(column)!r}: None}}",
            )
        if target in keep.values():
            raise ClaimFormatError(None, None, str(column), None, f"a second column for the field {target!r}")
        keep[str(column)] = target
        positions.append((place, target))
    fixed = dict(defaults or {})
    rows = len(frame)
    columns = {target: _column_values(frame.iloc[:, place]) for place, target in positions}
    fields = _merged_fields(fixed, columns, rows)
    figures = _figures(fields, rows)
    refused: dict[int, ClaimFormatError] = {}  # a row's first time that cannot be read, by index
    out = list(_field_values(fields, rows, refused).items())
    kinds = fields.get("source_kind")
    for index in range(rows):
        if refused and index in refused:  # in row order, as a row-by-row reader meets it
            raise refused[index]
        record = {name: values[index] for name, values in out if values[index] is not _DROP}
        record["figure"] = figures(index)
        if kinds is not None and isinstance(record.get("source"), str) and not _missing(kinds[index]):
            record["source"] = {"name": record["source"], "kind": kinds[index]}
        yield index + 1, record


def _column_values(series: pd.Series[Any]) -> list[Any]:
    """A column's values as Python objects, ``None`` where the frame has no value.

    Column by column rather than row by row: ``to_dict("records")`` boxes every
    cell and the per-cell missing test was most of reading a frame.
    """
    import numpy as np  # noqa: PLC0415 - the pandas extra brings it

    values: list[Any] = series.tolist()
    loose = series.dtype == object or series.dtype.name == "category"  # cells of any type
    if loose and any(isinstance(v, np.generic) for v in values):
        # These keep numpy scalars; to_dict("records") gave np.int64(5) as 5, np.True_ as True.
        values = [_native(v) if isinstance(v, np.generic) else v for v in values]
    missing = series.isna().tolist()
    if not any(missing):
        return values
    if loose:  # pandas also counts Decimal("NaN") as missing: the reader judges it as a value
        return [None if gone and _missing(value) else value for value, gone in zip(values, missing, strict=True)]
    return [None if gone else value for value, gone in zip(values, missing, strict=True)]


def _native(value: Any) -> object:
    """A numpy scalar as the Python value pandas' ``to_dict("records")`` gives for it."""
    import numpy as np  # noqa: PLC0415 - the pandas extra brings it
    import pandas as pd  # noqa: PLC0415 - the pandas extra

    if isinstance(value, np.datetime64):
        return pd.Timestamp(value)
    if isinstance(value, np.timedelta64):  # before np.integer: numpy makes it one
        return pd.Timedelta(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def _merged_fields(fixed: Mapping[str, Any], columns: Mapping[str, list[Any]], rows: int) -> dict[str, list[Any]]:
    """Each field's value per row: the column's, or the default where the column has none.

    Ordered as the defaults, then the columns in the frame's order (a row's
    record lists its fields in that order).
    """
    fields: dict[str, list[Any]] = {}
    for name, given_default in fixed.items():
        default = None if _missing(given_default) else given_default
        given = columns.get(name)
        fields[name] = [default] * rows if given is None else [default if v is None else v for v in given]
    for name, given in columns.items():
        fields.setdefault(name, given)
    return fields


def _field_values(
    fields: Mapping[str, list[Any]], rows: int, refused: dict[int, ClaimFormatError]
) -> dict[str, list[Any]]:
    """What a record holds per field and row (``_DROP``: the field is left out of that row).

    A time or zone that cannot be read goes into ``refused`` under its row, not raised here:
    an earlier row's own error comes first.
    """
    out: dict[str, list[Any]] = {}
    for name, values in fields.items():
        if name in _EXTRA_COLUMNS or name == "figure":
            continue
        if name in _LINKS:
            out[name] = [_links(v) for v in values]
        elif name in _TIMES:
            zones = fields.get(_ZONE_COLUMN[name], [None] * rows)
            precisions = fields.get("reported_precision") if name == "reported_at" else None
            try:
                out[name] = [
                    _time(v, zones[i], None if precisions is None else precisions[i]) for i, v in enumerate(values)
                ]
            except _TIME_ERRORS:
                out[name] = _times_by_row(name, values, zones, precisions, refused)
        else:
            out[name] = [_DROP if v is None else v for v in values]  # missing values are None by now
    return out


_TIME_ERRORS = (CasualtyLogError, ValueError, TypeError, OSError, OverflowError)
_NO_ZONE = "is neither an offset such as '+03:00' nor a known time zone such as 'Europe/Kyiv'"


def _times_by_row(
    name: str,
    values: list[Any],
    zones: list[Any],
    precisions: list[Any] | None,
    refused: dict[int, ClaimFormatError],
) -> list[Any]:
    """A time column cell by cell, each cell that cannot be read refused under its row."""
    out: list[Any] = []
    for i, v in enumerate(values):
        try:
            out.append(_time(v, zones[i], None if precisions is None else precisions[i]))
        except _TIME_ERRORS as exc:
            out.append(_DROP)
            if i not in refused:
                refused[i] = _time_refusal(name, v, zones[i], i + 1, exc)
    return out


def _time_refusal(name: str, value: object, zone: object, position: int, exc: Exception) -> ClaimFormatError:
    """The error for a row's time: its zone column's when that names no zone, else the time's."""
    if isinstance(zone, str) and zone.strip():  # a blank zone is no zone (_time skips it)
        try:
            zone_from_label(zone)
        except _TIME_ERRORS as bad:  # "Mars/Base", "+99:99", a directory such as "Europe"
            error = ClaimFormatError(None, position, _ZONE_COLUMN[name], zone, _NO_ZONE)
            error.__cause__ = bad
            return error
    error = ClaimFormatError(None, position, name, value, str(exc))
    error.__cause__ = exc
    return error


def _figures(fields: Mapping[str, list[Any]], rows: int) -> Callable[[int], object]:
    """The figure of a row, from its text and parts; each distinct combination is judged once."""
    none = [None] * rows
    names = ("figure", *_FIGURE_PARTS)
    text, *parts = (fields.get(name, none) for name in names)
    known: dict[tuple[Any, ...], object] = {}

    def figure(index: int) -> object:
        key = (text[index], *(p[index] for p in parts))
        memo = (*key, *(v.__class__ for v in key))  # 1, 1.0 and True are equal keys, not the same input
        try:
            return known[memo]
        except KeyError:
            known[memo] = found = _figure(dict(zip(names, key, strict=True)), index + 1)
            return found
        except TypeError:  # a part that cannot be a dict key (a list): judged every time
            return _figure(dict(zip(names, key, strict=True)), index + 1)

    return figure


def log_from_frame(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | TableMapping | Mapping[str, Any] | None = None,
    *,
    defaults: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
) -> CasualtyLog:
    """A log of the claims in ``frame``, one per row.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"when": ["2025-04-24T09:00+03:00", "2025-04-24T14:00+03:00"],
    ...                    "dead": [10, 12], "who": ["Kyiv City Military Administration"] * 2})
    >>> log = log_from_frame(df, {"when": "reported_at", "dead": "figure", "who": "source"},
    ...                      defaults={"event": "kyiv", "metric": "killed"})
    >>> log.resolve("kyiv", "killed").best
    12

    Args:
        frame: a frame from :func:`claims_frame`, or any frame whose columns,
            once renamed by ``mapping``, are claim fields (``figure`` may be
            text or a number), plus optionally the figure parts
            (``qualifier``, ``low``, ``high``, ``value``, ``word``), ``source_kind``
            and the ``*_tz`` zone columns that :func:`claims_frame` writes.
        mapping: ``{column: field}``; map a column to ``None`` to ignore it.
        defaults: values for fields the frame lacks or leaves empty, such as
            ``{"source": "MoD of Ukraine", "metric": "killed"}``.
        tz: the time zone for naive times.

    Returns:
        A new :class:`~casualtylog.CasualtyLog`. ``recorded_at`` values in the
        frame are kept; rows without one are stamped now.

    Raises:
        ClaimFormatError: a column is unknown, or a row is not a valid claim
            (the message names the row, counting from 1, and the field). A row
            whose ``id`` no longer matches its content (an edited frame) is
            refused: claims are immutable, so add a new claim instead.
        MissingExtraError: pandas is not installed.
    """
    return CasualtyLog(claims_from_frame(frame, mapping, defaults=defaults, tz=tz), tz=tz)
