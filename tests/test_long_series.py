"""Issue 14 item 4: long series cost per step. The per-count index that ``resolve(at=)``
bisects and the period walk of the known-series give the same answers as before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog
from casualtylog.claims import Count
from casualtylog.known import known_series
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.policies import get_policy

DAY0 = datetime(2024, 3, 20, tzinfo=UTC)  # spans the DST change in Europe

_claim = st.fixed_dictionaries(
    {
        "figure": st.sampled_from(["10", "12", "15", "at least 11", "about 20", "8", "+2", "10-14"]),
        "source": st.sampled_from(["A", "B", "C"]),
        "day": st.integers(0, 40),
        "hour": st.one_of(st.none(), st.integers(0, 23)),
    }
)


def _record(c: dict[str, object]) -> dict[str, object]:
    day = DAY0 + timedelta(days=int(c["day"]))  # type: ignore[call-overload]
    said = day.date().isoformat() if c["hour"] is None else (day + timedelta(hours=int(c["hour"]))).isoformat()  # type: ignore[call-overload]
    return {"event": "e", "metric": "killed", "figure": c["figure"], "source": c["source"], "reported_at": said}


@settings(max_examples=60, deadline=None)
@given(st.lists(_claim, min_size=1, max_size=14), st.lists(st.integers(0, 42 * 24), min_size=1, max_size=6))
def test_long_series_at_index_equals_the_whole_count_filtered(claims: list[dict[str, object]], hours: list[int]) -> None:
    """Queries between adds (the index extended out of order) equal resolving every claim with ``at=``."""
    log = CasualtyLog()
    count = Count.of("e", "killed")
    for i, c in enumerate(claims):
        log.add(_record(c))
        for h in hours[: 1 + i % len(hours)]:
            at = DAY0 + timedelta(hours=h)
            got = log.resolve("e", "killed", at=at)
            want = resolve_claims(count, log.claims_about("e", "killed"), get_policy(None), at=at)
            assert got == want


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_claim, min_size=1, max_size=14),
    st.sampled_from(["day", "week", "month"]),
    st.sampled_from([UTC, ZoneInfo("Europe/Kyiv"), ZoneInfo("America/New_York")]),
)
def test_long_series_known_series_equals_resolve_at_in_every_frequency_and_zone(
    claims: list[dict[str, object]], freq: str, tz: object
) -> None:
    log = CasualtyLog([_record(c) for c in claims])
    points = list(known_series(log, "e", "killed", freq=freq, tz=tz))  # type: ignore[arg-type]
    for before, after in pairwise(points):
        assert before.at.astimezone(tz).replace(tzinfo=None) == datetime.combine(after.day, datetime.min.time())  # type: ignore[arg-type]
        assert after.at > before.at
    for point in points:
        res = log.resolve("e", "killed", at=point.at)
        assert (point.best, point.low, point.high) == (res.best, res.low, res.high), point


@settings(max_examples=40, deadline=None)
@given(st.lists(_claim, min_size=2, max_size=12))
def test_long_series_kept_history_equals_a_fresh_replay_after_every_add(claims: list[dict[str, object]]) -> None:
    """The log keeps a count's history until a claim about it is added: then it replays again."""
    log = CasualtyLog()
    for c in claims:
        log.add(_record(c))
        kept = log.history("e", "killed")
        assert log.history("e", "killed") is kept  # the known-series of each frequency reads this one
        fresh = CasualtyLog(log.claims_about("e", "killed")).history("e", "killed")
        assert kept.steps == fresh.steps
        assert kept.claims == fresh.claims
        assert log.history("e", "killed", clock="recorded") is not kept
