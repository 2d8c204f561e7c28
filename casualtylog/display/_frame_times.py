"""A frame's time columns and the ``*_tz`` zone columns beside them, read as a claim's times.

The time side of :mod:`casualtylog.display.frame_input`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from casualtylog.display._common import zone_from_label
from casualtylog.display._frame_cells import missing
from casualtylog.display.when import is_coarse
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.times import Precision

TIMES = ("reported_at", "as_of", "recorded_at", "relayed_at")
ZONE_COLUMN = {
    "reported_at": "reported_tz",
    "as_of": "as_of_tz",
    "recorded_at": "recorded_tz",
    "relayed_at": "relayed_tz",
}
DROP = object()  # a field a row leaves out (its value is missing)
_COARSE = frozenset(p.value for p in Precision if is_coarse(p))


def _time(value: object, zone: object, precision: object = None) -> object:
    if missing(value):
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


TIME_ERRORS = (CasualtyLogError, ValueError, TypeError, OSError, OverflowError)
_NO_ZONE = "is neither an offset such as '+03:00' nor a known time zone such as 'Europe/Kyiv'"


def time_values(
    name: str, values: list[Any], zones: list[Any], precisions: list[Any] | None, refused: dict[int, ClaimFormatError]
) -> list[Any]:
    """A time column's values as a record holds them; each cell that cannot be read goes into
    ``refused`` under its row (``DROP`` in its place), not raised here: an earlier row's own
    error comes first."""
    try:
        return [_time(v, zones[i], None if precisions is None else precisions[i]) for i, v in enumerate(values)]
    except TIME_ERRORS:
        return _times_by_row(name, values, zones, precisions, refused)


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
        except TIME_ERRORS as exc:
            out.append(DROP)
            if i not in refused:
                refused[i] = _time_refusal(name, v, zones[i], i + 1, exc)
    return out


def _time_refusal(name: str, value: object, zone: object, position: int, exc: Exception) -> ClaimFormatError:
    """The error for a row's time: its zone column's when that names no zone, else the time's."""
    if isinstance(zone, str) and zone.strip():  # a blank zone is no zone (_time skips it)
        try:
            zone_from_label(zone)
        except TIME_ERRORS as bad:  # "Mars/Base", "+99:99", a directory such as "Europe"
            error = ClaimFormatError(None, position, ZONE_COLUMN[name], zone, _NO_ZONE)
            error.__cause__ = bad
            return error
    error = ClaimFormatError(None, position, name, value, str(exc))
    error.__cause__ = exc
    return error
