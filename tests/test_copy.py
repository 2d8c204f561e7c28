"""``casualtylog copy SRC DST`` (issue 15 item 3): JSON Lines and stores in any direction, ids,
``recorded_at`` and events kept, resumable, progress on a terminal."""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from casualtylog import CasualtyLog, Claim
from casualtylog.cli import main
from casualtylog.formats.events import read_events_jsonl, write_events_jsonl
from casualtylog.formats.jsonl import read_jsonl, save_jsonl
from casualtylog.store import open_store
from casualtylog.store.copy import copy_log
from casualtylog.worked_example import kyiv_claims
from tests.strategies import claim_lists

EVENTS: list[dict[str, Any]] = [
    {"id": "kyiv-2025-04-24", "when": "2025-04-23"},
    {"id": "kyiv-2025-04-24", "when": "2025-04-24", "kind": "attack"},  # a revision: a second version
    {"id": "ukraine-2025-04", "parts_complete": False},
]


def stamped_claims() -> list[Claim]:
    """The worked example as a store holds it: every claim with its recorded_at."""
    log = CasualtyLog(kyiv_claims())
    return list(log)


def a_store(path: Path, claims: list[Claim], *, events: bool = True) -> None:
    with open_store(path) as log:
        log.extend(claims)
        if events:
            for event in EVENTS:
                log.add_event(event)


def stored(target: Path | str) -> list[Claim]:
    target = str(target)
    if target.endswith(".jsonl"):
        return list(read_jsonl(target))
    with CasualtyLog.open(target, create=False, lazy=True) as log:
        return list(log)


def declarations(target: Path) -> list[dict[str, object]]:
    with open_store(target, create=False) as log:
        return [event.record() for _, event in log._store.read_events()]


def test_copy_jsonl_to_sqlite(tmp_path: Path) -> None:
    claims = stamped_claims()
    save_jsonl(claims, tmp_path / "src.jsonl")
    write_events_jsonl([CasualtyLog().add_event(e) for e in EVENTS], tmp_path / "events.jsonl")
    done = copy_log(str(tmp_path / "src.jsonl"), str(tmp_path / "dst.db"), source_events=str(tmp_path / "events.jsonl"))
    assert (done.read, done.added, done.events_read, done.events_added) == (13, 13, 3, 3)
    assert stored(tmp_path / "dst.db") == claims  # same ids, same recorded_at, same order
    with open_store(tmp_path / "dst.db", create=False) as log:
        assert len(log.event_registry.versions("kyiv-2025-04-24")) == 2


def test_copy_sqlite_to_jsonl(tmp_path: Path) -> None:
    claims = stamped_claims()
    a_store(tmp_path / "src.db", claims)
    done = copy_log(
        str(tmp_path / "src.db"), str(tmp_path / "dst.jsonl"), destination_events=str(tmp_path / "dst-events.jsonl")
    )
    assert (done.read, done.added, done.events_added) == (13, 13, 3)
    assert stored(tmp_path / "dst.jsonl") == claims
    assert [e.record() for e in read_events_jsonl(tmp_path / "dst-events.jsonl")] == declarations(tmp_path / "src.db")
    again = copy_log(
        str(tmp_path / "src.db"), str(tmp_path / "dst.jsonl"), destination_events=str(tmp_path / "dst-events.jsonl")
    )
    assert (again.added, again.events_added) == (0, 0)
    assert len(stored(tmp_path / "dst.jsonl")) == 13


def test_copy_sqlite_to_sqlite_keeps_events_and_their_versions(tmp_path: Path) -> None:
    claims = stamped_claims()
    a_store(tmp_path / "src.db", claims)
    done = copy_log(str(tmp_path / "src.db"), f"sqlite:///{tmp_path / 'dst.db'}")
    assert (done.added, done.events_added) == (13, 3)
    assert stored(tmp_path / "dst.db") == claims
    assert declarations(tmp_path / "dst.db") == declarations(tmp_path / "src.db")
    with open_store(tmp_path / "src.db") as src, open_store(tmp_path / "dst.db") as dst:
        assert dst.resolve_all() == src.resolve_all()
        assert dst.verify().ok
    again = copy_log(str(tmp_path / "src.db"), str(tmp_path / "dst.db"))
    assert (again.added, again.events_added) == (0, 0)
    assert declarations(tmp_path / "dst.db") == declarations(tmp_path / "src.db")


def test_copy_jsonl_to_jsonl(tmp_path: Path) -> None:
    claims = stamped_claims()
    save_jsonl(claims, tmp_path / "src.jsonl")
    assert copy_log(str(tmp_path / "src.jsonl"), str(tmp_path / "dst.jsonl")).added == 13
    assert (tmp_path / "dst.jsonl").read_bytes() == (tmp_path / "src.jsonl").read_bytes()


@pytest.mark.parametrize(("src", "dst"), [("jsonl", "db"), ("db", "db"), ("db", "jsonl")])
def test_an_interrupted_copy_resumes_with_only_what_is_missing(tmp_path: Path, src: str, dst: str) -> None:
    claims = stamped_claims()
    prefix, whole = tmp_path / f"prefix.{src}", tmp_path / f"whole.{src}"
    for path, some in ((prefix, claims[:6]), (whole, claims)):
        if src == "jsonl":
            save_jsonl(some, path)
        else:
            a_store(path, some, events=False)
    target = str(tmp_path / f"dst.{dst}")
    assert copy_log(str(prefix), target).added == 6  # as if the copy of `whole` stopped after 6 claims
    done = copy_log(str(whole), target, batch=4)
    assert (done.read, done.added) == (13, 7)
    assert stored(target) == claims


def test_a_bad_claim_stops_the_copy_after_the_batches_before_it(tmp_path: Path) -> None:
    claims = stamped_claims()
    save_jsonl(claims, tmp_path / "src.jsonl")
    with (tmp_path / "src.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"event": "e", "metric": "killed", "figure": "-3", "source": "s", "reported_at": "2025-01-01"}\n')
    assert main(["copy", str(tmp_path / "src.jsonl"), str(tmp_path / "dst.db"), "--batch", "5"]) == 1
    assert stored(tmp_path / "dst.db") == claims[:10]  # two whole batches; the third held the bad line
    save_jsonl(claims, tmp_path / "fixed.jsonl")
    assert copy_log(str(tmp_path / "fixed.jsonl"), str(tmp_path / "dst.db")).added == 3


def test_the_command_prints_what_it_copied_and_shows_progress_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_store(tmp_path / "src.db", stamped_claims())
    assert main(["copy", str(tmp_path / "src.db"), str(tmp_path / "dst.jsonl")]) == 0
    out, err = capsys.readouterr()
    assert out == (
        f"copied 13 claims from {tmp_path / 'src.db'} to {tmp_path / 'dst.jsonl'}: 13 new, 0 there already; "
        "3 event declarations, 0 new\n"
    )
    assert err == "Note: 3 event declarations not copied: pass --destination-events FILE to keep them\n"
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["copy", str(tmp_path / "src.db"), str(tmp_path / "dst.db"), "--batch", "5"]) == 0
    err = capsys.readouterr().err
    assert "\rcopying: 5 of 13 claims…" in err
    assert "\rcopying: 13 of 13 claims…" in err


def test_the_command_refuses_to_copy_a_file_onto_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_store(tmp_path / "src.db", stamped_claims()[:2])
    assert main(["copy", str(tmp_path / "src.db"), str(tmp_path / "src.db")]) == 2
    assert "SRC and DST are the same" in capsys.readouterr().err


def test_a_postgresql_url_needs_the_extra_and_no_password_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if importlib.util.find_spec("casualtylog.store.postgres") is not None:
        pytest.skip("the PostgreSQL store is installed: tests/test_store_contract.py runs it")
    a_store(tmp_path / "src.db", stamped_claims()[:2])
    assert main(["copy", str(tmp_path / "src.db"), "postgresql://analyst:s3cret@127.0.0.1:1/crisis"]) == 1
    err = capsys.readouterr().err
    assert "pip install 'casualtylog[postgres]'" in err
    assert "s3cret" not in err


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=claim_lists(max_size=10))
def test_property_jsonl_to_store_to_jsonl_round_trips(claims: list[Claim]) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        save_jsonl(claims, folder / "a.jsonl")
        copy_log(str(folder / "a.jsonl"), str(folder / "b.db"), batch=3)
        copy_log(str(folder / "b.db"), str(folder / "c.jsonl"), batch=4)
        assert stored(folder / "b.db") == claims
        assert (folder / "c.jsonl").read_bytes() == (folder / "a.jsonl").read_bytes()
    finally:
        shutil.rmtree(folder)
