"""Ingest speed (issue 14, ingest item 1): the quick path of ClaimTable.read_jsonl reads a line
straight into its columns and id, and is exactly as strict as load_jsonl: the same claims, the same
ids (bit for bit), the same errors, whatever the layout of the JSON."""

from __future__ import annotations

import importlib.util
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog
from casualtylog.bulk import available
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.jsonl import load_jsonl
from tests.strategies import BASE
from tests.test_bulk import ALL_POLICIES
from tests.test_ingest_table import awkward_records

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")

if available():
    from casualtylog.bulk.table import ClaimTable

CLOCK = BASE + timedelta(days=30)


def _clock() -> datetime:
    return CLOCK


#: Both readers of ClaimTable.read_jsonl: the row-by-row one, and the compiled one (polars) reading
#: every block however short (tests/test_ingest_polars.py compares the two column by column).
ENGINES = [
    "python",
    pytest.param("polars", marks=pytest.mark.skipif(importlib.util.find_spec("polars") is None, reason="no polars")),
]


@contextmanager
def _engine_reads_every_block(engine: str) -> Iterator[None]:
    if engine != "polars":
        yield
        return
    from tests.test_ingest_polars import every_block_compiled  # noqa: PLC0415 - needs polars

    with every_block_compiled():
        yield


def _same_as_load_jsonl(data: bytes, *, tz: str | None = None, engine: str = "python") -> ClaimTable | None:
    """Read ``data`` both ways: equal claims (and ids, and resolutions), or the same error."""
    with _engine_reads_every_block(engine):
        return _same_as_load_jsonl_now(data, tz=tz, engine=engine)


def _same_as_load_jsonl_now(data: bytes, *, tz: str | None, engine: str) -> ClaimTable | None:
    refused: ClaimFormatError | None = None
    try:
        log = load_jsonl(io.BytesIO(data), tz=tz, log=CasualtyLog(clock=_clock, tz=tz))
    except ClaimFormatError as error:
        refused = error
    if refused is not None:
        with pytest.raises(ClaimFormatError) as got:
            ClaimTable.read_jsonl(data, tz=tz, clock=_clock, engine=engine)
        assert str(got.value).replace("<bytes>", "<stream>") == str(refused)
        return None
    table = ClaimTable.read_jsonl(data, tz=tz, clock=_clock, engine=engine)
    claims = list(table.claims())  # each read back and checked against the id the quick path hashed
    assert claims == list(log)
    keys = table.columns.column("key").tolist() if len(table) else []
    assert keys == [int(c.id, 16) for c in log]  # bit-identical to claim_ids.content_id
    assert list(table.resolve_all()) == list(log.resolve_all())
    return table


@pytest.mark.parametrize("engine", ENGINES)
def test_ingest_speed_quick_path_reads_the_benchmark_data_as_load_jsonl_does(engine: str) -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(3000, seed=7)
    data = b"\n".join(lines) + b"\n"
    table = _same_as_load_jsonl(data, engine=engine)
    assert table is not None
    # Retractions and the like may take the old path; the compiled path's doubts go row by row.
    assert table.quick + table.compiled >= 0.95 * len(lines)
    assert (table.quick if engine == "python" else table.compiled) >= 0.95 * len(lines)
    assert table.fallbacks == 0
    log = load_jsonl(io.BytesIO(data), log=CasualtyLog(clock=_clock))
    for policy in ALL_POLICIES:
        assert table.resolve_all(policy=policy, at="2023-03-01") == log.resolve_all(policy=policy, at="2023-03-01")


GOOD = {
    "event": "kyiv: strike",
    "metric": "dead",
    "figure": "12",
    "source": {"name": "KCMA: official", "kind": "official"},
    "reported_at": "2025-04-24T15:00:00+03:00",
    "recorded_at": "2025-04-25T10:00:00+00:00",
    "url": "https://example.org/a:b",
}


@pytest.mark.parametrize(
    "line",
    [
        # A field given twice, wherever and however written: pydantic-core keeps the last silently.
        '{"event": "a", "event": "b", "metric": "dead", "figure": "1", "source": "s", "reported_at": "2025-01-01"}',
        '{"event": "a:b", "metric": "dead", "figure": "1", "source": "s", "reported_at": "2025-01-01", "event" : "c"}',
        '{"event":"a","metric":"dead","figure":"1","source":{"name":"s","kind":"official","kind":"ngo"},"reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":{"name":"s:t","name" :"u","kind":"ngo"},"reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-04-24T15:00:00+03:00","url":"x","url":"y"}',
        # A colon in a value, and a key spaced from its colon: still one field each.
        '{"event" :"a:b:c","metric"\t:"dead","figure":"1","source":"s:t","reported_at":"2025-04-24T15:00:00Z"}',
        # Escapes: read by json as load_jsonl reads them.
        '{"event":"a\\u003ab","metric":"dead","figure":"1","source":"s","reported_at":"2025-04-24T15:00:00Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-04-24T15:00:00Z","quote":"\\ud800"}',
        # Times that look canonical and are not, or are in other layouts.
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-30T15:00:00+03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T25:00:00+03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+24:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00+03:00:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"0999-02-28T15:00:00+03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00.5+03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","recorded_at":"2025-03-01T00:00:00.123456Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","recorded_at":"2025-03-01T00:00:00.1234567Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","reported_precision":"day"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","as_of":"2025-02-27"}',
        # A retraction without a figure, and a figure of none without one.
        '{"event":"a","metric":"dead","figure":null,"source":"s","reported_at":"2025-02-28T15:00:00Z","retracts":["0123456789abcdef"]}',
        '{"event":"a","metric":"dead","figure":null,"source":"s","reported_at":"2025-02-28T15:00:00Z"}',
        # Values of other types than the quick path reads.
        '{"event":"a","metric":"dead","figure":12,"source":"s","reported_at":"2025-02-28T15:00:00Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","group":7}',
        '{"event":["a"],"metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","status":{"x":1}}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","via":"  ","language":" "}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","id":"0000000000000000"}',
        '\ufeff{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z"} {"x": 1}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","figure":"1e999"}',
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_ingest_speed_quick_path_refuses_and_accepts_as_load_jsonl(line: str, engine: str) -> None:
    good = json.dumps(GOOD, ensure_ascii=False)
    # The line after a good one (so that the memos hold values), and alone.
    _same_as_load_jsonl((good + "\n" + line + "\n").encode("utf-8", "surrogatepass"), engine=engine)
    _same_as_load_jsonl(line.encode("utf-8", "surrogatepass"), engine=engine)


def test_ingest_speed_time_parts_remembered_only_where_valid() -> None:
    # Each part of a later time was seen in a valid one: the combination is valid too.
    times = [
        "2024-02-29T23:59:59+14:00",
        "2025-03-01T00:00:00-12:00",
        "2025-02-28T23:59:59Z",
        "2025-03-01T23:59:59+14:00",
        "2024-02-29T00:00:00Z",
    ]
    lines = [json.dumps(GOOD | {"reported_at": t, "figure": str(i)}) for i, t in enumerate(times)]
    table = _same_as_load_jsonl("\n".join(lines).encode(), engine="python")
    assert table is not None
    assert table.quick == len(times)


_LAYOUTS = [(", ", ": "), (",", ":"), (" , ", " : "), (",\t", "\t:\t")]


def _render(record: dict[str, Any], layout: tuple[str, str], twice: str | None) -> str:
    text = json.dumps(record, ensure_ascii=False, separators=layout)
    if twice is not None and text.endswith("}"):
        value = json.dumps(record.get(twice, "x:y"), ensure_ascii=False)
        text = text[:-1] + f'{layout[0]}"{twice}"{layout[1]}{value}' + "}"
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=st.lists(awkward_records(), min_size=1, max_size=5),
    layout=st.sampled_from(_LAYOUTS),
    twice=st.lists(
        st.sampled_from([None, None, None, "event", "url", "figure", "reported_at", "id"]), min_size=5, max_size=5
    ),
    tz=st.sampled_from([None, "Europe/Kyiv"]),
)
@pytest.mark.parametrize("engine", ENGINES)
def test_ingest_speed_quick_path_equals_load_jsonl_on_any_layout(
    records: list[dict[str, Any]], layout: tuple[str, str], twice: list[str | None], tz: str | None, engine: str
) -> None:
    text = "\n".join(_render(r, layout, t) for r, t in zip(records, twice, strict=False))
    _same_as_load_jsonl(text.encode("utf-8", "surrogatepass"), tz=tz, engine=engine)
