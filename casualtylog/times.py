"""Loose time input → a timezone-aware datetime and how precisely it is known.

Reports rarely say "15:04:07+03:00". They say "24 April", "Thursday", "this
morning". casualtylog keeps what is known and no more: every timestamp is an
aware :class:`~datetime.datetime` plus a :class:`Precision`. A time known only
to the day is stored as the start of that day, the earliest moment it could
have been said, so that an as-of query never sees it before it could exist.

>>> when, precision = parse_time("2025-04-24T15:00+03:00")
>>> when.isoformat(), precision.value
('2025-04-24T15:00:00+03:00', 'minute')
>>> when, precision = parse_time("2025-04-24", tz="Europe/Kyiv")
>>> when.isoformat(), precision.value
('2025-04-24T00:00:00+03:00', 'day')

Naive date-times are refused, because guessing a timezone silently moves a
report by hours:

>>> parse_time("2025-04-24 15:00")
Traceback (most recent call last):
...
casualtylog.errors.TimeError: reported_at='2025-04-24 15:00': has no timezone; add an offset such as '+03:00' or 'Z', or pass tz='Europe/Kyiv'

A date alone has no time of day to be naive about: without ``tz`` it is read as
that day in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from casualtylog.errors import TimeError

__all__ = ["Precision", "TimeInput", "instant", "parse_time", "truncate", "window_end"]

TimeInput = str | datetime | date


class Precision(StrEnum):
    """How precisely a timestamp is known, coarsest first."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    @property
    def rank(self) -> int:
        """0 for year … 5 for second: larger is finer."""
        return _RANK[self]


_RANK = {p: i for i, p in enumerate(Precision)}
_STEP = {
    Precision.YEAR: relativedelta(years=1),
    Precision.MONTH: relativedelta(months=1),
    Precision.DAY: relativedelta(days=1),
    Precision.HOUR: relativedelta(hours=1),
    Precision.MINUTE: relativedelta(minutes=1),
    Precision.SECOND: relativedelta(seconds=1),
}

#: Years outside this span are typos (and near 9999 a time window would overflow).
MIN_YEAR, MAX_YEAR = 1000, 9000

#: The longest time string read ("Thursday 24 April 2025 15:04:07.123456 +03:00"
#: is 45 characters): longer text is refused before any parsing.
MAX_TIME_TEXT = 100

_FIXED_STEP = {
    Precision.DAY: timedelta(days=1),
    Precision.HOUR: timedelta(hours=1),
    Precision.MINUTE: timedelta(minutes=1),
    Precision.SECOND: timedelta(seconds=1),
}

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2})(?::(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$"
)
_HINT = "add an offset such as '+03:00' or 'Z', or pass tz='Europe/Kyiv'"


def window_end(start: datetime, precision: Precision) -> datetime:
    """The first moment after the window that ``start`` at ``precision`` covers.

    >>> window_end(datetime(2025, 4, 24, tzinfo=UTC), Precision.DAY).isoformat()
    '2025-04-25T00:00:00+00:00'
    """
    fixed = _FIXED_STEP.get(precision)
    if fixed is not None:
        return start + fixed
    end: datetime = start + _STEP[precision]  # months and years vary in length
    return end


@lru_cache(maxsize=64)
def _zone(name: str) -> tzinfo:
    if name.upper() in {"UTC", "Z"}:
        return UTC
    try:
        return ZoneInfo(name)
    except Exception as exc:
        # ZoneInfo opens a file named by the name: a directory of the zone database ("Europe")
        # fails as OSError, a file that is no zone as whatever its parser meets.
        raise TimeError("tz", name, "is not a known timezone", "use an IANA name such as 'Europe/Kyiv'") from exc


def _resolve_tz(tz: str | tzinfo | None) -> tzinfo | None:
    if isinstance(tz, str) and len(tz) > MAX_TIME_TEXT:
        raise TimeError("tz", tz, "is not a known timezone", "use an IANA name such as 'Europe/Kyiv'")
    return _zone(tz) if isinstance(tz, str) else tz


def _precision_of(match: re.Match[str]) -> Precision:
    for key, precision in (
        ("S", Precision.SECOND),
        ("M", Precision.MINUTE),
        ("H", Precision.HOUR),
        ("d", Precision.DAY),
        ("m", Precision.MONTH),
    ):
        if match.group(key):
            return precision
    return Precision.YEAR


_NUMERIC_DATE = re.compile(r"^\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}\b")
_FIELDS = (
    ("year", Precision.YEAR),
    ("month", Precision.MONTH),
    ("day", Precision.DAY),
    ("hour", Precision.HOUR),
    ("minute", Precision.MINUTE),
    ("second", Precision.SECOND),
)


def _loose(text: str) -> tuple[datetime, Precision]:
    """Read a free-form date, refusing to fill anything in from today.

    dateutil completes a partial date from a default (today, unless told
    otherwise): "24 April" would silently become this year's. Parsing with two
    different defaults shows which fields the text really gave; they must run
    from the year down without a gap.
    """
    if _NUMERIC_DATE.match(text):
        raise ValueError("the order of day and month is ambiguous")
    one = date_parser.parse(text, default=datetime(2000, 1, 1, 0, 0, 0))
    two = date_parser.parse(text, default=datetime(2001, 2, 2, 1, 1, 1))
    given = [getattr(one, attr) == getattr(two, attr) for attr, _ in _FIELDS]
    if not given[0]:
        raise ValueError("it gives no year")
    depth = given.index(False) if False in given else len(given)
    if any(given[depth:]):
        raise ValueError("it gives a finer field without the coarser ones (a day without its month?)")
    return one, _FIELDS[depth - 1][1]


def truncate(value: datetime, precision: Precision) -> datetime:
    """The start of the window: fields finer than ``precision`` set to zero.

    A time known to the second keeps its fraction: it is information, not noise.
    """
    if precision is Precision.SECOND:
        return value
    if precision is Precision.MINUTE and not value.second and not value.microsecond:
        return value
    rank = precision.rank
    return value.replace(
        month=value.month if rank >= Precision.MONTH.rank else 1,
        day=value.day if rank >= Precision.DAY.rank else 1,
        hour=value.hour if rank >= Precision.HOUR.rank else 0,
        minute=value.minute if rank >= Precision.MINUTE.rank else 0,
        second=value.second if rank >= Precision.SECOND.rank else 0,
        microsecond=0,
    )


def parse_time(
    value: TimeInput,
    *,
    field: str = "reported_at",
    tz: str | tzinfo | None = None,
) -> tuple[datetime, Precision]:
    """Read ``value`` as an aware datetime and the precision it is known to.

    Args:
        value: an ISO 8601 string ("2025-04-24T15:00+03:00", "2025-04-24",
            "2025-04"), a free-form date ("24 April 2025 15:00 +0300"), an aware
            ``datetime`` or a ``date``.
        field: the name used in error messages.
        tz: the timezone for values that carry none. Date-only values default
            to UTC; date-times without an offset are refused unless ``tz`` is given.
            A wall time ``tz`` skips or repeats is read at the offset before the change.

    A fraction finer than a microsecond is cut (``"10:00:00.1234567"`` is ``10:00:00.123456``),
    as every reader cuts it (docs/time.md).

    Returns:
        ``(start, precision)``: the start of the window the value covers, and
        how wide that window is.

    Raises:
        TimeError: the value cannot be read, or is a naive date-time and no
            ``tz`` was given.

    >>> parse_time("2025-05")[1].value
    'month'
    >>> parse_time("Thursday 24 April 2025", tz="Europe/Kyiv")[0].isoformat()
    '2025-04-24T00:00:00+03:00'
    """
    if isinstance(value, str) and len(value) > MAX_TIME_TEXT:
        raise TimeError(field, value, f"is longer than {MAX_TIME_TEXT} characters", "give a date such as '2025-04-24'")
    zone = _resolve_tz(tz)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            if zone is None:
                raise TimeError(field, value, "has no timezone", _HINT)
            value = value.replace(tzinfo=zone)
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise TimeError(field, value, f"is outside the years {MIN_YEAR}–{MAX_YEAR}", "check the year")
        return value, Precision.SECOND
    if isinstance(value, date):
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise TimeError(field, value, f"is outside the years {MIN_YEAR}–{MAX_YEAR}", "check the year")
        return datetime(value.year, value.month, value.day, tzinfo=zone or UTC), Precision.DAY
    if not isinstance(value, str):
        raise TimeError(field, value, f"expected an ISO 8601 string or a datetime, got {type(value).__name__}")
    if len(value) in (20, 25) and value[10] == "T" and (value[-1] == "Z" or value[-6] in "+-"):
        # The canonical form every writer here emits ("2025-04-24T15:00:00+03:00"):
        # known to the second, with its offset. Most input in bulk looks like this.
        try:
            quick = datetime.fromisoformat(value)
        except ValueError:
            quick = None
        if quick is not None and quick.tzinfo is not None and MIN_YEAR <= quick.year <= MAX_YEAR:
            return _one_offset(quick), Precision.SECOND
    return _parse_text(value, field, zone)


#: One object per fixed offset read (bounded: offsets in seconds could be many).
_ZONES: dict[tzinfo, tzinfo] = {}


def _one_offset(value: datetime) -> datetime:
    """``value`` with the one shared object of its fixed offset.

    ``fromisoformat`` makes a new offset object for every string it reads (about
    70 bytes each, more than the datetime's own 48); unnamed offsets are equal
    by their offset alone, so sharing one changes no value. ``astimezone`` to an
    equal offset gives the same wall time and fold, at a third of ``replace``'s cost.
    """
    zone = value.tzinfo
    if zone is UTC or type(zone) is not timezone:
        return value
    shared = _ZONES.get(zone)
    if shared is None:
        if len(_ZONES) >= 1024:
            return value
        shared = _ZONES.setdefault(zone, zone)
    if shared is zone:
        return value
    try:
        return value.astimezone(shared)
    except OverflowError:  # astimezone passes through UTC: year 1 at +14:00 has no UTC moment in range
        return value.replace(tzinfo=shared)


@lru_cache(maxsize=65536)
def _parse_text(value: str, field: str, zone: tzinfo | None) -> tuple[datetime, Precision]:
    """Read a time string. Cached: logs repeat timestamps (one per report, one per
    batch recorded), and sharing the parsed objects saves time and memory."""
    text = value.strip()
    if not text:
        raise TimeError(field, value, "is empty", "give a date such as '2025-04-24'")
    match = _ISO.match(text)
    if match:
        precision = _precision_of(match)
        y, m, d = int(match["y"]), int(match["m"] or 1), int(match["d"] or 1)
        has_clock = match["H"] is not None
        try:
            parsed = _one_offset(datetime.fromisoformat(text.replace(",", "."))) if has_clock else datetime(y, m, d)
        except ValueError as exc:
            raise TimeError(field, value, f"is not a valid date or time ({exc})") from exc
    else:
        try:
            parsed, precision = _loose(text)
        except (ValueError, OverflowError) as exc:
            why = str(exc) if str(exc).startswith(("it ", "the order")) else ""
            problem = "cannot be read as a date or time" + (f": {why}" if why else "")
            raise TimeError(field, value, problem, "use ISO 8601 such as '2025-04-24T15:00+03:00'") from exc
        has_clock = precision.rank >= Precision.HOUR.rank
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise TimeError(field, value, f"is outside the years {MIN_YEAR}–{MAX_YEAR}", "check the year")
    if parsed.tzinfo is None:
        if has_clock and zone is None:
            raise TimeError(field, value, "has no timezone", _HINT)
        parsed = parsed.replace(tzinfo=zone or UTC)
    return truncate(parsed, precision), precision


def instant(when: datetime) -> datetime:
    """``when`` as a moment that orders by the instant it names, whatever its zone.

    Python compares two datetimes of one named zone by their wall clocks: across
    spring forward, a time written in the gap ("03:30" in Kyiv, read at +02:00)
    sorts before "04:00" (+03:00) though it names a later instant. Fixed offsets
    compare correctly, so only a named zone is converted.

    >>> from zoneinfo import ZoneInfo
    >>> kyiv = ZoneInfo("Europe/Kyiv")
    >>> gap, after = datetime(2025, 3, 30, 3, 30, tzinfo=kyiv), datetime(2025, 3, 30, 4, tzinfo=kyiv)
    >>> gap < after, instant(gap) < instant(after)
    (True, False)
    """
    return when if type(when.tzinfo) is timezone else when.astimezone(UTC)


def to_utc_text(value: datetime) -> str:
    """A stable UTC rendering used where two equal instants must compare equal."""
    if value.tzinfo is UTC:
        return value.isoformat()
    return value.astimezone(UTC).isoformat()


_MINUTE = timedelta(minutes=1)


def whole_minute_offset(value: datetime | None) -> datetime | None:
    """``value``, in UTC if its offset has seconds (a named zone's local mean time before about 1924).

    Every record writes offsets to the minute, so such a time would be stored as
    another instant and its log would not load again; the instant is kept.

    >>> from zoneinfo import ZoneInfo
    >>> whole_minute_offset(datetime(1900, 1, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam"))).isoformat()
    '1900-01-01T11:40:28+00:00'
    >>> whole_minute_offset(datetime(2025, 4, 24, 12, tzinfo=ZoneInfo("Europe/Amsterdam"))).isoformat()
    '2025-04-24T12:00:00+02:00'
    """
    if value is not None and (offset := value.utcoffset()) and offset % _MINUTE:
        return value.astimezone(UTC)
    return value
