"""Issue 9 properties: periods partition running totals, the known-series is resolve(at=),
and a source's tie is independent of evidence and order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog
from casualtylog.known import known_series
from casualtylog.periods import Period, periods_from_running, running_from_periods
from casualtylog.timeline import findings_over_time

DAY0 = datetime(2023, 10, 7, tzinfo=UTC)


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=40), st.integers(0, 10_000))
def test_periods_of_a_complete_partition_sum_to_their_running_total(daily: list[int], base: int) -> None:
    days = [Period(DAY0 + timedelta(days=i), DAY0 + timedelta(days=i + 1)) for i in range(len(daily))]
    running = running_from_periods(list(zip(days, daily, strict=True)), base=base)
    assert running[-1][1] == base + sum(daily)
    derived = periods_from_running([(DAY0, base), *running])
    assert derived == list(zip(days, daily, strict=True))
    assert sum(v for _, v in derived) == running[-1][1] - base


_claim = st.fixed_dictionaries(
    {
        "figure": st.sampled_from(["10", "12", "15", "at least 11", "about 20", "8", "+2", "10-14"]),
        "source": st.sampled_from(["A", "B", "C"]),
        "day": st.integers(0, 12),
        "hour": st.one_of(st.none(), st.integers(0, 23)),
        "as_of_back": st.one_of(st.none(), st.integers(0, 3)),
        "status": st.sampled_from(["reported", "preliminary", "confirmed"]),
    }
)


def _record(c: dict[str, object]) -> dict[str, object]:
    day = DAY0 + timedelta(days=int(c["day"]))  # type: ignore[call-overload]
    said = day.date().isoformat() if c["hour"] is None else (day + timedelta(hours=int(c["hour"]))).isoformat()  # type: ignore[call-overload]
    rec: dict[str, object] = {
        "event": "e",
        "metric": "killed",
        "figure": c["figure"],
        "source": c["source"],
        "reported_at": said,
        "status": c["status"],
    }
    if c["as_of_back"] is not None:
        rec["as_of"] = (day - timedelta(days=int(c["as_of_back"]))).isoformat()  # type: ignore[call-overload]
    return rec


@settings(max_examples=60, deadline=None)
@given(st.lists(_claim, min_size=1, max_size=12))
def test_known_series_equals_resolve_at_every_step(claims: list[dict[str, object]]) -> None:
    log = CasualtyLog([_record(c) for c in claims])
    for point in known_series(log, "e", "killed"):
        res = log.resolve("e", "killed", at=point.at)
        assert (point.best, point.low, point.high) == (res.best, res.low, res.high), point


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 5000), min_size=2, max_size=4, unique=True),
    st.lists(st.text(max_size=8), min_size=4, max_size=4),
    st.randoms(use_true_random=False),
    st.lists(_claim, max_size=5),
)
def test_ties_are_independent_of_evidence_and_order(
    figures: list[int], evidence: list[str], rnd: object, others: list[dict[str, object]]
) -> None:
    tie: list[dict[str, object]] = [
        {
            "event": "e",
            "metric": "killed",
            "figure": str(f),
            "source": "WHO",
            "reported_at": "2019-07-06",
            "url": f"https://r/{evidence[i % 4]}",
            "quote": evidence[(i + 1) % 4] or None,
        }
        for i, f in enumerate(figures)
    ]
    plain: list[dict[str, object]] = [t | {"url": None, "quote": None} for t in tie]
    rest = [_record(c) for c in others]
    shuffled = tie + rest
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a = CasualtyLog(plain + rest).resolve("e", "killed")
    b = CasualtyLog(shuffled).resolve("e", "killed")
    assert (a.best, a.low, a.high) == (b.best, b.low, b.high)
    assert a.best_claim is not None
    assert b.best_claim is not None
    assert str(a.best_claim.figure) == str(b.best_claim.figure)
    if a.best_claim.source.name == "WHO" and a.best_claim.reported_at == datetime(2019, 7, 6, tzinfo=UTC):
        assert a.low is not None
        assert a.high is not None
        assert a.low <= min(figures)
        assert max(figures) <= a.high


_simple_claim = st.fixed_dictionaries(
    {
        "figure": st.sampled_from(["10", "12", "15", "at least 11", "about 20", "8", "10-14", "3"]),
        "source": st.sampled_from(["A", "B", "C"]),
        "day": st.integers(0, 8),
        "hour": st.one_of(st.none(), st.integers(0, 23)),
        "as_of_back": st.one_of(st.none(), st.integers(0, 3)),
        "status": st.sampled_from(["reported", "preliminary", "confirmed"]),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_simple_claim, min_size=1, max_size=12))
def test_findings_over_time_equal_check_at_every_moment(claims: list[dict[str, object]]) -> None:
    log = CasualtyLog([_record(c) for c in claims])
    spans = findings_over_time(log)
    kinds = {"cumulative_fell", "conflict"}
    for moment in sorted({c.available_at for c in log}):
        held = {
            (s.kind, tuple(c.id for c in s.claims))
            for s in spans
            if s.kind in kinds and s.begin <= moment and (s.end is None or moment < s.end)
        }
        checked = {(f.kind.value, tuple(c.id for c in f.claims)) for f in log.check(at=moment) if f.kind.value in kinds}
        assert held == checked, moment
