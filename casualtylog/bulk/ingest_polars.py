"""The compiled reader of :meth:`ClaimTable.read_jsonl` (``engine="polars"``): a block of lines at once.

The row-by-row reader (:mod:`casualtylog.bulk.ingest_quick`) spends most of a line in Python
bytecode: memo look-ups, the canonical text, appending integers. Here polars (Rust) does that work
for a block of a few thousand lines at a time, and Python runs once per *distinct* value (an event,
a figure, a source, a date), through the very memos the row-by-row reader fills
(:class:`~casualtylog.bulk.ingest_memos.ValueMemos`, which judge each value by
:class:`~casualtylog.Claim`), and once per row only to hash the canonical text (``hashlib``, in one
C-level ``map``).

What it vouches for, and nothing else: a line that matches, from its first byte to its last, a
grammar of the usual shape (:data:`LINE`): a JSON object of the known fields, compact or spaced as
``json.dumps`` writes, string values without a backslash or a control character (so the text
between the quotes *is* the value, and :mod:`json` would write it back the same), ``figure`` a
string, an integer (judged by Claim as the old path judges it) or null, ``source`` a string or
``{"name": ..., "kind": ...}``, links as ids; each field given once (the line's ``":`` count equals the fields polars found, see :func:`_block_rows`);
every value one the memos accept; times in the canonical form (``2025-04-24T15:00:00+03:00``,
read by parts the memos have seen valid) or one of the memos' known times; a ``recorded_at`` not
in the future; an ``id``, if given, that matches. **Every other line** (and every line of a block
that is not UTF-8) goes to the row-by-row reader, at its place in file order, so results and
errors are exactly those of ``engine="python"``: this path may be slower, never more lenient.

>>> from datetime import UTC, datetime
>>> from casualtylog.bulk.table import ClaimTable
>>> lines = [b'{"event":"e","metric":"dead","figure":"%d","source":"s","reported_at":"2025-04-24T09:%02d:00Z"}' % (i, i % 60) for i in range(300)]
>>> data = b"\\n".join(lines) + b"\\n"
>>> ClaimTable.read_jsonl(data + b'{"event":"e","metric":"dead","figure":"1","source":"s","reported_at":"2025-04-24", "via": 7}\\n', engine="polars")
Traceback (most recent call last):
...
casualtylog.errors.ClaimFormatError: <bytes>, line 301: via=7: ...
>>> clock = lambda: datetime(2025, 5, 1, tzinfo=UTC)
>>> table = ClaimTable.read_jsonl(data, engine="polars", clock=clock)
>>> len(table), table.compiled, table.claim(299) == ClaimTable.read_jsonl(data, engine="python", clock=clock).claim(299)
(300, 300, True)
"""

from __future__ import annotations

from typing import Any

from casualtylog.bulk.columns import _DTYPES, _NAMES
from casualtylog.bulk.ingest_polars_values import BLANK, FIELDS, BlockValues
from casualtylog.formats._files import MAX_LINE_BYTES

__all__ = ["BLANK", "FIELDS", "LINE", "BlockReader", "polars_or_none"]

#: Below this many lines a block is read row by row: polars' fixed cost per call would dominate.
SMALL_BLOCK = 256

# -- the grammar of a line this path vouches for (anchored at both ends: a whole line or nothing) --
_SP = "[ ]?"  # json.dumps writes ": " and ", ", compact writers nothing
# No backslash (no escapes), no control character (JSON forbids them raw), not starting with ":"
# (so that every '":' in a line ends a key, and the key count below is exact).
_STRING = r'"(?:[^":\\\x00-\x1f][^"\\\x00-\x1f]*)?"'
_ID = '"[0-9a-f]{16}"'
_LINKS = rf"(?:\[(?:{_ID}(?:,{_SP}{_ID})*)?\]|{_ID})"
_SOURCE = (
    rf'(?:{_STRING}|\{{"name":{_SP}{_STRING},{_SP}"kind":{_SP}{_STRING}\}}'
    rf'|\{{"kind":{_SP}{_STRING},{_SP}"name":{_SP}{_STRING}\}})'
)
_SHAPED = ("figure", "source", "supersedes", "retracts")  # the fields whose values are not just strings
_TEXT_FIELDS = tuple(f for f in FIELDS if f not in _SHAPED)
_PAIR = (
    rf'(?:"(?:{"|".join(_TEXT_FIELDS)})":{_SP}{_STRING}'
    rf'|"figure":{_SP}(?:{_STRING}|null|0|[1-9][0-9]{{0,15}})'  # an integer as JSON writes it
    rf'|"source":{_SP}{_SOURCE}'
    rf'|"(?:supersedes|retracts)":{_SP}{_LINKS})'
)
#: A line this path may read (anything else goes to the row-by-row reader).
LINE = rf"^\{{{_PAIR}(?:,{_SP}{_PAIR})*\}}\r?$"
#: The block's column that fills each of the table's columns, where the names differ.
_SOURCE_OF = {"source": "source_code", "status": "status_rank"}


def polars_or_none() -> Any:
    """The polars module, or ``None`` if it cannot be imported."""
    try:
        import polars  # noqa: PLC0415 - optional (the columnar extra)
    except ImportError:
        return None
    return polars


class BlockReader(BlockValues):
    """The row-by-row reader's state and memos, plus :meth:`read_block` (see the module)."""

    compiled = 0  # rows read by the compiled path (for tests and benchmarks)

    def read_block(self, lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        """Read ``lines`` (without their line ends), the first being line ``number + 1`` at byte
        ``offset``; returns the number and offset after them (as :meth:`QuickReader.feed`)."""
        import polars as pl  # noqa: PLC0415 - optional (the columnar extra)

        n = len(lines)
        if n < SMALL_BLOCK:
            return self.feed(lines, number, offset)
        try:
            raw = pl.Series("raw", lines, dtype=pl.Binary).cast(pl.String)
        except pl.exceptions.PolarsError:  # a line that is not UTF-8: the row-by-row reader names it
            return self.feed(lines, number, offset)
        sizes = raw.str.len_bytes()
        ok = raw.str.contains(LINE) & (sizes <= MAX_LINE_BYTES)
        found = self._block_rows(pl, raw, ok, lines)
        starts = (sizes.cast(pl.Int64) + 1).cum_sum().to_numpy() - (sizes.to_numpy().astype("int64") + 1) + offset
        return self._commit(lines, found, starts, number, offset)

    # -- the block's rows, vouched for or not -----------------------------------------------------
    def _block_rows(self, pl: Any, raw: Any, ok: Any, lines: list[bytes]) -> Any:
        """``(positions, columns)`` of the rows vouched for, or ``None``."""
        good_count = int(ok.sum())
        if good_count == 0:
            return None
        good = raw.filter(ok)
        data = b"\n".join(lines) if good_count == len(raw) else good.str.join("\n").item().encode()
        schema = dict.fromkeys(FIELDS, pl.String)
        try:
            df = pl.read_ndjson(data, schema=schema)
        except pl.exceptions.PolarsError:  # not expected of lines the grammar let through: row by row
            return None
        if df.height != good_count:  # polars skipped or split a line: never guess
            return None
        df = df.with_columns(
            position=ok.arg_true(),
            colons=good.str.count_matches('":', literal=True),
            figure_null=good.str.contains('"figure": ?null'),
            figure_number=good.str.contains('"figure": ?[0-9]'),
        )
        df = self._repeating(pl, df)
        df = self._said_times(pl, df)
        return self._vouched(pl, df)

    # -- into the columns, in file order ----------------------------------------------------------
    def _commit(self, lines: list[bytes], found: Any, starts: Any, number: int, offset: int) -> tuple[int, int]:
        """The vouched rows into the columns, every other line through :meth:`QuickReader.feed`,
        in file order (so the first bad line raises, and a repeated id keeps its first row)."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        n = len(lines)
        positions = np.zeros(0, dtype=np.int64) if found is None else found["position"].to_numpy().astype(np.int64)
        line = done = 0
        while line < n:
            if done < len(positions) and positions[done] == line:
                # A run of consecutive vouched lines.
                step = positions[done:] - positions[done] - np.arange(len(positions) - done)
                end = done + int(np.argmax(step != 0)) if (step != 0).any() else len(positions)
                self._add(found, done, end, starts, number)
                line += end - done
                done = end
                continue
            upto = int(positions[done]) if done < len(positions) else n
            for k in range(line, upto):
                self.feed([lines[k]], number + k, int(starts[k]))
            line = upto
        return number + n, offset + sum(map(len, lines)) + n

    def _add(self, found: Any, start: int, end: int, starts: Any, number: int) -> None:
        """Rows ``start:end`` of ``found`` (consecutive lines) into the columns; a repeat is skipped."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy
        import polars as pl  # noqa: PLC0415 - optional (the columnar extra)

        rows = found.slice(start, end - start)
        key = rows["key"].to_numpy()
        ids = key.astype(">u8").view("V8").tolist()  # as the quick path keeps them: 8 bytes, big-endian
        seen = self.seen
        if len(set(ids)) == len(ids) and seen.isdisjoint(ids):
            keep = None
        else:  # the same statement again: a log keeps the first
            mask = []
            for one in ids:
                mask.append(one not in seen)
                seen.add(one)
            keep = np.array(mask, dtype=bool)
            rows = rows.filter(pl.Series(keep))
            key = key[keep]
        seen.update(ids)
        if not len(rows):
            return
        builder = self.builder
        builder.flush()  # rows the row-by-row reader added before these keep their place
        chunk: dict[str, Any] = {"key": key.astype(np.uint64)}
        for name, dtype in zip(_NAMES[1:], _DTYPES[1:], strict=True):
            chunk[name] = rows[_SOURCE_OF.get(name, name)].to_numpy().astype(dtype)
        chunk["figure"] = rows["figure_code"].to_numpy().astype(np.int32)
        builder._chunks.append(chunk)
        first = builder.rows
        for field, (origin, target) in (("supersedes", (0, 1)), ("retracts", (2, 3))):
            counts = rows[f"{field}_count"].to_numpy()
            if counts.any():
                flat = rows[f"{field}_text"].str.extract_all("[0-9a-f]{16}").explode().drop_nulls().to_list()
                builder.links[origin].extend((first + np.repeat(np.arange(len(rows)), counts)).tolist())
                builder.links[target].extend(
                    np.frombuffer(bytes.fromhex("".join(flat)), dtype=">u8").astype(np.uint64).tolist()
                )
        builder.rows = first + len(rows)
        where = rows["position"].to_numpy().astype(np.int64)
        self.offsets.extend(starts[where].tolist())
        self.lines.extend((where + number + 1).tolist())
        self.compiled += len(rows)
