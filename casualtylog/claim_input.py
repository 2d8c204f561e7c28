"""Reading a claim's loose input before pydantic validates it: length caps,
and timestamps written the many ways reports write them.

>>> out = read_loose({"reported_at": "24 April 2025"}, tz=None)
>>> out["reported_at"].isoformat(), out["reported_precision"].value
('2025-04-24T00:00:00+00:00', 'day')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from casualtylog.errors import VocabularyError
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
        out["reported_at"] = whole_minute_offset(when)  # records write offsets to the minute
        out.setdefault("reported_precision", precision)
    for field in ("as_of", "recorded_at", "relayed_at"):
        value = out.get(field)
        if value is not None:
            out[field] = whole_minute_offset(parse_time(value, field=field, tz=tz)[0])
    if out.get("period") is not None:
        out["period"] = parse_period(out["period"], tz=tz)
    return out
