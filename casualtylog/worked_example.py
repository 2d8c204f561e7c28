"""The worked example of DESIGN §1: the Kyiv attack of the night of 23–24 April 2025.

The figures, sources and channels are those a news article (May 2025) carried.
The article gives the day of each statement, not the hour; the hours below are
illustrative (marked so in each claim's precision: the outlet's repeats are
known only to the day, the Air Force statement only to the day). They are
chosen so that "earlier reports" come before Tkachenko's Telegram update, which
is all the article says about their order, and the update's supersedes link
makes that order explicit.

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog(kyiv_claims())
>>> [str(r) for r in log.resolve_all()]  # doctest: +NORMALIZE_WHITESPACE
['kyiv-2025-04-24 / injured: 90', 'kyiv-2025-04-24 / injured / children: at least 12',
 'kyiv-2025-04-24 / intercepted / drones: 64', 'kyiv-2025-04-24 / intercepted / missiles: 48',
 'kyiv-2025-04-24 / killed: 12', 'kyiv-2025-04-24 / launched / drones: 145',
 'kyiv-2025-04-24 / launched / missiles: 70']
"""

from __future__ import annotations

from casualtylog.claims import Claim
from casualtylog.events import Event
from casualtylog.times import parse_time

__all__ = ["EVENT", "TKACHENKO_UPDATE", "kyiv_claims", "kyiv_event"]

EVENT = "kyiv-2025-04-24"
#: When Tkachenko's Telegram update is placed (illustrative hour, see above).
TKACHENKO_UPDATE = "2025-04-24T14:00+03:00"

_AUTHORITIES = {"name": "Ukrainian authorities", "kind": "official"}
_KCMA = {"name": "Kyiv City Military Administration", "kind": "official"}
_AIR_FORCE = {"name": "Ukrainian Air Force", "kind": "military"}
_OUTLET = "news article (May 2025)"
# The article's dates are Kyiv dates: read as that day in Kyiv (docs/time.md), the documented way.
_KYIV_DAY, _DAY = parse_time("2025-04-24", tz="Europe/Kyiv")


def kyiv_claims() -> list[Claim]:
    """The claims of the worked example, in the order an analyst would log them."""
    earlier_killed = Claim.model_validate(
        {
            "event": EVENT,
            "metric": "killed",
            "figure": "10",
            "source": _AUTHORITIES,
            "via": _OUTLET,
            "reported_at": "2025-04-24T09:00+03:00",
            "quote": "earlier reports: 10 dead, 90 injured",
            "language": "en",
        }
    )
    earlier_injured = Claim.model_validate(
        {
            "event": EVENT,
            "metric": "injured",
            "figure": "90",
            "source": _AUTHORITIES,
            "via": _OUTLET,
            "reported_at": "2025-04-24T09:00+03:00",
            "quote": "earlier reports: 10 dead, 90 injured",
            "language": "en",
        }
    )
    common = {"event": EVENT, "source": _KCMA, "via": "Telegram", "reported_at": TKACHENKO_UPDATE, "language": "en"}
    two_more = Claim.model_validate(
        common
        | {
            "metric": "killed",
            "figure": "two more",
            "supersedes": [earlier_killed.id],
            "quote": "rescuers recovered two more bodies",
        }
    )
    twelve = Claim.model_validate(
        common
        | {
            "metric": "killed",
            "figure": "12",
            "supersedes": [earlier_killed.id],
            "quote": "rescuers recovered two more bodies … we now have 12 dead",
        }
    )
    injured = Claim.model_validate(
        common | {"metric": "injured", "figure": "90", "quote": "90 injured, at least 12 of them children"}
    )
    children = Claim.model_validate(
        common
        | {
            "metric": "injured",
            "group": "children",
            "figure": "at least 12",
            "quote": "90 injured, at least 12 of them children",
        }
    )
    air_force = [
        Claim.model_validate(
            {
                "event": EVENT,
                "metric": metric,
                "group": group,
                "figure": figure,
                "source": _AIR_FORCE,
                "via": "official statement",
                "reported_at": _KYIV_DAY,
                "reported_precision": _DAY,
                "quote": "intercepted 48 of 70 missiles and 64 of 145 drones",
                "language": "en",
            }
        )
        for metric, group, figure in [
            ("launched", "missiles", "70"),
            ("intercepted", "missiles", "48"),
            ("launched", "drones", "145"),
            ("intercepted", "drones", "64"),
        ]
    ]
    # The outlet repeats the official figures: same originator, another channel.
    # Its repeats are not independent corroboration, and they are said "on 24 April".
    repeats = [
        Claim.model_validate(
            {
                "event": EVENT,
                "metric": c.metric,
                "group": c.group,
                "figure": c.figure,
                "source": _KCMA,
                "via": _OUTLET,
                "reported_at": _KYIV_DAY,
                "reported_precision": _DAY,
                "language": "en",
            }
        )
        for c in (twelve, injured, children)
    ]
    return [earlier_killed, earlier_injured, two_more, twelve, injured, children, *air_force, *repeats]


def kyiv_event() -> Event:
    """The attack itself: the night of 23–24 April 2025 in Kyiv, dated as UCDP would (24 April).

    The admin code is Kyiv city's ISO 3166-2 code; the coordinates are the
    city centre's, so their precision is the city (``adm1``: Kyiv is a
    first-level division of its own).
    """
    return Event.of(
        {
            "id": EVENT,
            "title": "Russian missile and drone attack on Kyiv",
            "when": "2025-04-24",
            "kind": "attack",
            "where": {
                "name": "Kyiv",
                "country": "UA",
                "admin1": "UA-30",
                "latitude": 50.45,
                "longitude": 30.52,
                "precision": "adm1",
            },
        }
    )
