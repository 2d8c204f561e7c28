"""Validating JSON Lines records for the columnar form, without a Claim per row.

Records repeat their values: the same events, metrics, sources, figures and
channels over and over. Each distinct value of such a field is validated once,
by :class:`~casualtylog.Claim` itself (a record that differs from a known-good
one in that field alone), and remembered; what is left per row is a few dict
look-ups, the checks that tie fields together (a figure or a retraction, a
relay after the statement) and the id, hashed from the parts as
:func:`casualtylog.claim_ids.content_id` hashes a claim.

Anything the memoised path cannot vouch for (an unknown or missing field, a
value no memo holds, an id that does not match) is handed whole to
:func:`casualtylog._coerce.to_claim`: it accepts the record or raises the same
error :func:`~casualtylog.formats.jsonl.load_jsonl` raises, naming the file,
line, field and value. So the fast path can only be slower than Claim, never
more lenient.

>>> rows = RowReader(tz=None, path="f.jsonl")
>>> rec = {"event": "e", "metric": "dead", "figure": "12", "source": "s", "reported_at": "2025-04-24"}
>>> row = rows.row(dict(rec), line=1)
>>> (row.metric, str(row.figure), row.reported_precision.value, row.id == Claim.model_validate(rec).id)
('killed', '12', 'day', True)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any, cast

from casualtylog._coerce import to_claim
from casualtylog.claim_ids import _CLAIM_ID, content_id
from casualtylog.claims import MAX_LINKS, MAX_TEXT, RELAY_TOLERANCE, Claim, ClaimStatus, Count
from casualtylog.errors import CasualtyLogError
from casualtylog.figures import Figure
from casualtylog.periods import Period
from casualtylog.sources import Source
from casualtylog.times import Precision, parse_time, truncate, window_end

__all__ = ["Row", "RowReader"]

_FIELDS = frozenset(Claim.model_fields)
_REQUIRED = frozenset(("event", "metric", "figure", "source", "reported_at"))
_PRECISIONS = {p.value: p for p in Precision}
_STATUSES = {s.value: s for s in ClaimStatus}
_MINUTE = Precision.MINUTE.rank
#: A record every field of which Claim accepts: a field's value is validated by putting it here.
_GOOD: dict[str, Any] = {"event": "e", "metric": "killed", "figure": "1", "source": "s", "reported_at": "2025-01-01"}
#: The same with a retraction, so that a figure of null is judged alone.
_GOOD_RETRACTING = _GOOD | {"retracts": ["0" * 16]}
#: Time memos are bounded: times rarely repeat and a memo per row is memory the table must not keep.
_TIME_MEMO = 1 << 15
_INVALID = object()
_ABSENT = object()


class Row:
    """One record's validated parts: what the columns, the id and the checks read.

    It has the attributes of a :class:`~casualtylog.Claim` that those read, and
    is dropped once the row is in the columns.
    """

    __slots__ = (
        "as_of",
        "available_at",
        "event",
        "figure",
        "group",
        "id",
        "language",
        "metric",
        "period",
        "quote",
        "recorded_at",
        "relayed_at",
        "reported_at",
        "reported_precision",
        "retracts",
        "source",
        "status",
        "supersedes",
        "url",
        "via",
    )
    event: str
    metric: str
    group: str | None
    figure: Figure | None
    source: Source
    via: str | None
    reported_at: datetime
    reported_precision: Precision
    as_of: datetime | None
    recorded_at: datetime | None
    status: ClaimStatus
    supersedes: tuple[str, ...]
    retracts: tuple[str, ...]
    quote: str | None
    url: str | None
    language: str | None
    period: Period | None
    relayed_at: datetime | None
    id: str
    available_at: datetime

    @property
    def count(self) -> Count:
        """The count the row is about."""
        return Count(self.event, self.metric, self.group, self.period)


def _key(value: object) -> object:
    """A hashable key that tells apart values Python calls equal (1, 1.0, True); ``None`` if none."""
    cls = value.__class__
    if cls is str or cls is int or cls is float or cls is bool or value is None:
        return (cls, value)
    if cls is dict:
        items = cast("dict[object, object]", value).items()
        if all(v.__class__ is str for _, v in items):
            return (dict, tuple(sorted(cast("dict[str, str]", value).items())))
    return None


class RowReader:
    """Validates records one by one; remembers each distinct value of a repeating field.

    Args:
        tz: as :func:`~casualtylog.formats.jsonl.load_jsonl`'s ``tz``.
        path: the file's name, for errors.
    """

    def __init__(self, *, tz: str | tzinfo | None, path: str | None) -> None:
        self.tz = tz
        self.path = path
        self._context = None if tz is None else {"tz": tz}
        self._memo: dict[str, dict[object, Any]] = {}
        self._times: dict[object, Any] = {}
        self.fallbacks = 0  # records validated whole by Claim (for tests and benchmarks)

    def _field(self, name: str, raw: object) -> Any:
        """``raw`` as Claim reads field ``name`` (memoised), or ``_INVALID``."""
        key = _key(raw)
        if key is None:
            return _INVALID
        memo = self._memo.get(name)
        if memo is None:
            memo = self._memo[name] = {}
        got = memo.get(key, memo)
        if got is memo:
            got = memo[key] = self._validate_alone(name, raw)
        return got

    def _validate_alone(self, name: str, raw: object) -> Any:
        base = _GOOD_RETRACTING if name == "figure" else _GOOD
        try:
            claim = Claim.model_validate(base | {name: raw}, context=self._context)
        except Exception:  # noqa: BLE001 - whatever Claim refuses, the row is handed to Claim whole
            return _INVALID
        return getattr(claim, name)

    def _when(self, raw: object, declared: object, field: str) -> Any:
        """``(time, precision)`` as Claim reads a time (with its declared precision), or ``_INVALID``."""
        if raw.__class__ is not str or not (declared is _ABSENT or declared.__class__ is str):
            # Datetimes (exact_times reads fractions of a second) are rare, and equal across
            # offsets: a memo keyed by them would mix offsets up. Claim reads them.
            return _INVALID
        key = (raw, declared)
        times = self._times
        got = times.get(key)
        if got is None:
            if len(times) >= _TIME_MEMO:
                times.clear()
            try:
                when, precision = parse_time(raw, field=field, tz=self.tz)
                if declared is not _ABSENT:
                    chosen = _PRECISIONS.get(cast("str", declared))
                    if chosen is None:
                        got = _INVALID
                    else:
                        if chosen is not precision:
                            when = truncate(when, chosen)  # a declared precision rules, as Claim reads it
                        precision = chosen
                if got is None:
                    got = _INVALID if when.tzinfo is None or when.utcoffset() is None else (when, precision)
            except (CasualtyLogError, ValueError, OverflowError):
                got = _INVALID
            times[key] = got
        return got

    def row(self, record: dict[str, Any], line: int) -> Row | Claim:
        """The record's parts, or (when only Claim can judge it) the Claim it is.

        Raises:
            ClaimFormatError: the record is not a valid claim (file, line, field, value).
        """
        parts = self._fast(record)
        if parts is not None:
            return parts
        self.fallbacks += 1
        return to_claim(record, tz=self.tz, path=self.path, line=line)

    def _fast(self, record: dict[str, Any]) -> Row | None:
        if not (record.keys() <= _FIELDS and record.keys() >= _REQUIRED):
            return None
        field: Callable[[str, object], Any] = self._field
        get = record.get
        row = Row()
        for name in ("event", "metric", "figure", "source"):
            value = field(name, record[name])
            if value is _INVALID:
                return None
            setattr(row, name, value)
        for name in ("group", "via", "language", "period"):
            raw = get(name)
            value = None if raw is None else field(name, raw)
            if value is _INVALID:
                return None
            setattr(row, name, value)
        status = get("status", "reported")
        chosen = _STATUSES.get(status) if status.__class__ is str else None
        if chosen is None:
            return None
        row.status = chosen
        for name in ("quote", "url"):
            raw = get(name)
            if raw is not None:
                if raw.__class__ is not str or len(raw) > MAX_TEXT[name]:
                    return None
                if not raw.strip():
                    raw = None
            setattr(row, name, raw)
        reported = self._when(record["reported_at"], get("reported_precision", _ABSENT), "reported_at")
        if reported is _INVALID:
            return None
        row.reported_at, row.reported_precision = reported
        for name in ("as_of", "recorded_at", "relayed_at"):
            raw = get(name)
            if raw is None:
                setattr(row, name, None)
                continue
            when = self._when(raw, _ABSENT, name)
            if when is _INVALID:
                return None
            setattr(row, name, when[0])
        for name in ("supersedes", "retracts"):
            raw = get(name, ())
            if raw.__class__ is str:
                raw = (raw,)
            elif raw.__class__ is not list and raw.__class__ is not tuple:
                return None
            if raw:
                if len(raw) > MAX_LINKS or not all(v.__class__ is str and _CLAIM_ID.fullmatch(v) for v in raw):
                    return None
                raw = tuple(sorted(set(raw)))
            else:
                raw = ()
            setattr(row, name, raw)
        # The checks Claim makes across fields (Claim._identify).
        if row.figure is None and not row.retracts:
            return None
        if row.relayed_at is not None and row.relayed_at < row.reported_at - RELAY_TOLERANCE:
            return None
        computed = content_id(cast("Claim", row))
        given = get("id", "")
        if given == "" or given == computed:
            row.id = computed
        else:
            return None  # a wrong id, or one of names as stored before normalising: Claim decides
        row.available_at = (
            row.reported_at
            if row.reported_precision.rank >= _MINUTE
            else window_end(row.reported_at, row.reported_precision)
        )
        return row
