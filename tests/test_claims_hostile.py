"""Hostile claims, logs and stores against the lean layout (issue 14): each case compared with the
same claim or log built plainly; each test here once failed.

The layout (``casualtylog._lean``): every claim shares one pydantic "fields set" and keeps a
key-sharing ``__dict__``; times share one object per UTC offset; a log on a memory store uses the
store's dict by id as its own; links reuse the id strings of the claims they name.
"""

from __future__ import annotations

import copy
import io
import json
import pickle
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from pydantic import BaseModel, ConfigDict

from casualtylog import CasualtyLog, Claim, ClaimFormatError
from casualtylog.bulk.table import ClaimTable
from casualtylog.formats.jsonl import load_jsonl, save_jsonl
from casualtylog.store.memory import MemoryStore
from tests.test_frame_lines import ENGINES

RECORD: dict[str, Any] = {
    "event": "e",
    "metric": "killed",
    "figure": "3",
    "source": "s",
    "reported_at": "2025-04-24T15:00:00+03:00",
}


def _record(i: int) -> dict[str, object]:
    return {"event": "e", "metric": "killed", "figure": str(i), "source": "s", "reported_at": f"2025-01-{i:02d}"}


# -- a log and its memory store -------------------------------------------------------------------


@pytest.mark.parametrize("kept", ["memory", "sqlite", "sqlite, lazy"])
def test_a_shallow_copy_of_a_log_indexes_each_claim_once(kept: str, tmp_path: Path) -> None:
    """copy.copy shared the log's index but not its place in the store: a log on a memory store
    indexes every claim after its place (the store's dict by id tells it nothing), so each log
    filed the other's claims again and claims_about listed them twice. A copy is now a log of its
    own on the same store (also of a stored log, whose constructor takes other arguments)."""
    if kept == "memory":
        log = CasualtyLog([_record(1)])
    else:
        CasualtyLog.open(tmp_path / "c.db").close()
        log = CasualtyLog.open(tmp_path / "c.db", lazy=kept.endswith("lazy"))
        log.add(_record(1))
    other = copy.copy(log)
    assert type(other) is type(log)
    other.add(_record(2))
    log.add(_record(3))
    for each in (log, other):
        assert [str(c.figure) for c in each.claims_about("e", "killed")] == ["1", "2", "3"]
        assert [str(c.figure) for c in each] == ["1", "2", "3"]
        assert len(each) == 3
        assert each.resolve("e", "killed").best == 3
    first = next(iter(log))
    assert other.get(first.id) == first
    log.close()


@pytest.mark.parametrize("adder", ["another log on the store", "the same log"])
def test_a_memory_log_is_iterated_while_claims_are_added(adder: str) -> None:
    """The log iterated the store's dict by id itself: another log on the store adding to it
    during the loop raised "dictionary changed size during iteration" (the same log did too)."""
    store = MemoryStore()
    log = CasualtyLog([_record(1), _record(2)], store=store)
    writer = CasualtyLog(store=store) if adder == "another log on the store" else log
    seen = []
    for claim in log:
        seen.append(str(claim.figure))
        if len(seen) == 1:
            writer.add(_record(3))
    assert seen == ["1", "2"]  # the claims held when the loop began
    assert [str(c.figure) for c in log] == ["1", "2", "3"]


# -- the shared fields set ------------------------------------------------------------------------


class _Noted(Claim):
    """A claim with a field of its own."""

    note: str | None = None


class _Editable(Claim):
    """A claim whose fields may be assigned (pydantic adds each assigned name to the fields set)."""

    model_config = ConfigDict(frozen=False)
    note: str | None = None


def test_a_subclass_keeps_its_own_fields_in_its_fields_set() -> None:
    """Every instance got Claim's fields set: a subclass's field, though given, was "unset"
    (model_dump(exclude_unset=True) left it out)."""
    noted = _Noted.model_validate(RECORD | {"note": "hi"})
    assert "note" in noted.model_fields_set
    assert noted.model_dump(exclude_unset=True)["note"] == "hi"
    assert noted == _Noted.model_validate(RECORD | {"note": "hi"})


def test_assigning_a_field_of_a_mutable_subclass_changes_no_other_claim() -> None:
    """pydantic adds an assigned name to the instance's fields set: that set was every claim's."""
    editable = _Editable.model_validate(RECORD)
    editable.note = "x"
    assert editable.note == "x"
    assert "note" not in Claim.model_validate(RECORD).model_fields_set
    assert "note" in editable.model_fields_set


@pytest.mark.parametrize(
    "change",
    [
        lambda names: names.discard("url"),
        lambda names: names.clear(),
        lambda names: names.add("bogus"),
        lambda names: names.update({"bogus"}),
        lambda names: names.__isub__({"url"}),
    ],
)
def test_changing_one_claims_fields_set_changes_no_other_claim(change: Any) -> None:
    """model_fields_set returned the one set every claim shares: a change to one claim's was a
    change to all (a plain claim's set is its own)."""
    claim, other = Claim.model_validate(RECORD), Claim.model_validate(RECORD | {"figure": "4"})
    before = other.model_dump(exclude_unset=True)
    with pytest.raises(TypeError, match="shared"):
        change(claim.model_fields_set)
    assert other.model_dump(exclude_unset=True) == before
    assert set(claim.model_fields_set) == set(Claim.model_fields)


def test_the_shared_fields_set_updates_as_a_set_with_any_number_of_iterables() -> None:
    """update() takes any number of iterables, as set.update: it passed them all to issuperset(),
    which takes one, so update() and update(a, b) raised "takes exactly one argument" even when
    they change nothing; with a name not in it, the refusal names the shared set."""
    names = Claim.model_validate(RECORD).model_fields_set
    names.update()
    names.update({"url"}, ["event", "metric"], iter(["figure"]))
    assert set(names) == set(Claim.model_fields)
    with pytest.raises(TypeError, match="shared"):
        names.update({"url"}, {"bogus"})
    assert set(names) == set(Claim.model_fields)


def test_a_copy_of_the_shared_fields_set_is_a_plain_set_pydantic_may_change() -> None:
    claim = Claim.model_validate(RECORD)
    # pydantic's own copy-and-change (Claim.model_copy(update=...) now validates instead, and shares again)
    changed = BaseModel.model_copy(claim, update={"url": "https://example.org/2"})
    assert type(changed.model_fields_set) is set
    for again in (copy.copy(claim), copy.deepcopy(claim), pickle.loads(pickle.dumps(claim))):  # noqa: S301
        assert type(again.model_fields_set) is set
        assert again == claim
        again.model_fields_set.add("x")  # its own set, as a plain claim's
    assert "x" not in claim.model_fields_set
    for lean in (claim, Claim.model_validate(RECORD | {"figure": "5"})):
        assert lean.model_dump(exclude_unset=True).keys() == Claim.model_fields.keys()


def test_a_subclass_instance_passed_into_another_model_is_not_identified_again() -> None:

    class Holder(BaseModel):
        claim: Claim

    noted = _Noted.model_validate(RECORD | {"note": "hi"})
    held = Holder(claim=noted).claim
    assert held is noted
    assert held.model_dump() == noted.model_dump()


# -- times in a zone whose offset has seconds -----------------------------------------------------

SECONDS_ZONES = [ZoneInfo("Europe/Amsterdam"), timezone(timedelta(seconds=30)), timezone(timedelta(microseconds=1))]


@pytest.mark.parametrize("zone", SECONDS_ZONES, ids=str)
@pytest.mark.parametrize("when", ["1900-01-01 12:00", "1900-01-01", "1900-01", "1900-01-01 12"])
def test_a_time_known_to_the_day_in_a_zone_whose_offset_has_seconds_is_refused(zone: tzinfo, when: str) -> None:
    """Put in UTC (records write offsets to the minute), the start of such a day, month or minute
    lies off its window's edges: a memory log took the claim, save_jsonl wrote it and load_jsonl
    read it back truncated, as another instant, and refused the file (a store refused it on add)."""
    record = RECORD | {"reported_at": when}
    with pytest.raises(ClaimFormatError, match=r"reported_at=.*offset has seconds"):
        CasualtyLog([record], tz=zone)
    with pytest.raises(ClaimFormatError, match="offset has seconds"):
        CasualtyLog([record | {"reported_at": datetime(1900, 1, 1, 12, tzinfo=zone), "reported_precision": "day"}])


@pytest.mark.parametrize("zone", SECONDS_ZONES, ids=str)
def test_a_time_to_the_second_in_such_a_zone_is_kept_and_saved(zone: tzinfo, tmp_path: Path) -> None:
    clock = datetime(2025, 6, 1, tzinfo=UTC)
    log = CasualtyLog([RECORD | {"reported_at": "1900-01-01 12:00:00"}], tz=zone, clock=lambda: clock)
    (claim,) = log
    assert claim.reported_at == datetime(1900, 1, 1, 12, tzinfo=zone)
    save_jsonl(log, tmp_path / "c.jsonl")
    assert list(load_jsonl(tmp_path / "c.jsonl")) == [claim]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("when", ["1900-01-01", "1900-01-01 12:00", "1900-01-01 12:00:00"])
def test_a_table_reads_such_a_time_as_the_log_does(engine: str, when: str) -> None:
    """The table's reader put no such time in UTC (it kept the zone, so it took the day the log
    refuses): it hands every time whose offset has seconds to Claim."""
    lines = "".join(json.dumps(RECORD | {"figure": str(i), "reported_at": when}) + "\n" for i in range(300))
    try:
        expected: object = [c.model_dump() for c in load_jsonl(io.StringIO(lines), tz="Europe/Amsterdam")]
    except ClaimFormatError as error:
        expected = str(error)
    try:
        table = ClaimTable.read_jsonl(io.BytesIO(lines.encode()), tz="Europe/Amsterdam", engine=engine)
        got: object = [c.model_dump() | {"recorded_at": None} for c in table.claims()]
        expected = [c | {"recorded_at": None} for c in cast("list[dict[str, Any]]", expected)]
    except ClaimFormatError as error:
        got = str(error)
    assert got == expected


# -- one claim, built by every path ---------------------------------------------------------------


def test_a_claim_read_by_every_path_equals_hashes_and_dumps_alike(tmp_path: Path) -> None:
    """Lean or plain dict, shared or own offset and fields set: no path's claim differs."""
    from casualtylog.formats.csv import read_csv  # noqa: PLC0415 - only here
    from casualtylog.formats.files import export_claims  # noqa: PLC0415

    clock = datetime(2025, 6, 1, tzinfo=UTC)
    records = [
        RECORD | {"supersedes": ["0123456789abcdef"], "as_of": "2025-04-23T10:00:00+05:30", "via": "press"},
        RECORD | {"reported_at": "2025-04-24", "group": "children", "period": "2025-04"},
        RECORD | {"reported_at": "2025-04-25T10:00-04:00", "source": {"name": "M", "kind": "official"}},
    ]
    log = CasualtyLog(records, clock=lambda: clock)
    claims = list(log)
    lines = "".join(json.dumps(c.to_record()) + "\n" for c in claims)
    hxl = io.StringIO()
    export_claims(claims, hxl, format="hxl")
    with CasualtyLog.open(tmp_path / "c.db", clock=lambda: clock) as stored:
        stored.extend(c.to_record() for c in claims)
    with CasualtyLog.open(tmp_path / "c.db") as stored:
        from_store = list(stored)
    paths: dict[str, list[Claim]] = {
        "constructor": [Claim(**c.to_record()) for c in claims],
        "json": [Claim.model_validate_json(json.dumps(c.to_record())) for c in claims],
        "jsonl": list(load_jsonl(io.StringIO(lines))),
        "csv": list(read_csv(io.StringIO(hxl.getvalue()))),
        "frame": list(CasualtyLog.from_frame(log.to_frame())),
        "table": list(ClaimTable.read_jsonl(io.BytesIO(lines.encode())).claims()),
        "store": from_store,
        "pickle": pickle.loads(pickle.dumps(claims)),  # noqa: S301 - our own bytes
        "deepcopy": copy.deepcopy(claims),
    }

    def seen(claim: Claim) -> tuple[object, ...]:
        return (claim.id, hash(claim), claim.model_dump(mode="json"), claim.model_dump_json(), claim.to_record())

    for name, built in paths.items():
        assert built == claims, name
        assert [seen(c) for c in built] == [seen(c) for c in claims], name


def test_two_threads_sharing_offsets_build_the_claims_one_thread_builds() -> None:
    """The dict of shared offsets is filled by whichever thread meets an offset first (a few
    dozen offsets here: the dict is bounded, and other tests expect it not full)."""
    import threading  # noqa: PLC0415 - only here

    texts = [
        f"2025-04-{1 + i % 28:02d}T{i % 24:02d}:00:00{'+-'[i % 2]}{i % 14:02d}:{i % 4 * 15:02d}" for i in range(600)
    ]
    plain = [datetime.fromisoformat(t) for t in texts]
    built: dict[int, list[datetime]] = {}

    def build(worker: int) -> None:
        built[worker] = [Claim.model_validate(RECORD | {"reported_at": t}).reported_at for t in texts]

    threads = [threading.Thread(target=build, args=(worker,)) for worker in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for times in built.values():
        assert [(t, t.isoformat(), t.utcoffset()) for t in times] == [(t, t.isoformat(), t.utcoffset()) for t in plain]
