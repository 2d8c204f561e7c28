"""Issue 11, items 1, 3 and 6: syncing snapshots of a publisher's table, diffs between moments, bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from casualtylog import CasualtyLog
from casualtylog.cli import main
from casualtylog.diff import DIFF_COLUMNS, diff, diff_snapshots
from casualtylog.errors import CasualtyLogError, ClaimFormatError, TimeError
from casualtylog.sync import sync

NOW = datetime(2026, 1, 1, tzinfo=UTC)
T1, T2, T3, T4 = (f"2025-0{m}-01T00:00Z" for m in (1, 2, 3, 4))


def _log() -> CasualtyLog:
    return CasualtyLog(clock=lambda: NOW)


def _row(event: str, figure: object, metric: str = "killed", **more: Any) -> dict[str, Any]:
    return {"event": event, "metric": metric, "figure": figure, **more}


def _state(log: CasualtyLog) -> list[tuple[str, object]]:
    return [(c.id, c.recorded_at) for c in log]


# -- item 1: only what changed becomes claims -----------------------------------------------


def test_sync_new_figures_are_plain_claims_recorded_at_the_snapshot() -> None:
    log = _log()
    report = sync(log, [_row("a", "10"), _row("b", "at least 3")], source="MoH", at=T1)
    assert (report.added, report.read, len(report.ids)) == (2, 2, 2)
    claims = list(log)
    assert all(c.recorded_at == datetime(2025, 1, 1, tzinfo=UTC) for c in claims)
    assert all(not c.supersedes and not c.retracts for c in claims)
    assert log.resolve("b", "killed").figure_text == "at least 3"


def test_sync_same_snapshot_twice_adds_nothing() -> None:
    log = _log()
    rows = [_row("a", "10"), _row("b", "3", group="children")]
    sync(log, rows, source="MoH", at=T1)
    again = sync(log, rows, source="MoH", at=T2)
    assert (again.unchanged, again.ids, len(log)) == (2, (), 2)


def test_sync_correction_supersedes_the_figure_it_replaces() -> None:
    log = _log()
    first = sync(log, [_row("a", "10")], source="MoH", at=T1)
    second = sync(log, [_row("a", "12")], source="MoH", at=T2)
    assert second.corrected == 1
    (new,) = (log.get(i) for i in second.ids)
    assert new.supersedes == first.ids
    assert second.changes[0].reason.startswith("corrected")
    assert "10 → 12" in second.changes[0].reason
    assert log.resolve("a", "killed", known_at=T1).best == 10
    assert log.resolve("a", "killed").best == 12


def test_sync_withdrawal_retracts_every_standing_figure_so_none_is_reinstated() -> None:
    log = _log()
    sync(log, [_row("a", "10")], source="MoH", at=T1)
    sync(log, [_row("a", "12")], source="MoH", at=T2)
    gone = sync(log, [], source="MoH", at=T3)
    assert gone.withdrawn == 1
    (retraction,) = (log.get(i) for i in gone.ids)
    assert retraction.figure is None
    assert len(retraction.retracts) == 2
    res = log.resolve("a", "killed")
    assert not res.current
    assert res.best is None
    assert log.resolve_all() == [] or all(r.best is None for r in log.resolve_all())
    assert log.resolve("a", "killed", known_at=T2).best == 12


def test_sync_revert_is_a_new_statement_not_a_lost_no_op() -> None:
    log = _log()
    a = sync(log, [_row("a", "10")], source="MoH", at=T1)
    b = sync(log, [_row("a", "12")], source="MoH", at=T2)
    back = sync(log, [_row("a", "10")], source="MoH", at=T3)
    assert back.reverted == 1
    assert len(log) == 3
    (revert,) = back.ids
    assert revert not in a.ids
    assert log.get(revert).supersedes == b.ids
    assert [log.resolve("a", "killed", known_at=t).best for t in (T1, T2, T3)] == [10, 12, 10]


def test_sync_figure_back_after_withdrawal_is_a_new_statement() -> None:
    log = _log()
    first = sync(log, [_row("a", "10")], source="MoH", at=T1)
    sync(log, [_row("a", "")], source="MoH", at=T2)
    back = sync(log, [_row("a", "10")], source="MoH", at=T3)
    assert back.reverted == 1
    assert back.ids[0] not in first.ids
    assert log.resolve("a", "killed").best == 10
    assert log.resolve("a", "killed", known_at=T2).best is None


def test_sync_blank_cells_are_counted_and_withdraw_what_they_replace() -> None:
    log = _log()
    sync(log, [_row("a", "10"), _row("b", "4")], source="MoH", at=T1)
    report = sync(log, [_row("a", ""), _row("b", "4"), _row("c", None)], source="MoH", at=T2)
    assert (report.blank, report.withdrawn, report.unchanged) == (2, 1, 1)
    assert "blank in the snapshot" in report.changes[0].reason


def test_sync_two_rows_for_one_count_are_kept_as_a_tie_and_reported() -> None:
    log = _log()
    report = sync(log, [_row("a", "10"), _row("a", "14")], source="MoH", at=T1)
    assert report.added == 1
    assert len(report.ids) == 2
    (tie,) = report.ties
    assert (tie.figures, tie.lines) == (("10", "14"), (1, 2))
    res = log.resolve("a", "killed")
    assert (res.best, res.low, res.high) == (14, 10, 14)
    again = sync(log, [_row("a", "14"), _row("a", "10")], source="MoH", at=T2)
    assert again.ids == ()
    assert again.unchanged == 1
    narrowed = sync(log, [_row("a", "14")], source="MoH", at=T3)
    assert narrowed.corrected == 1
    assert (log.resolve("a", "killed").low, log.resolve("a", "killed").high) == (14, 14)


def test_sync_leaves_other_sources_alone() -> None:
    log = _log()
    other = log.add({"event": "a", "metric": "killed", "figure": "9", "source": "OCHA", "reported_at": "2024-12-01"})
    sync(log, [_row("a", "10")], source="MoH", at=T1)
    sync(log, [], source="MoH", at=T2)
    assert other in log
    assert all(other.id not in c.retracts for c in log)


def test_sync_dated_rows_keep_each_day_of_a_series() -> None:
    log = _log()
    day = {"event": "g", "metric": "killed"}
    v1 = [day | {"reported_at": "2023-10-07", "figure": "232"}, day | {"reported_at": "2023-10-08", "figure": "370"}]
    sync(log, v1, source="MoH", at=T1)
    v2 = [day | {"reported_at": "2023-10-07", "figure": "198"}, day | {"reported_at": "2023-10-08", "figure": "370"}]
    report = sync(log, v2, source="MoH", at=T2)
    assert (report.corrected, report.unchanged) == (1, 1)
    assert log.resolve("g", "killed", at="2023-10-07", known_at=T1).best == 232
    assert log.resolve("g", "killed", at="2023-10-07", known_at=T2).best == 198
    assert log.resolve("g", "killed").best == 370


def test_sync_from_files_frames_and_the_log_method(tmp_path: Path) -> None:
    csv_file = tmp_path / "s.csv"
    csv_file.write_text("event,metric,group,figure\na,killed,,10\na,injured,children,\n", encoding="utf-8")
    jsonl_file = tmp_path / "s.jsonl"
    jsonl_file.write_text(json.dumps(_row("a", 11)) + "\n", encoding="utf-8")
    log = _log()
    assert log.sync(csv_file, source="MoH", at=T1).added == 1
    assert sync(log, str(jsonl_file), source="MoH", at=T2).corrected == 1
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame([_row("a", "11"), _row("b", None)])
    report = sync(log, frame, source="MoH", at=T3)
    assert (report.unchanged, report.blank) == (1, 1)


def test_sync_into_a_store_is_durable(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with CasualtyLog.open(path) as store:
        sync(store, [_row("a", "10")], source="MoH", at=T1)
        sync(store, [_row("a", "12")], source="MoH", at=T2)
    with CasualtyLog.open(path) as store:
        assert store.resolve("a", "killed", known_at=T1).best == 10
        assert store.resolve("a", "killed").best == 12
        assert sync(store, [_row("a", "12")], source="MoH", at=T3).ids == ()


# -- item 6: bad input is an error naming the place, and changes nothing ---------------------


def _refused(log: CasualtyLog, call: Callable[[], object]) -> CasualtyLogError:
    before = _state(log)
    with pytest.raises(CasualtyLogError) as caught:
        call()
    assert _state(log) == before
    return caught.value


@pytest.fixture
def held() -> CasualtyLog:
    log = _log()
    sync(log, [_row("a", "10"), _row("b", "3")], source="MoH", at=T2)
    return log


def test_bad_input_a_cell_that_is_not_a_figure(held: CasualtyLog, tmp_path: Path) -> None:
    err = _refused(held, lambda: sync(held, [_row("a", "12"), _row("b", "lots")], source="MoH", at=T3))
    assert isinstance(err, ClaimFormatError)
    assert (err.line, err.field, err.value) == (2, "figure", "lots")
    path = tmp_path / "s.csv"
    path.write_text("event,metric,figure\na,killed,12\nb,killed,-4\n", encoding="utf-8")
    err = _refused(held, lambda: sync(held, path, source="MoH", at=T3))
    assert str(err).startswith(f"{path}, line 3: figure='-4'")


def test_bad_input_an_unknown_column(held: CasualtyLog, tmp_path: Path) -> None:
    err = _refused(held, lambda: sync(held, [_row("a", "12", killed_cum="5")], source="MoH", at=T3))
    assert isinstance(err, ClaimFormatError)
    assert (err.line, err.field) == (1, "killed_cum")
    assert "unknown column" in str(err)


def test_bad_input_a_snapshot_time_in_the_future(held: CasualtyLog) -> None:
    err = _refused(held, lambda: sync(held, [_row("a", "12")], source="MoH", at="2026-06-01"))
    assert isinstance(err, TimeError)
    assert err.field == "at"
    assert "future" in str(err)


def test_bad_input_a_snapshot_time_before_the_last_sync(held: CasualtyLog) -> None:
    err = _refused(held, lambda: sync(held, [_row("a", "12")], source="MoH", at=T1))
    assert isinstance(err, TimeError)
    assert "before MoH's last sync" in str(err)
    # The snapshot the log holds already, replayed: accepted, adds nothing.
    assert sync(held, [_row("a", "10"), _row("b", "3")], source="MoH", at=T2).ids == ()


def test_bad_input_a_row_dated_after_the_snapshot(held: CasualtyLog) -> None:
    late = [_row("a", "12", reported_at="2025-03-20")]
    err = _refused(held, lambda: sync(held, late, source="MoH", at=T3))
    assert isinstance(err, ClaimFormatError)
    assert (err.line, err.field) == (1, "reported_at")
    assert "after the snapshot was taken" in str(err)


def test_bad_input_rows_for_another_source_and_mixed_dates(held: CasualtyLog) -> None:
    err = _refused(held, lambda: sync(held, [_row("a", "12", source="OCHA")], source="MoH", at=T3))
    assert isinstance(err, ClaimFormatError)
    assert err.field == "source"
    mixed = [_row("a", "12", reported_at="2025-01-01"), _row("b", "4")]
    err = _refused(held, lambda: sync(held, mixed, source="MoH", at=T3))
    assert isinstance(err, ClaimFormatError)
    assert (err.line, err.field) == (2, "reported_at")


# -- item 3: diffs between moments ---------------------------------------------------------


def _history() -> CasualtyLog:
    log = _log()
    sync(log, [_row("a", "10"), _row("b", "3"), _row("c", "7")], source="MoH", at=T1)
    sync(log, [_row("a", "12"), _row("c", "7"), _row("d", "1")], source="MoH", at=T2)
    return log


def test_diff_lists_counts_whose_best_low_or_high_changed_with_claims_and_reasons() -> None:
    log = _history()
    rows = diff(log, T1, T2)
    assert [(r.event, r.change, r.best_before, r.best_after) for r in rows] == [
        ("a", "changed", 10, 12),
        ("b", "withdrawn", 3, None),
        ("d", "new", None, 1),
    ]
    assert rows[0].reasons[0].startswith("corrected: 10 → 12 by MoH")
    assert rows[1].reasons[0].startswith("withdrawn: 3")
    assert all(len(r.claim_ids) == len(r.reasons) == 1 for r in rows)
    assert diff(log, T2, T3) == ()
    with pytest.raises(ValueError, match="frozen"):
        rows[0].best_after = 5  # type: ignore[misc]  # rows are frozen


def test_diff_as_rows_and_frame() -> None:
    rows = diff(_history(), T1, T2)
    assert [list(r) for r in rows.rows()] == [list(DIFF_COLUMNS)] * 3
    pd = pytest.importorskip("pandas")
    frame = rows.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(DIFF_COLUMNS)
    assert len(frame) == 3


def test_diff_between_two_snapshots() -> None:
    rows = diff_snapshots([_row("a", "10"), _row("b", "3")], [_row("a", "10"), _row("b", "5")], source="MoH")
    assert [(r.event, r.best_before, r.best_after) for r in rows] == [("b", 3, 5)]


# -- item 3: the command line -------------------------------------------------------------


def test_cli_sync_and_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "log.db"
    first, second = tmp_path / "v1.csv", tmp_path / "v2.csv"
    first.write_text("event,metric,figure\na,killed,10\nb,killed,3\n", encoding="utf-8")
    second.write_text("event,metric,figure\na,killed,12\n", encoding="utf-8")
    assert main(["sync", str(store), str(first), "--source", "MoH", "--at", T1]) == 0
    assert main(["sync", str(store), str(second), "--source", "MoH", "--at", T2, "--format", "json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("MoH at 2025-01-01T00:00:00+00:00: 2 rows read; 2 added")
    report = json.loads(out[-1])
    assert (report["corrected"], report["withdrawn"]) == (1, 1)
    assert main(["diff", str(store), "--from", T1, "--to", T2, "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["event"], r["change"]) for r in lines] == [("a", "changed"), ("b", "withdrawn")]
    assert main(["diff", str(store), "--from", T1, "--to", T2, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == ",".join(DIFF_COLUMNS)
    assert main(["diff", str(store), "--from", T1, "--to", T2]) == 0
    assert "a / killed: 10 → 12" in capsys.readouterr().out


def test_cli_sync_bad_cell_is_an_error_naming_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "log.jsonl"
    bad = tmp_path / "bad.csv"
    bad.write_text("event,metric,figure\na,killed,10\nb,killed,many\n", encoding="utf-8")
    assert main(["sync", str(store), str(bad), "--source", "MoH", "--at", T1]) == 1
    assert f"{bad}, line 3: figure='many'" in capsys.readouterr().err
    assert not store.exists()


# -- item 5: the benchmark runs (tiny sizes; no timing asserted) ---------------------------


def test_benchmark_sync_adds_only_the_changed_values() -> None:
    from benchmarks.sync import measure  # noqa: PLC0415 - the benchmark, imported only here

    result = measure(2000, 0.01)
    assert (result["added_first"], result["added_again"]) == (2000, 0)
    assert result["added_update"] == result["corrected"] == result["changed"] == 20


def test_cli_sync_shows_progress_on_a_terminal_only() -> None:
    import io  # noqa: PLC0415 - only this test fakes a terminal

    from casualtylog.sync_cli import PROGRESS_EVERY, _progress  # noqa: PLC0415 - the CLI's helper

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    rows: list[tuple[int, dict[str, Any]]] = [(n, {}) for n in range(PROGRESS_EVERY)]
    shown, piped = Terminal(), io.StringIO()
    assert len(list(_progress(rows, "big.csv", shown))) == len(list(_progress(rows, "big.csv", piped)))
    assert f"big.csv: {PROGRESS_EVERY:,} rows read" in shown.getvalue()
    assert piped.getvalue() == ""


def test_cli_sync_reads_a_wide_table_through_a_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "wide.toml"
    mapping.write_text(
        'event = "e"\nsource = "MoH"\nreported_at = "{Date}"\nfigures = { Deaths = "killed", Injured = "injured" }\n',
        encoding="utf-8",
    )
    first, second = tmp_path / "v1.csv", tmp_path / "v2.csv"
    first.write_text("Date,Deaths,Injured\n2024-12-24,12,3\n", encoding="utf-8")
    second.write_text("Date,Deaths,Injured\n2024-12-24,14,\n", encoding="utf-8")
    store = tmp_path / "log.jsonl"
    assert main(["sync", str(store), str(first), "--mapping", str(mapping), "--at", T1]) == 0
    assert main(["sync", str(store), str(second), "--mapping", str(mapping), "--at", T2]) == 0
    out = capsys.readouterr().out
    assert "1 row read; 2 added" not in out  # rows are the figures the mapping reads, one per cell
    assert "2 rows read; 2 added" in out
    assert "1 corrected, 1 withdrawn" in out
    assert "1 blank cell in the table" in out
    with_mapping = CasualtyLog()
    with_mapping.extend(json.loads(line) for line in store.read_text(encoding="utf-8").splitlines())
    assert with_mapping.resolve("e", "killed", known_at=T1).best == 12
    assert with_mapping.resolve("e", "killed").best == 14
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Deaths\n2024-12-24,many\n", encoding="utf-8")
    assert main(["sync", str(store), str(bad), "--mapping", str(mapping), "--at", T3]) == 1
    assert str(bad) in capsys.readouterr().err


def test_diff_at_one_day_of_a_dated_series() -> None:
    log = _log()
    day = {"event": "g", "metric": "killed"}
    sync(
        log,
        [day | {"reported_at": "2023-10-07", "figure": "232"}, day | {"reported_at": "2023-10-08", "figure": "370"}],
        source="MoH",
        at=T1,
    )
    sync(
        log,
        [day | {"reported_at": "2023-10-07", "figure": "198"}, day | {"reported_at": "2023-10-08", "figure": "370"}],
        source="MoH",
        at=T2,
    )
    assert diff(log, T1, T2) == ()  # the running total's latest day did not change
    (row,) = diff(log, T1, T2, at="2023-10-07")
    assert (row.best_before, row.best_after) == (232, 198)


def test_sync_takes_the_claims_of_a_table_mapping() -> None:
    from casualtylog.formats.mapping import claims_from_rows  # noqa: PLC0415 - the tables branch's reader

    mapping = {"event": "e", "source": "MoH", "reported_at": "{Date}", "figures": {"Deaths": "killed"}}
    log = _log()
    v1 = claims_from_rows([{"Date": "2024-12-24", "Deaths": "12"}], mapping)
    v2 = claims_from_rows([{"Date": "2024-12-24", "Deaths": "14"}], mapping)
    assert sync(log, list(v1), source="MoH", at=T1).added == 1
    assert sync(log, list(v2), source="MoH", at=T2).corrected == 1
    assert log.resolve("e", "killed", known_at=T1).best == 12
