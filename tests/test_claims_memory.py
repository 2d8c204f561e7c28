"""Claims in fewer bytes (issue 14): shared containers and shared offsets change no value."""

from __future__ import annotations

import copy
import pickle
import platform
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog.store.memory import MemoryStore
from casualtylog.times import parse_time

RECORD = {
    "event": "e",
    "metric": "dead",
    "figure": "at least 12",
    "source": {"name": "Ministry", "kind": "official"},
    "via": "press conference",
    "reported_at": "2025-04-24T15:00:00+03:00",
    "recorded_at": "2025-04-24T16:00:00+00:00",
    "supersedes": ["0123456789abcdef"],
    "url": "https://example.org/1",
}

CPYTHON = platform.python_implementation() == "CPython"


def _plain(claim: Claim) -> Claim:
    """The same claim with an ordinary dict and a fields set of its own, as pydantic makes them."""
    other = copy.copy(claim)
    object.__setattr__(other, "__dict__", dict(claim.__dict__))
    object.__setattr__(other, "__pydantic_fields_set__", set(claim.__pydantic_fields_set__))
    return other


def test_a_lean_claim_equals_hashes_dumps_and_pickles_as_a_plain_one() -> None:
    claim = Claim.model_validate(RECORD)
    plain = _plain(claim)
    assert claim == plain
    assert hash(claim) == hash(plain)
    assert claim.model_dump() == plain.model_dump()
    assert claim.to_record() == plain.to_record()
    assert list(vars(claim)) == list(Claim.model_fields)
    again_ones = (pickle.loads(pickle.dumps(claim)), copy.copy(claim), copy.deepcopy(claim))  # noqa: S301 - our own bytes
    for again in again_ones:
        assert again == claim
        assert again.id == claim.id
        assert again.model_dump() == claim.model_dump()
    changed = claim.model_copy(update={"url": "https://example.org/2"})
    assert changed.url == "https://example.org/2"
    assert claim.url == "https://example.org/1"


def test_a_cached_property_still_caches_on_a_lean_claim() -> None:
    claim = Claim.model_validate(RECORD | {"reported_at": "2025-04-24"})
    assert claim.available_at == datetime(2025, 4, 25, tzinfo=UTC)
    assert claim.available_at is claim.available_at
    assert claim == _plain(claim)
    assert list(claim.model_dump()) == list(Claim.model_fields)


def test_a_frozen_lean_claim_stays_frozen() -> None:
    claim = Claim.model_validate(RECORD)
    with pytest.raises(Exception, match="frozen"):
        claim.url = "https://example.org/2"  # type: ignore[misc]


@pytest.mark.skipif(not CPYTHON, reason="key-sharing dicts are CPython's")
def test_claims_share_their_key_table() -> None:
    claim = Claim.model_validate(RECORD)
    stamped = CasualtyLog(clock=lambda: datetime(2025, 5, 1, tzinfo=UTC)).add(RECORD | {"recorded_at": None})
    for lean in (claim, stamped):
        assert sys.getsizeof(vars(lean)) < sys.getsizeof(dict(vars(lean)))


def test_times_of_one_offset_share_it_and_keep_their_value() -> None:
    first, _ = parse_time("2025-04-24T15:00:00+03:00")
    second, _ = parse_time("2025-04-25T09:30:00+03:00")
    loose, _ = parse_time("2025-04-26T10:00+03:00")
    assert first.tzinfo is second.tzinfo is loose.tzinfo
    assert first.tzinfo == timezone(timedelta(hours=3))
    assert first.isoformat() == "2025-04-24T15:00:00+03:00"
    assert first.tzname() == "UTC+03:00"
    utc, _ = parse_time("2025-04-24T15:00:00+00:00")
    assert utc.tzinfo is UTC


def _record(i: int) -> dict[str, object]:
    return {"event": "e", "metric": "killed", "figure": str(i), "source": "s", "reported_at": f"2025-01-{i:02d}"}


def test_logs_on_one_memory_store_index_every_claim_once() -> None:
    # A log on a memory store uses the store's dict by id as its own: each log still indexes
    # every claim, including those another log on the store added, exactly once.
    store = MemoryStore()
    first = CasualtyLog(store=store)
    first.extend([_record(1), _record(2)])
    second = CasualtyLog(store=store)
    assert len(second) == 2
    added = second.add(_record(3))
    assert first.add(_record(3)) is added
    assert len(first) == len(second) == len(store.by_id) == 3
    for log in (first, second):
        assert [c.figure for c in log.claims_about("e", "killed")] == [c.figure for c in log]
        assert log.get(added.id) is added
        assert added.id in log
        assert log.resolve("e", "killed").best == 3
    again = pickle.loads(pickle.dumps(first))  # noqa: S301 - our own bytes
    again.add(_record(4))
    assert len(again) == 4
    assert len(again.claims_about("e", "killed")) == 4
    assert len(first) == 3


def test_a_log_points_links_at_the_ids_they_name() -> None:
    log = CasualtyLog([_record(1)])
    (old,) = log
    link = "".join(old.id)  # an equal string of its own, as a file's reader gives
    assert link is not old.id
    later = Claim.model_validate(_record(2) | {"supersedes": [link], "recorded_at": "2025-01-03T00:00:00Z"})
    before = (later.id, later.model_dump(), hash(later))
    stored = log.add(later)
    assert stored.supersedes == (old.id,)
    assert stored.supersedes[0] is old.id
    assert stored is later
    assert (stored.id, stored.model_dump(), hash(stored)) == before
    assert stored.content_id() == stored.id
    assert log.resolve("e", "killed").best == 2


def test_an_offset_at_the_edge_of_the_calendar_is_shared_too() -> None:
    # Year 1 at +14:00 has no UTC moment in range (tests/test_review5.py reads such times from
    # files): sharing its offset must not convert through UTC.
    from casualtylog.times import _one_offset  # noqa: PLC0415 - the helper every reader's path uses

    plus14 = timedelta(hours=14)
    first = _one_offset(datetime(1, 1, 1, tzinfo=timezone(plus14)))
    second = _one_offset(datetime(1, 1, 1, 0, 0, 1, tzinfo=timezone(plus14)))
    assert first.tzinfo is second.tzinfo
    assert second.isoformat() == "0001-01-01T00:00:01+14:00"
