"""Review of issues 10 and 12 as merged: each test is named after the problem the review found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtylog import CasualtyLog
from casualtylog.cli import main
from casualtylog.display import report
from casualtylog.events import EventError
from casualtylog.formats.events import read_events
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.worked_example import kyiv_claims

WHOLE = '{"id":"quake","when":"2015-04-25","parts_complete":true}'


def _quake(tmp_path: Path, districts: int) -> tuple[Path, Path]:
    events, claims = tmp_path / "quake.jsonl", tmp_path / "claims.jsonl"
    lines = [WHOLE] + [f'{{"id":"d{i:02}","parents":["quake"]}}' for i in range(districts)]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = [
        json.dumps({"event": f"d{i:02}", "metric": metric, "figure": str(i + 1), "source": "NEOC",
                    "reported_at": "2015-05-01T10:00+05:45"})
        for i in range(districts)
        for metric in ("killed", "injured")
    ]  # fmt: skip
    claims.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return events, claims


def test_review_events_list_names_a_few_parts_not_all_75(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events, _ = _quake(tmp_path, 75)
    assert main(["events", str(events)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("quake  2015-04-25  parts (complete): d00, d01,")
    assert first.endswith("d07 and 67 more")


def test_review_resolve_events_prints_only_the_roll_up_of_the_metric_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events, claims = _quake(tmp_path, 3)
    assert main(["resolve", str(claims), "quake", "dead", "--events", str(events), "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    rollups = [r for r in records if "parts" in r]
    assert [(r["event"], r["metric"], r["best"]) for r in rollups] == [("quake", "killed", 6)]


def test_review_resolve_events_answers_a_whole_no_one_stated_with_its_roll_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events, claims = _quake(tmp_path, 3)
    assert main(["resolve", str(claims), "quake", "killed", "--events", str(events)]) == 0
    out = capsys.readouterr().out
    assert "quake / killed: parts add up to 6 (3 of 3 parts, complete); no stated figure" in out
    assert "no claims visible" not in out
    assert main(["resolve", str(claims), "quake", "killed"]) == 1  # without the events there is nothing to say
    assert main(["resolve", str(claims), "quake", "wounded", "--events", str(events)]) == 0
    assert main(["resolve", str(claims), "d00", "injured", "--events", str(events)]) == 0
    assert main(["resolve", str(claims), "quake", "missing", "--events", str(events)]) == 1


def _quake_log(districts: int, title: str = "Gorkha earthquake") -> CasualtyLog:
    log = CasualtyLog()
    log.add_event({"id": "quake", "title": title, "parts_complete": True})
    log.add_events({"id": f"quake/d{i:02}", "parents": ["quake"]} for i in range(districts))
    log.extend(
        {"event": f"quake/d{i:02}", "metric": "killed", "figure": str(1000 + i), "source": "NEOC",
         "reported_at": "2015-05-01T10:00+05:45"}
        for i in range(districts)
    )  # fmt: skip
    return log


def test_review_report_heading_names_the_whole_not_its_75_districts() -> None:
    page = report(_quake_log(75))
    assert "<h1>Casualty figures: Gorkha earthquake</h1>" in page
    many = CasualtyLog(
        {"event": f"e{i}", "metric": "killed", "figure": "1", "source": "A", "reported_at": "2025-01-01"}
        for i in range(5)
    )
    assert "<h1>Casualty figures: e0, e1, e2 and 2 more events</h1>" in report(many)


def test_review_report_shows_each_wholes_roll_up_beside_its_stated_figure() -> None:
    log = _quake_log(3)
    log.add({"event": "quake", "metric": "killed", "figure": "4000", "source": "Gov", "reported_at": "2015-05-02"})
    page = report(log)
    section = page[page.index('<section id="rollups">') : page.index('<section id="findings">')]
    assert "<b>3,003</b>" in section  # 1000 + 1001 + 1002
    assert "3 of 3 (complete)" in section
    assert "4,000" in section
    assert "parts_below_whole" in page
    assert 'id="rollups"' not in report(CasualtyLog(kyiv_claims()))  # no declared parts, no section


def test_review_report_escapes_an_untrusted_event_title_in_its_heading() -> None:
    page = report(_quake_log(2, title='<img src=x onerror="alert(1)">'))
    assert "<img" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


def test_review_report_count_names_break_only_between_event_metric_and_group() -> None:
    page = report(CasualtyLog(kyiv_claims()))
    assert "td.count, td.when { white-space: nowrap; }" not in page
    assert '<span class="part">children</span>' in page


def test_review_report_cli_takes_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events, claims = _quake(tmp_path, 3)
    out = tmp_path / "r.html"
    assert main(["report", str(claims), "--events", str(events), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<section id="rollups">' in page
    assert "<h1>Casualty figures: quake</h1>" in page


def test_review_rollup_counts_a_part_declared_in_the_country_and_its_province_once() -> None:
    # docs/events.md suggested "nest one whole in the other": kathmandu in nepal and in bagmati, bagmati in nepal.
    log = CasualtyLog()
    log.add_events(
        [
            {"id": "nepal", "parts_complete": True},
            {"id": "bagmati", "parents": ["nepal"]},
            {"id": "kathmandu", "parents": ["nepal", "bagmati"]},
        ]
    )
    log.add({"event": "kathmandu", "metric": "killed", "figure": "1000", "source": "A", "reported_at": "2015-05-01"})
    log.add({"event": "nepal", "metric": "killed", "figure": "1500", "source": "B", "reported_at": "2015-05-01"})
    roll = log.rollup("nepal", "killed")
    assert (roll.low, roll.best) == (1000, 1000)
    assert [p.count.event for p in roll.parts] == ["bagmati"]
    assert roll.findings == ()  # was a false "parts add up to at least 2000, above its high 1500"


def test_review_hierarchy_refuses_a_part_of_two_wholes_inside_a_third() -> None:
    log = CasualtyLog()
    log.add_events([{"id": "war"}, {"id": "p1", "parents": ["war"]}, {"id": "p2", "parents": ["war"]}])
    with pytest.raises(EventError, match="both parts of 'war': the roll-up of 'war' would count it twice") as info:
        log.add_event({"id": "x", "parents": ["p1", "p2"]})
    assert (info.value.event, info.value.field) == ("x", "parents")
    assert "x" not in log.events
    # The same diamond made from above: the wholes' wholes change, not x.
    other = CasualtyLog()
    other.add_events([{"id": "w1"}, {"id": "w2"}, {"id": "x", "parents": ["w1", "w2"]}, {"id": "war"}])
    with pytest.raises(EventError, match="count it twice"):
        other.add_events([{"id": "w1", "parents": ["war"]}, {"id": "w2", "parents": ["war"]}])
    assert other.event("w1").parents == ()


def test_review_event_file_hierarchy_errors_name_the_file_and_line(tmp_path: Path) -> None:
    cycle = tmp_path / "cycle.jsonl"
    cycle.write_text(
        '{"id":"a"}\n\n{"id":"war","parents":["phase"]}\n{"id":"phase","parents":["war"]}\n', encoding="utf-8"
    )
    with pytest.raises(EventError, match=r"cycle.jsonl, line 3: event 'war': parents=\['phase'\]: an event cannot"):
        read_events(cycle)
    sheet = tmp_path / "wholes.csv"
    sheet.write_text("id,parents,parts_complete\nw,,true\nv,,true\np,w;v,\n", encoding="utf-8")
    with pytest.raises(EventError, match=r"wholes.csv, line 4: event 'p': parents=.*both declare their parts complete"):
        read_events(sheet)


def test_review_an_event_declared_twice_in_one_file_keeps_both_versions(tmp_path: Path) -> None:
    log = CasualtyLog()
    log.add_events([{"id": "a", "when": "2025-04-20"}, {"id": "b"}, {"id": "a", "when": "2025-04-24"}])
    assert [str(v.when.start) for v in log.event_registry.versions("a") if v.when] == ["2025-04-20", "2025-04-24"]
    assert str(log.event("a").when.start) == "2025-04-24"  # type: ignore[union-attr]


def test_review_resolve_events_json_tells_roll_ups_from_resolutions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events, claims = _quake(tmp_path, 2)
    assert main(["resolve", str(claims), "--events", str(events), "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted((r["event"], r["metric"]) for r in records if r.get("rollup")) == [
        ("quake", "injured"),
        ("quake", "killed"),
    ]
    assert len([r for r in records if not r.get("rollup")]) == 4  # two districts, two metrics


def test_review_an_abbreviated_option_is_refused_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--event`` once silently meant ``--events`` (argparse's prefix matching) and read a file named after the event."""
    log = tmp_path / "kyiv.jsonl"
    write_jsonl(kyiv_claims(), log)
    assert main(["resolve", str(log), "--event", "kyiv-2025-04-24"]) == 2
    assert "unrecognized arguments: --event" in capsys.readouterr().err
