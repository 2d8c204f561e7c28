"""Canonical times (``2025-04-24T15:00:00+03:00``) read into microseconds without a datetime
each, for :mod:`casualtylog.bulk.ingest_quick`: exactly as :func:`~casualtylog.times.parse_time`
reads that form, or not at all (``None``: parse_time reads it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from casualtylog.times import MAX_YEAR, MIN_YEAR

__all__ = ["Clock", "canonical_time", "micros"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def micros(value: datetime) -> int:
    return (value - _EPOCH) // _MICROSECOND


def canonical_time(raw: str) -> datetime | None:
    """``raw`` as :func:`~casualtylog.times.parse_time` reads its canonical form (to the second,
    with an offset), or ``None`` if it is not in that form (then parse_time reads it otherwise)."""
    if len(raw) not in (20, 25) or raw[10] != "T" or not (raw[-1] == "Z" or raw[-6] in "+-"):
        return None
    if "." in raw or "," in raw:  # a fraction ("15:00:00,1234Z" fits the lengths too): not to the second
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if when.tzinfo is None or not MIN_YEAR <= when.year <= MAX_YEAR:
        return None
    return when


class Clock:
    """Canonical times (``2025-04-24T15:00:00+03:00``) to microseconds, by their parts.

    Dates, times of day and offsets repeat far more than whole times: each part is remembered
    once a whole time holding it was read by :func:`canonical_time` (so a part is in a memo
    only if it is valid wherever it appears), and a time whose three parts are known is
    computed from them without a datetime. The UTC text the id hashes is put together the same
    way. Memos are bounded by what they hold: days, seconds of a day, offsets.
    """

    def __init__(self) -> None:
        self.days: dict[str, int] = {}  # "2025-04-24" → µs of its midnight, UTC
        self.seconds: dict[str, int] = {}  # "15:00:00" → seconds into the day
        self.offsets: dict[str, int] = {}  # "+03:00" or "Z" → µs east of UTC
        self._day_text: dict[int, str] = {}
        self._second_text: dict[int, str] = {}

    def read(self, raw: str) -> tuple[int, int] | None:
        """``(µs since 1970, µs east of UTC)`` of a canonical time, or ``None`` if ``raw`` is not one."""
        day = self.days.get(raw[:10])
        if day is not None and len(raw) in (20, 25):
            second = self.seconds.get(raw[11:19])
            offset = self.offsets.get(raw[19:])
            if second is not None and offset is not None and raw[10] == "T":
                return day + second * 1_000_000 - offset, offset
        when = canonical_time(raw)
        if when is None:
            return None
        offset = (when.utcoffset() or timedelta()) // _MICROSECOND
        us = (when - _EPOCH) // _MICROSECOND
        if raw[13] == ":" and raw[16] == ":" and raw[19] in "+-Z" and (len(raw) == 20 or raw[22] == ":"):
            # Laid out as the parts assume (not, say, an offset with seconds): remember them.
            second = when.hour * 3600 + when.minute * 60 + when.second
            self.days[raw[:10]] = us + offset - second * 1_000_000
            self.seconds[raw[11:19]] = second
            self.offsets[raw[19:]] = offset
        return us, offset

    def utc_text(self, us: int) -> str:
        """The UTC text of a whole second, as :func:`~casualtylog.times.to_utc_text` writes it."""
        day, second = divmod(us // 1_000_000, 86_400)
        date_text = self._day_text.get(day)
        if date_text is None:
            date_text = self._day_text[day] = (_EPOCH + timedelta(days=day)).date().isoformat()
        time_text = self._second_text.get(second)
        if time_text is None:
            time_text = self._second_text[second] = (
                f"T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}+00:00"
            )
        return date_text + time_text
