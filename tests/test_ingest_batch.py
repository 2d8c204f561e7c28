"""The batch reader (casualtylog.bulk.ingest_batch): a block of lines read a field at a time is
read exactly as load_jsonl reads it, line by line: the same claims, the same ids (bit for bit),
the same errors naming the same line, field and value, and repeats dropped in file order.

Blocks of fewer than ``MIN_BATCH`` lines are read row by row; these tests set it to 1 so that
every block, however small, takes the batch (and every odd line the batch leaves to the row by
row path is mixed with batched ones, in file order)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog.bulk import available
from tests.test_ingest_speed import _LAYOUTS, GOOD, _render, _same_as_load_jsonl
from tests.test_ingest_speed import test_ingest_speed_quick_path_refuses_and_accepts_as_load_jsonl as odd_lines
from tests.test_ingest_table import awkward_records

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")

#: The lines of test_ingest_speed's parametrised case: odd in every way the quick path knows.
ODD = next(mark.args[1] for mark in odd_lines.pytestmark if mark.name == "parametrize")  # type: ignore[attr-defined]


@contextmanager
def every_block_batched() -> Iterator[None]:
    import casualtylog.bulk.ingest_batch as batch  # noqa: PLC0415 - needs numpy

    with mock.patch.object(batch, "MIN_BATCH", 1):
        yield


def _lines(*records: dict[str, Any] | str) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records).encode(
        "utf-8", "surrogatepass"
    )


@pytest.mark.parametrize("line", ODD)
def test_ingest_batch_odd_line_among_batched_ones(line: str) -> None:
    good = [GOOD | {"figure": str(i)} for i in range(3)]
    with every_block_batched():
        # Before, between and after good lines, and alone: the batch drops it and the row-by-row
        # path reads it at its place (or raises load_jsonl's error for its line).
        _same_as_load_jsonl(_lines(*good, line))
        _same_as_load_jsonl(_lines(good[0], line, *good[1:]))
        _same_as_load_jsonl(_lines(line, *good))
        _same_as_load_jsonl(_lines(line))


def test_ingest_batch_reads_the_benchmark_data_in_bulk() -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(3000, seed=11)
    table = _same_as_load_jsonl(b"\n".join(lines) + b"\n")
    assert table is not None
    assert table.quick == len(lines)  # every line by the batch or the row-by-row quick path
    assert table.batched >= 0.95 * len(lines)  # retractions and the like may go row by row
    assert table.fallbacks == 0


def test_ingest_batch_repeats_keep_the_first_in_file_order() -> None:
    first = GOOD | {"figure": "1"}
    second = GOOD | {"figure": "2"}
    spaced = json.dumps(first, separators=(", ", " : "))  # the same claim, read row by row
    with every_block_batched():
        table = _same_as_load_jsonl(_lines(first, second, first, spaced, second, first))
    assert table is not None
    assert len(table) == 2
    assert list(table._lines) == [1, 2]


def test_ingest_batch_line_numbers_and_offsets_follow_the_file() -> None:
    records = [GOOD | {"figure": str(i)} for i in range(5)]
    with every_block_batched():
        data = _lines(records[0], "", records[1], '{"event" : "x"}', records[2])
        table = _same_as_load_jsonl(data.replace(b'{"event" : "x"}', b"   "))
    assert table is not None
    assert list(table._lines) == [1, 3, 5]
    assert [str(table.claim(i).figure) for i in range(3)] == ["0", "1", "2"]


def test_ingest_batch_first_error_is_the_first_bad_line() -> None:
    good = GOOD | {"figure": "7"}
    bad_time = GOOD | {"reported_at": "2025-02-30T15:00:00+03:00"}
    bad_figure = GOOD | {"figure": "seven-ish"}
    with every_block_batched():
        _same_as_load_jsonl(_lines(good, bad_figure, good, bad_time))
        _same_as_load_jsonl(_lines(good, bad_time, good, bad_figure))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=st.lists(awkward_records(), min_size=1, max_size=8),
    layout=st.sampled_from(_LAYOUTS),
    twice=st.lists(
        st.sampled_from([None, None, None, "event", "url", "figure", "reported_at", "id", "source"]),
        min_size=8,
        max_size=8,
    ),
    repeat=st.integers(0, 3),
    tz=st.sampled_from([None, "Europe/Kyiv"]),
)
def test_ingest_batch_equals_load_jsonl_on_any_layout(
    records: list[dict[str, Any]], layout: tuple[str, str], twice: list[str | None], repeat: int, tz: str | None
) -> None:
    lines = [_render(r, layout, t) for r, t in zip(records, twice, strict=False)]
    lines += lines[:repeat]  # repeats of earlier lines: dropped, the first kept
    with every_block_batched():
        _same_as_load_jsonl("\n".join(lines).encode("utf-8", "surrogatepass"), tz=tz)
