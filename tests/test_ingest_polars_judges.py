"""The compiled reader's judges that do not call Claim per value (session 19): each accepts exactly
what Claim's own rule (the memos' Python) accepts, and gives the same value, on any text."""

from __future__ import annotations

from datetime import date
from json.encoder import encode_basestring
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.bulk.columns import ClaimColumns
from casualtylog.bulk.ingest import _ABSENT, _INVALID, RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_memos import ValueMemos, claim_source
from casualtylog.sources import SourceKind

pl = pytest.importorskip("polars")

from casualtylog.bulk.ingest_polars_counts import judge_counts, plain_names  # noqa: E402 - needs polars

#: Letters that tell the rules apart: plain ASCII, a colon (counted), a quote and a backslash (JSON
#: escapes), spaces and other whitespace (collapsed), control, invisible and bidi characters
#: (refused or removed), letters that NFC composes, other scripts.
_LETTERS = 'ab Z09-_:."\\ \t\n\x00\x1f\x7f\x85\xa0\u200b\u2028\u202e\u2066\ufeffeé\u0301кα日'
_TEXT = st.text(alphabet=_LETTERS, max_size=12)
_LONG = st.builds(lambda c, n: c * n, st.sampled_from(["a", " ", ":", "é", "a "]), st.integers(195, 505))
_NAMES = st.one_of(_TEXT, _TEXT, _LONG, st.sampled_from(["", " ", "e", "event-1", "a  b", " a", "a:b"]))
_PLAIN = st.text(alphabet="".join(map(chr, range(0x20, 0x7F))), max_size=14)
_OUT = {"count": pl.Int64, "count_text": pl.String, "count_colons": pl.Int64}


def _memos() -> ValueMemos:
    return ValueMemos(RowReader(tz=None, path=None), ColumnBuilder(ClaimColumns()))


_METRICS = st.sampled_from(["dead", "killed", "DEAD", "injured", "shot down"])
_GROUPS = st.one_of(st.none(), st.sampled_from(["all", "Minors", "children", "civilians"]))
#: Any keys (most blocks of these hold a name Claim refuses or an event the pattern leaves to it),
#: and keys of plain events and usual names (the path a benchmark block takes).
_KEYS = st.one_of(
    st.tuples(st.one_of(st.none(), _NAMES), st.one_of(st.none(), _NAMES, _METRICS), st.one_of(_NAMES, _GROUPS)),
    st.tuples(st.text(alphabet="ab:-9 ~!", min_size=1, max_size=6).map(" ".join), _METRICS, _GROUPS),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_KEYS, min_size=1, max_size=8))
def test_count_judge_gives_what_the_memos_give(keys: list[tuple[Any, Any, Any]]) -> None:
    keys = list(dict.fromkeys(keys))  # a block's distinct keys, in file order
    frame = pl.DataFrame(
        [
            pl.Series(name, [key[i] for key in keys], dtype=pl.String)
            for i, name in enumerate(("event", "metric", "group"))
        ]
    )
    judged, python = _memos(), _memos()
    got = list(zip(*(column.to_list() for column in judge_counts(judged, pl, frame, _OUT)), strict=True))
    want = [(None, None, None) if one is None else one for one in python._counts_of(keys)]
    assert got == want
    assert judged.builder.columns.counts == python.builder.columns.counts  # the same codes, in the same order


@settings(max_examples=500, deadline=None)
@given(st.one_of(_NAMES, _PLAIN))
def test_a_plain_name_is_one_claim_keeps_as_it_is_given(name: str) -> None:
    vouched = pl.select(plain_names(pl, pl.lit(name, dtype=pl.String))).item()
    python = _memos()._name("event", name)
    kept = python is not None and python == (name, encode_basestring(name), name.count(":"))
    if vouched:  # what the pattern vouches for, Claim keeps as it is given
        assert kept
    elif '"' not in name and "\\" not in name and name.isascii():  # and it vouches for every such name
        assert not kept


_KINDS = st.one_of(st.sampled_from([kind.value for kind in SourceKind]), _NAMES)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_NAMES, st.fixed_dictionaries({"name": _NAMES, "kind": _KINDS})))
def test_claim_source_is_what_a_claim_reads(raw: Any) -> None:
    reader = RowReader(tz=None, path=None)
    want = reader._source(raw) if raw.__class__ is dict else reader._field("source", raw)
    got = claim_source(raw)
    assert (got is None) == (want is _INVALID)
    if got is not None:
        assert got == want
        assert (got.name, got.kind, got.key) == (want.name, want.kind, want.key)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(9000, 12, 31)),
    st.sampled_from(["T00:00:00Z", "T23:59:59+14:00", "T05:30:00-09:30", "T12:00:00+00:00"]),
    st.sampled_from(["reported_at", "as_of", "recorded_at"]),
)
def test_a_date_the_clock_knows_is_read_as_parse_time_reads_it(day: date, time: str, field: str) -> None:
    text = day.isoformat()
    memos = _memos()
    memos._clock.read(text + time)  # a whole time teaches the clock its date
    assert text in memos._clock.days
    assert memos._time(text, _ABSENT, field) == _memos()._time(text, _ABSENT, field)  # by the clock, by parse_time


def test_a_week_date_the_clock_holds_is_left_to_parse_time() -> None:
    memos = _memos()
    memos._clock.read("2025-W17-4T15:00:00Z")
    assert "2025-W17-4" in memos._clock.days  # fromisoformat reads a week date: the clock holds it
    assert memos._time("2025-W17-4", _ABSENT, "reported_at") == _memos()._time("2025-W17-4", _ABSENT, "reported_at")
