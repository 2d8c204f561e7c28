"""The quality leftovers (cleanup session 2): each test is named after its item.

Item 1 (modules split by concept), item 2 (instants, not wall clocks), item 3
(the bulk cache shared by threads), item 4 (frames of numbers without provenance).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog.store.memory import MemoryStore

KYIV = ZoneInfo("Europe/Kyiv")


def _claim(reported_at: datetime, **more: Any) -> Claim:
    return Claim.model_validate(
        {"event": "kyiv", "metric": "killed", "figure": "12", "source": "KMVA", "reported_at": reported_at} | more
    )


# -- item 1: modules over ~400 lines split by concept ---------------------------------------
PACKAGE = Path(__file__).resolve().parent.parent / "casualtylog"
SPLIT = {
    "log.py": ("log_writing.py", "log_resolving.py"),
    "resolve/engine.py": ("resolve/chrono.py", "resolve/links.py"),
    "display/html.py": ("display/_cells.py",),
    "display/plot.py": ("display/_plot_data.py",),
    "display/report.py": ("display/_report_style.py",),
    "display/frames.py": ("display/resolution_frame.py", "display/_frame_columns.py"),
}


@pytest.mark.parametrize("module", sorted({m for pair in SPLIT.items() for m in (pair[0], *pair[1])}))
def test_item1_split_modules_stay_under_400_lines(module: str) -> None:
    lines = (PACKAGE / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{module} has {lines} lines"


def test_item1_names_still_import_from_their_old_homes() -> None:
    from casualtylog import log, log_writing  # noqa: PLC0415
    from casualtylog.display import _cells, html, resolution_frame  # noqa: PLC0415
    from casualtylog.display import frames as display_frames  # noqa: PLC0415
    from casualtylog.resolve import chrono, engine  # noqa: PLC0415

    assert log.RECORDED_AT_TOLERANCE is log_writing.RECORDED_AT_TOLERANCE
    assert log.ClaimInput is log_writing.ClaimInput
    assert (engine.chrono_key, engine.visible, engine.ChronoKey) == (
        chrono.chrono_key,
        chrono.visible,
        chrono.ChronoKey,
    )
    assert engine._ambiguous is chrono._ambiguous  # casualtylog.timeline imports it from the engine
    assert (html.inert, html.QUOTE_CHARS) == (_cells.inert, _cells.QUOTE_CHARS)
    assert display_frames.resolutions_frame is resolution_frame.resolutions_frame
    public = ("add", "extend", "get", "counts", "claims_about", "resolve", "resolve_all", "history", "check")
    assert all(name in vars(log.CasualtyLog) for name in public)  # the public methods did not move


def test_item1_resolve_all_unchanged_by_the_split_without_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    # LogResolving._resolutions lists counts from the index as counts() does: same answer, count by count.
    from casualtylog import bulk  # noqa: PLC0415

    log = _mixed_log()
    with_bulk = [(str(r.count), r.best, r.low, r.high) for r in log.resolve_all()]
    monkeypatch.setattr(bulk, "available", lambda: False)
    assert [(str(r.count), r.best, r.low, r.high) for r in log.resolve_all()] == with_bulk
    listed = [r.count for r in log.resolve_all()]
    assert listed == [c for c in log.counts() if c in set(listed)]  # in the order counts() sorts them


# -- item 2: instants, not wall clocks --------------------------------------------------
def test_item2_memory_store_visible_at_compares_instants_across_spring_forward() -> None:
    # 03:30 on 30 March 2025 does not exist in Kyiv: read at +02:00 it is 01:30Z, after 04:00 (+03:00, 01:00Z).
    said = _claim(datetime(2025, 3, 30, 3, 30, tzinfo=KYIV))
    at = datetime(2025, 3, 30, 4, 0, tzinfo=KYIV)
    assert said.available_at.tzinfo is at.tzinfo  # one zone object: Python would compare wall clocks
    store = MemoryStore()
    store.append([said], lambda: datetime(2025, 4, 1, tzinfo=UTC))
    assert store.claims_of(said.count, at=at) == []
    assert dict(store.visible(at=at)) == {}
    later = at + timedelta(hours=1)
    assert [c.id for c in store.claims_of(said.count, at=later)] == [said.id]


def test_item2_memory_store_visible_at_compares_instants_across_fall_back() -> None:
    # 26 October 2025, Kyiv: 03:30 before the change (+03:00, 00:30Z) was said before 03:15 after it (+02:00, 01:15Z).
    said = _claim(datetime(2025, 10, 26, 3, 30, tzinfo=KYIV))
    at = datetime(2025, 10, 26, 3, 15, fold=1, tzinfo=KYIV)
    store = MemoryStore()
    store.append([said], lambda: datetime(2025, 11, 1, tzinfo=UTC))
    assert [c.id for c in store.claims_of(said.count, at=at)] == [said.id]
    assert list(dict(store.visible(at=at))) == [said.count]


def test_item2_memory_store_known_at_compares_instants() -> None:
    recorded = datetime(2025, 10, 26, 3, 30, tzinfo=KYIV)  # 00:30Z
    known_at = datetime(2025, 10, 26, 3, 15, fold=1, tzinfo=KYIV)  # 01:15Z: after it was recorded
    store = MemoryStore()
    (claim,) = store.append([_claim(datetime(2025, 10, 25, tzinfo=UTC))], lambda: recorded).claims
    assert claim.recorded_at == recorded
    assert [c.id for c in store.claims_of(claim.count, known_at=known_at)] == [claim.id]


def test_item2_memory_store_clock_runs_forward_in_instants() -> None:
    # The second reading is an hour of wall clock earlier but 45 minutes later in fact: it is kept.
    store = MemoryStore()
    first = datetime(2025, 10, 26, 3, 30, tzinfo=KYIV)
    second = datetime(2025, 10, 26, 3, 15, fold=1, tzinfo=KYIV)
    store.append([_claim(datetime(2025, 10, 25, tzinfo=UTC))], lambda: first)
    (claim,) = store.append([_claim(datetime(2025, 10, 25, tzinfo=UTC), figure="13")], lambda: second).claims
    assert claim.recorded_at is not None
    assert claim.recorded_at.astimezone(UTC) == second.astimezone(UTC)


def test_item2_dated_in_future_counts_real_hours_across_a_dst_change() -> None:
    # Recorded 11:00 on 25 October (+03:00, 08:00Z); said 10:30 on 26 October (+02:00, 08:30Z): 24.5 hours
    # later, past the one-day tolerance, though only 23.5 hours of wall clock apart.
    claim = _claim(datetime(2025, 10, 26, 10, 30, tzinfo=KYIV), recorded_at=datetime(2025, 10, 25, 11, 0, tzinfo=KYIV))
    assert claim.dated_in_future
    # And the other way round across spring forward: 24.5 hours of wall clock, 23.5 hours in fact.
    spring = _claim(datetime(2025, 3, 30, 11, 30, tzinfo=KYIV), recorded_at=datetime(2025, 3, 29, 11, 0, tzinfo=KYIV))
    assert not spring.dated_in_future


def test_item2_dated_in_future_claim_is_set_aside_by_resolve() -> None:
    log = CasualtyLog(clock=lambda: datetime(2025, 10, 25, 11, 0, tzinfo=KYIV))
    log.add(_claim(datetime(2025, 10, 26, 10, 30, tzinfo=KYIV)))
    resolution = log.resolve("kyiv", "killed")
    assert resolution.best is None
    assert len(resolution.future) == 1


def test_item2_log_refuses_future_recorded_at_by_instant() -> None:
    # The log's clock reads 03:15 after the fall-back change (01:15Z); a claim recorded at 03:30 before it
    # (00:30Z) is in the past, though its wall clock is later.
    log = CasualtyLog(clock=lambda: datetime(2025, 10, 26, 3, 15, fold=1, tzinfo=KYIV))
    recorded = datetime(2025, 10, 26, 3, 30, tzinfo=KYIV)
    added = log.add(_claim(datetime(2025, 10, 25, tzinfo=UTC), recorded_at=recorded))
    assert added.recorded_at == recorded


def test_item2_postgres_queries_and_their_check_agree_across_fall_back(pg_url: str) -> None:
    """The store selects by UTC columns and then checks each record against the query in Python:
    both must read the query as an instant, or the check calls a correct row corrupt. (Records
    are read back with fixed offsets, which Python already compares as instants: this test guards
    the instant comparison rather than failing before it.)"""
    pytest.importorskip("psycopg")
    from casualtylog.store.postgres import PostgresStore  # noqa: PLC0415 - the postgres extra

    said = _claim(datetime(2025, 10, 26, 3, 30, tzinfo=KYIV).astimezone(UTC))  # 00:30Z (a store keeps offsets)
    at = datetime(2025, 10, 26, 3, 15, fold=1, tzinfo=KYIV)  # 01:15Z, wall clock earlier
    before = datetime(2025, 10, 26, 3, 15, tzinfo=KYIV)  # 00:15Z
    with PostgresStore(pg_url, create=True) as store:
        (stored,) = store.append([said], lambda: datetime(2025, 10, 26, 1, 45, tzinfo=UTC)).claims
        assert [c.id for c in store.claims_of(said.count, at=at)] == [said.id]
        assert store.claims_of(said.count, at=before) == []
        recorded = stored.recorded_at
        assert recorded is not None
        known_at = recorded.astimezone(KYIV)  # the same instant in another zone
        assert [c.id for c in store.claims_of(said.count, known_at=known_at)] == [said.id]
        assert store.claims_of(said.count, known_at=known_at - timedelta(microseconds=1)) == []
        assert list(dict(store.visible(at=at))) == [said.count]


def test_item2_cross_count_findings_begin_at_the_instant_across_fall_back() -> None:
    from casualtylog.cross_timeline import cross_findings_over_time  # noqa: PLC0415

    said = {"event": "e", "source": "A", "metric": "killed"}
    log = CasualtyLog(
        [
            said | {"figure": "10", "reported_at": datetime(2025, 10, 26, 3, 30, tzinfo=KYIV)},  # 00:30Z
            said
            | {"group": "children", "figure": "12", "reported_at": datetime(2025, 10, 26, 3, 15, fold=1, tzinfo=KYIV)},
            said | {"figure": "15", "reported_at": datetime(2025, 10, 26, 3, 45, fold=1, tzinfo=KYIV)},  # 01:45Z
        ]
    )
    [span] = cross_findings_over_time(log)
    assert span.end is not None
    # The children's 12 (01:15Z) starts it, not the total's 10 said 45 minutes before.
    assert (span.begin.astimezone(UTC), span.end.astimezone(UTC)) == (
        datetime(2025, 10, 26, 1, 15, tzinfo=UTC),
        datetime(2025, 10, 26, 1, 45, tzinfo=UTC),
    )


def test_item2_findings_within_a_count_begin_at_the_instant_across_fall_back() -> None:
    from casualtylog.timeline import findings_over_time  # noqa: PLC0415

    said = {"event": "e", "metric": "killed"}
    log = CasualtyLog(
        [
            said | {"source": "A", "figure": "10", "reported_at": datetime(2025, 10, 26, 3, 30, tzinfo=KYIV)},  # 00:30Z
            said | {"source": "B", "figure": "3", "reported_at": datetime(2025, 10, 26, 3, 15, fold=1, tzinfo=KYIV)},
        ]
    )
    [span] = findings_over_time(log)
    assert span.kind == "conflict"
    assert span.begin.astimezone(UTC) == datetime(2025, 10, 26, 1, 15, tzinfo=UTC)  # when B's 3 was said


# -- item 3: the bulk engine's module caches shared by threads ----------------------------
@pytest.fixture
def busy_switching() -> Iterator[None]:
    # Threads swap as often as the interpreter allows, so that an unguarded cache would be caught mid-update.
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _log_of(name: str, counts: int) -> CasualtyLog:
    start = datetime(2025, 4, 24, tzinfo=UTC)
    return CasualtyLog(
        {"event": f"{name}-{i:03d}", "metric": "killed", "figure": str(i + 1), "source": "A", "reported_at": start}
        for i in range(counts)
    )


def test_item3_sorted_codes_cache_is_safe_when_another_thread_runs_between_any_two_lines() -> None:
    """Thread A stops at every line of ``_sorted_codes`` while thread B makes a whole call for
    another log: whatever line B cuts in at, A still gets its own log's codes. The interleaving
    is forced line by line (a trace function and two events), not left to timing."""
    pytest.importorskip("numpy")
    from casualtylog import bulk  # noqa: PLC0415 - needs numpy

    mine, theirs = bulk.log_columns(_log_of("mine", 9)), bulk.log_columns(_log_of("theirs", 23))
    expected = {id(cols): [code for _, code in cols.sorted_counts()] for cols in (mine, theirs)}
    code = bulk._sorted_codes.__code__
    b_go, b_done, stop = threading.Event(), threading.Event(), threading.Event()
    got: list[list[int]] = []
    wrong: list[str] = []
    cut_ins = [0]

    def let_b_run(frame: Any, event: str, _arg: object) -> Any:
        if frame.f_code is not code:
            return None
        if event == "line":
            b_go.set()
            b_done.wait(timeout=300)  # a safety net against a hang, not a timing check
            b_done.clear()
            cut_ins[0] += 1
        return let_b_run

    def thread_a() -> None:
        sys.settrace(let_b_run)
        try:
            for _ in range(3):  # the first call fills the cache, the others read it
                got.append(bulk._sorted_codes(mine).tolist())
        finally:
            sys.settrace(None)
            stop.set()
            b_go.set()

    def thread_b() -> None:
        while True:
            b_go.wait()
            b_go.clear()
            if stop.is_set():
                return
            if bulk._sorted_codes(theirs).tolist() != expected[id(theirs)]:
                wrong.append("B got another log's codes")
            b_done.set()

    threads = [threading.Thread(target=thread_a), threading.Thread(target=thread_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cut_ins[0] >= 6  # B really cut in, at each line of each call
    assert wrong == []
    assert got == [expected[id(mine)]] * 3


def test_item3_resolve_all_from_many_threads_matches_one_thread(busy_switching: None) -> None:
    pytest.importorskip("numpy")
    logs = [_log_of(f"log{k}", 3 + 5 * k) for k in range(6)]
    shared = _log_of("shared", 40)
    expected = {id(log): [(str(r.count), r.best) for r in log.resolve_all()] for log in [*logs, shared]}
    fresh_shared = _log_of("shared", 40)  # its columns are built by the threads, all at once
    expected[id(fresh_shared)] = expected.pop(id(shared))
    wrong: list[str] = []
    barrier = threading.Barrier(len(logs) * 2)

    def resolve(log: CasualtyLog) -> None:
        barrier.wait()
        for _ in range(30):
            got = [(str(r.count), r.best) for r in log.resolve_all()]
            if got != expected[id(log)]:
                wrong.append(f"{len(got)} results, expected {len(expected[id(log)])}")
                return

    threads = [threading.Thread(target=resolve, args=(log,)) for log in logs]
    threads += [threading.Thread(target=resolve, args=(fresh_shared,)) for _ in logs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    from casualtylog import bulk  # noqa: PLC0415 - needs numpy

    assert len(bulk.log_columns(fresh_shared)) == len(fresh_shared)  # no claim added twice by racing threads


# -- item 4: frames of numbers from the bulk numbers, provenance only when asked ----------
#: The columns resolve_all().to_frame() had before item 4, in order: what provenance=True gives.
FRAME_COLUMNS_BEFORE = [
    "event", "metric", "group", "period", "figure", "best", "low", "high", "policy", "best_source", "best_via",
    "best_reported_at", "best_reported_tz", "best_claim", "low_sources", "high_sources", "sources",
    "reporting_sources", "claim_count", "revisions", "superseded", "retracted", "conflicts", "anomalies", "rule",
    "at", "known_at",
]  # fmt: skip


def _mixed_log() -> CasualtyLog:
    from casualtylog.worked_example import kyiv_claims  # noqa: PLC0415

    log = CasualtyLog(kyiv_claims())
    start = datetime(2025, 4, 24, 6, tzinfo=UTC)
    for i in range(30):
        first = log.add(
            {"event": f"e{i % 7}", "metric": "killed" if i % 2 else "injured", "figure": f"{i}-{i + 4}"}
            | {"source": f"S{i % 3}", "reported_at": start + timedelta(hours=i), "group": None if i % 5 else "children"}
        )
        if i % 4 == 0:
            log.add(first.revised(figure=str(i + 2), reported_at=start + timedelta(hours=i + 1)))
        if i % 9 == 0:
            log.add(first.retracted(reported_at=start + timedelta(hours=i + 2)))
    return log


@pytest.mark.parametrize("policy", ["range", "latest", "conservative", "median"])
def test_item4_frame_with_provenance_equals_the_frame_of_before(policy: str) -> None:
    pytest.importorskip("pandas")
    from casualtylog.display.frames import resolutions_frame  # noqa: PLC0415 - pandas extra
    from casualtylog.resolve.engine import resolve_claims  # noqa: PLC0415
    from casualtylog.resolve.policies import get_policy  # noqa: PLC0415

    log = _mixed_log()
    found = log.resolve_all(policy=policy)
    full = [resolve_claims(r.count, log.claims_about_count(r.count), get_policy(policy)) for r in found]
    asked = found.to_frame(provenance=True)
    assert list(asked.columns) == FRAME_COLUMNS_BEFORE
    assert asked.equals(resolutions_frame(full))  # the reference engine's resolutions, every column built


def test_item4_frame_of_numbers_builds_no_provenance_and_matches_the_full_frame() -> None:
    pytest.importorskip("numpy")
    pytest.importorskip("pandas")
    from casualtylog.bulk.results import LazyResolution  # noqa: PLC0415 - needs numpy
    from casualtylog.display.frames import NUMBER_COLUMNS, PROVENANCE_COLUMNS  # noqa: PLC0415 - pandas extra

    log = _mixed_log()
    numbers = log.resolve_all().to_frame()
    assert list(numbers.columns) == list(NUMBER_COLUMNS)
    assert not set(PROVENANCE_COLUMNS) & set(numbers.columns)
    found = log.resolve_all()
    frame = found.to_frame()
    lazy = [r for r in found if isinstance(r, LazyResolution)]
    assert lazy  # the bulk engine resolved most counts ...
    assert not any(r.provenance_built for r in lazy)  # ... and the frame of numbers built none of their provenance
    full = found.to_frame(provenance=True)
    assert frame.equals(full[list(NUMBER_COLUMNS)])
    assert numbers.equals(frame)
    from casualtylog.display.frames import resolutions_frame  # noqa: PLC0415 - pandas extra

    assert resolutions_frame(log).equals(full)  # the function keeps every column by default


def test_item4_frame_of_numbers_of_nothing_and_of_a_where() -> None:
    pytest.importorskip("pandas")
    from casualtylog.resolutions import Resolutions  # noqa: PLC0415

    log = _mixed_log()
    assert len(Resolutions().to_frame()) == 0
    assert len(Resolutions().to_frame(provenance=True)) == 0
    part = log.resolve_all().where(event="e3")
    assert list(part.to_frame()["event"]) == ["e3"] * len(part)
    single = log.resolve("e3", "killed").to_frame()  # one resolution: every column, as before
    assert list(single.columns) == FRAME_COLUMNS_BEFORE


def test_item4_frames_benchmark_runs_and_prints_its_rows(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    from benchmarks.frames import main  # noqa: PLC0415 - only this test runs it

    assert main(["--claims", "300", "--repeat", "1"]) == 0
    printed = capsys.readouterr().out
    assert all(row in printed for row in ("resolve_all, nothing read", "to_frame(), numbers", "to_frame(provenance"))
