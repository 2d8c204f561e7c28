"""How times are shown: in the zone they were stated in, and a day as that day.

One rule for every view (frames, HTML and text tables, plots, the report):

1. A time is shown in the zone it was stated in. Where one view needs one zone
   (a frame column, a plot axis) it uses the zone most of its times were stated
   in; ``tz=`` picks another.
2. A time known only to the day (or month, or year) is shown as that day, as
   stated: never converted to another zone, never as the end of its window.
   In a datetime column or on an axis it sits at the start of that day *in the
   view's zone*, so ``.dt.date`` gives the day the source wrote; a plot draws it
   across its day.

Stored values do not change: a claim keeps its instant and its precision, and
as-of queries still wait for the end of a day-only claim's window.

>>> from datetime import datetime, UTC
>>> from zoneinfo import ZoneInfo
>>> from casualtylog.times import Precision
>>> article = datetime(2025, 4, 25, tzinfo=ZoneInfo("Europe/Kyiv"))  # "25 April"
>>> time_text(article, Precision.DAY)
'2025-04-25'
>>> time_text(article, Precision.DAY, tz="UTC")  # a day stays the day it was written
'2025-04-25'
>>> view_moment(article, Precision.DAY, UTC).isoformat()
'2025-04-25T00:00:00+00:00'
>>> post = datetime(2025, 4, 24, 14, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
>>> time_text(post, Precision.MINUTE), time_text(post, Precision.MINUTE, tz="UTC")
('2025-04-24 14:00+03:00', '2025-04-24 11:00Z')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from casualtylog.display._common import offset_text, zone_from_label, zone_label
from casualtylog.times import Precision, window_end

if TYPE_CHECKING:
    from casualtylog.claims import Claim
    from casualtylog.history import HistoryStep

__all__ = ["claim_said", "is_coarse", "said_span", "step_said", "time_text", "view_moment", "view_zone"]

_COARSE_FORMAT = {Precision.YEAR: "%Y", Precision.MONTH: "%Y-%m", Precision.DAY: "%Y-%m-%d"}


def _as_zone(tz: str | tzinfo) -> tzinfo:
    return zone_from_label(tz) if isinstance(tz, str) else tz


def view_zone(times: Iterable[datetime], tz: str | tzinfo | None = None) -> tzinfo:
    """The one zone a view shows ``times`` in: ``tz`` if given, else the zone most were stated in.

    >>> from datetime import datetime
    >>> view_zone([datetime.fromisoformat("2025-04-24T09:00+03:00")])
    datetime.timezone(datetime.timedelta(seconds=10800))
    >>> view_zone([], tz="Europe/Kyiv")
    zoneinfo.ZoneInfo(key='Europe/Kyiv')
    """
    if tz is not None:
        return _as_zone(tz)
    labels = Counter(zone_label(t) for t in times)
    if not labels:
        return UTC
    # on a tie, a named zone ("Europe/Kyiv") over a bare offset: it knows summer time
    label = max(labels, key=lambda name: (labels[name], name[0] not in "+-"))
    return UTC if label == "+00:00" else zone_from_label(label)


def is_coarse(precision: Precision) -> bool:
    """Known only to the day, month or year."""
    return precision.rank < Precision.HOUR.rank


def view_moment(when: datetime, precision: Precision, zone: tzinfo | None = None) -> datetime:
    """Where ``when`` sits in a view in ``zone``: the same instant, or for a day the start of that day there.

    >>> from datetime import datetime, UTC
    >>> gaza_day = datetime.fromisoformat("2025-08-22T00:00+03:00")
    >>> view_moment(gaza_day, Precision.DAY, UTC).date().isoformat()
    '2025-08-22'
    """
    if zone is None:
        return when
    if is_coarse(precision):
        return when.replace(tzinfo=None).replace(tzinfo=zone)
    return when.astimezone(zone)


def said_span(when: datetime, precision: Precision, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """The window a claim was said in, as a view in ``zone`` draws it (a day: that whole day).

    >>> from datetime import datetime
    >>> start, end = said_span(datetime.fromisoformat("2025-04-25T00:00+03:00"), Precision.DAY)
    >>> start.isoformat(), end.isoformat()
    ('2025-04-25T00:00:00+03:00', '2025-04-26T00:00:00+03:00')
    """
    start = view_moment(when, precision, zone)
    if not is_coarse(precision):
        return start, start
    return start, window_end(start, precision)


def time_text(when: datetime | None, precision: Precision = Precision.SECOND, tz: str | tzinfo | None = None) -> str:
    """``when`` as people read it: a day as that day, a moment with its offset (``Z`` for UTC).

    >>> from datetime import datetime
    >>> time_text(datetime.fromisoformat("2025-04-24T09:00:30+00:00"))
    '2025-04-24 09:00:30Z'
    >>> time_text(None)
    ''
    """
    if when is None:
        return ""
    coarse = _COARSE_FORMAT.get(precision)
    if coarse is not None:
        return when.strftime(coarse)
    if tz is not None:
        when = when.astimezone(_as_zone(tz))
    offset = offset_text(when)
    fmt = "%Y-%m-%d %H:%M:%S" if when.second and precision is Precision.SECOND else "%Y-%m-%d %H:%M"
    return when.strftime(fmt) + ("Z" if offset == "+00:00" else offset)


def claim_said(claim: Claim) -> tuple[datetime, Precision]:
    """When a claim was said, at the precision it is known."""
    return claim.reported_at, claim.reported_precision


def step_said(step: HistoryStep) -> tuple[datetime, Precision]:
    """When a history step happened, as people read it.

    A step on the reported clock happens when its claims had certainly been
    said: for "22 August" that is the end of 22 August. People read it as
    22 August, so a step whose claims were known only to the day shows as
    that day.
    """
    coarse = [c for c in step.claims if is_coarse(c.reported_precision) and c.available_at == step.at]
    if not coarse or any(c.reported_at == step.at and not is_coarse(c.reported_precision) for c in step.claims):
        return step.at, Precision.SECOND
    return coarse[-1].reported_at, coarse[-1].reported_precision
