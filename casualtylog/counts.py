"""Counts: what a figure is about (one metric, for one event, for one group, over one span)."""

from __future__ import annotations

import sys
from typing import NamedTuple

from casualtylog.errors import VocabularyError
from casualtylog.names import MAX_NAME, normalise_name
from casualtylog.periods import Period, parse_period
from casualtylog.vocab import normalise_group, normalise_metric

__all__ = ["COUNT_COLUMNS", "Count"]


class Count(NamedTuple):
    """What a figure is about: one metric, for one event, for one group.

    ``group`` is ``None`` for everyone. Counts are plain tuples: cheap to hash
    and to sort.

    >>> str(Count("kyiv-2025-04-24", "injured", "children"))
    'kyiv-2025-04-24 / injured / children'
    """

    event: str
    metric: str
    group: str | None = None
    #: The span counted (docs/series.md); ``None`` for a running total since the event began.
    period: Period | None = None

    def __eq__(self, other: object) -> bool:
        # Without a period a count equals its (event, metric, group) triple, as before periods
        # existed: dicts keyed by counts still answer lookups by plain triples.
        if self.period is None and type(other) is tuple and len(other) == 3:
            return tuple.__eq__(self[:3], other)
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self[:3]) if self.period is None else tuple.__hash__(self)

    def __repr__(self) -> str:
        # Without a period a count reads as it always has: most counts are running totals.
        tail = "" if self.period is None else f", period={self.period!r}"
        return f"Count(event={self.event!r}, metric={self.metric!r}, group={self.group!r}{tail})"

    def __str__(self) -> str:
        parts = [self.event, self.metric] + ([self.group] if self.group else [])
        if self.period is not None:
            parts.append(str(self.period) if self.period.running else f"in {self.period}")
        return " / ".join(parts)

    @classmethod
    def of(cls, event: str, metric: str, group: str | None = None, period: object = None) -> Count:
        """A count with its metric and group normalised (and its period read, if any).

        >>> Count.of("kyiv", "Dead", "kids")
        Count(event='kyiv', metric='killed', group='children')
        >>> str(Count.of("ukr", "killed", None, "2017-05"))
        'ukr / killed / in 2017-05'
        """
        span = None if period is None else parse_period(period)
        return cls(_event(event), normalise_metric(metric), normalise_group(group), span)


def _event(value: object) -> str:
    if not isinstance(value, str) or (len(value) <= MAX_NAME["event"] and not value.strip()):
        raise VocabularyError("event", value, "a non-empty name such as 'kyiv-2025-04-24'")
    return sys.intern(normalise_name(value, field="event"))  # one copy of each event name, however many claims


#: A count's fields as table columns, first in every table that lists counts.
COUNT_COLUMNS: tuple[str, ...] = Count._fields
