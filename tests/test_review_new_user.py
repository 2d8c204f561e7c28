"""What a new user met on a fresh clone (the review after issues 9-15): the fixes stay fixed."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from casualtylog.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_review_extract_warns_a_command_line_user_with_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "uk.txt"
    text.write_text("Загинули щонайменше 12 людей, повідомила поліція.\n", encoding="utf-8")
    code = main(["extract", str(text), "--source", "Police", "--reported-at", "2025-04-24T10:00Z"])
    err = capsys.readouterr().err
    assert code == 0
    assert err.startswith("Warning: ")
    assert "choose one with --language" in err
    assert "language=" not in err
    assert "Traceback" not in err


def test_review_shared_data_example_names_the_way_to_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))
    code = script["main"]([str(tmp_path / "real.jsonl"), str(tmp_path / "no-data-here")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Error: ")
    assert "DATA_DIR" in err
    assert "$CASUALTYLOG_DATA" in err
    assert not (tmp_path / "real.jsonl").exists()


def test_review_readme_lists_every_command() -> None:
    from casualtylog.cli import build_parser  # noqa: PLC0415 - only this test needs the parser

    sub = build_parser()._subparsers
    assert sub is not None
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in sub._group_actions[0].choices:  # type: ignore[union-attr]
        assert f"`{command}`" in readme, f"README.md's feature list does not name `casualtylog {command}`"


def test_review_store_docs_open_with_casualtylog_open() -> None:
    store = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    assert "from casualtylog.store import open_store" not in store
    assert "with open_store(" not in store
