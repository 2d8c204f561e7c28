"""Review (session 7) of the compiled JSON Lines reader (``ClaimTable.read_jsonl(engine="polars")``):
what an adversarial reading found, each as a test that failed before its fix. The equalities
with the row-by-row reader are checked with ``tests/test_ingest_polars.py``'s own harness."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog.bulk import available

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")
pl = pytest.importorskip("polars")

if available():
    from casualtylog.bulk.table import ClaimTable
    from tests.test_ingest_polars import _clock, decoded_columns


def _escaped_event(line: bytes) -> bytes:
    """The same record with its ``event`` key escaped: the compiled path leaves it to the row-by-row reader."""
    return line.replace(b'"event"', b'"\\u0065vent"', 1)


def _polars_conversions(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[int, ClaimTable]:
    """How many polars columns were turned into numpy arrays while reading ``data`` compiled."""
    calls = 0
    to_numpy = pl.Series.to_numpy

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return to_numpy(self, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(pl.Series, "to_numpy", counted)
        table = ClaimTable.read_jsonl(data, engine="polars", clock=_clock)
    return calls, table


def test_review7_a_block_is_turned_into_arrays_once_however_its_vouched_lines_are_split(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Finding 1: every run of consecutive vouched lines (between two lines the row-by-row reader
    # takes) paid polars' fixed costs again (a slice, a numpy array per column, the link texts),
    # about 0.6 ms a run: a file where one line in ten needs the row-by-row reader (a writer
    # that escapes non-ASCII, say) read 2.8x slower with the default engine than with "python".
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(1200, seed=11)
    few = [_escaped_event(line) if k in (400, 800) else line for k, line in enumerate(lines)]
    many = [_escaped_event(line) if k % 2 else line for k, line in enumerate(lines)]
    few_calls, few_table = _polars_conversions(b"\n".join(few) + b"\n", monkeypatch)
    many_calls, many_table = _polars_conversions(b"\n".join(many) + b"\n", monkeypatch)
    assert few_table.compiled > 0
    assert many_table.compiled > 0
    assert many_calls == few_calls  # per block, not per run of vouched lines
    for data, table in ((b"\n".join(many) + b"\n", many_table), (b"\n".join(few) + b"\n", few_table)):
        python = ClaimTable.read_jsonl(data, engine="python", clock=_clock)
        assert decoded_columns(table) == decoded_columns(python)
        assert list(table.claims()) == list(python.claims())


def test_review7_runs_of_vouched_lines_keep_their_links_and_first_statements() -> None:
    # The same statement again, in and across runs, with links: a log keeps the first, and the
    # links stay with their rows (the per-block arrays are sliced per run).
    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data

    lines = generate_lines(700, seed=4)
    linked = [k for k, line in enumerate(lines) if b'"supersedes"' in line or b'"retracts"' in line]
    assert linked
    mixed = list(lines)
    for k in range(0, 700, 3):
        mixed[k] = _escaped_event(lines[k])
    mixed += [lines[k] for k in linked[:20]] + [_escaped_event(lines[k]) for k in linked[20:40]]
    data = b"\n".join(mixed) + b"\n"
    polars = ClaimTable.read_jsonl(data, engine="polars", clock=_clock)
    python = ClaimTable.read_jsonl(data, engine="python", clock=_clock)
    assert polars.compiled > 0
    assert decoded_columns(polars) == decoded_columns(python)
    assert list(polars.resolve_all()) == list(python.resolve_all())


def test_review7_lines_json_reads_alike_stay_alike() -> None:
    # Held (no fix): a record written escaped and unescaped is one statement, kept once, first.
    record = {"event": "київ", "metric": "dead", "figure": "3", "source": "s", "reported_at": "2025-01-01T00:00:00Z"}
    plain, escaped = json.dumps(record, ensure_ascii=False).encode(), json.dumps(record).encode()
    data = b"\n".join([plain, escaped] * 200) + b"\n"
    polars = ClaimTable.read_jsonl(data, engine="polars", clock=_clock)
    python = ClaimTable.read_jsonl(data, engine="python", clock=_clock)
    assert len(polars) == len(python) == 1
    assert decoded_columns(polars) == decoded_columns(python)


def test_review7_a_polars_too_old_for_the_compiled_reader_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # Finding 2: the columnar extra asked for polars>=1.0, but the compiled reader calls
    # DataFrame.join(nulls_equal=...), a name polars 1.24 gave that argument: with polars 1.23
    # the default engine raised TypeError ("unexpected keyword argument 'nulls_equal'") on any
    # file of 256 lines or more; and with polars 1.24 to 1.26, read_ndjson gives an object or a
    # list read as a string as null, so the default engine vouched for 21% of the benchmark's
    # lines and ran 1.84x slower than row by row (same table). An older polars is now as good as
    # none: the default reads row by row, engine="polars" names the extra and the version, and the
    # extra asks for that version.
    import tomllib  # noqa: PLC0415

    from benchmarks.generate import generate_lines  # noqa: PLC0415 - the benchmark's own data
    from casualtylog._extras import MissingExtraError  # noqa: PLC0415
    from casualtylog.bulk import ingest_polars  # noqa: PLC0415

    data = b"\n".join(generate_lines(600, seed=2)) + b"\n"
    for old in ("1.23.0", "1.26.1"):
        monkeypatch.setattr(pl, "__version__", old)
        table = ClaimTable.read_jsonl(data, clock=_clock)
        assert len(table) == 600
        assert table.compiled == 0
        with pytest.raises(MissingExtraError, match=r"polars>=1\.27.*pip install 'casualtylog\[columnar\]'"):
            ClaimTable.read_jsonl(data, engine="polars")
    monkeypatch.setattr(pl, "__version__", "1.27.1")
    assert ClaimTable.read_jsonl(data, clock=_clock).compiled > 0
    with open(__file__.rsplit("/tests/", 1)[0] + "/pyproject.toml", "rb") as handle:  # noqa: PTH123
        extras = tomllib.load(handle)["project"]["optional-dependencies"]
    assert f"polars>={ingest_polars.MIN_POLARS}" in extras["columnar"]


def test_review7_codes_are_numbered_as_the_row_by_row_reader_numbers_them() -> None:
    # Finding 3: the compiled reader judges a block's distinct values before the lines it leaves
    # to the row-by-row reader, so it numbered count, source and figure codes in another order
    # than engine="python" (decoded, the columns were equal). Fixed in session 8: both engines
    # number codes in the order of each value's first row (ingest_build._number_in_file_order).
    lines = [
        '{"event":"\\u0062","metric":"dead","figure":"5","source":"Bee","reported_at":"2025-01-01T00:00:00Z"}',
        '{"event":"a","metric":"dead","figure":"7","source":"Aye","reported_at":"2025-01-01T00:00:00Z"}',
    ]
    data = ("\n".join(lines * 200) + "\n").encode()
    polars = ClaimTable.read_jsonl(data, engine="polars", clock=_clock)
    python = ClaimTable.read_jsonl(data, engine="python", clock=_clock)
    assert polars.compiled > 0
    assert decoded_columns(polars) == decoded_columns(python)
    assert polars.columns.counts == python.columns.counts
    assert polars.columns.sources == python.columns.sources
    for name in ("count", "source", "figure"):
        assert polars.columns.arrays[name].tolist() == python.columns.arrays[name].tolist()
    assert polars.columns._figure_codes == python.columns._figure_codes


# -- what held: both engines agree (and agree with load_jsonl) --------------------------------------
_LINE = '{"event":"a","metric":"dead","figure":%s,"source":%s,"reported_at":"%s"%s}'
_I, _J = "0123456789abcdef", "fedcba9876543210"
_HELD = [
    # times: year bounds in UTC, ISO week dates, 24:00, -00:00, +24:00, leap seconds, DST edges, odd forms
    _LINE % ('"1"', '"s"', "1000-01-01T00:00:00+03:00", ""),
    _LINE % ('"1"', '"s"', "9000-12-31T23:00:00-05:00", ""),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"as_of":"1000-01-01T00:00:00+03:00"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"recorded_at":"1000-01-01T00:00:00+03:00"'),
    _LINE % ('"1"', '"s"', "2025-W17-4T09:00:00Z", ""),
    _LINE % ('"1"', '"s"', "2025-04-24T24:00:00Z", ""),
    _LINE % ('"1"', '"s"', "2025-04-24T10:00:00-00:00", ""),
    _LINE % ('"1"', '"s"', "2025-04-24T10:00:00+24:00", ""),
    _LINE % ('"1"', '"s"', "2025-04-24T10:00:00+23:59", ""),
    _LINE % ('"1"', '"s"', "2016-12-31T23:59:60Z", ""),
    _LINE % ('"1"', '"s"', "2025-03-30T03:30:00", ""),
    _LINE % ('"1"', '"s"', "2025-10-26T03:30:00", ""),
    _LINE % ('"1"', '"s"', "2025-10-26 03:30:00Z", ""),
    _LINE % ('"1"', '"s"', "2025-10-26T03:30:00,5Z", ""),
    _LINE % ('"1"', '"s"', "2025-10-26T03:30:00+03:00:30", ""),
    _LINE % ('"1"', '"s"', " 2025-10-26T03:30:00Z", ""),
    _LINE % ('"1"', '"s"', "2030-01-01T00:00:00Z", ""),
    # declared precisions that disagree with the time
    _LINE % ('"1"', '"s"', "2025-01-05T10:11:12Z", ',"reported_precision":"day"'),
    _LINE % ('"1"', '"s"', "2025-01-05T10:11:12+05:45", ',"reported_precision":"year"'),
    _LINE % ('"1"', '"s"', "2025-01-05T10:11:12-09:30", ',"reported_precision":"hour"'),
    _LINE % ('"1"', '"s"', "2025-01-05T10:11:00+05:45", ',"reported_precision":"minute"'),
    _LINE % ('"1"', '"s"', "2025-01-05T10:11:59Z", ',"reported_precision":"minute"'),
    _LINE % ('"1"', '"s"', "2025-01-05", ',"reported_precision":"second"'),
    # the other clocks
    _LINE % ('"1"', '"s"', "2025-01-05T00:00:00Z", ',"as_of":"2025-06-01T00:00:00Z"'),
    _LINE % ('"1"', '"s"', "2025-01-05T00:00:00Z", ',"as_of":"2025-01-04T00:00:00.5Z"'),
    _LINE % ('"1"', '"s"', "2025-01-05T00:00:00Z", ',"recorded_at":"2020-01-01T00:00:00Z"'),
    _LINE % ('"1"', '"s"', "2025-01-05T00:00:00Z", ',"recorded_at":"2025-01-06T00:00:00.1234567Z"'),
    _LINE % ('"1"', '"s"', "2025-01-05T00:00:00Z", ',"recorded_at":"2025-01-06T00:00:00"'),
    # strings: spaces, NFD, bidi, DEL, C1, BOM, U+2028, astral, lengths at and over the limits
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"quote":" hello "'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"quote":"e\u0301"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"quote":"a\u202eb","language":"en\u202e"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"quote":"a\x7fb\x85"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"quote":"\ufeff","url":" http://x "'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"quote":"' + "\U0001f600" * 20000 + '"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"quote":"' + "\U0001f600" * 20001 + '"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"url":"' + "é" * 4000 + '"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"url":"' + "u" * 4001 + '"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"via":"  Tele  gram ","group":""'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"\u0430s_of":"x"'),  # a Cyrillic "а" in a key
    # sources: text that looks like an object, objects empty, spaced, of an unknown kind
    _LINE % ('"1"', '"{}"', "2025-01-01T00:00:00Z", ""),
    _LINE % ('"1"', '"{1}"', "2025-01-01T00:00:00Z", ""),
    _LINE % ('"1"', '{"name":"","kind":""}', "2025-01-01T00:00:00Z", ""),
    _LINE % ('"1"', '{"name":" s  t ","kind":"official"}', "2025-01-01T00:00:00Z", ""),
    _LINE % ('"1"', '{"name":"s","kind":"xx"}', "2025-01-01T00:00:00Z", ""),
    # figures
    *(
        _LINE % (figure, '"s"', "2025-01-01T00:00:00Z", "")
        for figure in (
            '"-0"',
            '" 12 "',
            '""',
            '"null"',
            '"about 12"',
            '"+2"',
            '"15-10"',
            '"9223372036854775807"',
            '"4611686018427387904"',
            '"1,200"',
            '"１２"',
            '"١٢"',
            "true",
            "12",
            "-0",
            "1e309",
            "NaN",
            '{"low":1}',
        )
    ),
    # ids and links: upper case, unknown, repeated, both links to one id, a retraction
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"id":"ABCDEF0123456789"'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", f',"supersedes":["{_I}","{_I}"]'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", f',"supersedes":"{_I}","retracts":"{_I}"'),
    _LINE % ("null", '"s"', "2025-01-01T00:00:00Z", f',"retracts":["{_J}","{_I}"]'),
    _LINE % ('"1"', '"s"', "2025-01-01T00:00:00Z", ',"status":"retracted"'),
]


@pytest.mark.parametrize("line", _HELD)
@pytest.mark.parametrize("tz", [None, "Europe/Kyiv"])
def test_review7_held_lines(line: str, tz: str | None) -> None:
    from tests.test_ingest_polars import GOOD, same_both_ways  # noqa: PLC0415

    good = json.dumps(GOOD, ensure_ascii=False)
    encoded = line.encode()
    same_both_ways((good + "\n").encode() + encoded + b"\n", tz=tz)
    same_both_ways(encoded, tz=tz)
    same_both_ways(encoded + b"\n" + good.encode(), tz=tz)


_TEXT = st.text(st.characters(codec="utf-8", exclude_characters='"\\' + "".join(map(chr, range(32)))))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    event=_TEXT.filter(str.strip),
    source=_TEXT,
    kind=st.sampled_from(["official", "media", "x", ""]) | _TEXT,
    as_object=st.booleans(),
    quote=_TEXT,
    via=_TEXT,
    language=_TEXT,
    group=st.none() | _TEXT,
)
def test_review7_held_any_text(
    event: str, source: str, kind: str, as_object: bool, quote: str, via: str, language: str, group: str | None
) -> None:
    from tests.test_ingest_polars import same_both_ways  # noqa: PLC0415

    record: dict[str, Any] = {
        "event": event,
        "metric": "dead",
        "figure": "1",
        "source": {"name": source, "kind": kind} if as_object else source,
        "reported_at": "2025-01-01T00:00:00Z",
        "quote": quote,
        "via": via,
        "language": language,
    }
    if group is not None:
        record["group"] = group
    line = json.dumps(record, ensure_ascii=False)
    same_both_ways((line + "\n" + line + "\n").encode())


def _pool() -> list[str]:
    out = []
    for k in range(4):
        record = {"event": f"e{k % 2}", "metric": "dead", "figure": str(k), "source": "s"}
        record["reported_at"] = "2025-01-01T00:00:00Z"
        out.append(json.dumps(record))
        later = json.dumps(dict(record, recorded_at="2025-01-03T00:00:00Z"))
        out += [later, _escaped_event(later.encode()).decode()]
        linked = dict(record, supersedes=[_I], quote="q")
        out += [json.dumps(linked, separators=(",", ":")), _escaped_event(json.dumps(linked).encode()).decode()]
    return [
        *out,
        "",
        '{"event":"x","metric":"dead","figure":"1","source":"s","reported_at":"2025-01-01","period":null}',
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.sampled_from(_pool()), min_size=1, max_size=40), ending=st.sampled_from(["\n", ""]))
def test_review7_held_repeats_across_runs(lines: list[str], ending: str) -> None:
    # The same statement again (with another recorded_at, escaped or not), in and across runs.
    from tests.test_ingest_polars import same_both_ways  # noqa: PLC0415

    same_both_ways(("\n".join(lines) + ending).encode())


@pytest.mark.parametrize("first", ['"1.0"', '"at least 12"', '"12+"', '"1e2"', '"x"', "null"])
@pytest.mark.parametrize("colon", [":", ": "])
def test_review7_a_figure_given_twice_once_as_an_integer(first: str, colon: str) -> None:
    # Finding 4: with figures as JSON integers vouched for (9d21668), a line naming figure twice,
    # first as text and then as an integer, crashed the compiled reader with ValueError
    # ("invalid literal for int() with base 10: '1.0'") instead of the duplicate-field error:
    # whether the figure is a number was read from the whole line (the second key), its value
    # from what polars keeps (the first key).
    from tests.test_ingest_polars import same_both_ways  # noqa: PLC0415

    line = '{"event":"a","metric":"dead","figure":' + first + ',"source":"s","reported_at":"2025-01-01","figure":13}'
    line = line.replace('"figure":', f'"figure"{colon}')
    same_both_ways(line.encode())
    same_both_ways((line + "\n").encode() * 2 + json.dumps(GOOD_INTEGER).encode())


#: A valid line with a figure given as a JSON integer.
GOOD_INTEGER = {"event": "a", "metric": "dead", "figure": 12, "source": "s", "reported_at": "2025-01-01T00:00:00Z"}
