"""A table of bad inputs: each gives a clear error naming file, line and field, and the target stays intact."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from casualtylog import CasualtyLog, ClaimFormatError
from casualtylog.formats.csv import read_csv
from casualtylog.formats.errors import ClaimFileError
from casualtylog.formats.files import add_claims, read_claims
from casualtylog.formats.jsonl import load_jsonl, read_jsonl, write_jsonl
from casualtylog.worked_example import kyiv_claims

GOOD = b'{"event":"e","metric":"killed","figure":"3","source":"s","reported_at":"2025-01-01"}'
_R = ',"source":"s","reported_at":"2025-01-01"}'

# (name, second line of claims.jsonl, the exact error)
JSONL_CASES = [
    (
        "truncated JSON",
        b'{"event":"e","metric":"killed"',
        "claims.jsonl, line 2: not valid JSON (Expecting ',' delimiter at column 31): each line must hold one "
        'complete JSON object; received \'{"event":"e","metric":"killed"\'',
    ),
    (
        "a wrong type",
        b'{"event":"e","metric":"killed","figure":true' + _R.encode(),
        "claims.jsonl, line 2: figure=True: cannot read figure True: expected a number, not a boolean",
    ),
    (
        "a naive timestamp",
        b'{"event":"e","metric":"killed","figure":"3","source":"s","reported_at":"2025-01-01 10:00"}',
        "claims.jsonl, line 2: reported_at='2025-01-01 10:00': has no timezone; add an offset such as '+03:00' "
        "or 'Z', or pass tz='Europe/Kyiv'",
    ),
    (
        "NaN",
        b'{"event":"e","metric":"killed","figure":NaN' + _R.encode(),
        "claims.jsonl, line 2: figure=nan: cannot read figure nan: expected a whole number (NaN and fractions are "
        "not counts)",
    ),
    (
        "a negative figure",
        b'{"event":"e","metric":"killed","figure":-4' + _R.encode(),
        "claims.jsonl, line 2: figure=-4: cannot read figure -4: expected a count of zero or more",
    ),
    (
        "an absurdly large figure",
        b'{"event":"e","metric":"killed","figure":99999999999999' + _R.encode(),
        "claims.jsonl, line 2: figure=99999999999999: cannot read figure 99999999999999: expected a count no "
        "larger than 10,000,000,000",
    ),
    (
        "an infinite figure",
        b'{"event":"e","metric":"killed","figure":1e999' + _R.encode(),
        "claims.jsonl, line 2: figure=inf: cannot read figure inf: expected a whole number (NaN and fractions are "
        "not counts)",
    ),
    (
        "an unknown field",
        b'{"event":"e","metric":"killed","figure":"3","deaths":3' + _R.encode(),
        "claims.jsonl, line 2: deaths=3: unknown field; a claim has the fields event, metric, group, figure, "
        "source, via, reported_at, reported_precision, as_of, recorded_at, status, supersedes, retracts, quote, "
        "url, language, period, relayed_at, id",
    ),
    (
        "a field given twice",
        b'{"event":"e","metric":"killed","figure":"3","figure":"4"' + _R.encode(),
        "claims.jsonl, line 2: figure='4': the field is given twice; keep one",
    ),
    (
        "bytes that are not UTF-8",
        b'{"event":"caf\xe9","metric":"killed","figure":"3"' + _R.encode(),
        "claims.jsonl, line 2: byte 14 of the line (b'\\xe9') is not UTF-8; save the file as UTF-8",
    ),
    (
        "not an object",
        b"[1, 2]",
        "claims.jsonl, line 2: expected an object with the fields of a claim",
    ),
    (
        "an id that does not match",
        b'{"event":"e","metric":"killed","figure":"3","id":"0000000000000000"' + _R.encode(),
        "claims.jsonl, line 2: id='0000000000000000' does not match the claim's content (its id is "
        "'b65778148ac17150'); claims are immutable: record a change as a new claim that supersedes this one",
    ),
]

H = b"event,metric,figure,source,reported_at\n"
HXL = b"#event+id,#date+reported,#meta+source,#affected+killed+children\n"
CSV_CASES = [
    (
        "a negative figure",
        H + b"e,killed,-3,s,2025-01-01\n",
        "sheet.csv, line 2: figure='-3': cannot read figure '-3': expected a count of zero or more (a fall is a "
        "new, lower claim, not a negative figure)",
    ),
    (
        "an unclosed quote",
        H + b'e,killed,"3,s,2025-01-01\n',
        "sheet.csv, line 2: not valid CSV (unexpected end of data); check the quotes",
    ),
    (
        "an unknown column",
        b"event,deaths\ne,3\n",
        "sheet.csv, line 1: column 'deaths' is unknown; name the columns after claim fields (event, metric, group, "
        "figure, source, via, reported_at, reported_precision, as_of, recorded_at, status, supersedes, retracts, "
        "quote, url, language, period, relayed_at, id, source_kind) or pass a mapping (claim field → column): "
        "mapping= in Python, --map FIELD=COLUMN or --mapping FILE on the command line",
    ),
    ("too many cells", H + b"e,killed,3,s,2025-01-01,x\n", "sheet.csv, line 2: the row has 6 cells, the header 5"),
    ("too few cells", H + b"e,killed,3,s\n", "sheet.csv, line 2: the row has 4 cells, the header 5"),
    (
        "a truncated HXL row",
        b"Event,Date,Source,Killed\n#event+id,#date+reported,#meta+source,#affected+killed\nkyiv,2025-04-24,KCMA\n",
        "sheet.csv, line 3: the row has 3 cells, the header 4",
    ),
    (
        "bytes that are not UTF-8",
        H + b"caf\xe9,killed,3,s,2025-01-01\n",
        "sheet.csv, line 2: byte 4 of the line (b'\\xe9') is not UTF-8; save the file as UTF-8",
    ),
    (
        "an HXL figure that is negative",
        HXL + b"e,2025-01-01,s,-3\n",
        "sheet.csv, line 2: #affected+children+killed='-3': cannot read figure '-3': expected a count of zero or "
        "more (a fall is a new, lower claim, not a negative figure)",
    ),
    (
        "an HXL column with no metric",
        b"#event+id,#date+reported,#meta+source,#affected+children\ne,2025-01-01,s,3\n",
        "sheet.csv, line 2: #affected+children='3': no metric: tag the column with one (#affected+killed) or fill "
        "a #meta+metric column",
    ),
    (
        "an HXL column with two metrics",
        b"#event+id,#affected+killed+injured\ne,3\n",
        "sheet.csv, line 1: column '#affected+injured+killed' names 2 metrics; keep one",
    ),
    (
        "an HXL date that is not a date",
        b"#event+id,#date+reported,#meta+source,#affected+killed\ne,yesterday-ish,s,3\n",
        "sheet.csv, line 2: #date+reported='yesterday-ish': cannot be read as a date or time; use ISO 8601 such "
        "as '2025-04-24T15:00+03:00'",
    ),
]


@pytest.mark.parametrize(("case", "line", "message"), JSONL_CASES, ids=[c[0] for c in JSONL_CASES])
def test_bad_jsonl_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, line: bytes, message: str) -> None:
    bad = tmp_path / "claims.jsonl"
    bad.write_bytes(GOOD + b"\n" + line + b"\n")
    monkeypatch.chdir(tmp_path)
    log = CasualtyLog(kyiv_claims())
    before = list(log)
    with pytest.raises(ClaimFormatError) as info:
        load_jsonl("claims.jsonl", log=log)
    assert str(info.value) == message
    assert info.value.line == 2
    assert list(log) == before  # nothing added: the load is one batch
    # the same line, leniently: reported with its line, the good line kept, the bad one copied to rejects
    reader = read_jsonl("claims.jsonl", lenient=True, rejects="rejects.jsonl")
    assert [str(c.figure) for c in reader] == ["3"]
    assert [(r.line, str(r)) for r in reader.rejected] == [(2, message)]
    assert (tmp_path / "rejects.jsonl").read_bytes() == line + b"\n"


@pytest.mark.parametrize(("case", "data", "message"), CSV_CASES, ids=[c[0] for c in CSV_CASES])
def test_bad_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, data: bytes, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sheet.csv").write_bytes(data)
    target = tmp_path / "log.jsonl"
    write_jsonl(kyiv_claims(), target)
    before = target.read_bytes()
    with pytest.raises(ClaimFormatError) as info:
        add_claims("log.jsonl", read_claims("sheet.csv"))
    assert str(info.value) == message
    assert target.read_bytes() == before


def test_the_accepted_oddities_bom_crlf_blank_lines_and_empty_files() -> None:
    data = b"\xef\xbb\xbf" + GOOD + b"\r\n\r\n   \n" + GOOD.replace(b'"3"', b'"4"') + b"\r\n"
    assert [str(c.figure) for c in read_jsonl(io.BytesIO(data))] == ["3", "4"]
    assert list(read_jsonl(io.BytesIO(b""))) == []
    assert list(read_csv(io.BytesIO(b""))) == []
    assert list(read_csv(io.BytesIO(b"\xef\xbb\xbf" + H + b"e,killed,3,s,2025-01-01\r\n\r\n"))) != []


def test_a_naive_time_is_read_when_a_timezone_is_named() -> None:
    line = b'{"event":"e","metric":"killed","figure":"3","source":"s","reported_at":"2025-01-01 10:00"}'
    (claim,) = read_jsonl(io.BytesIO(line), tz="Europe/Kyiv")
    assert claim.reported_at.isoformat() == "2025-01-01T10:00:00+02:00"


def test_lenient_reading_reports_every_bad_line_and_keeps_the_rest() -> None:
    lines = [GOOD, b"{", b"", GOOD.replace(b'"3"', b'"-1"'), b"\xff", GOOD.replace(b'"3"', b'"5"')]
    rejects = io.BytesIO()
    reader = read_jsonl(io.BytesIO(b"\n".join(lines)), lenient=True, rejects=rejects)
    assert [str(c.figure) for c in reader] == ["3", "5"]
    assert [r.line for r in reader.rejected] == [2, 4, 5]
    assert rejects.getvalue() == b"{\n" + GOOD.replace(b'"3"', b'"-1"') + b"\n\xff\n"
    assert reader.summary() == "<stream>: 2 claims read, 3 rejected"


def test_csv_rejects_keep_the_header_so_they_can_be_fixed_and_loaded_again() -> None:
    rejects = io.BytesIO()
    data = H + b"e,killed,3,s,2025-01-01\ne,killed,-3,s,2025-01-01\n"
    reader = read_csv(io.BytesIO(data), lenient=True, rejects=rejects)
    assert len(list(reader)) == 1
    assert rejects.getvalue() == H + b"e,killed,-3,s,2025-01-01\n"


def test_a_read_only_file_is_an_error_and_is_left_as_it_was(tmp_path: Path) -> None:
    # add_claims appends to a JSON Lines file in place (it used to rewrite it
    # beside itself), so what matters is whether the file, not its directory,
    # can be written.
    target = tmp_path / "claims.jsonl"
    write_jsonl(kyiv_claims()[:1], target)
    before = target.read_bytes()
    target.chmod(0o444)
    try:
        if os.access(target, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(ClaimFileError, match=r"^cannot write .*claims\.jsonl: Permission denied$"):
            add_claims(target, kyiv_claims())
    finally:
        target.chmod(0o644)
    assert target.read_bytes() == before


def test_a_read_only_directory_is_an_error_for_write_jsonl(tmp_path: Path) -> None:
    target = tmp_path / "ro" / "claims.jsonl"
    target.parent.mkdir()
    write_jsonl(kyiv_claims()[:1], target)
    before = target.read_bytes()
    target.parent.chmod(0o555)
    try:
        if os.access(target.parent, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(ClaimFileError, match=r"^cannot write .*claims\.jsonl: Permission denied$"):
            write_jsonl(kyiv_claims(), target)
    finally:
        target.parent.chmod(0o755)
    assert target.read_bytes() == before


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    write_jsonl(kyiv_claims(), target)
    before = target.read_bytes()

    def broken() -> object:
        yield kyiv_claims()[0]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_jsonl(broken(), target)  # type: ignore[arg-type]
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]


def test_a_missing_file_is_a_clear_error() -> None:
    with pytest.raises(ClaimFileError, match=r"^cannot read nowhere\.jsonl: No such file or directory$"):
        list(read_jsonl("nowhere.jsonl"))


def test_reading_streams_in_constant_memory(tmp_path: Path) -> None:
    """The reader holds one line at a time: peak memory does not grow with the file."""
    import tracemalloc  # noqa: PLC0415 - only this test measures memory

    path = tmp_path / "big.jsonl"
    line = GOOD + b"\n"
    with path.open("wb") as f:
        f.write(line * 4_000)
    tracemalloc.start()
    n = sum(1 for _ in read_jsonl(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 4_000
    assert peak < 1_000_000  # a list of 4,000 claims takes several megabytes


def test_a_truncated_hxl_row_is_rejected_leniently_not_dropped() -> None:
    data = (
        b"Event,Date,Source,Killed\n#event+id,#date+reported,#meta+source,#affected+killed\n"
        b"kyiv,2025-04-24,KCMA,12\nkyiv,2025-04-24,KCMA\n"
    )
    rejects = io.BytesIO()
    reader = read_csv(io.BytesIO(data), lenient=True, rejects=rejects)
    assert [str(c.figure) for c in reader] == ["12"]
    assert [(r.line, str(r)) for r in reader.rejected] == [(4, "<stream>, line 4: the row has 3 cells, the header 4")]
    assert rejects.getvalue().endswith(b"kyiv,2025-04-24,KCMA\n")
