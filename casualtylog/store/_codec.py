"""Claims to rows of the ``claims`` table and back.

A row keeps the claim's full record as compact JSON text (what
:meth:`Claim.to_record` gives) beside the columns that queries filter on. Times
in those columns are fixed-width UTC text, so that comparing the text compares
the instants:

>>> from datetime import datetime, timedelta, timezone
>>> utc_text(datetime(2025, 4, 24, 15, 0, tzinfo=timezone(timedelta(hours=3))))
'2025-04-24T12:00:00.000000Z'
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from casualtylog._readback import READ_ERRORS, ensure_reads_back, read_record
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.store.errors import StoreCorruptError

__all__ = ["Row", "bound_text", "check_record", "columns", "decode", "encode", "record_text", "utc_text"]

Row = tuple[str, str, str, str | None, str, str, str, str]
"""``(id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record)``."""

_BELOW_ALL = "0000"
_ABOVE_ALL = "9999-99"


def utc_text(value: datetime) -> str:
    """``value`` as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in UTC: text order is time order.

    >>> utc_text(datetime(2025, 1, 2, tzinfo=UTC))
    '2025-01-02T00:00:00.000000Z'
    """
    u = value.astimezone(UTC)
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}Z"


def bound_text(value: datetime) -> str:
    """Like :func:`utc_text`, for a query bound that may lie outside the years 1–9999 in UTC.

    >>> bound_text(datetime(1, 1, 1, tzinfo=UTC) + timedelta(hours=1))
    '0001-01-01T01:00:00.000000Z'
    """
    try:
        return utc_text(value)
    except OverflowError:
        offset = value.utcoffset() or timedelta(0)
        return _BELOW_ALL if offset > timedelta(0) else _ABOVE_ALL


def _lone_surrogate(record: dict[str, Any]) -> tuple[str | None, object]:
    for name, value in record.items():
        for text in value if isinstance(value, list | tuple) else (value,):
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    return name, value
    return None, record


def encode(claim: Claim, *, position: int | None = None, checked: bool = False) -> Row:
    """The row that stores ``claim``, which must carry ``recorded_at``.

    The record is read back first (unless the caller ``checked`` it with
    :func:`check_record`): a claim it would not reproduce is refused here,
    before anything is written, rather than stored and then unreadable.

    >>> row = encode(Claim(event="e", metric="killed", figure="3", source="s",
    ...                    reported_at="2025-04-24", recorded_at="2025-05-01T10:00Z"))
    >>> row[1:7]
    ('e', 'killed', None, '2025-04-24T00:00:00.000000Z', '2025-04-25T00:00:00.000000Z', '2025-05-01T10:00:00.000000Z')
    >>> row[7]
    '{"event":"e","metric":"killed","figure":"3","source":"s","reported_at":"2025-04-24T00:00:00Z","reported_precision":"day","recorded_at":"2025-05-01T10:00:00Z","id":"..."}'

    Raises:
        ClaimFormatError: a text field holds a lone surrogate, which UTF-8 cannot
            store, or the record would not read back as ``claim`` (``position``
            is its place in the batch, for the message).
    """
    if claim.recorded_at is None:  # pragma: no cover - the log stamps every claim first
        raise ValueError("a stored claim needs recorded_at")
    text = record_text(claim)
    if not checked:
        ensure_reads_back(claim, text, position=position)
    return (*columns(claim), text)


def check_record(claim: Claim, *, position: int | None = None) -> None:
    """Raise :class:`ClaimFormatError` unless ``claim``'s record can be stored and reads back.

    Stamping ``recorded_at`` later does not change the outcome (the time is
    written with its offset and microseconds and read back exactly), so
    writers check before they take the store's write lock.
    """
    ensure_reads_back(claim, record_text(claim), position=position)


def record_text(claim: Claim) -> str:
    """``claim``'s record as the compact JSON text a row keeps.

    Raises:
        ClaimFormatError: a text field holds a lone surrogate, which UTF-8 cannot store.
    """
    record = claim.to_record()
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        field, value = _lone_surrogate(record)
        raise ClaimFormatError(
            None,
            None,
            field,
            value,
            "contains a lone surrogate (half of a UTF-16 pair), which cannot be stored as UTF-8; "
            "decode the source text correctly or replace the character",
        ) from None
    return text


def columns(claim: Claim) -> tuple[str, str, str, str | None, str, str, str]:
    """The columns beside the record that store ``claim``: ``(id, event, metric, grp, reported_at_utc,
    available_at_utc, recorded_at_utc)``; what :func:`encode` writes and ``verify`` compares."""
    recorded = "" if claim.recorded_at is None else utc_text(claim.recorded_at)
    return (
        claim.id,
        claim.event,
        claim.metric,
        claim.group,
        utc_text(claim.reported_at),
        utc_text(claim.available_at),
        recorded,
    )


def decode(record: str, *, path: str | Path, seq: int) -> Claim:
    """The claim stored as ``record`` in row ``seq`` of the store at ``path``.

    Times are read with :meth:`datetime.fromisoformat`, which keeps microseconds.

    >>> c = Claim(event="e", metric="killed", figure="3", source="s",
    ...           reported_at="2025-04-24", recorded_at="2025-05-01T10:00:00.123456Z")
    >>> decode(encode(c)[7], path="claims.db", seq=1) == c
    True

    Raises:
        StoreCorruptError: the record is not JSON or not a valid claim, or it has no
            ``recorded_at`` (a store stamps every claim it keeps: :func:`encode` refuses one without).
    """
    try:
        claim = read_record(record)
    except READ_ERRORS as exc:
        problem = " ".join(str(exc).split())
        raise StoreCorruptError(
            path,
            "read",
            f"row {seq} of table 'claims' is not a valid claim ({problem[:300]})",
            "the file was changed outside casualtylog; restore it from a copy or an export",
        ) from exc
    if claim.recorded_at is None:  # stamping it now would make up when the store learnt the claim
        raise StoreCorruptError(
            path,
            "read",
            f"row {seq} of table 'claims' has no recorded_at (a store stamps every claim it keeps)",
            "the file was changed outside casualtylog; restore it from a copy or an export",
        )
    return claim
