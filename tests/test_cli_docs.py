"""docs/cli.md documents every command, and its examples print what it says."""

from __future__ import annotations

import doctest
import io
import re
import shlex
from pathlib import Path

import pytest

from casualtylog.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "cli.md"
_BLOCK = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def _commands() -> list[str]:
    parser = build_parser()
    sub = parser._subparsers
    assert sub is not None
    return sorted(sub._group_actions[0].choices)  # type: ignore[arg-type]


def _store_available() -> bool:
    try:
        import casualtylog.store  # noqa: F401, PLC0415 - probing an optional layer
    except ImportError:
        return False
    return True


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented(command: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"### `casualtylog {command}`" in text, f"docs/cli.md has no section for {command}"
    assert f"$ casualtylog {command}" in text, f"docs/cli.md has no example of {command}"


def _run(line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run one transcript line: ``casualtylog ARGS [< FILE] [; echo $?]``."""
    echo = line.endswith("; echo $?")
    argv = shlex.split(line.removesuffix("; echo $?"))
    assert argv[0] == "casualtylog"
    stdin = None
    if "<" in argv:
        at = argv.index("<")
        stdin, argv = argv[at + 1], argv[:at]
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(Path(stdin).read_bytes()), encoding="utf-8"))
    code = main(argv[1:])
    captured = capsys.readouterr()
    out = captured.err + captured.out  # stderr is printed first by every command
    return (0 if echo else code), out + (f"{code}\n" if echo else "")


def test_the_examples_print_what_the_doc_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    ran = 0
    for block in _BLOCK.finditer(DOC.read_text(encoding="utf-8")):
        info, body = block["info"].split(), block["body"]
        files = [word.removeprefix("file=") for word in info if word.startswith("file=")]
        if files:
            (tmp_path / files[0]).write_text(body, encoding="utf-8")
            continue
        if not info or info[0] != "console":
            continue
        for chunk in re.split(r"^\$ ", body, flags=re.MULTILINE)[1:]:
            line, _, expected = chunk.partition("\n")
            if ".db" in line and not _store_available():
                continue
            code, out = _run(line, monkeypatch, capsys)
            if expected.startswith("Error:"):
                assert code == 1, line
            elif expected.startswith("usage:"):
                assert code == 2, line
            else:
                assert code == 0, f"{line}\n{out}"
            assert checker.check_output(expected, out, flags), f"$ {line}\nexpected:\n{expected}\ngot:\n{out}"
            ran += 1
    assert ran >= 20
