"""Hostile text never crashes ``casualtylog extract``: absurd numbers, endless sentences, bad bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualtylog.cli import main
from casualtylog.figures import MAX_FIGURE
from casualtylog.text import extract
from casualtylog.text.extract import MAX_QUOTE

ARGS = ["--source", "Example News", "--reported-at", "2025-04-24T12:00Z"]


def _run(tmp_path: Path, text: str | bytes, *extra: str) -> int:
    report = tmp_path / "report.txt"
    if isinstance(text, bytes):
        report.write_bytes(text)
    else:
        report.write_text(text, encoding="utf-8")
    return main(["extract", str(report), *ARGS, *extra])


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000 + " people were killed.",
        "At least " + "9" * 5000 + " people were killed.",
        "1 " + "000 " * 2000 + "people were killed.",
        "Er zijn " + "1." + "000." * 2000 + "000 doden gevallen.",
        f"{MAX_FIGURE * 10} people were killed.",
        f"Between 5 and {MAX_FIGURE * 10} people were killed.",
        "9999999999 million people were killed.",
    ],
    ids=["5000-digits", "bounded-5000-digits", "space-groups", "dutch-groups", "past-max", "range-past-max", "million"],
)
def test_absurd_numbers_are_not_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    assert _run(tmp_path, text) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ""


def test_a_sentence_longer_than_a_quote_is_cut_around_the_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Officials said that " + "the shelling went on and on, " * 1000 + "and 12 people were killed " + "x " * 12000
    assert len(text) > 20_000
    assert _run(tmp_path, text) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    quote = record["claim"]["quote"]
    assert record["claim"]["figure"] == "12"
    assert len(quote) <= MAX_QUOTE
    assert quote.startswith("…")
    assert quote.endswith("…")
    assert "and 12 people were killed" in quote
    assert record["sentence"] == text.strip()  # the evidence keeps the whole sentence


def test_a_short_sentence_is_quoted_whole() -> None:
    (found,) = extract("Five people died.", source="s", reported_at="2025-04-24")
    assert found.claim.quote == "Five people died."


def test_a_run_of_text_is_no_source_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, "Five people were killed, said " + "A" * 600 + ".") == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["claim"]["source"] == "Example News"


def test_library_errors_are_reported_not_raised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Five people died.", encoding="utf-8")
    assert main(["extract", str(report), "--source", "s", "--reported-at", "yesterday-ish"]) == 1
    assert capsys.readouterr().err.startswith("Error: reported_at='yesterday-ish'")
    assert _run(tmp_path, "Five people died.", "--language", "xx") == 1
    assert capsys.readouterr().err.startswith("Error: ")
    assert _run(tmp_path, b"Five people died.\xff\n") == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: cannot read ")
    assert "not UTF-8" in err
