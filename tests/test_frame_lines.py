"""ClaimTable.from_frame's lines built column by column, read in blocks, against the record path.

The record path (each row's record made by ``frame_records``, written as a line and read one at
a time by ``read_records``) is what ``from_frame`` was: the new path must give the same table
(columns, claims read back, tally) and the same first error, on frames of valid and invalid cells.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from functools import cache, partial
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, ClaimFormatError
from casualtylog.bulk.ingest_polars import polars_or_none
from casualtylog.bulk.table import ClaimTable
from casualtylog.bulk.table_sources import read_records
from casualtylog.display.frame_input import frame_records
from casualtylog.errors import OptionError

CLOCK = datetime(2030, 1, 1, tzinfo=UTC)
ENGINES = ["python", *(["polars"] if polars_or_none() is not None else [])]
ID = "0123456789abcdef"
KYIV = ZoneInfo("Europe/Kyiv")
PLUS3 = timezone(timedelta(hours=3))


def _by_records(frame: pd.DataFrame, defaults: dict[str, Any] | None) -> ClaimTable:
    """The record path: a record per row, a line per record, read one at a time."""
    table = ClaimTable("<frame>", path=None, data=b"", tz=None, clock=lambda: CLOCK)
    items = ((n, record, None) for n, record in frame_records(frame, None, defaults))
    read_records(table, items, path=None, exact=False)
    return table


def _outcome(make: Callable[[], ClaimTable]) -> tuple[object, ...]:
    """What a reader gives: the table's columns, claims and tally, or its error in full."""
    try:
        table = make()
    except ClaimFormatError as error:
        return ("error", type(error), error.path, error.line, error.field, repr(error.value), error.problem, str(error))
    columns = {name: array.tolist() for name, array in table.columns.arrays.items()}
    return ("table", len(table), columns, list(table.claims()), table.tally, _lines(table))


def _lines(table: ClaimTable) -> list[bytes]:
    """The line each claim is read back from (the same bytes, whichever path wrote it)."""
    data = table._data or b""
    return [data[start:].split(b"\n", 1)[0] for start in table._offsets.tolist()]


def _same(frame: pd.DataFrame, defaults: dict[str, Any] | None = None) -> tuple[object, ...]:
    expected = _outcome(lambda: _by_records(frame, defaults))
    for engine in ENGINES:
        got = _outcome(partial(ClaimTable.from_frame, frame, defaults=defaults, clock=lambda: CLOCK, engine=engine))
        assert got == expected, engine
    return expected


# -- cells: the usual ones, and the ones each path must refuse or hand to Claim ------------------


class _Id(str):
    """An id that is a str of another class (JSON writes it; the record path hands it to Claim)."""

    __slots__ = ()

    def __str__(self) -> str:
        return self


ODD = object()  # a cell of no kind a reader knows

WHENS = [
    "2025-01-01", "2025-01-02T10:00+03:00", "2025-01-02T10:00:00Z", "2025-01-02T10:00:00.5Z",
    "2025-01-02T10:00:00.123456+00:00", "x", None, pd.NaT, datetime(2025, 1, 3, 9, tzinfo=UTC),
    datetime(2025, 1, 3, 9, 0, 0, 250000, tzinfo=UTC), datetime(2025, 1, 3, 9, tzinfo=PLUS3),
    datetime(2025, 1, 3, 9, tzinfo=KYIV), datetime(2025, 1, 3, 9),
    datetime(2025, 1, 3, 9, tzinfo=timezone(timedelta(hours=1, seconds=30))),
    pd.Timestamp("2025-01-03 09:00", tz="Europe/Kyiv"), pd.Timestamp("2025-01-03 09:00:00.000001", tz="UTC"), 5, ODD,
]  # fmt: skip
RECORDED = [None, datetime(2025, 1, 4, tzinfo=UTC), "2025-01-04T00:00:00Z", "2025-01-04T00:00:00.25Z",
            datetime(2031, 1, 1, tzinfo=UTC), datetime(2025, 1, 4, 0, 0, 0, 7, tzinfo=PLUS3)]  # fmt: skip
FIGURE_TEXTS = ["12", "about 5", "at least 36", "1,200", "x", None, 7, 1.5, True, "", "more than 10", float("nan")]
FIGURE_PARTS = [
    (None, None, None, None, None), ("exact", 12, 12, 12, None), ("at_least", 36, None, None, None),
    ("bogus", 1, None, None, None), ("exact", 5, 5, 5, None), ("exact", 1.5, 1.5, 1.5, None),
]  # fmt: skip
LINKS = [(), (ID,), f"{ID} 89abcdef01234567", "('0',)", None, [ID], b"ab", (ID, "89abcdef01234567"), ("x",),
         (_Id(ID),), [_Id(ID)], ODD]  # fmt: skip
CELLS: dict[str, list[Any]] = {
    "event": ["e", "É", "x y", None, "", 5, "e\u200b"],
    "metric": ["killed", "injured", None, "deaths"],
    "group": [None, "children", 3],
    "source": ["s", "MoD", None, "", "a\ud800b", np.int64(3)],
    "source_kind": ["official", "media", "bogus", None, 3],
    "via": ["press", None, 3],
    "reported_at": WHENS,
    "reported_tz": ["+03:00", "Europe/Kyiv", None, "Mars/Base", "  "],
    "reported_precision": [None, "day", "second", "week"],
    "as_of": [None, "2025-01-01", datetime(2024, 12, 31, tzinfo=UTC)],
    "recorded_at": RECORDED,
    "status": ["reported", "disputed", "bogus", None],
    "supersedes": LINKS,
    "retracts": LINKS,
    "quote": ["q", None, "a\ud800b", "  ", 'say "x"\n'],
    "url": ["https://x.example/a", None, 3],
    "language": ["en", None, "xx-invalid-"],
}
TEXT_COLUMNS = ("event", "metric", "source", "via", "quote", "status")
TIME_COLUMNS = ("reported_at", "as_of", "recorded_at")


def _cells(draw: st.DrawFn, cells: list[Any], rows: int, valid: float) -> list[Any]:
    """``rows`` cells, each the usual one (``cells[0]``) with chance ``valid``, else any."""
    return [cells[0] if draw(st.floats(0, 1)) < valid else draw(st.sampled_from(cells)) for _ in range(rows)]


def _column(draw: st.DrawFn, name: str, rows: int, valid: float) -> pd.Series[Any]:
    column = pd.Series(_cells(draw, CELLS[name], rows, valid), dtype=object)
    if name in TEXT_COLUMNS and draw(st.booleans()):
        with contextlib.suppress(TypeError, ValueError):  # typed where its cells allow
            column = column.astype("string")
    if name in TIME_COLUMNS and draw(st.booleans()):  # a datetime column, in a zone or naive
        dtype: Any = draw(st.sampled_from(["datetime64[us, UTC]", "datetime64[ms, Europe/Kyiv]", "datetime64[us]",
                                           "datetime64[ns, UTC]"]))  # fmt: skip
        with contextlib.suppress(TypeError, ValueError, OverflowError):  # where its cells are times
            typed = pd.Series(pd.to_datetime(column, utc=True, format="mixed"))
            column = (typed.dt.tz_localize(None) if "," not in dtype else typed).astype(dtype)
    return column


@st.composite
def frames(draw: st.DrawFn) -> tuple[pd.DataFrame, dict[str, Any]]:
    rows = draw(st.integers(0, 6))
    valid = draw(st.sampled_from([0.0, 0.7, 0.95, 1.0, 1.0]))  # how often a cell is the usual one
    names = draw(st.lists(st.sampled_from(sorted(CELLS)), unique=True, max_size=8))
    data: dict[str, pd.Series[Any]] = {name: _column(draw, name, rows, valid) for name in names}
    figure_kind = draw(st.sampled_from(["text", "parts", "both", "none"]))
    if figure_kind in ("text", "both"):
        data["figure"] = pd.Series(_cells(draw, FIGURE_TEXTS, rows, valid), dtype=object)
    if figure_kind in ("parts", "both"):
        parts = _cells(draw, FIGURE_PARTS[1:] if figure_kind == "parts" else FIGURE_PARTS, rows, valid)
        for place, part in enumerate(("qualifier", "low", "high", "value", "word")):
            column = pd.Series([p[place] for p in parts], dtype=object)
            if part in ("low", "high", "value") and draw(st.booleans()):
                with contextlib.suppress(TypeError, ValueError):  # typed where its cells allow
                    column = column.astype("Int64")
            data[part] = column
    frame = pd.DataFrame(data, index=pd.RangeIndex(rows)) if data else pd.DataFrame(index=pd.RangeIndex(rows))
    defaults = {"event": "e", "metric": "killed", "source": "s", "reported_at": "2025-01-01", "figure": 1}
    for name in draw(st.lists(st.sampled_from(sorted(defaults)), unique=True)):
        del defaults[name]
    if figure_kind == "none" and draw(st.booleans()):  # no figure at all: a retraction's row
        defaults.pop("figure", None)
    if draw(st.booleans()) and rows:  # enough rows for a compiled block, the rows repeated
        frame = pd.concat([frame] * math.ceil(300 / rows), ignore_index=True)
    return frame, defaults


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(case=frames())
def test_the_column_lines_read_as_the_records_do(case: tuple[pd.DataFrame, dict[str, Any]]) -> None:
    frame, defaults = case
    _same(frame, defaults)


BAD_CELLS = [("figure", "x"), ("reported_at", "x"), ("supersedes", "('0',)"), ("status", "bogus"),
             ("recorded_at", datetime(2031, 1, 1, tzinfo=UTC)), ("qualifier", "bogus")]  # fmt: skip


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(bad=st.sampled_from(BAD_CELLS), row=st.integers(0, 599))
def test_a_bad_cell_in_a_long_frame_is_the_first_error_named_by_its_row(bad: tuple[str, object], row: int) -> None:
    frame = _claims_frame(600)
    field, value = bad
    column = frame[field].astype(object)
    column.iloc[row] = value
    frame[field] = column
    kind, _, path, line, *_ = _same(frame)
    assert (kind, path, line) == ("error", None, row + 1)


def _claims_frame(n: int) -> pd.DataFrame:
    """A log's frame of ``n`` of the benchmark's claims (a copy: the tests edit it)."""
    return _log_frame(n).copy()


@cache
def _log_frame(n: int) -> pd.DataFrame:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's claims

    return CasualtyLog(json.loads(line) for line in generate_lines(n, seed=3)).to_frame()


def test_a_logs_frame_gives_the_table_of_its_records() -> None:
    frame = _claims_frame(1200)
    kind, rows, *_ = _same(frame)
    assert (kind, rows) == ("table", 1200)
    doubled = pd.concat([frame, frame.iloc[::-1]], ignore_index=True)  # each claim again: kept once
    assert _same(doubled)[:2] == ("table", 1200)


def test_the_engine_is_checked() -> None:
    frame = _claims_frame(3)
    with pytest.raises(OptionError):
        ClaimTable.from_frame(frame, engine="rust")
    assert len(ClaimTable.from_frame(frame, engine="python")) == 3


def test_a_retraction_and_what_it_retracts() -> None:
    kept = {"event": "e", "metric": "killed", "source": {"name": "s", "kind": "official"}}
    first = {**kept, "figure": "about 5", "reported_at": "2025-01-01T10:00:00.25+03:00"}
    log = CasualtyLog([first])
    (claim,) = list(log)
    log.extend([{**kept, "figure": None, "retracts": [claim.id], "reported_at": "2025-01-02T10:00:00Z"}])
    frame = log.to_frame()
    assert _same(frame)[:2] == ("table", 2)
    assert _same(pd.concat([frame] * 150, ignore_index=True))[:2] == ("table", 2)
