"""The column-by-column frame reader against hostile frames (issue 14, session 10).

A frame row must give the claim a row-by-row reading gives, or the same kind of
error naming the same row and field. Each test below is a difference the review
found between the column reader and the row reader it replaced (``to_dict("records")``),
or a refusal both of them got wrong.
"""

from __future__ import annotations

import contextlib
import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim, ClaimFormatError
from casualtylog._coerce import to_claim
from casualtylog.bulk.table import ClaimTable
from casualtylog.display.frames import claims_from_frame

BASE = {"event": "e", "metric": "killed", "source": "s"}
DAYS = ["2025-01-01", "2025-01-02", "2025-01-03"]


def _refusal(frame: pd.DataFrame, **kwargs: Any) -> ClaimFormatError:
    with pytest.raises(ClaimFormatError) as info:
        claims_from_frame(frame, defaults=kwargs.pop("defaults", BASE), **kwargs)
    return info.value


def _figures(frame: pd.DataFrame, defaults: dict[str, Any] | None = None) -> list[str]:
    return [str(c.figure) for c in claims_from_frame(frame, defaults=defaults or BASE)]


# -- numpy scalars in object columns ---------------------------------------------------------


@pytest.mark.parametrize("figure", [np.int64(5), np.int32(5), np.uint8(5), np.float64(5.0), np.float32(5.0)])
def test_a_numpy_figure_in_an_object_column_is_its_number(figure: object) -> None:
    # The row reader had them as Python numbers (to_dict boxes them); the column reader refused them.
    df = pd.DataFrame({"figure": pd.Series([figure, "about 7"], dtype=object), "reported_at": DAYS[:2]})
    assert _figures(df) == ["5", "about 7"]
    assert [str(c.figure) for c in ClaimTable.from_frame(df, defaults=BASE).claims()] == ["5", "about 7"]


def test_a_numpy_boolean_figure_is_refused_as_a_boolean() -> None:
    df = pd.DataFrame({"figure": pd.Series([7, np.True_], dtype=object), "reported_at": DAYS[:2]})
    error = _refusal(df)
    assert (error.line, error.field, error.value) == (2, "figure", True)
    assert "not a boolean" in str(error)


def test_a_numpy_time_in_an_object_column_reads_as_a_timestamp() -> None:
    stamps = pd.Series([np.datetime64("2025-01-01T10:00"), np.datetime64("NaT")], dtype=object)
    df = pd.DataFrame({"figure": [1, 2], "reported_at": stamps})
    claims = claims_from_frame(df, defaults={**BASE, "reported_at": "2025-01-02T00:00Z"}, tz="Europe/Kyiv")
    assert [c.reported_at for c in claims] == [
        datetime(2025, 1, 1, 8, 0, tzinfo=UTC),
        datetime(2025, 1, 2, 0, 0, tzinfo=UTC),
    ]
    error = _refusal(df.iloc[:1])  # naive, no tz: refused for its zone, not its type
    assert (error.line, error.field) == (1, "reported_at")
    assert "no timezone" in str(error)


def test_a_float32_figure_part_is_not_truncated() -> None:
    df = pd.DataFrame(
        {"qualifier": ["at_least"], "low": pd.Series([np.float32(12.5)], dtype=object), "reported_at": DAYS[:1]}
    )
    error = _refusal(df)
    assert (error.line, error.field) == (1, "figure")


# -- missing cells ----------------------------------------------------------------------------


def test_a_decimal_nan_figure_is_refused_not_filled_by_the_default() -> None:
    # pandas counts Decimal("NaN") as missing; as a cell it is a value, and no count.
    df = pd.DataFrame({"figure": pd.Series([Decimal("NaN"), 7], dtype=object), "reported_at": DAYS[:2]})
    error = _refusal(df, defaults={**BASE, "figure": 9})
    assert (error.line, error.field) == (1, "figure")
    assert isinstance(error.value, Decimal)
    assert error.value.is_nan()


# -- figure parts (both readers got these wrong) ---------------------------------------------


@pytest.mark.parametrize("low", [True, np.True_, Decimal("12.5"), "1,200", "12.5", complex(12, 0), Decimal("NaN")])
def test_a_figure_part_that_is_no_whole_number_is_refused_naming_the_row(low: object) -> None:
    df = pd.DataFrame(
        {
            "qualifier": ["at_least", "at_least"],
            "low": pd.Series([5, low], dtype=object),
            "reported_at": DAYS[:2],
        }
    )
    error = _refusal(df)
    assert (error.line, error.field) == (2, "figure")


@pytest.mark.parametrize("low", [12, 12.0, "12", " 12", Decimal("12"), np.int64(12)])
def test_a_figure_part_that_is_a_whole_number_is_read(low: object) -> None:
    df = pd.DataFrame({"qualifier": ["at_least"], "low": pd.Series([low], dtype=object), "reported_at": DAYS[:1]})
    assert _figures(df) == ["at least 12"]


@pytest.mark.parametrize("text", ["bad", "-3", 12.5, True])
def test_an_unreadable_figure_text_beside_its_parts_names_the_row(text: object) -> None:
    df = pd.DataFrame(
        {
            "qualifier": ["exact", "exact"],
            "low": [12, 12],
            "high": [12, 12],
            "value": [12, 12],
            "figure": pd.Series(["12", text], dtype=object),
            "reported_at": DAYS[:2],
        }
    )
    error = _refusal(df)
    assert (error.line, error.field) == (2, "figure")


# -- zones and times ----------------------------------------------------------------------------


@pytest.mark.parametrize("zone", ["Mars/Base", "Europe", "+99:99", "a" * 300])
def test_a_zone_that_names_no_zone_is_refused_naming_the_row_and_column(zone: str) -> None:
    df = pd.DataFrame(
        {
            "figure": [1, 2],
            "reported_at": pd.to_datetime(["2025-01-01 10:00+03:00"] * 2),
            "reported_tz": ["+03:00", zone],
        }
    )
    error = _refusal(df)
    assert (error.line, error.field, error.value) == (2, "reported_tz", zone)


def test_errors_come_in_row_order() -> None:
    # The column reader read every time first: a bad zone in row 3 hid a bad figure in row 1.
    df = pd.DataFrame(
        {
            "figure": ["bad", 2, 3],
            "reported_at": pd.to_datetime(["2025-01-01 10:00+03:00"] * 3),
            "reported_tz": ["+03:00", "+03:00", "Mars/Base"],
        }
    )
    error = _refusal(df)
    assert (error.line, error.field) == (1, "figure")
    with pytest.raises(ClaimFormatError) as info:
        ClaimTable.from_frame(df, defaults=BASE)
    assert (info.value.line, info.value.field) == (1, "figure")


def test_a_time_that_cannot_be_moved_to_its_zone_is_refused_naming_the_row() -> None:
    times = pd.Series([datetime(2025, 1, 1, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC)], dtype=object)
    df = pd.DataFrame({"figure": [1, 2], "reported_at": times, "reported_tz": ["+03:00", "-05:00"]})
    error = _refusal(df)
    assert (error.line, error.field) == (2, "reported_at")


# -- column labels that are not strings ------------------------------------------------------


def test_column_labels_that_are_not_strings_are_mapped_by_their_text() -> None:
    # The row reader looked the mapped label up as text and failed with a KeyError.
    df = pd.DataFrame([[1, "2025-01-01", "q"]], columns=["figure", "reported_at", 1])
    assert [c.quote for c in claims_from_frame(df, {"1": "quote"}, defaults=BASE)] == ["q"]
    wide = pd.DataFrame([[1, "2025-01-01"]], columns=pd.MultiIndex.from_tuples([("a", "figure"), ("a", "when")]))
    mapping = {str(("a", "figure")): "figure", str(("a", "when")): "reported_at"}
    assert [str(c.figure) for c in claims_from_frame(wide, mapping, defaults=BASE)] == ["1"]


# -- the property: the column reader is a row reader ----------------------------------------


def _absent(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _plain(value: object) -> object:
    if isinstance(value, np.generic) and not isinstance(value, np.datetime64 | np.timedelta64):
        return value.item()
    return value


def _row_by_row(frame: pd.DataFrame, defaults: dict[str, Any]) -> list[Claim] | tuple[object, ...]:
    """Each row read alone: the defaults, overlaid by the row's cells that hold a value."""
    claims = []
    for i in range(len(frame)):
        # a default is read as a cell of an object column would be (numpy scalars as their values)
        record = {k: _plain(v) for k, v in defaults.items() if not _absent(v)}
        for j, column in enumerate(frame.columns):
            cell = _plain(frame.iat[i, j])
            if not _absent(cell):
                record[str(column)] = cell
        if "figure" not in record and record.get("retracts"):
            record["figure"] = None  # a retraction's row states no figure
        # else an empty figure cell is left out, as a CSV or JSON row leaves it (session 12: the
        # same first error as those readers give when other fields are missing too)
        try:
            claims.append(to_claim(record, line=i + 1))
        except ClaimFormatError as error:
            return _kind(error)
    return claims


def _kind(error: Exception) -> tuple[object, ...]:
    return (type(error), getattr(error, "line", None), getattr(error, "field", None))


FIGURES = st.sampled_from(
    [1, 7, 12.0, 1.5, -1, 2**63, True, np.int64(5), np.float64(3.0), np.float32(2.5), np.True_, "12", "about 5",
     "1,200", " 7 ", "x", "", Decimal("3"), Decimal("NaN"), None, float("nan"), pd.NA]
)  # fmt: skip
WHENS = st.sampled_from(
    ["2025-01-01", "2025-01-02T10:00+03:00", "x", None, pd.NaT, pd.Timestamp("2025-01-03 09:00", tz="Europe/Kyiv"),
     pd.Timestamp("2025-01-03 09:00"), 5]
)  # fmt: skip
EVENTS = st.sampled_from(["e", "É", "  ", None, float("nan"), 5, "e\u200b"])
SOURCES = st.sampled_from(["s", "MoD of Ukraine", None, "", pd.NA, np.int64(3)])
COLUMNS = {"figure": FIGURES, "reported_at": WHENS, "event": EVENTS, "source": SOURCES}
DTYPES: dict[str, list[Any]] = {
    "figure": [object, "Int64", "float64", "string"],
    "event": [object, "string", "category"],
}


@st.composite
def frames(draw: st.DrawFn) -> tuple[pd.DataFrame, dict[str, Any]]:
    rows = draw(st.integers(0, 5))
    names = draw(st.lists(st.sampled_from(sorted(COLUMNS)), unique=True, max_size=4))
    data: dict[str, pd.Series[Any]] = {}
    for name in names:
        column = pd.Series(draw(st.lists(COLUMNS[name], min_size=rows, max_size=rows)), dtype=object)
        dtype = draw(st.sampled_from(DTYPES.get(name, [object])))
        with contextlib.suppress(TypeError, ValueError, OverflowError):  # typed where its cells allow
            column = column.astype(dtype)
        data[name] = column
    frame = pd.DataFrame(data, index=pd.RangeIndex(rows)) if data else pd.DataFrame(index=pd.RangeIndex(rows))
    frame.index = pd.Index(
        draw(
            st.sampled_from(
                [list(range(rows)), [f"r{i % 2}" for i in range(rows)], [(i % 2, "x") for i in range(rows)]]
            )
        )
    )
    defaults = {name: draw(COLUMNS[name]) for name in draw(st.lists(st.sampled_from(sorted(COLUMNS)), unique=True))}
    return frame, {"metric": "killed", **defaults}


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(case=frames())
@example(
    case=(
        pd.DataFrame({"reported_at": pd.Series(["2025-01-02T10:00+03:00", "2025-01-01", "2025-01-02T10:00+03:00"])}),
        {"metric": "killed", "event": "e", "figure": 1, "reported_at": "2025-01-01", "source": "s"},
    )
)
def test_the_column_reader_reads_as_a_row_reader(case: tuple[pd.DataFrame, dict[str, Any]]) -> None:
    frame, defaults = case
    expected = _row_by_row(frame, defaults)
    try:
        got: list[Claim] | tuple[object, ...] = claims_from_frame(frame, defaults=defaults)
    except ClaimFormatError as error:
        got = _kind(error)
    assert got == expected
    clock = datetime(2030, 1, 1, tzinfo=UTC)
    try:
        table = ClaimTable.from_frame(frame, defaults=defaults, clock=lambda: clock)
        from_table: object = [c.model_copy(update={"recorded_at": None}) for c in table.claims()]
    except ClaimFormatError as error:
        from_table = _kind(error)
    # a table keeps one claim of each id, at its first row (a repeated row is the same claim; rows
    # A, B, A give A, B, not the B, A that keeping each id's last place gave)
    assert from_table == (_first_of_each_id(expected) if isinstance(expected, list) else expected)


def _first_of_each_id(claims: list[Claim]) -> list[Claim]:
    kept: dict[str, Claim] = {}
    for claim in claims:
        kept.setdefault(claim.id, claim)
    return list(kept.values())


def test_a_log_from_a_refused_frame_is_not_made() -> None:
    df = pd.DataFrame({"figure": [1, np.nan, -3], "reported_at": DAYS})
    with pytest.raises(ClaimFormatError) as info:
        CasualtyLog.from_frame(df, defaults={**BASE, "figure": 2})
    assert (info.value.line, info.value.field) == (3, "figure")


def test_a_blank_zone_is_no_zone_and_a_time_its_zone_cannot_hold_is_the_times_error() -> None:
    times = pd.Series([datetime(2025, 1, 1, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC)], dtype=object)
    df = pd.DataFrame({"figure": [1, 2], "reported_at": times, "reported_tz": ["-05:00", "  "]})
    assert [c.reported_at for c in claims_from_frame(df.iloc[:1], defaults=BASE)] == [times[0]]
    df["reported_tz"] = ["  ", "-05:00"]
    error = _refusal(df)
    assert (error.line, error.field) == (2, "reported_at")


@pytest.mark.parametrize("links", [b"ab", bytearray(b"ab"), {"0123456789abcdef": 1}])
@pytest.mark.parametrize("field", ["supersedes", "retracts"])
def test_links_that_are_no_list_of_ids_are_refused_as_given(links: object, field: str) -> None:
    # Both readers read b"ab" as the ids ("97", "98") and a dict as its keys.
    df = pd.DataFrame({"figure": [1], "reported_at": DAYS[:1], field: pd.Series([links], dtype=object)})
    error = _refusal(df)
    assert (error.line, error.field, error.value) == (1, field, links)
    with pytest.raises(ClaimFormatError) as info:
        ClaimTable.from_frame(df, defaults=BASE)
    assert (info.value.line, info.value.field, info.value.value) == (1, field, links)
