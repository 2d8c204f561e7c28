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

from datetime import datetime, tzinfo
from hashlib import sha256
from typing import Any, cast

from casualtylog._coerce import to_claim
from casualtylog.claim_ids import _CANONICAL, _CLAIM_ID
from casualtylog.claims import MAX_LINKS, MAX_TEXT, RELAY_TOLERANCE, Claim, ClaimStatus, Count
from casualtylog.errors import CasualtyLogError
from casualtylog.figures import Figure
from casualtylog.formats.reader import exact_times
from casualtylog.periods import Period
from casualtylog.sources import Source, SourceKind
from casualtylog.times import Precision, parse_time, to_utc_text, truncate, whole_minute_offset, window_end

__all__ = ["Row", "RowReader"]

_FIELDS = frozenset(Claim.model_fields)
_REQUIRED = frozenset(("event", "metric", "figure", "source", "reported_at"))
_PRECISIONS = {p.value: p for p in Precision}
_STATUSES = {s.value: s for s in ClaimStatus}
_KIND_TEXT = {k: k.value for k in SourceKind}
_MINUTE = Precision.MINUTE.rank
#: A record every field of which Claim accepts: a field's value is validated by putting it here.
_GOOD: dict[str, Any] = {"event": "e", "metric": "killed", "figure": "1", "source": "s", "reported_at": "2025-01-01"}
#: The same with a retraction, so that a figure of null is judged alone.
_GOOD_RETRACTING = _GOOD | {"retracts": ["0" * 16]}
#: Time memos are bounded: times rarely repeat and a memo per row is memory the table must not keep.
_TIME_MEMO = 1 << 15
_INVALID: Any = object()  # Any: it stands in for any field's value
_ABSENT = object()
_MAX_QUOTE, _MAX_URL = MAX_TEXT["quote"], MAX_TEXT["url"]


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
        self._text: dict[str, dict[object, Any]] = {name: {} for name in _FIELDS}
        self._sources: dict[tuple[object, object], Any] = {}
        self._times: dict[object, Any] = {}
        self.fallbacks = 0  # records validated whole by Claim (for tests and benchmarks)

    def _field(self, name: str, raw: object) -> Any:
        """``raw`` as Claim reads field ``name`` (memoised), or ``_INVALID``."""
        if raw.__class__ is str:
            memo = self._text[name]
            key: object = raw
        else:
            key = _key(raw)
            if key is None:
                return _INVALID
            memo = self._memo.setdefault(name, {})
        got = memo.get(key, memo)
        if got is memo:
            got = memo[key] = self._validate_alone(name, raw)
        return got

    def _source(self, raw: dict[str, Any]) -> Any:
        """A source given as ``{"name": ..., "kind": ...}`` (memoised by the pair), or ``_INVALID``."""
        name, kind = raw.get("name"), raw.get("kind")
        if name.__class__ is not str or kind.__class__ is not str:
            return self._field("source", raw)
        got = self._sources[(name, kind)] = self._field("source", raw)
        return got

    def _validate_alone(self, name: str, raw: object) -> Any:
        base = _GOOD_RETRACTING if name == "figure" else _GOOD
        try:
            claim = Claim.model_validate(base | {name: raw}, context=self._context)
        except Exception:  # noqa: BLE001 - whatever Claim refuses, the row is handed to Claim whole
            return _INVALID
        value = getattr(claim, name)
        if name == "figure":
            return (value, None if value is None else str(value))  # and its text, for the id
        return value

    def _when(self, raw: object, declared: object, field: str) -> Any:
        """``(time, precision, UTC text, available_at, precision text)`` as Claim reads a time (with its declared precision), or ``_INVALID``."""
        if raw.__class__ is not str or "." in raw or not (declared is _ABSENT or declared.__class__ is str):
            # Fractions of a second are read exactly (exact_times), not as parse_time reads them:
            # they are rare, and Claim reads them.
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
                    if when.tzinfo is None or when.utcoffset() is None or whole_minute_offset(when) is not when:
                        got = _INVALID  # an offset with seconds: Claim puts it in UTC, or refuses it
                    else:
                        available = when if precision.rank >= _MINUTE else window_end(when, precision)
                        got = (when, precision, to_utc_text(when), available, precision.value)
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
        return to_claim(exact_times(record), tz=self.tz, path=self.path, line=line)

    def _fast(self, record: dict[str, Any]) -> Row | None:
        keys = record.keys()
        if not (keys <= _FIELDS and keys >= _REQUIRED):
            return None
        field, text = self._field, self._text
        get = record.get
        row = Row()
        # Strings are looked up inline (the usual case); anything else goes through _field.
        raw = record["event"]
        value = text["event"].get(raw, _INVALID) if raw.__class__ is str else _INVALID
        if value is _INVALID and (value := field("event", raw)) is _INVALID:
            return None
        row.event = value
        raw = record["metric"]
        value = text["metric"].get(raw, _INVALID) if raw.__class__ is str else _INVALID
        if value is _INVALID and (value := field("metric", raw)) is _INVALID:
            return None
        row.metric = value
        raw = record["figure"]
        figure = text["figure"].get(raw, _INVALID) if raw.__class__ is str else _INVALID
        if figure is _INVALID and (figure := field("figure", raw)) is _INVALID:
            return None
        row.figure = figure[0]
        raw = record["source"]
        if raw.__class__ is dict and len(raw) == 2:  # {"name": ..., "kind": ...}: the usual form
            name, kind = raw.get("name"), raw.get("kind")
            # a pair of texts is the usual key; a list or dict cell cannot be one (Claim refuses it)
            plain = name.__class__ is str and kind.__class__ is str
            source = self._sources.get((name, kind), _INVALID) if plain else _INVALID
            if source is _INVALID and (source := self._source(raw)) is _INVALID:
                return None
        else:
            source = text["source"].get(raw, _INVALID) if raw.__class__ is str else _INVALID
            if source is _INVALID and (source := field("source", raw)) is _INVALID:
                return None
        row.source = source
        raw = get("group")
        value = None if raw is None else text["group"].get(raw, _INVALID) if raw.__class__ is str else _INVALID
        if value is _INVALID and (value := field("group", raw)) is _INVALID:
            return None
        row.group = value
        raw = get("via")
        value = None if raw is None else text["via"].get(raw, _INVALID) if raw.__class__ is str else _INVALID
        if value is _INVALID and (value := field("via", raw)) is _INVALID:
            return None
        row.via = value
        raw = get("language")
        value = None if raw is None else text["language"].get(raw, _INVALID) if raw.__class__ is str else _INVALID
        if value is _INVALID and (value := field("language", raw)) is _INVALID:
            return None
        row.language = value
        raw = get("period")
        period = None if raw is None else field("period", raw)
        if period is _INVALID:
            return None
        row.period = period
        status = get("status", "reported")
        chosen = _STATUSES.get(status) if status.__class__ is str else None
        if chosen is None:
            return None
        row.status = chosen
        quote = get("quote")
        if quote is not None:
            if quote.__class__ is not str or len(quote) > _MAX_QUOTE:
                return None
            if not quote.strip():
                quote = None
        row.quote = quote
        url = get("url")
        if url is not None:
            if url.__class__ is not str or len(url) > _MAX_URL:
                return None
            if not url.strip():
                url = None
        row.url = url
        reported = self._when(record["reported_at"], get("reported_precision", _ABSENT), "reported_at")
        if reported is _INVALID:
            return None
        row.reported_at, row.reported_precision, reported_text, row.available_at, precision_text = reported
        as_of_text = relayed_text = None
        raw = get("as_of")
        if raw is None:
            row.as_of = None
        else:
            when = self._when(raw, _ABSENT, "as_of")
            if when is _INVALID:
                return None
            row.as_of, as_of_text = when[0], when[2]
        raw = get("recorded_at")
        if raw is None:
            row.recorded_at = None
        else:
            # Rarely repeated, and only the moment is needed: read, not memoised.
            if raw.__class__ is not str or "." in raw:
                return None
            try:
                recorded = parse_time(raw, field="recorded_at", tz=self.tz)[0]
            except (CasualtyLogError, ValueError, OverflowError):
                return None
            if recorded.utcoffset() is None:
                return None
            row.recorded_at = recorded
        raw = get("relayed_at")
        if raw is None:
            row.relayed_at = None
        else:
            when = self._when(raw, _ABSENT, "relayed_at")
            if when is _INVALID:
                return None
            row.relayed_at, relayed_text = when[0], when[2]
            if row.relayed_at < row.reported_at - RELAY_TOLERANCE:  # a relay after the statement (Claim._identify)
                return None
        supersedes = _links(get("supersedes", ()))
        retracts = _links(get("retracts", ()))
        if supersedes is None or retracts is None:
            return None
        row.supersedes, row.retracts = supersedes, retracts
        if figure[0] is None and not retracts:  # only a retraction may omit a figure (Claim._identify)
            return None
        # The id, hashed from the parts as claim_ids.content_id hashes a claim (pinned by stored logs).
        payload: list[object] = [
            row.event,
            row.metric,
            row.group,
            figure[1],
            source.name,
            _KIND_TEXT[source.kind],
            row.via,
            reported_text,
            precision_text,
            as_of_text,
            status,
            list(supersedes),
            list(retracts),
            quote,
            url,
            row.language,
        ]
        if period is not None:
            payload.append(period.canonical())
        if relayed_text is not None:
            payload.append({"relayed_at": relayed_text})
        try:
            canonical = _CANONICAL.encode(payload).encode()
        except UnicodeEncodeError:  # a lone surrogate (JSON's "\ud800"): pydantic refuses the string
            return None
        computed = sha256(canonical).hexdigest()[:16]
        given = get("id", "")
        if given != "" and given != computed:
            return None  # a wrong id, or one of names as stored before normalising: Claim decides
        row.id = computed
        return row


def _links(raw: object) -> tuple[str, ...] | None:
    """``supersedes`` or ``retracts`` as Claim reads them (JSON gives a string or a list), or ``None``."""
    if raw.__class__ is str:
        raw = (raw,)
    elif raw.__class__ is not list and raw.__class__ is not tuple:
        return None
    ids = cast("list[object]", raw)
    if not ids:
        return ()
    if len(ids) > MAX_LINKS or not all(v.__class__ is str and _CLAIM_ID.fullmatch(v) for v in cast("list[str]", ids)):
        return None
    return tuple(sorted(set(cast("list[str]", ids))))
