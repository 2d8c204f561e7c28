"""Many lines at once: the quick path of :meth:`ClaimTable.read_jsonl` a field at a time.

The row-by-row quick path (:class:`~casualtylog.bulk.ingest_quick.QuickReader`) pays
about sixty Python steps per line. Here the same checks and the same pieces are
computed for a whole block of lines one field at a time, with C-level loops
(``map`` over dict methods and memo look-ups, numpy for the times' arithmetic and
the columns): per line, what is left in Python is a handful of calls inside
those loops. The rules are the row-by-row path's, with the same memos (so the
same values are judged by the same code, by :class:`~casualtylog.Claim` in the
end): a line any step doubts is dropped from the batch and read by the
row-by-row path instead (which hands what it doubts to the old path), at its
place in file order. So a batch can only be slower than the row-by-row path on a
line, never more lenient; errors are the row-by-row path's, raised there.
"""

from __future__ import annotations

from hashlib import sha256
from itertools import accumulate, compress, repeat
from json.encoder import encode_basestring  # the C one when built, as the canonical JSON uses
from operator import countOf, getitem, is_, itemgetter, methodcaller
from typing import Any, cast

from pydantic_core import from_json

from casualtylog.bulk.columns import (
    _DTYPES,
    _NAMES,
    FLAG_AS_OF,
    FLAG_NO_FIGURE,
    FLAG_RETRACTS,
    FLAG_SUPERSEDES,
    STATUS_RANK,
)
from casualtylog.bulk.ingest import _ABSENT, _links
from casualtylog.bulk.ingest_quick import _MAX_QUOTE, _MAX_URL, _QUICK, _SECOND, QuickReader
from casualtylog.claims import ClaimStatus
from casualtylog.formats._files import MAX_LINE_BYTES

__all__ = ["BatchReader"]

#: Fewer lines than this are read row by row (a batch's fixed cost is a few dozen C loops).
MIN_BATCH = 64
_DAY, _REST = slice(0, 11), slice(11, None)  # a canonical time's parts (see Clock)
_STAND_IN = "1970-01-01T00:00:00Z"
_slice: Any = getitem  # (its overloads confuse map's typing)
_NO = -(1 << 62)  # a part no memo holds
_QUOTED = '"{}{}"'.format
_DIGEST = methodcaller("digest")
_FIRST, _SECOND_ITEM, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)
_FIELDS_OF_SOURCE = frozenset(("name", "kind"))
_REPORTED = STATUS_RANK[ClaimStatus.REPORTED]
_REQUIRED_FIELDS = ("event", "metric", "figure", "source", "reported_at")
_REQUIRED_SET = frozenset(_REQUIRED_FIELDS)
#: Fields whose null is read as their absence (the row-by-row path reads them with ``get``).
_PLAIN_FIELDS = ("group", "via", "language", "recorded_at", "as_of", "quote", "url")
#: Fields whose null is not their absence (``get(field, _ABSENT)`` there).
_TOLD_FIELDS = ("reported_precision", "status", "supersedes", "retracts", "id")


def _parsed(raw: bytes) -> Any:
    try:
        return from_json(raw)
    except ValueError:
        return None


class _Batch:
    """The lines still in the batch, and their fields so far: every list is kept aligned."""

    def __init__(self, **lists: Any) -> None:
        self.lists: dict[str, Any] = lists  # lists, and numpy arrays once the times are read

    def keep(self, mask: list[bool]) -> None:
        """Drop the lines whose ``mask`` is false (they go row by row)."""
        for name, values in self.lists.items():
            self.lists[name] = list(compress(values, mask)) if values.__class__ is list else values[mask]

    def keep_if(self, mask: list[bool]) -> None:
        """:meth:`keep`, if any line is to be dropped."""
        if False in mask:
            self.keep(mask)

    def __getitem__(self, name: str) -> Any:
        return self.lists[name]

    def __setitem__(self, name: str, values: Any) -> None:
        self.lists[name] = values


class BatchReader(QuickReader):
    """A :class:`QuickReader` that reads a block of lines a field at a time (see the module)."""

    batched = 0  # lines read by the batch (for tests and benchmarks)

    def feed(self, lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        n = len(lines)
        if n < MIN_BATCH or self.stored:  # a store's rows are checked as the store reads them: row by row
            return super().feed(lines, number, offset)
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        starts = list(accumulate(map((1).__add__, map(len, lines)), initial=offset))
        batch = self._batch(lines)
        rows = batch["at"]
        if not rows:
            return super().feed(lines, number, offset)
        if len(rows) == n:
            keys = batch["key"]
            seen = self.seen
            if len(set(keys)) == n and seen.isdisjoint(keys):  # no line repeats a claim: all in, in bulk
                seen.update(keys)
                self._bulk(batch, np)
                self.offsets.extend(starts[:-1])
                self.lines.extend(range(number + 1, number + n + 1))
                self.quick += n
                self.batched += n
                return number + n, starts[-1]
        # Some lines go row by row (or repeat a claim): every line in file order, the batch's as computed.
        done = dict(zip(rows, range(len(rows)), strict=True))
        values = self._row_values(batch, np)
        for i in range(n):
            j = done.get(i)
            if j is None:
                super().feed([lines[i]], number + i, starts[i])
            else:
                self._add_row(batch, values, j, starts[i], number + i + 1)
        return number + n, starts[-1]

    # -- the batch: every check, a field at a time -------------------------------------------
    def _batch(self, lines: list[bytes]) -> _Batch:
        """The lines the batch vouches for (``at``: their places in ``lines``) and their pieces."""
        batch = _Batch(at=list(range(len(lines))), raw=lines)
        if max(map(len, lines)) > MAX_LINE_BYTES or any(map(bytes.__contains__, lines, repeat(b"\\"))):
            # Escapes and very long lines: the row-by-row path (see its module).
            batch.keep([len(raw) <= MAX_LINE_BYTES and b"\\" not in raw for raw in lines])
        try:
            batch["d"] = list(map(from_json, batch["raw"]))
        except ValueError:
            batch["d"] = list(map(_parsed, batch["raw"]))
        ds = batch["d"]
        if set(map(type, ds)) != {dict}:
            batch.keep([d.__class__ is dict for d in ds])
            ds = batch["d"]
        if not ds:
            return batch
        names = set().union(*ds)
        if not names <= _QUICK:
            batch.keep(list(map(_QUICK.issuperset, ds)))
            ds = batch["d"]
            names = set().union(*ds)
        for field in ("period", "relayed_at"):  # only when null (a frame's record names every field)
            if field in names:
                batch.keep_if([d.get(field) is None for d in ds])
                ds = batch["d"]
        try:
            for field in _REQUIRED_FIELDS:
                batch[field] = list(map(itemgetter(field), ds))
        except KeyError:  # a required field left out: the old path says which
            batch.keep_if([_REQUIRED_SET.issubset(d) for d in ds])
            ds = batch["d"]
            for field in _REQUIRED_FIELDS:
                batch[field] = list(map(itemgetter(field), ds))
        for field in _PLAIN_FIELDS:  # a null is the same as a field left out
            if field in names:
                batch[field] = list(map(dict.get, ds, repeat(field)))
        for field in _TOLD_FIELDS:  # a null is not a field left out
            if field in names:
                batch[field] = list(map(dict.get, ds, repeat(field), repeat(_ABSENT)))
        # The repeating values, each judged once (the memos of ValueMemos).
        groups = batch.lists.get("group") or repeat(None)
        counts = list(zip(batch["event"], batch["metric"], groups, strict=False))
        self._memo(batch, "count", self._counts, counts, lambda i: self._count(*counts[i]))
        self._memo(batch, "figure", self._figures, batch["figure"], lambda i: self._figure(batch["figure"][i]))
        source_keys = [s if s.__class__ is str else _source_key(s) for s in batch["source"]]
        self._memo(batch, "source_", self._sources, source_keys, lambda i: self._source(batch["source"][i]))
        for field in ("via", "language"):
            if field in batch.lists:
                given = batch[field]
                self._memo(batch, field + "_", self._names[field], given, lambda i, f=field: self._name(f, batch[f][i]))
        if "status" in batch.lists:
            status = [("reported" if v is _ABSENT else v) for v in batch["status"]]
            self._memo(batch, "status_", self._statuses, status, lambda i: self._status(status[i]))
        # Times: canonical ones by their parts, a field at a time; the rest one by one.
        self._reported(batch)
        self._as_of(batch)
        self._recorded_at(batch)
        for field, limit in (("quote", _MAX_QUOTE), ("url", _MAX_URL)):
            if field in batch.lists:
                self._text(batch, field, limit)
        for field in ("supersedes", "retracts"):
            if field in batch.lists:
                links = [() if v is _ABSENT else _links(v) for v in batch[field]]
                batch[field + "_"] = links
                if None in links:
                    batch.keep([v is not None for v in links])
        # Only a retraction may omit a figure (Claim says so).
        bare = [bool(f[6] & FLAG_NO_FIGURE) for f in batch["figure"]]
        if True in bare:
            retracts = batch.lists.get("retracts_") or repeat(())
            batch.keep_if([not b or bool(r) for b, r in zip(bare, retracts, strict=False)])
        self._quotes(batch)
        self._ids(batch)
        return batch

    def _memo(self, batch: _Batch, name: str, memo: dict[Any, Any], keys: list[Any], fill: Any) -> None:
        """``batch[name]``: each line's memo entry for ``keys``, each new key filled once by
        ``fill(i)`` (``i`` its first line); lines the memo leaves to the old path (``None``), or
        whose value cannot be a key (a list), leave the batch."""
        try:
            got = list(map(memo.get, keys))
        except TypeError:  # an unhashable value (a list, an object): those lines go row by row
            got = [_safe_get(memo, key) for key in keys]
        if None in got or _UNHASHABLE in got:
            firsts: dict[Any, int] = {}
            for i in compress(range(len(got)), map(is_, got, repeat(None))):
                try:
                    firsts.setdefault(keys[i], i)
                except TypeError:
                    continue
            for i in firsts.values():
                fill(i)
            got = [_safe_get(memo, key) for key in keys] if _UNHASHABLE in got else list(map(memo.get, keys))
            if None in got or _UNHASHABLE in got:
                batch.keep([v is not None and v is not _UNHASHABLE for v in got])
                batch[name] = [v for v in got if v is not None and v is not _UNHASHABLE]
                return
        batch[name] = got

    def _parts(self, given: list[Any], np: Any) -> tuple[Any, Any]:
        """Canonical times by their remembered parts (see :class:`Clock`): µs as an array, and
        the rests (``15:00:00+03:00``) they were found by (``None``: not all strings)."""
        clock = self._clock
        n = len(given)
        try:
            rests = list(map(_slice, given, repeat(_REST)))
            day = np.fromiter(map(clock.days.get, map(_slice, given, repeat(_DAY)), repeat(_NO)), np.int64, n)
            rest = np.fromiter(map(clock.rests.get, rests, repeat(_NO)), np.int64, n)
        except (TypeError, KeyError, IndexError):  # not all strings (a number, a list): none by parts
            return np.full(n, _NO, dtype=np.int64), None
        us = day + rest
        us[(day == _NO) | (rest == _NO)] = _NO
        return us, rests

    def _reported(self, batch: _Batch) -> None:
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        given = batch["reported_at"]
        n = len(given)
        declared = batch.lists.get("reported_precision")
        us, rests = self._parts(given, np)
        found = us != _NO
        if declared is not None:  # a precision other than "second" is read one by one
            found &= np.fromiter((d is _ABSENT or d == "second" for d in declared), bool, n)
        naive = us.copy()
        if rests is not None:
            naive[found] += np.fromiter(map(self._clock.offsets.get, compress(rests, found.tolist())), np.int64)
        rank = np.full(n, _SECOND, dtype=np.int64)
        coarse = np.zeros(n, dtype=np.int64)
        texts = list(map(_QUOTED, *self._clock.texts(np.where(found, us, 0))))
        precisions = ['"second"'] * n
        misses = np.flatnonzero(~found).tolist()
        end, bad = us, cast("list[int]", [])
        if misses:  # one by one (ValueMemos._time: its memo first), then into the columns at once
            us[misses] = 0
            end = us.copy()
            told = [_ABSENT] * len(misses) if declared is None else [declared[i] for i in misses]
            raws = [given[i] for i in misses]
            try:
                got = list(map(self._times.get, zip(raws, told, strict=True)))
            except TypeError:  # a list: ValueMemos._time refuses it
                got = [None] * len(misses)
            done: list[int] = []
            for k, i in enumerate(misses):
                if got[k] is None:
                    got[k] = self._time(raws[k], told[k], "reported_at")
                (bad if got[k] is None else done).append(i)
            got = [g for g in got if g is not None]
            if done:
                columns = list(zip(*got, strict=True))
                us[done], naive[done], rank[done], end[done], coarse[done] = columns[:5]
                for i, text, precision in zip(done, columns[5], columns[6], strict=True):
                    texts[i], precisions[i] = text, precision
        batch["reported_us"], batch["naive"], batch["rank"], batch["end"] = us, naive, rank, end
        batch["coarse"], batch["reported_text"], batch["precision_text"] = coarse, texts, precisions
        if bad:
            self._drop(batch, bad)

    def _as_of(self, batch: _Batch) -> None:
        if "as_of" not in batch.lists:
            return
        us: list[Any] = []
        texts: list[str] = []
        bad = []
        for i, value in enumerate(batch["as_of"]):
            if value is None:
                us.append(None)
                texts.append("null")
                continue
            got = self._time(value, _ABSENT, "as_of")
            if got is None:
                bad.append(i)
                got = (None, None, None, None, None, "null")
            us.append(got[0])
            texts.append(got[5])
        batch["as_of_us"], batch["as_of_text"] = us, texts
        if bad:
            self._drop(batch, bad)

    def _recorded_at(self, batch: _Batch) -> None:
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        n = len(batch["at"])
        if "recorded_at" not in batch.lists:
            batch["recorded_us"] = np.full(n, self.now_us, dtype=np.int64)
            return
        given = batch["recorded_at"]
        missing = None in given
        if missing:  # no recorded_at: the table's stamp (a stand-in time read by parts, replaced below)
            given = [_STAND_IN if v is None else v for v in given]
        us, _rests = self._parts(given, np)
        bad = []
        for i in np.flatnonzero(us == _NO).tolist():
            got = self._recorded(given[i])
            if got is None:
                bad.append(i)
            else:
                us[i] = got
        if missing:
            us[np.fromiter((v is None for v in batch["recorded_at"]), bool, n)] = self.now_us
        bad += np.flatnonzero(us > self.latest_us).tolist()  # in the future: the old path says so
        batch["recorded_us"] = us
        if bad:
            self._drop(batch, sorted(set(bad)))

    def _text(self, batch: _Batch, field: str, limit: int) -> None:
        texts, colons, bad = [], [], []
        for i, value in enumerate(batch[field]):
            if value is None:
                texts.append("null")
                colons.append(0)
            elif value.__class__ is not str or len(value) > limit:
                bad.append(i)
                texts.append("null")
                colons.append(0)
            else:
                texts.append(encode_basestring(value) if value.strip() else "null")
                colons.append(value.count(":"))
        batch[field + "_text"], batch[field + "_colons"] = texts, colons
        if bad:
            self._drop(batch, bad)

    def _drop(self, batch: _Batch, bad: list[int]) -> None:
        mask = [True] * len(batch["at"])
        for i in bad:
            mask[i] = False
        batch.keep(mask)

    def _quotes(self, batch: _Batch) -> None:
        """Each field named once. pydantic-core keeps the last of two equal keys, which load_jsonl
        refuses. Without a backslash every ``"`` of a line delimits a string, so the line holds
        twice as many as its strings, keys included; a key given twice adds its strings to the
        text and not to the parsed object. A line in the batch holds only strings, nulls, a
        source of two strings and lists of ids, so its parsed strings are counted from its
        parsed fields: ``2 × fields - nulls + 3 × (a source object) + Σ (list length - 1)``.
        A line whose count differs goes row by row (which counts colons and says which)."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        n = len(batch["at"])
        if not n:
            return

        def column(values: Any) -> Any:
            return np.fromiter(values, np.int64, n)

        want = 2 * column(map(len, batch["d"]))
        want -= column(map(countOf, map(dict.values, batch["d"]), repeat(None)))
        want += column(map(itemgetter(4), batch["source_"])) * 3 // 2  # 2 for an object: 3 strings more
        for field in ("supersedes", "retracts"):
            if field in batch.lists:
                want += column(len(v) - 1 if v.__class__ is list else 0 for v in batch[field])
        got = column(map(bytes.count, batch["raw"], repeat(b'"')))
        if (got != 2 * want).any():  # a field given twice: the row-by-row path says which
            self._drop(batch, np.flatnonzero(got != 2 * want).tolist())

    def _ids(self, batch: _Batch) -> None:
        """The canonical JSON of each claim, from its pieces, and its id (see ingest_quick)."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        n = len(batch["at"])
        lists = batch.lists
        pieces = zip(
            map(_SECOND_ITEM, batch["count"]),
            map(_FIRST, batch["figure"]),
            map(_THIRD, batch["source_"]),
            map(_SECOND_ITEM, batch["via_"]) if "via_" in lists else repeat("null", n),
            batch["reported_text"],
            batch["precision_text"],
            batch["as_of_text"] if "as_of_text" in lists else repeat("null", n),
            map(_FIRST, batch["status_"]) if "status_" in lists else repeat('"reported"', n),
            _link_texts(batch["supersedes_"]) if "supersedes_" in lists else repeat("[]", n),
            _link_texts(batch["retracts_"]) if "retracts_" in lists else repeat("[]", n),
            batch["quote_text"] if "quote_text" in lists else repeat("null", n),
            batch["url_text"] if "url_text" in lists else repeat("null", n),
            map(_SECOND_ITEM, batch["language_"]) if "language_" in lists else repeat("null", n),
            strict=True,
        )
        # claim_ids.content_id's text, from its pieces (an f-string: str.format of 13 would cost 3×).
        canonical = [
            f"{c}{f},{s},{v},{r},{p},{a},{t},{su},{re},{q},{u},{la}]"
            for c, f, s, v, r, p, a, t, su, re, q, u, la in pieces
        ]
        digests = b"".join(map(_DIGEST, map(sha256, map(str.encode, canonical))))
        # Each id is the first 8 bytes of its digest, big-endian: every fourth 8-byte word.
        keys = np.frombuffer(digests, dtype=">u8")[::4].astype(np.uint64) if n else np.zeros(0, np.uint64)
        batch["key"] = keys.tolist()
        if "id" in lists:
            bad = [
                i
                for i, (given, key) in enumerate(zip(batch["id"], batch["key"], strict=True))
                if given is not _ABSENT and given != "" and given != f"{key:016x}"
            ]
            if bad:  # a wrong id, or one of names as stored before normalising: the old path judges
                self._drop(batch, bad)

    # -- into the columns --------------------------------------------------------------------
    def _row_values(self, batch: _Batch, np: Any) -> list[Any]:
        """The columns' values of the batch's lines (every column but the key, then the figure code)."""
        n = len(batch["at"])

        def column(values: Any) -> Any:
            return np.fromiter(values, np.int64, n)

        # A figure's numbers and a source's kind are the same wherever it appears: one column of
        # codes each, and the rest gathered from a table of the memo's entries by code.
        figures = column(map(itemgetter(7), batch["figure"]))
        by_figure = _table(self._figures.values(), 7, (2, 3, 4, 5, 6), np)[figures]
        sources = column(map(_FIRST, batch["source_"]))
        kinds = _table(self._sources.values(), 0, (1,), np)[sources, 0]
        flags = by_figure[:, 4] | batch["coarse"]
        describes = batch["reported_us"].copy()
        if "as_of_us" in batch.lists:
            given = batch["as_of_us"]
            has = np.fromiter((v is not None for v in given), bool, n)
            if has.any():
                describes[has] = np.fromiter((v for v in given if v is not None), np.int64, int(has.sum()))
                flags[has] |= FLAG_AS_OF
        for field, flag in (("supersedes_", FLAG_SUPERSEDES), ("retracts_", FLAG_RETRACTS)):
            if field in batch.lists:
                flags[np.fromiter(map(bool, batch[field]), bool, n)] |= flag
        if "status_" in batch.lists:
            status = column(map(_SECOND_ITEM, batch["status_"]))
        else:
            status = np.full(n, _REPORTED, dtype=np.int64)
        return [
            column(map(_FIRST, batch["count"])),
            sources,
            kinds,
            batch["reported_us"],
            describes,
            batch["naive"],
            batch["rank"],
            batch["end"],
            batch["recorded_us"],
            status,
            flags,
            by_figure[:, 0],
            by_figure[:, 1],
            by_figure[:, 2],
            by_figure[:, 3],
            figures,
        ]

    def _bulk(self, batch: _Batch, np: Any) -> None:
        """Every line of the block went in: its columns as one chunk, its links."""
        builder = self.builder
        values = self._row_values(batch, np)
        first = builder.rows
        chunk: dict[str, Any] = {"key": np.array(batch["key"], dtype=np.uint64)}
        for name, dtype, column in zip(_NAMES[1:], _DTYPES[1:], values, strict=False):
            chunk[name] = column.astype(dtype)
        chunk["figure"] = values[-1].astype(np.int32)
        builder.add_chunk(chunk)
        links = builder.links
        for field, to_from, to_target in (("supersedes_", links[0], links[1]), ("retracts_", links[2], links[3])):
            if field in batch.lists:
                for j, targets in enumerate(batch[field]):
                    for target in targets:
                        to_from.append(first + j)
                        to_target.append(int(target, 16))

    def _add_row(self, batch: _Batch, values: list[Any], j: int, start: int, number: int) -> None:
        """Line ``j`` of the batch, in file order among lines read row by row (or a repeat: skipped)."""
        key = batch["key"][j]
        if key in self.seen:
            return  # the same statement again: a log keeps the first
        self.seen.add(key)
        builder = self.builder
        row = builder.rows
        links = builder.links
        for field, to_from, to_target in (("supersedes_", links[0], links[1]), ("retracts_", links[2], links[3])):
            if field in batch.lists:
                for target in batch[field][j]:
                    to_from.append(row)
                    to_target.append(int(target, 16))
        builder.keys += key.to_bytes(8, "big")
        builder.flat.extend(int(column[j]) for column in values)
        builder.rows = row + 1
        self.offsets.append(start)
        self.lines.append(number)
        self.quick += 1
        self.batched += 1


def _table(entries: Any, code: int, fields: tuple[int, ...], np: Any) -> Any:
    """The ``fields`` of a memo's entries (tuples; ``None``: not quick) as rows of an array, by their ``code``."""
    kept = [e for e in entries if e is not None]
    table = np.zeros((max((e[code] for e in kept), default=-1) + 1, len(fields)), dtype=np.int64)
    if kept:
        table[[e[code] for e in kept]] = [[e[f] for f in fields] for e in kept]
    return table


def _safe_get(memo: dict[Any, Any], key: Any) -> Any:
    try:
        return memo.get(key)
    except TypeError:
        return _UNHASHABLE


_UNHASHABLE = object()  # a value that cannot be a memo's key: its line goes row by row


def _source_key(given: Any) -> Any:
    """The memo key of a source given as ``{"name": ..., "kind": ...}`` (as the row-by-row path keys it)."""
    if given.__class__ is dict and len(given) == 2 and given.keys() == _FIELDS_OF_SOURCE:
        return (given["name"], given["kind"])
    return _NOT_A_KEY


_NOT_A_KEY = object()  # in no memo: the line's source is judged by ValueMemos._source


def _link_texts(links: list[tuple[str, ...]]) -> list[str]:
    """``supersedes`` or ``retracts`` as the canonical JSON writes them (ids: no escapes)."""
    return ['["' + '","'.join(targets) + '"]' if targets else "[]" for targets in links]
