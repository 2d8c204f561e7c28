"""The log: adding, atomic batches, clocks and queries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from casualtylog import CasualtyLog, ClaimFormatError, UnknownClaimError

REC = {"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01T10:00Z"}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 1, 12, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def test_recorded_at_is_set_by_the_log_and_never_runs_backwards() -> None:
    clock = Clock()
    log = CasualtyLog(clock=clock)
    a = log.add(REC)
    clock.now -= timedelta(hours=5)
    b = log.add(REC | {"figure": "4"})
    assert a.recorded_at is not None
    assert b.recorded_at is not None
    assert a.recorded_at == datetime(2025, 1, 1, 12, 1, tzinfo=UTC)
    assert b.recorded_at >= a.recorded_at


def test_known_at_sees_what_the_log_knew() -> None:
    clock = Clock()
    log = CasualtyLog(clock=clock)
    first = log.add(REC)
    log.add(REC | {"figure": "4", "reported_at": "2025-01-01T11:00Z"})
    assert first.recorded_at is not None
    assert log.resolve("e", "killed", known_at=first.recorded_at).best == 3
    assert log.resolve("e", "killed").best == 4


def test_a_bad_batch_leaves_the_log_as_it_was() -> None:
    log = CasualtyLog([REC])
    with pytest.raises(ClaimFormatError, match="record 2: reported_at="):
        log.extend([REC | {"figure": "5"}, REC | {"reported_at": "2025-01-01T10:00"}])
    assert len(log) == 1
    assert log.resolve("e", "killed").best == 3


def test_naive_input_with_a_log_timezone() -> None:
    log = CasualtyLog([REC | {"reported_at": "2025-01-01 10:00"}], tz="Europe/Kyiv")
    (claim,) = log
    assert claim.reported_at.isoformat() == "2025-01-01T10:00:00+02:00"
    assert log.resolve("e", "killed", at="2025-01-01 10:00").best == 3


def test_lookups() -> None:
    log = CasualtyLog([REC])
    (claim,) = log
    assert claim in log
    assert claim.id in log
    assert "nope" not in log
    assert log.get(claim.id) is claim
    with pytest.raises(UnknownClaimError, match="no claim with id='nope' in the log"):
        log.get("nope")
    assert log.claims_about("e", "dead") == [claim]
    assert repr(log) == "<CasualtyLog: 1 claims about 1 counts>"


def test_resolve_all_leaves_out_counts_with_nothing_visible() -> None:
    log = CasualtyLog([REC, REC | {"metric": "injured", "reported_at": "2025-02-01T00:00Z"}])
    assert [str(r.count) for r in log.resolve_all(at="2025-01-15T00:00Z")] == ["e / killed"]


def test_resolutions_are_cached_until_their_count_changes() -> None:
    log = CasualtyLog([REC, REC | {"metric": "injured"}])
    killed = log.resolve("e", "killed")
    injured = log.resolve("e", "injured")
    log.add(REC | {"figure": "5", "reported_at": "2025-01-01T11:00Z"})
    assert log.resolve("e", "injured") is injured
    assert log.resolve("e", "killed") is not killed
    assert log.resolve("e", "killed").best == 5


def test_history_on_the_recorded_clock() -> None:
    clock = Clock()
    log = CasualtyLog(clock=clock)
    log.add(REC | {"figure": "5", "reported_at": "2025-01-01T11:00Z"})
    log.add(REC)  # learnt later, said earlier
    steps = list(log.history("e", "killed", clock="recorded"))
    assert [s.best for s in steps] == [5]
    said = list(log.history("e", "killed"))
    assert [s.best for s in said] == [3, 5]
    assert said[1].reason == "s raised 3 → 5 (its own later figure)"


def test_history_of_a_retraction() -> None:
    log = CasualtyLog([REC, REC | {"source": "t", "figure": "2", "reported_at": "2025-01-01T09:00Z"}])
    (three,) = [c for c in log if c.source.name == "s"]
    log.add(three.retracted(reported_at="2025-01-01T12:00Z"))
    steps = list(log.history("e", "killed"))
    assert [s.best for s in steps] == [2, 3, 2]
    assert steps[-1].reason == "s retracted 3 (2025-01-01 10:00Z)"


def test_parts_of_a_whole() -> None:
    log = CasualtyLog(
        [
            REC | {"event": "city", "figure": "10"},
            REC | {"event": "district-a", "figure": "6"},
            REC | {"event": "district-b", "figure": "at least 5"},
        ]
    )
    assert log.check() == []
    (finding,) = log.check(wholes={"city": ["district-a", "district-b"]})
    assert finding.message == "the parts of city / killed add up to at least 11, above its high 10"


def test_a_log_can_code_vague_words_its_own_way() -> None:
    acled = CasualtyLog([REC | {"figure": "dozens"}], vague={"dozens": 12})
    (claim,) = acled
    assert claim.figure is not None
    assert (claim.figure.low, str(claim.figure)) == (12, "dozens (at least 12)")
    assert CasualtyLog([REC | {"figure": "dozens"}]).resolve("e", "killed").low == 24
