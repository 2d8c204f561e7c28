"""Hostile frames for ClaimTable.from_frame (issue 14): each case a discrepancy once found.

Each frame gives, on every engine, the table or the first error that the record path gives
(``test_frame_lines._same``), and no crash.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, ClaimFormatError
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.bulk.table import ClaimTable
from casualtylog.display.frame_input import frame_records
from tests.test_frame_lines import ENGINES, _same


def _frame(**columns: list[Any]) -> pd.DataFrame:
    rows = len(next(iter(columns.values())))
    base: dict[str, Any] = {
        "event": ["e"] * rows,
        "metric": ["killed"] * rows,
        "source": ["s"] * rows,
        "reported_at": ["2025-01-01"] * rows,
        "figure": ["1"] * rows,
    }
    return pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in (base | columns).items()})


@pytest.mark.parametrize("kind", [[6], {"a": 7}])
def test_a_source_kind_that_is_a_list_or_dict_is_refused_not_a_crash(kind: object) -> None:
    outcome = _same(_frame(source_kind=[kind]))
    assert outcome[0] == "error"
    assert outcome[4] == "source.kind"


@pytest.mark.parametrize("source", [{"name": "s", "kind": [6]}, {"name": [1], "kind": "official"}])
@pytest.mark.parametrize("engine", ENGINES)
def test_a_jsonl_source_of_a_list_is_refused_not_a_crash(tmp_path: Path, source: object, engine: str) -> None:
    record = {"event": "e", "metric": "killed", "source": source, "reported_at": "2025-01-01", "figure": "1"}
    path = tmp_path / "k.jsonl"
    path.write_text(json.dumps(record) + "\n")
    with pytest.raises(ClaimFormatError, match=r"line 1: source\."):
        ClaimTable.read_jsonl(path, engine=engine)


def test_rows_read_through_their_records_are_still_read_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row whose line is its record's (a time with a fraction) once flushed the block before it:
    a frame of such rows was read a line at a time (the compiled reader 10x slower than the log)."""
    calls: list[int] = []
    feed = QuickReader.feed

    def counted(self: QuickReader, lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        calls.append(len(lines))
        return feed(self, lines, number, offset)

    monkeypatch.setattr(QuickReader, "feed", counted)
    frame = _frame(
        reported_at=[f"2025-01-01T00:00:{i % 60:02d}.5Z" for i in range(300)], figure=[str(i) for i in range(300)]
    )
    assert len(ClaimTable.from_frame(frame, engine="python")) == 300
    assert calls == [300]
    _same(frame)


@pytest.mark.parametrize("column", ["event", "figure", "reported_at", "supersedes", "quote", "source_kind"])
def test_a_signalling_decimal_nan_is_a_value_refused_not_a_crash(column: str) -> None:
    """pandas' isna raises decimal.InvalidOperation on Decimal("sNaN"): both paths crashed."""
    outcome = _same(_frame(**{column: [Decimal("sNaN")]}))
    assert outcome[0] == "error"
    assert outcome[3] == 1
    with pytest.raises(ClaimFormatError, match=r"record 1: "):
        CasualtyLog.from_frame(_frame(**{column: [Decimal("sNaN")]}))


def test_a_link_cell_of_a_0d_array_is_one_value_not_a_crash() -> None:
    """A 0-d array is Iterable but cannot be iterated: both paths crashed with a TypeError."""
    outcome = _same(_frame(supersedes=[np.array(5)]))
    assert outcome[0] == "error"
    assert outcome[4] == "supersedes"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_future_recorded_at_comes_before_a_later_rows_format_error_as_in_extend(engine: str) -> None:
    """Was a strict xfail that asked the table to name row 2 as ``CasualtyLog.from_frame`` did. By the
    log's contract the first bad row is named, and a future recorded_at is a bad row (``extend``,
    ``load_jsonl``, ``load_csv``, the record path and the table all name row 1, docs/tables.md):
    ``from_frame`` validated every row before it checked any row against its clock. It now feeds
    the log row by row."""
    frame = _frame(recorded_at=[datetime(2031, 1, 1, tzinfo=UTC), "x"])
    with pytest.raises(ClaimFormatError) as expected:
        CasualtyLog().extend(record for _, record in frame_records(frame, None, None))
    assert (expected.value.line, expected.value.field) == (1, "recorded_at")
    with pytest.raises(ClaimFormatError) as logged:
        CasualtyLog.from_frame(frame)
    assert str(logged.value) == str(expected.value)
    with pytest.raises(ClaimFormatError) as got:
        ClaimTable.from_frame(frame, engine=engine)
    assert str(got.value) == str(expected.value)
    assert _same(frame)[3] == 1


# Each a row's own error: a cell that cannot be read, a value refused, or one the log refuses only
# against its clock (far ahead of the test's and the real clock).
ROW_ERRORS: list[tuple[str, object]] = [
    ("recorded_at", datetime(2099, 1, 1, tzinfo=UTC)), ("recorded_at", "x"), ("reported_at", "x"),
    ("figure", "x"), ("supersedes", "('0',)"), ("status", "bogus"), ("source_kind", "bogus"), ("event", ""),
]  # fmt: skip


def _error(make: Callable[[], object]) -> tuple[object, ...]:
    try:
        make()
    except ClaimFormatError as error:
        return (type(error), error.path, error.line, error.field, repr(error.value), error.problem, str(error))
    return ("no error",)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(bad=st.lists(st.tuples(st.integers(0, 5), st.sampled_from(ROW_ERRORS)), min_size=1, max_size=4))
def test_the_log_and_the_table_name_the_first_bad_row_whatever_its_check(
    bad: list[tuple[int, tuple[str, object]]],
) -> None:
    """Whichever checks the bad rows fail (reading a cell, validating the claim, the log's clock),
    the log's from_frame, extend over the rows' records, the record path and every engine name
    the same first bad row and its error."""
    columns: dict[str, list[Any]] = {
        "recorded_at": [None] * 6, "reported_at": ["2025-01-01"] * 6, "figure": [str(n) for n in range(6)],
        "supersedes": [None] * 6, "status": ["reported"] * 6, "source_kind": ["official"] * 6, "event": ["e"] * 6,
    }  # fmt: skip
    for row, (field, value) in bad:
        columns[field][row] = value
    frame = _frame(**columns)
    expected = _same(frame)
    assert expected[0] == "error"
    assert expected[3] == min(row for row, _ in bad) + 1
    records = (record for _, record in frame_records(frame, None, None))
    assert _error(lambda: CasualtyLog().extend(records)) == tuple(expected[1:])
    assert _error(lambda: CasualtyLog.from_frame(frame)) == tuple(expected[1:])
