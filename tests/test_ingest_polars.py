"""The compiled JSON Lines reader (issue 14 item 3, ``ClaimTable.read_jsonl(engine="polars")``):
for any file, valid or not, under any layout, the same table as the row-by-row reader (claims,
ids, every column, resolutions) or the same error (type and text). Every block is read by the
compiled path here, however short (``SMALL_BLOCK`` set to 1)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim
from casualtylog.bulk import available
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.formats.jsonl import load_jsonl, write_jsonl
from tests.strategies import BASE, claim_lists
from tests.test_bulk import ALL_POLICIES

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")
pl = pytest.importorskip("polars")

if available():
    from casualtylog.bulk import ingest_polars
    from casualtylog.bulk.table import ClaimTable
    from tests.test_ingest_table import awkward_records

CLOCK = BASE + timedelta(days=30)


def _clock() -> datetime:
    return CLOCK


@contextmanager
def every_block_compiled() -> Iterator[None]:
    """The compiled path reads blocks of any length (it leaves short ones to the row-by-row reader)."""
    kept = ingest_polars.SMALL_BLOCK
    ingest_polars.SMALL_BLOCK = 1
    try:
        yield
    finally:
        ingest_polars.SMALL_BLOCK = kept


def decoded_columns(table: ClaimTable) -> dict[str, list[Any]]:
    """Every column, codes replaced by what they stand for, and where each row was read."""
    return table.columns.decoded() | {"offsets": table._offsets.tolist(), "lines": table._lines.tolist()}


def same_both_ways(data: bytes, *, tz: str | None = None, compiled: bool = False) -> ClaimTable | None:
    """Read ``data`` with both engines: the same table, or the same error; and as load_jsonl."""
    got: dict[str, Any] = {}
    for engine in ("python", "polars"):
        try:
            with every_block_compiled():
                got[engine] = ClaimTable.read_jsonl(data, tz=tz, clock=_clock, engine=engine)
        except CasualtyLogError as error:
            got[engine] = error
    python, polars = got["python"], got["polars"]
    if isinstance(python, Exception) or isinstance(polars, Exception):
        assert type(polars) is type(python)
        assert str(polars) == str(python)
        with pytest.raises(ClaimFormatError) as want:
            load_jsonl(io.BytesIO(data), tz=tz, log=CasualtyLog(clock=_clock, tz=tz))
        assert str(python).replace("<bytes>", "<stream>") == str(want.value)
        return None
    assert decoded_columns(polars) == decoded_columns(python)
    # The codes themselves too: both engines number values in the order of their first rows.
    assert polars.columns.counts == python.columns.counts
    assert polars.columns.sources == python.columns.sources
    assert polars.columns._figure_codes == python.columns._figure_codes
    for name, column in python.columns.arrays.items():
        assert polars.columns.arrays[name].tolist() == column.tolist(), name
    # The compiled reader vouches for some lines the row-by-row reader's slow path hands to a whole Claim (a figure
    # given as a JSON number beside a time with fractions of a second: test_fallbacks_may_differ_where_only_the_
    # compiled_reader_vouches), so it may count fewer fallbacks, never more: a line it cannot vouch for goes to the
    # same row-by-row reader.
    assert polars.fallbacks <= python.fallbacks
    if compiled:
        assert polars.compiled > 0
    log = load_jsonl(io.BytesIO(data), tz=tz, log=CasualtyLog(clock=_clock, tz=tz))
    assert list(polars.claims()) == list(log)  # each read back and checked against the id hashed
    assert polars.columns.column("key").tolist() == [int(c.id, 16) for c in log]
    assert list(polars.resolve_all()) == list(log.resolve_all())
    table: ClaimTable = polars
    return table


def test_ingest_polars_reads_the_benchmark_data_as_the_row_by_row_reader() -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(3000, seed=7)
    data = b"\n".join(lines) + b"\n"
    table = same_both_ways(data, compiled=True)
    assert table is not None
    assert table.compiled >= 0.95 * len(lines)  # the usual shapes are vouched for
    log = load_jsonl(io.BytesIO(data), log=CasualtyLog(clock=_clock))
    for policy in ALL_POLICIES:
        assert table.resolve_all(policy=policy, at="2023-03-01") == log.resolve_all(policy=policy, at="2023-03-01")


def test_ingest_polars_is_the_default_when_installed_and_engines_are_named() -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    data = b"\n".join(generate_lines(600, seed=2))
    assert ClaimTable.read_jsonl(data).compiled > 0
    assert ClaimTable.read_jsonl(data, engine="python").compiled == 0
    from casualtylog.errors import OptionError  # noqa: PLC0415

    with pytest.raises(OptionError, match="engine='rust'"):
        ClaimTable.read_jsonl(data, engine="rust")


def test_ingest_polars_missing_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys  # noqa: PLC0415

    from casualtylog._extras import MissingExtraError  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "polars", None)  # makes `import polars` fail
    line = b'{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"}\n'
    with pytest.raises(MissingExtraError, match=r"pip install 'casualtylog\[columnar\]'"):
        ClaimTable.read_jsonl(line, engine="polars")
    assert len(ClaimTable.read_jsonl(line)) == 1  # the default falls back to the core reader


def test_ingest_polars_a_short_file_is_read_without_importing_polars() -> None:
    # Fewer lines than one compiled block would read row by row anyway: the default engine then
    # does not pay polars' import (a fresh interpreter, so nothing imported it before).
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    script = (
        "import sys\n"
        "from casualtylog.bulk.table import ClaimTable\n"
        'line = b\'{"event": "e", "metric": "killed", "figure": "3", "source": "s", '
        '"reported_at": "2025-01-01"}\\n\'\n'
        "assert len(ClaimTable.read_jsonl(line * 3)) == 1\n"
        "assert ClaimTable.read_jsonl(b'').columns.counts == []\n"
        "print('polars' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_ingest_polars_blank_is_what_str_strip_removes() -> None:
    import re  # noqa: PLC0415

    blank = re.compile(f"[{ingest_polars.BLANK}]")
    # Control characters never reach the compiled path (its grammar refuses them raw).
    assert {c for c in map(chr, range(0x20, 0x110000)) if c.isspace()} == {
        c for c in map(chr, range(0x20, 0x110000)) if blank.fullmatch(c)
    }


GOOD = {
    "event": "kyiv: strike",
    "metric": "dead",
    "figure": "12",
    "source": {"name": "KCMA: official", "kind": "official"},
    "reported_at": "2025-04-24T15:00:00+03:00",
    "recorded_at": "2025-04-25T10:00:00+00:00",
    "url": "https://example.org/a:b",
}


@pytest.mark.parametrize(
    "line",
    [
        '{"event": "a", "event": "b", "metric": "dead", "figure": "1", "source": "s", "reported_at": "2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","group":null,"group":"x"}',
        '{"event":"a","metric":"dead","figure":"1","figure":null,"source":"s","reported_at":"2025-01-01","retracts":["0123456789abcdef"]}',
        '{"event":"a","metric":"dead","figure":null,"figure":"1","source":"s","reported_at":"2025-01-01","retracts":["0123456789abcdef"]}',
        '{"event":"a","metric":"dead","figure":null,"source":"s","reported_at":"2025-01-01","retracts":"0123456789abcdef"}',
        '{"event":"a","metric":"dead","figure":"1","source":{"name":"s","kind":"ngo","kind":"un"},"reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":{"kind":"ngo","name":"s"},"reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":"{x","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","quote":": colon first"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","quote":"\u3000\u2028 "}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","quote":"\u00a0x\u00a0","url":""}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","quote":"\x1f"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","quote":"\\u001f"}',
        '{"event":"a","metric":"dead","figure":12,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure": 0,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":1234567890123456,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":12345678901234567,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":012,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":-3,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":3.0,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":12,"figure":"12","source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"100000000000000000000000000000","source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":1e999,"source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","supersedes":["fedcba9876543210","0123456789abcdef","0123456789abcdef"]}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","supersedes":[]}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","supersedes":["0123456789ABCDEF"]}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-29T15:00:00+03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","reported_precision":"second"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","reported_precision":"hour"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","as_of":"2025-02-28T14:00:00Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:07:00+03:00","reported_precision":"minute"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:07:30+03:00","reported_precision":"minute"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","reported_precision":"minute"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00Z","reported_precision":"Minute"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:07","reported_precision":"minute"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00 03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+0300"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","recorded_at":"2099-01-01T00:00:00Z"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","id":""}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","id":"0000000000000000"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","period":null}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00","unknown":"x"}',
        '{"event":"Київ","metric":"загинули","figure":"1","source":"Джерело","reported_at":"2025-02-28T15:00:00+03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00"}\r',
        ' {"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s","reported_at":"2025-02-28T15:00:00+03:00"} x',
        "",
        "[1]",
        # Each required field missing.
        '{"metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","figure":"1","source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","source":"s","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","reported_at":"2025-01-01"}',
        '{"event":"a","metric":"dead","figure":"1","source":"s"}',
        "{}",
    ],
)
def test_ingest_polars_refuses_and_accepts_as_the_row_by_row_reader(line: str) -> None:
    good = json.dumps(GOOD, ensure_ascii=False)
    encoded = line.encode("utf-8", "surrogatepass")
    # After good lines (memos and clock parts filled), alone, and before good lines.
    same_both_ways((good + "\n" + good.replace("12", "13") + "\n").encode() + encoded + b"\n")
    same_both_ways(encoded)
    same_both_ways(encoded + b"\n" + good.encode())


def test_ingest_polars_reads_a_line_that_is_not_utf8_row_by_row() -> None:
    good = json.dumps(GOOD).encode()
    same_both_ways(good + b"\n" + b'{"event":"\xff"}\n' + good)
    same_both_ways(b"\xef\xbb\xbf" + good + b"\n" + good.replace(b"12", b"14"))


def _escaped(text: str) -> str:
    """A JSON string written with every character escaped (still the same value)."""
    return '"' + "".join(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else c for c in text) + '"'


_LAYOUTS = [(",", ":"), (", ", ": "), (" , ", " : "), (",\t", ":\t")]


@st.composite
def rendered_lines(draw: st.DrawFn) -> str:
    """A record (valid or not) written in any layout: separators, key order, a key given twice,
    escapes, explicit nulls for absent fields, huge numbers, times that look canonical."""
    record = dict(draw(awkward_records()))
    if draw(st.integers(0, 5)) == 0:
        record.pop(draw(st.sampled_from(["event", "metric", "figure", "source", "reported_at"])), None)
    if draw(st.booleans()):
        record[draw(st.sampled_from(["group", "via", "quote", "url", "language", "as_of", "figure"]))] = None
    if draw(st.integers(0, 4)) == 0:
        record["figure"] = draw(
            st.sampled_from([10**30, str(10**30), -(10**20), 1e300, "1" * 25, 0, 7, 10**15, 10**16])
        )
    if draw(st.integers(0, 4)) == 0:
        record[draw(st.sampled_from(["reported_at", "as_of", "recorded_at"]))] = draw(
            st.sampled_from(
                [
                    "2025-02-29T10:00:00+03:00",
                    "2025-04-24T24:00:00Z",
                    "2025-04-24T10:00:00+25:00",
                    "2025-04-24T10:00:60Z",
                    "2025-04-24T10:00:00.5Z",
                    "2025-04-24t10:00:00Z",
                    "2025-04-24T10:00:00z",
                    "2025-04-24T10:00:00-00:00",
                    "2025-04-24T10:00:00+03:30",
                    "0999-12-31T23:00:00-05:00",
                    "9000-12-31T23:00:00-05:00",
                    "2025-04-24T10:00:00+03:00:00",
                    "２０２５-04-24T10:00:00Z",
                ]
            )
        )
    if draw(st.integers(0, 4)) == 0:
        record[draw(st.sampled_from(["event", "quote", "source", "via"]))] = draw(
            st.sampled_from(["Київ: удар", "a\u2028b", "\u00a0", "e\u0301", "x" * 300, ":x", "ok"])
        )
    if draw(st.integers(0, 3)) == 0:
        record["reported_precision"] = draw(st.sampled_from(["second", "minute", "hour", "day", "minute "]))
    keys = list(record)
    if draw(st.booleans()):
        keys = draw(st.permutations(keys))
    sep, colon = draw(st.sampled_from(_LAYOUTS))
    escape = draw(st.sampled_from([None, None, *keys]))
    parts = []
    for key in keys:
        value = record[key]
        text = _escaped(value) if key == escape and isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f'"{key}"{colon}{text}')
    twice = draw(st.sampled_from([None, None, None, *keys]))
    if twice is not None:
        again = draw(st.sampled_from([record[twice], None, "x"]))
        parts.insert(draw(st.integers(0, len(parts))), f'"{twice}"{colon}{json.dumps(again, ensure_ascii=False)}')
    return "{" + sep.join(parts) + "}"


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(rendered_lines(), min_size=1, max_size=6),
    blank=st.lists(st.sampled_from(["", " ", "\r"]), max_size=2),
    ending=st.sampled_from(["\n", "\r\n", ""]),
    repeat=st.booleans(),
    tz=st.sampled_from([None, "Europe/Kyiv"]),
)
def test_ingest_polars_equals_the_row_by_row_reader_on_any_layout(
    lines: list[str], blank: list[str], ending: str, repeat: bool, tz: str | None
) -> None:
    if repeat:
        lines = [*lines, lines[0]]  # the same statement again: a log keeps the first
    text = "\n".join([*lines[:1], *blank, *lines[1:]]) + ending
    same_both_ways(text.encode("utf-8", "surrogatepass"), tz=tz)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_lists(max_size=20), tz=st.sampled_from([None, "Europe/Kyiv"]))
def test_ingest_polars_equals_the_row_by_row_reader_on_files_the_library_writes(
    claims: list[Claim], tz: str | None
) -> None:
    buffer = io.BytesIO()
    write_jsonl(claims, buffer)  # every field set, an id, a declared precision on every line
    same_both_ways(buffer.getvalue(), tz=tz)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), cut=st.integers(1, 400), bad=st.sampled_from([None, '{"event": 1}', "x"]))
def test_ingest_polars_equals_the_row_by_row_reader_on_benchmark_blocks(seed: int, cut: int, bad: str | None) -> None:
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(400, seed=seed)
    if bad is not None:
        lines.insert(cut, bad.encode())
    same_both_ways(b"\n".join(lines[:cut]) + b"\n" + b"\n".join(lines[cut:]), compiled=bad is None)


def test_fallbacks_may_differ_where_only_the_compiled_reader_vouches() -> None:
    # Found by hypothesis (test_ingest_polars_equals_the_row_by_row_reader_on_any_layout): the same table both ways,
    # but the row-by-row reader's slow path reads fractions of a second only through Claim (RowReader._when) while the
    # compiled reader vouches for the line.
    line = (
        b'{"event":"e","metric":"killed","figure":0,"source":"s","reported_at":"2025-04-24T10:00:00+03:00",'
        b'"recorded_at":"2025-04-24T10:00:00.250000+03:00"}'
    )
    same_both_ways(line)
    with every_block_compiled():
        python = ClaimTable.read_jsonl(line, clock=_clock, engine="python")
        polars = ClaimTable.read_jsonl(line, clock=_clock, engine="polars")
    assert (python.fallbacks, polars.fallbacks, polars.compiled) == (1, 0, 1)
