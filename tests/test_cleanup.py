"""The cleanup session's leftovers: each test is named after its item."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualtylog import CasualtyLog
from casualtylog.errors import CasualtyLogError, ClaimValidationError
from casualtylog.figures import Figure

PACKAGE = Path(__file__).resolve().parent.parent / "casualtylog"


# -- item 1: claims.py and figures.py split by concept ------------------------
@pytest.mark.parametrize(
    "module", ["claims.py", "figures.py", "claim_links.py", "claim_input.py", "claim_ids.py", "figure_words.py"]
)
def test_item1_split_modules_stay_under_the_400_line_rule(module: str) -> None:
    lines = (PACKAGE / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{module} has {lines} lines"


def test_item1_public_names_are_importable_from_their_old_homes() -> None:
    from casualtylog import claim_input, claim_links  # noqa: PLC0415
    from casualtylog.claims import (  # noqa: PLC0415
        _CANONICAL,
        FUTURE_TOLERANCE,
        MAX_LINKS,
        MAX_TEXT,
        Claim,
        ClaimStatus,
        share_fields_set,
    )
    from casualtylog.figure_words import figure_reads_back as moved  # noqa: PLC0415
    from casualtylog.figures import ABOUT_TOLERANCE, MAX_FIGURE, Qualifier, figure_reads_back  # noqa: PLC0415

    assert MAX_LINKS is claim_links.MAX_LINKS
    assert MAX_TEXT is claim_input.MAX_TEXT
    assert figure_reads_back is moved
    old_homes = (
        Claim,
        ClaimStatus,
        share_fields_set,
        _CANONICAL,
        FUTURE_TOLERANCE,
        ABOUT_TOLERANCE,
        MAX_FIGURE,
        Qualifier,
    )
    assert all(name is not None for name in old_homes)


def test_item1_figure_json_errors_stay_under_the_library_root() -> None:
    # Figure now shares Claim's validation wrapper, model_validate_json included.
    with pytest.raises(ClaimValidationError) as info:
        Figure.model_validate_json('{"qualifier": "exact", "low": 3, "high": 4, "value": 3}')
    assert isinstance(info.value, CasualtyLogError)


def test_item1_revisions_and_retractions_behave_as_before() -> None:
    log = CasualtyLog()
    first = log.add({"event": "e", "metric": "killed", "figure": "10", "source": "s", "reported_at": "2025-04-24"})
    later = first.revised(figure="12", reported_at="2025-04-25")
    gone = first.retracted(reported_at="2025-04-26")
    assert later.supersedes == (first.id,)
    assert (later.event, str(later.figure)) == ("e", "12")
    assert gone.retracts == (first.id,)
    assert gone.figure is None
    with pytest.raises(CasualtyLogError, match="reported_at"):
        first.retracted()


@given(st.integers(0, 10**6), st.integers(0, 1000))
def test_item1_property_str_and_repr_still_read_back(low: int, width: int) -> None:
    for figure in (Figure.exact(low), Figure.at_least(low), Figure.range(low, low + width), Figure.about(low + 1)):
        assert Figure.parse(str(figure)) == figure
    assert repr(Figure.range(low, low + width + 1)) == f"Figure.range({low}, {low + width + 1})"
    assert repr(Figure.at_least(low)) == f"Figure.at_least({low})"


# -- item 2: roll-up figures are Figures, figure_text the text ----------------
def _quake(figures: dict[str, str], complete: bool = True) -> CasualtyLog:
    log = CasualtyLog()
    log.add_events([{"id": "quake", "parts_complete": complete}, *({"id": d, "parents": ["quake"]} for d in figures)])
    for district, figure in figures.items():
        if figure:
            log.add(
                {"event": district, "metric": "killed", "figure": figure, "source": "NEOC", "reported_at": "2015-05-01"}
            )
    return log


def test_item2_rollup_figure_is_a_figure_and_figure_text_the_text() -> None:
    from casualtylog.events_cli import rollup_record, rollup_text  # noqa: PLC0415

    roll = _quake({"gorkha": "400-450", "sindhupalchok": "3000", "dhading": ""}).rollup("quake", "killed")
    assert roll.figure == Figure.at_least(3400)
    assert roll.figure_text == "3425 (at least 3400)"
    parts = {p.count.event: p for p in roll.parts}
    assert parts["gorkha"].figure == Figure.about(425, low=400, high=450)
    assert (parts["sindhupalchok"].figure, parts["dhading"].figure) == (Figure.exact(3000), None)
    assert [parts[d].figure_text for d in ("gorkha", "sindhupalchok", "dhading")] == [
        "425 (400–450)",
        "3000",
        "unknown",
    ]
    # The output formats keep the text, as they do for a resolution's figure.
    assert rollup_record(roll)["figure"] == "3425 (at least 3400)"
    assert "parts add up to 3425 (at least 3400)" in rollup_text(roll)
    assert str(roll) == "quake / killed: parts add up to 3425 (at least 3400)"


def test_item2_rollup_figure_matches_a_resolution_of_the_same_numbers() -> None:
    log = _quake({"gorkha": "400-450", "sindhupalchok": "3000"})
    roll = log.rollup("quake", "killed")
    assert roll.figure == Figure.about(3425, low=3400, high=3450)
    assert roll.figure_text == "3425 (3400–3450)"
    log.add({"event": "quake", "metric": "killed", "figure": "3400-3450", "source": "X", "reported_at": "2015-05-01"})
    stated = log.rollup("quake", "killed").stated
    assert stated is not None
    assert (stated.best, stated.low, stated.high) == (roll.best, roll.low, roll.high)
    assert (stated.figure, stated.figure_text) == (roll.figure, roll.figure_text)


@given(
    st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 300), st.booleans()), min_size=1, max_size=5), st.booleans()
)
def test_item2_property_rollup_figure_spans_the_sums(parts: list[tuple[int, int, bool]], complete: bool) -> None:
    figures = {
        f"d{i}": (f"at least {low}" if open_ else f"{low}-{low + width}" if width else str(low))
        for i, (low, width, open_) in enumerate(parts)
    }
    roll = _quake(figures, complete).rollup("quake", "killed")
    assert (roll.figure.low, roll.figure.high) == (roll.low, roll.high)
    assert roll.figure.contains(roll.best)


# -- item 3: check findings name claim_ids ------------------------------------
def test_item3_check_json_names_claim_ids_and_keeps_claims(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json  # noqa: PLC0415

    from casualtylog.cli import main  # noqa: PLC0415

    odd = tmp_path / "odd.jsonl"
    odd.write_text(
        '{"event":"e","metric":"injured","figure":"5","source":"Hospital","reported_at":"2025-04-24"}\n'
        '{"event":"e","metric":"injured","group":"children","figure":"9","source":"Hospital","reported_at":"2025-04-24"}\n',
        encoding="utf-8",
    )
    assert main(["check", str(odd), "--format", "json"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert record["claim_ids"] == record["claims"]  # the older key is documented in docs/cli.md: kept
    assert len(record["claim_ids"]) == 2
    assert all(len(i) == 16 for i in record["claim_ids"])


def test_item3_findings_and_spans_have_claim_ids() -> None:
    from casualtylog.timeline import findings_over_time  # noqa: PLC0415

    log = CasualtyLog(
        [
            {"event": "e", "metric": "killed", "figure": "10", "source": "s", "reported_at": "2025-01-01"},
            {"event": "e", "metric": "killed", "figure": "7", "source": "s", "reported_at": "2025-01-02"},
            {"event": "e", "metric": "injured", "figure": "5", "source": "s", "reported_at": "2025-01-01"},
            {
                "event": "e",
                "metric": "injured",
                "group": "children",
                "figure": "9",
                "source": "s",
                "reported_at": "2025-01-01",
            },
        ]
    )
    findings = log.check()
    assert findings
    for finding in findings:
        assert finding.claim_ids == tuple(c.id for c in finding.claims)
    spans = findings_over_time(log)
    assert spans
    for span in spans:
        assert span.claim_ids == tuple(c.id for c in span.claims)


# -- item 4: diff --from later than --to is an error naming both -----------------
def _moh_log(tmp_path: Path) -> Path:
    path = tmp_path / "moh.jsonl"
    path.write_text(
        '{"event":"e","metric":"killed","figure":"10","source":"MoH","reported_at":"2025-01-01",'
        '"recorded_at":"2025-01-01T00:00Z"}\n'
        '{"event":"e","metric":"killed","figure":"12","source":"MoH","reported_at":"2025-01-02",'
        '"recorded_at":"2025-01-02T12:00Z"}\n',
        encoding="utf-8",
    )
    return path


def test_item4_diff_from_later_than_to_is_an_error_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from casualtylog.cli import main  # noqa: PLC0415

    path = _moh_log(tmp_path)
    assert main(["diff", str(path), "--from", "2025-01-01", "--to", "2025-01-03"]) == 0
    assert "1 count changed" in capsys.readouterr().out
    assert main(["diff", str(path), "--from", "2025-01-03", "--to", "2025-01-01"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--to='2025-01-01'" in captured.err
    assert "--from='2025-01-03'" in captured.err
    assert "swap --from and --to" in captured.err


def test_item4_diff_in_python_refuses_the_wrong_order_and_allows_an_empty_span(tmp_path: Path) -> None:
    from casualtylog.diff import diff  # noqa: PLC0415
    from casualtylog.errors import TimeError  # noqa: PLC0415
    from casualtylog.formats.files import open_log  # noqa: PLC0415

    with open_log(_moh_log(tmp_path)) as log:
        with pytest.raises(TimeError) as info:
            diff(log, "2025-01-02T13:00Z", "2025-01-02T11:00Z")
        assert info.value.field == "after"
        assert "before='2025-01-02T13:00Z'" in str(info.value)
        assert len(diff(log, "2025-01-02T11:00Z", "2025-01-02T13:00Z")) == 1
        assert len(diff(log, "2025-01-02T13:00Z", "2025-01-02T13:00Z")) == 0  # the same moment: nothing between


# -- item 5: an unknown CSV column names the CLI's flags too --------------------
def test_item5_unknown_column_advice_names_map_and_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from casualtylog.cli import main  # noqa: PLC0415

    sheet = tmp_path / "sheet.csv"
    sheet.write_text("event,deaths\ne,3\n", encoding="utf-8")
    assert main(["add", str(tmp_path / "log.jsonl"), str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "column 'deaths' is unknown" in err
    assert "--map FIELD=COLUMN" in err
    assert "--mapping FILE" in err
    assert not (tmp_path / "log.jsonl").exists()


# -- item 6: docs/performance.md names the store API that exists ----------------
def test_item6_performance_store_method_names_the_current_api() -> None:
    import inspect  # noqa: PLC0415

    from benchmarks.run import METHOD, Bench  # noqa: PLC0415

    (store_line,) = [line for line in METHOD if line.startswith("- **Store**")]
    assert "`CasualtyLog.open(path, lazy=True).extend(claims)`" in store_line
    assert not any("open_store(" in line for line in METHOD)
    assert "lazy" in inspect.signature(CasualtyLog.open).parameters
    # What the text says is what the benchmark runs.
    assert "CasualtyLog.open(path, lazy=True)" in inspect.getsource(Bench.store)
    # The committed doc carries the line the script generates.
    doc = (PACKAGE.parent / "docs" / "performance.md").read_text(encoding="utf-8")
    assert store_line in doc
    assert "open_store(path, lazy=True)" not in doc


# -- item 7: duplication removed (one builder for "part above whole" findings) --
def test_item7_group_and_relation_findings_share_one_shape() -> None:
    log = CasualtyLog(
        [
            {"event": "e", "metric": "injured", "figure": "5", "source": "H", "reported_at": "2025-01-01"},
            {
                "event": "e",
                "metric": "injured",
                "group": "children",
                "figure": "9",
                "source": "H",
                "reported_at": "2025-01-01",
            },
            {"event": "e", "metric": "launched", "figure": "10", "source": "AF", "reported_at": "2025-01-01"},
            {"event": "e", "metric": "intercepted", "figure": "12", "source": "AF", "reported_at": "2025-01-01"},
        ]
    )
    found = {f.kind.value: f for f in log.check()}
    group, relation = found["group_exceeds_total"], found["relation_violated"]
    assert group.message == "e / injured / children is at least 9, above e / injured at most 5"
    assert relation.message == "e / intercepted is at least 12, above e / launched at most 10"
    for finding in (group, relation):
        assert finding.severity == "warning"
        part, whole = finding.counts
        assert [str(c.figure) for c in finding.claims] == [str(log.resolve(*part).low), str(log.resolve(*whole).high)]


def test_item7_rollup_findings_keep_every_other_field() -> None:
    log = _quake({"gorkha": "400", "sindhupalchok": "3000"})
    before = log.rollup("quake", "killed")
    log.add({"event": "quake", "metric": "killed", "figure": "4000", "source": "Gov", "reported_at": "2015-05-01"})
    after = log.rollup("quake", "killed")
    assert [f.kind.value for f in after.findings] == ["parts_below_whole"]
    assert (after.best, after.low, after.high, after.parts, after.complete) == (
        before.best,
        before.low,
        before.high,
        before.parts,
        before.complete,
    )


# -- item 8: the README's links, paths and commands are current -----------------
README = PACKAGE.parent / "README.md"


def _anchor(heading: str) -> str:
    import re  # noqa: PLC0415

    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_item8_readme_links_point_at_files_and_headings_that_exist() -> None:
    import re  # noqa: PLC0415

    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#\s]+)(?:#([^)\s]+))?\)", text)
    assert links
    for target, anchor in links:
        path = PACKAGE.parent / target
        assert path.exists(), f"README links to {target}, which does not exist"
        if anchor:
            headings = [
                line.lstrip("#") for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")
            ]
            assert anchor in {_anchor(h) for h in headings}, f"README links to {target}#{anchor}: no such heading"


def test_item8_readme_box_names_modules_that_exist() -> None:
    import re  # noqa: PLC0415

    text = README.read_text(encoding="utf-8")
    box = text[text.index("## What is in the box") : text.index("Optional extras")]
    rows = [row for row in box.splitlines() if row.startswith("| ") and "`" in row]
    assert len(rows) > 10
    for row in rows:
        where = row.split("|")[2]
        for name in re.findall(r"`([\w./*]+)`", where):
            if "*" in name:
                continue
            candidates = [PACKAGE.parent / name, PACKAGE / name, PACKAGE / name.removeprefix("casualtylog/")]
            assert any(p.exists() for p in candidates), f"README names {name}, which does not exist"


def test_item8_readme_names_the_store_sync_and_table_entry_points() -> None:
    from casualtylog.cli import build_parser  # noqa: PLC0415

    text = README.read_text(encoding="utf-8")
    for phrase in (
        "CasualtyLog.open(path, lazy=True)",
        "casualtylog sync STORE FILE",
        "--mapping FILE",
        "--map FIELD=COLUMN",
    ):
        assert phrase in text
    helps = build_parser().format_help()
    assert "sync" in helps
    assert "diff" in helps
