"""A frame's time columns and the ``*_tz`` zone columns beside them, read as a claim's times.

The time side of :mod:`casualtylog.display.frame_input`.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any, cast

from casualtylog.display._common import zone_from_label
from casualtylog.display._frame_cells import missing
from casualtylog.display.when import is_coarse
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.times import Precision, TimeInput, parse_time

TIMES = ("reported_at", "as_of", "recorded_at", "relayed_at")
ZONE_COLUMN = {
    "reported_at": "reported_tz",
    "as_of": "as_of_tz",
    "recorded_at": "recorded_tz",
    "relayed_at": "relayed_tz",
}
DROP = object()  # a field a row leaves out (its value is missing)
_COARSE = frozenset(p.value for p in Precision if is_coarse(p))
_PRECISIONS = frozenset(p.value for p in Precision)


def _stated(zone: object) -> tzinfo | None:
    """The zone a zone cell names; ``None`` for none (missing or blank).

    Raises:
        TimeError: the cell names no zone (``"Mars/Base"``, ``5``).
    """
    if missing(zone) or (isinstance(zone, str) and not zone.strip()):
        return None
    return zone if isinstance(zone, tzinfo) else zone_from_label(cast("str", zone))


def _time(name: str, value: object, stated: tzinfo | None, precision: object = None) -> tuple[object, str | None]:
    """A time cell as its record holds it, and the precision its text gave (``None``: the
    record's own, or none read here).

    A zone column says which zone its time was stated in, whatever the time's type:

    - a time without a zone of its own (a naive datetime, a text without an offset such as
      ``"2025-04-24 09:00"`` or ``"2025-04-24"``, a date) is read in it, as ``tz=`` would read
      it: the zone of its row wins over the frame's ``tz=``;
    - a time with an offset is the same instant shown in that zone, except a day, month or
      year, which is that day in that zone (a frame shows it at the start of that day in its
      column's zone).
    """
    if missing(value):
        return None, None
    value = python_time(value)
    if stated is None:
        return value, None  # no zone: the record's own reading (with tz=) rules
    read: str | None = None
    if isinstance(value, datetime) and value.tzinfo is not None:  # what claims_frame writes
        when = value
    else:
        when, precision_read = parse_time(cast("TimeInput", value), field=name, tz=stated)
        read = None if isinstance(value, datetime) else precision_read.value
    coarse = precision if isinstance(precision, str) and precision in _PRECISIONS else read
    if coarse in _COARSE:
        # a frame shows a day as that day in its column's zone: the day is what was stated
        return when.replace(tzinfo=None).replace(tzinfo=stated), read
    return when.astimezone(stated), read


def python_time(value: Any) -> object:
    """A pandas time (``pd.Timestamp``) as the ``datetime`` it is; other values as given.

    Nanoseconds are cut, as every path cuts a text's digits after the sixth
    (``"10:00:00.1234567"`` is ``10:00:00.123456``, docs/time.md): a claim's times are
    microsecond datetimes, and cutting (not rounding) keeps a time in the second it names.
    Cut here, not by ``to_pydatetime``, which would warn on every such cell.
    """
    if not hasattr(value, "to_pydatetime"):
        return value
    if getattr(value, "nanosecond", 0) and not missing(value):  # NaT's nanosecond is NaN
        value = value.replace(nanosecond=0)
    return value.to_pydatetime()


TIME_ERRORS = (CasualtyLogError, ValueError, TypeError, OSError, OverflowError)
_NO_ZONE = "is neither an offset such as '+03:00' nor a known time zone such as 'Europe/Kyiv'"


def time_values(
    name: str,
    values: list[Any],
    zones: list[Any] | None,
    precisions: list[Any] | None,
    refused: dict[int, ClaimFormatError],
) -> tuple[list[Any], list[str | None] | None]:
    """A time column's values as a record holds them, and the precision each text read in its
    zone gave (``None`` if none did).

    Each cell that cannot be read goes into ``refused`` under its row (``DROP`` in its place),
    not raised here: an earlier row's own error comes first.
    """
    if zones is None:  # no zone column: each time as the record reads it (most frames, fast)
        try:
            return [python_time(v) for v in values], None
        except TIME_ERRORS:  # a cell that only looks like a time: found and named below
            zones = [None] * len(values)
    out: list[Any] = []
    read: list[str | None] = []
    known: dict[object, tzinfo | None] = {}  # a column names a few zones: each is read once
    for i, v in enumerate(values):
        zone = zones[i]
        try:
            try:
                stated = known[zone]
            except KeyError:
                stated = known[zone] = _stated(zone)  # a zone that names none raises, unkept
            except TypeError:  # a cell that cannot be a key (a list): refused by _stated
                stated = _stated(zone)
            when, precision = _time(name, v, stated, None if precisions is None else precisions[i])
        except TIME_ERRORS as exc:
            when, precision = DROP, None
            if i not in refused:
                refused[i] = _time_refusal(name, v, zones[i], i + 1, exc)
        out.append(when)
        read.append(precision)
    return out, (read if any(read) else None)


def _time_refusal(name: str, value: object, zone: object, position: int, exc: Exception) -> ClaimFormatError:
    """The error for a row's time: its zone column's when that names no zone, else the time's."""
    if not missing(zone):
        try:  # a blank zone is no zone
            _stated(zone)
        except TIME_ERRORS as bad:  # "Mars/Base", "+99:99", a directory such as "Europe", 5
            error = ClaimFormatError(None, position, ZONE_COLUMN[name], zone, _NO_ZONE)
            error.__cause__ = bad
            return error
    error = ClaimFormatError(None, position, name, value, str(exc))
    error.__cause__ = exc
    return error
