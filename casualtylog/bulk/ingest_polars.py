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
string or null, ``source`` a string or ``{"name": ..., "kind": ...}``, links as ids; each field
given once (the line's ``":`` count equals the fields polars found, see :func:`_block_rows`);
every value one the memos accept; times in the canonical form (``2025-04-24T15:00:00+03:00``,
read by parts the memos have seen valid) or one of the memos' known times; a ``recorded_at`` not
in the future; an ``id``, if given, that matches. **Every other line** (and every line of a block
that is not UTF-8) goes to the row-by-row reader, at its place in file order, so results and
errors are exactly those of ``engine="python"``: this path may be slower, never more lenient.

>>> import io
>>> from casualtylog.bulk.table import ClaimTable
>>> lines = [b'{"event":"e","metric":"dead","figure":"%d","source":"s","reported_at":"2025-04-24T09:%02d:00Z"}' % (i, i % 60) for i in range(300)]
>>> data = b"\\n".join(lines) + b'\\n{"event":"e","metric":"dead","figure":"1","source":"s","reported_at":"2025-04-24", "via": 7}\\n'
>>> ClaimTable.read_jsonl(data, engine="polars")
Traceback (most recent call last):
...
casualtylog.errors.ClaimFormatError: <bytes>, line 301: via=7: ...
>>> table = ClaimTable.read_jsonl(b"\\n".join(lines), engine="polars")
>>> len(table), table.compiled, table.claim(299) == ClaimTable.read_jsonl(b"\\n".join(lines), engine="python").claim(299)
(300, 300, True)
"""

from __future__ import annotations

import json
from hashlib import sha256
from operator import methodcaller
from typing import Any

from casualtylog.bulk.columns import _DTYPES, _NAMES, FLAG_AS_OF, FLAG_NO_FIGURE, FLAG_RETRACTS, FLAG_SUPERSEDES
from casualtylog.bulk.ingest import _ABSENT
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.claims import MAX_LINKS, MAX_TEXT
from casualtylog.formats._files import MAX_LINE_BYTES
from casualtylog.times import Precision

__all__ = ["LINE", "BlockReader", "polars_or_none"]

#: Below this many lines a block is read row by row: polars' fixed cost per call would dominate.
SMALL_BLOCK = 256
_SECOND = Precision.SECOND.rank
_MAX_QUOTE, _MAX_URL = MAX_TEXT["quote"], MAX_TEXT["url"]

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
_TEXT_FIELDS = (
    "event",
    "metric",
    "group",
    "via",
    "reported_at",
    "reported_precision",
    "as_of",
    "recorded_at",
    "status",
    "quote",
    "url",
    "language",
    "id",
)
_PAIR = (
    rf'(?:"(?:{"|".join(_TEXT_FIELDS)})":{_SP}{_STRING}'
    rf'|"figure":{_SP}(?:{_STRING}|null)'
    rf'|"source":{_SP}{_SOURCE}'
    rf'|"(?:supersedes|retracts)":{_SP}{_LINKS})'
)
#: A line this path may read (anything else goes to the row-by-row reader).
LINE = rf"^\{{{_PAIR}(?:,{_SP}{_PAIR})*\}}\r?$"
_FIELDS = (*_TEXT_FIELDS, "figure", "source", "supersedes", "retracts")
#: The block's column that fills each of the table's columns, where the names differ.
_SOURCE_OF = {"source": "source_code", "status": "status_rank"}
#: Characters Python's str.strip() removes (str.isspace) that a line may hold raw: a quote or url
#: of only these is blank (none), as Claim reads it. tests/test_ingest_polars.py checks the list.
BLANK = " \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def polars_or_none() -> Any:
    """The polars module, or ``None`` if it cannot be imported."""
    try:
        import polars  # noqa: PLC0415 - optional (the columnar extra)
    except ImportError:
        return None
    return polars


class BlockReader(QuickReader):
    """The row-by-row reader's state and memos, plus :meth:`read_block` (see the module)."""

    compiled = 0  # rows read by the compiled path (for tests and benchmarks)

    def read_block(self, lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        """Read ``lines`` (without their line ends), the first being line ``number + 1`` at byte
        ``offset``; returns the number and offset after them (as :meth:`QuickReader.feed`)."""
        import polars as pl  # noqa: PLC0415 - optional (the columnar extra)

        n = len(lines)
        if n < SMALL_BLOCK:
            return self.feed(lines, number, offset)
        blob = b"\n".join(lines)
        try:
            text = blob.decode("utf-8")
        except UnicodeDecodeError:  # a line that is not UTF-8: the row-by-row reader names it
            return self.feed(lines, number, offset)
        raw = pl.Series("raw", [text]).str.split("\n").explode()
        if len(raw) != n:  # cannot happen (the lines hold no line end); never guess
            return self.feed(lines, number, offset)
        sizes = raw.str.len_bytes()
        ok = raw.str.contains(LINE) & (sizes <= MAX_LINE_BYTES)
        found = self._block_rows(pl, raw, ok, blob)
        starts = (sizes.cast(pl.Int64) + 1).cum_sum().to_numpy() - (sizes.to_numpy().astype("int64") + 1) + offset
        return self._commit(lines, found, starts, number, offset)

    # -- the block's rows, vouched for or not -----------------------------------------------------
    def _block_rows(self, pl: Any, raw: Any, ok: Any, blob: bytes) -> Any:
        """``(positions, columns)`` of the rows vouched for, or ``None``."""
        good_count = int(ok.sum())
        if good_count == 0:
            return None
        good = raw.filter(ok)
        data = blob if good_count == len(raw) else good.str.join("\n").item().encode()
        schema = dict.fromkeys(_FIELDS, pl.String)
        df = pl.read_ndjson(data, schema=schema)
        if df.height != good_count:  # polars skipped or split a line: never guess
            return None
        df = df.with_columns(
            position=ok.arg_true(),
            colons=good.str.count_matches('":', literal=True),
            figure_null=good.str.contains('"figure": ?null'),
        )
        df = self._repeating(pl, df)
        df = self._said_times(pl, df)
        return self._vouched(pl, df)

    def _judged(self, pl: Any, df: Any, on: list[str], judge: Any, out: dict[str, Any]) -> Any:
        """``df`` with the columns ``out`` joined on: ``judge`` of each distinct value of ``on``
        (a tuple in the order of ``out``, or ``None``: the row is not vouched for)."""
        distinct = df.select(on).unique(maintain_order=True)
        got = [judge(*values) for values in distinct.iter_rows()]
        columns = [
            pl.Series(name, [None if g is None else g[i] for g in got], dtype=dtype)
            for i, (name, dtype) in enumerate(out.items())
        ]
        table = distinct.with_columns(columns)
        return df.join(table, on=on, how="left", nulls_equal=True, maintain_order="left")

    def _repeating(self, pl: Any, df: Any) -> Any:
        """The repeating fields, each distinct value judged once by the memos (that is, by Claim)."""
        i64, text = pl.Int64, pl.String

        def count(event: Any, metric: Any, group: Any) -> Any:
            got = self._count(event, metric, group)
            return None if got is None else got[:2]

        def figure(value: Any) -> Any:
            got = self._figure(value)
            return None if got is None else (got[0], *got[2:])

        def source(value: Any) -> Any:
            given: Any = value
            if value.startswith("{"):  # polars gives an object field as its JSON text
                try:
                    given = json.loads(value)
                except ValueError:
                    return None
            got = self._source(given)
            return None if got is None else (*got[:3], got[4])

        def name(field: str) -> Any:
            def judge(value: Any) -> Any:
                got = self._name(field, value)
                return None if got is None else (got[1],)

            return judge

        def status(value: Any) -> Any:
            return self._status("reported" if value is None else value)

        df = self._judged(pl, df, ["event", "metric", "group"], count, {"count": i64, "count_text": text})
        df = self._judged(
            pl,
            df,
            ["figure"],
            figure,
            {
                "figure_text": text,
                "low": i64,
                "high": i64,
                "point": i64,
                "qualifier": i64,
                "figure_flags": i64,
                "figure_code": i64,
            },
        )
        df = self._judged(
            pl, df, ["source"], source, {"source_code": i64, "kind": i64, "source_text": text, "source_keys": i64}
        )
        df = self._judged(pl, df, ["via"], name("via"), {"via_text": text})
        df = self._judged(pl, df, ["language"], name("language"), {"language_text": text})
        return self._judged(pl, df, ["status"], status, {"status_text": text, "status_rank": i64})

    def _clocked(self, pl: Any, times: Any) -> Any:
        """µs and µs east of UTC of canonical times whose three parts the clock has seen valid
        (as :class:`~casualtylog.bulk.ingest_clock.Clock` reads them), null elsewhere."""
        clock = self._clock
        canonical = times.str.len_bytes().is_in([20, 25]) & (times.str.slice(10, 1) == "T")
        parts = pl.DataFrame(
            {"t": times, "d": times.str.slice(0, 10), "s": times.str.slice(11, 8), "o": times.str.slice(19)}
        ).filter(canonical)
        for part, memo in (("d", clock.days), ("s", clock.seconds), ("o", clock.offsets)):
            unknown = [v for v in parts[part].unique().to_list() if v not in memo]
            if unknown:
                # One whole time holding each new part, read (and its parts remembered if valid) by the clock.
                shown = parts.filter(pl.col(part).is_in(unknown)).unique(subset=[part], keep="first")
                for whole in shown["t"].to_list():
                    clock.read(whole)

        def known(series: Any, memo: dict[str, int]) -> Any:
            return series.replace_strict(list(memo), list(memo.values()), default=None, return_dtype=pl.Int64)

        day = known(times.str.slice(0, 10), clock.days)
        second = known(times.str.slice(11, 8), clock.seconds)
        east = known(times.str.slice(19), clock.offsets)
        us = pl.select(
            pl.when(pl.lit(canonical)).then(pl.lit(day) + pl.lit(second) * 1_000_000 - pl.lit(east))
        ).to_series()
        return us, east

    def _said_times(self, pl: Any, df: Any) -> Any:
        """reported_at (with its precision), as_of and recorded_at, as the quick path reads them."""
        col, i64, text = pl.col, pl.Int64, pl.String
        reported_us, reported_east = self._clocked(pl, df["reported_at"])
        as_of_us, _ = self._clocked(pl, df["as_of"])
        recorded_us, _ = self._clocked(pl, df["recorded_at"])
        df = df.with_columns(
            r_us=reported_us,
            r_east=reported_east,
            a_us=as_of_us,
            c_us=recorded_us,
        ).with_columns(
            r_canonical=col("r_us").is_not_null()
            & (col("reported_precision").is_null() | (col("reported_precision") == "second")),
        )
        # The other forms (a day, a minute, a declared precision) repeat: judged once each, by the memos.
        df = df.with_columns(
            r_other=pl.when(~col("r_canonical")).then(col("reported_at")),
            p_other=pl.when(~col("r_canonical")).then(col("reported_precision")),
            a_other=pl.when(col("a_us").is_null()).then(col("as_of")),
            c_other=pl.when(col("c_us").is_null()).then(col("recorded_at")),
        )

        def reported(raw: Any, declared: Any) -> Any:
            if raw is None:
                return None
            return self._time(raw, _ABSENT if declared is None else declared, "reported_at")

        def as_of(raw: Any) -> Any:
            got = None if raw is None else self._time(raw, _ABSENT, "as_of")
            return None if got is None else (got[0], got[5])

        def recorded(raw: Any) -> Any:
            got = None if raw is None else self._recorded(raw)
            return None if got is None else (got,)

        df = self._judged(
            pl,
            df,
            ["r_other", "p_other"],
            reported,
            {"m_us": i64, "m_naive": i64, "m_rank": i64, "m_end": i64, "m_coarse": i64, "m_text": text, "m_ptext": text},
        )
        df = self._judged(pl, df, ["a_other"], as_of, {"ma_us": i64, "ma_text": text})
        df = self._judged(pl, df, ["c_other"], recorded, {"mc_us": i64})
        utc = '"' + pl.from_epoch(col("r_us"), time_unit="us").dt.strftime("%Y-%m-%dT%H:%M:%S+00:00") + '"'
        as_of_utc = '"' + pl.from_epoch(col("a_us"), time_unit="us").dt.strftime("%Y-%m-%dT%H:%M:%S+00:00") + '"'
        canonical = col("r_canonical")
        return df.with_columns(
            reported=pl.when(canonical).then(col("r_us")).otherwise(col("m_us")),
            naive=pl.when(canonical).then(col("r_us") + col("r_east")).otherwise(col("m_naive")),
            precision=pl.when(canonical).then(pl.lit(_SECOND, i64)).otherwise(col("m_rank")),
            available=pl.when(canonical).then(col("r_us")).otherwise(col("m_end")),
            coarse=pl.when(canonical).then(pl.lit(0, i64)).otherwise(col("m_coarse")),
            reported_text=pl.when(canonical).then(utc).otherwise(col("m_text")),
            precision_text=pl.when(canonical).then(pl.lit('"second"')).otherwise(col("m_ptext")),
            describes_raw=pl.coalesce(col("a_us"), col("ma_us")),
            as_of_text=pl.when(col("as_of").is_null())
            .then(pl.lit("null"))
            .when(col("a_us").is_not_null())
            .then(as_of_utc)
            .otherwise(col("ma_text")),
            recorded=pl.when(col("recorded_at").is_null())
            .then(pl.lit(self.now_us, i64))
            .otherwise(pl.coalesce(col("c_us"), col("mc_us"))),
        )

    def _vouched(self, pl: Any, df: Any) -> Any:
        """The rows vouched for, with their ids (hashed as claim_ids.content_id hashes a claim)."""
        col, i64 = pl.col, pl.Int64
        quoted = {}
        for field, limit in (("quote", _MAX_QUOTE), ("url", _MAX_URL)):
            value = col(field)
            quoted[f"{field}_text"] = (
                pl.when(value.is_null() | value.str.contains(f"^[{BLANK}]*$"))
                .then(pl.lit("null"))
                .when(value.str.len_chars() <= limit)
                .then('"' + value + '"')  # no backslash, quote or control character: JSON as json writes it
            )
        links = {}
        for field in ("supersedes", "retracts"):
            ids = col(field).str.extract_all("[0-9a-f]{16}")
            links[f"{field}_given"] = ids.list.len().fill_null(0)
            links[f"{field}_ids"] = ids.list.unique().list.sort().fill_null(pl.lit([], pl.List(pl.String)))
        df = df.with_columns(**quoted, **links)
        df = df.with_columns(
            supersedes_text=pl.when(col("supersedes_ids").list.len() == 0)
            .then(pl.lit("[]"))
            .otherwise('["' + col("supersedes_ids").list.join('","') + '"]'),
            retracts_text=pl.when(col("retracts_ids").list.len() == 0)
            .then(pl.lit("[]"))
            .otherwise('["' + col("retracts_ids").list.join('","') + '"]'),
        )
        present = pl.sum_horizontal(
            *(col(f).is_not_null().cast(i64) for f in _FIELDS if f != "figure"),
            (col("figure").is_not_null() | col("figure_null")).cast(i64),
            col("source_keys"),
        )
        no_figure = (col("figure_flags") & FLAG_NO_FIGURE) != 0
        vouched = (
            (col("colons") == present)  # each field once: polars keeps the first of two, load_jsonl refuses
            & col("count").is_not_null()
            & col("figure_text").is_not_null()
            & (col("figure").is_not_null() | col("figure_null"))
            & col("source_code").is_not_null()
            & col("via_text").is_not_null()
            & col("language_text").is_not_null()
            & col("status_text").is_not_null()
            & col("reported").is_not_null()
            & (col("as_of").is_null() | col("describes_raw").is_not_null())
            & col("recorded").is_not_null()
            & (col("recorded") <= self.latest_us)  # in the future: the row-by-row reader says so
            & col("quote_text").is_not_null()
            & col("url_text").is_not_null()
            & (col("supersedes_given") <= MAX_LINKS)
            & (col("retracts_given") <= MAX_LINKS)
            & ~(no_figure & (col("retracts_ids").list.len() == 0))  # only a retraction may omit a figure
        )
        df = df.filter(vouched)
        # The canonical JSON of claim_ids.content_id, from its pieces (pinned by stored logs).
        canonical = pl.concat_str(
            [
                col("count_text"),
                col("figure_text"),
                pl.lit(","),
                col("source_text"),
                pl.lit(","),
                col("via_text"),
                pl.lit(","),
                col("reported_text"),
                pl.lit(","),
                col("precision_text"),
                pl.lit(","),
                col("as_of_text"),
                pl.lit(","),
                col("status_text"),
                pl.lit(","),
                col("supersedes_text"),
                pl.lit(","),
                col("retracts_text"),
                pl.lit(","),
                col("quote_text"),
                pl.lit(","),
                col("url_text"),
                pl.lit(","),
                col("language_text"),
                pl.lit("]"),
            ]
        )
        texts = df.select(canonical.cast(pl.Binary)).to_series().to_list()
        digests = b"".join(map(methodcaller("digest"), map(sha256, texts)))
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        key = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 32)[:, :8].copy().view(">u8").ravel()
        df = df.with_columns(key=pl.Series("key", key.astype(np.uint64)))
        if df["id"].is_not_null().any():
            hex_id = pl.Series("hex", key.astype(">u8").view("V8").tolist(), dtype=pl.Binary).bin.encode("hex")
            matches = df["id"].is_null() | (df["id"] == "") | (df["id"] == hex_id)
            df = df.filter(matches)  # a wrong id, or one of names as stored before normalising: Claim decides
        return df.with_columns(
            flags=col("figure_flags")
            | col("coarse")
            | pl.when(col("as_of").is_not_null()).then(pl.lit(FLAG_AS_OF, i64)).otherwise(pl.lit(0, i64))
            | pl.when(col("supersedes_ids").list.len() > 0).then(pl.lit(FLAG_SUPERSEDES, i64)).otherwise(pl.lit(0, i64))
            | pl.when(col("retracts_ids").list.len() > 0).then(pl.lit(FLAG_RETRACTS, i64)).otherwise(pl.lit(0, i64)),
            describes=pl.coalesce(col("describes_raw"), col("reported")),
        )

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
        for field, (origin, target) in (("supersedes_ids", (0, 1)), ("retracts_ids", (2, 3))):
            lists = rows[field]
            counts = lists.list.len().to_numpy()
            if counts.any():
                flat = lists.explode().drop_nulls().to_list()
                builder.links[origin].extend((first + np.repeat(np.arange(len(rows)), counts)).tolist())
                builder.links[target].extend(
                    np.frombuffer(bytes.fromhex("".join(flat)), dtype=">u8").astype(np.uint64).tolist()
                )
        builder.rows = first + len(rows)
        where = rows["position"].to_numpy().astype(np.int64)
        self.offsets.extend(starts[where].tolist())
        self.lines.extend((where + number + 1).tolist())
        self.compiled += len(rows)
