"""Issue 14: the bulk engine agrees with the reference engine on every count.

The contract: for every count, under every policy, with ``at=`` and
``known_at=``, the bulk path gives the reference engine's best, low, high,
the claim that set best, the number of claims, of independent sources and
whether conflicts are present; its provenance, built on access, is the
reference engine's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim, Resolutions
from casualtylog.bulk import available, log_columns, resolve_all_bulk
from casualtylog.bulk.results import LazyResolution
from casualtylog.claims import ClaimStatus
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import POLICIES, Median, Policy, Priority
from casualtylog.times import Precision
from tests.strategies import BASE, EVENTS, GROUPS, METRICS, SOURCES, ZONES, claim_lists, figures

pytestmark = pytest.mark.skipif(not available(), reason="the bulk engine needs numpy")

ALL_POLICIES: list[Policy] = [
    *POLICIES.values(),
    Priority(("OHCHR", "Local Blog")),
    Median({"OHCHR": 3, "media": 0.5}),
]
CLOCK = BASE + timedelta(days=30)


def _log(claims: list[Claim]) -> CasualtyLog:
    log = CasualtyLog(clock=lambda: CLOCK)
    log.extend(claims)
    return log


@st.composite
def plain_claim_lists(draw: st.DrawFn) -> list[Claim]:
    """Claims the bulk engine mostly handles itself: times spread over weeks, few links."""
    n = draw(st.integers(min_value=1, max_value=25))
    out: list[Claim] = []
    for _ in range(n):
        minutes = draw(st.integers(min_value=0, max_value=20 * 24 * 60))
        precision = draw(st.sampled_from([Precision.SECOND, Precision.SECOND, Precision.MINUTE, Precision.DAY]))
        when = (BASE + timedelta(minutes=minutes, seconds=draw(st.integers(0, 59)))).astimezone(
            draw(st.sampled_from(ZONES))
        )
        if precision is not Precision.SECOND:
            when = when.replace(second=0)
        if precision is Precision.DAY:
            when = when.replace(hour=0, minute=0)
        record: dict[str, Any] = {
            "event": draw(st.sampled_from(EVENTS[:1])),
            "metric": draw(st.sampled_from(METRICS)),
            "group": draw(st.sampled_from(GROUPS)),
            "figure": draw(figures(increments=draw(st.integers(0, 9)) == 0)),
            "source": draw(st.sampled_from(SOURCES)),
            "reported_at": when,
            "reported_precision": precision,
            "recorded_at": BASE + timedelta(days=draw(st.integers(min_value=-2, max_value=25))),
            "status": draw(st.sampled_from([s.value for s in ClaimStatus])),
        }
        if precision is not Precision.DAY and draw(st.integers(0, 4)) == 0:
            # as_of: ordered by the moment described, which may come before an earlier statement's
            record["as_of"] = when - timedelta(minutes=draw(st.integers(0, 3 * 24 * 60)))
        same = [c for c in out if c.count == Claim.model_validate(record).count]
        if same and draw(st.integers(0, 6)) == 0:
            # a source stating a second figure at the same moment (or repeating one)
            twin = draw(st.sampled_from(same))
            source = {"name": twin.source.name, "kind": twin.source.kind.value}
            record.update(source=source, reported_at=twin.reported_at, as_of=twin.as_of)
            record["reported_precision"] = twin.reported_precision
            if twin.figure is not None and draw(st.booleans()):
                record.update(figure=twin.figure, via="another channel")  # a repeat
        if same and draw(st.integers(0, 3)) == 0:
            record["supersedes"] = [draw(st.sampled_from(same)).id]
        elif same and draw(st.integers(0, 3)) == 0:
            # the common case: a source replacing its own figure
            record["supersedes"] = [c.id for c in same if c.source.key == record["source"]["name"].casefold()][-1:]
        elif same and draw(st.integers(0, 3)) == 0:
            # an increment on the source's previous figure, linked to it
            previous = [c for c in same if c.source.key == record["source"]["name"].casefold()][-1:]
            record["supersedes"] = [c.id for c in previous]
            record["figure"] = f"+{draw(st.integers(1, 5))}"
        elif same and draw(st.integers(0, 5)) == 0:
            # a source withdrawing its own statement, with or without a new figure
            record["retracts"] = [c.id for c in same if c.source.key == record["source"]["name"].casefold()][:1]
            if record["retracts"] and draw(st.booleans()):
                record["figure"] = None
        claim = Claim.model_validate(record)
        if claim.id not in {c.id for c in out}:
            out.append(claim)
    return out


@st.composite
def moments_or_none(draw: st.DrawFn) -> datetime | None:
    """A query moment within the claims' span (or none)."""
    days = draw(st.one_of(st.none(), st.integers(min_value=-1, max_value=26)))
    if days is None:
        return None
    return BASE + timedelta(days=days, hours=draw(st.integers(0, 23)))


def assert_agrees(log: CasualtyLog, policy: Policy, at: datetime | None, known_at: datetime | None) -> int:
    """Compare every count; return how many the bulk engine resolved itself."""
    bulk: Sequence[Resolution] | None = resolve_all_bulk(log, policy, at, known_at)
    if bulk is None:  # a policy the bulk engine leaves wholly to the reference engine
        assert isinstance(policy, Median)
        assert policy.weights
        bulk = log._resolutions(policy, at, known_at)  # unfiltered, as resolve_all_bulk returns them
    reference = []
    for count in log.counts():
        res = resolve_claims(count, log.claims_about(*count), policy, at=at, known_at=known_at)
        if res.considered:
            reference.append(res)
    if isinstance(bulk, Resolutions):  # resolve_all leaves out counts of retractions alone: so must the reference
        reference = [r for r in reference if r.states_a_figure]
    assert [r.count for r in bulk] == [r.count for r in reference]
    own = 0
    for got, want in zip(bulk, reference, strict=True):
        assert (got.best, got.low, got.high) == (want.best, want.low, want.high), got.count
        assert got.best_claim == want.best_claim, got.count
        assert got.sources == want.sources, got.count
        if isinstance(got, LazyResolution):
            own += 1
            assert got.claim_count == len(want.considered), got.count
            assert got.has_conflicts == bool(want.conflicts), got.count
        assert got.policy == want.policy
        # Provenance on demand: the same as the reference engine's, field by field.
        assert got == want
        assert (got.low_claims, got.high_claims, got.conflicts, got.rule) == (
            want.low_claims,
            want.high_claims,
            want.conflicts,
            want.rule,
        )
    return own


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=plain_claim_lists(), data=st.data())
def test_bulk_engine_agrees_with_reference_on_plain_logs(claims: list[Claim], data: st.DataObject) -> None:
    log = _log(claims)
    at = data.draw(moments_or_none())
    known_at = data.draw(moments_or_none())
    for policy in ALL_POLICIES:
        assert_agrees(log, policy, None, None)
        assert_agrees(log, policy, at, known_at)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_lists(max_size=20), data=st.data())
def test_bulk_engine_agrees_with_reference_on_generated_logs(claims: list[Claim], data: st.DataObject) -> None:
    log = _log(claims)
    at = data.draw(moments_or_none())
    known_at = data.draw(moments_or_none())
    for policy in ALL_POLICIES:
        assert_agrees(log, policy, at, known_at)
        assert_agrees(log, policy, None, None)


def test_bulk_engine_resolves_plain_counts_itself() -> None:
    """The property above would pass vacuously if everything fell back: it must not."""
    records = [
        {"event": f"e{i}", "metric": "killed", "figure": fig, "source": src, "reported_at": when}
        for i in range(20)
        for fig, src, when in [
            ("10", "A", "2025-04-24T09:00Z"),
            ("at least 12", "B", "2025-04-24T10:00Z"),
            ("about 15", "A", "2025-04-25T09:00:30Z"),
            ("8", "C", "2025-04-26T09:00Z"),  # below the earlier floors: a conflict
            ("up to 40", "D", "2025-04-26T11:00Z"),
        ]
    ]
    log = CasualtyLog(records)
    for policy in ALL_POLICIES:
        own = assert_agrees(log, policy, None, None)
        weighted = isinstance(policy, Median) and policy.weights
        assert own == (0 if weighted else 20)
        assert assert_agrees(log, policy, datetime(2025, 4, 25, 12, tzinfo=UTC), None) == (0 if weighted else 20)


def test_bulk_engine_sends_links_increments_and_linked_ties_to_reference() -> None:
    log = CasualtyLog()
    first = log.add(
        {"event": "linked", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"}
    )
    log.add(first.revised(figure="12", reported_at="2025-04-24T10:00Z"))
    other = log.add(
        {"event": "cross", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"}
    )
    log.add(other.revised(figure="12", source="B", reported_at="2025-04-24T10:00Z"))
    log.add({"event": "inc", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    log.add({"event": "inc", "metric": "killed", "figure": "+2", "source": "A", "reported_at": "2025-04-24T10:00Z"})
    base = log.add(
        {"event": "inc-linked", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"}
    )
    log.add(base.revised(figure="+2", reported_at="2025-04-24T10:00Z"))
    log.add({"event": "tie", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    log.add({"event": "tie", "metric": "killed", "figure": "14", "source": "B", "reported_at": "2025-04-24T09:00Z"})
    log.add({"event": "days", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24"})
    log.add({"event": "days", "metric": "killed", "figure": "14", "source": "B", "reported_at": "2025-04-24T15:00Z"})
    log.add({"event": "calendars", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24"})
    log.add(
        {
            "event": "calendars",
            "metric": "killed",
            "figure": "14",
            "source": "B",
            "reported_at": "2025-04-24T00:00+03:00",
            "reported_precision": "day",
        }
    )
    log.add({"event": "next-day", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24"})
    log.add({"event": "next-day", "metric": "killed", "figure": "14", "source": "B", "reported_at": "2025-04-25"})
    log.add({"event": "plain", "metric": "killed", "figure": "14", "source": "B", "reported_at": "2025-04-25"})
    mine = log.add(
        {"event": "withdrawn", "metric": "killed", "figure": "9", "source": "A", "reported_at": "2025-04-25"}
    )
    log.add(mine.retracted(reported_at="2025-04-26"))
    theirs = log.add(
        {"event": "refused", "metric": "killed", "figure": "9", "source": "A", "reported_at": "2025-04-25"}
    )
    log.add(theirs.retracted(source="B", reported_at="2025-04-26"))
    tied = log.add(
        {"event": "tie-linked", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"}
    )
    log.add(tied.revised(figure="12", reported_at="2025-04-24T10:00Z"))
    log.add(
        {"event": "tie-linked", "metric": "killed", "figure": "3", "source": "B", "reported_at": "2025-04-24T10:00Z"}
    )
    # A's "10" said again through another channel the same day: superseding one supersedes the repeat.
    repeated = log.add(
        {"event": "repeat", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24"}
    )
    log.add(
        {
            "event": "repeat",
            "metric": "killed",
            "figure": "10",
            "source": "A",
            "via": "X",
            "reported_at": "2025-04-24T09:00Z",
        }
    )
    log.add(repeated.revised(figure="12", reported_at="2025-04-25T10:00Z"))
    # ... and a repeat that is a sum: 8, then "+2" the same day, is the superseded 10 again.
    summed = log.add(
        {"event": "repeat-summed", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24"}
    )
    for amount, said in (("8", "08:00"), ("+2", "09:00")):
        log.add(
            {
                "event": "repeat-summed",
                "metric": "killed",
                "figure": amount,
                "source": "A",
                "via": "X",
                "reported_at": f"2025-04-24T{said}Z",
            }
        )
    log.add(summed.revised(figure="12", reported_at="2025-04-25T10:00Z"))
    log.add(
        {"event": "said-twice", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"}
    )
    log.add(
        {"event": "said-twice", "metric": "killed", "figure": "14", "source": "A", "reported_at": "2025-04-24T09:00Z"}
    )
    theirs = log.add(
        {"event": "inc-cross", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"}
    )
    log.add(theirs.revised(figure="+2", source="B", reported_at="2025-04-24T10:00Z"))
    described = log.add(
        {
            "event": "as-of-linked",
            "metric": "killed",
            "figure": "10",
            "source": "A",
            "reported_at": "2025-04-24T13:00Z",
            "as_of": "2025-04-24T12:00Z",
        }
    )
    log.add(described.revised(figure="8", reported_at="2025-04-24T14:00Z", as_of="2025-04-24T11:00Z"))
    for amount, said, moment in (("10", "13:00", "12:00"), ("8", "14:00", "11:00")):
        log.add(
            {
                "event": "as-of",
                "metric": "killed",
                "figure": amount,
                "source": "A",
                "reported_at": f"2025-04-24T{said}Z",
                "as_of": f"2025-04-24T{moment}Z",
            }
        )
    results = log.resolve_all()
    kinds = {r.count.event: type(r) for r in results}
    assert kinds == {
        "linked": LazyResolution,  # a source replacing its own earlier figure
        "cross": LazyResolution,  # another originator's figure replacing A's: A has no current figure
        "inc": LazyResolution,  # an increment on the source's previous figure
        "inc-linked": LazyResolution,  # an increment linked to the figure it adds to
        "inc-cross": LazyResolution,  # an increment on another originator's figure, which it supersedes
        "tie": LazyResolution,  # said together: compared pair by pair in the bulk engine
        "days": LazyResolution,  # a time within another claim's day
        "calendars": LazyResolution,  # "24 April" on two calendars: the same day as written
        "next-day": LazyResolution,
        "plain": LazyResolution,
        "withdrawn": LazyResolution,  # a source withdrawing its own statement
        "refused": Resolution,  # another source's withdrawal is an anomaly
        "tie-linked": LazyResolution,  # a link and a tie, but no figure said twice: no repeat to find
        "repeat": LazyResolution,  # a repeat of a superseded figure is superseded too
        "repeat-summed": LazyResolution,  # ... and one that is a sum of increments (issue 14 item 1b)
        "said-twice": Resolution,  # one source, one moment, two figures: the range keeps both
        "as-of": LazyResolution,  # ordered by the moment described: the later statement's 8 is older
        "as-of-linked": LazyResolution,  # ... and a link from it replaces the later moment: 8 is current
    }
    assert log.resolve("tie", "killed").conflicts
    assert [log.resolve(e, "killed").best for e in ("as-of", "as-of-linked", "said-twice")] == [10, 8, 14]
    assert log.resolve("said-twice", "killed").low == 10
    assert log.resolve("repeat", "killed").superseded  # the 10 said through X went with the 10 replaced
    assert [c.figure.point for c in log.resolve("repeat-summed", "killed").superseded if c.figure] == [10, 8, 2]
    for policy in ALL_POLICIES[:-1]:
        assert assert_agrees(log, policy, None, None) == 16


def test_bulk_engine_future_claims_set_aside_as_the_reference_does() -> None:
    """A claim dated more than a day after it was recorded never sets a figure; the bulk engine
    sets it aside as the reference engine does (it used to leave the count to the reference
    engine: issue 14 item 1b), and a claim said after the query's clock changes nothing."""
    log = CasualtyLog(clock=lambda: datetime(2025, 4, 24, 12, tzinfo=UTC))
    log.add({"event": "f", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    log.add(
        {
            "event": "f",
            "metric": "killed",
            "figure": "99",
            "source": "B",
            "reported_at": "2025-04-30T09:00Z",
            "recorded_at": "2025-04-24T11:00Z",
        }
    )
    (res,) = log.resolve_all()
    assert isinstance(res, LazyResolution)
    assert (res.best, res.claim_count, [c.figure.point for c in res.future if c.figure]) == (10, 2, [99])
    for policy in ALL_POLICIES:
        assert assert_agrees(log, policy, None, None) == (0 if isinstance(policy, Median) and policy.weights else 1)


def test_bulk_provenance_on_demand_is_computed_once_and_equals_resolve() -> None:
    log = CasualtyLog(
        [
            {"event": "e", "metric": "killed", "figure": "10-14", "source": "A", "reported_at": "2025-04-24T09:00Z"},
            {"event": "e", "metric": "killed", "figure": "12", "source": "B", "reported_at": "2025-04-24T10:00Z"},
        ]
    )
    (res,) = log.resolve_all()
    assert isinstance(res, LazyResolution)
    assert not res.provenance_built  # numbers only so far
    assert (res.best, res.low, res.high, res.sources, res.claim_count) == (12, 10, 14, 2, 2)
    assert not res.provenance_built
    assert res.explain() == log.resolve("e", "killed").explain()
    assert res.full() is res.full()
    # Claims added later do not change a resolution already made.
    log.add({"event": "e", "metric": "killed", "figure": "30", "source": "C", "reported_at": "2025-04-24T11:00Z"})
    assert len(res.considered) == 2
    assert log.resolve_all()[0].best == 30


def test_bulk_provenance_on_demand_survives_pickle_and_copy() -> None:
    import copy  # noqa: PLC0415 - only this test copies
    import pickle  # noqa: PLC0415 - our own objects, never untrusted input

    log = CasualtyLog(
        [{"event": "e", "metric": "killed", "figure": "12", "source": "A", "reported_at": "2025-04-24T09:00Z"}]
    )
    (res,) = log.resolve_all()
    assert isinstance(res, LazyResolution)
    assert pickle.loads(pickle.dumps(res)) == res  # noqa: S301 - a round trip of our own object
    assert copy.deepcopy(res) == res
    assert hash(res) == hash(log.resolve("e", "killed"))


def test_bulk_columns_bytes_per_claim() -> None:
    log = CasualtyLog(
        {
            "event": f"e{i % 50}",
            "metric": "killed",
            "figure": str(i),
            "source": f"s{i % 7}",
            "reported_at": "2025-04-24T09:00Z",
        }
        for i in range(1000)
    )
    log.resolve_all()
    columns = log_columns(log)
    assert len(columns) == 1000
    # about 70 bytes of numbers, four sort orders (4 bytes each) and a reference: far below 300
    assert columns.nbytes() / len(columns) <= 128


def test_bulk_columns_follow_appends() -> None:
    log = CasualtyLog()
    log.add({"event": "e", "metric": "killed", "figure": "3", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    assert log.resolve_all()[0].best == 3
    log.add({"event": "e", "metric": "killed", "figure": "5", "source": "A", "reported_at": "2025-04-24T10:00Z"})
    log.add({"event": "f", "metric": "killed", "figure": "7", "source": "A", "reported_at": "2025-04-24T10:00Z"})
    assert [r.best for r in log.resolve_all()] == [5, 7]
    assert len(log_columns(log)) == 3


def test_bulk_engine_empty_log() -> None:
    log = CasualtyLog()
    assert log.resolve_all() == []
    assert resolve_all_bulk(log, POLICIES["range"], None, None) == []


def test_bulk_benchmark_script_runs() -> None:
    """benchmarks/bulk.py at a tiny size, with its check against the reference engine."""
    pytest.importorskip("pandas")
    from benchmarks import bulk as bench  # noqa: PLC0415 - a script, imported only here

    (table,) = [bench.run(400, seed=1, repeat=1, do_check=True)]
    assert table[-1][0].endswith(" 0 mismatches")


def test_bulk_section_survives_the_main_benchmark_report(tmp_path: Path) -> None:
    from benchmarks.bulk import END, START  # noqa: PLC0415 - a script, imported only here
    from benchmarks.run import KEEP_MARKER, _kept_sections  # noqa: PLC0415 - a script, imported only here

    doc = tmp_path / "performance.md"
    assert _kept_sections(doc) == ""
    kept = f"{KEEP_MARKER}\n\n## Bulk\n\ntext\n\n{START}\n| b |\n{END}\n"
    doc.write_text(f"# Performance\n\n| a |\n\n{kept}", encoding="utf-8")
    assert _kept_sections(doc) == kept


def test_bulk_path_off_without_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    import casualtylog.bulk as bulk  # noqa: PLC0415 - patched for this test only

    monkeypatch.setattr(bulk, "available", lambda: False)
    log = CasualtyLog([{"event": "e", "metric": "killed", "figure": "3", "source": "A", "reported_at": "2025-04-24"}])
    (res,) = log.resolve_all()
    assert type(res) is Resolution


def test_bulk_dask_partitions_frame_without_building_provenance() -> None:
    """Item 5: each Dask partition runs resolve_all (the bulk engine); its frame reads the
    tallies, so provenance is built only for counts with conflicts, and the frame is the same."""
    pytest.importorskip("pandas")
    from casualtylog._result_frames import resolution_frame  # noqa: PLC0415 - needs pandas

    log = CasualtyLog(
        [
            {"event": "calm", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"},
            {"event": "calm", "metric": "killed", "figure": "12", "source": "B", "reported_at": "2025-04-24T10:00Z"},
            {"event": "fell", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"},
            {"event": "fell", "metric": "killed", "figure": "4", "source": "B", "reported_at": "2025-04-24T10:00Z"},
        ]
    )
    results = log.resolve_all()
    assert all(isinstance(r, LazyResolution) for r in results)
    frame = resolution_frame(results)
    assert [isinstance(r, LazyResolution) and r.provenance_built for r in results] == [
        False,
        True,
    ]  # "fell" has a conflict
    reference = [resolve_claims(r.count, log.claims_about_count(r.count), POLICIES["range"]) for r in results]
    assert frame.equals(resolution_frame(reference))


def test_bulk_long_series_benchmark_runs() -> None:
    """Item 4: benchmarks/long_series.py times history, at= and known-series on the real slice."""
    from benchmarks.long_series import rows  # noqa: PLC0415 - a script, imported only here

    table = rows(Path(__file__).parent / "data", repeat=1, longest=1)
    assert [row[2] for row in table] == ["resolve", "resolve(at=middle)", "history", "known_series, daily"]


def _built(found: Resolutions) -> int:
    """How many result objects a columnar result has made so far."""
    table = found._table
    assert table is not None
    return len(table._numbers._done)  # type: ignore[attr-defined]


def test_bulkres_cheaper_results_are_columnar_and_built_on_read() -> None:
    """Item 1a: resolve_all's result holds the numbers as arrays; a result object is made only
    for the item read (the same object when read again), and the sequence equals the list."""
    log = CasualtyLog(
        [
            {
                "event": f"e{i}",
                "metric": "killed",
                "figure": str(10 + i),
                "source": "A",
                "reported_at": "2025-04-24T09:00Z",
            }
            for i in range(6)
        ]
        + [
            {
                "event": "e2",
                "metric": "injured",
                "group": "children",
                "figure": "4",
                "source": "B",
                "reported_at": "2025-04-24",
            }
        ]
    )
    found = log.resolve_all()
    assert found._table is not None
    assert _built(found) == 0
    first = found[0]
    assert isinstance(first, LazyResolution)
    assert found[0] is first
    assert found[-1].count.event == "e5"
    assert _built(found) == 2
    with pytest.raises(IndexError):
        found[7]
    kept = found.where(event="e2")
    assert [str(r.count) for r in kept] == ["e2 / injured / children", "e2 / killed"]
    assert found.where(group="*")[0].best == 4
    assert found[1:3] == [found[1], found[2]]
    assert found[::-1][0] is found[-1]
    reference = [resolve_claims(c, log.claims_about_count(c), POLICIES["range"]) for c in log.counts()]
    assert found == reference
    assert reference == list(found)
    assert found == tuple(reference)
    assert hash(found) == hash(Resolutions(reference))
    assert str(found) == str(Resolutions(reference))
    assert repr(found) == repr(Resolutions(reference))
    assert found + found[:0] == reference


def test_bulkres_cheaper_results_keep_the_claims_of_their_moment() -> None:
    """Item 1a: an item read after later adds still explains the claims the call resolved."""
    log = CasualtyLog(
        [{"event": "e", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"}]
    )
    found = log.resolve_all()
    log.add({"event": "e", "metric": "killed", "figure": "30", "source": "B", "reported_at": "2025-04-24T10:00Z"})
    (res,) = found
    assert (res.best, len(res.considered), res.claim_count) == (10, 1, 1)
    assert log.resolve_all()[0].best == 30


def test_bulkres_cheaper_results_frame_and_pickle_equal_the_list() -> None:
    """Item 1a: to_frame() and pickling give what the list of full resolutions gives."""
    import pickle  # noqa: PLC0415 - only this test pickles

    pytest.importorskip("pandas")
    log = CasualtyLog(
        [
            {"event": "a", "metric": "killed", "figure": "10-14", "source": "A", "reported_at": "2025-04-24T09:00Z"},
            {"event": "a", "metric": "killed", "figure": "12", "source": "B", "reported_at": "2025-04-24T10:00Z"},
            {"event": "b", "metric": "killed", "figure": "3", "source": "A", "reported_at": "2025-04-24"},
        ]
    )
    found = log.resolve_all()
    reference = Resolutions(resolve_claims(c, log.claims_about_count(c), POLICIES["range"]) for c in log.counts())
    assert found.to_frame().equals(reference.to_frame())
    assert (
        found.where(event="b")
        .to_frame()
        .reset_index(drop=True)
        .equals(reference.where(event="b").to_frame().reset_index(drop=True))
    )
    assert pickle.loads(pickle.dumps(found)) == reference  # noqa: S301 - our own bytes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_lists(max_size=20), data=st.data())
def test_bulkres_cheaper_results_select_as_the_list_does(claims: list[Claim], data: st.DataObject) -> None:
    """Item 1a, property: where() and slices of the columnar result equal those of the list."""
    log = _log(claims)
    found = log.resolve_all()
    listed = Resolutions(list(log.resolve_all()))
    assert found == listed
    event = data.draw(st.sampled_from([None, *EVENTS]))
    metric = data.draw(st.sampled_from([None, *METRICS]))
    group = data.draw(st.sampled_from([None, "*", *GROUPS]))
    columnar = log.resolve_all().where(event=event, metric=metric, group=group)
    assert columnar == listed.where(event=event, metric=metric, group=group)
    start, stop = data.draw(st.integers(-5, 5)), data.draw(st.integers(-5, 25))
    assert log.resolve_all()[start:stop] == listed[start:stop]


@st.composite
def late_dated_claim_lists(draw: st.DrawFn) -> list[Claim]:
    """Plain claims, some dated after they were recorded: within a day (kept) or beyond (set aside)."""
    out = []
    for claim in draw(plain_claim_lists()):
        late = draw(
            st.sampled_from(
                [None, None, timedelta(hours=3), timedelta(days=1), timedelta(days=1, seconds=1), timedelta(days=4)]
            )
        )
        if late is not None:
            claim = claim.model_copy(update={"recorded_at": claim.reported_at.astimezone(UTC) - late})
        out.append(claim)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=late_dated_claim_lists(), data=st.data())
def test_bulkres_fewer_fallbacks_claims_dated_after_recorded(claims: list[Claim], data: st.DataObject) -> None:
    """Item 1b, property: claims said after they were recorded (the benchmark's second commonest
    reason to leave a count, 44 of 216 at 100k) stay on the bulk path and agree with the reference."""
    log = _log(claims)
    at = data.draw(moments_or_none())
    known_at = data.draw(moments_or_none())
    for policy in ALL_POLICIES:
        assert_agrees(log, policy, None, None)
        assert_agrees(log, policy, at, known_at)


@st.composite
def summed_repeat_claim_lists(draw: st.DrawFn) -> list[Claim]:
    """One count, two or three originators, each stating totals and increments through several
    channels, revising some by link: repeats of superseded figures that are sums of increments."""
    out: list[Claim] = []
    for _ in range(draw(st.integers(min_value=2, max_value=16))):
        source = draw(st.sampled_from(["A", "B", "C"]))
        day = draw(st.integers(0, 2))
        precision = draw(st.sampled_from([Precision.DAY, Precision.HOUR, Precision.MINUTE]))
        when = BASE + timedelta(days=day, hours=draw(st.integers(0, 23)), minutes=draw(st.integers(0, 59)))
        when = when.replace(minute=0) if precision is Precision.HOUR else when
        when = when.replace(hour=0, minute=0) if precision is Precision.DAY else when
        shapes = st.sampled_from(
            ["8", "10", "12", "+2", "+4", "+2", "at most 10", "about 10", "dozens", "10-12", "at least 8"]
        )
        record: dict[str, Any] = {
            "event": "summed",
            "metric": "killed",
            "figure": draw(shapes),
            "source": source,
            "via": draw(st.sampled_from([None, "X", "Y"])),
            "reported_at": when,
            "reported_precision": precision,
        }
        own = [c for c in out if c.source.key == source.casefold()]
        if out and draw(st.integers(0, 2)) == 0:
            record["supersedes"] = [draw(st.sampled_from(own or out)).id]
        claim = Claim.model_validate(record)
        if claim.id not in {c.id for c in out}:
            out.append(claim)
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=summed_repeat_claim_lists(), data=st.data())
def test_bulkres_fewer_fallbacks_repeats_of_summed_increments(claims: list[Claim], data: st.DataObject) -> None:
    """Item 1b, property: a repeat of a superseded figure that is a sum of increments (the
    benchmark's commonest reason to leave a count, 167 of 216 at 100k) is superseded with it
    by the bulk engine, as by the reference engine."""
    log = _log(claims)
    at = data.draw(moments_or_none())
    for policy in ALL_POLICIES:
        assert_agrees(log, policy, None, None)
        assert_agrees(log, policy, at, None)
