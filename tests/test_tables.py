"""Issue 11, item 1: tables in, declaratively (casualtylog.formats.mapping, docs/tables.md).

Each shared-data slice in tests/data loads through its mapping (examples/mappings/*.toml)
and gives exactly the claims its hand-written loader gave; ``casualtylog add --mapping``
loads a wide CSV; bad input is refused naming the place, leaving the log as it was; blank
cells are counted; and any wide table written from claims reads back to those claims.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.series_specs import SERIES
from casualtylog import CasualtyLog, Claim
from casualtylog.cli import main
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._cells import csv_row, restore
from casualtylog.formats.csv import read_csv
from casualtylog.formats.errors import MappingError
from casualtylog.formats.files import open_log, read_claims
from casualtylog.formats.mapping import TableMapping, claims_from_rows, load_mapping
from casualtylog.series import read_series

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
MAPPINGS = ROOT / "examples" / "mappings"

# -- the hand-written loaders the mappings replace (examples/shared_data_to_claims.py before
#    issue 11), kept verbatim as the reference the mappings must reproduce ------------------

_GAZA_SOURCES: dict[str, dict[str, str]] = {
    "mohtel": {"name": "Gaza Ministry of Health", "kind": "official"},
    "gmotel": {"name": "Gaza Government Media Office", "kind": "official"},
    "unocha": {"name": "UN OCHA", "kind": "un"},
}
_GAZA_VIA = {"mohtel": "Telegram", "gmotel": "Telegram", "unocha": "OCHA report"}
_GAZA_FIELDS: dict[str, tuple[str, str | None]] = {
    "killed_cum": ("killed", None),
    "injured_cum": ("injured", None),
    "killed_children_cum": ("killed", "children"),
    "killed_women_cum": ("killed", "women"),
    "med_killed_cum": ("killed", "medical_personnel"),
    "press_killed_cum": ("killed", "journalists"),
    "civdef_killed_cum": ("killed", "civil_defence_personnel"),
    "aid_seeker_killed_cum": ("killed", "aid_seekers"),
    "aid_seeker_injured_cum": ("injured", "aid_seekers"),
    "famine_cum": ("famine_deaths", None),
    "child_famine_cum": ("famine_deaths", "children"),
}
_UKRAINE_QUALIFIERS = {"about": "about {n}", "more": "more than {n}", None: "{n}"}


def _gaza_by_hand(rows: list[dict[str, Any]]) -> Iterator[Claim]:
    for row in rows:
        source = _GAZA_SOURCES.get(row.get("report_source", ""))
        if source is None:
            continue
        for field, (metric, group) in _GAZA_FIELDS.items():
            value = row.get(field)
            if value is None:
                continue
            yield Claim.model_validate(
                {
                    "event": "gaza-war-2023",
                    "metric": metric,
                    "group": group,
                    "figure": int(value),
                    "source": source,
                    "via": _GAZA_VIA[row["report_source"]],
                    "reported_at": row["report_date"],
                    "url": "https://github.com/TechForPalestine/palestine-datasets",
                },
                context={"tz": "Asia/Gaza"},
            )


def _ukraine_by_hand(rows: list[dict[str, Any]]) -> Iterator[Claim]:
    for row in rows:
        template = _UKRAINE_QUALIFIERS[row.get("personnel*")]
        common = {
            "event": "russia-ukraine-war-2022",
            "group": "russian_forces",
            "source": {"name": "Ministry of Defence of Ukraine", "kind": "military"},
            "reported_at": row["date"],
            "url": "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
        }
        yield Claim.model_validate(
            common | {"metric": "personnel_losses", "figure": template.format(n=int(row["personnel"]))},
            context={"tz": "Europe/Kyiv"},
        )
        if row.get("POW") is not None:
            yield Claim.model_validate(
                common | {"metric": "prisoners_of_war", "figure": int(row["POW"])}, context={"tz": "Europe/Kyiv"}
            )


def _json(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return rows


# (mapping file, slice in tests/data, the reference loader's claims)
_SLICES: dict[str, tuple[str, str]] = {
    "gaza": ("gaza.toml", "gaza_casualties_daily.json"),
    "ukraine": ("ukraine_mod.toml", "ukraine_mod_russia_losses_personnel.json"),
    "nepal": ("nepal.toml", "nepal_2015_quake_district_snapshots.csv"),
    "reliefweb": ("reliefweb.toml", "reliefweb_crisis_figures_casualties.csv"),
    "west_bank": ("west_bank.toml", "west_bank_flash_vs_verified.csv"),
    "lebanon": ("lebanon.toml", "lebanon_casualties_daily.json"),
}


def _reference(name: str) -> list[Claim]:
    slice_name = _SLICES[name][1]
    if name == "gaza":
        return list(_gaza_by_hand(_json(slice_name)))
    if name == "ukraine":
        return list(_ukraine_by_hand(_json(slice_name)))
    return read_series(DATA / slice_name, SERIES[name][1])  # the issue-9 declarative loaders


@pytest.mark.parametrize("name", sorted(_SLICES))
def test_each_shared_data_slice_loads_through_its_mapping_as_the_hand_written_loader_does(name: str) -> None:
    mapping_file, slice_name = _SLICES[name]
    reader = read_claims(DATA / slice_name, mapping=load_mapping(MAPPINGS / mapping_file))
    claims = list(reader)
    expected = _reference(name)
    assert len(claims) == len(expected) > 0
    assert [c.id for c in claims] == [c.id for c in expected]  # same claims, same order
    assert [str(c.figure) for c in claims] == [str(c.figure) for c in expected]


SHARED = Path("/work/shared/data")


@pytest.mark.skipif(not SHARED.exists(), reason="the shared data folder is not here")
@pytest.mark.parametrize("name", sorted(SERIES))
def test_each_whole_shared_data_set_loads_through_its_mapping_as_the_series_loader_does(name: str) -> None:
    file, spec = SERIES[name]
    mapping = load_mapping(MAPPINGS / _SLICES[name][0])
    if name == "gaza":
        expected = list(_gaza_by_hand(json.loads((SHARED / file).read_text(encoding="utf-8"))))
    elif name == "ukraine":
        expected = list(_ukraine_by_hand(json.loads((SHARED / file).read_text(encoding="utf-8"))))
    else:
        expected = read_series(SHARED / file, spec)
    assert [c.id for c in read_claims(SHARED / file, mapping=mapping)] == [c.id for c in expected]


def test_the_example_mappings_are_a_few_lines_each() -> None:
    for path in sorted(MAPPINGS.glob("*.toml")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        assert len(lines) <= 45, path.name  # ReliefWeb's eight indicator rules are the longest


def test_docs_tables_shows_each_example_mapping_as_it_is() -> None:
    text = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    for path in sorted(MAPPINGS.glob("*.toml")):
        block = f"```toml file=examples/mappings/{path.name}\n"
        assert block in text, path.name
        start = text.index(block) + len(block)
        assert text[start : text.index("```", start)] == path.read_text(encoding="utf-8"), path.name


def test_the_example_script_converts_through_the_mappings(tmp_path: Path) -> None:
    import runpy  # noqa: PLC0415 - the example is a script

    out = tmp_path / "real.jsonl"
    assert runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))["main"]([str(out), str(DATA)]) == 0
    with open_log(out) as log:
        ids = {c.id for c in log}
    assert ids == {c.id for name in ("gaza", "ukraine") for c in _reference(name)}


# -- casualtylog add --mapping FILE ----------------------------------------------------------

_WIDE = (
    "Date,District,Killed,Injured,Injured children\n"
    "2015-04-27,Gorkha,223,205,\n"
    "2015-04-27,Sindhupalchok,1820,,12\n"
    "2015-04-28,Gorkha,300,410,40\n"
)

_MAP_TOML = """
event = "nepal-2015/{District}"
source = "Nepal MoHA"
source_kind = "official"
reported_at = "{Date}"
tz = "Asia/Kathmandu"

[figures]
Killed = "killed"
Injured = "injured"
"Injured children" = "injured/children"
"""


def _files(tmp_path: Path, table: str = _WIDE, mapping: str = _MAP_TOML) -> tuple[Path, Path]:
    sheet, map_file = tmp_path / "nepal.csv", tmp_path / "map.toml"
    sheet.write_text(table, encoding="utf-8")
    map_file.write_text(mapping, encoding="utf-8")
    return sheet, map_file


def _stored(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table' order by name")]
        return [(t, *row) for t in tables for row in con.execute(f'select * from "{t}"')]  # noqa: S608 - names from sqlite_master


def test_casualtylog_add_mapping_file_loads_a_wide_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet, map_file = _files(tmp_path)
    db = tmp_path / "log.db"
    assert main(["add", str(db), str(sheet), "--mapping", str(map_file)]) == 0
    captured = capsys.readouterr()
    assert "added 7 new claims" in captured.out
    assert "2 blank figure cells skipped" in captured.err  # counted and reported, not errors
    with open_log(db) as log:
        assert log.resolve("nepal-2015/Gorkha", "killed").best == 300
        assert log.resolve("nepal-2015/Sindhupalchok", "injured", "children").best == 12
        assert {c.source.kind.value for c in log} == {"official"}
    assert main(["add", str(db), str(sheet), "--mapping", str(map_file)]) == 0  # adding twice adds nothing
    assert "added 0 new claims" in capsys.readouterr().out


def test_casualtylog_add_json_mapping_file_and_json_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = {
        "event": "gaza",
        "source": "MoH",
        "reported_at": "{report_date}",
        "figures": {"killed_cum": "killed"},
    }
    map_file = tmp_path / "map.json"
    map_file.write_text(json.dumps(mapping), encoding="utf-8")
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps([{"report_date": "2023-10-07", "killed_cum": 232}, {"report_date": "2023-10-08"}]))
    assert main(["add", str(tmp_path / "log.jsonl"), str(rows), "--mapping", str(map_file)]) == 0
    assert "added 1 new claim" in capsys.readouterr().out


def test_casualtylog_add_flags_for_the_simple_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet, _ = _files(tmp_path)
    db = tmp_path / "log.db"
    argv = ["add", str(db), str(sheet), "--figure", "killed=Killed", "--figure", "injured=Injured"]
    argv += ["--event-template", "{District}-2015", "--source", "Nepal MoHA", "--reported-at-column", "Date"]
    assert main([*argv, "--tz", "Asia/Kathmandu"]) == 0
    assert "added 5 new claims" in capsys.readouterr().out
    with open_log(db) as log:
        assert log.resolve("Gorkha-2015", "injured").best == 410


def test_casualtylog_add_map_metric_column_is_no_longer_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, _ = _files(tmp_path)
    out = tmp_path / "log.jsonl"
    argv = ["add", str(out), str(sheet), "--map", "killed=Killed", "--map", "injured=Injured"]
    argv += ["--map", "reported_at=Date", "--map", "event=District", "--set", "source=Nepal MoHA", "--tz", "UTC"]
    assert main(argv) == 0
    assert "added 5 new claims" in capsys.readouterr().out


# -- bad input: a clear error naming the place, and nothing already in the log changed --------


def _seeded(tmp_path: Path) -> Path:
    db = tmp_path / "log.db"
    seed = tmp_path / "seed.jsonl"
    seed.write_text(
        '{"event":"kyiv","metric":"killed","figure":"12","source":"KCMA","reported_at":"2025-04-24"}\n',
        encoding="utf-8",
    )
    assert main(["add", str(db), str(seed)]) == 0
    return db


def test_bad_input_a_mapping_naming_a_missing_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet, map_file = _files(tmp_path, mapping=_MAP_TOML.replace('Killed = "killed"', 'Dead = "killed"'))
    with pytest.raises(ClaimFormatError) as caught:
        next(read_csv(sheet, mapping=load_mapping(map_file)))
    assert (caught.value.line, caught.value.field, caught.value.value) == (1, "figures[0].column", "Dead")
    assert "not in the header (Date, District, Killed, Injured, Injured children)" in str(caught.value)
    db = _seeded(tmp_path)
    before = _stored(db)
    capsys.readouterr()
    assert main(["add", str(db), str(sheet), "--mapping", str(map_file)]) == 1
    assert "nepal.csv, line 1: figures[0].column='Dead': the column is not in the header" in capsys.readouterr().err
    flags = ["--event-template", "{District}", "--source", "MoHA", "--reported-at-column", "Date"]
    assert main(["add", str(db), str(sheet), "--figure", "killed=Dead", *flags]) == 1
    assert "line 1: --figure='Dead': the column is not in the header" in capsys.readouterr().err  # names the flag
    assert main(["add", str(db), str(sheet), "--figure", "killed=Killed", "--reported-at-column", "Date"]) == 1
    assert "Error: --event-template: is required" in capsys.readouterr().err
    assert _stored(db) == before


def test_bad_input_a_template_with_an_unknown_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet, map_file = _files(tmp_path, mapping=_MAP_TOML.replace("{District}", "{district}-{year}"))
    with pytest.raises(ClaimFormatError) as caught:
        next(read_csv(sheet, mapping=load_mapping(map_file)))
    assert (caught.value.line, caught.value.field, caught.value.value) == (1, "event", "nepal-2015/{district}-{year}")
    assert "names {district}, which is not a column of the header" in caught.value.problem

    def rows() -> Iterator[dict[str, str]]:
        raise AssertionError("no row may be read")
        yield {}

    with pytest.raises(ClaimFormatError, match=r"event='nepal-2015/\{district\}-\{year\}'"):
        claims_from_rows(rows(), load_mapping(map_file), columns=_WIDE.splitlines()[0].split(","))
    db = _seeded(tmp_path)
    before = _stored(db)
    assert main(["add", str(db), str(sheet), "--mapping", str(map_file)]) == 1
    flags = ["--source", "MoHA", "--reported-at-column", "Date"]
    assert main(["add", str(db), str(sheet), "--figure", "killed=Killed", "--event-template", "{year}", *flags]) == 1
    assert "--event-template='{year}': the template names {year}" in capsys.readouterr().err
    assert _stored(db) == before


def test_bad_input_a_cell_that_is_not_a_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = _WIDE.replace("1820", "n/a")
    sheet, map_file = _files(tmp_path, table=table)
    with pytest.raises(ClaimFormatError) as caught:
        list(read_csv(sheet, mapping=load_mapping(map_file)))
    error = caught.value
    assert (Path(error.path or "").name, error.line, error.field, error.value) == ("nepal.csv", 3, "Killed", "n/a")
    db = _seeded(tmp_path)
    before = _stored(db)
    capsys.readouterr()
    assert main(["add", str(db), str(sheet), "--mapping", str(map_file)]) == 1
    assert "nepal.csv, line 3: Killed='n/a': cannot read figure 'n/a'" in capsys.readouterr().err
    assert _stored(db) == before  # all or nothing: the good rows before it were not added
    # lenient mode collects the bad row and reads the rest, as read_csv does today
    reader = read_csv(sheet, mapping=load_mapping(map_file), lenient=True)
    assert len(list(reader)) == 5  # the bad row is set aside whole: its other figure too
    assert [r.line for r in reader.rejected] == [3]


def test_bad_input_a_column_the_mapping_reads_appears_twice(tmp_path: Path) -> None:
    sheet, _ = _files(tmp_path, table=_WIDE.replace("Injured,Injured children", "Killed,Injured children"))
    mapping = {"event": "{District}", "source": "MoHA", "reported_at": "{Date}", "figures": {"Killed": "killed"}}
    with pytest.raises(ClaimFormatError, match=r"line 1: header='Killed': the column appears twice"):
        list(read_csv(sheet, mapping=mapping))


def test_bad_input_a_qualifier_or_lookup_value_unknown_names_the_column() -> None:
    mapping = TableMapping.model_validate(
        {
            "event": "e",
            "source": "{who:names}",
            "reported_at": "{d}",
            "lookups": {"names": {"moh": "Ministry of Health"}},
            "figures": [{"column": "n", "metric": "killed", "qualifier": "q"}],
        }
    )
    good = {"who": "moh", "d": "2020-01-01", "n": "3", "q": "about"}
    with pytest.raises(ClaimFormatError, match=r"<rows>, line 2: who='ocha': not in the lookup table 'names'"):
        list(claims_from_rows([good, good | {"who": "ocha"}], mapping))
    with pytest.raises(ClaimFormatError, match=r"line 7: q='roughly': an unknown qualifier"):
        list(claims_from_rows([{"who": "moh", "d": "2020-01-01", "n": "3", "q": "roughly"}], mapping, first_line=7))


def test_bad_mappings_name_the_key() -> None:
    base: dict[str, Any] = {"event": "e", "source": "s", "reported_at": "{d}"}
    cases = [
        ({**base, "figures": {}}, "figures"),
        ({**base, "figures": [{"column": "n"}]}, "figures[0].metric"),
        ({**base, "figures": {"n": "killed"}, "evnt": "x"}, "evnt"),
        ({**base, "figures": {"n": "killed"}, "event": "{e:weekday}"}, "event"),
        ({**base, "figures": {"n": "killed"}, "rules": [{"column": "i", "pattern": "("}]}, "rules.pattern"),
    ]
    for data, where in cases:
        with pytest.raises(MappingError) as caught:
            TableMapping.model_validate(data)
        assert caught.value.where == where, (data, str(caught.value))


def test_bad_mapping_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "map.toml"
    path.write_text('event = "e"\nsource = "s"\nreported_at = "{d}"\nfigures = { n = "killed" }\nperiod = "{d"\n')
    with pytest.raises(MappingError, match=r"map\.toml: period='\{d': an unclosed"):
        load_mapping(path)
    path.write_text("event = \n")
    with pytest.raises(MappingError, match=r"mapping=.*not valid TOML"):
        load_mapping(path)


def test_templates_are_safe_only_named_cells_no_attribute_index_or_format_spec() -> None:
    row = {"d": "2020-01-01", "n": "3", "a": "x"}
    base: dict[str, Any] = {"source": "s", "reported_at": "{d}", "figures": {"n": "killed"}}
    for template in ("{a.__class__}", "{a[0]}", "{a!r}", "{0}"):
        with pytest.raises(ClaimFormatError, match="which this row lacks"):  # a column name, never Python
            list(claims_from_rows([row], {**base, "event": template}))
    for template in ("{a:>1000}", "{a:%Y}", "{a:{b}}"):
        with pytest.raises(MappingError):
            TableMapping.model_validate({**base, "event": template})
    claims = list(claims_from_rows([row | {"a": "{d}"}], {**base, "event": "{{literal}}-{a}"}))
    assert claims[0].event == "{literal}-{d}"  # a cell's braces are text: never expanded again


# -- blank cells are counted, not errors --------------------------------------------------------


def test_blank_cells_counted_not_errors(tmp_path: Path) -> None:
    sheet, map_file = _files(tmp_path)
    reader = read_csv(sheet, mapping=load_mapping(map_file))
    assert len(list(reader)) == 7
    assert reader.rejected == []
    assert reader.tally.blank_cells == 2  # type: ignore[attr-defined]
    assert reader.summary().endswith("7 claims read, 0 rejected, 2 blank cells skipped")
    west_bank = read_csv(DATA / "west_bank_flash_vs_verified.csv", mapping=load_mapping(MAPPINGS / "west_bank.toml"))
    list(west_bank)
    assert (west_bank.tally.blank_cells, west_bank.tally.skipped_rows) == (10, 26)  # type: ignore[attr-defined]


def test_long_tables_and_hxl_keep_working() -> None:
    long = io.StringIO("Date,Deaths\n2025-04-24,12\n")
    claims = list(
        read_csv(
            long,
            mapping={"reported_at": "Date", "figure": "Deaths"},
            constants={"event": "kyiv", "metric": "killed", "source": "KCMA"},
        )
    )
    assert [str(c.figure) for c in claims] == ["12"]
    tidy = io.StringIO("Date,what,n\n2025-04-24,killed,12\n2025-04-24,injured,90\n")
    mapping = {
        "event": "kyiv",
        "source": "KCMA",
        "reported_at": "{Date}",
        "figures": [{"column": "n", "metric": "{what}"}],
    }
    assert [str(c.count) for c in read_csv(tidy, mapping=mapping)] == ["kyiv / killed", "kyiv / injured"]
    hxl = io.StringIO(
        "Event,Date,Source,Killed\n#event+id,#date+reported,#meta+source,#affected+killed\nk,2025-04-24,KCMA,12\n"
    )
    assert [str(c.figure) for c in read_csv(hxl)] == ["12"]
    hxl.seek(0)  # a table mapping reads the same HXL sheet by its headers, passing over the hashtags
    tagged = {"event": "{Event}", "source": "{Source}", "reported_at": "{Date}", "figures": {"Killed": "killed"}}
    assert [str(c.figure) for c in read_csv(hxl, mapping=tagged)] == ["12"]


def test_from_frame_takes_a_table_mapping() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "Date": ["2015-04-27", "2015-04-28"],
            "District": ["Gorkha", "Gorkha"],
            "Killed": [223, None],
            "Injured": [205, 410],
        }
    )
    mapping = {
        "event": "{District}",
        "source": "MoHA",
        "reported_at": "{Date}",
        "figures": {"Killed": "killed", "Injured": "injured"},
    }
    log = CasualtyLog.from_frame(frame, mapping=mapping)
    assert len(log) == 3
    assert log.resolve("Gorkha", "injured").best == 410
    with pytest.raises(ClaimFormatError, match=r"figures\[0\]\.column='Dead'"):
        CasualtyLog.from_frame(frame, mapping={**mapping, "figures": {"Dead": "killed"}})


# -- the round trip: a wide table written from claims reads back to those claims --------------

_COLUMNS = {"killed": ("killed", None), "killed children": ("killed", "children"), "injured": ("injured", None)}
_figures = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(1, 10**6).map(lambda n: f"at least {n}"),
    st.integers(1, 10**6).map(lambda n: f"about {n}"),
    st.tuples(st.integers(0, 1000), st.integers(1, 1000)).map(lambda t: f"{t[0]}-{t[0] + t[1]}"),
)
_keys = st.tuples(
    st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
    st.sampled_from(["Ministry of Health", "OCHA, {oPt}", "=cmd|' /C calc'!A0", "Ле́кар"]),
    st.datetimes(datetime(2000, 1, 1), datetime(2030, 1, 1)).map(lambda d: d.replace(microsecond=0, tzinfo=UTC)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_keys, st.dictionaries(st.sampled_from(sorted(_COLUMNS)), _figures, min_size=1), max_size=12))
def test_round_trip_any_wide_table_from_claims_reads_back_to_those_claims(
    table: dict[tuple[str, str, datetime], dict[str, str]],
) -> None:
    claims = [
        Claim.model_validate(
            {"event": e, "metric": m, "group": g, "figure": f, "source": s, "reported_at": t, "status": "confirmed"}
        )
        for (e, s, t), cells in table.items()
        for column, f in cells.items()
        for m, g in [_COLUMNS[column]]
    ]
    sheet = io.StringIO()
    sheet.write(csv_row(["event", "source", "reported_at", *_COLUMNS]))
    for (e, s, t), cells in table.items():
        sheet.write(csv_row([e, s, t.isoformat(), *(cells.get(column, "") for column in _COLUMNS)]))
    mapping = TableMapping.model_validate(
        {
            "event": "{event}",
            "source": "{source}",
            "reported_at": "{reported_at}",
            "status": "confirmed",
            "figures": {column: f"{m}/{g}" if g else m for column, (m, g) in _COLUMNS.items()},
        }
    )
    reader = read_csv(io.StringIO(sheet.getvalue()), mapping=mapping)
    back = list(reader)
    assert sorted(c.id for c in back) == sorted(c.id for c in claims)
    assert reader.tally.blank_cells == len(table) * len(_COLUMNS) - len(claims)  # type: ignore[attr-defined]
    rows = [{k: restore(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(sheet.getvalue()))]
    assert [c.id for c in claims_from_rows(rows, mapping)] == [c.id for c in back]  # rows, as sync passes them
