"""Issue 11, item 2: the Gaza dataset's revision history replayed through ``sync``, one snapshot per commit.

The log then answers "what did the dataset say about day D when version V was
current" with ``resolve(..., at=D, known_at=V's time)``: every value of every
version is reproduced, each correction is a claim that supersedes the one it
replaces, each withdrawal a retraction, and replaying the history again adds
nothing. ``tests/data/gaza_casualties_daily_revisions.csv`` is a verbatim copy of
the shared folder's revision log (see tests/data/README.md).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from benchmarks.gaza_replay import EVENT, FIELDS, SOURCE, TZ, Version, replay, snapshots
from casualtylog import CasualtyLog
from casualtylog.diff import diff
from casualtylog.errors import UnknownCountError
from casualtylog.periods import parse_period
from casualtylog.sync import SyncReport

DATA = Path(__file__).parent / "data" / "gaza_casualties_daily_revisions.csv"


@pytest.fixture(scope="module")
def versions() -> list[Version]:
    return list(snapshots(DATA))


@pytest.fixture(scope="module")
def replayed() -> tuple[CasualtyLog, list[SyncReport]]:
    log = CasualtyLog(tz=TZ)
    return log, replay(log, DATA)


def _resolve(log: CasualtyLog, day: str, field: str, known_at: datetime) -> tuple[int | None, set[str]]:
    """The figure the log gives for one cell, and the days its current claims describe."""
    metric, group, daily = FIELDS[field]
    try:
        period = parse_period(day, tz=TZ) if daily else None  # the day in Gaza, as the rows were read
        res = log.resolve(EVENT, metric, group, period, at=day, known_at=known_at)
    except UnknownCountError:  # a day's figure the table never held
        return None, set()
    if not res.current:
        return None, set()
    days = {c.claim.reported_at.date().isoformat() for c in res.current}
    return res.best, days


def test_replay_reproduces_every_value_of_every_version(
    replayed: tuple[CasualtyLog, list[SyncReport]], versions: list[Version]
) -> None:
    log, _ = replayed
    checked = 0
    for version in versions:
        for (day, field), value in version.values.items():
            best, days = _resolve(log, day, field, version.at)
            if value:
                assert (best, days) == (int(value), {day}), (version.commit, day, field)
            else:  # absent in this version: no figure for that day (an earlier day's may show)
                assert day not in days, (version.commit, day, field)
            checked += 1
    assert checked > 10_000  # 130 versions × up to 200 cells


def test_replay_records_each_correction_and_withdrawal_with_its_reason(
    replayed: tuple[CasualtyLog, list[SyncReport]], versions: list[Version]
) -> None:
    log, reports = replayed
    expected_corrections = expected_withdrawals = 0
    for before, after in zip([None, *versions], versions, strict=False):
        old = {} if before is None else before.values
        for cell, value in after.values.items():
            if value and old.get(cell) and old[cell] != value:
                expected_corrections += 1
            if not value and old.get(cell):
                expected_withdrawals += 1
    relinked = [c for r in reports for c in r.changes if c.kind in {"corrected", "reverted"} and c.before]
    assert len(relinked) == expected_corrections > 100
    assert sum(r.withdrawn for r in reports) == expected_withdrawals > 0
    for report in reports:
        for change in report.changes:
            claims = [log.get(i) for i in change.claim_ids]
            assert all(c.recorded_at == report.at for c in claims)
            assert all(c.url is not None and c.url.startswith("https://github.com/") for c in claims)
            if change.kind in {"corrected", "reverted"}:
                assert all(c.supersedes for c in claims)
                assert change.before != change.after
                assert change.before or change.kind == "reverted"  # a figure back after it was withdrawn
                assert change.reason.startswith(change.kind)
            if change.kind == "withdrawn":
                assert all(c.figure is None and c.retracts for c in claims)
                assert "withdrawn" in change.reason
    # The diff between two versions names the cells that changed, with their reasons.
    changed = next(r for r in reports if r.corrected)
    previous = reports[reports.index(changed) - 1]
    rows = diff(log, previous.at, changed.at)
    assert rows
    assert any("corrected" in reason for row in rows for reason in row.reasons)


def test_replay_reverts_are_statements_of_their_own(replayed: tuple[CasualtyLog, list[SyncReport]]) -> None:
    log, reports = replayed
    reverts = [c for r in reports for c in r.changes if c.kind == "reverted"]
    assert reverts
    for change in reverts:
        for claim_id in change.claim_ids:
            claim = log.get(claim_id)
            assert claim.supersedes  # linked to what it replaces, so its id is new
            assert claim.recorded_at is not None


def test_replay_twice_adds_nothing(versions: list[Version]) -> None:
    log = CasualtyLog(tz=TZ)
    first = replay(log, DATA)
    size = len(log)
    again = replay(log, DATA)
    assert len(log) == size == sum(len(r.ids) for r in first)
    assert all(not r.ids and not r.changes for r in again)
    assert {c.source.name for c in log} == {SOURCE}
