"""Invariants of resolution (DESIGN §4), as hypothesis properties."""

from __future__ import annotations

from datetime import UTC, timedelta

from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule

from casualtylog import POLICIES, CasualtyLog, Claim, Figure, Precision
from casualtylog.resolve.engine import visible
from tests.strategies import claim_lists, claims, figures

policies = st.sampled_from(sorted(POLICIES))


def summary(log: CasualtyLog, **kwargs: object) -> list[object]:
    """Everything a resolution says, except the query's own parameters."""
    return [
        (
            r.count,
            r.best,
            r.low,
            r.high,
            None if r.best_claim is None else r.best_claim.id,
            sorted(c.id for c in r.low_claims),
            sorted(c.id for c in r.high_claims),
            [c.id for c in r.considered],
            [c.id for c in r.superseded],
            [c.id for c in r.retracted],
            [(c.first.id, c.second.id) for c in r.conflicts],
            [(v.old.id, v.new.id, v.kind) for v in r.revisions],
            r.anomalies,
        )
        for r in log.resolve_all(**kwargs)  # type: ignore[arg-type]
    ]


@given(claim_lists(max_size=14), st.randoms(use_true_random=False), policies)
def test_order_of_insertion_never_changes_a_result(claims: list[Claim], rnd: object, policy: str) -> None:
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert CasualtyLog(claims).resolve_all(policy=policy) == CasualtyLog(shuffled).resolve_all(policy=policy)


@given(claim_lists(max_size=10))
def test_readding_a_claim_is_a_no_op(claims: list[Claim]) -> None:
    log = CasualtyLog(claims)
    before = summary(log)
    stored = list(log)
    assert log.extend(claims) == 0
    for claim in claims:
        assert log.add(claim) is log.get(claim.id)
    assert list(log) == stored
    assert summary(log) == before


@given(claim_lists(max_size=12), st.integers(min_value=-60, max_value=3 * 24 * 60), policies)
def test_as_of_equals_filter_then_resolve(claims: list[Claim], minutes: int, policy: str) -> None:
    at = claims[0].reported_at + timedelta(minutes=minutes)
    log = CasualtyLog(claims)
    seen = visible(claims, at, None)
    assert summary(log, at=at, policy=policy) == summary(CasualtyLog(seen), policy=policy)


@given(claim_lists(max_size=10), claim_lists(max_size=5), st.integers(min_value=0, max_value=600))
def test_claims_recorded_after_t_never_change_the_answer_at_t(
    claims: list[Claim], late: list[Claim], minutes: int
) -> None:
    known_at = min(c.recorded_at for c in claims if c.recorded_at) + timedelta(minutes=minutes)
    log = CasualtyLog(claims)
    before = summary(log, known_at=known_at)
    later = known_at + timedelta(seconds=1)
    log.extend(c.model_copy(update={"recorded_at": later}) for c in late if c.id not in log)
    assert summary(log, known_at=known_at) == before


@given(claim_lists(max_size=14), policies)
def test_best_lies_within_low_and_high(claims: list[Claim], policy: str) -> None:
    for res in CasualtyLog(claims).resolve_all(policy=policy):
        if res.best is None:
            assert res.low is None
            assert res.high is None
            continue
        assert res.low is not None
        assert res.low <= res.best
        assert res.high is None or res.best <= res.high


@given(
    st.integers(min_value=0, max_value=10_000),
    st.lists(claims(one_count=True, links=False), min_size=1, max_size=6),
    policies,
)
def test_unanimous_claims_resolve_to_that_figure(n: int, shapes: list[Claim], policy: str) -> None:
    same = [
        Claim.model_validate(c.model_dump() | {"figure": Figure.exact(n), "status": "reported", "id": ""})
        for c in shapes
    ]
    res = CasualtyLog(same).resolve_all(policy=policy)[0]
    assert (res.best, res.low, res.high) == (n, n, n)


@given(claim_lists(max_size=10, increments=False), st.data())
def test_an_older_claim_from_a_source_with_a_newer_one_changes_nothing(
    claims: list[Claim], data: st.DataObject
) -> None:
    log = CasualtyLog(claims)
    current = [c.claim for r in log.resolve_all() for c in r.current]
    assume(current)
    target = data.draw(st.sampled_from(current))
    own = [c for c in claims if c.count == target.count and c.source.key == target.source.key]
    earliest = min(c.reported_at for c in own)
    figure = data.draw(figures(increments=False))
    older = Claim.model_validate(
        target.model_dump()
        | {
            "figure": figure,
            "reported_at": earliest - timedelta(hours=1),
            "reported_precision": "second",
            "supersedes": (),
            "retracts": (),
            "quote": "an older statement",
            "id": "",
        }
    )
    for policy in ("latest", "range"):
        res = log.resolve(*target.count, policy=policy)
        with_older = CasualtyLog([*claims, older]).resolve(*target.count, policy=policy)
        assert (with_older.best, with_older.low, with_older.high) == (res.best, res.low, res.high)


@given(figures())
def test_figure_text_round_trips(figure: Figure) -> None:
    assert Figure.parse(str(figure)) == figure
    assert eval(repr(figure), {"Figure": Figure}) == figure  # noqa: S307 - repr of our own value


@given(claims())
def test_claim_json_round_trips(claim: Claim) -> None:
    assert Claim.model_validate_json(claim.model_dump_json()) == claim
    assert Claim.model_validate(claim.to_record()) == claim


@given(claims())
def test_id_ignores_the_offset_a_time_is_written_in(claim: Claim) -> None:
    # A date alone is a day on its writer's calendar: moving its offset moves the day.
    assume(claim.reported_precision.rank >= Precision.MINUTE.rank)
    moved = Claim.model_validate(claim.model_dump() | {"reported_at": claim.reported_at.astimezone(UTC), "id": ""})
    assert moved.id == claim.id


class AppendInAnyOrder(RuleBasedStateMachine):
    """Append claims one by one in any order; the answers match a log built at once."""

    def __init__(self) -> None:
        super().__init__()
        self.log = CasualtyLog()
        self.added: list[Claim] = []

    pool = Bundle("pool")

    @rule(target=pool, batch=claim_lists(max_size=6))
    def draw_claims(self, batch: list[Claim]) -> list[Claim]:
        return batch

    @rule(batch=pool, data=st.data())
    def add_one(self, batch: list[Claim], data: st.DataObject) -> None:
        claim = data.draw(st.sampled_from(batch))
        self.log.add(claim)
        if claim.id not in {c.id for c in self.added}:
            self.added.append(claim)

    @invariant()
    def matches_a_log_built_at_once(self) -> None:
        assert self.log.resolve_all() == CasualtyLog(reversed(self.added)).resolve_all()


TestAppendInAnyOrder = AppendInAnyOrder.TestCase
