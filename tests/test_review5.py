"""The fifth hostile-input review: the quick JSONL reader, ClaimTable's other sources and the
numbers-only frame, tried with input meant to break them. One test (or more) per finding."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import Claim
from casualtylog.bulk import available
from tests.test_ingest_speed import CLOCK, GOOD, _same_as_load_jsonl

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")

if available():
    from casualtylog.bulk.table import ClaimTable


def _clock() -> datetime:
    return CLOCK


@pytest.mark.parametrize("field", ["reported_at", "as_of", "recorded_at"])
@pytest.mark.parametrize(
    "when",
    [
        "2025-04-24T15:00:00,1234Z",  # 25 characters, like "…+03:00": a fraction after a comma
        "2025-04-24T150000,5Z",  # 20 characters, like "…Z": the basic form, with a fraction
        "2025-04-24T15:00:00.1234Z",
        "2025-W17-4T15:00:00+03:00",  # a week date is ten characters too
        "2025-04-24T15:00:00+23:59",
        "2025-04-24T15:00:00-00:00",
        "2025-04-24T23:59:60Z",
        "2025-04-24T24:00:00Z",
        "2025-04-24t15:00:00z",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
    ],
)
def test_review5_comma_fraction_times_read_as_load_jsonl_reads_them(field: str, when: str) -> None:
    # Found: a time with a comma before its fraction, at the canonical lengths, took the quick
    # path as if whole seconds; the id hashed the second and the table refused to read it back.
    line = json.dumps(GOOD | {field: when})
    good = json.dumps(GOOD | {"figure": "13"})
    _same_as_load_jsonl((good + "\n" + line + "\n").encode())
    _same_as_load_jsonl(line.encode())
    _same_as_load_jsonl((json.dumps(GOOD | {field: when, "reported_precision": "second"})).encode())


# -- the differential test: real benchmark lines, mutated, through both readers -------------------

_TOKENS = [
    ":",
    ",",
    '"',
    "\\",
    " ",
    "\r",
    "\t",
    "\ufeff",
    "\x00",
    "\u2028",
    "é",
    "NaN",
    "-0",
    "1e2",
    "1.0",
    '"x:y"',
    "\\u0069d",
    "\\u003a",
    "\\ud800",
    '"event":"e:f",',
    '"figure":"1",',
    '"figure":"1,5",',
    '"reported_at":"2024-01-01T00:00:00,5Z",',
    '"id":"",',
    '"source":{"name":"a:b","kind":"un"},',
    '"status":"reported",',
    '"via":" ",',
    '"group":null,',
    '"as_of":"2024-01-01",',
    "}",
    "{",
    "[]",
    "null",
]
_FIELDS = [
    "event",
    "metric",
    "figure",
    "source",
    "via",
    "reported_at",
    "as_of",
    "recorded_at",
    "url",
    "quote",
    "language",
    "group",
    "status",
    "reported_precision",
    "id",
]


def _lines() -> list[str]:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    return [line.decode() for line in generate_lines(60, seed=11)] + [json.dumps(GOOD)]


_POOL = _lines() if available() else []


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(_POOL))
    how = draw(st.sampled_from(["insert", "delete", "swap", "twice", "other line"]))
    if how == "insert":
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from(_TOKENS)) + text[at:]
    if how == "delete":
        at = draw(st.integers(0, len(text) - 1))
        return text[:at] + text[at + draw(st.integers(1, 6)) :]
    record = json.loads(text)
    field, other = draw(st.sampled_from(_FIELDS)), draw(st.sampled_from(_FIELDS))
    if how == "swap":  # a value valid in one field, in another (memo poisoning)
        record[field] = record.get(other)
        return json.dumps(record, ensure_ascii=draw(st.booleans()))
    if how == "twice":  # the field again, with another's value, anywhere among the fields
        value = json.dumps(record.get(other, "x:y"))
        cut = draw(st.integers(1, len(record)))
        parts = [f"{json.dumps(k)}:{json.dumps(v)}" for k, v in record.items()]
        parts.insert(cut, f'"{field}":{value}')
        return "{" + ",".join(parts) + "}"
    donor = json.loads(draw(st.sampled_from(_POOL)))
    record[field] = donor.get(field)
    return json.dumps(record)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.lists(st.sampled_from(_POOL), min_size=0, max_size=4),
    mutated=st.lists(_mutated(), min_size=1, max_size=4),
    ends=st.sampled_from(["\n", "\r\n"]),
)
def test_review5_quick_reader_equals_load_jsonl_on_mutated_benchmark_lines(
    base: list[str], mutated: list[str], ends: str
) -> None:
    # Valid lines first (their values fill the memos), then the mutated ones; every line alone too.
    _same_as_load_jsonl(ends.join(base + mutated).encode("utf-8", "surrogatepass"))
    for line in mutated:
        _same_as_load_jsonl(line.encode("utf-8", "surrogatepass"))


# -- ClaimTable.from_store: a row changed outside casualtylog --------------------------------------


def _tampered_store(tmp_path: Path, record: str | None) -> Path:
    """A store of three claims whose second row's record is replaced by ``record`` (its id made
    to match, as someone who knows the format would), with the guards dropped."""
    from casualtylog.store import open_store  # noqa: PLC0415

    path = tmp_path / "claims.db"
    with open_store(path, clock=_clock) as stored:
        for figure, day in (("10", "2025-01-01"), ("12", "2025-01-02"), ("14", "2025-01-03")):
            stored.add({"event": "e", "metric": "killed", "figure": figure, "source": "s", "reported_at": day})
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in ("claims_no_update", "claims_no_delete", "claims_no_replace"):
        conn.execute(f"DROP TRIGGER {trigger}")
    if record is not None:
        data = json.loads(record) if record.strip() else None
        if isinstance(data, dict):
            data["id"] = Claim.model_validate({k: v for k, v in data.items() if k != "id"}, context={"tz": "UTC"}).id
            record = json.dumps(data, separators=(",", ":"))
    conn.execute("UPDATE claims SET record = ? WHERE seq = 2", (record,))
    conn.close()
    return path


_ROW = (
    '{"event":"e","metric":"killed","figure":"12","source":"s","reported_at":%s,"recorded_at":"2025-01-05T00:00:00Z"}'
)


@pytest.mark.parametrize(
    "record",
    [
        _ROW % '"2025-01-02"',  # a date: fromisoformat reads it naive, the store refuses it
        _ROW % '"2025-01"',
        _ROW % '"2 January 2025 15:00 +0300"',
        _ROW % '"2025-01-02T15:00:00"',  # naive: read with tz by parse_time, refused by the store
        _ROW.replace('"2025-01-05T00:00:00Z"', '"5 January 2025"') % '"2025-01-02T00:00:00Z"',
        "",  # a blank record: the table skipped it as a blank line
        "   ",
    ],
)
def test_review5_from_store_refuses_rows_open_store_refuses(tmp_path: Path, record: str) -> None:
    # Found: from_store read a record's times with parse_time (loose forms, tz for naive ones) and
    # skipped a blank record, so a tampered store open_store refuses made a table silently.
    from casualtylog.store import StoreCorruptError, open_store  # noqa: PLC0415

    path = _tampered_store(tmp_path, record)
    with pytest.raises(StoreCorruptError) as want:
        open_store(path, create=False, tz="UTC")
    for tz in (None, "UTC"):
        with pytest.raises(StoreCorruptError) as got:
            ClaimTable.from_store(path, tz=tz)
        assert str(got.value) == str(want.value)


def test_review5_from_store_still_reads_what_open_store_reads(tmp_path: Path) -> None:
    # A row changed consistently (its id recomputed) is a valid claim to both readers: equal tables.
    from casualtylog.store import open_store  # noqa: PLC0415

    path = _tampered_store(tmp_path, _ROW % '"2025-01-02T15:00:00,5+03:00"')
    with open_store(path, create=False, clock=_clock) as stored:
        want = list(stored)
    assert list(ClaimTable.from_store(path, clock=_clock).claims()) == want


@pytest.mark.parametrize("before", ["", "\n\n", "GOOD\n\nGOOD\n"])
@pytest.mark.parametrize("recorded", ["2099-01-01T00:00:00Z", "37"])
def test_review5_future_recorded_at_named_by_file_and_line_both_ways(before: str, recorded: str) -> None:
    # Found (by the differential test): load_jsonl named a future recorded_at "record N", N being
    # the claim's place in the batch (not its line, after blank or repeated lines); the table named
    # the stream and the line. Both now name the file and the line.
    good = json.dumps(GOOD)
    text = before.replace("GOOD", good) + json.dumps(GOOD | {"figure": "40", "recorded_at": recorded}) + "\n"
    _same_as_load_jsonl(text.encode())
    from casualtylog import CasualtyLog  # noqa: PLC0415
    from casualtylog.errors import ClaimFormatError  # noqa: PLC0415
    from casualtylog.formats.jsonl import load_jsonl  # noqa: PLC0415

    with pytest.raises(ClaimFormatError) as got:
        load_jsonl(io.BytesIO(text.encode()), log=CasualtyLog(clock=_clock))
    assert got.value.line == text.count("\n")
    assert str(got.value).startswith(f"<stream>, line {text.count(chr(10))}: recorded_at=")


# -- ClaimTable.from_frame: a value the log holds but no record carries ---------------------------


@pytest.mark.parametrize(
    "when",
    [
        datetime(2025, 4, 24, 12, tzinfo=timezone(timedelta(hours=3, seconds=7))),  # an offset with seconds
        datetime(1900, 4, 24, 12, tzinfo=ZoneInfo("Europe/Kyiv")),  # local mean time: +02:02:04
    ],
)
def test_review5_from_frame_keeps_a_time_whose_offset_has_seconds(when: datetime) -> None:
    # Found: from_frame refused such a row with "id=… does not match the claim's content", naming
    # an id nobody gave: records write offsets to the minute, so the time read back as another
    # instant. The root cause was Claim, which kept the offset (and a log holding such a claim
    # was saved to a file that did not load): Claim now keeps the instant in UTC, so the table,
    # the log and a saved file agree.
    pd = pytest.importorskip("pandas")
    from casualtylog import CasualtyLog  # noqa: PLC0415

    frame = pd.DataFrame(
        {"event": ["e"], "metric": ["killed"], "figure": ["3"], "source": ["s"], "reported_at": [when]}
    )
    table = ClaimTable.from_frame(frame, clock=_clock)
    (claim,) = table.claims()
    assert claim.reported_at == when  # the same instant
    assert claim.reported_at.utcoffset() == timedelta(0)
    assert [c.id for c in CasualtyLog.from_frame(frame)] == [claim.id]


@pytest.mark.parametrize(
    "when",
    [
        datetime(2025, 4, 24, 12, tzinfo=timezone(timedelta(hours=3, seconds=7))),
        datetime(1900, 4, 24, 12, tzinfo=ZoneInfo("Europe/Kyiv")),
        datetime(1890, 1, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam")),
    ],
)
@pytest.mark.parametrize("field", ["reported_at", "as_of", "relayed_at"])
def test_review5_a_log_with_an_offset_in_seconds_loads_again(tmp_path: Path, when: datetime, field: str) -> None:
    # Found: save_jsonl wrote such a time to the minute, and load_jsonl then refused the file
    # ("id … does not match"): a saved log that could not be read back.
    from casualtylog import CasualtyLog  # noqa: PLC0415
    from casualtylog.formats.jsonl import load_jsonl, save_jsonl  # noqa: PLC0415

    record: dict[str, object] = {"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": when}
    record[field] = when
    if field == "relayed_at":
        record["via"] = "relay"
    claim = Claim.model_validate(record)
    assert getattr(claim, field) == when
    log = CasualtyLog([claim])
    save_jsonl(log, tmp_path / "x.jsonl")
    assert list(load_jsonl(tmp_path / "x.jsonl")) == list(log)
