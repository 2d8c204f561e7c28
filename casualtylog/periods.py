"""Periods: what span of time a figure counts.

Most tolls are running totals since the event began (a claim without a
period). Publishers also state figures for a *period* ("in the past 24
hours", "in May 2017", "in 2019") and running totals that start again
("since the ceasefire", "year to date"). The period is part of what a claim
is about (its :class:`~casualtylog.Count`), so a month's figure never reads as
a fall of the running total.

A :class:`Period` is ``[start, end)``; ``end=None`` means a running total
counted since ``start`` (a new counting phase, or year to date):

>>> str(parse_period("2017-05"))
'2017-05'
>>> str(parse_period("2019")), str(parse_period("2023-10-07"))
('2019', '2023-10-07')
>>> str(parse_period("since 2026-03-02"))
'since 2026-03-02'
>>> parse_period("2023-10-07/2023-10-08").days
2.0

A period that ends before it starts is refused, naming the field and value:

>>> parse_period({"start": "2023-10-08", "end": "2023-10-07"})
Traceback (most recent call last):
    ...
casualtylog.errors.PeriodError: period={'start': '2023-10-08', 'end': '2023-10-07'}: ends before it starts

Figures for the periods of a complete partition add up to the running total,
and a running total gives the figure for any period between two of its
points:

>>> days = [parse_period("2023-10-07"), parse_period("2023-10-08")]
>>> running_from_periods(list(zip(days, [232, 138])))
[(datetime.datetime(2023, 10, 8, 0, 0, tzinfo=datetime.timezone.utc), 232), (datetime.datetime(2023, 10, 9, 0, 0, tzinfo=datetime.timezone.utc), 370)]
>>> periods_from_running([(days[0].start, 0), (days[1].start, 232), (days[1].end, 370)])
[(Period(start=...2023, 10, 7..., end=...2023, 10, 8...), 232), (Period(start=...2023, 10, 8..., end=...2023, 10, 9...), 138)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import pairwise
from typing import NamedTuple

from casualtylog.errors import CasualtyLogError, PeriodError
from casualtylog.times import Precision, parse_time, to_utc_text, window_end

__all__ = ["Period", "parse_period", "periods_from_running", "running_from_periods"]


class Period(NamedTuple):
    """The span a figure counts: ``[start, end)``, or since ``start`` when ``end`` is ``None``."""

    start: datetime
    end: datetime | None = None

    @property
    def running(self) -> bool:
        """Whether this is a running total since :attr:`start` (a phase, year to date)."""
        return self.end is None

    @property
    def days(self) -> float | None:
        """The length in days, ``None`` for a running total."""
        return None if self.end is None else (self.end - self.start) / timedelta(days=1)

    def canonical(self) -> str:
        """Stable text of the instants (hashed into claim ids; read back by :func:`parse_period`)."""
        if self.end is None:
            return "since " + to_utc_text(self.start)
        return to_utc_text(self.start) + "/" + to_utc_text(self.end)

    def sort_key(self) -> tuple[datetime, datetime]:
        """Periods in time order; a running total after the fixed periods that start with it."""
        return (self.start, self.end or datetime.max.replace(tzinfo=UTC))

    def __str__(self) -> str:
        label = _calendar_label(self.start, self.end)
        if self.end is None:
            return "since " + (label or to_utc_text(self.start))
        return label or self.canonical()


def _calendar_label(start: datetime, end: datetime | None) -> str | None:
    """ "2017-05", "2019", "2023-10-07" when the period is exactly that calendar window (UTC)."""
    s = start.astimezone(UTC)
    if s != s.replace(hour=0, minute=0, second=0, microsecond=0):
        return None
    if end is None:
        return s.date().isoformat()
    for precision, text in (
        (Precision.DAY, s.date().isoformat()),
        (Precision.MONTH, f"{s.year:04d}-{s.month:02d}"),
        (Precision.YEAR, f"{s.year:04d}"),
    ):
        if window_end(s, precision) == end.astimezone(UTC) and _starts_window(s, precision):
            return text
    return None


def _starts_window(s: datetime, precision: Precision) -> bool:
    if precision is Precision.DAY:
        return True
    if precision is Precision.MONTH:
        return s.day == 1
    return s.day == 1 and s.month == 1


def _edge(value: object, *, field: str, tz: str | tzinfo | None, closing: bool, raw: object) -> datetime:
    try:
        when, precision = parse_time(value, field=field, tz=tz)  # type: ignore[arg-type]
    except CasualtyLogError as exc:
        raise PeriodError(field, raw, f"cannot read {value!r} as a date ({exc})") from None
    # A date closes with its whole window ("2023-10-07/2023-10-08" is two days);
    # a time to the hour or finer closes exactly there.
    if closing and precision.rank <= Precision.DAY.rank:
        return window_end(when, precision)
    return when


def parse_period(value: object, *, field: str = "period", tz: str | tzinfo | None = None) -> Period:
    """Read a period: a :class:`Period`, ``{"start", "end"}``, ``"since DATE"``, ``"A/B"`` or one date.

    One date means its whole window (a day, a month, a year). ``"since DATE"``
    and a mapping without ``end`` are running totals since that date.

    Raises:
        PeriodError: unreadable, or the period ends before (or when) it starts.
    """
    if isinstance(value, Period):
        start, end = value.start, value.end
    elif isinstance(value, Mapping):
        if "start" not in value or not set(value) <= {"start", "end"}:
            raise PeriodError(field, value, "expected {'start': ..., 'end': ...} (end optional: since start)")
        start = _edge(value["start"], field=field, tz=tz, closing=False, raw=value)
        end_raw = value.get("end")
        end = None if end_raw is None else _edge(end_raw, field=field, tz=tz, closing=True, raw=value)
    elif isinstance(value, str):
        text = value.strip()
        if text.lower().startswith("since "):
            start, end = _edge(text[6:].strip(), field=field, tz=tz, closing=False, raw=value), None
        elif "/" in text:
            a, _, b = text.partition("/")
            start = _edge(a.strip(), field=field, tz=tz, closing=False, raw=value)
            end = _edge(b.strip(), field=field, tz=tz, closing=True, raw=value)
        else:
            start = _edge(text, field=field, tz=tz, closing=False, raw=value)
            end = _edge(text, field=field, tz=tz, closing=True, raw=value)
            if end == start:  # a time to the second: no window to count over
                raise PeriodError(field, value, "one instant is not a period; give a date, a month, a year or A/B")
    else:
        raise PeriodError(field, value, "expected a date ('2017-05'), 'A/B', 'since DATE' or {'start', 'end'}")
    if end is not None and end <= start:
        raise PeriodError(field, value, "ends before it starts")
    return Period(start, end)


def running_from_periods(figures: Sequence[tuple[Period, int]], base: int = 0) -> list[tuple[datetime, int]]:
    """The running total at the end of each period of a complete partition, starting from ``base``.

    Raises:
        PeriodError: the periods leave a gap, overlap, or one is a running total.
    """
    out: list[tuple[datetime, int]] = []
    total = base
    previous_end: datetime | None = None
    for period, value in sorted(figures, key=lambda pv: pv[0].sort_key()):
        if period.end is None:
            raise PeriodError("period", str(period), "a running total is not a part of a partition")
        if previous_end is not None and period.start != previous_end:
            problem = "leaves a gap after" if period.start > previous_end else "overlaps the period ending"
            raise PeriodError("period", str(period), f"{problem} {previous_end.isoformat()}; not a complete partition")
        total += value
        out.append((period.end, total))
        previous_end = period.end
    return out


def periods_from_running(points: Sequence[tuple[datetime, int]]) -> list[tuple[Period, int]]:
    """The figure for each period between consecutive points of a running total.

    A fall between two points gives a negative figure: the caller sees it
    rather than having it silently clipped.
    """
    ordered = sorted(points)
    return [(Period(a, b), vb - va) for (a, va), (b, vb) in pairwise(ordered) if b > a]
