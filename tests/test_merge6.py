"""Regressions found while merging session 6's branches."""

from __future__ import annotations

import pytest

from casualtylog import CasualtyLog, ClaimFormatError, ClaimTable

pd = pytest.importorskip("pandas")


def test_table_from_frame_names_a_bad_link_as_the_log_does() -> None:
    """A frame's links are a tuple to the log path: the table's refusal shows them the same way."""
    record = {
        "event": "kyiv",
        "metric": "killed",
        "figure": 0,
        "source": "KCMA",
        "reported_at": "2025-04-24T06:00:00+00:00",
        "supersedes": 0,
    }
    frame = pd.DataFrame([record], dtype=object)
    with pytest.raises(ClaimFormatError) as by_log:
        CasualtyLog.from_frame(frame)
    with pytest.raises(ClaimFormatError) as by_table:
        ClaimTable.from_frame(frame)
    assert str(by_table.value) == str(by_log.value)
    assert "supersedes=('0',)" in str(by_table.value)
