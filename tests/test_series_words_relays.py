"""Issue 9, items 8 (words), 10 (relays keep their own time) and 3 (periods everywhere).

Each test is named after its item. Figures and claims are checked through every
format the library writes: JSON Lines, HXL/CSV, the SQLite store and pandas frames.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.series import verdict
from benchmarks.series_specs import SERIES
from casualtylog import CasualtyLog, Claim, Figure, FigureError, Qualifier, UnknownCountError, total_over_phases
from casualtylog import dask as cl_dask
from casualtylog._result_frames import history_rows, resolution_frame
from casualtylog.claims import Count, SourceKind
from casualtylog.cli import main
from casualtylog.cross_timeline import cross_findings_over_time
from casualtylog.display.frames import claims_frame, claims_from_frame, history_frame, resolutions_frame
from casualtylog.errors import CasualtyLogError
from casualtylog.formats.csv import read_csv, write_hxl
from casualtylog.formats.jsonl import read_jsonl, write_jsonl
from casualtylog.formats.resolutions import write_resolutions_csv
from casualtylog.series import SeriesColumn, SeriesSpec, read_series
from casualtylog.store import open_store
from casualtylog.timeline import findings_over_time
from casualtylog.vocab import BOUND_WORDINGS

DATA = Path(__file__).parent / "data"

KYIV = {
    "event": "kyiv-2025-04-24",
    "metric": "killed",
    "source": {"name": "Kyiv City Military Administration", "kind": "official"},
    "reported_at": "2025-04-24T15:00:00+03:00",
}

# -- item 8: words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "low", "high"),
    [
        ("more than 12000", "more than 12000", 12001, None),
        ("over 12000", "over 12000", 12001, None),
        ("Upwards of 12,000", "upwards of 12000", 12001, None),
        ("above 5", "above 5", 6, None),
        ("almost 500", "almost 500", 450, 499),
        ("nearly 500", "nearly 500", 450, 499),
        ("just under 500", "just under 500", 450, 499),
        ("nearly five hundred", "nearly 500", 450, 499),
        ("almost 500 (480–499)", "almost 500 (480–499)", 480, 499),
        ("almost 1", "almost 1", 0, 0),
        ("under 20", "under 20", 0, 19),
        ("fewer than 20", "fewer than 20", 0, 19),
        ("less than 20", "fewer than 20", 0, 19),
    ],
)
def test_item8_words_parse_keep_their_wording_and_mean_an_interval(
    text: str, shown: str, low: int, high: int | None
) -> None:
    figure = Figure.parse(text)
    assert (str(figure), figure.low, figure.high) == (shown, low, high)
    assert Figure.parse(str(figure)) == figure


@pytest.mark.parametrize(
    "text", ["almost 0", "nearly 500 (480–500)", "almost 500 (499–480)", "just over 12", "nearly -3"]
)
def test_item8_words_bad_input_is_refused(text: str) -> None:
    with pytest.raises(FigureError):
        Figure.parse(text)


def test_item8_a_wording_given_as_fields_must_be_one_the_parser_reads() -> None:
    with pytest.raises(CasualtyLogError, match="worded one of"):
        Figure.model_validate({"qualifier": "more_than", "low": 12, "word": "way over"})
    with pytest.raises(CasualtyLogError, match="not vague"):
        Figure.model_validate({"qualifier": "exact", "low": 12, "high": 12, "value": 12, "word": "over"})
    # The qualifier's own words are its default: one figure, one form.
    assert Figure.model_validate({"qualifier": "more_than", "low": 12, "word": "more than"}) == Figure.more_than(11)


_WORDED = st.one_of(
    st.builds(Figure.more_than, st.integers(0, 10**9), st.sampled_from([None, *BOUND_WORDINGS["more_than"]])),
    st.builds(Figure.fewer_than, st.integers(1, 10**9), st.sampled_from([None, *BOUND_WORDINGS["fewer_than"]])),
    st.builds(Figure.almost, st.integers(1, 10**9), st.sampled_from([None, *BOUND_WORDINGS["almost"]])),
)


@given(_WORDED)
def test_item8_words_read_back_as_the_same_figure(figure: Figure) -> None:
    assert Figure.parse(str(figure)) == figure
    assert figure.contains(figure.point)
    if figure.qualifier is Qualifier.ALMOST:
        assert figure.high == int(str(figure).rsplit(" ", 1)[1]) - 1  # strictly below the number said


@given(st.integers(1, 10**9), st.sampled_from([None, *BOUND_WORDINGS["almost"]]), st.integers(-50, 50))
def test_item8_almost_with_any_band_reads_back(bound: int, word: str | None, shift: int) -> None:
    low = max(0, min(bound - 1, bound - bound // 10 + shift))
    figure = Figure.almost(bound, word=word, low=low)
    assert Figure.parse(str(figure)) == figure


#: Ids of claims without the new words or fields, computed before items 8 and 10 were built:
#: they must never change (an id is how a log recognises a claim it already holds).
IDS_BEFORE = {
    "12": "7c7490b48d51db7c",
    "at least 12": "8338cee7440a861a",
    "more than 11": "1fbd8e420719fd87",
    "at most 12": "26e3918d8d1973f0",
    "fewer than 12": "caf7ac746bcdf1cd",
    "10–15": "1eb77ade6d45897f",
    "about 12": "f795295570fe29c3",
    "about 12 (10–15)": "928b34a77de1e64d",
    "+2": "5bf30d16ae12aa40",
    "dozens": "bd2086917fc2da7b",
    "dozens (at least 30)": "b0e548b7f5522691",
}


def test_item8_item10_ids_of_existing_claims_are_unchanged() -> None:
    assert {text: Claim.model_validate(KYIV | {"figure": text}).id for text in IDS_BEFORE} == IDS_BEFORE
    assert Claim.model_validate(KYIV | {"figure": "5", "period": "2025-04-24"}).id == "b3a5269bb9ddc9cc"
    evidence = {"via": "Kyiv Independent", "as_of": "2025-04-24T12:00Z", "url": "https://x", "quote": "q"}
    assert Claim.model_validate(KYIV | {"figure": "12"} | evidence).id == "30f8e50d8a19fe5b"


def test_item8_more_than_is_displayed_as_written() -> None:
    log = CasualtyLog([KYIV | {"figure": "more than 12000"}])
    res = log.resolve("kyiv-2025-04-24", "killed")
    # figure is the Figure (issue 12: as Claim.figure), figure_text how it is written
    assert (res.best, res.low, res.high, res.figure_text) == (12001, 12001, None, "more than 12000")
    assert res.figure == Figure.parse("more than 12000")
    assert str(res) == "kyiv-2025-04-24 / killed: more than 12000"
    steps = log.history("kyiv-2025-04-24", "killed")
    assert [step.figure_text for step in steps] == ["more than 12000"]
    assert [step.figure for step in steps] == [Figure.parse("more than 12000")]
    log.add(KYIV | {"figure": "nearly 12500", "reported_at": "2025-04-25T10:00+03:00"})
    assert log.resolve("kyiv-2025-04-24", "killed").figure_text == "nearly 12500"
    assert log.resolve("kyiv-2025-04-24", "killed").figure == Figure.parse("nearly 12500")


def _worded_claims() -> list[Claim]:
    texts = ["over 12000", "nearly 500", "just under 40", "under 20", "almost 500 (480–499)", "upwards of 7"]
    return [
        Claim.model_validate(KYIV | {"figure": text, "reported_at": f"2025-04-{10 + i}T10:00+03:00"})
        for i, text in enumerate(texts)
    ]


def test_item8_words_round_trip_jsonl_hxl_store_and_frames(tmp_path: Path) -> None:
    claims = _worded_claims()
    buffer = io.StringIO()
    write_jsonl(claims, buffer)
    assert list(read_jsonl(io.StringIO(buffer.getvalue()))) == claims
    sheet = io.StringIO()
    write_hxl(claims, sheet)
    assert [str(c.figure) for c in read_csv(io.StringIO(sheet.getvalue()))] == [str(c.figure) for c in claims]
    assert [c.id for c in read_csv(io.StringIO(sheet.getvalue()))] == [c.id for c in claims]
    _store_round_trip(claims, tmp_path / "words.db")
    _frame_round_trip(claims)


def _store_round_trip(claims: list[Claim], path: Path) -> None:
    for lazy in (False, True):
        where = path.with_name(f"{path.stem}-{lazy}.db")
        with open_store(where, lazy=lazy) as store:
            store.extend(claims)
        with open_store(where, lazy=lazy) as store:
            again = {c.id: c for c in store}
        assert {c.id: (str(c.figure), c.period, c.relayed_at) for c in claims} == {
            i: (str(c.figure), c.period, c.relayed_at) for i, c in again.items()
        }
    assert {c.id: (str(c.figure), c.period, c.relayed_at) for c in claims} == {
        i: (str(c.figure), c.period, c.relayed_at) for i, c in again.items()
    }


def _frame_round_trip(claims: list[Claim]) -> None:
    pytest.importorskip("pandas")

    back = claims_from_frame(claims_frame(claims))
    assert [(c.id, str(c.figure), c.period, c.relayed_at) for c in back] == [
        (c.id, str(c.figure), c.period, c.relayed_at) for c in claims
    ]


def test_item8_ukraine_mod_qualifier_revisions_load() -> None:
    """The Ministry's published qualifier for 11 days of March 2022, every version of it:
    blank, "almost", "more than", "more", "about" (tests/data/README.md)."""
    spec = SeriesSpec(
        event="russia-ukraine-war-2022",
        source="Ministry of Defence of Ukraine",
        source_kind=SourceKind.MILITARY,
        date_field="commit_time",
        as_of_field="date",
        tz="Europe/Kyiv",
        columns=(SeriesColumn(field="personnel", metric="killed", group="russian personnel", qualifier="personnel*"),),
    )
    claims = read_series(DATA / "ukraine_personnel_qualifier_revisions.csv", spec)
    assert len(claims) == 26
    words = sorted({str(c.figure).rsplit(" ", 1)[0] for c in claims if c.figure and c.figure.value is None})
    assert words == ["almost", "more than"]
    almost = [c for c in claims if c.figure is not None and c.figure.qualifier is Qualifier.ALMOST]
    assert [(str(c.as_of.date()) if c.as_of else "", str(c.figure)) for c in almost][:2] == [
        ("2022-03-06", "almost 11000"),
        ("2022-03-08", "almost 12000"),
    ]
    assert all(c.figure is not None and c.figure.high == 10999 for c in almost[:1])
    log = CasualtyLog(claims)
    res = log.resolve("russia-ukraine-war-2022", "killed", "russian personnel")
    # The last day described (16 March), in its last version (17 March): "about 13800".
    assert (res.best, str(res.best_claim.figure if res.best_claim else "")) == (13800, "about 13800")
    # The words mean something: re-wording one day's "more than 12000" as "almost 12000" lowers it.
    # These three are the days whose figure the Ministry re-worded downward; "about" later is no fall.
    falls = sorted(f.message.split("lowered ")[1].split(" without")[0] for f in log.check())
    assert falls == ["11000 → almost 11000", "more than 12000 → almost 12000", "more than 13500 → almost 13500"]


# -- item 10: relays keep their own time ---------------------------------------------

OFFICIAL = {
    "event": "kyiv-2025-04-24",
    "metric": "killed",
    "source": {"name": "Tymur Tkachenko", "kind": "official"},
}


def _relay_log() -> tuple[CasualtyLog, Claim, Claim]:
    said = Claim.model_validate(OFFICIAL | {"figure": "12", "reported_at": "2025-04-24T14:00+03:00", "via": "Telegram"})
    relayed = Claim.model_validate(
        OFFICIAL
        | {"figure": "10", "reported_at": "2025-04-24T09:00+03:00", "via": "Kyiv Post", "relayed_at": "2025-04-25"}
    )
    return CasualtyLog([said, relayed]), said, relayed


def test_item10_relay_neither_becomes_newer_nor_shifts_a_date() -> None:
    log, said, relayed = _relay_log()
    res = log.resolve("kyiv-2025-04-24", "killed")
    # The paper's copy of the morning statement, published the next day, is not the latest statement.
    assert res.best_claim is not None
    assert (res.best_claim.id, res.best) == (said.id, 12)
    assert relayed.reported_at.isoformat() == "2025-04-24T09:00:00+03:00"
    assert relayed.available_at == relayed.reported_at  # known from when the official said it
    # What was known at 10:00 on 24 April includes the relayed statement (said at 09:00).
    assert log.resolve("kyiv-2025-04-24", "killed", at="2025-04-24T10:00+03:00").best == 10
    # Same originator: one independent source, whoever carried it.
    assert res.sources == 1


def test_item10_relay_is_the_same_source_for_independent_counting() -> None:
    statement = OFFICIAL | {"figure": "12", "reported_at": "2025-04-24T14:00+03:00"}
    log = CasualtyLog(
        [
            statement | {"via": "Telegram"},
            statement | {"via": "Kyiv Post", "relayed_at": "2025-04-25T08:00+03:00"},
            statement | {"via": "Ukrainska Pravda", "relayed_at": "2025-04-25T09:00+03:00"},
        ]
    )
    res = log.resolve("kyiv-2025-04-24", "killed")
    assert (res.best, res.sources, len(res.conflicts)) == (12, 1, 0)
    assert log.check() == []


def test_item10_relay_round_trips_every_format(tmp_path: Path) -> None:
    _, said, relayed = _relay_log()
    claims = [said, relayed]
    assert "relayed_at" in relayed.to_record()
    assert "relayed_at" not in said.to_record()
    buffer = io.StringIO()
    write_jsonl(claims, buffer)
    assert list(read_jsonl(io.StringIO(buffer.getvalue()))) == claims
    sheet = io.StringIO()
    write_hxl(claims, sheet)
    assert "#date+relayed" in sheet.getvalue()
    assert [(c.id, c.relayed_at) for c in read_csv(io.StringIO(sheet.getvalue()))] == [
        (c.id, c.relayed_at) for c in claims
    ]
    _store_round_trip(claims, tmp_path / "relays.db")
    _frame_round_trip(claims)


def test_item10_relay_bad_input() -> None:
    with pytest.raises(CasualtyLogError, match="relayed_at"):
        Claim.model_validate(
            OFFICIAL | {"figure": "12", "reported_at": "2025-04-24T14:00Z", "relayed_at": "2025-04-20"}
        )
    with pytest.raises(CasualtyLogError, match="relayed_at"):
        Claim.model_validate(OFFICIAL | {"figure": "12", "reported_at": "2025-04-24T14:00Z", "relayed_at": "next week"})
    # Either time may be known only to the day: a relay the same day is fine.
    same_day = Claim.model_validate(
        OFFICIAL | {"figure": "12", "reported_at": "2025-04-24T14:00Z", "relayed_at": "2025-04-24"}
    )
    assert same_day.relayed_at is not None


def test_item10_revision_does_not_carry_the_relay_time() -> None:
    _, _, relayed = _relay_log()
    assert relayed.revised(figure="13", reported_at="2025-04-26T10:00+03:00").relayed_at is None


# -- item 3: periods everywhere ------------------------------------------------------------

MOH = {"event": "gaza", "metric": "killed", "source": "MoH"}


def _period_log() -> CasualtyLog:
    return CasualtyLog(
        [
            MOH | {"figure": "232", "reported_at": "2023-10-07"},
            MOH | {"figure": "370", "reported_at": "2023-10-08"},
            MOH | {"figure": "138", "reported_at": "2023-10-08", "period": "2023-10-07"},
        ]
    )


def test_item3_periods_in_result_frames_and_resolutions_csv() -> None:
    pytest.importorskip("pandas")

    log = _period_log()
    day = "2023-10-07T00:00:00+00:00/2023-10-08T00:00:00+00:00"
    frame = resolution_frame(log.resolve_all())
    assert list(frame["period"]) == [None, day]
    assert list(frame["best"]) == [370, 138]
    assert [p if isinstance(p, str) else None for p in resolutions_frame(log)["period"]] == [None, day]
    histories = [log.history(*count) for count in log.counts()]
    assert list(history_rows(histories)["period"]) == [None, None, day]
    assert history_frame(log.history("gaza", "killed", period="2023-10-07")).attrs["period"] == day
    out = io.StringIO()
    write_resolutions_csv(log.resolve_all(), out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("event,metric,group,period,figure,")
    assert lines[1].startswith("gaza,killed,,,370,")
    assert lines[2].startswith(f"gaza,killed,,{day},138,")


def test_item3_periods_in_dask_resolve_and_history() -> None:
    pytest.importorskip("dask")
    pd = pytest.importorskip("pandas")

    log = _period_log()
    records = pd.DataFrame([{k: v for k, v in c.to_record().items() if k != "recorded_at"} for c in log])
    got = cl_dask.resolve_frame(records, recorded_at="2025-05-01T00:00Z").compute().reset_index(drop=True)
    assert list(got["period"]) == list(resolution_frame(log.resolve_all())["period"])
    assert list(got["best"]) == [370, 138]
    steps = cl_dask.history_frame(records, recorded_at="2025-05-01T00:00Z").compute().reset_index(drop=True)
    want = history_rows([log.history(*count) for count in log.counts()])
    assert sorted(map(str, steps["period"])) == sorted(map(str, want["period"]))


def test_item3_period_cli(tmp_path: Path) -> None:

    path = tmp_path / "gaza.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in _period_log()), encoding="utf-8")
    assert main(["resolve", str(path), "gaza", "killed", "--period", "2023-10-07", "--format", "csv"]) == 0
    assert main(["history", str(path), "gaza", "killed", "--period", "2023-10-07", "--format", "json"]) == 0
    assert main(["explain", str(path), "gaza", "killed", "--period", "2023-10-07"]) == 0
    assert main(["resolve", str(path), "gaza", "killed", "--period", "2023-10-09/2023-10-08"]) != 0
    with pytest.raises(UnknownCountError, match="period='2023-10-09'"):
        _period_log().resolve("gaza", "killed", period="2023-10-09")


def test_item3_period_without_an_event_filters_and_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Found in review: `resolve LOG --period X` with no EVENT ignored the period (and never read it).
    path = tmp_path / "gaza.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in _period_log()), encoding="utf-8")
    assert main(["resolve", str(path), "--period", "bogus"]) != 0
    capsys.readouterr()
    assert main(["resolve", str(path), "--period", "2023-10-07", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    asked = Count.of("gaza", "killed", None, "2023-10-07").period
    assert asked is not None
    assert rows
    assert {row["period"] for row in rows} == {asked.canonical()}
    assert len({c.period for c in _period_log().counts()}) > 1  # so the filter left something out


_PERIODS = st.sampled_from([None, "2023-10-07", "2023-10", "2023", "since 2024-03-02", "2023-10-07/2023-10-10"])


@given(st.lists(st.tuples(_PERIODS, st.integers(0, 10**6), st.booleans()), min_size=1, max_size=6))
def test_item3_a_claim_with_a_period_survives_every_format(rows: list[tuple[str | None, int, bool]]) -> None:

    claims = [
        Claim.model_validate(
            MOH
            | {"figure": str(n), "reported_at": f"2024-04-{1 + i:02d}T10:00Z"}
            | ({} if period is None else {"period": period})
            | ({"via": "Al Jazeera", "relayed_at": f"2024-04-{2 + i:02d}"} if relayed else {})
        )
        for i, (period, n, relayed) in enumerate(rows)
    ]
    buffer = io.StringIO()
    write_jsonl(claims, buffer)
    assert list(read_jsonl(io.StringIO(buffer.getvalue()))) == claims
    sheet = io.StringIO()
    write_hxl(claims, sheet)
    assert [(c.id, c.period) for c in read_csv(io.StringIO(sheet.getvalue()))] == [(c.id, c.period) for c in claims]
    with tempfile.TemporaryDirectory() as folder:
        _store_round_trip(claims, Path(folder) / "p.db")
    _frame_round_trip(claims)


# -- item 4 (item 6 of the issue): findings across counts over time -------------------------

_CROSS = st.fixed_dictionaries(
    {
        "metric": st.sampled_from(["killed", "intercepted", "launched"]),
        "group": st.sampled_from([None, None, "children"]),
        "figure": st.sampled_from(["10", "12", "15", "at least 11", "about 20", "8", "10-14", "3", "+2"]),
        "source": st.sampled_from(["A", "B"]),
        "day": st.integers(0, 6),
        "hour": st.one_of(st.none(), st.integers(0, 23)),
    }
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_CROSS, min_size=1, max_size=14))
def test_item4_cross_count_findings_over_time_equal_check_at_every_moment(rows: list[dict[str, object]]) -> None:
    records = []
    for r in rows:
        day = f"2025-04-{10 + int(r['day']):02d}"  # type: ignore[call-overload]
        said = day if r["hour"] is None else f"{day}T{int(r['hour']):02d}:00Z"  # type: ignore[call-overload]
        rec = {"event": "e", "metric": r["metric"], "figure": r["figure"], "source": r["source"], "reported_at": said}
        records.append(rec | ({} if r["group"] is None else {"group": r["group"]}))
    log = CasualtyLog(records)
    spans = cross_findings_over_time(log)
    kinds = {"group_exceeds_total", "relation_violated"}
    assert {s.kind for s in findings_over_time(log)} & kinds == {s.kind for s in spans}
    for moment in sorted({c.available_at for c in log}):
        held = {(s.kind, s.count) for s in spans if s.begin <= moment and (s.end is None or moment < s.end)}
        checked = {(f.kind.value, f.counts[0]) for f in log.check(at=moment) if f.kind.value in kinds}
        assert held == checked, moment


def test_item4_group_above_total_that_a_later_total_overtook_is_listed() -> None:
    a = {"event": "e", "source": "A"}
    log = CasualtyLog(
        [
            a | {"metric": "killed", "figure": "10", "reported_at": "2025-04-24T10:00Z"},
            a | {"metric": "killed", "group": "children", "figure": "12", "reported_at": "2025-04-24T11:00Z"},
            a | {"metric": "killed", "figure": "15", "reported_at": "2025-04-24T15:00Z"},
        ]
    )
    assert log.check() == []
    spans = [s for s in findings_over_time(log) if s.kind == "group_exceeds_total"]
    assert [(s.begin.hour, s.end.hour if s.end else None) for s in spans] == [(11, 15)]
    assert spans[0].message == "e / killed / children is at least 12, above e / killed at most 10"


def test_item4_ties_resolve_all_and_check_see_what_resolve_sees() -> None:
    """One source's two figures at one moment stay in [low, high] on the bulk path too
    (resolve_all and check use it), so findings across counts are those of resolve()."""
    who = {"event": "drc", "metric": "killed", "source": "WHO", "reported_at": "2019-07-06"}
    log = CasualtyLog(
        [
            who | {"figure": "721"},
            who | {"figure": "1625"},
            who | {"source": "MSF", "figure": "900"},
            who | {"group": "children", "figure": "800", "source": "MSF"},
        ]
    )
    one = log.resolve("drc", "killed")
    (every,) = [r for r in log.resolve_all() if r.count.group is None]
    assert (every.best, every.low, every.high) == (one.best, one.low, one.high)
    assert one.low == 721
    assert [f.kind.value for f in log.check() if f.kind.value == "group_exceeds_total"] == []


# -- item 5: the real series: no false alarm, bad input ------------------------------------


@pytest.mark.parametrize("name", sorted(SERIES))
def test_item5_every_finding_on_each_real_series_is_true_of_the_published_rows(name: str) -> None:
    """Each finding of check(), and each that ever held over time, is judged against the
    claims it names (one per published cell): no false alarm on any series slice."""
    log = CasualtyLog(read_series(DATA / Path(SERIES[name][0]).name, SERIES[name][1]))
    findings = log.check()
    assert [f.message for f in findings if verdict(log, f) is False] == []
    assert all(verdict(log, f) is True for f in findings if f.kind.value in {"cumulative_fell", "conflict"})
    spans = findings_over_time(log)
    assert {s.kind for s in spans} <= {"cumulative_fell", "conflict", "group_exceeds_total"}


def test_item5_bad_input_restart_without_a_count_and_an_unbased_increment() -> None:
    log = CasualtyLog([MOH | {"event": "lb", "figure": "4047", "reported_at": "2024-12-04"}])
    with pytest.raises(UnknownCountError, match="metric='injured'"):
        total_over_phases(log, "lb", "injured")  # a restart (or a total over phases) of a count no one stated
    with pytest.raises(CasualtyLogError, match="figure=None: is required"):  # the field named (session 12)
        log.add(MOH | {"event": "lb", "reported_at": "2026-03-05", "period": "since 2026-03-02", "figure": None})
    unbased = log.add(MOH | {"event": "lb", "figure": "+5", "reported_at": "2026-03-05", "period": "since 2026-03-02"})
    res = log.resolve("lb", "killed", period="since 2026-03-02")
    assert res.best is None
    assert any("no earlier figure" in note for note in res.anomalies)
    assert unbased in log
    assert len(log) == 2  # what was stored before the bad input is all still there


_WORDS_CLAIM = st.fixed_dictionaries(
    {
        "figure": st.sampled_from(
            ["nearly 12", "almost 15 (12–14)", "over 10", "under 15", "just under 20", "12", "+2", "upwards of 9", "8"]
        ),
        "source": st.sampled_from(["A", "B", "C"]),
        "day": st.integers(0, 5),
        "policy": st.just(None),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS_CLAIM, min_size=1, max_size=12), st.sampled_from(["range", "conservative", "latest"]))
def test_item8_words_resolve_alike_on_the_bulk_and_reference_paths(rows: list[dict[str, object]], policy: str) -> None:
    log = CasualtyLog(
        [
            {"event": "e", "metric": "killed", "figure": r["figure"], "source": r["source"]}
            | {"reported_at": f"2025-04-{10 + int(r['day']):02d}"}  # type: ignore[call-overload]
            for r in rows
        ]
    )
    for res in log.resolve_all(policy=policy):
        one = log.resolve(*res.count, policy=policy)
        assert (res.best, res.low, res.high, res.figure) == (one.best, one.low, one.high, one.figure)
