"""The series of what was known: best, low and high at the end of each day (or week, month, year).

"What did we know each evening?" is one :meth:`~casualtylog.CasualtyLog.history`
read at regular moments: the history already holds every change of best, low
and high, so the series costs one replay of the count, not one resolution per
day. Each point equals ``log.resolve(..., at=point.at)`` (a property test
checks it), where ``point.at`` is the moment the day ends: the midnight that
starts the next day, in ``tz``. A claim known only to its day becomes visible
then, so the figure "known on 8 October" includes what was said that day.

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog([
...     {"event": "gaza", "metric": "killed", "figure": "232", "source": "MoH", "reported_at": "2023-10-07"},
...     {"event": "gaza", "metric": "killed", "figure": "370", "source": "MoH", "reported_at": "2023-10-08"},
...     {"event": "gaza", "metric": "killed", "figure": "560", "source": "MoH", "reported_at": "2023-10-10"}])
>>> for row in known_series(log, "gaza", "killed").rows():
...     print(row["day"], row["best"])
2023-10-07 232
2023-10-08 370
2023-10-09 370
2023-10-10 560
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Literal

from dateutil.relativedelta import relativedelta

from casualtylog.claims import Count
from casualtylog.errors import PeriodError
from casualtylog.history import Clock, History
from casualtylog.times import Precision, TimeInput, parse_time, window_end

if TYPE_CHECKING:
    import pandas as pd

    from casualtylog.log import CasualtyLog
    from casualtylog.resolve.policies import Policy

__all__ = ["Frequency", "KnownPoint", "KnownSeries", "known_series", "series_from_history"]

Frequency = Literal["day", "week", "month", "year"]
_TICK = timedelta(microseconds=1)
_STEPS: dict[str, relativedelta] = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
}


@dataclass(frozen=True, slots=True)
class KnownPoint:
    """What was known about a count when one period (a day, a month …) ended.

    Attributes:
        day: the local date the period started (the day itself, for days).
        at: the moment the period ended: the instant ``resolve(at=...)`` is asked about.
        best, low, high: the resolution then (``None`` before any claim).
        changed: whether the numbers moved during the period.
    """

    day: date
    at: datetime
    best: int | None
    low: int | None
    high: int | None
    changed: bool


@dataclass(frozen=True, slots=True)
class KnownSeries:
    """The points of :func:`known_series`, oldest first."""

    count: Count
    policy: str
    clock: Clock
    points: tuple[KnownPoint, ...]

    def __iter__(self) -> Iterator[KnownPoint]:
        return iter(self.points)

    def __len__(self) -> int:
        return len(self.points)

    def rows(self) -> list[dict[str, Any]]:
        """One dict per point: ``day``, ``at``, ``best``, ``low``, ``high``, ``changed``."""
        return [
            {"day": p.day, "at": p.at, "best": p.best, "low": p.low, "high": p.high, "changed": p.changed}
            for p in self.points
        ]

    def to_frame(self) -> pd.DataFrame:
        """The points as a pandas frame indexed by ``day`` (needs the ``pandas`` extra)."""
        from casualtylog._extras import require  # noqa: PLC0415 - optional extra, imported when used

        pandas = require("pandas", "pandas", "KnownSeries.to_frame()")
        frame: pd.DataFrame = pandas.DataFrame(
            self.rows(), columns=["day", "at", "best", "low", "high", "changed"]
        ).set_index("day")
        return frame


def _local_midnight(moment: datetime, zone: tzinfo) -> datetime:
    local = moment.astimezone(zone)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _align(start: datetime, freq: str) -> datetime:
    if freq == "month":
        return start.replace(day=1)
    if freq == "year":
        return start.replace(month=1, day=1)
    if freq == "week":
        return start - timedelta(days=start.weekday())  # weeks start on Monday (ISO)
    return start


def _period_start(opening: datetime, freq: str, k: int) -> datetime:
    """The naive wall-clock start of the ``k``-th period after ``opening``.

    Days and weeks are plain ``timedelta`` arithmetic on a naive time (what
    ``relativedelta`` does for them, at a fraction of its cost: a daily series
    of years has thousands of periods); months and years need the calendar.
    """
    if freq == "day":
        return opening + timedelta(days=k)
    if freq == "week":
        return opening + timedelta(weeks=k)
    return opening + _STEPS[freq] * k


def series_from_history(
    history: History,
    *,
    freq: Frequency = "day",
    start: datetime | None = None,
    end: datetime | None = None,
    tz: tzinfo = UTC,
) -> KnownSeries:
    """Read ``history`` at the end of each period from ``start`` to ``end`` (default: its first and last step).

    Raises:
        PeriodError: an unknown frequency, or ``end`` before ``start``.
    """
    if freq not in _STEPS:
        raise PeriodError("freq", freq, f"expected one of {', '.join(_STEPS)}")
    # The steps' moments and numbers, read as columns: no step object is made for them.
    moments = list(history.moments())
    if not moments and (start is None or end is None):
        return KnownSeries(history.count, history.policy, history.clock, ())
    # A step at midnight is the end of the day before: claims known to the day arrive then.
    first = start if start is not None else moments[0] - _TICK
    last = end if end is not None else moments[-1]
    if last < first:
        raise PeriodError("end", last.isoformat(), f"is before start {first.isoformat()}")
    opening = _align(_local_midnight(first, tz), freq).replace(tzinfo=None)
    points: list[KnownPoint] = []
    previous: tuple[int | None, int | None, int | None] = (None, None, None)
    numbers = history.numbers()
    # Wall-clock arithmetic from the opening: a day is a calendar day across DST changes.
    begins = opening.replace(tzinfo=tz)
    i = 0
    k = 0
    while True:
        ends = _period_start(opening, freq, k + 1).replace(tzinfo=tz)
        if k and begins >= last:
            break
        # Periods and steps both move forward: one walk over the steps, not a search per period.
        i = bisect_right(moments, ends, lo=i)
        now = (None, None, None) if i == 0 else numbers[i - 1]
        points.append(KnownPoint(begins.date(), ends, *now, changed=now != previous))
        previous = now
        begins = ends
        k += 1
    return KnownSeries(history.count, history.policy, history.clock, tuple(points))


def known_series(
    log: CasualtyLog,
    event: str,
    metric: str,
    group: str | None = None,
    period: object = None,
    *,
    freq: Frequency = "day",
    start: TimeInput | None = None,
    end: TimeInput | None = None,
    tz: tzinfo = UTC,
    policy: str | Policy | None = None,
    clock: Clock = "reported",
) -> KnownSeries:
    """Best, low and high for one count at the end of each day (or ``freq``), from its history.

    ``start`` and ``end`` bound the days listed (default: the first and the
    last change); each point's ``at`` is the end of its period in ``tz``.
    With ``clock="recorded"`` the points are what the log had recorded by then.
    """
    history = log.history(event, metric, group, period, policy=policy, clock=clock)
    start_t = None if start is None else parse_time(start, field="start", tz=tz)[0]
    end_t = None
    if end is not None:
        end_t, precision = parse_time(end, field="end", tz=tz)
        if precision.rank <= Precision.DAY.rank:
            end_t = window_end(end_t, precision)  # the last day listed is the day named
    return series_from_history(history, freq=freq, start=start_t, end=end_t, tz=tz)
