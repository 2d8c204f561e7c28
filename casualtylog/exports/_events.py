"""An event's own facts (dates, place) in the codes of UCDP GED and ACLED.

The codes follow the published definitions quoted in docs/exports.md:

- GED ``date_prec``: 1 the exact date is known; 2 start and end dates span
  more than one calendar day but no more than six; 3 the dates are specified
  to a week; 4 to a month; 5 to a year.
- GED ``where_prec``: 1 exact location; 2 a limited area around a named
  place; 3 a second-order admin division (ADM2); 4 a first-order one (ADM1);
  6 the whole country. (5, parts of a country larger than ADM1, and 7, water
  or airspace, have no counterpart in :class:`~casualtylog.events.GeoPrecision`.)
- ACLED ``time_precision``: 1 an actual date; 2 sometime during a week or a
  similar period; 3 sometime during a month, coded at the month's mid-point.
- ACLED ``geo_precision``: 1 a particular town; 2 a small part of a region
  or near a town; 3 a larger region (a provincial capital stands for it).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casualtylog.events import Event, EventPrecision, GeoPrecision

_WHERE_PREC = {
    GeoPrecision.EXACT: 1,
    GeoPrecision.NEAR: 2,
    GeoPrecision.ADM2: 3,
    GeoPrecision.ADM1: 4,
    GeoPrecision.COUNTRY: 6,
}
_GEO_PRECISION = {
    GeoPrecision.EXACT: 1,
    GeoPrecision.NEAR: 2,
    GeoPrecision.ADM2: 2,
    GeoPrecision.ADM1: 3,
    GeoPrecision.COUNTRY: 3,
}
_WEEK = 7


def ged_date_prec(precision: EventPrecision, days: int) -> int:
    """GED's ``date_prec`` for an event's window.

    >>> ged_date_prec(EventPrecision.DAY, 1), ged_date_prec(EventPrecision.WINDOW, 3)
    (1, 2)
    >>> ged_date_prec(EventPrecision.WEEK, 7), ged_date_prec(EventPrecision.MONTH, 30), ged_date_prec(EventPrecision.YEAR, 365)
    (3, 4, 5)
    >>> ged_date_prec(EventPrecision.WINDOW, 20), ged_date_prec(EventPrecision.WINDOW, 45)
    (4, 5)
    """
    if precision is EventPrecision.YEAR:
        return 5
    if precision is EventPrecision.MONTH:
        return 4
    if precision is EventPrecision.WEEK:
        return 3
    # A window of days: the codebook's categories by how many days it spans.
    if days <= 1:
        return 1
    if days < _WEEK:
        return 2
    if days == _WEEK:
        return 3
    return 4 if days <= 31 else 5


def ucdp_event_facts(event: Event) -> dict[str, Any]:
    """The GED date and place columns an event fills (empty when it declares none)."""
    out: dict[str, Any] = {}
    if event.when is not None:
        out["date_start"] = event.when.start
        out["date_end"] = event.when.end
        out["date_prec"] = ged_date_prec(event.when.precision, event.when.days)
        out["date_basis"] = "event"
    place = event.where
    if place is not None:
        out["where_description"] = place.name
        out["country"] = place.country
        out["adm_1"] = place.admin1
        out["adm_2"] = place.admin2
        out["latitude"] = place.latitude
        out["longitude"] = place.longitude
        out["where_prec"] = None if place.precision is None else _WHERE_PREC[place.precision]
    return out


def _midpoint(start: date, end: date) -> date:
    return start + timedelta(days=(end - start).days // 2)


def acled_event_facts(event: Event) -> dict[str, Any]:
    """ACLED's ``event_date``, ``time_precision`` and location columns from an event.

    A window of a week or less is precision 2, anything longer 3; the date is
    the window's mid-point (ACLED's rule for a month; used here for every window).
    """
    out: dict[str, Any] = {}
    when = event.when
    if when is not None:
        day = when.start if when.days == 1 else _midpoint(when.start, when.end)
        out["event_date"] = day
        out["year"] = day.year
        out["time_precision"] = 1 if when.days == 1 else 2 if when.days <= _WEEK else 3
    place = event.where
    if place is not None:
        out["country"] = place.country
        out["admin1"] = place.admin1
        out["admin2"] = place.admin2
        out["location"] = place.name
        out["latitude"] = place.latitude
        out["longitude"] = place.longitude
        out["geo_precision"] = None if place.precision is None else _GEO_PRECISION[place.precision]
    return out
