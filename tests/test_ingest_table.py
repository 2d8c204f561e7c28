"""Columnar ingest (issue 14 item 3): a ClaimTable accepts exactly what Claim accepts, builds
the same claims, and resolves as a log of them resolves."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim
from casualtylog._coerce import to_claim
from casualtylog.bulk import available
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.jsonl import load_jsonl, write_jsonl
from casualtylog.formats.reader import exact_times
from tests.strategies import BASE, claim_lists, claim_record
from tests.test_bulk import ALL_POLICIES, moments_or_none, plain_claim_lists

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")

if available():
    from casualtylog.bulk.table import ClaimTable
    from casualtylog.bulk.table_rows import TableResolution

CLOCK = BASE + timedelta(days=30)


def _clock() -> datetime:
    return CLOCK


def _json_ready(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, datetime):
            value = value.isoformat()
        elif hasattr(value, "value") and not isinstance(value, str | int):  # enums
            value = value.value
        elif value is not None and not isinstance(value, str | int | float | bool | list | dict | tuple):
            value = str(value)  # figures
        out[key] = value
    return out


#: Values that Claim refuses in some field and accepts in others, or reads in a surprising way.
AWKWARD: list[object] = [
    None,
    "",
    "   ",
    0,
    -1,
    1.5,
    2.0,
    True,
    "-3",
    "12",
    "at least 5",
    "dozens",
    "+3",
    "10-14",
    "abc",
    "dead",
    "children",
    [],
    ["0123456789abcdef"],
    ["0123456789ABCDEF"],
    "0123456789abcdef",
    [1],
    {"name": "s", "kind": "un"},
    {"name": "s", "kind": "bogus"},
    {"name": ""},
    {"name": "s", "extra": "x"},
    "2025-13-01",
    "2025-04-24T10:00",
    "2025-04-24T10:00:00.250000+03:00",
    "2025-04",
    "2025",
    "2020-01-01",
    "1899-01-01",
    "second",
    "month",
    "day",
    "confirmed",
    "projected",
    "x" * 600,
    "a\u202eb",
    "Kyiv  City\u200b",
    "2025-04",
    "2025-04/2025-06",
    "since 2025-04-01",
]
FIELDS = [*Claim.model_fields, "unknown_field"]


@st.composite
def awkward_records(draw: st.DrawFn) -> dict[str, Any]:
    """A valid record with up to two fields replaced, dropped or added: valid or not."""
    record = _json_ready(claim_record(draw, earlier=[], one_count=False, increments=True, links=False))
    for _ in range(draw(st.integers(0, 2))):
        field = draw(st.sampled_from(FIELDS))
        if draw(st.integers(0, 5)) == 0:
            record.pop(field, None)
        else:
            record[field] = draw(st.sampled_from(AWKWARD))
    if draw(st.booleans()):
        claim = _claim_or_none(record)
        if claim is not None:
            record["id"] = claim.id  # a stored claim carries its id: checked, not just set
    return record


def _claim_or_none(record: dict[str, Any]) -> Claim | None:
    try:
        return to_claim(exact_times(json.loads(json.dumps(record))))
    except ClaimFormatError:
        return None


def _read(data: bytes) -> ClaimTable:
    return ClaimTable.read_jsonl(data, clock=_clock)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=awkward_records())
def test_columnar_ingest_accepts_exactly_what_claim_accepts(record: dict[str, Any]) -> None:
    line = json.dumps(record, ensure_ascii=False).encode()
    expected = _claim_or_none(record)
    if expected is None:
        with pytest.raises(ClaimFormatError) as got:
            _read(line)
        with pytest.raises(ClaimFormatError) as want:
            load_jsonl(io.BytesIO(line))
        assert str(got.value).replace("<bytes>", "<stream>") == str(want.value)
        return
    table = _read(line)
    claim = table.claim(0)
    assert claim == expected.model_copy(update={"recorded_at": expected.recorded_at or CLOCK})
    assert claim.id == expected.id
    log = CasualtyLog([claim], clock=_clock)
    assert list(table.resolve_all()) == list(log.resolve_all())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(awkward_records(), min_size=1, max_size=8))
def test_columnar_ingest_refuses_a_file_with_one_bad_line_as_load_jsonl_does(records: list[dict[str, Any]]) -> None:
    data = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)
    refused: ClaimFormatError | None = None
    try:
        log = load_jsonl(io.BytesIO(data), log=CasualtyLog(clock=_clock))
    except ClaimFormatError as error:
        refused = error
    if refused is not None:
        with pytest.raises(ClaimFormatError) as got:
            _read(data)
        assert str(got.value).replace("<bytes>", "<stream>") == str(refused)
        return
    table = _read(data)
    assert list(table.claims()) == list(log)
    assert list(table.resolve_all()) == list(log.resolve_all())


def _agree(claims: list[Claim], data: st.DataObject, tmp_path: Path | None = None) -> ClaimTable:
    buffer = io.BytesIO()
    write_jsonl(claims, buffer)
    if tmp_path is None:
        table = _read(buffer.getvalue())
    else:
        path = tmp_path / "claims.jsonl"
        path.write_bytes(buffer.getvalue())
        table = ClaimTable.read_jsonl(path, clock=_clock)
    log = CasualtyLog(claims, clock=_clock)
    assert table.fallbacks == 0  # every row validated without a Claim
    assert list(table.claims()) == list(log)
    at, known_at = data.draw(moments_or_none()), data.draw(moments_or_none())
    for policy in ALL_POLICIES:
        for when, known in ((None, None), (at, known_at)):
            got, want = (
                table.resolve_all(policy=policy, at=when, known_at=known),
                log.resolve_all(policy=policy, at=when, known_at=known),
            )
            assert [(r.count, r.best, r.low, r.high) for r in got] == [(r.count, r.best, r.low, r.high) for r in want]
            assert [r.best_claim for r in got] == [r.best_claim for r in want]
            assert list(got) == list(want)
    return table


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_lists(max_size=20), data=st.data())
def test_columnar_ingest_resolves_as_the_log_on_generated_logs(claims: list[Claim], data: st.DataObject) -> None:
    _agree(claims, data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=plain_claim_lists(), data=st.data())
def test_columnar_ingest_resolves_as_the_log_on_plain_logs(claims: list[Claim], data: st.DataObject) -> None:
    _agree(claims, data)


def test_columnar_ingest_reads_a_path_and_its_claims_back(tmp_path: Path) -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(600, seed=3)
    path = tmp_path / "claims.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n\r\n")
    table = ClaimTable.read_jsonl(path, clock=_clock)
    log = load_jsonl(path, log=CasualtyLog(clock=_clock))
    assert len(table) == len(log) == 600
    assert table.fallbacks == 0
    assert list(table.claims()) == list(log)
    assert table.to_log(clock=_clock).resolve_all() == log.resolve_all()
    resolved = table.resolve_all()
    lazy = [r for r in resolved if isinstance(r, TableResolution)]
    assert lazy
    assert all(not r.provenance_built for r in lazy)  # numbers only, until provenance is read
    assert resolved == log.resolve_all()


def test_columnar_ingest_skips_repeats_and_stamps_recorded_at() -> None:
    line = b'{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"}\n'
    table = _read(line + line)
    assert len(table) == 1
    assert table.claim(0).recorded_at == CLOCK


def test_columnar_ingest_refuses_a_future_recorded_at() -> None:
    later = (CLOCK + timedelta(days=1)).isoformat()
    line = (
        '{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01", '
        f'"recorded_at": "{later}"}}\n'
    )
    with pytest.raises(ClaimFormatError, match=r"<bytes>, line 2: recorded_at=.*is in the future"):
        _read(b"\n" + line.encode())


def test_columnar_ingest_errors_name_line_field_and_value() -> None:
    good = b'{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"}\n'
    for bad, expected in (
        (good.replace(b'"3"', b'"3.5"'), "line 2: figure='3.5'"),
        (good.replace(b'"s"', b'{"name": "s", "kind": "spy"}'), "line 2: source.kind='spy'"),
        (good.replace(b"}", b', "event": "f"}'), "line 2: event='f': the field is given twice"),
        (good.replace(b'"killed"', b"7"), "line 2: metric=7"),
        (b"[1]\n", "line 2: expected an object"),
        (b"\xff\n", "line 2: byte 1 of the line"),
    ):
        with pytest.raises(ClaimFormatError, match=expected):
            _read(good + bad)


def test_columnar_ingest_notices_a_file_changed_after_reading(tmp_path: Path) -> None:
    from casualtylog.formats.errors import ClaimFileError  # noqa: PLC0415

    path = tmp_path / "claims.jsonl"
    path.write_bytes(b'{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"}\n')
    table = ClaimTable.read_jsonl(path, clock=_clock)
    path.write_bytes(b'{"event": "e", "metric": "killed", "figure": "4", "source": "s", "reported_at": "2025-01-01"}\n')
    with pytest.raises(ClaimFileError, match="changed since"):
        table.claim(0)


def test_columnar_ingest_bytes_per_claim() -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(5000, seed=1)
    table = _read(b"\n".join(lines))
    assert table.nbytes() / len(table) <= 300  # the numeric columns, offsets and line numbers


def test_columnar_ingest_reads_naive_times_in_a_named_zone_as_the_log_does() -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = [line.replace(b"+03:00", b"").replace(b"+02:00", b"") for line in generate_lines(400, seed=5)]
    data = b"\n".join(lines) + b"\n"
    table = ClaimTable.read_jsonl(data, tz="Europe/Kyiv", clock=_clock)
    log = load_jsonl(io.BytesIO(data), tz="Europe/Kyiv", log=CasualtyLog(clock=_clock, tz="Europe/Kyiv"))
    assert table.fallbacks == 0
    assert list(table.claims()) == list(log)
    for policy in ALL_POLICIES:
        assert table.resolve_all(policy=policy) == log.resolve_all(policy=policy)
        assert table.resolve_all(policy=policy, at="2022-03-01") == log.resolve_all(policy=policy, at="2022-03-01")


def test_columnar_ingest_reads_an_open_file() -> None:
    line = '{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"}\n'
    assert str(ClaimTable.read_jsonl(io.StringIO(line), clock=_clock).claim(0).figure) == "3"
    table = ClaimTable.read_jsonl(io.BytesIO(line.encode()), clock=_clock)
    assert table.name == "<stream>"
    assert len(table) == 1
