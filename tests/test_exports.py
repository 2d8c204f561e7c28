"""UCDP, ACLED and PROV exports of the worked example read back without loss."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from prov.model import ProvDocument, ProvRecord

from casualtylog import CasualtyLog, ClaimFormatError, Count, Figure
from casualtylog.exports import (
    acled_fatalities,
    acled_rows,
    prov_json,
    read_acled_csv,
    read_ucdp_csv,
    ucdp_figures,
    ucdp_rows,
    write_acled_csv,
    write_ucdp_csv,
)
from casualtylog.exports.ucdp import date_prec
from casualtylog.times import Precision
from casualtylog.worked_example import EVENT, kyiv_claims


@pytest.fixture
def log() -> CasualtyLog:
    return CasualtyLog(kyiv_claims())


# -- UCDP ------------------------------------------------------------------------------


def test_ucdp_rows_of_the_worked_example(log: CasualtyLog) -> None:
    rows = {(r["metric"], r["group"]): r for r in ucdp_rows(log)}
    killed = rows[("killed", None)]
    assert (killed["best"], killed["low"], killed["high"]) == (12, 12, 12)
    assert killed["number_of_sources"] == 2  # the outlet's repeat is not a third source
    assert killed["source_original"] == "Kyiv City Military Administration; Ukrainian authorities"
    assert killed["date_start"] == killed["date_end"] == date(2025, 4, 24)
    assert killed["date_prec"] == 1
    children = rows[("injured", "children")]
    assert children["high"] is None
    assert children["number_of_sources"] == 1


def test_ucdp_round_trips_through_csv(log: CasualtyLog, tmp_path: Path) -> None:
    rows = ucdp_rows(log)
    path = tmp_path / "ged.csv"
    write_ucdp_csv(rows, path)
    back = read_ucdp_csv(path)
    assert back == rows
    figures = ucdp_figures(back)
    assert figures[Count(EVENT, "killed")] == Figure.exact(12)
    assert figures[Count(EVENT, "injured", "children")] == Figure.at_least(12)
    for res in log.resolve_all():
        fig = figures[res.count]
        assert (fig.point, fig.low, fig.high) == (res.best, res.low, res.high)


def test_ucdp_range_reads_back_as_about() -> None:
    log = CasualtyLog()
    log.add({"event": "e", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-03-01T08:00Z"})
    log.add({"event": "e", "metric": "killed", "figure": "12-20", "source": "B", "reported_at": "2025-03-03T08:00Z"})
    (row,) = ucdp_rows(log, metric="dead")
    assert (row["best"], row["low"], row["high"], row["date_prec"]) == (16, 12, 20, 2)
    assert ucdp_figures([row]) == {Count("e", "killed"): Figure.about(16, low=12, high=20)}


@pytest.mark.parametrize(
    ("days", "precision", "expected"),
    [(1, Precision.DAY, 1), (2, Precision.DAY, 2), (6, Precision.MINUTE, 2), (7, Precision.DAY, 3),
     (8, Precision.DAY, 4), (30, Precision.DAY, 4), (31, Precision.DAY, 5), (1, Precision.MONTH, 4),
     (1, Precision.YEAR, 5)],
)  # fmt: skip
def test_date_prec_follows_the_ged_scale(days: int, precision: Precision, expected: int) -> None:
    assert date_prec(days, precision) == expected


def test_bad_ucdp_csv_names_the_line() -> None:
    text = "event,metric,group,best\ne,killed,,twelve\n"
    with pytest.raises(ClaimFormatError, match="<csv>, line 2: best='twelve': expected an integer"):
        read_ucdp_csv(io.StringIO(text))


# -- ACLED ----------------------------------------------------------------------------------


def test_acled_is_conservative_and_reads_back(log: CasualtyLog) -> None:
    log.add(
        {
            "event": EVENT,
            "metric": "killed",
            "figure": "12-20",
            "source": "Another outlet",
            "reported_at": "2025-04-24T16:00+03:00",
        }
    )
    (row,) = acled_rows(log)
    assert row["fatalities"] == 12  # the lowest credible figure, not the range's midpoint 16
    assert row["event_date"] == date(2025, 4, 24)
    assert row["time_precision"] == 1
    assert "reports span 12–20 from 2 sources" in row["notes"]
    buf = io.StringIO()
    write_acled_csv([row], buf)
    back = read_acled_csv(io.StringIO(buf.getvalue()))
    assert back == [row]
    assert acled_fatalities(back) == {EVENT: 12}


def test_acled_fully_retracted_event_is_unknown_not_zero() -> None:
    # Issue 10: a fully retracted event was exported with 0 fatalities, turning "unknown" into "none".
    log = CasualtyLog()
    a = log.add({"event": "e", "metric": "killed", "figure": "5", "source": "A", "reported_at": "2025-03-01T08:00Z"})
    log.add(a.retracted(reported_at="2025-03-02T08:00Z"))
    (row,) = acled_rows(log)
    assert row["fatalities"] is None
    assert row["notes"] == "fatalities unknown: no credible figure remains (not coded 0)"
    assert acled_fatalities([row]) == {}


# -- PROV ----------------------------------------------------------------------------------------


def _attrs(record: ProvRecord) -> dict[str, Any]:
    return {str(k): v for k, v in record.attributes}


def _read(text: str) -> ProvDocument:
    doc: ProvDocument = ProvDocument.deserialize(content=text, format="json")
    return doc


def test_prov_reads_back_with_figures_sources_and_times(log: CasualtyLog) -> None:
    res = log.resolve(EVENT, "killed")
    doc = _read(prov_json(res))
    records = doc.get_records()
    claims = {str(r.identifier): _attrs(r) for r in records if str(_attrs(r).get("prov:type")) == "cl:Claim"}
    assert len(claims) == len(res.considered)
    for claim in res.considered:
        got = claims[f"claim:{claim.id}"]
        assert got["cl:figure"] == str(claim.figure)
        assert got["cl:low"] == claim.figure.low if claim.figure else True
        assert got["cl:source"] == claim.source.name
        reported = got["cl:reportedAt"]
        assert isinstance(reported, datetime)
        assert reported == claim.reported_at
        assert reported.utcoffset() == claim.reported_at.utcoffset()
        recorded = got["cl:recordedAt"]
        assert recorded == claim.recorded_at
        assert recorded.utcoffset() == claim.recorded_at.utcoffset()
        if claim.quote:
            assert got["cl:quote"] == claim.quote
    (resolution,) = [r for r in records if str(_attrs(r).get("prov:type")) == "cl:Resolution"]
    got = _attrs(resolution)
    assert (got["cl:best"], got["cl:low"], got["cl:high"], got["cl:policy"]) == (12, 12, 12, "range")
    agents = {str(_attrs(r).get("prov:label")) for r in records if r.get_type().localpart == "Agent"}
    assert {"Kyiv City Military Administration", "Ukrainian authorities", "Telegram"} <= agents


def test_prov_relations(log: CasualtyLog) -> None:
    res = log.resolve(EVENT, "killed")
    doc = _read(prov_json(res))
    derivations = [r for r in doc.get_records() if r.get_type().localpart == "Derivation"]
    revisions = [_attrs(r) for r in derivations if str(_attrs(r).get("prov:type")) == "prov:Revision"]
    raised = [r for r in revisions if r.get("cl:kind") == "raised"]
    assert len(raised) == 1
    old, new = res.revisions[-1].old, res.revisions[-1].new
    assert str(raised[0]["prov:usedEntity"]) == f"claim:{old.id}"
    assert str(raised[0]["prov:generatedEntity"]) == f"claim:{new.id}"
    setters = [_attrs(r) for r in derivations if "cl:sets" in _attrs(r)]
    assert [str(s["prov:usedEntity"]) for s in setters] == [f"claim:{res.best_claim.id}"]  # type: ignore[union-attr]
    assert setters[0]["cl:sets"] == "best low high"
    attributions = [r for r in doc.get_records() if r.get_type().localpart == "Attribution"]
    assert len(attributions) == len(res.considered)


def test_prov_retraction_is_an_invalidation() -> None:
    log = CasualtyLog()
    a = log.add({"event": "e", "metric": "killed", "figure": "5", "source": "A", "reported_at": "2025-03-01T08:00Z"})
    r = log.add(a.retracted(reported_at="2025-03-02T08:00+02:00"))
    doc = _read(prov_json(log))
    (inv,) = [_attrs(x) for x in doc.get_records() if x.get_type().localpart == "Invalidation"]
    assert str(inv["prov:entity"]) == f"claim:{a.id}"
    assert str(inv["prov:activity"]) == f"report:{r.id}"
    assert inv["prov:time"] == r.reported_at


def test_prov_of_hostile_names_stays_valid() -> None:
    log = CasualtyLog()
    log.add(
        {
            "event": "e",
            "metric": "killed",
            "figure": "5",
            "source": 'A "quoted" <b>',
            "reported_at": "2025-03-01T08:00Z",
        }
    )
    log.add(
        {"event": "e", "metric": "killed", "figure": "6", "source": "a quoted b", "reported_at": "2025-03-01T09:00Z"}
    )
    doc = _read(prov_json(log))
    labels = {str(_attrs(r).get("prov:label")) for r in doc.get_records() if r.get_type().localpart == "Agent"}
    assert labels == {'A "quoted" <b>', "a quoted b"}
