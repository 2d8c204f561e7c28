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
from operator import countOf, is_, itemgetter, methodcaller
from typing import Any

from pydantic_core import from_json

from casualtylog.bulk.columns import (
    FLAG_NO_FIGURE,
    STATUS_RANK,
)
from casualtylog.bulk.ingest import _ABSENT, _links
from casualtylog.bulk.ingest_batch_columns import add_row, bulk, row_values
from casualtylog.bulk.ingest_batch_times import Batch, TimeColumns
from casualtylog.bulk.ingest_quick import _MAX_QUOTE, _MAX_URL, _QUICK
from casualtylog.claims import ClaimStatus
from casualtylog.formats._files import MAX_LINE_BYTES

__all__ = ["BatchReader"]

#: Fewer lines than this are read row by row (a batch's fixed cost is a few dozen C loops).
MIN_BATCH = 64
#: Lines per batch at most.
BATCH = 2048
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


class BatchReader(TimeColumns):
    """A :class:`QuickReader` that reads a block of lines a field at a time (see the module)."""

    def feed(self, lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        if len(lines) > BATCH:  # a batch's columns stay in the processor's caches
            for at in range(0, len(lines), BATCH):
                number, offset = self.feed(lines[at : at + BATCH], number, offset)
            return number, offset
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
                bulk(self, batch, np)
                self.offsets.extend(starts[:-1])
                self.lines.extend(range(number + 1, number + n + 1))
                self.quick += n
                self.batched += n
                return number + n, starts[-1]
        # Some lines go row by row (or repeat a claim): every line in file order, the batch's as computed.
        done = dict(zip(rows, range(len(rows)), strict=True))
        values = row_values(self, batch, np)
        for i in range(n):
            j = done.get(i)
            if j is None:
                super().feed([lines[i]], number + i, starts[i])
            else:
                add_row(self, batch, values, j, starts[i], number + i + 1)
        return number + n, starts[-1]

    # -- the batch: every check, a field at a time -------------------------------------------
    def _batch(self, lines: list[bytes]) -> Batch:
        """The lines the batch vouches for (``at``: their places in ``lines``) and their pieces."""
        batch = Batch(at=list(range(len(lines))), raw=lines)
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

    def _memo(self, batch: Batch, name: str, memo: dict[Any, Any], keys: list[Any], fill: Any) -> None:
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

    def _text(self, batch: Batch, field: str, limit: int) -> None:
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
            batch.drop(bad)

    def _quotes(self, batch: Batch) -> None:
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
            batch.drop(np.flatnonzero(got != 2 * want).tolist())

    def _ids(self, batch: Batch) -> None:
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
                batch.drop(bad)


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
