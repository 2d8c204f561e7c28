"""Text from the data cannot drive the terminal: escape sequences in source names and events
are printed as spaces by explain, history, check and resolve; JSON output escapes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtylog.cli import main
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.log import CasualtyLog

EVIL = "A\x1b[2J\x1b[31mFAKE\u202e\x9b2J"
EVENT = "kyiv"


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    # Names and events with control characters are refused at the door (see
    # test_control_characters_in_names_are_refused); quotes are untrusted text
    # and may hold anything, so they must be cleaned where they are printed.
    log = CasualtyLog(
        [
            {
                "event": EVENT,
                "metric": "killed",
                "figure": "10",
                "source": "A",
                "quote": EVIL,
                "reported_at": "2025-04-24T09:00Z",
            },
            {
                "event": EVENT,
                "metric": "killed",
                "figure": "8",
                "source": "B",
                "quote": EVIL,
                "reported_at": "2025-04-24T10:00Z",
            },
            {
                "event": EVENT,
                "metric": "killed",
                "group": "children",
                "figure": "20",
                "source": "A",
                "quote": EVIL,
                "reported_at": "2025-04-24T10:00Z",
            },
        ]
    )
    path = tmp_path / "evil.jsonl"
    write_jsonl(log, path)
    return path


def _assert_clean(text: str) -> None:
    bad = [ch for ch in text if (ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0 or ch == "\u202e"]
    assert bad == []


@pytest.mark.parametrize(
    "command",
    [
        ["explain", "{log}", EVENT, "killed"],
        ["history", "{log}", EVENT, "killed"],
        ["check", "{log}"],
        ["resolve", "{log}"],
        ["resolve", "{log}", "--format", "json"],
        ["history", "{log}", EVENT, "killed", "--format", "json"],
        ["check", "{log}", "--format", "json"],
    ],
    ids=["explain", "history", "check", "resolve", "resolve-json", "history-json", "check-json"],
)
def test_no_escape_sequence_reaches_the_terminal(
    log_file: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    assert main([part.format(log=log_file) for part in command]) == 0
    captured = capsys.readouterr()
    assert captured.out
    _assert_clean(captured.out)
    _assert_clean(captured.err)
    if "json" in command:
        for line in captured.out.splitlines():
            json.loads(line)  # still valid JSON
    elif command[0] == "explain":
        assert "A [2J [31mFAKE" in captured.out  # the quote is shown, its controls as spaces


def test_errors_quoting_the_data_are_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"event": "e", "metric": "killed\\u001b[2J", "figure": "x\\u001b[2J", "source": "s"}\n')
    assert main(["resolve", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ")
    _assert_clean(err)


@pytest.mark.parametrize("field", ["event", "source", "via"])
def test_control_characters_in_names_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str
) -> None:
    record = {"event": "e", "metric": "killed", "figure": "1", "source": "s", "reported_at": "2025-04-24"}
    record[field] = EVIL
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(record) + "\n")
    assert main(["resolve", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {bad}, line 1: {field}")
    assert "control characters" in err
    _assert_clean(err)
