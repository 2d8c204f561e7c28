"""Opening claim files: streaming input line by line, writing output atomically.

Input is read as bytes and decoded one line at a time, so a file of a million
lines is read in constant memory and a byte that is not UTF-8 is reported with
the number of its line. Output to a path goes to a temporary file beside it
that replaces the target only once everything is written: a failed write
leaves the old file as it was.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import IO

from casualtylog.errors import ClaimFormatError
from casualtylog.formats.errors import ClaimFileError

__all__ = ["Input", "Line", "Output", "display_name", "numbered_lines", "open_input", "open_output"]

#: Where claims are read from: a path, or an open file (binary or text).
Input = str | PathLike[str] | IO[bytes] | IO[str]
#: Where claims are written to: a path, or an open file (binary or text).
Output = str | PathLike[str] | IO[bytes] | IO[str]


def display_name(source: Input | Output) -> str:
    """The name errors use for ``source``: its path, or the name of an open file.

    >>> display_name("data/claims.jsonl"), display_name(io.BytesIO())
    ('data/claims.jsonl', '<stream>')
    """
    if isinstance(source, str | PathLike):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


def _problem(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextmanager
def open_input(source: Input) -> Iterator[IO[bytes] | IO[str]]:
    """Open ``source`` for reading as bytes; an open file is used as it is (and not closed)."""
    if not isinstance(source, str | PathLike):
        yield source
        return
    name = os.fspath(source)
    try:
        handle = Path(source).open("rb")  # noqa: SIM115 - closed by the with below, after the error check
    except OSError as exc:
        raise ClaimFileError(name, "read", _problem(exc)) from exc
    with handle:
        yield handle


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: its number (from 1), its bytes, and its text or why it has none."""

    number: int
    raw: bytes
    text: str
    error: ClaimFormatError | None = None


def _decode(raw: bytes, name: str, number: int) -> Line:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1]
        error = ClaimFormatError(
            name,
            number,
            None,
            bad,
            f"byte {exc.start + 1} of the line ({bad!r}) is not UTF-8; save the file as UTF-8",
        )
        return Line(number, raw, "", error)
    if number == 1:
        text = text.removeprefix("\ufeff")  # a byte-order mark, as Windows tools write them
    return Line(number, raw, text)


def numbered_lines(stream: IO[bytes] | IO[str], name: str) -> Iterator[Line]:
    """The lines of ``stream``, decoded one at a time, endings kept.

    >>> [(line.number, line.text) for line in numbered_lines(io.BytesIO(b"\\xef\\xbb\\xbfa\\r\\nb"), "f")]
    [(1, 'a\\r\\n'), (2, 'b')]
    >>> print(list(numbered_lines(io.BytesIO(b"ok\\n\\xff\\n"), "f"))[1].error)
    f, line 2: byte 1 of the line (b'\\xff') is not UTF-8; save the file as UTF-8
    """
    number = 0
    try:
        for chunk in stream:
            number += 1
            if isinstance(chunk, str):
                yield Line(
                    number,
                    chunk.encode("utf-8", "surrogateescape"),
                    chunk.removeprefix("\ufeff") if number == 1 else chunk,
                )
            else:
                yield _decode(chunk, name, number)
    except UnicodeDecodeError as exc:  # a text stream that was opened with the wrong encoding
        error = ClaimFormatError(name, number + 1, None, exc.object[exc.start : exc.start + 1], "is not UTF-8 text")
        yield Line(number + 1, b"", "", error)
    except OSError as exc:
        raise ClaimFileError(name, "read", _problem(exc)) from exc


@contextmanager
def open_output(target: Output) -> Iterator[Callable[[str], None]]:
    """A ``write(text)`` function for ``target``, as UTF-8 with the line ends given.

    A path is written atomically: to a temporary file in the same directory,
    which replaces the target only when the block ends without an error.
    """
    if not isinstance(target, str | PathLike):
        if isinstance(target, io.TextIOBase):
            text_target = target
            yield text_target.write  # type: ignore[misc]  # TextIOBase.write returns int
        else:
            binary = target

            def write_bytes(text: str) -> None:
                binary.write(text.encode("utf-8", "surrogateescape"))  # type: ignore[arg-type]  # IO[bytes] here

            yield write_bytes
        return
    name = os.fspath(target)
    path = Path(target)
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ClaimFileError(name, "write", _problem(exc)) from exc
    tmp = Path(tmp_name)
    try:
        with open(fd, "w", encoding="utf-8", errors="surrogateescape", newline="") as handle:  # noqa: PTH123 - fd from mkstemp
            yield handle.write  # type: ignore[misc]  # write returns int
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ClaimFileError(name, "write", _problem(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
