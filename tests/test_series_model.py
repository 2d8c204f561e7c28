"""Issue 9, items 1-5: periods, as_of ordering, ties, tiers and restarts on small hand-made logs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from casualtylog import CasualtyLog, Claim
from casualtylog.claims import Count
from casualtylog.errors import ClaimFormatError, PeriodError
from casualtylog.periods import Period, parse_period
from casualtylog.phases import total_over_phases
from casualtylog.series import SeriesColumn, SeriesSpec, load_series
from casualtylog.store import open_store
from casualtylog.tiers import tier_differences

MOH = {"event": "gaza", "metric": "killed", "source": "MoH"}


# -- item 1: periods ---------------------------------------------------------------
def test_periods_claim_ids_without_a_period_are_unchanged() -> None:
    # Computed on main before periods existed: adding the field must not move any id.
    c = Claim.model_validate(
        {
            "event": "kyiv-2025-04-24",
            "metric": "killed",
            "figure": "at least 12",
            "source": {"name": "KCMA", "kind": "official"},
            "reported_at": "2025-04-24T15:00+03:00",
            "as_of": "2025-04-24T12:00+03:00",
            "status": "preliminary",
            "url": "https://x",
            "quote": "q",
        }
    )
    assert c.id == "0bdc1b3b3a379b64"
    assert c.count == ("kyiv-2025-04-24", "killed", None, None)
    assert repr(c.count) == "Count(event='kyiv-2025-04-24', metric='killed', group=None)"


def test_periods_are_part_of_the_count_so_a_month_never_reads_as_a_fall() -> None:
    log = CasualtyLog(
        [
            MOH | {"figure": "1200", "reported_at": "2017-05-01"},
            MOH | {"figure": "40", "reported_at": "2017-06-01", "period": "2017-05"},
            MOH | {"figure": "1240", "reported_at": "2017-06-01"},
            MOH | {"figure": "25", "reported_at": "2017-07-01", "period": "2017-06"},
        ]
    )
    assert log.check() == []
    assert [str(c) for c in log.counts()] == [
        "gaza / killed",
        "gaza / killed / in 2017-05",
        "gaza / killed / in 2017-06",
    ]
    assert log.resolve("gaza", "killed").best == 1240
    assert log.resolve("gaza", "killed", None, "2017-05").best == 40
    assert log.resolve("gaza", "killed", period="2017-06").best == 25


def test_periods_round_trip_through_records_and_stores(tmp_path: object) -> None:
    c = Claim.model_validate(MOH | {"figure": "40", "reported_at": "2017-06-01", "period": "2017-05"})
    assert Claim.model_validate(c.to_record()) == c
    assert c.to_record()["period"] == "2017-05-01T00:00:00+00:00/2017-06-01T00:00:00+00:00"
    running = Claim.model_validate(MOH | {"figure": "1240", "reported_at": "2017-06-01"})
    for lazy in (False, True):
        path = f"{tmp_path}/claims-{lazy}.sqlite"
        with open_store(path, lazy=lazy) as store:
            store.extend([c, running])
            assert store.resolve("gaza", "killed").best == 1240
            assert store.resolve("gaza", "killed", period="2017-05").best == 40
            assert len(store.counts()) == 2
            assert sorted(r.best or 0 for r in store.resolve_all()) == [40, 1240]
            assert store.check() == []
            assert [str(c.figure) for c in store.claims_about("gaza", "killed", None, "2017-05")] == ["40"]


def test_periods_bad_input_names_field_and_value() -> None:
    with pytest.raises(PeriodError, match=r"period=.*ends before it starts"):
        parse_period({"start": "2023-10-09", "end": "2023-10-07"})
    with pytest.raises(ClaimFormatError, match=r"period.*ends before it starts"):
        CasualtyLog().add(MOH | {"figure": "4", "reported_at": "2023-10-09", "period": "2023-10-09/2023-10-08"})
    with pytest.raises(PeriodError, match="period='2023-10-09T10:00:00Z'"):
        parse_period("2023-10-09T10:00:00Z")


def test_periods_an_increment_without_a_base_is_an_anomaly_not_a_crash() -> None:
    log = CasualtyLog([MOH | {"figure": "+5", "reported_at": "2023-10-09", "period": "2023-10"}])
    res = log.resolve("gaza", "killed", period="2023-10")
    assert res.best is None
    assert any("no earlier figure" in note for note in res.anomalies)
    # ... and bad input never drops what was stored
    good = log.add(MOH | {"figure": "12", "reported_at": "2023-10-10"})
    with pytest.raises(ClaimFormatError):
        log.add(MOH | {"figure": "3", "reported_at": "2023-10-10", "period": {"start": "2023-10-10"}, "x": 1})
    assert good in log
    assert len(log) == 2


# -- item 2: as_of -----------------------------------------------------------------
def test_as_of_orders_a_back_filled_series_by_the_days_it_describes() -> None:
    said = "2023-10-09T12:00Z"
    log = CasualtyLog(
        [
            MOH | {"figure": f, "reported_at": said, "as_of": day}
            for f, day in (("20", "2023-10-09"), ("6", "2023-10-07"), ("14", "2023-10-08"))
        ]
    )
    res = log.resolve("gaza", "killed")
    assert (res.best, res.low, res.high) == (20, 20, 20)
    assert res.conflicts == ()
    assert [str(r.kind) for r in res.revisions] == ["raised", "raised"]
    assert log.check() == []


# -- item 3: ties ------------------------------------------------------------------
def test_ties_one_source_one_moment_two_figures() -> None:
    who = {"event": "drc-ebola", "metric": "killed", "source": "WHO", "reported_at": "2019-07-06"}
    for urls in (("https://a", "https://b"), ("https://z", "https://a")):
        log = CasualtyLog([who | {"figure": "721", "url": urls[0]}, who | {"figure": "1625", "url": urls[1]}])
        res = log.resolve("drc-ebola", "killed")
        assert (res.best, res.low, res.high) == (1625, 721, 1625)
        assert "WHO contradicted itself" in res.explain()


# -- item 5: tiers -----------------------------------------------------------------
def test_tiers_verified_replaces_flash_without_a_false_fall() -> None:
    ocha = {"event": "wb", "metric": "killed", "source": "OCHA"}
    log = CasualtyLog(
        [
            ocha | {"figure": "13", "status": "preliminary", "reported_at": "2023-10-08", "as_of": "2023-10-08"},
            ocha | {"figure": "15", "status": "preliminary", "reported_at": "2023-10-09", "as_of": "2023-10-09"},
            ocha | {"figure": "14", "status": "confirmed", "reported_at": "2024-11-14", "as_of": "2023-10-08"},
            ocha | {"figure": "18", "status": "confirmed", "reported_at": "2024-11-14", "as_of": "2023-10-09"},
            ocha | {"figure": "16", "status": "preliminary", "reported_at": "2023-10-10", "as_of": "2023-10-10"},
        ]
    )
    assert log.check() == []
    assert log.resolve("wb", "killed").best == 16  # the latest day described: a flash figure
    assert log.resolve("wb", "killed", at="2023-10-09").best == 15
    assert [(d.flash, d.verified, d.revised_by) for d in tier_differences(log)] == [(13, 14, 1), (15, 18, 3)]
    assert "tier_difference" in str(tier_differences(log)[0])


# -- item 4: restarts --------------------------------------------------------------
def test_restarts_are_no_fall_and_the_total_over_phases_keeps_provenance() -> None:
    moph = {"event": "lb", "metric": "killed", "source": "MoPH"}
    log = CasualtyLog(
        [
            moph | {"figure": "4000", "reported_at": "2024-11-30"},
            moph | {"figure": "4047", "reported_at": "2024-12-04"},
            moph | {"figure": "123", "reported_at": "2026-03-05", "period": "since 2026-03-02"},
            moph | {"figure": "200", "reported_at": "2026-03-09", "period": "since 2026-03-02"},
        ]
    )
    assert log.check() == []
    total = total_over_phases(log, "lb", "killed")
    assert (total.best, total.low, total.high) == (4247, 4247, 4247)
    assert [str(c.figure) for c in total.claims] == ["4047", "200"]
    assert total_over_phases(log, "lb", "killed", at="2026-03-05").best == 4170


def test_restarts_declared_in_a_series_need_the_phase_cell() -> None:
    with pytest.raises(PeriodError, match="phase_starts"):
        SeriesSpec(
            event="lb",
            source="MoPH",
            date_field="d",
            phase_starts={"2": "2026-03-02"},
            columns=(SeriesColumn(field="k", metric="killed"),),
        )
    with pytest.raises(PeriodError, match="columns"):
        SeriesSpec(event="lb", source="MoPH", date_field="d", columns=())
    with pytest.raises(PeriodError, match=r"phase_starts\[2\]"):
        SeriesSpec(
            event="lb",
            source="MoPH",
            date_field="d",
            phase_field="p",
            phase_starts={"2": "soon"},
            columns=(SeriesColumn(field="k", metric="killed"),),
        )


def test_series_bad_rows_name_the_line_cell_and_value() -> None:
    spec = SeriesSpec(event="g", source="MoH", date_field="d", columns=(SeriesColumn(field="k", metric="killed"),))
    with pytest.raises(ClaimFormatError, match=r"record 2: k='many'"):
        load_series([{"d": "2023-10-07", "k": 3}, {"d": "2023-10-08", "k": "many"}], spec)
    with pytest.raises(ClaimFormatError, match=r"record 1: d=None: every row needs its date"):
        load_series([{"k": 3}], spec)


# -- item 7's clock: a date alone ------------------------------------------------------
def test_at_a_date_alone_means_by_the_end_of_that_day() -> None:
    log = CasualtyLog(
        [MOH | {"figure": "232", "reported_at": "2023-10-07"}, MOH | {"figure": "370", "reported_at": "2023-10-08"}]
    )
    assert log.resolve("gaza", "killed", at="2023-10-08").best == 370
    assert log.resolve("gaza", "killed", at="2023-10-08T12:00Z").best == 232  # the day-only claim: by its end
    assert log.resolve("gaza", "killed", at=datetime(2023, 10, 9, tzinfo=UTC)).best == 370


def test_period_labels() -> None:
    assert str(Period(datetime(2019, 1, 1, tzinfo=UTC), datetime(2020, 1, 1, tzinfo=UTC))) == "2019"
    assert str(Count.of("e", "killed", None, "since 2026-03-02")) == "e / killed / since 2026-03-02"


def test_periods_groups_are_checked_against_the_total_of_the_same_period() -> None:
    log = CasualtyLog(
        [
            MOH | {"figure": "5000", "reported_at": "2017-06-01"},
            MOH | {"figure": "40", "reported_at": "2017-06-01", "period": "2017-05"},
            MOH | {"figure": "45", "group": "children", "reported_at": "2017-06-01", "period": "2017-05"},
        ]
    )
    assert [f.kind.value for f in log.check()] == ["group_exceeds_total"]


def test_periods_round_trip_through_csv_and_jsonl(tmp_path: object) -> None:
    from casualtylog.formats.files import export_claims, read_claims  # noqa: PLC0415

    month = Claim.model_validate(MOH | {"figure": "40", "reported_at": "2017-06-01", "period": "2017-05"})
    restart = Claim.model_validate(MOH | {"figure": "4", "reported_at": "2017-06-02", "period": "since 2017-06-01"})
    running = Claim.model_validate(MOH | {"figure": "1240", "reported_at": "2017-06-01"})
    for ext in ("jsonl", "csv"):
        path = f"{tmp_path}/claims.{ext}"
        export_claims([month, restart, running], path)
        back = {c.id: c for c in read_claims(path)}
        assert set(back) == {month.id, restart.id, running.id}
        assert back[month.id].period == month.period
        assert back[restart.id].period == restart.period


# -- item 9: history reasons -------------------------------------------------------------
def test_history_reasons_say_when_best_fell_and_summarise_crowded_steps() -> None:
    e = {"event": "e", "metric": "killed"}
    log = CasualtyLog(
        [
            e | {"figure": "1032", "source": "A", "reported_at": "2025-01-01T10:00Z"},
            e | {"figure": "276", "source": "B", "reported_at": "2025-01-01T09:00Z"},
            e | {"figure": "1000", "source": "B", "reported_at": "2025-01-02T10:00Z"},
        ]
    )
    steps = list(log.history("e", "killed", policy="latest"))
    assert steps[-1].reason == "best fell 1032 → 1000: B raised 276 → 1000 (its own later figure)"
    crowd = CasualtyLog(
        [e | {"figure": str(i), "source": f"S{i}", "reported_at": "2025-01-01T10:00Z"} for i in range(50)]
    )
    reason = crowd.history("e", "killed")[0].reason
    assert reason.endswith("and 47 more changes at this moment")
    assert len(reason) < 200


def test_periods_roll_up_within_their_period() -> None:
    log = CasualtyLog()
    log.add_events(
        [{"id": "quake", "parts_complete": True}, {"id": "a", "parents": ["quake"]}, {"id": "b", "parents": ["quake"]}]
    )
    neoc = {"metric": "killed", "source": "NEOC", "reported_at": "2015-06-01"}
    log.extend(
        [
            neoc | {"event": "a", "figure": "400"},
            neoc | {"event": "b", "figure": "3000"},
            neoc | {"event": "quake", "figure": "3400"},
            neoc | {"event": "a", "figure": "5", "period": "2015-05"},
            neoc | {"event": "b", "figure": "7", "period": "2015-05"},
            neoc | {"event": "quake", "figure": "10", "period": "2015-05"},
        ]
    )
    # May's parts (5 + 7) are compared with May's whole (10), not with the running totals.
    findings = log.check()
    assert [f.kind.value for f in findings] == ["parts_exceed_whole"]
    assert "2015-05" in findings[0].message
