"""Explanations stay readable on long series; day-only dates across a DST change are not 'ambiguous'."""

from __future__ import annotations

from casualtylog import CasualtyLog, Claim


def test_a_long_series_is_summarised() -> None:
    records = [
        {
            "event": "e",
            "metric": "killed",
            "figure": str(100 + i),
            "source": "Ministry",
            "reported_at": f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}",
        }
        for i in range(60)
    ]
    text = CasualtyLog(records).resolve("e", "killed").explain()
    assert "Earlier revisions: 54 (raised 54); history() lists every step." in text
    assert text.count("Revision: raised") == 5


def test_corrections_are_always_listed() -> None:
    log = CasualtyLog()
    first = log.add({"event": "e", "metric": "killed", "figure": "20", "source": "M", "reported_at": "2024-01-01"})
    log.extend(
        {"event": "e", "metric": "killed", "figure": str(21 + i), "source": "M", "reported_at": f"2024-02-{1 + i:02d}"}
        for i in range(10)
    )
    log.add(first.revised(figure="15", reported_at="2024-01-02"))
    text = log.resolve("e", "killed").explain()
    assert "Revision: lowered 20 → 15 by M (supersedes)." in text


def test_consecutive_days_across_a_dst_change_are_not_ambiguous() -> None:
    # As JSON Lines store them: fixed offsets, +02:00 before the change and +03:00 after.
    days = [
        Claim.model_validate(
            {
                "event": "e",
                "metric": "killed",
                "figure": "10",
                "source": "M",
                "reported_at": "2025-03-30T00:00:00+02:00",
                "reported_precision": "day",
            }
        ),
        Claim.model_validate(
            {
                "event": "e",
                "metric": "killed",
                "figure": "12",
                "source": "M",
                "reported_at": "2025-03-31T00:00:00+03:00",
                "reported_precision": "day",
            }
        ),
    ]
    assert CasualtyLog(days).resolve("e", "killed").anomalies == ()
