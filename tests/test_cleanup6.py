"""Session 6 cleanup: each test is named after its item (modules split, bad input named by its line)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualtylog import CasualtyLog
from casualtylog.bulk import available
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.csv import load_csv, read_csv
from casualtylog.formats.files import open_log

PACKAGE = Path(__file__).resolve().parent.parent / "casualtylog"


# -- item 1: bulk/plain.py, bulk/columns.py and bulk/table.py split by concept --------------
@pytest.mark.parametrize(
    "module",
    [
        "bulk/plain.py",
        "bulk/arrays.py",
        "bulk/repeats.py",
        "bulk/columns.py",
        "bulk/codes.py",
        "bulk/table.py",
        "bulk/table_files.py",
    ],
)
def test_item1_split_modules_stay_under_the_400_line_rule(module: str) -> None:
    lines = (PACKAGE / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{module} has {lines} lines"


def test_item1_names_are_importable_from_their_old_homes() -> None:
    from casualtylog.bulk import arrays, codes, repeats, table_files  # noqa: PLC0415
    from casualtylog.bulk.columns import (  # noqa: PLC0415
        _DTYPES,
        _KIND_CODE,
        _NAMES,
        _QUALIFIER_CODE,
        FLAG_AS_OF,
        HIGH_OPEN,
        QUALIFIERS,
        SOURCE_KINDS,
        STATUS_RANK,
        ClaimColumns,
        _figure_fields,
        _row,
        columns_of,
    )
    from casualtylog.bulk.plain import (  # noqa: PLC0415
        FINEST,
        WINDOW_BY_RANK,
        beside_superseded,
        by_rank,
        effective_identity,
        exclusive_cummax,
        group_starts,
        link_targets,
        originator_groups,
        overlap,
        rows_after,
        supersede_repeats,
        unplain_counts,
    )
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415

    assert _row is codes._row
    assert _figure_fields is codes._figure_fields
    assert HIGH_OPEN == codes.HIGH_OPEN
    assert supersede_repeats is repeats.supersede_repeats
    assert beside_superseded is repeats.beside_superseded
    assert link_targets is arrays.link_targets
    assert overlap is arrays.overlap
    assert table_files.blocks is not None
    assert ClaimTable.__name__ == "ClaimTable"
    rest = (_DTYPES, _KIND_CODE, _NAMES, _QUALIFIER_CODE, FLAG_AS_OF, QUALIFIERS, SOURCE_KINDS, STATUS_RANK)
    more = (ClaimColumns, columns_of, FINEST, WINDOW_BY_RANK, by_rank, effective_identity, exclusive_cummax)
    assert all(name is not None for name in (*rest, *more, group_starts, originator_groups, rows_after, unplain_counts))


# -- item 2: bad input names the file line where its row starts ---------------------------------
_FIELDS = ("event", "metric", "figure", "source", "reported_at", "recorded_at", "quote")
#: field -> a bad value: the log refuses a future recorded_at, the reader the others.
_BAD = {"recorded_at": "2099-01-01T00:00:00Z", "figure": "-3", "reported_at": "soon"}
_QUOTES = ("", "plain", '"two\nlines"', '"a ""quoted"" word,\r\nand\n\nmore"')
_BLANKS = ("", "\n", "\n\n", " \n", ",,,,,,\n")


@st.composite
def _csv_with_a_bad_row(draw: st.DrawFn) -> tuple[str, int, str]:
    """A CSV file with blank lines and quoted cells that span lines, one row of it bad: the text,
    the line that row starts on, the bad field."""
    end = draw(st.sampled_from(["\n", "\r\n"]))
    total = draw(st.integers(1, 6))
    bad_at = draw(st.integers(0, total - 1))
    field = draw(st.sampled_from(sorted(_BAD)))
    text = ",".join(_FIELDS) + end
    line = 0
    for i in range(total):
        text += draw(st.sampled_from(_BLANKS)).replace("\n", end)
        cells = {
            "event": "e",
            "metric": "killed",
            "figure": str(10 + i),
            "source": "s",
            "reported_at": f"2025-01-{1 + i:02d}",
            "recorded_at": draw(st.sampled_from(["", "2025-02-01T00:00:00Z"])),
            "quote": draw(st.sampled_from(_QUOTES)),
        }
        if i == bad_at:
            cells[field] = _BAD[field]
            line = text.count("\n") + 1
        text += ",".join(cells[name] for name in _FIELDS) + end
    text += draw(st.sampled_from(_BLANKS)).replace("\n", end)
    return text, line, field


def _source(text: str, binary: bool) -> io.StringIO | io.BytesIO:
    return io.BytesIO(text.encode()) if binary else io.StringIO(text, newline="")


def _readers() -> list[tuple[str, Callable[[io.StringIO | io.BytesIO], object]]]:
    def through_open_log(source: io.StringIO | io.BytesIO) -> object:
        with open_log(source, format="csv") as log:
            return log

    readers: list[tuple[str, Callable[[io.StringIO | io.BytesIO], object]]] = [
        ("load_csv", load_csv),
        ("log.extend(read_csv)", lambda source: CasualtyLog().extend(read_csv(source))),
        ("open_log", through_open_log),
    ]
    if available():
        from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy

        readers.append(("ClaimTable.read_csv", ClaimTable.read_csv))
    return readers


@given(_csv_with_a_bad_row(), st.booleans())
def test_item2_property_a_bad_csv_row_is_named_by_the_line_it_starts_on(
    case: tuple[str, int, str], binary: bool
) -> None:
    text, line, field = case
    for name, read in _readers():
        with pytest.raises(ClaimFormatError) as got:
            read(_source(text, binary))
        error = got.value
        assert (error.path, error.line, error.field) == ("<stream>", line, field), name
        assert str(error).startswith(f"<stream>, line {line}: {field}="), name
        assert _BAD[field][:4] in str(error.value), name


def test_item2_load_csv_names_a_future_recorded_at_by_line_not_record() -> None:
    text = "event,metric,figure,source,reported_at,recorded_at\n\nkyiv,dead,12,KCMA,2025-04-24,\nkyiv,dead,13,KCMA,2025-04-25,2099-01-01\n"
    with pytest.raises(ClaimFormatError) as got:
        load_csv(io.StringIO(text))
    assert str(got.value).startswith("<stream>, line 4: recorded_at='2099-01-01T00:00:00+00:00': is in the future")


def test_item2_a_log_still_names_records_that_come_from_no_file() -> None:
    claims = [
        {"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"},
        {"event": "e", "metric": "killed", "figure": "4", "source": "s", "reported_at": "2025-01-02"}
        | {"recorded_at": "2099-01-01T00:00:00Z"},
    ]
    with pytest.raises(ClaimFormatError, match=r"^record 2: recorded_at="):
        CasualtyLog().extend(claims)


_WIDE = {
    "event": "w/{District}",
    "source": "MoHA",
    "reported_at": "{Date}",
    "figures": {"Killed": "killed", "Injured": "injured"},
}


@st.composite
def _wide_csv(draw: st.DrawFn) -> tuple[str, list[int], int | None]:
    """A wide CSV file (two figure columns, a note that may span lines, blank lines): the text, the
    line of each claim in order, and the line of the one bad row (``None``: none)."""
    total = draw(st.integers(1, 5))
    bad_at = draw(st.one_of(st.none(), st.integers(0, total - 1)))
    text = "Date,District,Killed,Injured,Note\n"
    lines: list[int] = []
    bad: int | None = None
    for i in range(total):
        text += draw(st.sampled_from(_BLANKS[:4]))
        start = text.count("\n") + 1
        killed, injured = draw(st.sampled_from([("1", "2"), ("3", ""), ("", "4")]))
        if i == bad_at:
            killed, bad = "-3", start
        lines += [start] * ((killed != "") + (injured != ""))
        note = draw(st.sampled_from(_QUOTES))
        text += f"2015-04-{10 + i},D{i},{killed},{injured},{note}\n"
    return text, lines, bad


@given(_wide_csv())
def test_item2_property_the_wide_reader_names_lines_not_claim_positions(
    case: tuple[str, list[int], int | None],
) -> None:
    # A wide row gives several claims: they were numbered by their place among the claims.
    text, lines, bad = case
    readers: list[Callable[[io.StringIO], object]] = [lambda s: load_csv(s, mapping=_WIDE)]
    if available():
        from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy

        readers.append(lambda s: ClaimTable.read_csv(s, mapping=_WIDE))
    for read in readers:
        if bad is None:
            read(io.StringIO(text, newline=""))
            continue
        with pytest.raises(ClaimFormatError) as got:
            read(io.StringIO(text, newline=""))
        assert (got.value.line, got.value.field) == (bad, "Killed")
    reader = read_csv(io.StringIO(text, newline=""), mapping=_WIDE, lenient=True)
    claims = list(reader)
    good = [line for line in lines if line != bad]
    assert [reader.line_of(n) for n in range(1, len(claims) + 1)] == good
    if available() and bad is None:
        from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy

        assert ClaimTable.read_csv(io.StringIO(text, newline=""), mapping=_WIDE)._lines.tolist() == good


# -- item 3: ClaimTable.from_store and open_store agree on a row without recorded_at ------------
_UNRECORDED = '{"event":"e","metric":"killed","figure":"12","source":"s","reported_at":"2025-01-02T00:00:00Z"%s}'


@pytest.mark.skipif(not available(), reason="the columnar form needs numpy")
@pytest.mark.parametrize("recorded", ["", ',"recorded_at":null'])
def test_item3_a_store_row_without_recorded_at_is_refused_both_ways(tmp_path: Path, recorded: str) -> None:
    # Found: from_store stamped the row with the time of reading, open_store kept it unstamped; a
    # store stamps every claim it keeps, so such a row was changed outside casualtylog: both refuse it.
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy
    from casualtylog.store import StoreCorruptError, open_store  # noqa: PLC0415
    from tests.test_review5 import _tampered_store  # noqa: PLC0415 - the store whose row 2 is replaced

    path = _tampered_store(tmp_path, _UNRECORDED % recorded)
    errors = []
    reads: tuple[Callable[[], object], ...] = (
        lambda: list(open_store(path, create=False)),
        lambda: list(open_store(path, create=False, lazy=True)),
        lambda: list(ClaimTable.from_store(path).claims()),
    )
    for read in reads:
        with pytest.raises(StoreCorruptError) as got:
            read()
        errors.append(str(got.value))
    assert errors[0] == errors[1] == errors[2]
    assert "row 2 of table 'claims' has no recorded_at" in errors[0]


@pytest.mark.skipif(not available(), reason="the columnar form needs numpy")
def test_item3_an_untouched_store_gives_the_same_claims_both_ways(tmp_path: Path) -> None:
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy
    from casualtylog.store import open_store  # noqa: PLC0415

    path = tmp_path / "claims.db"
    with open_store(path) as stored:
        stored.extend(
            {"event": "e", "metric": "killed", "figure": figure, "source": "s", "reported_at": day}
            for figure, day in (("10", "2025-01-01"), ("12", "2025-01-02"), ("14", "2025-01-03"))
        )
    with open_store(path, create=False) as stored:
        want = list(stored)
    assert [c.recorded_at is not None for c in want] == [True] * 3
    assert list(ClaimTable.from_store(path).claims()) == want


# -- item 4: the other paths from a file to a log or a store name the line too ---------------------
_GOOD = '{"event":"e","metric":"killed","figure":"%d","source":"s","reported_at":"2025-01-0%d"}'
_FUTURE = '{"event":"e","metric":"killed","figure":"99","source":"s","reported_at":"2025-01-09","recorded_at":"2099-01-01T00:00:00Z"}'
#: Two good claims, a blank line, a repeat, then the bad claim on line 5.
_JSONL = "\n".join([_GOOD % (1, 1), _GOOD % (2, 2), "", _GOOD % (1, 1), _FUTURE]) + "\n"


@pytest.mark.parametrize("target", ["out.db", "out.jsonl"])
def test_item4_add_claims_names_the_line_of_a_claim_the_target_refuses(tmp_path: Path, target: str) -> None:
    from casualtylog.formats.files import add_claims  # noqa: PLC0415
    from casualtylog.formats.jsonl import read_jsonl  # noqa: PLC0415

    source = tmp_path / "in.jsonl"
    source.write_text(_JSONL, encoding="utf-8")
    kept: tuple[list[Claim] | None, ...] = (None, [])
    for added in kept:
        with pytest.raises(ClaimFormatError) as got:
            add_claims(tmp_path / target, read_jsonl(source), added=added)
        assert (got.value.path, got.value.line, got.value.field) == (str(source), 5, "recorded_at")


@pytest.mark.parametrize("target", ["out.db", "out.jsonl"])
def test_item4_cli_add_names_the_file_and_line_among_several_inputs(
    tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from casualtylog.cli import main  # noqa: PLC0415

    monkeypatch.chdir(tmp_path)
    Path("good.jsonl").write_text(_GOOD % (7, 7) + "\n\n" + _GOOD % (8, 8) + "\n", encoding="utf-8")
    Path("in.csv").write_text(
        'event,metric,figure,source,reported_at,recorded_at,quote\n\ne,killed,5,s,2025-01-05,,"a\nb"\n'
        "e,killed,6,s,2025-01-06,2099-01-01,\n",
        encoding="utf-8",
    )
    assert main(["add", target, "good.jsonl", "in.csv"]) != 0
    assert "Error: in.csv, line 5: recorded_at='2099-01-01T00:00:00+00:00': is in the future" in capsys.readouterr().err


@pytest.mark.parametrize("target", ["copy.db", "copy.jsonl"])
@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_item4_copy_names_the_source_line(tmp_path: Path, target: str, batch: int) -> None:
    from casualtylog.formats.files import add_claims  # noqa: PLC0415
    from casualtylog.store.copy import copy_log  # noqa: PLC0415

    source = tmp_path / "in.jsonl"
    source.write_text(_JSONL, encoding="utf-8")
    destination = tmp_path / target
    add_claims(destination, [Claim.model_validate_json(_GOOD % (2, 2))])  # a resumed copy skips it
    with pytest.raises(ClaimFormatError) as got:
        copy_log(str(source), str(destination), batch=batch)
    assert (got.value.path, got.value.line, got.value.field) == (str(source), 5, "recorded_at")


@st.composite
def _json_rows(draw: st.DrawFn) -> tuple[str, int]:
    """A JSON array of row objects laid out over lines at random, one row's figure bad: the text and
    the line where that row's ``{`` is."""
    total = draw(st.integers(1, 5))
    bad_at = draw(st.integers(0, total - 1))
    blank = st.sampled_from(["", " ", "\n", "\n  ", "\r\n\n"])
    text, line = "[" + draw(blank), 0
    for i in range(total):
        row = {
            "d": f"2020-01-0{i + 1}",
            "k": "-3" if i == bad_at else str(i),
            "note": draw(st.sampled_from(["", "a]b,{"])),
        }
        if i == bad_at:
            line = text.count("\n") + 1
        text += json.dumps(row, indent=draw(st.sampled_from([None, 1]))) + draw(blank)
        text += ("," + draw(blank)) if i < total - 1 else "]"
    return text, line


@given(_json_rows())
def test_item4_property_json_rows_are_named_by_their_line(case: tuple[str, int]) -> None:
    # A JSON array's rows were named "line N", N being the row's place in the array.
    from casualtylog.formats.mapping import TableMapping  # noqa: PLC0415
    from casualtylog.formats.wide import read_json_rows  # noqa: PLC0415

    text, line = case
    mapping = TableMapping.model_validate(
        {"event": "e", "source": "s", "reported_at": "{d}", "figures": {"k": "killed"}}
    )
    with pytest.raises(ClaimFormatError) as got:
        list(read_json_rows(io.StringIO(text), mapping))
    assert (got.value.line, got.value.field) == (line, "k")
    reader = read_json_rows(io.BytesIO(text.encode()), mapping, lenient=True)
    assert len(list(reader)) == text.count('"k"') - 1
    assert [r.line for r in reader.rejected] == [line]


def test_item4_event_csv_rows_are_named_by_their_first_line() -> None:
    # The rows were counted (enumerate), so a quoted cell over two lines moved every later row's line.
    from casualtylog.events import EventError  # noqa: PLC0415
    from casualtylog.formats.events import read_events_csv  # noqa: PLC0415

    text = 'id,country,when\nquake,"UA\n",2025-04-24\n\naftershock,UA,2025-04-31\n'
    with pytest.raises(EventError) as got:
        read_events_csv(io.StringIO(text, newline=""))
    assert str(got.value).startswith("<input>, line 5: event 'aftershock': when='2025-04-31'")


@pytest.mark.parametrize("reader", ["read_ucdp_csv", "read_acled_csv"])
def test_item4_export_csv_rows_are_named_by_their_first_line(reader: str) -> None:
    # UCDP counted rows from 2 (blank lines and quoted line breaks moved them); ACLED raised a bare
    # ValueError for a latitude that is not a number; csv.DictReader named the row's last line.
    import importlib  # noqa: PLC0415

    module = "ucdp" if reader == "read_ucdp_csv" else "acled"
    read = getattr(importlib.import_module(f"casualtylog.exports.{module}"), reader)
    text = 'event,note,latitude\n\ne,"two\nlines",1.5\n\ne,,north\n'
    with pytest.raises(ClaimFormatError) as got:
        read(io.StringIO(text, newline=""))
    assert str(got.value) == "<csv>, line 6: latitude='north': expected a decimal number"
    with pytest.raises(ClaimFormatError, match=r"^<csv>, line 2: the row has 4 cells, the header 3$"):
        read(io.StringIO("event,note,latitude\ne,x,1.5,extra\n"))
    assert read(io.StringIO(text.replace("north", ""), newline=""))[0]["note"] == "two\nlines"
