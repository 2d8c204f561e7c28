"""Reading a claim's loose input before pydantic validates it: length caps,
and timestamps written the many ways reports write them.

>>> out = read_loose({"reported_at": "24 April 2025"}, tz=None)
>>> out["reported_at"].isoformat(), out["reported_precision"].value
('2025-04-24T00:00:00+00:00', 'day')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from casualtylog.errors import TimeError, VocabularyError
from casualtylog.names import MAX_NAME
from casualtylog.periods import parse_period
from casualtylog.times import Precision, parse_time, truncate, whole_minute_offset

__all__ = ["MAX_TEXT", "capped", "read_loose"]

#: The longest evidence fields, checked before any other work on them.
MAX_TEXT = {"quote": 20000, "url": 4000, "language": 35}

_CAPS = tuple((MAX_NAME | MAX_TEXT).items())
_PRECISIONS = {p.value for p in Precision}


def capped(field: str, value: object, limit: int) -> None:
    """Refuse an over-long string before any parsing or normalising touches it."""
    if isinstance(value, str) and len(value) > limit:
        raise VocabularyError(field, value, f"at most {limit} characters")


def read_loose(data: Mapping[str, Any], tz: str | tzinfo | None) -> dict[str, Any]:
    """A copy of ``data`` with its strings capped and its times read, keeping
    the precision ``reported_at`` was given with (``tz`` for times without an offset)."""
    out = dict(data)
    for field, limit in _CAPS:
        value = out.get(field)
        if value.__class__ is str and len(value) > limit:
            capped(field, value, limit)
    raw = out.get("reported_at")
    if raw is not None:
        when, precision = parse_time(raw, field="reported_at", tz=tz)
        declared = out.get("reported_precision")
        if isinstance(declared, str) and declared in _PRECISIONS and declared != precision:
            # A declared precision rules: the time is the start of its window.
            when = truncate(when, Precision(declared))
        stated = declared if isinstance(declared, str) and declared in _PRECISIONS else precision
        out["reported_at"] = _writable_start(when, stated, raw)
        out.setdefault("reported_precision", precision)
    for field in ("as_of", "recorded_at", "relayed_at"):
        value = out.get(field)
        if value is not None:
            out[field] = whole_minute_offset(parse_time(value, field=field, tz=tz)[0])
    if out.get("period") is not None:
        out["period"] = parse_period(out["period"], tz=tz)
    return out


def _writable_start(when: datetime, precision: str, raw: object) -> datetime:
    """``when``, the start of a ``precision`` window, with its offset to the minute (as records write it).

    Raises:
        TimeError: its zone's offset has seconds (local mean time, before about 1924) and the window
            is wider than a second: in UTC it starts off the window's edges, so a record would be
            read back truncated, as another instant (its log saved, then refused on loading).
    """
    written = whole_minute_offset(when)
    if written is not when and written is not None and truncate(written, Precision(precision)) != written:
        raise TimeError(
            "reported_at",
            raw,
            f"is known to the {precision} in a zone whose UTC offset has seconds ({when.isoformat()}): "
            f"no record can write when that {precision} began, as records write offsets to the minute",
            "give the time to the second (its instant is then kept, in UTC)",
        )
    return when if written is None else written
