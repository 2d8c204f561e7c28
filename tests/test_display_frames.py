"""pandas frames: typed columns, and log → frame → log loses nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from hypothesis import given

from casualtylog import CasualtyLog, Claim, ClaimFormatError, ClaimIdError
from casualtylog.display.frames import (
    CLAIM_COLUMNS,
    claims_frame,
    claims_from_frame,
    history_frame,
    log_from_frame,
    resolutions_frame,
)
from casualtylog.worked_example import EVENT, kyiv_claims
from tests.strategies import claim_lists


def _fixed_clock() -> datetime:
    return datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def log() -> CasualtyLog:
    return CasualtyLog(kyiv_claims(), clock=_fixed_clock)


def test_claims_frame_has_one_typed_row_per_claim(log: CasualtyLog) -> None:
    df = claims_frame(log)
    assert tuple(df.columns) == CLAIM_COLUMNS
    assert len(df) == len(log)
    # times are shown in the zone the claims were stated in (docs/time.md); tz= picks another
    assert str(df["reported_at"].dtype) == "datetime64[us, Europe/Kyiv]"
    assert str(df["recorded_at"].dtype) == "datetime64[us, Europe/Kyiv]"
    assert str(claims_frame(log, tz="UTC")["reported_at"].dtype) == "datetime64[us, UTC]"
    for column in ("low", "high", "value"):
        assert str(df[column].dtype) == "Int64"
    assert str(df["source"].dtype) == "string"
    children = df[df["group"] == "children"].iloc[0]
    assert children["figure"] == "at least 12"
    assert pd.isna(children["high"])  # open-ended: no high
    assert df.loc[0, "reported_tz"] == "+03:00"
    assert df.loc[0, "reported_at"] == pd.Timestamp("2025-04-24T06:00Z")


def test_worked_example_round_trips(log: CasualtyLog) -> None:
    again = log_from_frame(claims_frame(log))
    assert list(again) == list(log)
    assert [c.reported_at.utcoffset() for c in again] == [c.reported_at.utcoffset() for c in log]
    assert again.resolve(EVENT, "killed").best == 12


@given(claim_lists(max_size=10))
def test_round_trip_loses_nothing(claims: list[Claim]) -> None:
    log = CasualtyLog(claims)
    again = log_from_frame(claims_frame(log))
    assert list(again) == list(log)
    for a, b in zip(again, log, strict=True):
        assert a.model_dump() == b.model_dump()
        assert a.reported_at.utcoffset() == b.reported_at.utcoffset()
        assert a.recorded_at == b.recorded_at


def test_round_trip_keeps_iana_zones_and_custom_vague_words() -> None:
    kyiv = ZoneInfo("Europe/Kyiv")
    claim = Claim.model_validate(
        {
            "event": "e",
            "metric": "killed",
            "figure": {"qualifier": "vague", "low": 40, "word": "scores"},
            "source": "s",
            "reported_at": datetime(2025, 4, 24, 9, 30, 15, 123456, tzinfo=kyiv),
            "as_of": datetime(2025, 4, 24, 6, tzinfo=timezone(timedelta(hours=-5))),
            "recorded_at": datetime(2025, 4, 25, tzinfo=UTC),
        }
    )
    df = claims_frame([claim])
    assert df.loc[0, "reported_tz"] == "Europe/Kyiv"
    assert df.loc[0, "as_of_tz"] == "-05:00"
    (back,) = claims_from_frame(df)
    assert back == claim
    assert back.reported_at.tzinfo == kyiv
    assert back.as_of is not None
    assert back.as_of.utcoffset() == timedelta(hours=-5)


def test_mapping_and_defaults_build_a_log_from_any_frame() -> None:
    df = pd.DataFrame(
        {
            "date": ["2022-02-25", "2022-02-26"],
            "personnel": [2800, 4300],
            "note": ["a", "b"],
        }
    )
    log = log_from_frame(
        df,
        {"date": "reported_at", "personnel": "figure", "note": None},
        defaults={"event": "ukraine", "metric": "killed", "source": "MoD of Ukraine"},
    )
    assert log.resolve("ukraine", "killed").best == 4300
    assert [str(c.figure) for c in log] == ["2800", "4300"]


def test_defaults_fill_only_the_empty_cells_of_their_column() -> None:
    # Frames are read column by column: a default stands in where its column is empty, a column
    # mapped to None is skipped wherever it stands, and an empty default is no value at all.
    df = pd.DataFrame(
        {
            "skip": [1, 2, 3],
            "source": ["A", None, "C"],
            "figure": [5, 6, 7],
            "reported_at": ["2025-01-01", "2025-01-02", "2025-01-03"],
            "via": [None, "Telegram", None],
        }
    )
    claims = claims_from_frame(
        df,
        {"skip": None},
        defaults={"event": "e", "metric": "killed", "source": "B", "via": float("nan")},
    )
    assert [c.source.name for c in claims] == ["A", "B", "C"]
    assert [c.via for c in claims] == [None, "Telegram", None]
    assert [str(c.figure) for c in claims] == ["5", "6", "7"]


def test_unknown_column_is_refused_with_a_hint() -> None:
    df = pd.DataFrame({"date": ["2022-02-25"], "dead": [1]})
    with pytest.raises(ClaimFormatError) as info:
        claims_from_frame(df)
    assert "date=None: unknown column" in str(info.value)
    assert "mapping={'date': None}" in str(info.value)


def test_bad_row_is_named() -> None:
    df = pd.DataFrame(
        {
            "event": ["e", "e"],
            "metric": ["killed", "killed"],
            "figure": ["3", "-3"],
            "source": ["s", "s"],
            "reported_at": ["2025-01-01", "2025-01-02"],
        }
    )
    with pytest.raises(ClaimFormatError, match="record 2: figure='-3'"):
        claims_from_frame(df)


def test_edited_figure_disagreeing_with_its_parts_is_refused(log: CasualtyLog) -> None:
    df = claims_frame(log)
    df.loc[0, "figure"] = "14"
    with pytest.raises(ClaimFormatError, match="disagrees with the qualifier"):
        claims_from_frame(df)


def test_edited_claim_keeps_its_old_id_and_is_refused(log: CasualtyLog) -> None:
    df = claims_frame(log)
    df.loc[0, "source"] = "Someone else"
    with pytest.raises(ClaimFormatError) as info:
        claims_from_frame(df)
    assert isinstance(info.value.__cause__, ClaimIdError | ValueError)


def test_naive_times_need_tz() -> None:
    df = pd.DataFrame({"event": ["e"], "metric": ["killed"], "figure": [3], "source": ["s"]})
    df["reported_at"] = pd.Series([pd.Timestamp("2025-04-24 15:00")])
    with pytest.raises(ClaimFormatError, match="has no timezone"):
        claims_from_frame(df)
    (claim,) = claims_from_frame(df, tz="Europe/Kyiv")
    assert claim.reported_at.utcoffset() == timedelta(hours=3)


def test_resolutions_frame(log: CasualtyLog) -> None:
    df = resolutions_frame(log)
    assert len(df) == len(log.counts())
    killed = df[df["metric"] == "killed"].iloc[0]
    assert (killed["best"], killed["low"], killed["high"]) == (12, 12, 12)
    assert killed["best_source"] == "Kyiv City Military Administration"
    assert "raised 10 → 12" in str(killed["revisions"])
    assert str(df["best"].dtype) == "Int64"
    assert str(df["best_reported_at"].dtype) == "datetime64[us, Europe/Kyiv]"  # the zone stated (docs/time.md)
    assert str(resolutions_frame(log, tz="UTC")["best_reported_at"].dtype) == "datetime64[us, UTC]"
    assert pd.isna(df.loc[df["group"] == "children", "high"].iloc[0])
    assert len(resolutions_frame(log.resolve(EVENT, "killed"))) == 1
    assert len(resolutions_frame([])) == 0


def test_history_frame(log: CasualtyLog) -> None:
    df = history_frame(log.history(EVENT, "killed"))
    assert list(df["best"]) == [10, 12]
    assert df["previous_best"].isna().iloc[0]
    assert df.loc[1, "change"] == 2
    assert df.loc[1, "at"] == pd.Timestamp("2025-04-24T11:00Z")
    assert df.loc[1, "at_tz"] == "+03:00"
    assert "raised 10 → 12" in str(df.loc[1, "reason"])
    assert df.attrs == {"count": "kyiv-2025-04-24 / killed", "policy": "range", "clock": "reported"}


def test_a_figure_of_true_is_refused_even_after_an_equal_figure_of_one() -> None:
    # Figures are judged once per distinct value: True == 1, but True is no figure.
    df = pd.DataFrame({"figure": pd.Series([1, True], dtype=object), "reported_at": ["2025-01-01", "2025-01-02"]})
    with pytest.raises(ClaimFormatError) as info:
        claims_from_frame(df, defaults={"event": "e", "metric": "killed", "source": "s"})
    assert info.value.line == 2
