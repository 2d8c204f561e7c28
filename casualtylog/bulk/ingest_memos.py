"""Each distinct value of a repeating field, validated once and remembered with what the
quick path needs of it: its JSON text for the id, its codes for the columns, the colons it
holds (see :mod:`casualtylog.bulk.ingest_quick`). Values are judged by
:class:`~casualtylog.bulk.ingest.RowReader` (that is, by :class:`~casualtylog.Claim`), or by
Claim's own validator for the field where that is all Claim does with it (events, figures).
A memo's ``None`` means: the quick path leaves this value to the old one."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from json.encoder import encode_basestring  # the C one when built, as the canonical JSON uses
from typing import Any, cast

from casualtylog.bulk.columns import (
    _KIND_CODE,
    _QUALIFIER_CODE,
    FLAG_COARSE,
    FLAG_INCREMENT,
    FLAG_NO_FIGURE,
    HIGH_OPEN,
    STATUS_RANK,
    _figure_fields,
)
from casualtylog.bulk.ingest import _ABSENT, _INVALID, _STATUSES, RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_clock import Clock, micros
from casualtylog.claims import Claim
from casualtylog.counts import _event
from casualtylog.errors import CasualtyLogError
from casualtylog.figure_words import figure_reads_back
from casualtylog.figures import Figure, Qualifier
from casualtylog.names import MAX_NAME
from casualtylog.sources import Source, SourceKind, _source
from casualtylog.times import MAX_YEAR, MIN_YEAR, Precision

__all__ = ["ValueMemos", "claim_source"]

_SECOND = Precision.SECOND.rank
_DAY = Precision.DAY.rank
_STEP = {Precision.DAY.rank: 86_400_000_000, Precision.HOUR.rank: 3_600_000_000}
_MAX_EVENT = Claim.model_fields["event"].metadata[0].max_length
_MAX_SOURCE = MAX_NAME["source"]
_TIME_MEMO = 1 << 15
_FRACTIONAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,6}(?:Z|[+-]\d{2}:\d{2})$")  # as exact_times
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # not a week date ("2025-W17-4"), which the clock may hold too
_NOT_QUICK: Any = None
_MICROSECOND = timedelta(microseconds=1)


def claim_source(raw: Any) -> Source | None:
    """A source as Claim reads it, by Claim's own rules without a Claim, or ``None``: Claim must
    judge it (whatever the validator refuses; a text name longer than ``read_loose`` lets through).
    ``raw`` is a text or a dict of a text name and kind. A Claim validated per new source cost about
    25 µs, 0.1 µs a line of the compiled reader (session 19); ``_source`` is its validator."""
    try:
        if raw.__class__ is dict:
            return _source(raw["name"], raw["kind"])
        if len(raw) <= _MAX_SOURCE:  # Claim caps a text before its validator reads it
            return _source(raw, SourceKind.UNKNOWN.value)
    except Exception:  # noqa: BLE001 - whatever it refuses, Claim judges
        return None
    return None


class ValueMemos:
    """The memos of one read (see the module)."""

    def __init__(self, reader: RowReader, builder: ColumnBuilder) -> None:
        self.reader = reader
        self.builder = builder
        self._names: dict[str, dict[object, Any]] = {f: {} for f in ("event", "metric", "group", "via", "language")}
        self._counts: dict[tuple[object, object, object], Any] = {}
        self._figures: dict[object, Any] = {}
        self._number_figures: dict[int, Any] = {}
        self._sources: dict[object, Any] = {}
        self._statuses: dict[object, Any] = {}
        self._times: dict[tuple[object, object], Any] = {}
        self._clock = Clock()

    # -- memos: each distinct value validated once, by the RowReader (that is, by Claim) ----------
    def _name(self, field: str, raw: object) -> Any:
        """``(value, JSON text, colons in raw)`` of a name field, or ``None`` (the old path judges)."""
        if raw is not None and raw.__class__ is not str:
            return _NOT_QUICK  # a list, a number: the old path (and Claim) judge it
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
        # Spelled out, not a loop over the three: a new count is met about every seventh row of a
        # log, and the compiled reader judges each one in Python (session 17).
        said, what, who = self._name("event", event), self._name("metric", metric), self._name("group", group)
        if said is None or what is None or who is None:
            got = _NOT_QUICK
        else:
            code = self.builder.count_code((said[0], what[0], who[0]))
            got = (code, f"[{said[1]},{what[1]},{who[1]},", said[2] + what[2] + who[2])
        self._counts[key] = got
        return got

    def _counts_of(self, keys: list[tuple[Any, Any, Any]]) -> list[Any]:
        """:meth:`_count` of each (event, metric, group) key in turn, the calls inlined (session 17).
        The compiled reader now judges a block's keys in polars (:mod:`~casualtylog.bulk.ingest_polars_counts`,
        session 19); this is the Python rule its answers are tested against."""
        counts, names, name, code_of = self._counts, self._names, self._name, self.builder.count_code
        events, metrics, groups = names["event"], names["metric"], names["group"]
        out = []
        for key in keys:
            got = counts.get(key, counts)
            if got is counts:
                event, metric, group = key
                if (said := events.get(event, events)) is events:
                    said = name("event", event)
                if (what := metrics.get(metric, metrics)) is metrics:
                    what = name("metric", metric)
                if (who := groups.get(group, groups)) is groups:
                    who = name("group", group)
                if said is None or what is None or who is None:
                    got = _NOT_QUICK
                else:
                    code = code_of((said[0], what[0], who[0]))
                    got = (code, f"[{said[1]},{what[1]},{who[1]},", said[2] + what[2] + who[2])
                counts[key] = got
            out.append(got)
        return out

    def _figure(self, raw: object) -> Any:
        """``(JSON text, colons, low, high, point, qualifier code, flags, figure code)`` or ``None``."""
        if raw is not None and raw.__class__ is not str:
            return _NOT_QUICK  # a number or a figure's fields: the old path reads them
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
        got = _NOT_QUICK if found is _INVALID or found[0] is None else self._figure_row(found, raw.count(":"))
        self._figures[raw] = got
        return got

    def _figure_row(self, found: tuple[Figure, str], colons: int) -> Any:
        """What :meth:`_figure` remembers of a figure Claim accepted, and its text."""
        fig = found[0]
        q = fig.qualifier
        return (
            encode_basestring(found[1]),
            colons,
            fig.low,
            HIGH_OPEN if fig.high is None else fig.high,
            fig.point,
            _QUALIFIER_CODE[q],
            FLAG_INCREMENT if q is Qualifier.INCREMENT else 0,
            self.builder.figure_code(_figure_fields(fig.__dict__)),
        )

    def _figure_number(self, raw: int) -> Any:
        """As :meth:`_figure`, of a figure given as a JSON integer: judged by Claim, as the old
        path judges it (for the compiled reader; the quick path leaves numbers to the old one)."""
        got = self._number_figures.get(raw, self._number_figures)
        if got is self._number_figures:
            found = self.reader._field("figure", raw)
            got = _NOT_QUICK if found is _INVALID or found[0] is None else self._figure_row(found, 0)
            self._number_figures[raw] = got
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
        source = claim_source(raw)
        if source is None:  # Claim judges it whole (and says why, if the row-by-row reader asks)
            source = self.reader._source(raw) if raw.__class__ is dict else self.reader._field("source", raw)
        if source is _INVALID:
            got = _NOT_QUICK
        else:
            colons = (
                raw["name"].count(":") + raw["kind"].count(":")
                if raw.__class__ is dict
                else cast("str", raw).count(":")
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
        if declared is _ABSENT or declared == "second":  # a store's records declare it: the same reading
            said = self._clock.read(raw)
            if said is not None:  # the usual form: to the second, with its offset (rarely repeats whole)
                us = said[0]
                return (us, us + said[1], _SECOND, us, 0, f'"{self._clock.utc_text(us)}"', '"second"')
        if declared is _ABSENT and len(raw) == 10 and self.reader.tz is None and _DATE.fullmatch(raw):
            day = self._clock.days.get(raw)
            if day is not None:
                # A date the clock read valid in a whole time: parse_time reads it alone as its midnight,
                # UTC (no tz given), to the day. About 1,100 new dates in 100k lines, 10 µs each by
                # parse_time (session 19; tests/test_ingest_polars_judges.py checks they agree).
                return (day, day, _DAY, day + _STEP[_DAY], 0, f'"{self._clock.utc_text(day)}"', '"day"')
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
            us = micros(when)
            naive = us + when.utcoffset() // _MICROSECOND
            rank = precision.rank
            coarse = 0
            # As ClaimColumns reads a claim's time (columns._row).
            if rank < _DAY:
                coarse, end = FLAG_COARSE, micros(available)
            elif type(when.tzinfo) is not timezone:  # a named zone: a day may last 23 or 25 hours
                end = micros(available)
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
            return micros(when)
        said = self._clock.read(text)
        if said is not None:
            return said[0]
        got = self._time(raw, _ABSENT, "recorded_at")
        return None if got is None else int(got[0])
