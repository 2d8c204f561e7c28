"""The quick path of :meth:`ClaimTable.read_jsonl`: a line straight to its columns and its id.

Per line, what cannot be shared is little: pydantic-core's JSON parser (Rust), a few dict
look-ups, the time said read by :meth:`datetime.fromisoformat`, the canonical JSON of the
claim assembled from pieces encoded once per distinct value, and its SHA-256. Everything
that repeats (the count, the figure, the source, the channel, the language, the status, a
date) is validated once per distinct value, by :class:`~casualtylog.bulk.ingest.RowReader`
(that is, by :class:`~casualtylog.Claim`), and remembered with its JSON text and its codes.

A line takes the quick path only when nothing about it needs judging beyond that: no
backslash (so pydantic-core and :mod:`json` read its strings alike, and the field count
below is exact), known fields with values of the usual types, a figure, no period and no
relay time. Anything else, and any line the quick path doubts, is read exactly as before
(:meth:`QuickReader.slow`): :mod:`json` with the duplicate-field check, then
:meth:`RowReader.row`, which hands what it cannot vouch for to ``Claim`` and raises
``load_jsonl``'s own errors. So the quick path can only be slower than the old one on a
line, never more lenient.

Duplicate fields: pydantic-core keeps the last of two equal keys, which ``load_jsonl``
refuses. Without a backslash a JSON text has no escapes, so every ``:`` outside a string
follows a key, and the colons inside strings are exactly those of the parsed strings: the
line names each field once if and only if its colons number the parsed keys plus the
colons of the parsed strings.
"""

from __future__ import annotations

import json
import re
from array import array
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from hashlib import sha256
from json.encoder import encode_basestring  # the C one when built, as the canonical JSON uses
from typing import Any, cast

from pydantic_core import from_json

from casualtylog.bulk.columns import (
    _KIND_CODE,
    _QUALIFIER_CODE,
    FLAG_AS_OF,
    FLAG_COARSE,
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    FLAG_RETRACTS,
    FLAG_SUPERSEDES,
    HIGH_OPEN,
    STATUS_RANK,
    _figure_fields,
)
from casualtylog.bulk.ingest import _ABSENT, _INVALID, _STATUSES, RowReader, _links
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.claims import MAX_TEXT, Claim
from casualtylog.counts import _event
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.figure_words import figure_reads_back
from casualtylog.figures import Figure, Qualifier
from casualtylog.formats._files import MAX_LINE_BYTES, _decode
from casualtylog.formats.jsonl import _object, parse_line
from casualtylog.store.memory import stamp
from casualtylog.times import MAX_YEAR, MIN_YEAR, Precision

__all__ = ["QuickReader", "pairs"]

_QUICK = frozenset(
    (
        "event",
        "metric",
        "group",
        "figure",
        "source",
        "via",
        "reported_at",
        "reported_precision",
        "as_of",
        "recorded_at",
        "status",
        "supersedes",
        "retracts",
        "quote",
        "url",
        "language",
        "id",
    )
)
_REQUIRED = frozenset(("event", "metric", "figure", "source", "reported_at"))
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_SECOND = Precision.SECOND.rank
_DAY = Precision.DAY.rank
_STEP = {Precision.DAY.rank: 86_400_000_000, Precision.HOUR.rank: 3_600_000_000}
_MAX_QUOTE, _MAX_URL = MAX_TEXT["quote"], MAX_TEXT["url"]
_MAX_EVENT = Claim.model_fields["event"].metadata[0].max_length
_TIME_MEMO = 1 << 15
_FRACTIONAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,6}(?:Z|[+-]\d{2}:\d{2})$")  # as exact_times
_NOT_QUICK: Any = None  # a memo's answer for a value the quick path leaves to the old one
_BOM = b"\xef\xbb\xbf"


def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused (by load_jsonl's own hook) if a field is given twice."""
    out = dict(items)
    return out if len(out) == len(items) else _object(items)


def _micros(value: datetime) -> int:
    return (value - _EPOCH) // _MICROSECOND


def _canonical_time(raw: str) -> datetime | None:
    """``raw`` as :func:`~casualtylog.times.parse_time` reads its canonical form (to the second,
    with an offset), or ``None`` if it is not in that form (then parse_time reads it otherwise)."""
    if len(raw) not in (20, 25) or raw[10] != "T" or not (raw[-1] == "Z" or raw[-6] in "+-") or "." in raw:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if when.tzinfo is None or not MIN_YEAR <= when.year <= MAX_YEAR:
        return None
    return when


class _Clock:
    """Canonical times (``2025-04-24T15:00:00+03:00``) to microseconds, by their parts.

    Dates, times of day and offsets repeat far more than whole times: each part is remembered
    once a whole time holding it was read by :func:`_canonical_time` (so a part is in a memo
    only if it is valid wherever it appears), and a time whose three parts are known is
    computed from them without a datetime. The UTC text the id hashes is put together the same
    way. Memos are bounded by what they hold: days, seconds of a day, offsets.
    """

    def __init__(self) -> None:
        self.days: dict[str, int] = {}  # "2025-04-24" → µs of its midnight, UTC
        self.seconds: dict[str, int] = {}  # "15:00:00" → seconds into the day
        self.offsets: dict[str, int] = {}  # "+03:00" or "Z" → µs east of UTC
        self._day_text: dict[int, str] = {}
        self._second_text: dict[int, str] = {}

    def read(self, raw: str) -> tuple[int, int] | None:
        """``(µs since 1970, µs east of UTC)`` of a canonical time, or ``None`` if ``raw`` is not one."""
        day = self.days.get(raw[:10])
        if day is not None and len(raw) in (20, 25):
            second = self.seconds.get(raw[11:19])
            offset = self.offsets.get(raw[19:])
            if second is not None and offset is not None and raw[10] == "T":
                return day + second * 1_000_000 - offset, offset
        when = _canonical_time(raw)
        if when is None:
            return None
        offset = (when.utcoffset() or timedelta()) // _MICROSECOND
        us = (when - _EPOCH) // _MICROSECOND
        if raw[13] == ":" and raw[16] == ":" and raw[19] in "+-Z" and (len(raw) == 20 or raw[22] == ":"):
            # Laid out as the parts assume (not, say, an offset with seconds): remember them.
            second = when.hour * 3600 + when.minute * 60 + when.second
            self.days[raw[:10]] = us + offset - second * 1_000_000
            self.seconds[raw[11:19]] = second
            self.offsets[raw[19:]] = offset
        return us, offset

    def utc_text(self, us: int) -> str:
        """The UTC text of a whole second, as :func:`~casualtylog.times.to_utc_text` writes it."""
        day, second = divmod(us // 1_000_000, 86_400)
        date_text = self._day_text.get(day)
        if date_text is None:
            date_text = self._day_text[day] = (_EPOCH + timedelta(days=day)).date().isoformat()
        time_text = self._second_text.get(second)
        if time_text is None:
            time_text = self._second_text[second] = f"T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}+00:00"
        return date_text + time_text


class QuickReader:
    """Reads lines into a :class:`ColumnBuilder`, quickly where it can (see the module).

    Args:
        reader: validates values (memoised) and whole records, as before.
        builder: receives the rows.
        name: the file's name, for errors.
        tz: as ``load_jsonl``'s.
        now: the table's stamp for claims without ``recorded_at``.
        latest: the latest ``recorded_at`` accepted.
    """

    def __init__(
        self,
        reader: RowReader,
        builder: ColumnBuilder,
        *,
        name: str,
        tz: str | tzinfo | None,
        now: datetime,
        latest: datetime,
    ) -> None:
        self.reader = reader
        self.builder = builder
        self.name = name
        self.tz = tz
        self.now = now
        self.now_us = _micros(now)
        self.latest = latest
        self.latest_us = _micros(latest)
        self.seen: set[bytes] = set()
        self.offsets = array("q")
        self.lines = array("l")
        self.quick = 0  # lines read by the quick path (for tests and benchmarks)
        self._loads = json.JSONDecoder(object_pairs_hook=pairs).decode
        self._names: dict[str, dict[object, Any]] = {f: {} for f in ("event", "metric", "group", "via", "language")}
        self._counts: dict[tuple[object, object, object], Any] = {}
        self._figures: dict[object, Any] = {}
        self._sources: dict[object, Any] = {}
        self._statuses: dict[object, Any] = {}
        self._times: dict[tuple[object, object], Any] = {}
        self._clock = _Clock()

    # -- memos: each distinct value validated once, by the RowReader (that is, by Claim) ----------
    def _name(self, field: str, raw: object) -> Any:
        """``(value, JSON text, colons in raw)`` of a name field, or ``None`` (the old path judges)."""
        memo = self._names[field]
        got = memo.get(raw, memo)
        if got is not memo:
            return got
        if raw is None:
            got = (None, "null", 0) if field != "event" and field != "metric" else _NOT_QUICK
        elif raw.__class__ is not str:
            got = _NOT_QUICK
        else:
            value: Any = _INVALID
            if field == "event" and len(raw) <= _MAX_EVENT:
                # Claim's own rule for an event (its validator, then the field's length), without a Claim.
                try:
                    value = _event(raw)
                except CasualtyLogError:
                    value = _INVALID
                if value is not _INVALID and len(value) > _MAX_EVENT:
                    value = _INVALID
            if value is _INVALID:
                value = self.reader._field(field, raw)
            text = raw
            if value is _INVALID:
                got = _NOT_QUICK
            else:  # a blank channel or language is none, as Claim reads it
                got = (value, "null" if value is None else encode_basestring(value), text.count(":"))
        memo[raw] = got
        return got

    def _count(self, event: object, metric: object, group: object) -> Any:
        """``(code, JSON of [event, metric, group,, colons)`` or ``None``."""
        key = (event, metric, group)
        got = self._counts.get(key, self._counts)
        if got is not self._counts:
            return got
        parts = (self._name("event", event), self._name("metric", metric), self._name("group", group))
        if any(p is None for p in parts):
            got = _NOT_QUICK
        else:
            code = self.builder.count_code((parts[0][0], parts[1][0], parts[2][0]))
            got = (code, f"[{parts[0][1]},{parts[1][1]},{parts[2][1]},", parts[0][2] + parts[1][2] + parts[2][2])
        self._counts[key] = got
        return got

    def _figure(self, raw: object) -> Any:
        """``(JSON text, colons, low, high, point, qualifier code, flags, figure code)`` or ``None``."""
        got = self._figures.get(raw, self._figures)
        if got is not self._figures:
            return got
        if raw is None:  # a retraction's (checked against its retracts per row)
            got = ("null", 0, 0, 0, 0, 0, FLAG_NO_FIGURE, self.builder.figure_code(()))
            self._figures[raw] = got
            return got
        found: Any = _INVALID
        if raw.__class__ is str:
            # Claim's own rules for a figure (its validator, then "reads back from its text"), without a Claim.
            try:
                fig = Figure.coerce(raw)
            except Exception:  # noqa: BLE001 - whatever it refuses, Claim judges below
                fig = None
            good = fig is not None and figure_reads_back(fig)
            found = (fig, str(fig)) if good else self.reader._field("figure", raw)
        if found is _INVALID or found[0] is None:
            got = _NOT_QUICK
        else:
            fig = found[0]
            q = fig.qualifier
            got = (
                encode_basestring(found[1]),
                cast("str", raw).count(":"),
                fig.low,
                HIGH_OPEN if fig.high is None else fig.high,
                fig.point,
                _QUALIFIER_CODE[q],
                FLAG_INCREMENT if q is Qualifier.INCREMENT else 0,
                self.builder.figure_code(_figure_fields(fig.__dict__)),
            )
        self._figures[raw] = got
        return got

    def _source(self, raw: Any) -> Any:
        """``(code, kind code, JSON of name and kind, colons, keys)`` or ``None``."""
        if raw.__class__ is dict:
            if len(raw) != 2:
                return _NOT_QUICK
            name, kind = raw.get("name"), raw.get("kind")
            if name.__class__ is not str or kind.__class__ is not str:
                return _NOT_QUICK
            key: object = (name, kind)
        elif raw.__class__ is str:
            key = raw
        else:
            return _NOT_QUICK
        got = self._sources.get(key, self._sources)
        if got is not self._sources:
            return got
        source = self.reader._source(raw) if raw.__class__ is dict else self.reader._field("source", raw)
        if source is _INVALID:
            got = _NOT_QUICK
        else:
            colons = (
                raw["name"].count(":") + raw["kind"].count(":") if raw.__class__ is dict else cast("str", raw).count(":")
            )
            got = (
                self.builder.source_code(source.key),
                _KIND_CODE[source.kind],
                f"{encode_basestring(source.name)},{encode_basestring(source.kind.value)}",
                colons,
                2 if raw.__class__ is dict else 0,
            )
        self._sources[key] = got
        return got

    def _status(self, raw: object) -> Any:
        """``(JSON text, rank, colons)`` or ``None``."""
        got = self._statuses.get(raw, self._statuses)
        if got is self._statuses:
            status = _STATUSES.get(raw) if raw.__class__ is str else None
            got = _NOT_QUICK if status is None else (encode_basestring(status.value), STATUS_RANK[status], 0)
            self._statuses[raw] = got
        return got

    def _time(self, raw: object, declared: object, field: str) -> Any:
        """``(µs, naive µs, rank, available µs, coarse flag, JSON of the UTC text, JSON of the precision)``
        of a time as the columns and the id read it, or ``None``."""
        if raw.__class__ is not str or not (declared is _ABSENT or declared.__class__ is str):
            return _NOT_QUICK
        if declared is _ABSENT:
            said = self._clock.read(raw)
            if said is not None:  # the usual form: to the second, with its offset (rarely repeats whole)
                us = said[0]
                return (us, us + said[1], _SECOND, us, 0, f'"{self._clock.utc_text(us)}"', '"second"')
        key = (raw, declared)
        times = self._times
        got = times.get(key, times)
        if got is not times:
            return got
        found = self.reader._when(raw, declared, field)
        if found is _INVALID:
            got = _NOT_QUICK
        else:
            when, precision, text, available, precision_text = found
            us = _micros(when)
            naive = us + when.utcoffset() // _MICROSECOND
            rank = precision.rank
            coarse = 0
            # As ClaimColumns reads a claim's time (columns._row).
            if rank < _DAY:
                coarse, end = FLAG_COARSE, _micros(available)
            elif type(when.tzinfo) is not timezone:  # a named zone: a day may last 23 or 25 hours
                end = _micros(available)
                if rank < _SECOND:
                    coarse = FLAG_COARSE
            else:
                end = us + _STEP.get(rank, 0)
            got = (us, naive, rank, end, coarse, encode_basestring(text), encode_basestring(precision_text))
        if len(times) >= _TIME_MEMO:
            times.clear()
        times[key] = got
        return got

    def _recorded(self, raw: object) -> int | None:
        """``recorded_at`` in µs as Claim reads it (fractions of a second exactly), or ``None``."""
        if raw.__class__ is not str:
            return None
        text = raw
        if "." in text:
            if not _FRACTIONAL.match(text):
                return None
            try:
                when = datetime.fromisoformat(text)
            except ValueError:
                return None
            if when.utcoffset() is None or not MIN_YEAR <= when.year <= MAX_YEAR:
                return None
            return _micros(when)
        said = self._clock.read(text)
        if said is not None:
            return said[0]
        got = self._time(raw, _ABSENT, "recorded_at")
        return None if got is None else int(got[0])

    # -- lines ------------------------------------------------------------------------------
    def feed(self, lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        """Read ``lines`` (without their line ends), the first being line ``number + 1`` at byte
        ``offset``; returns the number and offset after them."""
        loads_quick = from_json
        builder = self.builder
        flat, keys, links = builder.flat, builder.keys, builder.links
        seen, offsets, numbers = self.seen, self.offsets, self.lines
        names, counts, figures, sources = self._names, self._counts, self._figures, self._sources
        via_memo, language_memo = names["via"], names["language"]
        quick_fields, required = _QUICK, _REQUIRED
        now_us, latest_us = self.now_us, self.latest_us
        for raw in lines:
            number += 1
            start = offset
            offset += len(raw) + 1
            d: Any = None
            if b"\\" not in raw and len(raw) <= MAX_LINE_BYTES:
                try:
                    d = loads_quick(raw)
                except ValueError:
                    d = None
            if d.__class__ is not dict or not (d.keys() <= quick_fields and d.keys() >= required):
                self.slow(raw, number, start)
                continue
            get = d.get
            event, metric, group = d["event"], d["metric"], get("group")
            if event.__class__ is not str or metric.__class__ is not str or not (group is None or group.__class__ is str):
                self.slow(raw, number, start)
                continue
            count = counts.get((event, metric, group))
            if count is None and (count := self._count(event, metric, group)) is None:
                self.slow(raw, number, start)
                continue
            figure = figures.get(d["figure"]) if d["figure"].__class__ is str else None
            if figure is None and (figure := self._figure(d["figure"])) is None:
                self.slow(raw, number, start)
                continue
            given_source = d["source"]
            source = None
            if given_source.__class__ is str:
                source = sources.get(given_source)
            elif given_source.__class__ is dict and len(given_source) == 2:
                name, kind = given_source.get("name"), given_source.get("kind")
                if name.__class__ is str and kind.__class__ is str:
                    source = sources.get((name, kind))
            if source is None and (source := self._source(given_source)) is None:
                self.slow(raw, number, start)
                continue
            given = get("via")
            via = via_memo.get(given) if given is None or given.__class__ is str else None
            if via is None and (via := self._name("via", given)) is None:
                self.slow(raw, number, start)
                continue
            given = get("language")
            language = language_memo.get(given) if given is None or given.__class__ is str else None
            if language is None and (language := self._name("language", given)) is None:
                self.slow(raw, number, start)
                continue
            given = get("status", "reported")
            status = self._status(given) if given.__class__ is str else None
            if status is None:
                self.slow(raw, number, start)
                continue
            declared = get("reported_precision", _ABSENT)
            reported = self._time(d["reported_at"], declared, "reported_at")
            if reported is None:
                self.slow(raw, number, start)
                continue
            colons = count[2] + figure[1] + source[3] + via[2] + language[2] + d["reported_at"].count(":")
            if declared is not _ABSENT:
                colons += declared.count(":")
            flags = figure[6] | reported[4]
            as_of = get("as_of")
            if as_of is None:
                as_of_text = "null"
                describes = reported[0]
            else:
                described = self._time(as_of, _ABSENT, "as_of")
                if described is None:
                    self.slow(raw, number, start)
                    continue
                as_of_text, describes = described[5], described[0]
                flags |= FLAG_AS_OF
                colons += as_of.count(":")
            recorded_raw = get("recorded_at")
            recorded: Any = now_us
            if recorded_raw is not None:
                recorded = self._recorded(recorded_raw)
                if recorded is None or recorded > latest_us:  # in the future: the old path says so
                    self.slow(raw, number, start)
                    continue
                colons += recorded_raw.count(":")
            quote = get("quote")
            if quote is not None:
                if quote.__class__ is not str or len(quote) > _MAX_QUOTE:
                    self.slow(raw, number, start)
                    continue
                colons += quote.count(":")
                quote_text = encode_basestring(quote) if quote.strip() else "null"
            else:
                quote_text = "null"
            url = get("url")
            if url is not None:
                if url.__class__ is not str or len(url) > _MAX_URL:
                    self.slow(raw, number, start)
                    continue
                colons += url.count(":")
                url_text = encode_basestring(url) if url.strip() else "null"
            else:
                url_text = "null"
            supersedes: Any = ()
            retracts: Any = ()
            if "supersedes" in d:
                supersedes = _links(d["supersedes"])
                if supersedes is None:
                    self.slow(raw, number, start)
                    continue
            if "retracts" in d:
                retracts = _links(d["retracts"])
                if retracts is None:
                    self.slow(raw, number, start)
                    continue
            if figure[6] & FLAG_NO_FIGURE and not retracts:
                self.slow(raw, number, start)  # only a retraction may omit a figure: Claim says so
                continue
            if raw.count(b":") != colons + len(d) + source[4]:
                self.slow(raw, number, start)  # a field given twice (or a key with a colon): the old path says which
                continue
            if supersedes:
                flags |= FLAG_SUPERSEDES
                supersedes_text = '["' + '","'.join(supersedes) + '"]'
            else:
                supersedes_text = "[]"
            if retracts:
                flags |= FLAG_RETRACTS
                retracts_text = '["' + '","'.join(retracts) + '"]'
            else:
                retracts_text = "[]"
            # The canonical JSON of claim_ids.content_id, from its pieces (pinned by stored logs).
            canonical = (
                f"{count[1]}{figure[0]},{source[2]},{via[1]},{reported[5]},{reported[6]},{as_of_text},"
                f"{status[0]},{supersedes_text},{retracts_text},{quote_text},{url_text},{language[1]}]"
            )
            digest = sha256(canonical.encode()).digest()[:8]
            if "id" in d:
                given = d["id"]
                if given != "" and given != digest.hex():
                    self.slow(raw, number, start)  # a wrong id, or one of names as stored before normalising
                    continue
            if digest in seen:
                continue  # the same statement again: a log keeps the first
            seen.add(digest)
            row = builder.rows
            for target in supersedes:
                links[0].append(row)
                links[1].append(int(target, 16))
            for target in retracts:
                links[2].append(row)
                links[3].append(int(target, 16))
            keys += digest
            flat.extend(
                (
                    count[0],
                    source[0],
                    source[1],
                    reported[0],
                    describes,
                    reported[1],
                    reported[2],
                    reported[3],
                    recorded,
                    status[1],
                    flags,
                    figure[2],
                    figure[3],
                    figure[4],
                    figure[5],
                    figure[7],
                )
            )
            builder.rows = row + 1
            offsets.append(start)
            numbers.append(number)
            self.quick += 1
        return number, offset

    def slow(self, raw: bytes, number: int, start: int) -> None:
        """Read one line as ``_read`` always has: :mod:`json` with the duplicate check, then
        :meth:`RowReader.row` (which hands what it cannot vouch for to Claim), or ``parse_line``
        for a line that is not an object (which raises load_jsonl's error for it)."""
        if len(raw) > MAX_LINE_BYTES:
            raise ClaimFormatError(
                self.name,
                number,
                None,
                None,
                f"the line is longer than {MAX_LINE_BYTES:,} bytes (the limit for one record); is this a claim file?",
            )
        line = _decode(raw, self.name, number)
        if line.error is not None:
            raise line.error
        text = line.text
        if not text.strip():
            return
        try:
            record = self._loads(text.strip())
        except Exception:  # noqa: BLE001 - parse_line raises the error load_jsonl gives for it
            record = None
        if record.__class__ is dict:
            row: Any = self.reader.row(record, number)
        else:
            row = parse_line(text, tz=self.tz, path=self.name, line=number)
            self.reader.fallbacks += 1
        if row.recorded_at is not None and row.recorded_at > self.latest:
            raise ClaimFormatError(
                self.name,
                number,
                "recorded_at",
                row.recorded_at.isoformat(),
                "is in the future; recorded_at is set by the log when a claim is added (leave it out)",
            )
        key = bytes.fromhex(row.id)
        if key in self.seen:
            return  # the same statement again: a log keeps the first
        self.seen.add(key)
        if row.recorded_at is None:
            if isinstance(row, Claim):
                row = stamp([row], self.now)[0]
            else:
                row.recorded_at = self.now
        self.builder.add_object(row)
        self.offsets.append(start)
        self.lines.append(number)

