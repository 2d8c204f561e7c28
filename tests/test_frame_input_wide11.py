"""Wide frames through a table mapping, and other frames read as rows (issue 14, session 11).

A wide frame (several figure columns a row, docs/tables.md) must give the claims its CSV file
gives through the same mapping, or the same error naming the same row and column; a cell a
CSV file cannot hold (bytes, a list, a mapping, a duration) is refused, never written into a
claim as its repr.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim, ClaimFormatError
from casualtylog.bulk.table import ClaimTable
from casualtylog.display._common import offset_text, zone_label
from casualtylog.display.frames import claims_from_frame
from casualtylog.formats import read_csv


def _outcome(read: Any) -> list[tuple[Claim, str]] | tuple[object, ...]:
    try:
        return [(c, zone_label(c.reported_at)) for c in read()]
    except ClaimFormatError as error:
        return (type(error), error.line, error.field)


# -- 4. wide frames: figure columns through a table mapping ----------------------------------

WIDE = {
    "event": "nepal/{District}",
    "source": "MoHA",
    "reported_at": "{Date}",
    "tz": "Asia/Kathmandu",
    "figures": {"Killed": "killed", "Injured": "injured"},
}


def _wide(**cells: list[Any]) -> pd.DataFrame:
    data: dict[str, Any] = {"Date": ["2015-04-27", "2015-04-28"], "District": ["Gorkha", "Bara"], "Killed": [223, 300]}
    data["Injured"] = [205, 410]
    data.update({k: pd.Series(v, dtype=object) for k, v in cells.items()})
    return pd.DataFrame(data)


def _wide_refusal(frame: pd.DataFrame) -> ClaimFormatError:
    with pytest.raises(ClaimFormatError) as info:
        claims_from_frame(frame, WIDE)
    with pytest.raises(ClaimFormatError) as in_table:
        ClaimTable.from_frame(frame, WIDE)
    assert (in_table.value.line, in_table.value.field) == (info.value.line, info.value.field)
    return info.value


@pytest.mark.parametrize(
    "cell", [b"Gorkha", bytearray(b"x"), ["a"], ("a",), {"a": 1}, {"a"}, complex(1, 0), pd.Timedelta(1)]
)
@pytest.mark.parametrize("column", ["District", "Killed", "Date"])
def test_a_wide_cell_that_is_no_text_number_or_date_is_refused_naming_it(cell: object, column: str) -> None:
    # Each was written into the claim as its repr: the event "nepal/b'Gorkha'", "nepal/['a']".
    first = {"District": "Gorkha", "Killed": 1, "Date": "2015-04-27"}[column]
    error = _wide_refusal(_wide(**{column: [first, cell]}))
    assert (error.line, error.field, error.value) == (2, column, cell)


@pytest.mark.parametrize("blank", [None, float("nan"), pd.NA, pd.NaT, np.float64("nan"), "", "  "])
def test_a_missing_wide_figure_is_a_blank_cell_as_in_a_csv_file(blank: object) -> None:
    frame = _wide(Killed=[223, blank])
    text = "Date,District,Killed,Injured\n2015-04-27,Gorkha,223,205\n2015-04-28,Bara,,410\n"
    assert claims_from_frame(frame, WIDE) == list(read_csv(io.StringIO(text), mapping=WIDE))


@pytest.mark.parametrize(
    ("dtype", "values"),
    [
        ("Int64", [223, None]),
        ("float64", [223.0, float("nan")]),
        ("string", ["223", None]),
        ("category", ["223", None]),
    ],
)
def test_a_typed_wide_column_reads_as_its_text(dtype: Any, values: list[Any]) -> None:
    typed = _wide()
    typed["Killed"] = pd.Series(values).astype(dtype)
    typed["District"] = typed["District"].astype("category")
    text = "Date,District,Killed,Injured\n2015-04-27,Gorkha,223,205\n2015-04-28,Bara,,410\n"
    assert claims_from_frame(typed, WIDE) == list(read_csv(io.StringIO(text), mapping=WIDE))


@pytest.mark.parametrize("labels", [["Killed", "Killed"], [1, "1"]])
def test_a_wide_column_named_twice_is_refused(labels: list[Any]) -> None:
    # to_dict("records") kept the last column of the name and only warned.
    frame = _wide()
    frame.insert(2, "extra", [1, 2])
    mapping = {**WIDE, "figures": {str(labels[1]): "killed", "Injured": "injured"}}
    frame.columns = ["Date", "District", labels[0], labels[1], "Injured"]
    with pytest.raises(ClaimFormatError) as info:
        claims_from_frame(frame, mapping)
    assert (info.value.line, info.value.field) == (None, str(labels[1]))
    frame.columns = ["Date", "District", "Unused", "Unused", "Injured"]  # twice, but not read: no matter
    assert len(claims_from_frame(frame, {**WIDE, "figures": {"Injured": "injured"}})) == 2


def test_a_wide_frames_index_does_not_name_its_rows() -> None:
    frame = _wide(Killed=[223, "n/a"])
    frame.index = pd.MultiIndex.from_tuples([("a", 1), ("a", 1)])
    error = _wide_refusal(frame)
    assert (error.line, error.field, error.value) == (2, "Killed", "n/a")


def test_wide_errors_come_in_row_order() -> None:
    error = _wide_refusal(_wide(Killed=["n/a", 1], District=["Gorkha", b"Bara"]))
    assert (error.line, error.field) == (1, "Killed")


@st.composite
def wide_frames(draw: st.DrawFn) -> pd.DataFrame:
    rows = draw(st.integers(0, 4))
    cells = st.sampled_from(["12", "about 5", "x", "", "-3", "12.5", "1,200", None, 7, "at least 3"])
    places = st.sampled_from(["Gorkha", "Bara", "", None, "  ", "Kathmandu Valley"])
    dates = st.sampled_from(["2015-04-27", "2015-04-27 10:00", "2015-04", "27/04/2015", "x", None])
    return pd.DataFrame(
        {
            "Date": pd.Series(draw(st.lists(dates, min_size=rows, max_size=rows)), dtype=object),
            "District": pd.Series(draw(st.lists(places, min_size=rows, max_size=rows)), dtype=object),
            "Killed": pd.Series(draw(st.lists(cells, min_size=rows, max_size=rows)), dtype=object),
            "Injured": pd.Series(draw(st.lists(cells, min_size=rows, max_size=rows)), dtype=object),
        }
    )


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(frame=wide_frames())
def test_a_wide_frame_reads_as_its_csv_file_reads(frame: pd.DataFrame) -> None:
    text = frame.to_csv(index=False)

    def by_csv() -> list[Claim]:
        try:
            return list(read_csv(io.StringIO(text), mapping=WIDE))
        except ClaimFormatError as error:  # the file's line 2 is the frame's row 1
            raise ClaimFormatError(
                None, None if error.line is None else error.line - 1, error.field, None, ""
            ) from error

    expected = _outcome(by_csv)
    assert _outcome(lambda: claims_from_frame(frame, WIDE)) == expected

    def by_table() -> list[Claim]:
        table = ClaimTable.from_frame(frame, WIDE, clock=lambda: datetime(2030, 1, 1, tzinfo=UTC))
        return [c.model_copy(update={"recorded_at": None}) for c in table.claims()]

    table = _outcome(by_table)
    if isinstance(expected, tuple) or isinstance(table, tuple):
        assert table == expected
    else:  # a table keeps one claim of each id, and each time's offset rather than its zone's name
        once = list({c.id: c for c, _ in expected}.values())
        assert [c for c, _ in table] == once
        assert [offset_text(c.reported_at) for c, _ in table] == [offset_text(c.reported_at) for c in once]


# -- other frames: a snapshot for sync ---------------------------------------------------------


@pytest.mark.parametrize("labels", [["figure", "figure"], ["figure", 1, "1"]])
def test_a_snapshot_frame_with_a_column_named_twice_is_refused(labels: list[Any]) -> None:
    # sync read it through to_dict("records"), which kept the last column and only warned.
    from casualtylog.sync import sync  # noqa: PLC0415

    cells = [["e", "killed", "2025-01-01", "5", "7", "9"][: 3 + len(labels)]]
    frame = pd.DataFrame(cells, columns=["event", "metric", "reported_at", *labels])
    log = CasualtyLog(clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ClaimFormatError) as info:
        sync(log, frame, source="MoH", at="2025-06-01")
    assert info.value.field == str(labels[-1])
    assert len(log) == 0
