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
(:meth:`~casualtylog.bulk.ingest_slow.LineReader.slow`): :mod:`json` with the duplicate-field check, then
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

from hashlib import sha256
from json.encoder import encode_basestring  # the C one when built, as the canonical JSON uses
from typing import Any

from pydantic_core import from_json

from casualtylog.bulk.columns import (
    FLAG_AS_OF,
    FLAG_NO_FIGURE,
    FLAG_RETRACTS,
    FLAG_SUPERSEDES,
)
from casualtylog.bulk.ingest import _ABSENT, _links
from casualtylog.bulk.ingest_slow import LineReader, pairs
from casualtylog.claims import MAX_TEXT
from casualtylog.formats._files import MAX_LINE_BYTES
from casualtylog.times import Precision

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
        "period",  # only when null (a frame's record names every field)
        "relayed_at",  # likewise
    )
)
_REQUIRED = frozenset(("event", "metric", "figure", "source", "reported_at"))
_MAX_QUOTE, _MAX_URL = MAX_TEXT["quote"], MAX_TEXT["url"]
_SECOND = Precision.SECOND.rank


class QuickReader(LineReader):
    """Reads lines into a :class:`ColumnBuilder`, quickly where it can (see the module); the
    rest by :meth:`LineReader.slow`."""

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
        statuses = self._statuses
        clock = self._clock
        days, seconds, zones, utc_text = clock.days, clock.seconds, clock.offsets, clock.utc_text
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
            if self.stored and d.__class__ is dict:
                self._stored_form(d, number)
            if d.__class__ is not dict or not (d.keys() <= quick_fields and d.keys() >= required):
                self.slow(raw, number, start)
                continue
            get = d.get
            if ("period" in d and d["period"] is not None) or ("relayed_at" in d and d["relayed_at"] is not None):
                self.slow(raw, number, start)  # a period or a relay: the old path reads them
                continue
            event, metric, group = d["event"], d["metric"], get("group")
            if (
                event.__class__ is not str
                or metric.__class__ is not str
                or not (group is None or group.__class__ is str)
            ):
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
            status = statuses.get(given) if given.__class__ is str else None
            if status is None and given.__class__ is str:
                status = self._status(given)
            if status is None:
                self.slow(raw, number, start)
                continue
            declared = get("reported_precision", _ABSENT)
            given = d["reported_at"]
            reported = None
            # A canonical time whose three parts are known (Clock.read, inlined: most rows).
            if given.__class__ is str and (declared is _ABSENT or declared == "second") and len(given) in (20, 25):
                day, second, zone = days.get(given[:10]), seconds.get(given[11:19]), zones.get(given[19:])
                if day is not None and second is not None and zone is not None and given[10] == "T":
                    us = day + second * 1_000_000 - zone
                    reported = (us, us + zone, _SECOND, us, 0, f'"{utc_text(us)}"', '"second"')
            if reported is None:
                reported = self._time(given, declared, "reported_at")
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
                recorded = None
                if recorded_raw.__class__ is str and len(recorded_raw) in (20, 25):
                    day, second = days.get(recorded_raw[:10]), seconds.get(recorded_raw[11:19])
                    zone = zones.get(recorded_raw[19:])
                    if day is not None and second is not None and zone is not None and recorded_raw[10] == "T":
                        recorded = day + second * 1_000_000 - zone
                if recorded is None:
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
