"""Dict and JSON rows through a table mapping refuse what a CSV cell cannot hold (session 11).

``claims_from_rows`` (and every reader built on it: JSON row files, ``sync --mapping``, wide
frames) wrote a list, a mapping, bytes, a complex number or a duration into a claim as its repr
(the event ``nepal/b'Gorkha'``). A cell is text, a number, a date or nothing, as in a CSV file;
anything else is an error naming the row, the column and the value, and nothing of a later
row is read. A column the mapping does not read may hold anything.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import ClaimFormatError
from casualtylog.cli import main
from casualtylog.formats.mapping import TableMapping, cell_refusal, cell_text, claims_from_rows
from casualtylog.formats.wide import read_json_rows

MAPPING = TableMapping.model_validate(
    {
        "event": "nepal/{District}",
        "source": "MoHA",
        "reported_at": "{Date}",
        "tz": "Asia/Kathmandu",
        "figures": {"Killed": "killed", "Injured": "injured"},
        "skip": {"Note": ["total"]},
    }
)
ROW = {"Date": "2015-04-27", "District": "Gorkha", "Killed": 223, "Injured": 205, "Note": ""}
NOT_CELLS = [b"Gorkha", bytearray(b"x"), ["a"], ("a",), {"a": 1}, {"a"}, complex(1, 0), timedelta(1), pd.Timedelta(1)]


@pytest.mark.parametrize("cell", NOT_CELLS)
@pytest.mark.parametrize("column", ["District", "Killed", "Date", "Note"])
def test_a_row_cell_that_is_no_text_number_or_date_is_refused_naming_it(cell: object, column: str) -> None:
    rows = [ROW, {**ROW, column: cell}, {**ROW, "Killed": "n/a"}]
    read = claims_from_rows(rows, MAPPING, source_name="nepal.json", first_line=5)
    first = next(read)  # the good row before is read
    with pytest.raises(ClaimFormatError) as info:
        list(read)
    assert (info.value.path, info.value.line, info.value.field, info.value.value) == ("nepal.json", 6, column, cell)
    assert type(cell).__name__ in info.value.problem
    assert first.count.event == "nepal/Gorkha"


@pytest.mark.parametrize("cell", NOT_CELLS)
def test_a_column_the_mapping_does_not_read_may_hold_anything(cell: object) -> None:
    claims = list(claims_from_rows([{**ROW, "unread": cell}], MAPPING))
    assert [c.count.event for c in claims] == ["nepal/Gorkha"] * 2


@pytest.mark.parametrize(
    "cell", ["Gorkha", 12, 12.5, Decimal("12"), True, date(2015, 4, 27), datetime(2015, 4, 27, 9), None, float("nan")]
)
def test_text_numbers_dates_and_nothing_are_cells(cell: object) -> None:
    assert cell_refusal(cell) is None
    assert cell_refusal(pd.NA) is None
    assert cell_refusal(pd.NaT) is None


def test_a_time_finer_than_the_microsecond_is_cut_as_its_text_is() -> None:
    # Refused in session 11; cut since session 12, as every path cuts a text's seventh digit on
    # (docs/time.md): the claim a row with the time's text gives.
    fine = pd.Timestamp("2015-04-27T09:00:00.000001")
    claims = list(claims_from_rows([{**ROW, "Date": fine}], MAPPING))
    assert claims[0].reported_at.microsecond == 1
    nanos = pd.Timestamp("2015-04-27T09:00:00.000001999")
    cut = list(claims_from_rows([ROW, {**ROW, "Date": nanos}], MAPPING))
    assert cut == list(claims_from_rows([ROW, {**ROW, "Date": "2015-04-27T09:00:00.000001999"}], MAPPING))
    assert cut[-1].reported_at.microsecond == 1
    assert cell_refusal(nanos) is None


@pytest.mark.parametrize("cell", ['["Gorkha"]', '{"a": 1}'])
def test_a_json_row_file_refuses_a_list_or_object_cell_naming_its_line(cell: str) -> None:
    text = f'[\n{{"Date": "2015-04-27", "District": "Gorkha", "Killed": 1}},\n{{"Date": "2015-04-28", "District": {cell}}}\n]'
    with pytest.raises(ClaimFormatError) as info:
        list(read_json_rows(io.StringIO(text), MAPPING))
    assert (info.value.line, info.value.field) == (3, "District")
    lenient = read_json_rows(io.StringIO(text), MAPPING, lenient=True)
    assert [c.count.event for c in lenient] == ["nepal/Gorkha"]
    assert [r.line for r in lenient.rejected] == [3]


_GOOD = st.one_of(
    st.sampled_from(["Gorkha", "Bara", " ", "", "n/a"]),
    st.integers(min_value=-2, max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=False),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2015, 12, 31)),
    st.none(),
)
_BAD = st.one_of(
    st.binary(max_size=3),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.complex_numbers(allow_nan=False),
    st.timedeltas(),
)
_ROWS = st.lists(
    st.fixed_dictionaries({k: st.one_of(_GOOD, _GOOD, _GOOD, _BAD) for k in ("Date", "District", "Killed", "Injured")}),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=_ROWS)
def test_rows_give_the_claims_of_their_text_or_the_error_of_their_first_bad_cell(rows: list[dict[str, Any]]) -> None:
    # The first cell no CSV file could hold is where reading stops, unless an earlier row's own
    # error comes first; rows without one read as their cells' text (what a CSV file holds).
    bad = [(line, k) for line, row in enumerate(rows, 1) for k, v in row.items() if cell_refusal(v) is not None]
    as_text = [{k: cell_text(v) for k, v in row.items()} for row in rows[: bad[0][0] - 1 if bad else None]]
    try:
        claims, error = list(claims_from_rows(rows, MAPPING)), None
    except ClaimFormatError as refused:
        claims, error = [], refused
    if error is None:
        assert not bad
        assert claims == list(claims_from_rows(as_text, MAPPING))
        assert all("b'" not in c.count.event and "[" not in c.count.event for c in claims)
    elif bad and error.line == bad[0][0]:
        assert error.field == bad[0][1]
        list(claims_from_rows(as_text, MAPPING))  # every row before it reads
    else:
        assert error.line is not None
        assert not bad or error.line < bad[0][0]


def test_sync_with_a_mapping_refuses_a_json_row_cell_and_keeps_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "wide.toml"
    mapping.write_text(
        'event = "e/{District}"\nsource = "MoH"\nreported_at = "{Date}"\ntz = "UTC"\nfigures = { Deaths = "killed" }\n',
        encoding="utf-8",
    )
    rows = tmp_path / "rows.jsonl"
    good = {"Date": "2024-12-24", "District": "north", "Deaths": 12}
    rows.write_text(json.dumps(good) + "\n" + json.dumps({**good, "District": {"a": 1}}) + "\n", encoding="utf-8")
    store = tmp_path / "log.jsonl"
    at = ["--at", "2025-01-01T00:00:00Z"]
    assert main(["sync", str(store), str(rows), "--mapping", str(mapping), *at]) == 1
    err = capsys.readouterr().err
    assert f"{rows}, line 2: District=" in err
    assert "dict" in err
    assert not store.exists()
