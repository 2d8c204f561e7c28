"""Hostile input of every kind, generated: a clear error or a correct result, never harm.

Issue 16 asks that nothing an input does may lose data, wedge a store or
silently change an answer. Each test here draws hostile values (control and
invisible characters, bidi overrides, lone surrogates, huge strings and
numbers, wrong JSON types, far dates, dangling links) into one place where
input enters the library, and asserts the same contract:

* the input is refused with a :class:`~casualtylog.CasualtyLogError` (which is
  also a ``ValueError`` or ``LookupError``), or it is accepted;
* a refused input leaves the log, the store or the file exactly as it was;
* an accepted claim reads back identically (JSON Lines, the store), so that a
  store never stops opening because of something it took;
* no answer about the claims stored before changes, except the answer about
  the count the accepted claim itself is about.
"""

from __future__ import annotations

import functools
import io
import json
import string
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, CasualtyLogError, Claim, Figure, parse_time
from casualtylog.formats import claim_line, parse_line, read_jsonl

# Characters that have broken something somewhere: terminal controls, invisible
# and bidi marks, line separators, confusable letters, a lone surrogate.
NASTY_CHARS = [
    "\x00", "\x07", "\x1b", "\x1b[31m", "\x1b]8;;x\x07", "\r", "\n", "\t", "\x0b", "\x0c", "\x85",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u202e", "\ufeff", "\u2028", "\u2029", "\ud800", "\u0430", "\u0415", "²", "٣", "Ⅻ", "﹣", "−",
    "'", '"', "<", ">", "&", "=", "+", "-", "@", ";", "|", "\\", "$", "{", "}",
]  # fmt: skip

hostile_text = st.one_of(
    st.lists(
        st.sampled_from(NASTY_CHARS) | st.sampled_from(list(string.ascii_letters + " 0123456789")), max_size=30
    ).map("".join),
    st.text(max_size=20),
    st.sampled_from(["", " ", "x" * 5_000, "1" * 400, "9" * 30, "dozens", "Dozens", "at least -1", "+0", "-3"]),
)
hostile_scalar = st.one_of(
    hostile_text,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
)
hostile_value = st.recursive(
    hostile_scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
hostile_times = st.one_of(
    hostile_text,
    st.sampled_from([
        "0001-01-01", "9999-12-31", "2205-01-01T00:00Z", "2025-04-24", "2025-04-24T09:00", "2025-02-30",
        "24 April", "Thursday", "2025-04-24T09:00+25:00", "2025-04-24T09:00Z" + " " * 10_000, "1" * 100_000,
    ]),
)  # fmt: skip
hostile_figures = st.one_of(
    hostile_text,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.dictionaries(
        st.sampled_from(["qualifier", "low", "high", "point", "word", "text", "extra"]),
        st.one_of(hostile_scalar, st.sampled_from(["vague", "exact", "at_least", "range", "about", "increment"])),
        max_size=5,
    ),
)
FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "event": hostile_value,
    "metric": hostile_value,
    "group": hostile_value,
    "figure": hostile_figures,
    "source": hostile_value | st.fixed_dictionaries({"name": hostile_text, "kind": hostile_value}),
    "via": hostile_value,
    "reported_at": hostile_times,
    "as_of": hostile_times,
    "recorded_at": hostile_times,
    "status": hostile_value,
    "quote": hostile_value,
    "url": hostile_value,
    "language": hostile_value,
    "supersedes": st.lists(hostile_text, max_size=3) | hostile_value,
    "retracts": st.lists(hostile_text, max_size=3) | hostile_value,
    "id": hostile_value,
    "unexpected": hostile_value,
}


def base_record() -> dict[str, Any]:
    return {
        "event": "kyiv-2025-04-24",
        "metric": "killed",
        "figure": "12",
        "source": "Kyiv City Military Administration",
        "reported_at": "2025-04-24T14:00+03:00",
    }


@st.composite
def hostile_records(draw: st.DrawFn) -> dict[str, Any]:
    """A valid record with one to three fields replaced (or added) by hostile values."""
    record = base_record()
    for field in draw(st.lists(st.sampled_from(sorted(FIELDS)), min_size=1, max_size=3, unique=True)):
        record[field] = draw(FIELDS[field])
    return record


def seeded_log(log: CasualtyLog) -> CasualtyLog:
    ten = log.add({
        "event": "kyiv-2025-04-24", "metric": "killed", "figure": "10",
        "source": "Ukrainian authorities", "reported_at": "2025-04-24T09:00+03:00",
    })  # fmt: skip
    log.add(ten.revised(figure="12", source="Kyiv City Military Administration", reported_at="2025-04-24T14:00+03:00"))
    log.add({
        "event": "other-event", "metric": "injured", "group": "children", "figure": "at least 12",
        "source": "Kyiv City Military Administration", "reported_at": "2025-04-24T14:00+03:00",
    })  # fmt: skip
    return log


def answers(log: CasualtyLog) -> dict[tuple[str, str, str | None], tuple[object, ...]]:
    return {
        (r.count.event, r.count.metric, r.count.group): (
            r.best,
            r.low,
            r.high,
            r.best_claim.id if r.best_claim else None,
        )
        for r in log.resolve_all()
    }


def assert_clear(err: CasualtyLogError) -> None:
    """A refusal is one of the library's errors, with a builtin base and a message a person can read."""
    assert isinstance(err, ValueError | LookupError), type(err)
    assert len(str(err)) < 2_000, f"error message of {len(str(err))} characters"


def accept_or_refuse(action: Callable[[], object]) -> object | None:
    """Run ``action``: a result, or None when it was refused with one of the library's errors."""
    refusal: CasualtyLogError | None = None
    try:
        return action()
    except CasualtyLogError as err:
        refusal = err
    assert_clear(refusal)
    return None


def assert_reads_back(claim: Claim) -> None:
    line = claim_line(claim)
    again = parse_line(line)
    assert again == claim
    assert claim_line(again) == line


SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], max_examples=150)


@SLOW
@given(record=hostile_records())
@example(record=base_record() | {"figure": {"qualifier": "vague", "low": 5, "word": "Dozens"}})
@example(record=base_record() | {"reported_at": "2205-01-01T00:00Z", "figure": "3", "source": "A blogger"})
@example(record=base_record() | {"retracts": ["0123456789abcdef"], "figure": None})
@example(record=base_record() | {"source": "Kyiv City\u200b Military Administration"})
def test_a_hostile_record_is_refused_cleanly_or_reads_back(record: dict[str, Any]) -> None:
    log = seeded_log(CasualtyLog())
    before, size = answers(log), len(log)
    added = accept_or_refuse(lambda: log.add(record))
    if added is None:
        assert len(log) == size
        assert answers(log) == before
        return
    assert isinstance(added, Claim)
    assert_reads_back(added)
    after = answers(log)
    mine = (added.count.event, added.count.metric, added.count.group)
    assert {k: v for k, v in after.items() if k != mine} == {k: v for k, v in before.items() if k != mine}
    for count in log.counts():
        res = log.resolve(count.event, count.metric, count.group)
        if res.best is not None:
            assert res.low is None or res.low <= res.best
            assert res.high is None or res.best <= res.high
    log.check()
    log.history(added.count.event, added.count.metric, added.count.group)


@SLOW
@given(lines=st.lists(hostile_records().map(lambda r: json.dumps(r, default=str)) | hostile_text, max_size=4))
def test_hostile_json_lines_are_refused_with_their_line_or_read_back(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    refusal: CasualtyLogError | None = None
    claims: list[Claim] = []
    try:
        claims = list(read_jsonl(io.StringIO(text)))
    except CasualtyLogError as err:
        refusal = err
    if refusal is not None:
        assert_clear(refusal)
        line = getattr(refusal, "line", None)
        assert line is None or 1 <= line <= max(1, len(text.splitlines()))
    for claim in claims:
        assert_reads_back(claim)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], max_examples=40)
@given(records=st.lists(hostile_records(), min_size=1, max_size=4))
def test_a_store_keeps_opening_whatever_it_was_given(records: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.db"
        with CasualtyLog.open(path) as log:
            seeded_log(log)
            accepted = [c for c in (accept_or_refuse(functools.partial(log.add, r)) for r in records) if c is not None]
            expected = answers(log)
            size = len(log)
        with CasualtyLog.open(path) as again:
            assert len(again) == size
            assert answers(again) == expected
            for claim in accepted:
                assert isinstance(claim, Claim)
                assert again.get(claim.id) == claim


@given(text=hostile_text | st.text(max_size=60))
def test_any_figure_text_is_refused_or_round_trips(text: str) -> None:
    figure = accept_or_refuse(lambda: Figure.parse(text))
    if figure is not None:
        assert isinstance(figure, Figure)
        assert Figure.parse(str(figure)) == figure


@given(value=hostile_figures)
@example(value={"qualifier": "vague", "low": 5, "word": "Dozens"})  # issue 16 item 1: bricked a store
@example(value={"qualifier": "vague", "low": 5, "word": "dozens\x1b[2J"})
@example(value={"qualifier": "exact", "low": 5, "high": 3})
@example(value={"qualifier": "at_least", "low": 5, "high": 9, "point": 7})
@example(value="")
def test_any_figure_object_is_refused_or_round_trips(value: Any) -> None:
    figure = accept_or_refuse(lambda: Figure.model_validate(value))
    if figure is not None:
        assert isinstance(figure, Figure)
        assert Figure.parse(str(figure)) == figure
        assert Figure.model_validate_json(figure.model_dump_json()) == figure


@given(text=hostile_times)
def test_any_time_text_is_refused_or_aware(text: str) -> None:
    parsed = accept_or_refuse(lambda: parse_time(text, tz="Europe/Kyiv"))
    if parsed is not None:
        when = parsed[0] if isinstance(parsed, tuple) else parsed
        assert getattr(when, "tzinfo", None) is not None


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_a_huge_value_in_any_field_gets_a_short_error(field: str) -> None:
    record = base_record() | {field: "7" * 1_000_000}
    log = CasualtyLog()
    added = accept_or_refuse(lambda: log.add(record))
    if added is not None:
        assert_reads_back(added)  # type: ignore[arg-type]
