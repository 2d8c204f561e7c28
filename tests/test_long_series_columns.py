"""Issue 14 item 4: a plain count's history replayed as columns, each step made when read.

The columnar replay (casualtylog/history_columns.py) must give what a replay
resolving every moment with the reference engine gives, field by field; making
the steps lazily must not change any value, whatever order (or thread) reads
them; and its index must answer ``resolve(at=)`` as the engine does.
"""

from __future__ import annotations

import copy
import pickle
import threading
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog import POLICIES, CasualtyLog, Claim
from casualtylog.history import Clock, History, build_history
from casualtylog.history_columns import PlainSteps, _pair, plain_history
from casualtylog.history_steps import HistorySteps
from casualtylog.known import known_series
from casualtylog.resolve.engine import compare_originators
from casualtylog.resolve.model import Candidate
from casualtylog.resolve.policies import get_policy
from tests.strategies import figures
from tests.test_long_series_on_demand import (
    assert_query_equals_the_engine,
    assert_steps_equal_a_full_replay,
    moments_of,
    step_fields,
)

DAY0 = datetime(2024, 3, 25, tzinfo=UTC)  # the series crosses the DST change in Kyiv
KYIV = ZoneInfo("Europe/Kyiv")
SOURCES = ["General Staff", "Ministry of Health", "Media Office"]


@st.composite
def plain_series(draw: st.DrawFn, *, max_sources: int = 3, max_days: int = 12) -> list[Claim]:
    """Daily series of one to three sources: figures with no link or increment, each source's days
    increasing (sometimes two sources on one day, an ``as_of``, a named zone, a projection, a claim
    dated in the future or unrecorded: the replay's business then, which must give the same)."""
    records: list[dict[str, Any]] = []
    for source in SOURCES[: draw(st.integers(1, max_sources))]:
        days = sorted(set(draw(st.lists(st.integers(0, 30), min_size=1, max_size=max_days))))
        for day in days:
            hour = draw(st.one_of(st.none(), st.none(), st.integers(0, 23)))
            zone = draw(st.sampled_from([UTC, UTC, UTC, KYIV]))
            said = (DAY0 + timedelta(days=day)).astimezone(zone)
            record: dict[str, Any] = {
                "event": "e",
                "metric": "killed",
                "figure": draw(figures(increments=False)),
                "source": source,
                "reported_at": said.date().isoformat() if hour is None else (said + timedelta(hours=hour)).isoformat(),
                "recorded_at": draw(
                    st.sampled_from(
                        [
                            DAY0 + timedelta(days=day + 1, hours=2),
                            DAY0 + timedelta(days=40),
                            DAY0 + timedelta(days=day - 3),  # dated in the future
                            None,
                        ]
                    )
                    if draw(st.integers(0, 9)) == 0
                    else st.just(DAY0 + timedelta(days=day + 1, hours=2))
                ),
            }
            if draw(st.integers(0, 14)) == 0:
                record["as_of"] = (DAY0 + timedelta(days=draw(st.integers(0, 30)))).isoformat()
            if draw(st.integers(0, 14)) == 0:
                record["status"] = draw(st.sampled_from(["projected", "preliminary", "confirmed"]))
            records.append(record)
    log = CasualtyLog(records)
    return log.claims_about("e", "killed")


@settings(max_examples=120, deadline=None)
@given(plain_series(), st.sampled_from(sorted(POLICIES)), st.sampled_from(["reported", "recorded"]))
def test_long_series_columns_every_field_of_every_step_equals_a_full_replay(
    claims: list[Claim], policy: str, clock: Clock
) -> None:
    assert_steps_equal_a_full_replay(CasualtyLog(claims), claims[0].count, policy, clock)


@settings(max_examples=60, deadline=None)
@given(plain_series(), st.sampled_from(sorted(POLICIES)), st.sampled_from(["at", "known_at"]))
def test_long_series_columns_index_answers_every_moment_as_the_engine(
    claims: list[Claim], policy: str, which: str
) -> None:
    log = CasualtyLog(claims)
    clock: Clock = "reported" if which == "at" else "recorded"
    log.history(*claims[0].count, policy=policy, clock=clock)  # kept: queries bisect its index
    for moment in moments_of(claims, clock):
        at, known_at = (moment, None) if which == "at" else (None, moment)
        assert_query_equals_the_engine(log, claims[0].count, policy, at, known_at)


@settings(max_examples=60, deadline=None)
@given(plain_series(), st.sampled_from(sorted(POLICIES)), st.randoms(use_true_random=False))
def test_long_series_columns_reading_in_any_order_changes_no_value(claims: list[Claim], policy: str, rng: Any) -> None:
    """Steps made out of order, from the end, by slices, or never (numbers and moments) are the same."""
    count = claims[0].count
    in_order = step_fields(build_history(count, claims, get_policy(policy)))
    shuffled = build_history(count, claims, get_policy(policy))
    assert isinstance(shuffled.steps, HistorySteps)
    # Read as columns before any step is made: they equal the steps' own fields.
    assert list(shuffled.moments()) == [f[0] for f in in_order]
    assert list(shuffled.numbers()) == [f[1:4] for f in in_order]
    order = list(range(len(shuffled)))
    rng.shuffle(order)
    made = {k: shuffled[k - len(shuffled)] for k in order}  # negative indices too
    assert all(made[k] is shuffled[k] for k in order)  # made once: the same object again
    assert step_fields(shuffled) == in_order
    assert shuffled.steps[1:] == tuple(shuffled)[1:]


@settings(max_examples=25, deadline=None)
@given(plain_series(max_sources=2, max_days=25), st.sampled_from(sorted(POLICIES)))
def test_long_series_columns_steps_read_from_threads_are_one_set_of_objects(claims: list[Claim], policy: str) -> None:
    history = build_history(claims[0].count, claims, get_policy(policy))
    want = step_fields(build_history(claims[0].count, claims, get_policy(policy)), resolutions=False)
    seen: list[list[object]] = []
    barrier = threading.Barrier(4)

    def read(reverse: bool) -> None:
        barrier.wait()
        indices = range(len(history) - 1, -1, -1) if reverse else range(len(history))
        got = {k: history[k] for k in indices}
        seen.append([got[k] for k in range(len(history))])

    threads = [threading.Thread(target=read, args=(i % 2 == 1,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 4
    for other in seen[1:]:
        assert all(a is b for a, b in zip(seen[0], other, strict=True))
    assert step_fields(history, resolutions=False) == want


_WRITTEN = ["%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%dT%H:%M%z", "%Y-%m-%dT%H:%M:%S%z"]  # year … second


@settings(max_examples=300, deadline=None)
@given(
    st.tuples(figures(increments=False), figures(increments=False)),
    st.tuples(st.integers(0, 4 * 24 * 60), st.integers(0, 4 * 24 * 60)),
    st.tuples(st.sampled_from(_WRITTEN), st.sampled_from(_WRITTEN)),
    st.tuples(st.sampled_from([UTC, KYIV, timezone(timedelta(hours=-5))]), st.sampled_from([UTC, KYIV])),
    st.sampled_from(sorted(POLICIES)),
)
def test_long_series_columns_a_pair_is_compared_as_the_engine_compares_it(
    figs: tuple[Any, Any], minutes: tuple[int, int], written: tuple[str, str], zones: tuple[Any, Any], policy: str
) -> None:
    """Two sources' current figures, said minutes to days apart, known to the year … second, in
    several zones: ``_pair`` says what ``compare_originators`` says, its cache of times kept or not."""

    def claim(source: str, figure: Any, minute: int, form: str, zone: Any) -> Claim:
        said = (DAY0 + timedelta(minutes=minute)).astimezone(zone).strftime(form)
        if len(said) > 10 and said[-5] in "+-":  # %z gives +0300: the library reads +03:00
            said = said[:-2] + ":" + said[-2:]
        record = {"event": "e", "metric": "killed", "figure": figure, "source": source, "reported_at": said}
        return Claim.model_validate(record)

    a = claim("A", figs[0], minutes[0], written[0], zones[0])
    b = claim("B", figs[1], minutes[1], written[1], zones[1])
    ca, cb = Candidate(a, a.figure), Candidate(b, b.figure)  # type: ignore[arg-type]
    credible, _, conflicts = compare_originators([ca, cb], get_policy(policy))
    naive: dict[int, datetime] = {}
    for _ in range(2):  # the times as written made, then read from the cache
        assert _pair(ca, cb, get_policy(policy).drop_outdated, naive, [0, 1]) == (credible, bool(conflicts))


def _daily(n: int, sources: int = 1) -> list[dict[str, Any]]:
    return [
        {
            "event": "e",
            "metric": "killed",
            "figure": f"about {1000 + 10 * i}" if i % 7 else f"more than {1000 + 10 * i}",
            "source": SOURCES[i % sources],
            "reported_at": (DAY0 + timedelta(days=i)).date().isoformat(),
        }
        for i in range(n)
    ]


def test_long_series_columns_a_daily_series_takes_the_columnar_path_and_makes_no_step_until_read() -> None:
    for sources in (1, 2, 3):
        log = CasualtyLog(_daily(200, sources))
        history = log.history("e", "killed")
        assert isinstance(history.steps, HistorySteps)
        assert isinstance(history.steps._columns, PlainSteps)
        assert history.steps._built == [None] * len(history)
        series = known_series(log, "e", "killed")  # reads the columns: still no step made
        assert history.steps._built == [None] * len(history)
        assert [p.best for p in series.points if p.changed] == [n[0] for n in history.numbers()]
        last = history[-1]
        assert history.steps._built.count(None) == len(history) - 1
        assert last is history[len(history) - 1]
        assert_steps_equal_a_full_replay(log, history.count, "range", "reported")


def test_long_series_columns_a_lazy_history_pickles_copies_and_compares_as_its_steps() -> None:
    log = CasualtyLog(_daily(30, 2))
    history = log.history("e", "killed")
    again = pickle.loads(pickle.dumps(history))  # noqa: S301 - our own bytes
    for other in (again, copy.copy(history), copy.deepcopy(history)):
        assert other == history
        assert [s.reason for s in other] == [s.reason for s in history]
    assert history.steps == tuple(history)  # a tuple of the same steps is equal, either way round
    assert tuple(history) == history.steps
    assert History(history.count, history.policy, history.clock, tuple(history), history.claims) == history


def test_long_series_columns_other_counts_are_left_to_the_replay() -> None:
    """A link, an increment, a source saying two things at one moment, or a policy's subclass: no columns."""
    policy = get_policy(None)
    base = _daily(5)
    linked = CasualtyLog(base)
    first = linked.claims_about("e", "killed")[0]
    linked.add(first.revised(figure="2000", reported_at=DAY0 + timedelta(days=9)))
    increment = CasualtyLog([*base, {**base[-1], "figure": "+5", "reported_at": "2024-04-08"}])
    twice = CasualtyLog([*base, {**base[-1], "figure": "5000"}])
    for log in (linked, increment, twice):
        claims = log.claims_about("e", "killed")
        assert plain_history(claims[0].count, claims, policy, "reported") is None
        assert_steps_equal_a_full_replay(log, claims[0].count, "range", "reported")

    class Mine(type(policy)):  # type: ignore[misc]
        pass

    claims = CasualtyLog(base).claims_about("e", "killed")
    assert plain_history(claims[0].count, claims, Mine(), "reported") is None
