"""Adversarial review of issue 14's whole-log paths: each test is a bug found, first failing."""

from __future__ import annotations

import io
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog.bulk import available
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.formats.errors import ClaimFileError
from casualtylog.formats.jsonl import load_jsonl
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.policies import get_policy

needs_numpy = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")

if available():
    from casualtylog.bulk.table import ClaimTable

RECORD = {"event": "e", "metric": "killed", "figure": "12", "source": "s", "reported_at": "2025-04-24T10:00Z"}


def _line(**changes: Any) -> bytes:
    return json.dumps(RECORD | changes).encode() + b"\n"


def _table(path: Path, data: bytes) -> ClaimTable:
    path.write_bytes(data)
    return ClaimTable.read_jsonl(path)


@needs_numpy
def test_review14_file_replaced_by_bytes_not_utf8_is_a_file_error(tmp_path: Path) -> None:
    # Was: UnicodeDecodeError escaped claim(), outside the library's error root.
    path = tmp_path / "claims.jsonl"
    data = _line() + _line(figure="13")
    table = _table(path, data)
    path.write_bytes(b"\xff" * len(data))
    with pytest.raises(ClaimFileError, match="changed since"):
        table.claim(1)


@needs_numpy
def test_review14_file_truncated_is_a_file_error_saying_it_changed(tmp_path: Path) -> None:
    # Was: ClaimFormatError "not valid JSON ... received ''" for a line the file no longer holds.
    path = tmp_path / "claims.jsonl"
    table = _table(path, _line() + _line(figure="13"))
    path.write_bytes(b"")
    with pytest.raises(ClaimFileError, match="changed since"):
        table.claim(1)


@needs_numpy
def test_review14_file_rewritten_with_another_recorded_at_is_a_file_error(tmp_path: Path) -> None:
    # The id leaves out recorded_at: a line rewritten with one has the same id, yet its claim is not
    # the row the table resolved (known_at= reads recorded_at from the columns). Was: returned silently.
    path = tmp_path / "claims.jsonl"
    table = _table(path, _line())
    path.write_bytes(_line(recorded_at="2025-04-25T00:00Z"))
    with pytest.raises(ClaimFileError, match="changed since"):
        table.claim(0)


@needs_numpy
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_review14_fifo_is_read_once_and_claims_come_from_memory(tmp_path: Path) -> None:
    # A FIFO (or /dev/stdin) cannot be reopened to read a line back. Was: claim() blocked for ever.
    fifo = tmp_path / "claims.fifo"
    os.mkfifo(fifo)
    data = _line() + _line(figure="13")

    def write() -> None:
        with fifo.open("wb") as out:
            out.write(data)

    writer = threading.Thread(target=write)
    writer.start()
    table = ClaimTable.read_jsonl(fifo)
    writer.join()
    got: list[object] = []

    def read_back() -> None:
        try:
            got.append(str(table.claim(1).figure))
        except BaseException as exc:  # noqa: BLE001 - reported below
            got.append(exc)

    reader = threading.Thread(target=read_back, daemon=True)
    reader.start()
    reader.join(20)
    if not got:
        # Unblock the reader so the daemon thread ends: open the FIFO for writing and close it.
        with fifo.open("wb"):
            pass
        pytest.fail("claim() blocked reopening a FIFO")
    assert got == ["13"]


@needs_numpy
def test_review14_read_back_errors_stay_under_the_root(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    data = _line() + _line(figure="13")
    for replacement in (b"[" * 200_000, b"{" + b"\x00" * len(data), b"\xef\xbb\xbf" * 80):
        table = _table(path, data)
        path.write_bytes(replacement)
        with pytest.raises(CasualtyLogError):
            table.claim(1)


# Spring forward in Kyiv: 03:00 local becomes 04:00. A report dated in the gap ("03:30") is read
# at +02:00 (01:30Z), after one dated "04:00" (+03:00, 01:00Z). Python compares two datetimes of
# one named zone by wall clock, so the order of the moments was 03:30 < 04:00: not their order.
_GAP_RECORDS = [
    {"event": "e", "metric": "killed", "figure": "10", "source": "X", "reported_at": "2025-03-30T03:30"},
    {"event": "e", "metric": "killed", "figure": "20", "source": "Y", "reported_at": "2025-03-30T04:00"},
]
_GAP_QUERIES = ["2025-03-30T00:59Z", "2025-03-30T01:00Z", "2025-03-30T01:15Z", "2025-03-30T01:30Z", "2025-03-30T03:45"]


def _gap_log() -> CasualtyLog:
    return CasualtyLog(_GAP_RECORDS, tz="Europe/Kyiv", clock=lambda: datetime(2027, 1, 1, tzinfo=UTC))


def _said_by(log: CasualtyLog, at: str) -> int:
    moment = log._time(at, "at")
    assert moment is not None
    return sum(c.available_at.timestamp() <= moment.timestamp() for c in log)


@pytest.mark.parametrize("history", [False, True])
def test_review14_resolve_at_in_a_dst_gap_counts_claims_said_by_the_instant(history: bool) -> None:
    log = _gap_log()
    if history:
        log.history("e", "killed")  # resolve(at=) then reads the kept history's index
    for at in _GAP_QUERIES:
        got = log.resolve("e", "killed", at=at)
        reference = resolve_claims(got.count, list(log), get_policy(None), at=log._time(at, "at"))
        assert got.claim_count == reference.claim_count == _said_by(log, at), at
        assert (got.best, got.low, got.high) == (reference.best, reference.low, reference.high), at
        assert got == reference, at
        assert log.resolve_all(at=at) == ([got] if got.claim_count else []), at


def test_review14_history_in_a_dst_gap_steps_in_the_order_things_were_said() -> None:
    steps = list(_gap_log().history("e", "killed"))
    instants = [s.at.timestamp() for s in steps]
    assert instants == sorted(instants)
    assert [s.best for s in steps] == [20, 20]  # Y said 20 first (01:00Z); X's 10 came after (01:30Z)


@pytest.mark.parametrize("policy", ["range", "latest"])
def test_review14_one_source_across_a_dst_gap_latest_is_by_instant_in_resolve_and_resolve_all(policy: str) -> None:
    # One source's "03:30" (01:30Z) is its latest figure, not "04:00" (01:00Z). Was: resolve() took 20
    # (chrono_key ordered wall clocks) while resolve_all()'s bulk engine, on instants, took 10.
    records = [r | {"source": "X", "reported_at": r["reported_at"] + ":00"} for r in _GAP_RECORDS]
    log = CasualtyLog(records, tz="Europe/Kyiv", clock=lambda: datetime(2027, 1, 1, tzinfo=UTC))
    got = log.resolve("e", "killed", policy=policy)
    assert got.best == 10
    assert log.resolve_all(policy=policy) == [got]


_SURROGATE_LINE = (
    '{"event": "e", "metric": "killed", "figure": "12", "source": "s", "reported_at": "2025-04-24T10:00Z", '
    '"quote": "a\\ud800b"}\n'
)


@needs_numpy
def test_review14_a_lone_surrogate_escaped_in_json_is_refused_as_claim_refuses_it() -> None:
    # An ASCII file whose quote is JSON's "\ud800": pydantic refuses the string; the fast path hashed it
    # for the id and raised UnicodeEncodeError, outside the library's error root.
    with pytest.raises(ClaimFormatError, match="line 1") as refused:
        load_jsonl(io.BytesIO(_SURROGATE_LINE.encode()))
    with pytest.raises(ClaimFormatError, match="line 1") as got:
        ClaimTable.read_jsonl(_SURROGATE_LINE.encode())
    assert (got.value.field, got.value.value) == (refused.value.field, refused.value.value)


@needs_numpy
def test_review14_a_text_stream_holding_a_lone_surrogate_is_a_format_error() -> None:
    # A str (or text file) can hold a lone surrogate no UTF-8 file can: was UnicodeEncodeError.
    text = _SURROGATE_LINE.replace("\\ud800", "\ud800")
    with pytest.raises(ClaimFormatError, match="line 1"):
        load_jsonl(io.StringIO(text))
    with pytest.raises(ClaimFormatError, match="line 1"):
        ClaimTable.read_jsonl(io.StringIO(text))


def test_review14_history_joins_moments_that_name_one_instant_in_a_named_zone() -> None:
    # "03:00" in the Kyiv gap (+02:00) and the end of the hour "03" (04:00, +03:00) are one instant,
    # 01:00 UTC, yet unequal as datetimes of one zone: the replay made two steps of that instant,
    # the first without the claim available at its end (its numbers not the reference's).
    kyiv = {"tz": "Europe/Kyiv"}
    first = Claim.model_validate(
        {**_GAP_RECORDS[0], "source": "A", "figure": "1", "reported_at": "2025-03-30T02:30"}, context=kyiv
    )
    revised = Claim.model_validate(
        {**_GAP_RECORDS[0], "source": "A", "figure": "2", "reported_at": "2025-03-30T03:00", "supersedes": [first.id]},
        context=kyiv,
    )
    hourly = Claim.model_validate(
        {
            **_GAP_RECORDS[0],
            "source": "A",
            "figure": "1",
            "reported_at": "2025-03-30T03:00",
            "reported_precision": "hour",
        },
        context=kyiv,
    )
    claims = [first, revised, hourly]
    log = CasualtyLog(claims, tz="Europe/Kyiv", clock=lambda: datetime(2027, 1, 1, tzinfo=UTC))
    steps = list(log.history("e", "killed", policy="conservative"))
    instants = [s.at.timestamp() for s in steps]
    assert len(set(instants)) == len(instants)
    for step in steps:
        reference = resolve_claims(first.count, list(log), get_policy("conservative"), at=step.at)
        assert (step.best, step.low, step.high) == (reference.best, reference.low, reference.high)
        assert step.resolution == reference
