"""Small helpers shared by the display and export modules (no optional dependencies)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from casualtylog.claims import Claim
from casualtylog.errors import TimeError
from casualtylog.log import CasualtyLog
from casualtylog.resolve.model import Resolution

__all__ = ["as_claims", "as_resolutions", "offset_text", "zone_from_label", "zone_label"]

_OFFSET = re.compile(r"^(?:UTC)?([+-])(\d{2}):?(\d{2})$")


def offset_text(when: datetime) -> str:
    """The UTC offset of ``when`` as ``+03:00`` (``+00:00`` for UTC).

    >>> from datetime import datetime, UTC
    >>> offset_text(datetime(2025, 4, 24, tzinfo=UTC))
    '+00:00'
    """
    delta = when.utcoffset() or timedelta(0)
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def zone_label(when: datetime) -> str:
    """How ``when``'s time zone is kept in a text column: an IANA name, else its offset.

    >>> from zoneinfo import ZoneInfo
    >>> from datetime import datetime
    >>> zone_label(datetime(2025, 4, 24, tzinfo=ZoneInfo("Europe/Kyiv")))
    'Europe/Kyiv'
    >>> zone_label(datetime.fromisoformat("2025-04-24T09:00+03:00"))
    '+03:00'
    """
    tz = when.tzinfo
    if isinstance(tz, ZoneInfo):
        return tz.key
    return offset_text(when)


#: The longest zone label read: IANA names are at most about 30 characters, and a longer
#: text would only reach the file system as a path too long to open.
MAX_ZONE_LABEL = 100
_NO_ZONE = "is neither an offset nor a known time zone"
_ZONE_HINT = "use '+03:00' or 'Europe/Kyiv'"


def zone_from_label(label: str) -> tzinfo:
    """The time zone a :func:`zone_label` names.

    >>> zone_from_label("+03:00")
    datetime.timezone(datetime.timedelta(seconds=10800))
    >>> zone_from_label("Europe/Kyiv")
    zoneinfo.ZoneInfo(key='Europe/Kyiv')
    >>> zone_from_label("Europe")
    Traceback (most recent call last):
    ...
    casualtylog.errors.TimeError: tz='Europe': is neither an offset nor a known time zone; use '+03:00' or 'Europe/Kyiv'

    Raises:
        TimeError: neither an offset such as ``+03:00`` nor a known IANA zone (anything
            else: a path, a directory of the zone database, a label that is no text).
    """
    if not isinstance(label, str) or len(label) > MAX_ZONE_LABEL:
        raise TimeError("tz", label, _NO_ZONE, _ZONE_HINT)
    return _zone(label)


@functools.lru_cache(maxsize=512)  # a frame names a few zones, once per time cell
def _zone(label: str) -> tzinfo:
    text = label.strip()
    if text.upper() in {"Z", "UTC"}:
        return UTC
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes = match.groups()
        if int(hours) > 23 or int(minutes) > 59:  # "+03:60" is no 04:00, and ±24:00 no offset
            raise TimeError("tz", label, "is an offset out of range", "offsets run from -23:59 to +23:59")
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(text)
    except Exception as exc:
        # ZoneInfo opens a file named by the label: a directory ("Europe") or a name too long
        # for the file system fails as OSError, a file that is no zone as whatever its parser
        # meets; none of these is the caller's to catch.
        raise TimeError("tz", label, _NO_ZONE, _ZONE_HINT) from exc


def as_claims(source: CasualtyLog | Claim | Iterable[Claim]) -> list[Claim]:
    """The claims of a log (in the order added), one claim, or an iterable of claims."""
    if isinstance(source, Claim):
        return [source]
    return list(source)


def as_resolutions(source: CasualtyLog | Resolution | Iterable[Resolution]) -> list[Resolution]:
    """A log's current resolutions (:meth:`CasualtyLog.resolve_all`), one resolution, or many."""
    if isinstance(source, Resolution):
        return [source]
    if isinstance(source, CasualtyLog):
        return list(source.resolve_all())
    return list(source)
