"""Issue 16, the store's items: nothing a claim does may wedge a store; tampering is found.

Each test is named after the issue's item it checks (1, 9, 11, 13).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from casualtylog import Claim, ClaimFormatError, StoreError
from casualtylog.cli import main
from casualtylog.formats.files import add_claims
from casualtylog.formats.jsonl import read_jsonl
from casualtylog.store import SCHEMA_VERSION, StoreCorruptError, _chain, open_store
from casualtylog.store._codec import encode
from tests.store_v1 import make_v1_store

#: The exact input of item 1: a figure object whose word does not round-trip through text.
ITEM1_LINE = (
    '{"event":"e","metric":"killed","source":"s","reported_at":"2025-01-01",'
    '"figure":{"qualifier":"vague","low":5,"word":"Dozens"}}'
)
#: What casualtylog before issue 16 stored for that line (its record, verbatim but for recorded_at).
ITEM1_OLD_RECORD = (
    '{"event":"e","metric":"killed","figure":"Dozens (at least 5)","source":"s",'
    '"reported_at":"2025-01-01T00:00:00Z","reported_precision":"day",'
    '"recorded_at":"2025-06-01T10:00:00.000000Z","id":"77b27a5bd6b27af0"}'
)
ITEM1_OLD_ROW = (
    "77b27a5bd6b27af0",
    "e",
    "killed",
    None,
    "2025-01-01T00:00:00.000000Z",
    "2025-01-02T00:00:00.000000Z",
    "2025-06-01T10:00:00.000000Z",
    ITEM1_OLD_RECORD,
)


def rec(event: str, figure: str, source: str = "s", at: str = "2025-01-01T10:00Z") -> dict[str, str]:
    return {"event": event, "metric": "killed", "figure": figure, "source": source, "reported_at": at}


def row_of(claim: Claim) -> tuple[str, str, str, str | None, str, str, str, str]:
    return encode(claim)


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """The file as another program (or someone covering their tracks) opens it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def drop_guards(conn: sqlite3.Connection) -> None:
    for trigger in ("claims_no_update", "claims_no_delete", "claims_no_replace"):
        conn.execute(f"DROP TRIGGER {trigger}")


def kinds(path: Path, **kwargs: Any) -> set[str]:
    with open_store(path, create=False, lazy=True) as log:
        return set(log.verify(**kwargs).kinds)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store where the ministry's 12 is best, then a blogger's 3 and an unrelated count."""
    path = tmp_path / "claims.db"
    with open_store(path) as log:
        log.add(rec("strike", "10", "Ministry", "2025-01-01T09:00Z"))
        log.add(rec("strike", "12", "Ministry", "2025-01-01T12:00Z"))
        log.add(rec("strike", "3", "Blogger", "2025-01-01T08:00Z"))
        log.add(rec("other", "7"))
        assert log.resolve("strike", "killed").best == 12
        assert log.verify().ok
    return path


# -- item 1: a claim the store accepted never stops it opening ------------------------------


def test_item1_object_figure_never_bricks_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(ITEM1_LINE + "\n", encoding="utf-8")
    target = tmp_path / "p.db"
    code = main(["add", str(target), str(source)])
    err = capsys.readouterr().err
    if code == 0:  # accepted: then it must read back, now and on every later open
        with open_store(target, create=False) as log:
            assert len(log) == 1
            assert log.problems == ()
        assert main(["resolve", str(target)]) == 0
    else:  # refused: clearly, naming the figure, and nothing was stored
        assert code == 1
        assert "figure" in err
        assert "Traceback" not in err
        with open_store(target) as log:
            assert len(log) == 0
    assert main(["verify", str(target)]) == 0


def test_item1_object_figure_never_bricks_a_jsonl_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(ITEM1_LINE + "\n", encoding="utf-8")
    target = tmp_path / "p.jsonl"
    target.write_text(json.dumps(rec("other", "7")) + "\n", encoding="utf-8")
    before = target.read_bytes()
    code = main(["add", str(target), str(source)])
    capsys.readouterr()
    if code != 0:
        assert target.read_bytes() == before
    assert len(list(read_jsonl(target))) == (2 if code == 0 else 1)  # every line reads back
    assert main(["add", str(target), str(source)]) == code  # and the file takes more adds as before


def _to_record_that_does_not_read_back(self: Claim) -> dict[str, Any]:
    record = ORIGINAL_TO_RECORD(self)
    if self.event == "bad":
        record["figure"] = "4"  # as a figure object whose text says something else would
    return record


ORIGINAL_TO_RECORD = Claim.to_record


@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
def test_item1_a_record_that_would_not_read_back_is_refused_before_insert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool
) -> None:
    path = tmp_path / "claims.db"
    with open_store(path, lazy=lazy) as log:
        log.add(rec("good", "1"))
        monkeypatch.setattr(Claim, "to_record", _to_record_that_does_not_read_back)
        with pytest.raises(ClaimFormatError) as info:
            log.extend([rec("good", "2"), rec("bad", "3")])
        monkeypatch.undo()
        assert info.value.field == "figure"
        assert "reads back as Figure.exact(4)" in str(info.value)
        assert "nothing was written" in str(info.value)
        assert len(log) == 1  # the whole batch was refused, the stored claim kept
    with open_store(path) as log:
        assert [str(c.figure) for c in log] == ["1"]
        assert log.verify().ok


def test_item1_a_record_that_would_not_read_back_is_refused_for_jsonl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "claims.jsonl"
    add_claims(target, [Claim.model_validate(rec("good", "1"))])
    before = target.read_bytes()
    monkeypatch.setattr(Claim, "to_record", _to_record_that_does_not_read_back)
    with pytest.raises(ClaimFormatError, match="figure"):
        add_claims(target, [Claim.model_validate(rec("bad", "3"))])
    monkeypatch.undo()
    assert target.read_bytes() == before


@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
def test_item1_an_older_store_holding_such_a_record_still_opens(tmp_path: Path, lazy: bool) -> None:
    path = tmp_path / "old.db"
    good = Claim.model_validate(rec("other", "7") | {"recorded_at": "2025-06-01T09:00Z"})
    make_v1_store(path, [row_of(good), ITEM1_OLD_ROW])
    with open_store(path, create=False, lazy=lazy) as log:
        assert log.resolve("other", "killed").best == 7  # queries are not wedged
        readable = "77b27a5bd6b27af0" in {c.id for c in log}
        if not readable:  # the row is reported by its seq, not fatal
            log.counts()
            log.resolve_all()
            assert [(p.kind, p.seq) for p in log.problems] == [("record", 2)]
            assert "row 2" in str(log.problems[0])
            assert any("row 2" in f.message for f in log.check())
        report = log.verify()
    assert report.rows == 2
    assert {p.seq for p in report.problems} <= {2}
    assert report.ok == readable


def test_item1_a_row_changed_outside_casualtylog_still_raises(store: Path) -> None:
    with raw(store) as conn:
        drop_guards(conn)
        conn.execute("UPDATE claims SET record = replace(record, '\"12\"', '\"120\"') WHERE seq = 2")
    with pytest.raises(StoreCorruptError, match="row 2 of table 'claims' is not a valid claim"):
        open_store(store)


# -- item 9: a verifiable chain ---------------------------------------------------------------


def test_item9_deleted_best_row_detected(store: Path) -> None:
    with raw(store) as conn:
        drop_guards(conn)
        conn.execute("DELETE FROM claims WHERE seq = 2")  # the ministry's 12, which set best
    with open_store(store, create=False) as log:
        assert log.resolve("strike", "killed").best == 10  # the answer changed…
        report = log.verify()
    assert not report.ok  # …and verify says so
    assert {"gap", "chain", "guard"} <= report.kinds
    assert any(p.kind == "gap" and p.seq == 3 and "row 2 is missing" in p.message for p in report.problems)
    assert main(["verify", str(store)]) == 1


def test_item9_deleted_last_row_detected(store: Path) -> None:
    with raw(store) as conn:
        drop_guards(conn)
        conn.execute("DELETE FROM claims WHERE seq = 4")
    assert "head" in kinds(store)


def test_item9_consistent_forgery_detected(store: Path) -> None:
    with raw(store) as conn:
        (record,) = conn.execute("SELECT record FROM claims WHERE seq = 2").fetchone()
        forged = Claim.model_validate(json.loads(record) | {"figure": "1200", "id": ""})
        drop_guards(conn)
        conn.execute(
            "UPDATE claims SET id = ?, record = ? WHERE seq = 2",
            (forged.id, json.dumps(forged.to_record(), ensure_ascii=False, separators=(",", ":"))),
        )
    with open_store(store, create=False) as log:
        assert log.resolve("strike", "killed").best == 1200  # the forgery reads as a valid claim…
        report = log.verify()
    assert any(p.kind == "chain" and p.seq == 2 for p in report.problems)  # …but breaks the chain
    assert "record" not in report.kinds


def test_item9_backdated_insert_detected(store: Path) -> None:
    # Said before it was (falsely) recorded, so that it is a plausible claim that changes
    # the answer at known_at, not a future-dated one the engine would leave out anyway.
    fake = Claim.model_validate(
        rec("strike", "500", "Ministry", "2023-12-31T13:00Z") | {"recorded_at": "2024-01-01T00:00Z"}
    )
    with raw(store) as conn:
        conn.execute(
            "INSERT INTO claims (id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            row_of(fake),
        )
    with open_store(store, create=False) as log:
        assert log.resolve("strike", "killed", known_at="2024-06-01T00:00Z").best == 500
        report = log.verify()
    assert any(p.kind == "chain" and p.seq == 5 for p in report.problems)
    assert "head" in report.kinds


def test_item9_backdated_insert_with_a_correct_hash_is_caught_by_a_noted_head(store: Path) -> None:
    with open_store(store, create=False) as log:
        noted = log.verify().head
    assert noted is not None
    fake = Claim.model_validate(
        rec("strike", "500", "Ministry", "2025-01-01T13:00Z") | {"recorded_at": "2024-01-01T00:00Z"}
    )
    with raw(store) as conn:  # a forger who knows the chain rebuilds it from row 2 on, and the noted head
        drop_guards(conn)
        rows = conn.execute(
            "SELECT seq, id, event, metric, grp, reported_at_utc, available_at_utc,"
            " recorded_at_utc, record FROM claims ORDER BY seq"
        ).fetchall()
        conn.execute("DELETE FROM claims WHERE seq >= 2")
        previous = conn.execute("SELECT hash FROM claims WHERE seq = 1").fetchone()[0]
        for seq, row in enumerate([row_of(fake), *[r[1:] for r in rows[1:]]], start=2):
            previous = _chain.link(previous, seq, row)
            conn.execute("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (seq, *row, previous))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head'", (f"{seq}:{previous}",))
    assert kinds(store) == {"guard"}  # only the dropped triggers show…
    assert "head" in kinds(store, head=noted)  # …until the head noted elsewhere is checked
    assert main(["verify", str(store), "--head", noted]) == 1


def test_item9_edited_id_column_detected(store: Path) -> None:
    with raw(store) as conn:
        drop_guards(conn)
        conn.execute("UPDATE claims SET id = '0000000000000000' WHERE seq = 2")
    report_kinds = kinds(store)
    assert {"chain", "columns"} <= report_kinds
    with open_store(store, create=False, lazy=True) as log, pytest.raises(StoreCorruptError, match="row 2"):
        log.get("0000000000000000")


@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
def test_item9_edited_event_column_detected(store: Path, lazy: bool) -> None:
    with raw(store) as conn:
        drop_guards(conn)
        conn.execute("UPDATE claims SET event = 'other' WHERE seq = 2")  # moves the 12 into another count
    with open_store(store, create=False, lazy=lazy) as log:
        with pytest.raises(StoreCorruptError, match="row 2 of table 'claims' was selected by its columns"):
            log.visible_claims("other", "killed")
        if lazy:  # the lazy store answers from the columns: it checks each row it reads
            with pytest.raises(StoreCorruptError, match="row 2"):
                log.resolve("other", "killed")
            with pytest.raises(StoreCorruptError, match="row 2"):
                log.resolve_all()
        report = log.verify()
    assert any(p.kind == "columns" and p.seq == 2 and "column event" in p.message for p in report.problems)
    assert any(p.kind == "chain" and p.seq == 2 for p in report.problems)


def test_item9_dropped_triggers_are_reported_on_open(store: Path) -> None:
    with raw(store) as conn:
        conn.execute("DROP TRIGGER claims_no_delete")
    with open_store(store, create=False) as log:
        assert [p.kind for p in log.problems] == ["guard"]
        assert "trigger claims_no_delete is missing" in str(log.problems[0])
        assert any("claims_no_delete" in f.message for f in log.check())
        assert log.verify().kinds == {"guard"}


def test_item9_quick_check_runs_in_verify(store: Path) -> None:
    with open_store(store, create=False) as log:
        conn = log._conn
        assert conn is not None
        calls: list[str] = []
        conn.set_trace_callback(calls.append)
        assert log.verify(records=False).ok
        assert any("quick_check" in c for c in calls)
        assert log.verify().ok
    assert any("integrity_check" in c for c in calls)


def test_item9_a_version_1_store_is_migrated_with_a_chain(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    claims = [Claim.model_validate(rec("e", str(n)) | {"recorded_at": f"2025-06-0{n}T00:00Z"}) for n in range(1, 4)]
    make_v1_store(path, [row_of(c) for c in claims])
    with open_store(path, create=False) as log:
        assert list(log) == claims
        report = log.verify()
        assert report.ok, str(report)
        assert report.rows == 3
        log.add(rec("e", "4"))
        assert log.verify().ok
    with raw(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE claims SET event = 'x'")  # the guard is back after the migration


def test_item9_verify_walks_a_thousand_rows_and_reports_the_head(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "claims.db"
    with open_store(path) as log:
        log.extend(rec(f"e{n % 50}", str(n)) for n in range(1000))
        report = log.verify()
    assert report.ok
    assert report.rows == 1000
    assert report.head is not None
    assert report.head.startswith("1000:")
    assert main(["verify", str(path), "--head", report.head]) == 0
    out = capsys.readouterr().out
    assert f"head {report.head}" in out
    assert "OK" in out
    assert main(["verify", str(path), "--head", "nonsense"]) == 2


# -- item 11: a store without its tables is a StoreError ---------------------------------------


def _casualtylog_ids(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    conn.execute("PRAGMA application_id = 1667330933")
    conn.execute(f"PRAGMA user_version = {version}")


@pytest.mark.parametrize(
    ("make", "missing"),
    [
        (lambda c: c.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"), "no table 'claims'"),
        (lambda c: c.execute("CREATE TABLE claims (seq INTEGER PRIMARY KEY, id TEXT)"), "no table 'meta'"),
        (
            lambda c: (
                c.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                c.execute("CREATE TABLE claims (seq INTEGER PRIMARY KEY, id TEXT, record TEXT)"),
            ),
            "missing columns event, metric",
        ),
    ],
    ids=["no claims table", "no meta table", "wrong columns"],
)
def test_item11_an_application_id_without_the_tables_is_a_store_error(
    tmp_path: Path, make: Any, missing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.db"
    with raw(path) as conn:
        make(conn)
        _casualtylog_ids(conn)
    before = path.read_bytes()
    for lazy in (False, True):
        with pytest.raises(StoreError) as info:
            open_store(path, lazy=lazy)
        assert isinstance(info.value, StoreCorruptError)
        assert str(path) in str(info.value)
        assert missing in str(info.value)
    assert main(["resolve", str(path)]) == 1
    assert missing in capsys.readouterr().err
    assert path.read_bytes() == before


# -- item 13: appends cost what is appended ---------------------------------------------------


class Counted:
    """Wraps a function and counts its calls (work done, instead of time taken)."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.fn(*args, **kwargs)


def lines_parsed(monkeypatch: pytest.MonkeyPatch) -> Counted:
    import casualtylog.formats.jsonl as jsonl  # noqa: PLC0415 - patched where the reader looks it up

    counted = Counted(jsonl.parse_line)
    monkeypatch.setattr(jsonl, "parse_line", counted)
    return counted


def test_item13_jsonl_append_reads_only_what_was_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "claims.jsonl"
    assert add_claims(target, [rec(f"e{n}", "1") for n in range(500)]) == 500  # type: ignore[misc]
    parsed = lines_parsed(monkeypatch)
    assert add_claims(target, [rec("new", "2")]) == 1  # type: ignore[list-item]
    assert parsed.calls == 0  # not one of the 500 lines was read again
    assert add_claims(target, [rec("e7", "1"), rec("new", "2")]) == 0  # type: ignore[list-item]
    assert parsed.calls == 0  # idempotent all the same: the ids come from the index
    with target.open("a", encoding="utf-8") as other_program:  # lines added without casualtylog
        other_program.write(json.dumps(rec("hand", "3")) + "\n")
    assert add_claims(target, [rec("hand", "3"), rec("later", "4")]) == 1  # type: ignore[list-item]
    assert parsed.calls == 1  # only the line added behind the index's back
    ids = [c.id for c in read_jsonl(target)]
    assert len(ids) == len(set(ids)) == 503


@pytest.mark.parametrize(
    "change",
    ["delete the index", "damage the index", "rewrite the file", "truncate the file", "edit in place"],
)
def test_item13_jsonl_index_is_rebuilt_when_it_does_not_match(tmp_path: Path, change: str) -> None:
    from casualtylog.formats._append import index_path  # noqa: PLC0415 - the index is private

    target = tmp_path / "claims.jsonl"
    add_claims(target, [rec(f"e{n}", "1") for n in range(20)])  # type: ignore[misc]
    lines = target.read_bytes().splitlines(keepends=True)
    if change == "delete the index":
        index_path(target).unlink()
    elif change == "damage the index":
        index_path(target).write_bytes(b"not a database" * 100)
    elif change == "rewrite the file":  # a new inode, as editors and save_jsonl do
        replacement = tmp_path / "new.jsonl"
        replacement.write_bytes(b"".join(lines[:10]))
        replacement.replace(target)
    elif change == "truncate the file":
        with target.open("r+b") as handle:
            handle.truncate(len(b"".join(lines[:10])))
    else:  # same size, same inode, other content: the last line is another claim
        other = json.dumps(rec("zz", "9"), separators=(",", ":")).encode()
        target.write_bytes(b"".join(lines[:19]) + other.ljust(len(lines[19]) - 1) + b"\n")
    expected = {c.id for c in read_jsonl(target)}
    batch = [Claim.model_validate(rec(f"e{n}", "1")) for n in range(20)]
    added = add_claims(target, batch)
    assert added == len({c.id for c in batch} - expected)
    ids = [c.id for c in read_jsonl(target)]
    assert len(ids) == len(set(ids))
    assert set(ids) == expected | {c.id for c in batch}


def test_item13_jsonl_append_without_a_writable_index_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casualtylog.formats._append as append  # noqa: PLC0415 - the index is private

    target = tmp_path / "claims.jsonl"
    add_claims(target, [rec("a", "1")])  # type: ignore[list-item]
    monkeypatch.setattr(append, "index_path", lambda path: tmp_path / "missing-dir" / "index")
    assert add_claims(target, [rec("a", "1"), rec("b", "2")]) == 1  # type: ignore[list-item]  # full read, as before
    assert len(list(read_jsonl(target))) == 2


def test_item13_store_add_does_not_load_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import casualtylog.store._codec as codec  # noqa: PLC0415 - patched where the store looks it up
    import casualtylog.store.eager as eager  # noqa: PLC0415 - likewise

    target = tmp_path / "claims.db"
    assert add_claims(target, [rec(f"e{n}", "1") for n in range(500)]) == 500  # type: ignore[misc]
    decoded = Counted(codec.decode)
    monkeypatch.setattr(eager, "decode", decoded)
    source = tmp_path / "more.jsonl"
    source.write_text(json.dumps(rec("new", "2")) + "\n" + json.dumps(rec("e3", "1")) + "\n", encoding="utf-8")
    assert main(["add", str(target), str(source)]) == 0
    assert "added 1 new claim" in capsys.readouterr().out  # e3 was there already: skipped by its id
    assert decoded.calls <= 1  # at most the claim that was already stored, read back to return it
    with open_store(target, create=False) as log:
        assert len(log) == 501
        assert log.verify().ok


@pytest.mark.parametrize(
    "script",
    [
        ["appends.py", "--sizes", "300", "--appends", "2", "--batch", "3", "--markdown"],
        ["verify_store.py", "--sizes", "300"],
    ],
    ids=["appends", "verify"],
)
def test_item13_item9_benchmarks_run(tmp_path: Path, script: list[str]) -> None:
    """The benchmark scripts behind the numbers in the docs run (tiny sizes; nothing timed here)."""
    import subprocess  # noqa: PLC0415 - only this test starts processes
    import sys  # noqa: PLC0415 - likewise

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, str(root / "benchmarks" / script[0]), *script[1:]],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "ratio" in result.stdout or "baseline" in result.stdout


def test_item9_an_index_that_disagrees_with_the_table_is_found(store: Path) -> None:
    with raw(store) as conn:  # index entries that no longer match their rows, as a flipped bit in an index page
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, '(recorded_at_utc)', '(reported_at_utc)')"
            " WHERE name = 'claims_by_recorded'"
        )
    assert "sqlite" not in kinds(store, records=False)  # quick_check does not compare indexes with the table
    assert "sqlite" in kinds(store)  # the full verify runs integrity_check, which does


def test_item9_check_on_the_command_line_shows_store_problems(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with raw(store) as conn:
        conn.execute("DROP TRIGGER claims_no_update")
    assert main(["check", str(store), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "[warning] anomaly: store: [guard] trigger claims_no_update is missing" in out
    assert main(["check", str(store), "--format", "json"]) == 0
    assert '"severity":"warning"' in capsys.readouterr().out
