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

import re
from itertools import pairwise
from typing import Any

from casualtylog._extras import MissingExtraError
from casualtylog.bulk.columns import _DTYPES, _NAMES
from casualtylog.bulk.ingest_polars_values import BLANK, FIELDS, BlockValues
from casualtylog.errors import OptionError
from casualtylog.formats._files import MAX_LINE_BYTES

__all__ = ["BLANK", "FIELDS", "LINE", "MIN_POLARS", "SMALL_BLOCK", "BlockReader", "engine_choice", "polars_or_none"]

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


#: The oldest polars this path is used with; the columnar extra asks for it (tests/test_review7_ingest.py
#: checks they agree). ``DataFrame.join(nulls_equal=...)`` is 1.24's name, and before 1.27 ``read_ndjson``
#: gives an object or a list read as a string as null, not its JSON text: no source object or list of
#: links was vouched for, and on the benchmark's lines the default engine was slower than row by row.
MIN_POLARS = "1.27"


def polars_or_none() -> Any:
    """The polars module, or ``None`` if it cannot be imported or is older than :data:`MIN_POLARS`
    (then the row-by-row reader reads, as without polars)."""
    try:
        import polars  # noqa: PLC0415 - optional (the columnar extra)
    except ImportError:
        return None
    return polars if _release(polars.__version__) >= _release(MIN_POLARS) else None


def engine_choice(engine: str | None) -> bool | None:
    """Whether to read with the compiled path (see :meth:`ClaimTable.read_jsonl`); ``None``: when
    the first block of lines is long enough for it and polars imports (decided by ``_read``)."""
    if engine not in (None, "polars", "python"):
        raise OptionError("engine", engine, "'polars', 'python' or None (polars when installed)")
    if engine is None:
        return None
    if engine == "python":
        return False
    if polars_or_none() is None:
        raise MissingExtraError(f"polars>={MIN_POLARS}", "columnar", "ClaimTable.read_jsonl(engine='polars')")
    return True


def _release(version: str) -> tuple[int, ...]:
    """The major and minor numbers of a version, which tell an API's age.

    >>> _release("1.24.0rc1"), _release("2.1.0") >= _release(MIN_POLARS), _release("1.9") >= _release(MIN_POLARS)
    ((1, 24), True, False)
    """
    return tuple(int(re.sub(r"\D.*", "", part) or 0) for part in version.split(".")[:2])


class BlockReader(BlockValues):
    """The row-by-row reader's state and memos, plus :meth:`read_block` (see the module)."""

    compiled = 0  # rows read by the compiled path (for tests and benchmarks)

    def read_block(self, chunk: bytes, number: int, offset: int) -> tuple[int, int]:
        """Read the lines of ``chunk`` (whole lines joined by ``\\n``, the first being line
        ``number + 1`` at byte ``offset``: see :func:`~casualtylog.bulk.table_files.chunks`);
        returns the number and offset after them (as :meth:`QuickReader.feed`)."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy
        import polars as pl  # noqa: PLC0415 - optional (the columnar extra)

        try:
            whole = pl.Series("raw", [chunk], dtype=pl.Binary).cast(pl.String)
        except pl.exceptions.PolarsError:  # a line that is not UTF-8: the row-by-row reader names it
            return self.feed(chunk.split(b"\n"), number, offset)
        # Split in polars: the lines are never Python objects, unless a line goes row by row.
        raw = whole.str.split("\n").explode()
        if len(raw) < SMALL_BLOCK:
            return self.feed(chunk.split(b"\n"), number, offset)
        lines = _line_shapes(pl, raw)
        found = self._block_rows(pl, lines, chunk)
        sizes = lines["size"].to_numpy().astype("int64")
        starts = np.cumsum(sizes + 1) - (sizes + 1)  # where each line begins in the chunk (each ends in \n)
        return self._commit(chunk, found, starts, number, offset)

    # -- the block's rows, vouched for or not -----------------------------------------------------
    def _block_rows(self, pl: Any, lines: Any, chunk: bytes) -> Any:
        """The columns of the rows vouched for (with each row's ``position`` in the block), or ``None``.
        ``lines``: the block's lines with their shapes (:func:`_line_shapes`)."""
        ok = lines["ok"]
        good_count = int(ok.sum())
        if good_count == 0:
            return None
        shape = lines.select("colons", "figure_tail", position=pl.int_range(pl.len(), dtype=pl.Int64))
        data = chunk
        if good_count < len(lines):
            shape = shape.filter(ok)
            data = lines["raw"].filter(ok).str.join("\n").item().encode()
        schema = dict.fromkeys(FIELDS, pl.String)
        try:
            df = pl.read_ndjson(data, schema=schema)
        except pl.exceptions.PolarsError:  # not expected of lines the grammar let through: row by row
            return None
        if df.height != good_count:  # polars skipped or split a line: never guess
            return None
        return self._values(pl, df.hstack(shape.get_columns()))

    # -- into the columns, in file order ----------------------------------------------------------
    def _commit(self, chunk: bytes, found: Any, starts: Any, number: int, offset: int) -> tuple[int, int]:
        """The vouched rows into the columns, every other line through :meth:`QuickReader.feed`,
        in file order (so the first bad line raises, and a repeated id keeps its first row).
        ``starts``: where each line begins in ``chunk``."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        n = len(starts)

        def feed(k: int) -> None:  # line k alone, sliced out of the chunk (its \n left off)
            start, end = int(starts[k]), int(starts[k + 1]) - 1 if k + 1 < n else len(chunk)
            self.feed([chunk[start:end]], number + k, offset + start)

        block = None if found is None else _arrays(found)
        positions = np.zeros(0, dtype=np.int64) if block is None else block["position"]
        # Runs of consecutive vouched lines, found once: a block may hold thousands of them.
        bounds = [0, *(np.flatnonzero(np.diff(positions) != 1) + 1).tolist(), len(positions)]
        line = 0
        starts_at = starts + offset
        for first, last in pairwise(bounds):
            if first == last:  # no vouched line at all
                break
            upto = int(positions[first])
            for k in range(line, upto):
                feed(k)
            self._add(block, first, last, starts_at, number)
            line = upto + last - first
        for k in range(line, n):
            feed(k)
        return number + n, offset + len(chunk) + 1

    def _add(self, block: Any, start: int, end: int, starts: Any, number: int) -> None:
        """Rows ``start:end`` of ``block`` (consecutive lines) into the columns; a repeat is skipped.
        Only numpy slices here: a run may be a single line, and polars' fixed cost per call is not."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        key = block["key"][start:end]
        ids = key.astype(">u8").view("V8").tolist()  # as the quick path keeps them: 8 bytes, big-endian
        seen = self.seen
        rows = np.arange(start, end)
        keep = None
        if len(set(ids)) != len(ids) or not seen.isdisjoint(ids):  # the same statement again: a log keeps the first
            mask = []
            for one in ids:
                mask.append(one not in seen)
                seen.add(one)
            keep = np.array(mask, dtype=bool)
            rows = rows[keep]
        seen.update(ids)
        if not len(rows):
            return
        builder = self.builder
        if len(rows) < _SHORT_RUN:  # with the row-by-row reader's pending rows: a chunk is a dozen arrays
            builder.keys += block["key"][rows].astype(">u8").tobytes()
            # Each row as ColumnBuilder.flat holds it: every column but the key, then the figure code
            # (stacked here, for the few rows of a short run, not for every row of the block).
            flat = np.column_stack([block[name][rows].astype(np.int64) for name in _CHUNK[1:]])
            builder.flat.extend(flat.ravel().tolist())
        else:
            builder.add_chunk({name: block[name][rows] for name in _CHUNK})  # after the rows added before
        first = builder.rows
        for field, (origin, target) in (("supersedes", (0, 1)), ("retracts", (2, 3))):
            bounds = block[f"{field}_bounds"]  # row r's links: bounds[r] to bounds[r + 1]
            low, high = bounds[start], bounds[end]
            if high > low:
                owner = block[f"{field}_owner"][low:high] - start  # each link's row within the run
                targets = block[f"{field}_to"][low:high]
                if keep is not None:
                    kept = keep[owner]
                    owner, targets = (np.cumsum(keep) - 1)[owner[kept]], targets[kept]
                builder.links[origin].extend((first + owner).tolist())
                builder.links[target].extend(targets.tolist())
        builder.rows = first + len(rows)
        where = block["position"][rows]
        # As raw bytes of the arrays' own item sizes: no Python int per row.
        self.offsets.frombytes(starts[where].astype(f"i{self.offsets.itemsize}").tobytes())
        self.lines.frombytes((where + number + 1).astype(f"i{self.lines.itemsize}").tobytes())
        self.compiled += len(rows)


#: The columns of a chunk, in ColumnBuilder's names.
_CHUNK = (*_NAMES, "figure")
#: A run of fewer vouched rows is added as the row-by-row reader adds its rows (flat integers).
_SHORT_RUN = 64


def _line_shapes(pl: Any, raw: Any) -> Any:
    """The block's lines (``raw``) with, in one query (a polars query has a fixed cost, about a
    tenth of a millisecond and more, session 20): each line's size in bytes, whether the grammar
    lets it through (``ok``), its count of ``":`` (``colons``: the keys it names, see
    ``_vouched``) and the first character of its figure (``figure_tail``: ``n`` for null, a digit for a number).
    The last two are read of every line, and kept only for the lines let through."""
    line = raw.to_frame("raw")
    text = pl.col("raw")
    size = text.str.len_bytes()
    return line.with_columns(
        size=size,
        ok=text.str.contains(LINE) & (size <= MAX_LINE_BYTES),
        # Not literal=True: polars' literal counter is the slower of the two here (session 17).
        colons=text.str.count_matches('":'),
        # "n" (null) or a digit (a number): one search where two cost twice as much.
        figure_tail=text.str.extract('"figure": ?([n0-9])', 1),
    )


def _arrays(found: Any) -> dict[str, Any]:
    """The vouched rows of a block as numpy arrays (once a block): the chunk's columns, the
    rows' positions, and each link field's targets with the row of each (``_owner``) and where
    each row's targets begin (``_bounds``, one more than the rows)."""
    import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

    out: dict[str, Any] = {"key": found["key"].to_numpy().astype(np.uint64)}
    for name, dtype in zip(_NAMES[1:], _DTYPES[1:], strict=True):
        out[name] = found[_SOURCE_OF.get(name, name)].to_numpy().astype(dtype)
    out["figure"] = found["figure_code"].to_numpy().astype(np.int32)
    out["position"] = found["position"].to_numpy().astype(np.int64)
    for field in ("supersedes", "retracts"):
        counts = found[f"{field}_count"].to_numpy().astype(np.int64)
        flat = (
            found[f"{field}_text"].str.extract_all("[0-9a-f]{16}").explode().drop_nulls().to_list()
            if counts.any()
            else []
        )
        out[f"{field}_to"] = np.frombuffer(bytes.fromhex("".join(flat)), dtype=">u8").astype(np.uint64)
        out[f"{field}_owner"] = np.repeat(np.arange(len(counts)), counts)
        out[f"{field}_bounds"] = np.concatenate(([0], np.cumsum(counts)))
    return out
