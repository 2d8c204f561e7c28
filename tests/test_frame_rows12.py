"""The loose ends of the frame and row readers (issue 14, session 12): where two paths of the
library disagreed, they now agree, and say the same thing for the same bad input.

1. Times finer than the microsecond: every path cuts them to the microsecond (a text's seventh
   digit on, a ``pd.Timestamp``'s nanoseconds), one claim with one id (docs/time.md).
2. A wall time its zone skips or repeats (``2024-03-31 02:30`` in Amsterdam): every path reads
   it at the offset in force before the change (docs/time.md); the table, a store and an
   appended file refused it, as a record that "would not read back".
3. ``log.to_frame()`` takes ``tz=`` and ``links=`` as ``claims_frame`` does.
4. ``ClaimTable.from_frame`` (and ``read_csv``) expose the tally ``FrameClaims`` gives; a wide
   frame now applies its mapping's ``skip`` as its CSV file does.

And a differential property: the same rows read by the log's path and the table's (a frame,
a CSV file, a JSON Lines file) give the same claims, or the same error naming the same row,
field and value.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim, ClaimFormatError
from casualtylog.bulk.table import ClaimTable
from casualtylog.display.frames import claims_frame, claims_from_frame
from casualtylog.errors import OptionError
from casualtylog.formats import read_csv
from casualtylog.formats._append import append_jsonl
from casualtylog.formats.csv import load_csv
from casualtylog.formats.jsonl import load_jsonl, save_jsonl
from casualtylog.times import parse_time
from casualtylog.worked_example import kyiv_claims
from tests.strategies import ZONES, claim_lists

BASE = {"event": "e", "metric": "killed", "source": "s"}
FIELDS = ("event", "metric", "figure", "source", "reported_at")
AMSTERDAM = "Europe/Amsterdam"
CLOCK = datetime(2030, 1, 1, tzinfo=UTC)


def _said(claims: Any) -> list[tuple[str, str]]:
    """Each claim as its id and its record without ``recorded_at`` (the reading's own stamp)."""
    return [(c.id, json.dumps({k: v for k, v in c.to_record().items() if k != "recorded_at"})) for c in claims]


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(row).encode() + b"\n" for row in rows)


def _every_path(rows: list[dict[str, Any]], tz: str | None) -> dict[str, Any]:
    """What each reader makes of ``rows``: their claims as :func:`_said`, or the error's place."""
    text, lines, frame = _csv(rows), _jsonl(rows), pd.DataFrame(rows, columns=list(FIELDS))
    readers: dict[str, Callable[[], Iterable[Claim]]] = {
        "log": lambda: CasualtyLog(rows, tz=tz),
        "load_jsonl": lambda: load_jsonl(io.BytesIO(lines), tz=tz),
        "ClaimTable.read_jsonl": lambda: ClaimTable.read_jsonl(lines, tz=tz, engine="python").claims(),
        "load_csv": lambda: load_csv(io.StringIO(text), tz=tz),
        "ClaimTable.read_csv": lambda: ClaimTable.read_csv(io.StringIO(text), tz=tz).claims(),
        "CasualtyLog.from_frame": lambda: CasualtyLog.from_frame(frame, tz=tz),
        "ClaimTable.from_frame": lambda: ClaimTable.from_frame(frame, tz=tz).claims(),
    }
    out: dict[str, Any] = {}
    for name, read in readers.items():
        try:
            out[name] = _said(read())
        except ClaimFormatError as error:
            out[name] = (error.line, error.field, str(error.value), error.problem)
    return out


# -- 1. times finer than the microsecond -------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    micro=st.integers(min_value=0, max_value=999_999),
    extra=st.text("0123456789", min_size=1, max_size=3),
    offset=st.sampled_from(["Z", "+01:00", "-05:30", ""]),
)
def test_a_fraction_finer_than_the_microsecond_is_cut_alike_on_every_path(micro: int, extra: str, offset: str) -> None:
    # 7 digits are what .NET and some SQL servers write: read, cut (never rounded), on every path.
    text = f"2024-01-01T10:00:00.{micro:06d}{extra}{offset}"
    when, _ = parse_time(text, tz="UTC")
    assert when.microsecond == micro
    outcomes = _every_path([{**BASE, "figure": "3", "reported_at": text}], "UTC")
    exact = _every_path([{**BASE, "figure": "3", "reported_at": f"2024-01-01T10:00:00.{micro:06d}{offset}"}], "UTC")
    assert outcomes == exact  # the same claim, the same id, as the text cut by hand
    assert len({json.dumps(v) for v in outcomes.values()}) == 1


@pytest.mark.parametrize("kind", ["datetime64[ns, UTC]", "object"])
def test_a_timestamps_nanoseconds_are_cut_as_a_texts_digits_are(kind: str) -> None:
    stamp = pd.Timestamp("2024-01-01T10:00:00.123456789Z")
    frame = pd.DataFrame({"figure": ["3"], "reported_at": pd.Series([stamp], dtype=kind)})
    from_text = _every_path([{**BASE, "figure": "3", "reported_at": "2024-01-01T10:00:00.123456789Z"}], None)
    assert _said(CasualtyLog.from_frame(frame, defaults=BASE)) == from_text["log"]
    assert _said(ClaimTable.from_frame(frame, defaults=BASE).claims()) == from_text["log"]


def test_a_cut_time_goes_round_a_file_and_a_frame_with_its_id(tmp_path: Path) -> None:
    log = CasualtyLog([{**BASE, "figure": "3", "reported_at": "2024-01-01T10:00:00.9999999+02:00"}])
    [claim] = log
    assert claim.reported_at == datetime(2024, 1, 1, 8, 0, 0, 999_999, tzinfo=UTC)  # not the next second
    save_jsonl(log, tmp_path / "claims.jsonl")
    assert list(load_jsonl(tmp_path / "claims.jsonl")) == [claim]
    assert list(ClaimTable.read_jsonl(tmp_path / "claims.jsonl").claims()) == [claim]
    assert list(CasualtyLog.from_frame(log.to_frame())) == [claim]


# -- 2. a wall time its zone skips or repeats ----------------------------------------------------

# (the text, what every path reads: at the offset before the change, the first of a repeated hour)
WALL_TIMES = [
    ("2024-03-31 02:30", "2024-03-31T02:30:00+01:00"),  # Amsterdam skips 02:00-03:00
    ("2024-10-27 02:30", "2024-10-27T02:30:00+02:00"),  # and goes through 02:00-03:00 twice
    ("2024-10-27T02:30:00", "2024-10-27T02:30:00+02:00"),
    ("2024-06-01 12:00", "2024-06-01T12:00:00+02:00"),
]


@pytest.mark.parametrize(("text", "read"), WALL_TIMES)
def test_a_wall_time_in_a_gap_or_fold_reads_alike_on_every_path(text: str, read: str) -> None:
    outcomes = _every_path([{**BASE, "figure": "3", "reported_at": text}], AMSTERDAM)
    assert len({json.dumps(v) for v in outcomes.values()}) == 1, outcomes
    [(_, record)] = outcomes["log"]
    assert json.loads(record)["reported_at"] == read


@pytest.mark.parametrize(("text", "read"), WALL_TIMES)
def test_a_wall_time_in_a_gap_or_fold_from_a_frame_reads_alike(text: str, read: str) -> None:
    naive = pd.Timestamp(text)
    frames = {
        "zone column": pd.DataFrame({"figure": [3], "reported_at": [text], "reported_tz": [AMSTERDAM]}),
        "naive datetime64, tz=": pd.DataFrame({"figure": [3], "reported_at": [naive]}),
        "naive datetime64, zone column": pd.DataFrame(
            {"figure": [3], "reported_at": [naive], "reported_tz": [AMSTERDAM]}
        ),
    }
    for frame in frames.values():
        claims = claims_from_frame(frame, defaults=BASE, tz=AMSTERDAM)
        assert claims[0].to_record()["reported_at"] == read
        table = ClaimTable.from_frame(frame, defaults=BASE, tz=AMSTERDAM)  # refused before
        assert _said(table.claims()) == _said(claims)


@pytest.mark.parametrize(("text", "read"), WALL_TIMES[:2])
def test_a_wall_time_in_a_gap_or_fold_is_stored_and_appended(tmp_path: Path, text: str, read: str) -> None:
    record = {**BASE, "figure": "3", "reported_at": text}
    with CasualtyLog.open(tmp_path / "claims.db", tz=AMSTERDAM) as stored:
        claim = stored.add(record)  # refused before: "would be written as a record that reads back as …"
    with CasualtyLog.open(tmp_path / "claims.db") as opened:
        assert [c.id for c in opened] == [claim.id]
        assert next(iter(opened)).to_record()["reported_at"] == read
    append_jsonl(tmp_path / "claims.jsonl", [record], tz=AMSTERDAM)
    assert [c.id for c in load_jsonl(tmp_path / "claims.jsonl")] == [claim.id]


def test_a_time_that_only_looks_alike_still_fails_to_read_back() -> None:
    # The readback check still compares offsets: 02:30+01:00 is not 02:30+02:00.
    from casualtylog._readback import ensure_reads_back  # noqa: PLC0415 - the check itself

    claim = Claim.model_validate({**BASE, "figure": "3", "reported_at": "2024-10-27 02:30"}, context={"tz": AMSTERDAM})
    other = {**claim.to_record(), "reported_at": "2024-10-27T02:30:00+01:00"}
    with pytest.raises(ClaimFormatError):
        ensure_reads_back(claim, json.dumps(other))


# -- 3. log.to_frame(links=) --------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_lists(max_size=8), tz=st.sampled_from([None, "UTC", *ZONES]))
def test_to_frame_is_claims_frame_and_goes_through_csv_and_back(claims: list[Claim], tz: Any) -> None:
    log = CasualtyLog(claims)
    links: Literal["tuples", "text"]
    for links in ("tuples", "text"):
        pd.testing.assert_frame_equal(log.to_frame(tz=tz, links=links), claims_frame(log, tz=tz, links=links))
    written = log.to_frame(tz=tz, links="text").to_csv(index=False, quoting=csv.QUOTE_ALL)
    back = pd.read_csv(io.StringIO(written), dtype=str, keep_default_na=False, na_values=[""])
    assert list(CasualtyLog.from_frame(back)) == list(log)
    assert _said(ClaimTable.from_frame(back).claims()) == _said(log)


def test_to_frame_refuses_other_links_as_claims_frame_does() -> None:
    log = CasualtyLog(kyiv_claims())
    with pytest.raises(OptionError) as by_log:
        log.to_frame(links="csv")  # type: ignore[arg-type]
    with pytest.raises(OptionError) as by_function:
        claims_frame(log, links="csv")  # type: ignore[arg-type]
    assert str(by_log.value) == str(by_function.value)


# -- 4. the tally of a table ---------------------------------------------------------------------

WIDE = {
    "event": "nepal/{District}",
    "source": "MoHA",
    "reported_at": "{Date}",
    "tz": "Asia/Kathmandu",
    "figures": {"Killed": "killed", "Injured": "injured"},
    "skip": {"Note": ["total"]},  # a column the mapping reads for nothing else
}


@settings(max_examples=40, deadline=None)
@given(
    cells=st.lists(
        st.tuples(st.sampled_from(["", "3", "12"]), st.sampled_from(["", "5"]), st.sampled_from(["", "total"])),
        min_size=1,
        max_size=6,
    )
)
def test_a_tables_tally_is_what_the_frame_and_the_csv_file_tally(cells: list[tuple[str, str, str]]) -> None:
    frame = pd.DataFrame(
        {
            "Date": ["2015-04-27"] * len(cells),
            "District": [f"D{i}" for i in range(len(cells))],
            "Killed": pd.Series([k or None for k, _, _ in cells], dtype="string"),
            "Injured": pd.Series([j or None for _, j, _ in cells], dtype="string"),
            "Note": [n for _, _, n in cells],
        }
    )
    text = frame.to_csv(index=False)
    from_file = read_csv(io.StringIO(text), mapping=WIDE)
    expected = _said(from_file)
    tally = from_file.tally  # type: ignore[attr-defined]
    claims = claims_from_frame(frame, WIDE)
    assert _said(claims) == expected  # the frame applied no skip before
    assert claims.tally == tally
    for table in (ClaimTable.from_frame(frame, WIDE), ClaimTable.read_csv(io.StringIO(text), mapping=WIDE)):
        assert _said(table.claims()) == expected
        assert (table.tally, table.blank_cells, table.skipped_rows) == (tally, tally.blank_cells, tally.skipped_rows)
    assert tally.rows == len(cells)
    assert tally.skipped_rows == sum(n == "total" for _, _, n in cells)


def test_a_long_tables_tally_counts_its_rows_and_leaves_nothing_out() -> None:
    frame = pd.DataFrame({"figure": [1, 2, 2], "reported_at": ["2025-01-01", "2025-01-02", "2025-01-02"]})
    claims = claims_from_frame(frame, defaults=BASE)
    table = ClaimTable.from_frame(frame, defaults=BASE)
    assert len(table) == 2  # a repeated row is one claim, but a row read
    assert table.tally == claims.tally
    assert (table.tally.rows, table.blank_cells, table.skipped_rows) == (3, 0, 0)
    assert ClaimTable.read_jsonl(_jsonl([{**BASE, "figure": "1", "reported_at": "2025"}])).tally.rows == 1


# -- the differential: one set of rows, every reader ---------------------------------------------

_CELLS = {
    "event": ["e", "f", "", "x" * 3],
    "metric": ["killed", "dead", "injured", "", "bogus metric"],
    "figure": ["3", "at least 5", "10-12", "-1", "", "n/a", "+2"],
    "source": ["s", "Ministry of Health", ""],
    "reported_at": [
        "2024-01-01",
        "2024-01-01T10:00:00Z",
        "2024-01-01T10:00:00.1234567+03:00",
        "2024-03-31 02:30",
        "2024-10-27 02:30",
        "2024-01-01 10:00",
        "0999-01-01",
        "2024-13-01",
        "yesterday",
        "",
    ],
}
_ROW = st.fixed_dictionaries({k: st.sampled_from(v) for k, v in _CELLS.items()})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(_ROW, min_size=1, max_size=4), tz=st.sampled_from([None, AMSTERDAM, "+05:30"]))
def test_the_same_rows_read_by_every_path_give_the_same_claims_or_the_same_error(
    rows: list[dict[str, Any]], tz: str | None
) -> None:
    # A blank cell is no value in a CSV file and in a frame (NaN): the same rows, without it.
    rows = [{k: v for k, v in row.items() if v != ""} for row in rows]
    outcomes = _every_path(rows, tz)
    # A JSON or CSV path names the row by its line; a log built from records has no lines (None);
    # the CSV file's first row is line 2 (its header is line 1).
    seen = {}
    for name, outcome in outcomes.items():
        if isinstance(outcome, tuple):
            line, *rest = outcome
            if name in {"load_csv", "ClaimTable.read_csv"}:
                line -= 1
            outcome = (line if name != "log" else None, *rest)
        seen[name] = outcome
    kinds = {json.dumps(v if isinstance(v, list) else v[1:]) for v in seen.values()}
    assert len(kinds) == 1, outcomes
    lines = {v[0] for k, v in seen.items() if isinstance(v, tuple) and k != "log"}
    assert len(lines) <= 1, outcomes


def test_the_differential_sees_a_refusal_and_a_difference() -> None:
    # The property above compares something: a bad row is refused by every path, naming it.
    outcomes = _every_path([{**BASE, "figure": "3", "reported_at": "2024-01-01"}, {**BASE, "figure": "3"}], None)
    assert {v[1] for v in outcomes.values()} == {"reported_at"}
    assert outcomes["ClaimTable.from_frame"][0] == 2


@pytest.mark.parametrize(("text", "read"), WALL_TIMES[:2])
def test_a_wall_time_in_a_gap_or_fold_keeps_its_id_and_instant_through_a_frame(text: str, read: str) -> None:
    log = CasualtyLog([{**BASE, "figure": "3", "reported_at": text}], tz=AMSTERDAM)
    for back in (list(CasualtyLog.from_frame(log.to_frame())), list(ClaimTable.from_frame(log.to_frame()).claims())):
        assert [c.id for c in back] == [c.id for c in log]
        assert [c.reported_at.astimezone(UTC) for c in back] == [c.reported_at.astimezone(UTC) for c in log]
    # Known and left (session 12 report): a frame's datetime column shows a skipped "02:30" at the
    # zone's own wall clock (03:30+02:00), and reading it back keeps that, not "02:30+01:00".
