"""Hostile frames for ClaimTable.from_frame (issue 14): each case a discrepancy once found.

Each frame gives, on every engine, the table or the first error that the record path gives
(``test_frame_lines._same``), and no crash.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from casualtylog import ClaimFormatError
from casualtylog.bulk.table import ClaimTable
from tests.test_frame_lines import ENGINES, _same


def _frame(**columns: list[Any]) -> pd.DataFrame:
    rows = len(next(iter(columns.values())))
    base: dict[str, Any] = {
        "event": ["e"] * rows,
        "metric": ["killed"] * rows,
        "source": ["s"] * rows,
        "reported_at": ["2025-01-01"] * rows,
        "figure": ["1"] * rows,
    }
    return pd.DataFrame({name: pd.Series(base.get(name, []) if name not in columns else columns[name], dtype=object)
                         for name in {**base, **columns}})


@pytest.mark.parametrize("kind", [[6], {"a": 7}])
def test_a_source_kind_that_is_a_list_or_dict_is_refused_not_a_crash(kind: object) -> None:
    outcome = _same(_frame(source_kind=[kind]))
    assert outcome[0] == "error"
    assert outcome[4] == "source.kind"


@pytest.mark.parametrize("source", [{"name": "s", "kind": [6]}, {"name": [1], "kind": "official"}])
@pytest.mark.parametrize("engine", ENGINES)
def test_a_jsonl_source_of_a_list_is_refused_not_a_crash(tmp_path: Path, source: object, engine: str) -> None:
    record = {"event": "e", "metric": "killed", "source": source, "reported_at": "2025-01-01", "figure": "1"}
    path = tmp_path / "k.jsonl"
    path.write_text(json.dumps(record) + "\n")
    with pytest.raises(ClaimFormatError, match=r"line 1: source\."):
        ClaimTable.read_jsonl(path, engine=engine)
