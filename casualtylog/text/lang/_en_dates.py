"""English dates and other events: month names and the cues of an event other than the report's.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); en.py assembles the language. Moved verbatim from en.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _en_events as ev
from casualtylog.text.lang import _en_shapes as shapes

__all__ = ["MONTHS", "OTHER_EVENT_CUES"]


MONTHS = frozenset(
    [
        *ev.MONTHS,
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)

OTHER_EVENT_CUES = (
    shapes.OTHER_EVENT_CUES
    | ev.RATE_CUES
    | ev.MONTH_EVENTS
    | ev.SIMILAR_EVENTS
    | frozenset(
        [
            "last year's",
            "last year",
            "last month's",
            "last week's",
            "a year ago",
            "years ago",
            "previous attack",
            "previous attacks",
            "previous strike",
            "previous strikes",
            "previous shelling",
            "previous bombing",
            "earlier attack",
            "earlier strike",
            "a similar attack",
            "similar attacks",
            "last week",
            "last month",
            "earlier this month",
            "earlier this year",
            "earlier this week",
            "a day earlier",
            "the day before",
            "the previous day",
            "a week earlier",
            "a month earlier",
            "a year earlier",
        ]
    )
)
