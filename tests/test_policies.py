"""Each resolution rule, tested on its own (one test per rule, STYLE §12)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from casualtylog import (
    DEFAULT_POLICY,
    Candidate,
    CasualtyLog,
    Claim,
    Conservative,
    Decision,
    Latest,
    Median,
    Policy,
    PolicyError,
    Priority,
    Range,
    UnknownCountError,
    get_policy,
)


def claim(figure: str, source: str = "A", at: str = "2025-04-24T09:00Z", **extra: object) -> Claim:
    record = {"event": "e", "metric": "killed", "figure": figure, "source": source, "reported_at": at} | extra
    return Claim.model_validate(record)


def resolve(*claims: Claim, policy: str | Policy | None = None) -> tuple[int | None, int | None, int | None, str]:
    res = CasualtyLog(claims).resolve("e", "killed", policy=policy)
    who = res.best_claim.source.name if res.best_claim else "-"
    return res.best, res.low, res.high, who


# -- the engine, before any policy ---------------------------------------------------


def test_retracted_claims_are_dropped() -> None:
    a = claim("12", "A", "2025-04-24T09:00Z")
    b = claim("10", "B", "2025-04-24T08:00Z")
    r = a.retracted(reported_at="2025-04-24T10:00Z")
    res = CasualtyLog([a, b, r]).resolve("e", "killed")
    assert (res.best, [c.id for c in res.retracted]) == (10, [a.id])


def test_explicit_supersedes_links_apply_across_sources() -> None:
    old = claim("14", "A", "2025-04-24T10:00Z")
    new = claim("12", "B", "2025-04-24T09:00Z", supersedes=[old.id])  # even when said earlier
    res = CasualtyLog([old, new]).resolve("e", "killed")
    assert (res.best, [c.id for c in res.superseded]) == (12, [old.id])


def test_latest_claim_per_source_is_current() -> None:
    assert resolve(claim("10", at="2025-04-24T09:00Z"), claim("12", at="2025-04-24T10:00Z"))[:3] == (12, 12, 12)


def test_increment_applies_to_the_same_sources_previous_figure() -> None:
    assert resolve(claim("10", at="2025-04-24T09:00Z"), claim("+3", at="2025-04-24T10:00Z"))[0] == 13


def test_increment_without_base_is_an_anomaly_not_a_crash() -> None:
    res = CasualtyLog([claim("+3"), claim("7", "B")]).resolve("e", "killed")
    assert res.best == 7
    assert len(res.anomalies) == 1
    assert "has no earlier figure to add to" in res.anomalies[0]


def test_projections_are_left_out() -> None:
    res = CasualtyLog([claim("10"), claim("up to 50", "B", status="projected")]).resolve("e", "killed")
    assert (res.best, res.high, len(res.excluded)) == (10, 10, 1)


def test_a_later_lower_figure_from_another_source_is_a_conflict() -> None:
    res = CasualtyLog([claim("12", "A", "2025-04-24T09:00Z"), claim("8", "B", "2025-04-24T10:00Z")]).resolve(
        "e", "killed"
    )
    assert len(res.conflicts) == 1
    assert (res.best, res.low, res.high) == (8, 8, 12)


def test_an_earlier_lower_figure_from_another_source_is_outdated() -> None:
    res = CasualtyLog([claim("8", "A", "2025-04-24T09:00Z"), claim("12", "B", "2025-04-24T10:00Z")]).resolve(
        "e", "killed"
    )
    assert (res.best, res.low, res.high) == (12, 12, 12)
    assert [c.source.name for c in res.outdated] == ["A"]
    assert res.conflicts == ()


def test_a_lowered_figure_without_a_link_is_a_revision_flagged_by_check() -> None:
    log = CasualtyLog([claim("12", at="2025-04-24T09:00Z"), claim("10", at="2025-04-24T10:00Z")])
    assert log.resolve("e", "killed").best == 10
    (finding,) = log.check()
    assert finding.kind.value == "cumulative_fell"
    assert finding.message == (
        "e / killed: A lowered 12 → 10 without a correction; link the claims with supersedes if it is one"
    )


def test_an_explicit_downward_correction_is_info_only() -> None:
    old = claim("12", at="2025-04-24T09:00Z")
    log = CasualtyLog([old, old.revised(figure="10", reported_at="2025-04-24T10:00Z")])
    assert [(f.kind.value, f.severity) for f in log.check()] == [("correction", "info")]


def test_same_day_order_is_flagged_as_ambiguous() -> None:
    res = CasualtyLog([claim("10", at="2025-04-24"), claim("12", at="2025-04-24T10:00Z")]).resolve("e", "killed")
    assert any("ambiguous" in note for note in res.anomalies)


# -- policies ---------------------------------------------------------------------


def test_default_policy_is_range() -> None:
    assert Range() == DEFAULT_POLICY
    assert get_policy(None) is DEFAULT_POLICY


def test_latest_takes_best_low_and_high_from_one_claim() -> None:
    got = resolve(claim("8-14", "A", "2025-04-24T09:00Z"), claim("10-11", "B", "2025-04-24T10:00Z"), policy="latest")
    assert got == (10, 10, 11, "B")


def test_latest_prefers_confirmed_at_the_same_moment() -> None:
    got = resolve(claim("10", "A"), claim("9-11", "B", status="confirmed"), policy=Latest())
    assert got[3] == "B"


def test_range_spans_credible_originators() -> None:
    got = resolve(claim("8-14", "A", "2025-04-24T09:00Z"), claim("10-11", "B", "2025-04-24T10:00Z"), policy="range")
    assert got == (10, 8, 14, "B")


def test_range_high_is_open_when_a_credible_figure_is() -> None:
    assert resolve(claim("at least 12", "A"), claim("dozens", "B"))[2] is None
    # "at least 30" is not "at most 30": nothing credible caps the count.
    assert resolve(claim("at least 30", "A"), claim("20-25", "B"))[1:3] == (20, None)
    assert resolve(claim("30", "A"), claim("20-25", "B"))[1:3] == (20, 30)


def test_conservative_takes_the_lowest_credible_figure() -> None:
    assert resolve(claim("12-20", "A"), claim("15", "B"), policy=Conservative()) == (12, 12, 20, "A")


def test_priority_ranks_sources_before_recency() -> None:
    a = claim("12", "Ministry", "2025-04-24T09:00Z")
    b = claim("14", "Blog", "2025-04-24T10:00Z")
    assert resolve(a, b, policy=Priority(["ministry", "blog"]))[::3] == (12, "Ministry")
    assert resolve(a, b, policy=Priority(["Blog"]))[::3] == (14, "Blog")


def test_priority_by_kind() -> None:
    a = claim("12", {"name": "OHCHR", "kind": "un"}, "2025-04-24T09:00Z")  # type: ignore[arg-type]
    b = claim("14", {"name": "Ministry", "kind": "official"}, "2025-04-24T09:00Z")  # type: ignore[arg-type]
    assert resolve(a, b, policy=Priority(["un", "official"], by="kind"))[3] == "OHCHR"
    assert resolve(a, b, policy="priority")[3] == "Ministry"  # official ranks first by default


def test_priority_rejects_unknown_kinds() -> None:
    with pytest.raises(PolicyError, match="source kinds from"):
        Priority(["goverment"], by="kind")


def test_median_is_robust_to_one_outlier() -> None:
    got = resolve(claim("10", "A"), claim("12", "B"), claim("400", "C"), policy=Median())
    assert got == (12, 10, 400, "B")


def test_weighted_median() -> None:
    got = resolve(claim("10", "A"), claim("12", "B"), claim("400", "C"), policy=Median({"c": 5}))
    assert got[::3] == (400, "C")
    assert Median({"c": 5}).name == "weighted-median"


def test_a_custom_policy() -> None:
    class Highest(Policy):
        name = "highest"

        def decide(self, candidates: Sequence[Candidate]) -> Decision:
            top = max(candidates, key=lambda c: c.figure.point)
            return self.from_claim(top, "the highest current figure")

    assert resolve(claim("10", "A"), claim("12", "B"), claim("11", "C"), policy=Highest())[::3] == (12, "B")


def test_unknown_policy_and_unknown_count() -> None:
    with pytest.raises(PolicyError, match="policy='newest': expected one of"):
        resolve(claim("1"), policy="newest")
    with pytest.raises(UnknownCountError) as info:
        CasualtyLog([claim("1")]).resolve("e", "injured")
    assert str(info.value) == (
        "no claims about event='e', metric='injured', group=None; see CasualtyLog.counts() for what the log holds"
    )
    assert isinstance(info.value, LookupError)
