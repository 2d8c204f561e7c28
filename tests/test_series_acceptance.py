"""Issue 9 acceptance: each real series, loaded from its slice in tests/data with its
declarative description (benchmarks/series_specs.py), resolves to the publisher's last
stated figure for every count, flags the real anomalies and raises no false alarm.

Expected figures are read from the raw rows here, not from the library.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from benchmarks.series_specs import SERIES
from casualtylog import CasualtyLog
from casualtylog.period_checks import period_agreement, period_mismatches
from casualtylog.phases import total_over_phases
from casualtylog.resolve.engine import chrono_key
from casualtylog.series import read_series
from casualtylog.tiers import tier_differences

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict[str, Any]]:
    path = DATA / Path(SERIES[name][0]).name
    if path.suffix == ".json":
        rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        return rows
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def _log(name: str) -> CasualtyLog:
    return CasualtyLog(read_series(DATA / Path(SERIES[name][0]).name, SERIES[name][1]))


def _kinds(log: CasualtyLog) -> Counter[str]:
    return Counter(f.kind.value for f in log.check())


@pytest.mark.parametrize("name", sorted(SERIES))
def test_acceptance_every_count_resolves_to_the_last_stated_figure(name: str) -> None:
    log = _log(name)
    for count in log.counts():
        last = max(log.claims_about_count(count), key=chrono_key)
        assert last.figure is not None
        res = log.resolve(*count)
        assert res.best == last.figure.point, (str(count), str(last))


def test_acceptance_gaza_running_totals_and_daily_figures() -> None:
    rows = [r for r in _rows("gaza") if r["report_source"] != "missing"]
    log = _log("gaza")
    assert log.resolve("gaza-war-2023", "killed").best == [r["killed_cum"] for r in rows if "killed_cum" in r][-1]
    assert log.resolve("gaza-war-2023", "injured").best == [r["injured_cum"] for r in rows if "injured_cum" in r][-1]
    # Daily figures are their own counts: never read as falls of the running total.
    assert sum(1 for c in log.counts() if c.period is not None) > 20
    # The one real fall in the slice: killed women 1000 → 967 (as published).
    findings = log.check()
    assert [f.kind.value for f in findings] == ["cumulative_fell"]
    assert "1000 → 967" in findings[0].message
    # Running totals and daily figures are checked against each other where both were stated.
    agreements = period_agreement(log)
    assert len(agreements) == 25
    mismatches = {(a.stated, a.derived) for a in period_mismatches(log)}
    assert mismatches == {(1000, 486), (562, 1650), (400, 399), (158, 185)}


def test_acceptance_ukraine_mod_personnel() -> None:
    rows = _rows("ukraine")
    log = _log("ukraine")
    res = log.resolve("russia-ukraine-war-2022", "killed", "russian personnel")
    assert res.best == rows[-1]["personnel"]
    assert str(res.best_claim.figure if res.best_claim else "") == f"about {rows[-1]['personnel']}"
    assert log.check() == []


def test_acceptance_nepal_district_snapshots_flag_the_real_falls() -> None:
    rows = _rows("nepal")
    log = _log("nepal")
    findings = log.check()
    assert {f.kind.value for f in findings} == {"cumulative_fell"}
    assert any("sindhupalchok / killed" in f.message and "1820 → 1677" in f.message for f in findings)
    # No false alarm: every fall flagged is a fall between two consecutive snapshots of the raw file.
    series: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for r in rows:
        for cell, metric in (("dead", "killed"), ("injured", "injured")):
            if r[cell].strip():
                series.setdefault((r["district_key"], metric), []).append((r["snapshot_nst"], int(r[cell])))
    raw_falls = sum(1 for points in series.values() for (_, a), (_, b) in pairwise(sorted(points)) if b < a)
    assert len(findings) == raw_falls == 14


def test_acceptance_reliefweb_periods_are_no_falls() -> None:
    log = _log("reliefweb")
    assert _kinds(log) == Counter({"cumulative_fell": 3, "conflict": 1})
    messages = " | ".join(f.message for f in log.check())
    for fall in ("27 → 22", "915 → 634", "1563 → 721"):  # the Ebola outlier and the misdated 721
        assert fall in messages
    assert "WHO contradicted itself" in messages
    ebola = log.resolve("cod-ebola_deaths_since_4_apr_2018", "killed")
    last = [r for r in _rows("reliefweb") if r["indicator_id"].startswith("cod-ebola")][-1]
    assert ebola.best == int(last["value"])
    monthly = [c for c in log.counts() if c.period is not None and c.period.days and c.period.days < 32]
    raw_months = {
        (r["indicator_id"], r["figure_date"][:7]) for r in _rows("reliefweb") if "per month" in r["indicator_name"]
    }
    assert len(monthly) == len(raw_months) == 77


def test_acceptance_west_bank_flash_and_verified() -> None:
    rows = [r for r in _rows("west_bank") if r["flash_source"] != "fill"]
    log = _log("west_bank")
    assert log.check() == []
    assert log.resolve("west-bank-2023", "killed").best == int(rows[-1]["flash_killed_cum"])
    # Every day whose verified figure differs from its flash figure is listed, with the revision.
    fields = ("killed_cum", "killed_children_cum", "injured_cum", "injured_children_cum")
    raw = sum(1 for r in rows for f in fields if r[f"verified_{f}"].strip() and r[f"flash_{f}"] != r[f"verified_{f}"])
    diffs = tier_differences(log)
    assert len(diffs) == raw == 158
    first = diffs[0]
    assert (first.flash, first.verified) == (3, 6) or first.revised_by == first.verified - first.flash


def test_acceptance_lebanon_restart_is_a_restart() -> None:
    rows = _rows("lebanon")
    log = _log("lebanon")
    assert log.check() == []
    phase2 = log.resolve("lebanon-2023", "killed", period="since 2026-03-02")
    assert phase2.best == rows[-1]["killed_cum_reported"]
    total = total_over_phases(log, "lebanon-2023", "killed")
    assert total.best == rows[-1]["killed_cum"]  # Tech for Palestine's continuous total, computed independently
    assert total_over_phases(log, "lebanon-2023", "injured").best == rows[-1]["injured_cum"]
