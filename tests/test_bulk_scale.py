"""Issue 14, growth (item 1): the bulk engine's loops cost what the counts hold, not what the log holds.

The pair loops (figures said together, repeats of a superseded figure) keep
only the groups with rows left at each offset, and the increments follow
their bases only while they are on their way (pointer jumping over the moving
rows). Both must give the reference engine's numbers exactly: long chains of
increments, crowds of sources said together (past the bound the bulk engine
leaves to the reference engine), under every policy, with ``at=`` and
``known_at=``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import Claim
from casualtylog.bulk import available
from casualtylog.times import Precision
from tests.strategies import BASE
from tests.test_bulk import ALL_POLICIES, _log, assert_agrees, moments_or_none

pytestmark = pytest.mark.skipif(not available(), reason="the bulk engine needs numpy")


@given(sizes=st.lists(st.integers(min_value=1, max_value=9), max_size=12))
def test_scale_growth_rows_after_counts_the_rows_left_in_each_group(sizes: list[int]) -> None:
    import numpy as np  # noqa: PLC0415 - the bulk engine's own dependency

    from casualtylog.bulk.plain import rows_after  # noqa: PLC0415 - needs numpy

    groups = np.repeat(np.arange(len(sizes)), sizes)
    want = [size - 1 - i for size in sizes for i in range(size)]
    assert rows_after(groups, np.array(sizes, dtype=np.int64)).tolist() == want


@st.composite
def chains_and_crowds(draw: st.DrawFn) -> list[Claim]:
    """Counts with long chains of increments (some linked to what they add to, some circling
    back), and a count where up to 70 sources speak at one moment (the pair loop's bound is 64)."""
    out: list[Claim] = []
    for chain in range(draw(st.integers(min_value=1, max_value=3))):
        length = draw(st.integers(min_value=1, max_value=40))
        source = draw(st.sampled_from(["A", "B"]))
        previous: Claim | None = None
        for step in range(length):
            record: dict[str, Any] = {
                "event": f"chain-{chain}",
                "metric": "killed",
                "figure": str(draw(st.integers(0, 50))) if step == 0 else f"+{draw(st.integers(1, 9))}",
                "source": draw(st.sampled_from([source, source, "C"])),
                "reported_at": BASE + timedelta(hours=step, minutes=draw(st.integers(0, 59))),
                "reported_precision": Precision.MINUTE,
                "recorded_at": BASE + timedelta(hours=step + draw(st.integers(0, 30))),
            }
            if previous is not None and draw(st.integers(0, 2)) == 0:
                record["supersedes"] = [previous.id]
            claim = Claim.model_validate(record)
            out.append(claim)
            previous = claim
    crowd = draw(st.integers(min_value=0, max_value=70))
    when = BASE + timedelta(days=draw(st.integers(0, 3)))
    precision = draw(st.sampled_from([Precision.DAY, Precision.MINUTE]))
    for i in range(crowd):
        out.append(
            Claim.model_validate(
                {
                    "event": "crowd",
                    "metric": "killed",
                    "figure": str(draw(st.integers(1, 30))),
                    "source": f"S{i}",
                    "reported_at": when.replace(hour=0) if precision is Precision.DAY else when,
                    "reported_precision": precision,
                    "recorded_at": when + timedelta(days=1, minutes=i),
                }
            )
        )
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(claims=chains_and_crowds(), data=st.data())
def test_scale_growth_chains_and_crowds_agree_with_reference(claims: list[Claim], data: st.DataObject) -> None:
    log = _log(claims)
    at = data.draw(moments_or_none())
    known_at = data.draw(moments_or_none())
    for policy in ALL_POLICIES:
        assert_agrees(log, policy, None, None)
        assert_agrees(log, policy, at, known_at)
