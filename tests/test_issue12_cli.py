"""Issue 12 item 4, a CLI for pipelines: one test per point, named after it, and a run of every option."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from casualtylog import CasualtyLog
from casualtylog.cli import build_parser, main
from casualtylog.exports import read_acled_csv, read_ucdp_csv, ucdp_rows
from casualtylog.formats.jsonl import read_jsonl, write_jsonl
from casualtylog.worked_example import EVENT, kyiv_claims

TWO = (
    '{"event":"e","metric":"killed","figure":"12","source":{"name":"Ministry","kind":"official"},'
    '"reported_at":"2025-04-24T09:00Z"}\n'
    '{"event":"e","metric":"killed","figure":"14","source":"Blog","reported_at":"2025-04-24T10:00Z"}\n'
)


@pytest.fixture
def kyiv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_jsonl(kyiv_claims(), tmp_path / "kyiv.jsonl")
    (tmp_path / "two.jsonl").write_text(TWO, encoding="utf-8")
    return tmp_path / "kyiv.jsonl"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("argv", "nearest"),
    [
        (["resolve", "kyiv.jsonl", "kyiv-2025-4-24"], "did you mean 'kyiv-2025-04-24'?"),
        (["resolve", "kyiv.jsonl", "kyiv-2025-4-24", "--format", "json"], "did you mean 'kyiv-2025-04-24'?"),
        (["resolve", "kyiv.jsonl", EVENT, "kiled"], "did you mean 'killed'"),
        (["explain", "kyiv.jsonl", EVENT, "killed", "childern"], "(everyone: leave GROUP out)"),
        (["history", "kyiv.jsonl", EVENT, "injured", "kids-under-5"], "'children'"),
        (["explain", "kyiv.jsonl", "gaza", "killed"], "the log has 'kyiv-2025-04-24'"),
    ],
)
def test_item4_unknown_names_exit_nonzero_with_the_nearest(
    kyiv: Path, capsys: pytest.CaptureFixture[str], argv: list[str], nearest: str
) -> None:
    code, out, err = _run(argv, capsys)
    assert code == 1
    assert out == ""
    assert err.startswith("Error: no claims about ")
    assert nearest in err


@pytest.mark.parametrize(
    "argv",
    [
        ["resolve", "kyiv.jsonl", "--format", "json"],
        ["resolve", "kyiv.jsonl", EVENT, "killed", "--format", "json"],
        ["history", "kyiv.jsonl", EVENT, "killed", "--format", "json"],
        ["check", "kyiv.jsonl", "--format", "json"],
        ["counts", "kyiv.jsonl", "--format", "json"],
        ["counts", "empty.jsonl", "--format", "json"],
        ["resolve", "empty.jsonl", "--format", "json"],
        ["add", "new.jsonl", "kyiv.jsonl", "--format", "json"],
    ],
)
def test_item4_json_output_is_always_valid_json(
    kyiv: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    Path("empty.jsonl").write_text("", encoding="utf-8")
    code, out, _ = _run(argv, capsys)
    assert code == 0
    assert out.strip(), "JSON output is never empty"
    for line in out.splitlines():
        json.loads(line)
    if "empty.jsonl" in argv or argv[0] == "check":
        assert out == "[]\n"


def test_item4_errors_name_flags_not_python(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("casualtylog.store")
    Path("empty.db").write_bytes(b"")
    outputs = []
    for argv in (
        ["resolve", "kyiv.jsonl", "--at", "2025-04-24T12:00"],
        ["resolve", "missing.db"],
        ["resolve", "empty.db"],
    ):
        code, _, err = _run(argv, capsys)
        assert code == 1
        outputs.append(err)
    assert "--tz Europe/Kyiv" in outputs[0]
    assert "casualtylog add" in outputs[1]
    assert "casualtylog add" in outputs[2]
    for err in outputs:
        assert "create=True" not in err
        assert "tz=" not in err
        assert "CasualtyLog." not in err


def test_item4_add_prints_the_ids_it_added(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["add", "t.jsonl", "two.jsonl"], capsys)
    assert code == 0
    ids = [c.id for c in read_jsonl("t.jsonl")]
    assert out.splitlines()[0] == "added 2 new claims to t.jsonl (2 read)"
    assert [line.split()[0] for line in out.splitlines()[1:]] == ids
    Path("more.jsonl").write_text(
        TWO + '{"event":"e","metric":"killed","figure":"15","source":"Blog","reported_at":"2025-04-25"}\n',
        encoding="utf-8",
    )
    code, out, _ = _run(["add", "t.jsonl", "more.jsonl", "--format", "json"], capsys)
    assert code == 0
    report = json.loads(out)
    new = [c.id for c in read_jsonl("t.jsonl")][2:]
    assert report == {"target": "t.jsonl", "added": new, "read": 3, "rejected": 0}


def test_item4_add_lists_ids_added_to_a_store(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("casualtylog.store")
    assert _run(["add", "s.db", "two.jsonl"], capsys)[0] == 0
    code, out, _ = _run(["add", "s.db", str(kyiv), "two.jsonl", "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["added"] == [c.id for c in kyiv_claims()]


def test_item4_export_writes_ucdp_acled_and_prov(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = CasualtyLog(kyiv_claims())
    assert _run(["export", "kyiv.jsonl", "ucdp.csv", "--format", "ucdp"], capsys)[0] == 0
    rows = read_ucdp_csv("ucdp.csv")
    assert [(r["event"], r["metric"], r["best"]) for r in rows] == [
        (r["event"], r["metric"], r["best"]) for r in ucdp_rows(log)
    ]
    assert _run(["export", "kyiv.jsonl", "acled.csv", "--format", "acled"], capsys)[0] == 0
    assert read_acled_csv("acled.csv")[0]["fatalities"] == 12
    assert _run(["export", "kyiv.jsonl", "prov.json", "--format", "prov"], capsys)[0] == 0
    doc = json.loads(Path("prov.json").read_text(encoding="utf-8"))
    assert sum(e["prov:type"]["$"] == "cl:Claim" for e in doc["entity"].values()) == len(kyiv_claims())
    code, out, _ = _run(["export", "kyiv.jsonl", "-", "--format", "ucdp"], capsys)
    assert code == 0
    assert read_ucdp_csv(io.StringIO(out)) == rows


def test_item4_export_policy_does_what_it_says(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    best = {}
    for policy in ("range", "conservative", "priority"):
        code, out, _ = _run(["export", "two.jsonl", "-", "--format", "ucdp", "--policy", policy], capsys)
        assert code == 0
        (row,) = read_ucdp_csv(io.StringIO(out))
        assert row["policy"] == policy
        best[policy] = (row["best"], row["low"], row["high"])
    assert best["range"] != best["priority"]
    code, _, err = _run(["export", "two.jsonl", "-", "--policy", "latest"], capsys)
    assert code == 2
    assert "--policy and --rank choose how counts resolve" in err
    code, _, err = _run(["export", "two.jsonl", "-", "--format", "acled", "--policy", "latest"], capsys)
    assert code == 2


def test_item4_rank_gives_priority_its_ranking(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def best(*flags: str) -> int:
        code, out, err = _run(["resolve", "two.jsonl", "e", "killed", "--format", "json", *flags], capsys)
        assert code == 0, err
        return int(json.loads(out)["best"])

    assert best("--rank", "Ministry", "--rank", "Blog") == 12
    assert best("--rank", "Blog", "--rank", "Ministry") == 14
    assert best("--policy", "priority", "--rank", "ministry") == 12  # names match as sources do: case ignored
    code, _, err = _run(["resolve", "two.jsonl", "--rank", "Ministry", "--policy", "latest"], capsys)
    assert code == 2
    assert "--rank ranks sources for --policy priority" in err
    code, _, err = _run(["resolve", "two.jsonl", "--rank", "Ministry", "--rank-by", "kind"], capsys)
    assert code == 2
    assert "--rank:" in err


def test_item4_counts_lists_what_the_log_holds(kyiv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["counts", "kyiv.jsonl", "--format", "json"], capsys)
    assert code == 0
    log = CasualtyLog(kyiv_claims())
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["event"], r["metric"], r["group"]) for r in records] == [tuple(c)[:3] for c in log.counts()]
    assert [r["claims"] for r in records] == [len(log.claims_about(*c)) for c in log.counts()]
    code, out, _ = _run(["counts", "kyiv.jsonl"], capsys)
    assert code == 0
    assert len(out.splitlines()) == len(log.counts())


def _help_texts() -> list[str]:
    parser = build_parser()
    texts = [parser.format_help()]
    sub = parser._subparsers
    assert sub is not None
    for command in sub._group_actions[0].choices.values():  # type: ignore[union-attr]
        texts.append(command.format_help())
    return texts


def test_item4_help_is_plain_text() -> None:
    for text in _help_texts():
        assert "``" not in text
        assert ":func:" not in text
        assert ":class:" not in text


# Every option of every command, run once (with the files of the `kyiv` fixture).
_EVERY_OPTION: list[list[str]] = [
    ["demo"],
    [
        "sync",
        "s.jsonl",
        "snap.csv",
        "--source",
        "MoH",
        "--at",
        "2025-01-01T00:00",
        "--tz",
        "Europe/Kyiv",
        "--url",
        "https://example.org/v1",
        "--input-format",
        "csv",
        "--format",
        "json",
    ],
    ["sync", "w.jsonl", "sheet.csv", "--mapping", "wide.toml", "--at", "2025-05-01T00:00Z"],
    [
        "diff",
        "s.jsonl",
        "--from",
        "2024-12-01",
        "--to",
        "2025-01-02",
        "--at",
        "2025-01-02",
        "--source",
        "MoH",
        "--policy",
        "latest",
        "--log-format",
        "jsonl",
        "--tz",
        "Europe/Kyiv",
        "--format",
        "csv",
    ],
    ["resolve", "kyiv.jsonl", "--events", "events.jsonl"],
    ["resolve", "periods.jsonl", "gaza", "killed", "--period", "2023-10-07"],
    ["explain", "periods.jsonl", "gaza", "killed", "--period", "2023-10-07"],
    ["history", "periods.jsonl", "gaza", "killed", "--period", "2023-10-07"],
    ["check", "kyiv.jsonl", "--events", "events.jsonl"],
    [
        "events",
        "events.jsonl",
        "--log",
        "kyiv.jsonl",
        "--log-format",
        "jsonl",
        "--tz",
        "Europe/Kyiv",
        "--policy",
        "latest",
        "--at",
        "2025-04-25T00:00+03:00",
        "--known-at",
        "2099-01-01T00:00Z",
        "--format",
        "json",
    ],
    [
        "report",
        "kyiv.jsonl",
        "--output",
        "k.html",
        "--title",
        "Kyiv",
        "--log-format",
        "jsonl",
        "--tz",
        "Europe/Kyiv",
        "--rank",
        "Kyiv City Military Administration",
        "--rank-by",
        "source",
    ],
    ["report", "kyiv.jsonl", "--output", "-", "--policy", "latest", "--events", "events.jsonl"],
    ["add", "k.db", "kyiv.jsonl"],
    ["verify", "k.db", "--chain-only"],
    ["demo", "--write", "demo.csv"],
    ["demo", "--write", "demo.out", "--format", "hxl"],
    ["add", "a.jsonl", "kyiv.jsonl", "--input-format", "jsonl", "--tz", "Europe/Kyiv"],
    ["add", "a.jsonl", "bad.jsonl", "--lenient", "--rejects", "r.jsonl", "--format", "text"],
    [
        "add",
        "b.jsonl",
        "sheet.csv",
        "--map",
        "reported_at=Date",
        "--map",
        "figure=Deaths",
        "--set",
        "event=e",
        "--set",
        "metric=killed",
        "--set",
        "source=KCMA",
    ],
    [
        "resolve",
        "kyiv.jsonl",
        EVENT,
        "injured",
        "children",
        "--log-format",
        "jsonl",
        "--tz",
        "Europe/Kyiv",
        "--policy",
        "latest",
        "--at",
        "2025-04-25",
        "--known-at",
        "2030-01-01",
        "--format",
        "csv",
    ],
    ["resolve", "two.jsonl", "--rank", "official", "--rank-by", "kind"],
    [
        "explain",
        "kyiv.jsonl",
        EVENT,
        "killed",
        "--log-format",
        "jsonl",
        "--tz",
        "Europe/Kyiv",
        "--policy",
        "median",
        "--at",
        "2025-04-25",
        "--known-at",
        "2030-01-01",
    ],
    ["explain", "two.jsonl", "e", "killed", "--rank", "Blog", "--rank-by", "source"],
    [
        "history",
        "kyiv.jsonl",
        EVENT,
        "killed",
        "--log-format",
        "jsonl",
        "--tz",
        "Europe/Kyiv",
        "--policy",
        "range",
        "--clock",
        "recorded",
        "--format",
        "json",
    ],
    ["history", "two.jsonl", "e", "killed", "--rank", "Blog", "--rank-by", "source"],
    [
        "check",
        "kyiv.jsonl",
        "--log-format",
        "jsonl",
        "--tz",
        "Europe/Kyiv",
        "--policy",
        "conservative",
        "--at",
        "2025-04-25",
        "--known-at",
        "2030-01-01",
        "--format",
        "json",
        "--strict",
    ],
    ["check", "two.jsonl", "--rank", "Blog", "--rank-by", "source"],
    ["export", "kyiv.jsonl", "e.csv", "--log-format", "jsonl", "--tz", "Europe/Kyiv", "--format", "hxl"],
    [
        "export",
        "kyiv.jsonl",
        "u.csv",
        "--format",
        "ucdp",
        "--policy",
        "priority",
        "--rank",
        "official",
        "--rank-by",
        "kind",
        "--at",
        "2025-04-25",
        "--known-at",
        "2030-01-01",
    ],
    ["counts", "kyiv.jsonl", "--log-format", "jsonl", "--tz", "Europe/Kyiv", "--format", "json"],
    [
        "add",
        "wide.jsonl",
        "sheet.csv",
        "--mapping",
        "wide.toml",
        "--figure",
        "killed/children=Deaths",
        "--event-template",
        "e-{Date:year}",
        "--source",
        "S",
        "--source-kind",
        "official",
        "--reported-at-column",
        "Date",
        "--as-of-column",
        "Date",
        "--period-template",
        "{Date:year}",
        "--template",
        "via=Telegram",
    ],
    [
        "extract",
        "report.txt",
        "--source",
        "S",
        "--reported-at",
        "2025-04-24T15:00",
        "--event",
        "e",
        "--via",
        "Telegram",
        "--language",
        "en",
        "--tz",
        "Europe/Kyiv",
        "--url",
        "https://example.org/r",
        "--claims-only",
    ],
    [
        "extract",
        "report.txt",
        "--source",
        "Example News",
        "--reported-at",
        "2025-04-24",
        "--unread",
        "unread.jsonl",
        "--unread-all",
        "--learned",
        "reader",
    ],
    ["copy", "kyiv.jsonl", "copied.db", "--source-events", "events.jsonl", "--batch", "5"],
    ["copy", "copied.db", "copied.jsonl", "--destination-events", "copied-events.jsonl"],
]


def _run_pg_init(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> set[str]:
    """pg-init with every option against the throwaway PostgreSQL server (tests/pg.py); its options."""
    options = {"--app", "--reader", "--create-roles"}
    try:
        url = request.getfixturevalue("pg_url")
    except pytest.skip.Exception:
        return options  # no server here: tests/test_postgres.py skips too, saying why
    code, out, err = _run(["pg-init", url, "--app", "item4_app", "--reader", "item4_reader", "--create-roles"], capsys)
    assert code == 0, err
    assert "role item4_reader: SELECT" in out
    return options


def test_item4_every_option_does_what_its_help_says(
    kyiv: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    Path("bad.jsonl").write_text(TWO + '{"event":"e"}\n', encoding="utf-8")
    Path("sheet.csv").write_text("Date,Deaths\n2025-04-24,12\n", encoding="utf-8")
    Path("snap.csv").write_text("event,metric,figure\ne,killed,12\n", encoding="utf-8")
    Path("wide.toml").write_text('event = "e"\nsource = "S"\nreported_at = "{Date}"\nfigures = { Deaths = "killed" }\n')
    Path("report.txt").write_text("12 people were killed, said the mayor.\n", encoding="utf-8")
    Path("events.jsonl").write_text(f'{{"id":"{EVENT}","title":"Kyiv","when":"2025-04-24"}}\n', encoding="utf-8")
    Path("periods.jsonl").write_text(  # a count for one day (issue 9: --period)
        '{"event":"gaza","metric":"killed","figure":"138","source":"MoH","reported_at":"2023-10-08",'
        '"period":"2023-10-07"}\n',
        encoding="utf-8",
    )
    used: dict[str, set[str]] = {}
    for argv in _EVERY_OPTION:
        code, _, err = _run(argv, capsys)
        assert code == 0, (argv, err)
        assert "Traceback" not in err
        used.setdefault(argv[0], set()).update(a for a in argv if a.startswith("--"))
    code, out, _ = _run(["verify", "k.db"], capsys)
    head = out.split("head ", 1)[1].split()[0].rstrip(";")
    assert code == 0
    assert _run(["verify", "k.db", "--head", head], capsys)[0] == 0
    used["verify"].add("--head")
    assert Path("r.jsonl").read_text(encoding="utf-8") == '{"event":"e"}\n'  # --rejects got the bad line
    assert Path("demo.out").read_text(encoding="utf-8").splitlines()[1].startswith("#event+id")  # --format hxl
    used["pg-init"] = _run_pg_init(request, capsys)
    parser = build_parser()
    sub = parser._subparsers
    assert sub is not None
    for name, command in sub._group_actions[0].choices.items():  # type: ignore[union-attr]
        options = {s for a in command._actions for s in a.option_strings if s.startswith("--") and s != "--help"}
        assert options <= used.get(name, set()), f"{name}: no run of {sorted(options - used.get(name, set()))}"
