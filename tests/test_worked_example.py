"""The worked example of DESIGN §1 resolves as the design says it must."""

from __future__ import annotations

import pytest

from casualtylog import CasualtyLog, Claim, Figure, FindingKind, RevisionKind
from casualtylog.worked_example import EVENT, TKACHENKO_UPDATE, kyiv_claims

KCMA = "Kyiv City Military Administration"


@pytest.fixture
def log() -> CasualtyLog:
    return CasualtyLog(kyiv_claims())


def test_twelve_killed_set_by_the_kyiv_city_military_administration(log: CasualtyLog) -> None:
    res = log.resolve(EVENT, "killed")
    assert (res.best, res.low, res.high) == (12, 12, 12)
    assert res.best_claim is not None
    assert res.best_claim.source.name == KCMA
    assert res.best_claim.via == "Telegram"
    assert res.best_claim.reported_at.isoformat() == "2025-04-24T14:00:00+03:00"


def test_ninety_injured_and_at_least_twelve_injured_children(log: CasualtyLog) -> None:
    injured = log.resolve(EVENT, "injured")
    children = log.resolve(EVENT, "wounded", "kids")
    assert (injured.best, injured.low, injured.high) == (90, 90, 90)
    assert (children.best, children.low, children.high) == (12, 12, None)
    assert children.figure_text == "at least 12"
    assert children.figure == Figure.at_least(12)  # a Figure, as a claim's figure is
    assert injured.sources == 2  # the authorities and the KCMA; the outlet is not a third


def test_the_outlet_repeating_the_official_is_not_corroboration(log: CasualtyLog) -> None:
    res = log.resolve(EVENT, "injured", "children")
    assert len(res.considered) == 2
    assert res.sources == 1


def test_history_shows_ten_then_twelve_with_the_reason(log: CasualtyLog) -> None:
    steps = list(log.history(EVENT, "killed"))
    assert [s.best for s in steps] == [10, 12]
    assert steps[1].at.isoformat() == "2025-04-24T14:00:00+03:00"
    assert steps[1].reason == f"{KCMA} raised 10 → 12 (supersedes 10 from Ukrainian authorities)"


def test_a_query_before_the_second_statement_gives_ten(log: CasualtyLog) -> None:
    assert log.resolve(EVENT, "killed", at="2025-04-24T13:59+03:00").best == 10
    assert log.resolve(EVENT, "killed", at=TKACHENKO_UPDATE).best == 12  # stamped T is visible at T


def test_the_increment_agrees_with_the_total(log: CasualtyLog) -> None:
    res = log.resolve(EVENT, "killed")
    (inc,) = res.increments
    assert str(inc.claim.figure) == "+2"
    assert str(inc.figure) == "12"
    assert any(r.kind is RevisionKind.RAISED and r.explicit for r in res.revisions)


def test_check_is_clean(log: CasualtyLog) -> None:
    assert log.check() == []


def test_check_flags_ninety_five_injured_children(log: CasualtyLog) -> None:
    children = next(c for c in log if c.group == "children" and c.via == "Telegram")
    log.add(children.revised(figure="95", reported_at="2025-04-24T16:00+03:00"))
    findings = log.check()
    assert [f.kind for f in findings] == [FindingKind.GROUP_EXCEEDS_TOTAL]
    assert findings[0].message == (
        "kyiv-2025-04-24 / injured / children is at least 95, above kyiv-2025-04-24 / injured at most 90"
    )
    assert {c.figure.point for c in findings[0].claims if c.figure} == {95, 90}


def test_check_flags_more_intercepted_than_launched(log: CasualtyLog) -> None:
    launched = next(c for c in log if c.metric == "launched" and c.group == "missiles")
    log.add(
        Claim.model_validate(
            launched.model_dump()
            | {
                "metric": "intercepted",
                "figure": "75",
                "id": "",
                "reported_at": "2025-04-25",
                "quote": "75 intercepted",
            }
        )
    )
    kinds = [f.kind for f in log.check()]
    assert FindingKind.RELATION_VIOLATED in kinds


def test_explanation_names_source_quote_and_rule(log: CasualtyLog) -> None:
    text = log.resolve(EVENT, "killed").explain()
    assert text.splitlines()[0] == "kyiv-2025-04-24 / killed: 12 (policy: range)"
    assert "we now have 12 dead" in text
    assert "raised 10 → 12" in text
    assert "Increment: +2 from Kyiv City Military Administration makes 12." in text


@pytest.mark.parametrize("policy", ["range", "latest", "conservative", "priority", "median"])
def test_every_policy_gets_the_worked_example_right(log: CasualtyLog, policy: str) -> None:
    figures = {str(r.count): r.figure_text for r in log.resolve_all(policy=policy)}
    assert figures["kyiv-2025-04-24 / killed"] == "12"
    assert figures["kyiv-2025-04-24 / injured"] == "90"
    assert figures["kyiv-2025-04-24 / injured / children"] == "at least 12"
