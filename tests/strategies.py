"""Hand-written hypothesis strategies for casualtylog's value types.

``st.from_type`` is fragile with constrained pydantic fields, so every
strategy here builds valid objects on purpose. Claims come with ``recorded_at``
set, so that the order in which a test adds them cannot change them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from casualtylog import Claim, Figure
from casualtylog.claims import ClaimStatus, SourceKind
from casualtylog.times import Precision
from casualtylog.vocab import VAGUE_WORDS

BASE = datetime(2025, 4, 24, 6, 0, tzinfo=UTC)
ZONES = [UTC, timezone(timedelta(hours=3)), timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=45))]
EVENTS = ["kyiv-2025-04-24", "gaza-2023-10-17"]
METRICS = ["killed", "injured"]
GROUPS = [None, "children"]
SOURCES = [
    {"name": "Kyiv City Military Administration", "kind": "official"},
    {"name": "Ukrainian Air Force", "kind": "military"},
    {"name": "OHCHR", "kind": "un"},
    {"name": "Local Blog", "kind": "social"},
    {"name": "Ministry of Health", "kind": "official"},
]

small = st.integers(min_value=0, max_value=500)


@st.composite
def figures(draw: st.DrawFn, *, increments: bool = True) -> Figure:
    """Any figure the library can represent, with small numbers."""
    kinds = ["exact", "at_least", "more_than", "at_most", "fewer_than", "range", "about", "about_band", "vague"]
    if increments:
        kinds.append("increment")
    kind = draw(st.sampled_from(kinds))
    a = draw(small)
    if kind == "exact":
        return Figure.exact(a)
    if kind == "at_least":
        return Figure.at_least(a)
    if kind == "more_than":
        return Figure.more_than(a)
    if kind == "at_most":
        return Figure.at_most(a)
    if kind == "fewer_than":
        return Figure.fewer_than(a + 1)
    if kind == "range":
        return Figure.range(a, a + draw(st.integers(min_value=1, max_value=50)))
    if kind == "about":
        return Figure.about(a)
    if kind == "about_band":
        low = draw(st.integers(min_value=0, max_value=a))
        return Figure.about(a, low=low, high=a + draw(st.integers(min_value=0, max_value=30)))
    if kind == "vague":
        word = draw(st.sampled_from(sorted(VAGUE_WORDS)))
        return Figure.vague(word, draw(st.one_of(st.none(), small)))
    return Figure.increment(draw(st.integers(min_value=1, max_value=20)))


def figure_texts() -> st.SearchStrategy[str]:
    """Figures as the strings users type."""
    return figures().map(str)


@st.composite
def moments(draw: st.DrawFn) -> tuple[datetime, Precision]:
    """An aware time within two days of the worked example, with a precision."""
    minutes = draw(st.integers(min_value=0, max_value=48 * 60))
    zone = draw(st.sampled_from(ZONES))
    precision = draw(st.sampled_from([Precision.SECOND, Precision.MINUTE, Precision.MINUTE, Precision.DAY]))
    when = (BASE + timedelta(minutes=minutes)).astimezone(zone)
    if precision is Precision.DAY:
        when = when.replace(hour=0, minute=0, second=0)
    return when, precision


def claim_record(
    draw: st.DrawFn,
    *,
    earlier: list[Claim],
    one_count: bool,
    increments: bool,
    links: bool,
) -> dict[str, Any]:
    when, precision = draw(moments())
    record: dict[str, Any] = {
        "event": EVENTS[0] if one_count else draw(st.sampled_from(EVENTS)),
        "metric": METRICS[0] if one_count else draw(st.sampled_from(METRICS)),
        "group": None if one_count else draw(st.sampled_from(GROUPS)),
        "figure": draw(figures(increments=increments)),
        "source": draw(st.sampled_from(SOURCES)),
        "via": draw(st.sampled_from([None, "Telegram", "X", "news article"])),
        "reported_at": when,
        "reported_precision": precision,
        "recorded_at": BASE + timedelta(days=3, minutes=draw(st.integers(min_value=0, max_value=600))),
        "status": draw(st.sampled_from([s.value for s in ClaimStatus])),
        "quote": draw(st.one_of(st.none(), st.text(max_size=30))),
    }
    same = [c for c in earlier if c.count == (record["event"], record["metric"], record["group"])]
    if links and same:
        roll = draw(st.integers(min_value=0, max_value=9))
        if roll < 3:
            record["supersedes"] = [draw(st.sampled_from(same)).id]
        elif roll == 3:
            record["retracts"] = [draw(st.sampled_from(same)).id]
            if draw(st.booleans()):
                record["figure"] = None
    return record


@st.composite
def claim_lists(
    draw: st.DrawFn,
    *,
    min_size: int = 1,
    max_size: int = 12,
    one_count: bool = False,
    increments: bool = True,
    links: bool = True,
) -> list[Claim]:
    """A list of valid claims, some of them linked (supersedes, retracts) to earlier ones."""
    n = draw(st.integers(min_value=min_size, max_value=max_size))
    out: list[Claim] = []
    for _ in range(n):
        record = claim_record(draw, earlier=out, one_count=one_count, increments=increments, links=links)
        claim = Claim.model_validate(record)
        if claim.id not in {c.id for c in out}:
            out.append(claim)
    return out


def claims(**kwargs: Any) -> st.SearchStrategy[Claim]:
    """Single claims."""
    return claim_lists(min_size=1, max_size=1, **kwargs).map(lambda xs: xs[0])


source_kinds = st.sampled_from(list(SourceKind))
