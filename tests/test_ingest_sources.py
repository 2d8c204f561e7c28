"""Columnar ingest from CSV, frames and the store (issue 14, ingest item 2): ClaimTable.read_csv,
from_frame and from_store accept what the log path accepts, refuse what it refuses with the same
error (file, line or record or row, field or column, value), and resolve as a log of the same
claims resolves."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim
from casualtylog.bulk import available
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.formats.csv import CSV_FIELDS, load_csv
from tests.strategies import BASE, claim_lists
from tests.test_bulk import ALL_POLICIES, moments_or_none
from tests.test_ingest_table import awkward_records

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")

if available():
    from casualtylog.bulk.table import ClaimTable

CLOCK = BASE + timedelta(days=30)


def _clock() -> datetime:
    return CLOCK


def _agree(table: ClaimTable, log: CasualtyLog, data: st.DataObject | None = None) -> None:
    assert list(table.claims()) == list(log)
    assert table.columns.column("key").tolist() == [int(c.id, 16) for c in log] if len(log) else len(table) == 0
    whens: list[tuple[Any, Any]] = [(None, None)]
    if data is not None:
        whens.append((data.draw(moments_or_none()), data.draw(moments_or_none())))
    for policy in ALL_POLICIES:
        for at, known_at in whens:
            assert list(table.resolve_all(policy=policy, at=at, known_at=known_at)) == list(
                log.resolve_all(policy=policy, at=at, known_at=known_at)
            )


def _same_outcome(table_call: Any, log_call: Any) -> tuple[ClaimTable, CasualtyLog] | None:
    refused: CasualtyLogError | None = None
    try:
        log = log_call()
    except CasualtyLogError as error:
        refused = error
    if refused is not None:
        with pytest.raises(type(refused)) as got:
            table_call()
        assert str(got.value) == str(refused)
        return None
    return table_call(), log


# -- CSV ------------------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name", ""))
    return str(value)


def _csv_text(records: list[dict[str, Any]], headers: dict[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers.values())
    for record in records:
        row = []
        for field in headers:
            if field == "source_kind":
                source = record.get("source")
                row.append(source.get("kind", "") if isinstance(source, dict) else "")
            else:
                row.append(_cell(record.get(field)))
        writer.writerow(row)
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(awkward_records(), min_size=1, max_size=6), mapped=st.booleans(), data=st.data())
def test_ingest_sources_csv_table_equals_load_csv(
    records: list[dict[str, Any]], mapped: bool, data: st.DataObject
) -> None:
    fields = [f for f in CSV_FIELDS if (f != "id" and any(f in r for r in records)) or f == "source_kind"]
    headers = {f: (f"Col {f.upper()}" if mapped else f) for f in fields}
    text = _csv_text(records, headers)
    mapping = dict(headers) if mapped else None
    got = _same_outcome(
        lambda: ClaimTable.read_csv(io.StringIO(text), mapping=mapping, clock=_clock),
        lambda: load_csv(io.StringIO(text), mapping=mapping, log=CasualtyLog(clock=_clock)),
    )
    if got is not None:
        _agree(*got, data)


def test_ingest_sources_csv_errors_name_line_column_and_value(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Date,Deaths,Where\n2025-04-24,12,kyiv\n2025-04-25T10:00:00+03:00,-3,kyiv\n")
    mapping = {"reported_at": "Date", "figure": "Deaths", "event": "Where"}
    constants = {"metric": "killed", "source": "KCMA"}
    with pytest.raises(ClaimFormatError) as got:
        ClaimTable.read_csv(path, mapping=mapping, constants=constants)
    with pytest.raises(ClaimFormatError) as want:
        load_csv(path, mapping=mapping, constants=constants)
    assert str(got.value) == str(want.value)
    assert "sheet.csv, line 3: Deaths='-3'" in str(got.value)


def test_ingest_sources_csv_reads_hxl_and_constants_as_load_csv() -> None:
    hxl = (
        "Event,Date,Source,Killed,Injured,Injured children\n"
        "#event+id,#date+reported,#meta+source,#affected+killed,#affected+injured,#affected+injured+children\n"
        "kyiv-2025-04-24,2025-04-24,KCMA,12,90,at least 12\n"
        "kyiv-2025-04-24,2025-04-25T09:00:00+03:00,KCMA,13,95,\n"
    )
    table = ClaimTable.read_csv(io.StringIO(hxl), clock=_clock)
    log = load_csv(io.StringIO(hxl), log=CasualtyLog(clock=_clock))
    assert len(table) == 5
    assert table.quick == 5  # no Claim per row
    _agree(table, log)


# -- frames ---------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_lists(max_size=15), data=st.data())
def test_ingest_sources_frame_table_equals_the_log_from_the_frame(claims: list[Claim], data: st.DataObject) -> None:
    frame = CasualtyLog(claims, clock=_clock).to_frame()
    from casualtylog.display.frame_input import claims_from_frame  # noqa: PLC0415 - the pandas extra

    # CasualtyLog.from_frame's own log stamps its claims with the wall clock, which a log on the
    # test's clock (earlier) then refuses as recorded in the future: read the claims as it does.
    got = _same_outcome(
        lambda: ClaimTable.from_frame(frame, clock=_clock),
        lambda: CasualtyLog(claims_from_frame(frame), clock=_clock),
    )
    assert got is not None
    _agree(*got, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(awkward_records(), min_size=1, max_size=5))
def test_ingest_sources_frame_accepts_and_refuses_as_from_frame(records: list[dict[str, Any]]) -> None:
    import pandas as pd  # noqa: PLC0415 - the pandas extra

    fields = sorted({k for r in records for k in r} - {"unknown_field"})
    frame = pd.DataFrame([{f: r.get(f) for f in fields} for r in records], columns=fields, dtype=object)
    from casualtylog.display.frame_input import claims_from_frame  # noqa: PLC0415 - the pandas extra

    # CasualtyLog.from_frame's own log stamps its claims with the wall clock, which a log on the
    # test's clock (earlier) then refuses as recorded in the future: read the claims as it does.
    got = _same_outcome(
        lambda: ClaimTable.from_frame(frame, clock=_clock),
        lambda: CasualtyLog(claims_from_frame(frame), clock=_clock),
    )
    if got is not None:
        _agree(*got)


def test_ingest_sources_frame_errors_name_the_record() -> None:
    import pandas as pd  # noqa: PLC0415 - the pandas extra

    frame = pd.DataFrame(
        {"when": ["2025-04-24T09:00+03:00", "2025-04-24T14:00+03:00"], "dead": ["10", "-2"], "who": ["KCMA", "KCMA"]}
    )
    mapping = {"when": "reported_at", "dead": "figure", "who": "source"}
    defaults = {"event": "kyiv", "metric": "killed"}
    with pytest.raises(ClaimFormatError) as got:
        ClaimTable.from_frame(frame, mapping, defaults=defaults)
    with pytest.raises(ClaimFormatError) as want:
        CasualtyLog.from_frame(frame, mapping, defaults=defaults)
    assert str(got.value) == str(want.value)
    assert str(got.value).startswith("record 2: figure='-2'")


# -- the store ------------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(claims=claim_lists(max_size=15), data=st.data())
def test_ingest_sources_store_table_equals_the_stored_log(
    claims: list[Claim], data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from casualtylog.store import open_store  # noqa: PLC0415

    path = tmp_path_factory.mktemp("store") / "claims.db"
    with open_store(path, clock=_clock) as stored:
        stored.extend(claims)
    table = ClaimTable.from_store(path, clock=_clock)
    with open_store(path, create=False, clock=_clock) as stored:
        _agree(table, stored, data)
    assert table.fallbacks == 0  # no stored record needed a whole Claim


def test_ingest_sources_store_refuses_a_row_changed_outside_casualtylog(tmp_path: Path) -> None:
    from casualtylog.store import StoreCorruptError, open_store  # noqa: PLC0415

    path = tmp_path / "claims.db"
    with open_store(path, clock=_clock) as stored:
        for figure, day in (("10", "2025-01-01"), ("12", "2025-01-02")):
            stored.add({"event": "e", "metric": "killed", "figure": figure, "source": "s", "reported_at": day})
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in ("claims_no_update", "claims_no_delete", "claims_no_replace"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("UPDATE claims SET record = replace(record, '\"12\"', '\"120\"') WHERE seq = 2")
    conn.close()
    with pytest.raises(StoreCorruptError) as want:
        open_store(path, create=False)
    with pytest.raises(StoreCorruptError) as got:
        ClaimTable.from_store(path)
    assert str(got.value) == str(want.value)
    assert "row 2 of table 'claims'" in str(got.value)


def test_ingest_sources_store_rows_read_without_a_claim(tmp_path: Path) -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data
    from casualtylog.formats.jsonl import load_jsonl  # noqa: PLC0415
    from casualtylog.store import open_store  # noqa: PLC0415

    log = load_jsonl(io.BytesIO(b"\n".join(generate_lines(500, seed=2))), log=CasualtyLog(clock=_clock))
    path = tmp_path / "claims.db"
    with open_store(path, clock=_clock) as stored:
        stored.extend(list(log))
    table = ClaimTable.from_store(path, clock=_clock)
    assert table.quick >= 0.95 * len(table)  # retractions and the like take the old path
    with open_store(path, create=False) as stored:
        _agree(table, stored)


def test_ingest_sources_store_is_not_created(tmp_path: Path) -> None:
    from casualtylog import StoreError  # noqa: PLC0415

    with pytest.raises(StoreError):
        ClaimTable.from_store(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_ingest_sources_record_lines_round_trip() -> None:
    # The line a record becomes reads back as the same values (json cannot carry every value).
    from casualtylog.bulk.record_lines import _line  # noqa: PLC0415

    line = _line({"event": "e", "figure": 12, "supersedes": ("0123456789abcdef",), "x": 1.5}, exact=True)
    assert line is not None
    assert json.loads(line) == {"event": "e", "figure": 12, "supersedes": ["0123456789abcdef"], "x": 1.5}
    assert _line({"reported_at": "2025-01-01T10:00:00.5Z"}, exact=False) is None  # parse_time's reading: Claim's
    assert _line(cast("dict[str, Any]", {1: "x"}), exact=True) is None
