"""Issue 11, item 4: for any sequence of snapshots, what the log knew at each snapshot is that snapshot.

``resolve(known_at=t_k)`` of the synced log equals resolving snapshot k alone
(its rows as the source's plain statements), for every count; and syncing is
idempotent: syncing any snapshot again (the latest, later; an older one, at its
own time) adds nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Count
from casualtylog.errors import UnknownCountError
from casualtylog.sync import sync

START = datetime(2025, 1, 1, tzinfo=UTC)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
KEYS = [("a", "killed", None), ("a", "killed", "children"), ("b", "injured", None)]
SOURCE = "Ministry of Health"

figure_text = st.one_of(
    st.integers(min_value=0, max_value=6).map(str),  # small: reverts (A → B → A) are common
    st.integers(min_value=0, max_value=6).map(lambda n: f"at least {n}"),
    st.integers(min_value=0, max_value=6).map(lambda n: f"{n}-{n + 3}"),
)

#: A row's state in one snapshot: absent, a blank cell, one figure, or the same row twice (a tie).
cell = st.one_of(
    st.just(("absent",)),
    st.just(("blank",)),
    figure_text.map(lambda f: ("figure", f)),
    st.tuples(figure_text, figure_text).map(lambda fs: ("tie", *fs)),
)
snapshots = st.lists(st.tuples(*(cell for _ in KEYS)), min_size=1, max_size=6)


def _rows(snapshot: tuple[tuple[str, ...], ...]) -> list[dict[str, Any]]:
    rows = []
    for (event, metric, group), state in zip(KEYS, snapshot, strict=True):
        base = {"event": event, "metric": metric, "group": group}
        if state[0] == "blank":
            rows.append(base | {"figure": ""})
        rows.extend(base | {"figure": f} for f in state[1:])
    return rows


def _outcome(log: CasualtyLog, key: tuple[str, str, str | None], known_at: datetime | None) -> object:
    try:
        res = log.resolve(*key, known_at=known_at)
    except UnknownCountError:
        return None
    if not res.current:
        return None
    return (res.best, res.low, res.high, res.figure)


def _alone(rows: list[dict[str, Any]], at: datetime) -> CasualtyLog:
    """Snapshot k alone: its rows as the source's plain statements, said and recorded at its time."""
    log = CasualtyLog(clock=lambda: NOW)
    log.extend(row | {"source": SOURCE, "reported_at": at, "recorded_at": at} for row in rows if row["figure"] != "")
    return log


@given(snapshots)
def test_property_known_at_each_snapshot_equals_that_snapshot_alone(sequence: list[Any]) -> None:
    log = CasualtyLog(clock=lambda: NOW)
    times = [START + timedelta(days=k) for k in range(len(sequence))]
    for snapshot, at in zip(sequence, times, strict=True):
        sync(log, _rows(snapshot), source=SOURCE, at=at)
    for snapshot, at in zip(sequence, times, strict=True):
        alone = _alone(_rows(snapshot), at)
        for key in KEYS:
            assert _outcome(log, key, at) == _outcome(alone, key, None), (key, at)
    assert {Count(*k) for k in KEYS} >= set(log.counts())


@given(snapshots)
def test_property_syncing_is_idempotent(sequence: list[Any]) -> None:
    log = CasualtyLog(clock=lambda: NOW)
    times = [START + timedelta(days=k) for k in range(len(sequence))]
    for snapshot, at in zip(sequence, times, strict=True):
        sync(log, _rows(snapshot), source=SOURCE, at=at)
        size = len(log)
        assert sync(log, _rows(snapshot), source=SOURCE, at=at).ids == ()  # the same snapshot, at once
        assert len(log) == size
    size = len(log)
    for snapshot, at in zip(sequence, times, strict=True):  # the whole history again
        assert sync(log, _rows(snapshot), source=SOURCE, at=at).ids == ()
    later = times[-1] + timedelta(days=1)
    assert sync(log, _rows(sequence[-1]), source=SOURCE, at=later).ids == ()
    assert len(log) == size


DAYS = ["2024-06-01", "2024-06-02"]

#: A dated series: each count has a row per day; a day's state as above.
dated_snapshots = st.lists(st.tuples(*(cell for _ in KEYS for _ in DAYS)), min_size=1, max_size=5)


def _dated_rows(snapshot: tuple[tuple[str, ...], ...]) -> list[dict[str, Any]]:
    rows = []
    states = iter(snapshot)
    for event, metric, group in KEYS:
        for day in DAYS:
            state = next(states)
            base = {"event": event, "metric": metric, "group": group, "reported_at": day}
            if state[0] == "blank":
                rows.append(base | {"figure": ""})
            rows.extend(base | {"figure": f} for f in state[1:])
    return rows


def _dated_outcome(log: CasualtyLog, key: tuple[str, str, str | None], day: str, known_at: datetime | None) -> object:
    try:
        res = log.resolve(*key, at=day, known_at=known_at)
    except UnknownCountError:
        return None
    if not res.current:
        return None
    return (res.best, res.low, res.high, res.figure)


@given(dated_snapshots)
def test_property_dated_series_known_at_each_snapshot_equals_that_snapshot_alone(sequence: list[Any]) -> None:
    log = CasualtyLog(clock=lambda: NOW)
    times = [START + timedelta(days=k) for k in range(len(sequence))]
    for snapshot, at in zip(sequence, times, strict=True):
        sync(log, _dated_rows(snapshot), source=SOURCE, at=at)
    for snapshot, at in zip(sequence, times, strict=True):
        alone = CasualtyLog(clock=lambda: NOW)
        alone.extend(
            row | {"source": SOURCE, "recorded_at": at} for row in _dated_rows(snapshot) if row["figure"] != ""
        )
        for key in KEYS:
            for day in DAYS:
                assert _dated_outcome(log, key, day, at) == _dated_outcome(alone, key, day, None), (key, day, at)
    again = [sync(log, _dated_rows(s), source=SOURCE, at=t).ids for s, t in zip(sequence, times, strict=True)]
    assert all(ids == () for ids in again)
