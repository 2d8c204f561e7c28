"""Frames that lose nothing (issue 14 follow-ups, session 11): links through a CSV file, the
blank cells of a wide frame, and times finer than the microsecond.

- ``claims_frame(log).to_csv()`` wrote ``supersedes``/``retracts`` as tuples' reprs
  (``"('bc18…',)"``, and ``"()"`` for none), which no reader takes apart: with
  ``links="text"`` they are the ids as a CSV file of claims writes them, and a repr is
  refused whole, naming the way to write it (no Python literal is ever parsed);
- a wide frame's blank figure cells are counted as a wide CSV file's reader counts them;
- a ``pd.Timestamp`` with nanoseconds was refused here (session 11); since session 12 it is cut
  to the microsecond in every frame path, as every path cuts a text's seventh digit on
  (docs/time.md), without a warning: the same claim as its text gives.
"""

from __future__ import annotations

import csv
import io
import warnings
from datetime import datetime, timedelta
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim, ClaimFormatError
from casualtylog.bulk.table import ClaimTable
from casualtylog.display.frames import FrameClaims, claims_frame, claims_from_frame, log_from_frame
from casualtylog.errors import OptionError
from casualtylog.formats import read_csv
from casualtylog.worked_example import kyiv_claims
from tests.strategies import ZONES, claim_lists

BASE = {"event": "e", "metric": "killed", "source": "s"}


def _table_claims(frame: pd.DataFrame, **kwargs: Any) -> list[Claim]:
    return list(ClaimTable.from_frame(frame, **kwargs).claims())


def _through_csv(frame: pd.DataFrame, *, quote_all: bool = False, text: bool = False) -> pd.DataFrame:
    written = frame.to_csv(index=False, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    if text:
        return pd.read_csv(io.StringIO(written), dtype=str, keep_default_na=False, na_values=[""])
    return pd.read_csv(io.StringIO(written))


# -- links through a CSV file ----------------------------------------------------------------


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_lists(max_size=10), tz=st.sampled_from([None, "UTC", *ZONES]))
def test_a_log_with_links_through_a_csv_file_and_back_is_the_same_log(claims: list[Claim], tz: Any) -> None:
    log = CasualtyLog(claims)
    # Every cell quoted: pandas leaves a text with a bare carriage return unquoted (its lines
    # end in "\n"), and reading it back splits the row there.
    # Read as text, only a blank cell missing: pandas would read "NA", "null" or "1" in a
    # text column as a missing value or a number.
    back = _through_csv(claims_frame(log, tz=tz, links="text"), quote_all=True, text=True)
    assert list(CasualtyLog.from_frame(back)) == list(log)
    assert list(ClaimTable.from_frame(back).claims()) == list(log)


def test_the_worked_example_through_a_plain_read_csv_is_the_same_log() -> None:
    log = CasualtyLog(kyiv_claims())
    assert any(c.supersedes for c in log)
    assert list(log_from_frame(_through_csv(claims_frame(log, links="text")))) == list(log)


def test_links_as_text_are_the_ids_a_csv_file_of_claims_holds() -> None:
    log = CasualtyLog(kyiv_claims())
    frame = claims_frame(log, links="text")
    assert str(frame["supersedes"].dtype) == "string"
    assert [None if pd.isna(v) else v for v in frame["supersedes"]] == [" ".join(c.supersedes) or None for c in log]
    assert list(log_from_frame(frame)) == list(log)  # in memory too
    assert [tuple(v) for v in claims_frame(log)["supersedes"]] == [c.supersedes for c in log]  # the default


@pytest.mark.parametrize("cell", ["()", "('bc18b44c1fe91d6c',)", " ('bc18b44c1fe91d6c', '0123456789abcdef')", "[]"])
@pytest.mark.parametrize("field", ["supersedes", "retracts"])
def test_a_tuples_repr_is_refused_whole_naming_how_to_write_links(cell: str, field: str) -> None:
    frame = pd.DataFrame({"figure": [1, 2], "reported_at": ["2025-01-01", "2025-01-02"], field: ["", cell]})
    for read in (claims_from_frame, _table_claims):
        with pytest.raises(ClaimFormatError) as info:
            read(frame, defaults=BASE)
        assert (info.value.line, info.value.field, info.value.value) == (2, field, cell)
        assert "links='text'" in info.value.problem


def test_the_default_frame_through_csv_is_refused_naming_its_first_row() -> None:
    with pytest.raises(ClaimFormatError) as info:
        log_from_frame(_through_csv(claims_frame(CasualtyLog(kyiv_claims()))))
    assert (info.value.line, info.value.field, info.value.value) == (1, "supersedes", "()")


def test_links_take_only_tuples_or_text() -> None:
    with pytest.raises(OptionError):
        claims_frame(kyiv_claims(), links="csv")  # type: ignore[arg-type]


# -- a wide frame's blank cells ----------------------------------------------------------------

WIDE = {
    "event": "nepal/{District}",
    "source": "MoHA",
    "reported_at": "{Date}",
    "tz": "Asia/Kathmandu",
    "figures": {"Killed": "killed", "Injured": "injured"},
    "skip": {"District": ["Total"]},
}


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(st.tuples(st.sampled_from(["", "3", "12"]), st.sampled_from(["", "5"])), min_size=1, max_size=6))
def test_a_wide_frame_counts_blank_cells_and_skipped_rows_as_its_csv_file_does(cells: list[tuple[str, str]]) -> None:
    districts = [f"D{i}" if i % 3 else "Total" for i in range(len(cells))]
    lines = [f"2015-04-27,{d},{k},{j}" for d, (k, j) in zip(districts, cells, strict=True)]
    text = "Date,District,Killed,Injured\n" + "\n".join(lines) + "\n"
    from_file = read_csv(io.StringIO(text), mapping=WIDE)
    expected = list(from_file)
    frame = pd.DataFrame(
        {
            "Date": ["2015-04-27"] * len(cells),
            "District": districts,
            "Killed": [int(k) if k else None for k, _ in cells],
            "Injured": pd.Series([j or None for _, j in cells], dtype="string"),
        }
    )
    claims = claims_from_frame(frame, WIDE)
    assert isinstance(claims, FrameClaims)
    assert isinstance(claims, list)
    assert claims == expected
    tally = from_file.tally  # type: ignore[attr-defined]
    assert (claims.blank_cells, claims.skipped_rows) == (tally.blank_cells, tally.skipped_rows)
    assert claims.tally.rows == len(cells)


def test_a_long_frame_has_no_blank_cells() -> None:
    claims = claims_from_frame(pd.DataFrame({"figure": [1, 2], "reported_at": ["2025-01-01"] * 2}), defaults=BASE)
    assert (len(claims), claims.blank_cells, claims.skipped_rows, claims.tally.rows) == (2, 0, 0, 2)


# -- times finer than the microsecond ------------------------------------------------------------

_DAY = pd.Timestamp("2025-01-01T09:00:00", tz="UTC")


def _times(nanoseconds: int, kind: str) -> pd.Series:
    times = [_DAY, _DAY + pd.Timedelta(nanoseconds=nanoseconds)]
    return pd.Series(times, dtype=object) if kind == "object" else pd.Series(times).astype("datetime64[ns, UTC]")


def _said(claims: Any) -> list[tuple[str, datetime, str]]:
    """What each claim says and when (its id, time and precision), not when it was recorded."""
    return [(c.id, c.reported_at, c.reported_precision.value) for c in claims]


@pytest.mark.parametrize("kind", ["datetime64", "object"])
@pytest.mark.parametrize("zone", [None, "Europe/Kyiv"])
@settings(max_examples=30, deadline=None)
@given(nanoseconds=st.integers(min_value=0, max_value=3_000_000))
def test_a_time_with_nanoseconds_is_cut_to_the_microsecond_in_every_long_frame_path(
    nanoseconds: int, kind: str, zone: Any
) -> None:
    frame = pd.DataFrame({"figure": [1, 2], "reported_at": _times(nanoseconds, kind)})
    as_text = frame.assign(reported_at=[t.isoformat() for t in frame["reported_at"]])  # nine digits
    if zone is not None:
        frame["reported_tz"] = as_text["reported_tz"] = zone
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no time is cut with a warning per cell
        claims = _said(claims_from_frame(frame, defaults=BASE))
        assert claims[1][1] - claims[0][1] == timedelta(microseconds=nanoseconds // 1000)
        assert _said(_table_claims(frame, defaults=BASE)) == claims
        assert (
            _said(claims_from_frame(as_text, defaults=BASE)) == claims == _said(_table_claims(as_text, defaults=BASE))
        )


def test_a_default_time_with_nanoseconds_is_cut_as_its_cells_are() -> None:
    frame = pd.DataFrame({"figure": [1, 2]})
    claims = claims_from_frame(frame, defaults={**BASE, "reported_at": _DAY + pd.Timedelta(nanoseconds=1999)})
    assert [c.reported_at for c in claims] == [datetime.fromisoformat("2025-01-01T09:00:00.000001+00:00")] * 2


@pytest.mark.parametrize("kind", ["datetime64", "object"])
def test_a_wide_frames_time_with_nanoseconds_reads_as_its_csv_text(kind: str) -> None:
    frame = pd.DataFrame(
        {"Date": _times(1999, kind), "District": ["Gorkha", "Bara"], "Killed": [1, 2], "Injured": [3, 4]}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        claims = claims_from_frame(frame, WIDE)
    assert _said(claims) == _said(read_csv(io.StringIO(frame.to_csv(index=False)), mapping=WIDE))
    assert claims[-1].reported_at == datetime.fromisoformat("2025-01-01T09:00:00.000001+00:00")
    assert _said(_table_claims(frame, mapping=WIDE)) == _said(claims)
