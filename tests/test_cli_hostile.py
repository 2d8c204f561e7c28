"""Issue 16: every CLI command, given hostile arguments, exits 0, 1 or 2 with a message, never a traceback.

Hypothesis draws a command and fills its positionals and flags from a pool of
hostile values: empty strings, terminal escapes, tabs, bidi overrides, 5,000
characters, missing files, directories, the store itself, stdin. After each
run the store and the input files are unchanged unless the command was asked
to write them, and the store still opens.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualtylog.cli import main
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.worked_example import EVENT, kyiv_claims

pytest.importorskip("casualtylog.store")

_HOSTILE = [
    "",
    " ",
    "-",
    "\x1b[31mred\x1b[0m",
    "a\tb",
    "a\rb",
    "line\nbreak",
    "\u202eevil",
    "\u2066iso\u2069",
    "x" * 5000,
    "..",
    "/",
    "missing.jsonl",
    "missing.db",
    "dir",
    "dir.jsonl",
    "s.db",
    "k.jsonl",
    "bad.jsonl",
    "notes.txt",
    "out.jsonl",
    "out.csv",
    "rejects.jsonl",
    EVENT,
    "killed",
    "children",
    "2025-04-24",
    "2025-04-24T12:00+03:00",
    "99999-01-01",
    "Europe/Kyiv",
    "Mars/Base",
    "range",
    "json",
    "=1+2",
    "ucdp",
    "acled",
    "prov",
    "hxl",
    "priority",
    "kind",
    "official",
    "field=value",
    "figure=Deaths",
]

# command → (positional slots, flags that take a value, switches)
_LOG = ["--log-format", "--tz", "--policy", "--rank", "--rank-by"]
_COMMANDS: dict[str, tuple[int, list[str], list[str]]] = {
    "resolve": (4, [*_LOG, "--at", "--known-at", "--format"], []),
    "explain": (4, [*_LOG, "--at", "--known-at"], []),
    "history": (4, [*_LOG, "--clock", "--format"], []),
    "check": (1, [*_LOG, "--at", "--known-at", "--format"], ["--strict"]),
    "export": (2, [*_LOG, "--at", "--known-at", "--format"], []),
    "counts": (1, ["--log-format", "--tz", "--format"], []),
    "add": (3, ["--input-format", "--format", "--tz", "--rejects", "--map", "--set"], ["--lenient"]),
    "demo": (0, ["--write", "--format"], []),
    "extract": (1, ["--source", "--reported-at", "--event", "--via", "--language", "--tz", "--url"], ["--claims-only"]),
}

_FILES = ("s.db", "k.jsonl", "bad.jsonl")


@st.composite
def _argv(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(_COMMANDS)))
    slots, flags, switches = _COMMANDS[command]
    value = st.sampled_from(_HOSTILE) | st.text(max_size=12)
    argv = [command, *draw(st.lists(value, max_size=slots))]
    for flag in draw(st.lists(st.sampled_from(flags), max_size=4, unique=True)):
        argv += [flag, draw(value)]
    if switches:
        argv += draw(st.lists(st.sampled_from(switches), max_size=len(switches), unique=True))
    return argv


@pytest.fixture(scope="module")
def pristine() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        write_jsonl(kyiv_claims(), root / "k.jsonl")
        (root / "bad.jsonl").write_text('{"event":"e","metric":"killed","figure":"-3"}\nnot json\n', encoding="utf-8")
        assert main(["add", str(root / "s.db"), str(root / "k.jsonl")]) == 0
        yield root


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"


def _written(argv: list[str]) -> set[str]:
    """The paths the command was asked to write (which may then change)."""
    out: set[str] = set()
    command, rest = argv[0], argv[1:]
    positional = []
    skip = False
    for i, arg in enumerate(rest):
        if skip:
            skip = False
            continue
        if arg.startswith("--") and arg not in {"--lenient", "--strict", "--claims-only"}:
            skip = True
            if arg in {"--rejects", "--write"} and i + 1 < len(rest):
                out.add(rest[i + 1])
            continue
        positional.append(arg)
    if command == "add" and positional:
        out.add(positional[0])
    if command == "export":
        out.update(positional[1:2])
    return {str(Path(p)) for p in out}


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(argv=_argv(), stdin=st.sampled_from([b"", b"not json\n", b"\xff\xfe\n", None]))
def test_item11_hostile_cli_arguments_never_give_a_traceback(
    argv: list[str],
    stdin: bytes | None,
    pristine: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        for file in _FILES:
            shutil.copy2(pristine / file, work / file)
        (work / "dir").mkdir()
        (work / "dir.jsonl").mkdir()
        monkeypatch.chdir(work)
        data = (pristine / "k.jsonl").read_bytes() if stdin is None else stdin
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        before = {file: _digest(work / file) for file in _FILES}
        try:
            code = main(argv)
        except SystemExit as exc:  # pragma: no cover - main returns codes; reaching here is the bug
            pytest.fail(f"main({argv!r}) raised SystemExit({exc.code})")
        captured = capsys.readouterr()
        assert code in {0, 1, 2}, (argv, code, captured.err[-500:])
        assert "Traceback" not in captured.err
        if code != 0:
            assert captured.err.strip(), argv  # a failure always says why
        written = _written(argv)
        for file in _FILES:
            if file not in written:
                assert _digest(work / file) == before[file], (argv, file)
        assert main(["resolve", "s.db", EVENT, "killed", "--format", "json"]) == 0
        capsys.readouterr()
