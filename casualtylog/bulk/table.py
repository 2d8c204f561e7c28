"""A claim file held as columns: numbers in numpy arrays, a Claim only when asked for.

:meth:`ClaimTable.read_jsonl` reads a JSON Lines file as strictly as
:func:`~casualtylog.formats.jsonl.load_jsonl` (the same rules, the same
errors naming the file, line, field and value; nothing is kept if any line
is bad) but keeps no :class:`~casualtylog.Claim` per row: it keeps the
numeric columns the bulk engine reads (:class:`~casualtylog.bulk.columns.ClaimColumns`)
and each row's line number and byte offset. A claim is read back from its
line when a caller asks for it (:meth:`ClaimTable.claim`), which is how the
provenance of a resolution and the counts the bulk engine leaves to the
reference engine get their claims.

>>> import io
>>> data = (b'{"event": "e", "metric": "killed", "figure": "10-14", "source": "A", "reported_at": "2025-04-24T09:00Z"}\\n'
...         b'{"event": "e", "metric": "dead", "figure": "12", "source": "B", "reported_at": "2025-04-24T10:00Z"}\\n')
>>> table = ClaimTable.read_jsonl(data)
>>> len(table), str(table.claim(1).figure)
(2, '12')
>>> [r] = table.resolve_all()
>>> (r.best, r.low, r.high), r == table.to_log().resolve("e", "killed")
((12, 10, 14), True)
>>> ClaimTable.read_jsonl(data + b'{"event": "e", "metric": "killed", "figure": "-1", "source": "A", "reported_at": "2025"}\\n')
Traceback (most recent call last):
...
casualtylog.errors.ClaimFormatError: <bytes>, line 3: figure='-1': cannot read figure '-1': expected a count of zero or more (a fall is a new, lower claim, not a negative figure)
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import chain
from os import PathLike
from typing import IO, Any, cast

from casualtylog._gc import paused_gc
from casualtylog.bulk.columns import HIGH_OPEN, ClaimColumns
from casualtylog.bulk.ingest import RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_polars import SMALL_BLOCK, BlockReader, engine_choice, polars_or_none
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.bulk.table_files import chunks, unless_regular, utf8
from casualtylog.bulk.table_rows import CountClaims, TableClaims, TableResolution
from casualtylog.bulk.table_sources import TableSources
from casualtylog.claims import Claim, Count
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import MAX_LINE_BYTES, display_name
from casualtylog.formats.errors import ClaimFileError
from casualtylog.formats.jsonl import parse_line
from casualtylog.formats.mapping import TableTally
from casualtylog.log import RECORDED_AT_TOLERANCE, CasualtyLog
from casualtylog.resolutions import Resolutions
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.store.memory import stamp
from casualtylog.times import Precision, TimeInput, parse_time, window_end

__all__ = ["ClaimTable"]

#: Rows validated before they are added to the columns: bounds the memory of rows in flight.
_CHUNK = 1 << 14
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

Source = str | PathLike[str] | bytes | IO[bytes] | IO[str]


def _now(clock: Callable[[], datetime]) -> datetime:
    now = clock()
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now


def _micros(value: datetime | None) -> int | None:
    return None if value is None else (value - _EPOCH) // _MICROSECOND


def _split(feed: Callable[[list[bytes], int, int], tuple[int, int]]) -> Callable[[bytes, int, int], tuple[int, int]]:
    """The row-by-row reader's ``feed`` of a chunk's lines (the compiled reader takes the chunk whole)."""
    return lambda chunk, number, offset: feed(chunk.split(b"\n"), number, offset)


class ClaimTable(TableSources):
    """Claims read from a JSON Lines file, held as numeric columns (see the module).

    Build one with :meth:`read_jsonl`, :meth:`read_csv`, :meth:`from_frame` or :meth:`from_store`. Rows are the file's claims in order,
    without repeats (a claim whose id came earlier is skipped, as a log skips
    it), each with ``recorded_at`` set (to the time of reading where the line
    gave none, as a log stamps it).

    Attributes:
        name: the file's name, as errors give it.
        columns: the numeric columns (:class:`~casualtylog.bulk.columns.ClaimColumns`).
        fallbacks: how many rows only a whole :class:`~casualtylog.Claim` could validate.
        quick: how many rows the quick path read (:mod:`casualtylog.bulk.ingest_quick`).
        compiled: how many rows the compiled path read (:mod:`casualtylog.bulk.ingest_polars`).
        tally: what reading left out without error (``blank_cells``, ``skipped_rows``; :class:`TableSources`).
    """

    def __init__(
        self,
        name: str,
        *,
        path: str | None,
        data: bytes | None,
        tz: str | tzinfo | None,
        clock: Callable[[], datetime],
    ) -> None:
        self.name = name
        self._path = path
        self._data = data
        self._tz = tz
        self._clock = clock
        self._stamp = _now(clock)
        self.columns = ClaimColumns()
        self._rows = TableClaims(self)
        self.columns.claims = cast("list[Claim]", self._rows)
        self._offsets: Any = None
        self._lines: Any = None
        self._by_count: Any = None
        self.fallbacks = self.quick = self.compiled = 0
        self.tally = TableTally()

    # -- reading --------------------------------------------------------------------
    @classmethod
    def read_jsonl(
        cls,
        source: Source,
        *,
        tz: str | tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
        engine: str | None = None,
    ) -> ClaimTable:
        """Read a JSON Lines file (a path, its bytes, or an open file) as a table.

        A path is read line by line and reopened to read a claim back; bytes are
        kept (not copied); an open file is read whole into bytes.

        ``engine`` picks the reader; both accept and refuse the same lines, with the
        same errors, and give the same table. ``"polars"`` reads blocks of lines with
        polars (the ``columnar`` extra: :mod:`casualtylog.bulk.ingest_polars`) and hands
        every line it cannot vouch for to the row-by-row reader; ``"python"`` is that
        row-by-row reader alone (the core install's, and the reference). ``None`` (the
        default) is ``"polars"`` when polars imports, else ``"python"``; a file of fewer
        lines than a compiled block (256) is read row by row without importing polars.

        Raises:
            ClaimFormatError: a line is not a valid claim (file, line, field, value); no table is made.
            ClaimFileError: the file cannot be read.
            MissingExtraError: ``engine="polars"`` without polars installed (or one too old).
            OptionError: an engine other than those.
        """
        compiled = engine_choice(engine)
        if isinstance(source, str | PathLike):
            name = path = os.fspath(source)
            data = unless_regular(name)
        elif isinstance(source, bytes):
            name, path, data = "<bytes>", None, source
        else:
            name, path = display_name(source), None
            content = source.read()
            data = content if isinstance(content, bytes) else utf8(content)
        if data is not None:
            path = None
        table = cls(name, path=path, data=data, tz=tz, clock=clock or (lambda: datetime.now(UTC)))
        with paused_gc():
            if data is not None:
                table._read(io.BytesIO(data), compiled)
            else:
                try:
                    handle = open(cast("str", path), "rb")  # noqa: SIM115, PTH123 - closed just below
                except OSError as exc:
                    raise ClaimFileError(name, "read", exc.strerror or str(exc)) from exc
                with handle:
                    table._read(handle, compiled)
        return table

    def _read(self, stream: IO[bytes], compiled: bool | None = False) -> None:
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        lines_of = chunks(stream)  # each a few thousand lines, joined (see chunks)
        first = next(lines_of, None)
        if compiled is None:
            # A first block this short is the whole file: read row by row, polars not even imported.
            compiled = first is not None and first.count(b"\n") + 1 >= SMALL_BLOCK and polars_or_none() is not None
        reader = RowReader(tz=self._tz, path=self.name)
        builder = ColumnBuilder(self.columns)
        quick = (BlockReader if compiled else QuickReader)(
            reader,
            builder,
            name=self.name,
            tz=self._tz,
            now=self._stamp,
            latest=self._stamp + RECORDED_AT_TOLERANCE,
        )
        number = offset = 0
        read = quick.read_block if isinstance(quick, BlockReader) else _split(quick.feed)
        for lines in () if first is None else chain((first,), lines_of):
            number, offset = read(lines, number, offset)
            builder.flush()
        builder.finish()
        self.fallbacks = reader.fallbacks
        self.quick = quick.quick
        self.compiled = quick.compiled if isinstance(quick, BlockReader) else 0
        self._offsets = np.frombuffer(quick.offsets, dtype=np.int64).copy()
        self._lines = np.frombuffer(quick.lines, dtype=np.int64).astype(np.int32)
        self.tally = TableTally(rows=len(self._lines))  # nothing is left out of a JSON Lines file

    # -- claims ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"<ClaimTable {self.name!r}: {len(self):,} claims>"

    def claim(self, row: int) -> Claim:
        """The claim of ``row``, read back from its line."""
        return self.claims_at([row])[0]

    def claims_at(self, rows: Sequence[int]) -> list[Claim]:
        """The claims of ``rows`` (in that order), read back from their lines.

        Raises:
            ClaimFileError: the file changed since it was read (a line no longer holds its claim).
        """
        offsets, lines, keys = self._offsets, self._lines, self.columns.column("key")
        recorded = self.columns.column("recorded")
        out: list[Claim] = []
        with self._open() as read:
            for row in rows:
                number = int(lines[row])
                changed = ClaimFileError(self.name, "read", f"line {number} changed since the table was read")
                try:
                    text = read(int(offsets[row])).decode("utf-8", "surrogateescape")
                    if number == 1:
                        text = text.removeprefix("\ufeff")
                    claim = parse_line(text, tz=self._tz, path=self.name, line=number)
                except ClaimFormatError as exc:  # the line read when the table was made was a claim
                    raise changed from exc
                if claim.recorded_at is None:
                    claim = stamp([claim], self._stamp)[0]
                # The id leaves out recorded_at, which known_at= reads from the columns: both must match.
                if int(claim.id, 16) != int(keys[row]) or _micros(claim.recorded_at) != int(recorded[row]):
                    raise changed
                out.append(claim)
        return out

    def _open(self) -> Any:
        from contextlib import contextmanager  # noqa: PLC0415 - only reading back needs it

        @contextmanager
        def reader() -> Iterator[Callable[[int], bytes]]:
            if self._data is not None:
                data = self._data

                def at(start: int) -> bytes:
                    end = data.find(b"\n", start)
                    return data[start : None if end < 0 else end]

                yield at
                return
            try:
                handle = open(cast("str", self._path), "rb")  # noqa: SIM115, PTH123 - closed below
            except OSError as exc:
                raise ClaimFileError(self.name, "read", exc.strerror or str(exc)) from exc
            with handle:

                def line_at(start: int) -> bytes:
                    handle.seek(start)
                    return handle.readline(MAX_LINE_BYTES + 1)  # a file replaced since is read no further

                yield line_at

        return reader()

    def claims(self) -> Iterator[Claim]:
        """Every claim, in order, read back in batches."""
        for start in range(0, len(self), _CHUNK):
            yield from self.claims_at(range(start, min(start + _CHUNK, len(self))))

    def to_log(self, *, clock: Callable[[], datetime] | None = None) -> CasualtyLog:
        """A :class:`~casualtylog.CasualtyLog` of the table's claims (built claim by claim)."""
        return CasualtyLog(self.claims(), clock=clock or self._clock, tz=self._tz)

    def nbytes(self) -> int:
        """Bytes held by the columns, the row offsets and line numbers (not the file)."""
        return self.columns.nbytes() + int(self._offsets.nbytes) + int(self._lines.nbytes)

    # -- resolving ------------------------------------------------------------------
    def _time(self, value: TimeInput | None, field: str) -> datetime | None:
        if value is None:
            return None
        when, precision = parse_time(value, field=field, tz=self._tz)
        return window_end(when, precision) if precision.rank <= Precision.DAY.rank else when

    def _count_rows(self) -> list[Any]:
        """Per count code, its rows in order (computed once)."""
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        if self._by_count is None:
            count = self.columns.column("count")
            order = np.argsort(count, kind="stable").astype(np.int32)
            bounds = np.searchsorted(count[order], np.arange(len(self.columns.counts) + 1))
            self._by_count = [order[bounds[i] : bounds[i + 1]] for i in range(len(self.columns.counts))]
        rows: list[Any] = self._by_count
        return rows

    def resolve_all(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> Resolutions:
        """Every count resolved, as :meth:`CasualtyLog.resolve_all` resolves the same claims:
        the bulk engine's numbers, and the reference engine for the counts it leaves
        (only their claims are read back). Provenance is read back when first asked for."""
        from casualtylog.bulk.engine import bulk_numbers, supports  # noqa: PLC0415 - needs numpy

        chosen = get_policy(policy)
        at_t, known_t = self._time(at, "at"), self._time(known_at, "known_at")
        out: list[Resolution] = []
        with paused_gc():
            cols = self.columns
            if not len(cols):
                return Resolutions(())
            by_count = self._count_rows()
            if not supports(chosen):
                for count, code in cols.sorted_counts():
                    whole = resolve_claims(
                        count, self.claims_at(by_count[code].tolist()), chosen, at=at_t, known_at=known_t
                    )
                    if whole.considered:
                        out.append(whole)
                return Resolutions(r for r in out if r.states_a_figure)
            now = _micros(_now(self._clock)) or 0
            found = bulk_numbers(cols, chosen, at_us=_micros(at_t), known_us=_micros(known_t), now_us=now)
            considered, fallback = found.considered.tolist(), found.fallback.tolist()
            best, low, high = found.best.tolist(), found.low.tolist(), found.high.tolist()
            best_row, sources, conflicted = found.best_row.tolist(), found.sources.tolist(), found.conflicted.tolist()
            for count, code in cols.sorted_counts():
                if not considered[code]:
                    continue
                if fallback[code]:
                    claims = self.claims_at(by_count[code].tolist())
                    out.append(resolve_claims(count, claims, chosen, at=at_t, known_at=known_t))
                    continue
                out.append(
                    self._lazy(
                        count,
                        code,
                        chosen,
                        (best, low, high, best_row),
                        (considered, sources, conflicted),
                        at_t,
                        known_t,
                    )
                )
        return Resolutions(r for r in out if r.states_a_figure)

    def _lazy(
        self,
        count: Count,
        code: int,
        policy: Policy,
        numbers: tuple[list[int], list[int], list[int], list[int]],
        tallies: tuple[list[int], list[int], list[bool]],
        at: datetime | None,
        known_at: datetime | None,
    ) -> TableResolution:
        best, low, high, best_row = numbers
        row = best_row[code]
        figures: tuple[int | None, int | None, int | None, Any] = (
            (None, None, None, None)
            if row < 0
            else (best[code], low[code], None if high[code] == HIGH_OPEN else high[code], None)
        )
        held = CountClaims(self, self._count_rows()[code])
        res = TableResolution(
            count,
            policy,
            figures,
            (tallies[0][code], tallies[1][code], tallies[2][code]),
            cast("list[Claim]", held),
            at,
            known_at,
        )
        object.__setattr__(res, "_best_row", row)
        object.__setattr__(res, "_table", self)
        return res
