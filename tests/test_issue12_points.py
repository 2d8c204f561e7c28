"""Issue 12, one test (or a few) per point, named after it; each fails on the behaviour the issue reported.

The points are the issue's six, in its order: 1 times, 2 a report to share, 3
one error root, 4 a CLI for pipelines, 5 consistent names, 6 the remnants
(the notebook extra, the data path, increments, revisions and repeats).
Longer tests of points 1–4 are in test_times_as_people_read_them.py,
test_standalone_report.py, test_browser.py, test_issue12_item3.py and
test_issue12_cli.py.
"""

from __future__ import annotations

import copy
import io
import json
import pickle
import re
import runpy
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casualtylog import CasualtyLog, CasualtyLogError, Claim, Figure, Resolutions, Source
from casualtylog.cli import main
from casualtylog.exports import prov_json, ucdp_rows
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.formats.resolutions import (
    RESOLUTION_CSV_COLUMNS,
    history_records,
    resolution_record,
    write_resolutions_csv,
)
from casualtylog.store import open_store
from casualtylog.worked_example import EVENT, kyiv_claims

ROOT = Path(__file__).resolve().parents[1]


def _rec(**changes: object) -> dict[str, object]:
    return {
        "event": "e",
        "metric": "killed",
        "figure": "10",
        "source": "A",
        "reported_at": "2025-04-24T09:00Z",
    } | changes


# -- point 1: times as people read them ------------------------------------------------


def test_point1_a_day_is_shown_as_that_day_in_the_zone_it_was_stated_in() -> None:
    pd = pytest.importorskip("pandas")
    from casualtylog.display.frames import claims_frame, history_frame  # noqa: PLC0415 - pandas extra

    log = CasualtyLog(
        [
            _rec(event="kyiv", figure="10", reported_at="2025-04-24T09:00+03:00"),
            _rec(event="kyiv", figure="12", source="Kyiv Independent", reported_at="2025-04-25"),
        ],
        tz="Europe/Kyiv",
    )
    # The issue: .dt.date gave 24 April for the article dated 25 April (UTC midnight-3h).
    assert list(claims_frame(log)["reported_at"].dt.date) == [date(2025, 4, 24), date(2025, 4, 25)]
    gaza = CasualtyLog([_rec(event="gaza", figure="40000", reported_at="2024-08-22")], tz="Asia/Gaza")
    steps = history_frame(gaza.history("gaza", "killed"))
    # The issue: the last Gaza report, dated 22 August, showed as …-08-23T00:00.
    assert pd.Timestamp(steps.loc[0, "at"]).date() == date(2024, 8, 22)
    assert steps.loc[0, "at_precision"] == "day"
    assert isinstance(steps.loc[0, "at"], pd.Timestamp)
    assert "2024-08-23" not in str(gaza.history("gaza", "killed"))


# -- point 2: something to share with people who do not run Python ----------------------


def test_point2_a_standalone_report_and_padded_notebook_tables() -> None:
    from casualtylog.display import report, resolutions_html  # noqa: PLC0415 - display is a sub-package

    page = report(CasualtyLog(kyiv_claims()))
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # no external reference
    assert "<svg" in page  # each count's timeline, inline
    table = resolutions_html(CasualtyLog(kyiv_claims()))
    assert "padding" in table  # "9090" and "145145" ran together without it
    assert "white-space" in table or "nowrap" in table


# -- point 3: one error root ---------------------------------------------------------------


def test_point3_every_validation_error_derives_from_the_root() -> None:
    # The constructors are called as an analyst would, with loose values (hence Any).
    make_claim: Any = Claim
    make_figure: Any = Figure
    attempts: list[Callable[[], object]] = [
        lambda: Claim.model_validate(_rec(figure="twelvish")),
        lambda: Claim.model_validate(_rec()).revised(figure="twelvish", reported_at="2025-04-25"),
        lambda: make_claim(**_rec(figure="twelvish")),  # the constructor too
        lambda: make_figure(qualifier="range", low=5, high=2),
        lambda: Source(name=""),
    ]
    for attempt in attempts:
        with pytest.raises(CasualtyLogError) as info:
            attempt()
        assert isinstance(info.value, ValueError)
        assert info.value.errors()  # type: ignore[attr-defined]  # pydantic's per-field details
    log = CasualtyLog(tz="Europe/Kyiv")
    first = log.add(_rec(reported_at="2025-04-24 09:00"))
    assert first.revised(figure="12", reported_at="2025-04-24 14:00").reported_at.isoformat() == (
        "2025-04-24T14:00:00+03:00"
    )


def test_point3_claim_constructor_keeps_every_field_error() -> None:
    make_claim: Any = Claim
    with pytest.raises(CasualtyLogError) as info:
        make_claim(event="e", metric="killed", figure="twelvish", source="s", reported_at="2025-04-24", via=5)
    assert [e["loc"] for e in info.value.errors()] == [("figure",), ("via",)]  # type: ignore[attr-defined]


# -- point 4: a CLI for pipelines ----------------------------------------------------------


def test_point4_a_mistyped_event_exits_nonzero_and_json_is_always_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_jsonl(kyiv_claims(), tmp_path / "kyiv.jsonl")
    log = str(tmp_path / "kyiv.jsonl")
    assert main(["resolve", log, "kyiv-2025-4-24"]) != 0
    assert "did you mean 'kyiv-2025-04-24'?" in capsys.readouterr().err
    assert main(["resolve", log, "--at", "2020-01-01T00:00Z", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out or "null") == []  # an empty list, not nothing
    assert main(["add", str(tmp_path / "new.jsonl"), log]) == 0
    assert re.search(r"\b[0-9a-f]{16}\b", capsys.readouterr().out)  # the ids it added


# -- point 5: consistent names -------------------------------------------------------------


@pytest.fixture
def kyiv() -> CasualtyLog:
    return CasualtyLog(kyiv_claims())


def test_point5_sources_one_meaning(kyiv: CasualtyLog) -> None:
    """ "sources" is one count everywhere; UCDP's number_of_sources is reporting_sources."""
    killed = kyiv.resolve(EVENT, "killed")
    assert (killed.sources, killed.reporting_sources) == (1, 2)
    # The issue: explain() said "2 independent sources" while UCDP's number_of_sources said 3.
    assert "1 source behind the credible figures, 2 reporting in all" in killed.explain()
    assert "independent source" not in killed.explain()
    for res in kyiv.resolve_all():
        (row,) = ucdp_rows([res])
        assert row["number_of_sources"] == res.reporting_sources
        record = resolution_record(res)
        assert (record["sources"], record["reporting_sources"]) == (res.sources, res.reporting_sources)
        assert res.sources <= res.reporting_sources
        prov = json.loads(prov_json(res))
        values = [e for e in prov.get("entity", {}).values() if "cl:sources" in e]
        assert values
        assert all((e["cl:sources"], e["cl:reportingSources"]) == (res.sources, res.reporting_sources) for e in values)
    model = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert "## One name for one thing" in model
    assert "`reporting_sources`" in model
    assert "number_of_sources" in model


def test_point5_sources_one_meaning_in_frames_and_csv(kyiv: CasualtyLog) -> None:
    pytest.importorskip("pandas")
    frame = kyiv.resolve_all().to_frame(provenance=True)  # reporting_sources needs provenance (cleanup item 4)
    assert list(frame["sources"]) == [r.sources for r in kyiv.resolve_all()]
    assert list(frame["reporting_sources"]) == [r.reporting_sources for r in kyiv.resolve_all()]
    out = io.StringIO()
    write_resolutions_csv(kyiv.resolve_all(), out)
    header = out.getvalue().splitlines()[0].split(",")
    assert {"sources", "reporting_sources"} <= set(header)


def test_point5_claims_one_name_per_meaning(kyiv: CasualtyLog) -> None:
    """``claim_count`` is the number, ``claim_ids`` the ids, in Python, frames, JSON and CSV."""
    pytest.importorskip("pandas")
    from casualtylog._result_frames import HISTORY_COLUMNS, RESOLUTION_COLUMNS  # noqa: PLC0415 - pandas extra
    from casualtylog.display.frames import history_frame, resolutions_frame  # noqa: PLC0415 - pandas extra

    killed = kyiv.resolve(EVENT, "killed")
    assert killed.claim_count == len(killed.considered) == 4
    assert killed.claim_ids == tuple(c.id for c in killed.considered)
    frame = resolutions_frame(kyiv)
    # The issue: "claims" was a number here, a tuple in history_frame and a list of ids in JSON.
    assert "claims" not in frame.columns
    assert frame.loc[frame["metric"] == "killed", "claim_count"].tolist() == [4]
    steps = history_frame(kyiv.history(EVENT, "killed"))
    assert {"claim_ids", "source_names"} <= set(steps.columns)
    assert not {"claims", "sources"} & set(steps.columns)  # "sources" is a count, not names
    assert isinstance(steps.loc[0, "claim_ids"], tuple)
    record = resolution_record(killed)
    assert record["claim_ids"] == list(killed.claim_ids) == record["claims"]  # the old key, kept
    assert record["claim_count"] == 4
    assert all(s["claim_ids"] == s["claims"] for s in history_records(kyiv.history(EVENT, "killed")))
    assert {"claim_count", "claim_ids"} <= set(RESOLUTION_CSV_COLUMNS)
    assert "claims" not in RESOLUTION_CSV_COLUMNS
    assert "claim_count" in RESOLUTION_COLUMNS
    assert "n_claims" not in RESOLUTION_COLUMNS
    assert "claim_ids" in HISTORY_COLUMNS


def test_point5_resolution_figure_is_a_figure_like_a_claims(kyiv: CasualtyLog) -> None:
    children = kyiv.resolve(EVENT, "injured", "children")
    claim = kyiv.claims_about(EVENT, "injured", "children")[0]
    # The issue: Resolution.figure was a string while Claim.figure is a Figure.
    assert isinstance(children.figure, Figure)
    assert isinstance(claim.figure, Figure)
    assert children.figure == Figure.at_least(12) == claim.figure
    assert children.figure_text == "at least 12"
    assert str(children) == "kyiv-2025-04-24 / injured / children: at least 12"
    spread = CasualtyLog([_rec(figure="10"), _rec(figure="15", source="B")]).resolve("e", "killed")
    assert spread.figure == Figure.about(spread.best or 0, low=10, high=15)
    assert spread.figure_text == f"{spread.best} (10–15)"
    assert resolution_record(spread)["figure"] == spread.figure_text
    steps = list(kyiv.history(EVENT, "killed"))
    assert steps[-1].figure == Figure.exact(12)
    assert steps[-1].figure_text == "12"


def test_point5_resolve_all_returns_a_collection_that_filters(kyiv: CasualtyLog, tmp_path: Path) -> None:
    found = kyiv.resolve_all()
    # The issue: a plain list, with no filter by event and no .to_frame().
    assert isinstance(found, Resolutions)
    assert found == list(found)  # still compares equal to the list it was
    assert found[:2] == [found[0], found[1]]
    assert isinstance(found[:2], Resolutions)
    assert pickle.loads(pickle.dumps(found)) == found  # noqa: S301 - our own object
    assert copy.copy(found) == found
    with pytest.raises(AttributeError):
        found.append(found[0])  # type: ignore[attr-defined]
    assert [str(r.count) for r in found.where(event=EVENT, metric="dead")] == [f"{EVENT} / killed"]
    assert len(found.where(event_prefix="kyiv-")) == len(found)
    assert len(found.where(event_prefix="gaza-")) == 0
    assert [r.count.group for r in found.where(metric="injured", group="children")] == ["children"]
    assert {r.count.group for r in found.where(group="*")} == {"children", "missiles", "drones"}
    twelves = [kyiv.resolve(EVENT, "injured", "children"), kyiv.resolve(EVENT, "killed")]
    assert found.filter(lambda r: r.best == 12) == twelves
    assert "<table" in found._repr_html_()
    daily = CasualtyLog(
        [_rec(figure="3", period="2025-04-24", reported_at="2025-04-25"), _rec(figure="8", reported_at="2025-04-26")]
    ).resolve_all()
    assert [r.best for r in daily.where(period="2025-04-24")] == [3]
    if pytest.importorskip("pandas"):
        assert len(found.where(metric="injured").to_frame()) == 2
    for lazy in (False, True):
        with open_store(tmp_path / f"s{lazy}.db", lazy=lazy) as store:
            store.extend(kyiv_claims())
            stored = store.resolve_all()
            assert isinstance(stored, Resolutions)
            assert [r.count for r in stored] == [r.count for r in found]


def test_point5_notebooks_md_covers_the_methods_on_the_objects() -> None:
    text = (ROOT / "docs" / "notebooks.md").read_text(encoding="utf-8")
    for method in ("log.to_frame()", "CasualtyLog.from_frame(", ".to_frame()", ".plot(", "resolve_all().where("):
        assert method in text, method
    assert "log.resolve(...).to_frame()" in text  # Resolution.to_frame()
    assert "log.history(...).plot(" in text  # History.plot()


def test_point5_the_worked_examples_set_the_zone_the_documented_way() -> None:
    # The issue: the worked example set the zone through an undocumented context={"tz": …}.
    for path in [ROOT / "casualtylog" / "worked_example.py", *sorted((ROOT / "examples").glob("*.py"))]:
        assert not re.search(r"context\s*=", path.read_text(encoding="utf-8")), path.name
    children = [c for c in kyiv_claims() if c.via == "official statement"]
    assert children
    assert all(c.reported_at.isoformat() == "2025-04-24T00:00:00+03:00" for c in children)
    assert all(c.reported_precision.value == "day" for c in children)
    time_md = (ROOT / "docs" / "time.md").read_text(encoding="utf-8")
    assert "parse_time(text, tz=...)" in time_md


# -- point 6: the remnants -------------------------------------------------------------------


def test_point6_the_notebook_extra_has_a_kernel_and_nbconvert() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=\[]", r)[0].strip() for r in project["optional-dependencies"]["notebook"]}
    assert {"ipykernel", "nbconvert", "nbclient", "nbformat", "pandas", "matplotlib"} <= names
    assert (ROOT / "examples" / "kyiv_2025.ipynb").exists()  # test_notebook_extra.py runs it with the extra


def test_point6_readme_and_script_agree_on_the_data_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASUALTYLOG_DATA", raising=False)
    script = runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))
    assert script["DEFAULT_DATA"] == ROOT.parent / "shared" / "data"
    assert "`../shared/data`" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "/work/" not in (ROOT / "examples" / "shared_data_to_claims.py").read_text(encoding="utf-8")
    monkeypatch.setenv("CASUALTYLOG_DATA", "/elsewhere")
    assert runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))["DEFAULT_DATA"] == Path("/elsewhere")


def _increment_chain() -> tuple[CasualtyLog, Claim, Claim, Claim]:
    log = CasualtyLog()
    ten = log.add(_rec(figure="10", reported_at="2025-04-24T09:00Z"))
    plus = log.add(ten.revised(figure="+2", reported_at="2025-04-24T11:00Z"))
    twelve = log.add(plus.revised(figure="12", reported_at="2025-04-24T13:00Z"))
    # another source at the moment of the restated total, so that history has a step there
    log.add(_rec(figure="15", source="B", reported_at="2025-04-24T13:00Z"))
    return log, ten, plus, twelve


def test_point6_an_increment_chain_is_not_called_a_repeat() -> None:
    log, _, plus, twelve = _increment_chain()
    text = log.resolve("e", "killed").explain()
    # The issue: the "+2" was listed under "Repeated or confirmed by the same source".
    assert "Repeated" not in text
    assert "confirmed" not in text
    assert "increment +2" in text
    assert (
        f"Restated: 12 from A, 2025-04-24 13:00Z [{twelve.id}] gives as a total the 12 that the increment +2 made."
        in text
    )
    reasons = [step.reason for step in log.history("e", "killed")]
    # The issue: history said "confirmed 12 → 12 (supersedes 12)".
    assert not any("confirmed" in r or "12 → 12" in r for r in reasons), reasons
    assert any("A added +2 (increment): 10 → 12" in r for r in reasons), reasons
    assert any("A restated the total 12 after the increment +2 (supersedes +2)" in r for r in reasons), reasons
    assert plus.figure == Figure.increment(2)


def test_point6_repeats_and_revisions_are_called_what_they_are() -> None:
    log = CasualtyLog()
    ten = log.add(_rec(figure="10", reported_at="2025-04-24T09:00Z"))
    again = log.add(ten.revised(figure="10", reported_at="2025-04-24T10:00Z"))
    log.add(again.revised(figure="12", reported_at="2025-04-24T11:00Z"))
    log.add(_rec(figure="9", source="B", reported_at="2025-04-24T10:00Z"))  # a step at the repeat's moment
    reasons = [step.reason for step in log.history("e", "killed")]
    assert any("A repeated 10 (supersedes 10)" in r for r in reasons), reasons
    assert any("A raised 10 → 12 (supersedes 10)" in r for r in reasons), reasons
    assert not any("confirmed" in r for r in reasons), reasons
    text = log.resolve("e", "killed").explain()
    assert "Repeated by the same source: 10 from A" in text
    assert "Revision: raised 10 → 12 by A (supersedes)." in text
