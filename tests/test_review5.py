"""The fifth hostile-input review: the quick JSONL reader, ClaimTable's other sources and the
numbers-only frame, tried with input meant to break them. One test (or more) per finding."""

from __future__ import annotations

import json

import pytest

from casualtylog.bulk import available
from tests.test_ingest_speed import GOOD, _same_as_load_jsonl

pytestmark = pytest.mark.skipif(not available(), reason="the columnar form needs numpy")


@pytest.mark.parametrize("field", ["reported_at", "as_of", "recorded_at"])
@pytest.mark.parametrize(
    "when",
    [
        "2025-04-24T15:00:00,1234Z",  # 25 characters, like "…+03:00": a fraction after a comma
        "2025-04-24T150000,5Z",  # 20 characters, like "…Z": the basic form, with a fraction
        "2025-04-24T15:00:00.1234Z",
        "2025-W17-4T15:00:00+03:00",  # a week date is ten characters too
        "2025-04-24T15:00:00+23:59",
        "2025-04-24T15:00:00-00:00",
        "2025-04-24T23:59:60Z",
        "2025-04-24T24:00:00Z",
        "2025-04-24t15:00:00z",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
    ],
)
def test_review5_comma_fraction_times_read_as_load_jsonl_reads_them(field: str, when: str) -> None:
    # Found: a time with a comma before its fraction, at the canonical lengths, took the quick
    # path as if whole seconds; the id hashed the second and the table refused to read it back.
    line = json.dumps(GOOD | {field: when})
    good = json.dumps(GOOD | {"figure": "13"})
    _same_as_load_jsonl((good + "\n" + line + "\n").encode())
    _same_as_load_jsonl(line.encode())
    _same_as_load_jsonl((json.dumps(GOOD | {field: when, "reported_precision": "second"})).encode())
