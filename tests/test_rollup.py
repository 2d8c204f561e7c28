"""Issue 10, item 2: parts and wholes, roll-ups, and findings in both directions.

The Nepal 2015 slice (tests/data/nepal_2015_district_snapshots.csv, origin in
tests/data/README.md) loads with its 75 districts as parts of the national
event.
"""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Count, FindingKind
from casualtylog.rollup import Rollup

DATA = Path(__file__).parent / "data" / "nepal_2015_district_snapshots.csv"
NATION = "nepal-2015-quake"
GOV = {"name": "Government of Nepal (NEOC / DRR portal)", "kind": "official"}


def nepal_log() -> CasualtyLog:
    """The slice as claims: one per district and snapshot, the TOTAL rows on the national event."""
    log = CasualtyLog()
    with DATA.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    log.add_event(
        {
            "id": NATION,
            "title": "Gorkha earthquake",
            "when": "2015-04-25",
            "kind": "earthquake",
            "where": {"name": "Nepal", "country": "NP", "precision": "country"},
            "parts_complete": True,
        }
    )
    districts = sorted({r["district_key"] for r in rows if r["district_key"] != "TOTAL"})
    log.add_events(
        {
            "id": f"{NATION}/{d}",
            "kind": "district",
            "parents": [NATION],
            "where": {"name": d, "country": "NP", "precision": "adm2"},
        }
        for d in districts
    )
    claims = []
    for row in rows:
        event = NATION if row["district_key"] == "TOTAL" else f"{NATION}/{row['district_key']}"
        for metric in ("dead", "injured"):
            if row[metric]:
                claims.append(
                    {
                        "event": event,
                        "metric": metric,
                        "figure": row[metric],
                        "source": GOV,
                        "via": row["source_file"],
                        "reported_at": row["snapshot_nst"] + "+05:45",
                    }
                )
    log.extend(claims)
    return log


def test_rollup_nepal_derives_the_national_figure_where_no_total_was_stated() -> None:
    log = nepal_log()
    roll = log.rollup(NATION, "killed", at="2015-04-29T11:30+05:45")
    assert roll.stated is None
    assert (roll.low, roll.best, roll.high) == (4256, 4256, 4256)
    assert len(roll.parts) == 75
    assert roll.complete
    assert {c.event for c in roll.low_claims} == {p.count.event for p in roll.parts}
    assert roll.findings == ()


def test_rollup_nepal_compares_derived_and_stated_totals() -> None:
    log = nepal_log()
    agree = log.rollup(NATION, "killed", at="2015-04-30T19:15+05:45")
    assert agree.stated is not None
    assert (agree.stated.best, agree.best) == (5858, 5858)
    assert agree.findings == ()
    final = log.rollup(NATION, "injured", at="2015-05-30T16:42+05:45")
    assert final.stated is not None
    assert (final.stated.best, final.best) == (22054, 22054)


def test_rollup_nepal_findings_name_the_districts() -> None:
    # At 20:00 the districts were re-sent lower (5582) than the 19:15 national total (5858):
    # the districts are complete, so they may not fall short of the whole.
    log = nepal_log()
    roll = log.rollup(NATION, "killed", at="2015-04-30T20:00+05:45")
    (finding,) = roll.findings
    assert finding.kind is FindingKind.PARTS_BELOW_WHOLE
    assert "at most 5582" in finding.message
    assert "below its low 5858" in finding.message
    assert f"{NATION}/sindhupalchok" in finding.message
    assert Count(f"{NATION}/sindhupalchok", "killed") in finding.counts
    assert any(c.event == NATION for c in finding.claims)
    assert finding in log.check(at="2015-04-30T20:00+05:45")


def test_rollup_parts_above_the_whole_are_flagged_at_any_depth_with_groups() -> None:
    log = CasualtyLog()
    log.add_events(
        [
            {"id": "war"},
            {"id": "phase-1", "parents": ["war"]},
            {"id": "strike", "parents": ["phase-1"]},
            {"id": "raid", "parents": ["phase-1"]},
        ]
    )
    for event, fig in [("strike", "at least 30"), ("raid", "25"), ("war", "40")]:
        log.add(
            {
                "event": event,
                "metric": "injured",
                "group": "children",
                "figure": fig,
                "source": "UN",
                "reported_at": "2024-01-01",
            }
        )
    phase = log.rollup("phase-1", "injured", "children")
    assert (phase.stated, phase.low, phase.high) == (None, 55, None)
    war = log.rollup("war", "injured", "children")
    (finding,) = war.findings
    assert finding.kind is FindingKind.PARTS_EXCEED_WHOLE
    assert "at least 55" in finding.message
    assert "above its high 40" in finding.message
    assert {c.event for c in finding.claims} == {"strike", "raid", "war"}


def test_rollup_incomplete_parts_below_the_whole_are_not_a_finding() -> None:
    log = CasualtyLog()
    log.add_events([{"id": "w"}, {"id": "p", "parents": ["w"]}])
    log.extend(
        [
            {"event": "p", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2024-01-01"},
            {"event": "w", "metric": "killed", "figure": "10", "source": "s", "reported_at": "2024-01-01"},
        ]
    )
    roll = log.rollup("w", "killed")
    assert (roll.low, roll.high, roll.findings) == (3, None, ())


def test_rollup_unknown_parts_open_the_high() -> None:
    log = CasualtyLog()
    log.add_events([{"id": "w", "parts_complete": True}, {"id": "a", "parents": ["w"]}, {"id": "b", "parents": ["w"]}])
    log.add({"event": "a", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2024-01-01"})
    roll = log.rollup("w", "killed")
    assert (roll.low, roll.best, roll.high, roll.unknown) == (3, 3, None, ("b",))


# -- properties ---------------------------------------------------------------------

TREE = {"w": None, "p1": "w", "p2": "w", "c1": "p1", "c2": "p1", "c3": "p2", "other": None, "o1": "other"}
LEAVES = ["c1", "c2", "c3", "o1", "p2"]


def _claim(event: str, fig: str, source: str, day: int) -> dict[str, str]:
    return {"event": event, "metric": "killed", "figure": fig, "source": source, "reported_at": f"2024-01-{day:02d}"}


figures = st.one_of(
    st.integers(0, 300).map(str),
    st.integers(0, 300).map(lambda n: f"at least {n}"),
    st.tuples(st.integers(0, 200), st.integers(0, 100)).map(lambda t: f"{t[0]}-{t[0] + t[1]}"),
)
claim_lists = st.lists(
    st.tuples(st.sampled_from(LEAVES), figures, st.sampled_from(["A", "B", "C"]), st.integers(1, 28)), max_size=12
)


def _log(claims: list[tuple[str, str, str, int]], complete: bool) -> CasualtyLog:
    log = CasualtyLog()
    log.add_events({"id": e, "parents": [p] if p else [], "parts_complete": complete} for e, p in TREE.items())
    log.extend(_claim(*c) for c in claims)
    return log


def _numbers(roll: Rollup) -> tuple[object, ...]:
    """What a roll-up says, with claims by id (a log stamps its own recorded_at)."""
    return (
        roll.low,
        roll.best,
        roll.high,
        tuple(c.id for c in roll.low_claims),
        tuple(c.id for c in roll.best_claims),
        tuple(c.id for c in roll.high_claims),
    )


def _rolls(log: CasualtyLog) -> dict[Count, Rollup]:
    return {r.count: r for r in log.rollups()}


@given(claim_lists, st.booleans())
def test_rollup_property_a_derived_whole_is_within_the_sums_of_its_parts_bounds(
    claims: list[tuple[str, str, str, int]], complete: bool
) -> None:
    for roll in _log(claims, complete).rollups():
        assert roll.low == sum(p.low or 0 for p in roll.parts)
        assert roll.low <= roll.best
        highs = [p.high for p in roll.parts]
        if roll.high is not None:
            assert all(h is not None for h in highs)
            assert roll.high == sum(h for h in highs if h is not None)
            assert roll.best <= roll.high
        elif complete:
            assert any(h is None for h in highs)


@given(claim_lists, st.sampled_from(LEAVES), figures, st.booleans())
def test_rollup_property_adding_a_claim_to_one_part_changes_only_its_ancestors(
    claims: list[tuple[str, str, str, int]], part: str, fig: str, complete: bool
) -> None:
    log = _log(claims, complete)
    before = _rolls(log)
    log.add(_claim(part, fig, "D", 28))
    after = _rolls(log)
    ancestors = set(log.event_registry.ancestors(part))
    for count in before.keys() | after.keys():
        if count.event == part and count in before:
            # its own figure is compared with its parts; the parts' sum stays as it was
            assert _numbers(before[count]) == _numbers(after[count])
        elif count.event not in ancestors:
            assert before.get(count) == after.get(count), count


@given(claim_lists, st.randoms(use_true_random=False), st.booleans())
def test_rollup_property_roll_ups_are_order_independent(
    claims: list[tuple[str, str, str, int]], rnd: object, complete: bool
) -> None:
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    events = list(TREE.items())
    rnd.shuffle(events)  # type: ignore[attr-defined]
    other = CasualtyLog()
    for e, p in events:
        other.add_event({"id": e, "parents": [p] if p else [], "parts_complete": complete})
    other.extend(_claim(*c) for c in shuffled)
    mine = {c: (_numbers(r), [f.message for f in r.findings]) for c, r in _rolls(_log(claims, complete)).items()}
    theirs = {c: (_numbers(r), [f.message for f in r.findings]) for c, r in _rolls(other).items()}
    assert mine == theirs
