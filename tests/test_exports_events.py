"""Issue 10, item 3: exports state the event's facts, and ACLED's own conventions."""

from __future__ import annotations

import io
from datetime import date

import pytest

from casualtylog import CasualtyLog
from casualtylog.exports import acled_rows, read_acled_csv, read_ucdp_csv, ucdp_rows, write_acled_csv, write_ucdp_csv
from casualtylog.worked_example import EVENT, kyiv_claims, kyiv_event

RELAYS = [
    {"event": EVENT, "metric": "killed", "figure": "12", "source": "Kyiv City Military Administration",
     "via": "a newspaper", "reported_at": "2025-04-25T08:00+03:00"},
    {"event": EVENT, "metric": "killed", "figure": "12", "source": "Kyiv City Military Administration",
     "via": "a weekly", "reported_at": "2025-05-20", "reported_precision": "month"},
]  # fmt: skip


def _kyiv() -> CasualtyLog:
    log = CasualtyLog(kyiv_claims())
    log.add_event(kyiv_event())
    return log


def test_exports_ucdp_kyiv_dates_come_from_the_event_whatever_relays_come_later() -> None:
    log = _kyiv()
    log.extend(RELAYS)
    (row,) = ucdp_rows(log, metric="killed")
    assert row["date_start"] == row["date_end"] == date(2025, 4, 24)
    assert row["date_prec"] == 1
    assert row["date_basis"] == "event"
    assert (row["where_description"], row["country"], row["adm_1"], row["where_prec"]) == ("Kyiv", "UA", "UA-30", 4)
    assert (row["latitude"], row["longitude"]) == (50.45, 30.52)


def test_exports_ucdp_without_the_event_relays_widen_the_report_span() -> None:
    # The fallback for an undeclared event, said plainly in date_basis.
    log = CasualtyLog(kyiv_claims())
    log.extend(RELAYS)
    (row,) = ucdp_rows(log, metric="killed")
    assert row["date_basis"] == "reports"
    assert row["date_end"] > date(2025, 4, 24)


def test_exports_ucdp_a_yearly_figure_gets_the_years_window_and_date_prec_5() -> None:
    log = CasualtyLog()
    log.add_event(
        {"id": "iraq-2008", "when": "2008", "where": {"name": "Iraq", "country": "IQ", "precision": "country"}}
    )
    log.add({"event": "iraq-2008", "metric": "killed", "figure": "10286", "source": "Iraq Body Count",
             "reported_at": "2009-01-01", "as_of": "2008-12-31T23:59Z"})  # fmt: skip
    (row,) = ucdp_rows(log)
    assert (row["date_start"], row["date_end"], row["date_prec"]) == (date(2008, 1, 1), date(2008, 12, 31), 5)
    assert row["where_prec"] == 6


@pytest.mark.parametrize(
    ("when", "expected"), [("2025-04-24", 1), ("2025-04-20/2025-04-23", 2), ("2025-W17", 3), ("2025-04", 4)]
)
def test_exports_ucdp_date_prec_from_the_event_window(when: str, expected: int) -> None:
    log = CasualtyLog([{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-06-01"}])
    log.add_event({"id": "e", "when": when})
    assert ucdp_rows(log)[0]["date_prec"] == expected


def test_exports_ucdp_place_columns_round_trip_through_csv() -> None:
    rows = ucdp_rows(_kyiv())
    buf = io.StringIO()
    write_ucdp_csv(rows, buf)
    assert read_ucdp_csv(io.StringIO(buf.getvalue())) == rows


def test_exports_ucdp_number_of_reports_counts_documents_beside_originators() -> None:
    (row,) = ucdp_rows(_kyiv(), metric="killed")
    assert row["number_of_sources"] == 2  # originators: the authorities and the KCMA
    assert row["number_of_reports"] == 2  # documents: the article and the Telegram post


# -- ACLED ------------------------------------------------------------------------------------


def _vague(*figures: str) -> CasualtyLog:
    log = CasualtyLog()
    for i, fig in enumerate(figures):
        log.add({"event": "e", "metric": "killed", "figure": fig, "source": f"S{i}", "reported_at": "2025-03-01"})
    return log


def test_exports_acled_dozens_is_12() -> None:
    (row,) = acled_rows(_vague("dozens"))
    assert row["fatalities"] == 12
    assert "'dozens' as 12" in row["notes"]


def test_exports_acled_hundreds_is_100() -> None:
    (row,) = acled_rows(_vague("hundreds", "at least 150"))
    assert row["fatalities"] == 100


def test_exports_acled_tens_is_10() -> None:
    (row,) = acled_rows(_vague("tens"))
    assert row["fatalities"] == 10


def test_exports_acled_vague_words_from_a_custom_log_coding_are_recoded_too() -> None:
    log = CasualtyLog(vague={"dozens": 30})
    log.add({"event": "e", "metric": "killed", "figure": "dozens", "source": "s", "reported_at": "2025-03-01"})
    assert log.resolve("e", "killed").low == 30
    assert acled_rows(log)[0]["fatalities"] == 12


def test_exports_acled_groups_are_reported_not_dropped() -> None:
    log = CasualtyLog(kyiv_claims())
    log.add({"event": "only-children", "metric": "killed", "group": "children", "figure": "4", "source": "UNICEF",
             "reported_at": "2025-03-01"})  # fmt: skip
    rows = {r["event_id_cnty"]: r for r in acled_rows(log)}
    assert set(rows) == {EVENT, "only-children"}
    assert "injured / children: at least 12" in rows[EVENT]["not_coded"]
    assert "injured: 90" in rows[EVENT]["not_coded"]
    alone = rows["only-children"]
    assert alone["fatalities"] == 4
    assert "from the group 'children'" in alone["notes"]
    assert alone["not_coded"] == "killed / children: 4"


def test_exports_acled_unknown_is_not_zero() -> None:
    log = CasualtyLog()
    a = log.add({"event": "e", "metric": "killed", "figure": "5", "source": "A", "reported_at": "2025-03-01"})
    log.add(a.retracted(reported_at="2025-03-02"))
    log.add({"event": "hurt-only", "metric": "injured", "figure": "7", "source": "A", "reported_at": "2025-03-01"})
    rows = {r["event_id_cnty"]: r for r in acled_rows(log)}
    assert rows["e"]["fatalities"] is None
    assert rows["hurt-only"]["fatalities"] is None
    assert rows["hurt-only"]["notes"] == "fatalities unknown: no fatality figure reported"
    buf = io.StringIO()
    write_acled_csv(rows.values(), buf)
    assert [r["fatalities"] for r in read_acled_csv(io.StringIO(buf.getvalue()))] == [None, None]


def test_exports_acled_date_and_place_come_from_the_event() -> None:
    log = _kyiv()
    log.extend(RELAYS)
    (row,) = acled_rows(log)
    assert (row["event_date"], row["time_precision"], row["year"]) == (date(2025, 4, 24), 1, 2025)
    assert (row["country"], row["admin1"], row["location"], row["geo_precision"]) == ("UA", "UA-30", "Kyiv", 3)
    log.add_event({"id": EVENT, "when": "2025-04"})
    (row,) = acled_rows(log)
    assert (row["event_date"], row["time_precision"]) == (date(2025, 4, 15), 3)  # the month's mid-point
