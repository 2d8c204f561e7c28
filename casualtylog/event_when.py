"""When an event took place: a day or a window of days, with how precisely it is known.

Separate from when anyone reported it: a newspaper relaying a toll a week
later says nothing about the day of the attack.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["EventPrecision", "EventWhen"]


class EventPrecision(StrEnum):
    """How precisely an event's date is known: the day, a window of days, the week, month or year."""

    DAY = "day"
    WINDOW = "window"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _date(value: object, field: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"{field}: expected a YYYY-MM-DD date")


def _window(text: str) -> dict[str, Any]:
    """'2025-04-24', '2025-04', '2008', '2025-W17' or 'start/end' → start, end and precision."""
    text = text.strip()
    if "/" in text:
        start, _, end = text.partition("/")
        return {"start": start, "end": end}
    if _YEAR.match(text):
        year = int(text)
        return {"start": date(year, 1, 1), "end": date(year, 12, 31), "precision": EventPrecision.YEAR}
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError("expected a month from 01 to 12")
        last = calendar.monthrange(year, month)[1]
        return {"start": date(year, month, 1), "end": date(year, month, last), "precision": EventPrecision.MONTH}
    if m := _WEEK.match(text):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return {"start": monday, "end": monday + timedelta(days=6), "precision": EventPrecision.WEEK}
    day = _date(text, "when")
    return {"start": day, "end": day, "precision": EventPrecision.DAY}


class EventWhen(BaseModel):
    """The day or window an event took place in: ``start`` ≤ ``end``, both included.

    >>> EventWhen.of("2025-04-20/2025-04-26").precision.value
    'window'
    >>> EventWhen.of("2015-04").end
    datetime.date(2015, 4, 30)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: date
    end: date
    precision: EventPrecision

    @model_validator(mode="before")
    @classmethod
    def _loose(cls, data: Any) -> Any:
        if isinstance(data, str | date):
            data = _window(data) if isinstance(data, str) else {"start": data}
        if not isinstance(data, Mapping):
            return data
        out = dict(data)
        start = out.get("start")
        if isinstance(start, str) and "end" not in out and "precision" not in out:
            out = {**_window(start), **{k: v for k, v in out.items() if k != "start"}}
        if "start" in out:
            out["start"] = _date(out["start"], "start")
        out.setdefault("end", out.get("start"))
        if out.get("end") is not None:
            out["end"] = _date(out["end"], "end")
        if "precision" not in out and out.get("start") is not None:
            out["precision"] = EventPrecision.DAY if out["start"] == out["end"] else EventPrecision.WINDOW
        return out

    @model_validator(mode="after")
    def _ordered(self) -> EventWhen:
        if self.end < self.start:
            raise _FieldError("end", self.end.isoformat(), f"ends before the window starts ({self.start.isoformat()})")
        return self

    @classmethod
    def of(cls, value: str | date | Mapping[str, Any] | EventWhen) -> EventWhen:
        """Read a date, a ``start/end`` window, a month ``YYYY-MM``, an ISO week or a year."""
        return value if isinstance(value, EventWhen) else cls.model_validate(value)

    @property
    def days(self) -> int:
        """How many days the window spans (1 for a single day)."""
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @property
    def text(self) -> str:
        """The shortest text :meth:`of` reads back as this window: '2025-04-24', '2015-04', '2008', '2025-W17'.

        >>> [EventWhen.of(t).text for t in ["2008", "2015-04", "2025-W17", "2025-04-20/2025-04-26"]]
        ['2008', '2015-04', '2025-W17', '2025-04-20/2025-04-26']
        """
        year, week, _ = self.start.isocalendar()
        for candidate in (f"{self.start.year}", f"{self.start:%Y-%m}", f"{year}-W{week:02d}", str(self)):
            try:
                if EventWhen.of(candidate) == self:
                    return candidate
            except ValueError:
                continue
        return str(self)


class _FieldError(ValueError):
    """A validation failure that knows its field (pydantic only knows the model)."""

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(problem)
