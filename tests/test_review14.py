"""Adversarial review of issue 14's whole-log paths: each test is a bug found, first failing."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from casualtylog.bulk import available
from casualtylog.errors import CasualtyLogError
from casualtylog.formats.errors import ClaimFileError

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
