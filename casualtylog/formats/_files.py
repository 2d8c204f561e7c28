"""Opening claim files: streaming input line by line, writing output atomically.

Input is read as bytes and decoded one line at a time, so a file of a million
lines is read in constant memory and a byte that is not UTF-8 is reported with
the number of its line. A line longer than :data:`MAX_LINE_BYTES` is refused
before it is decoded or parsed (a 50 MB line would otherwise cost gigabytes).

Output to a path goes to a temporary file beside it that replaces the target
only once everything is written: a failed write leaves the old file as it
was. A new file gets the mode the umask allows (as ``open`` would give it), a
replaced file keeps its mode, a symbolic link keeps pointing where it did
(its target is replaced), and a special file (``/dev/null``, a FIFO, a
terminal) is written in place, never renamed over. An existing SQLite file (a
store) is never overwritten: :class:`~casualtylog.formats.errors.ClaimFileError`.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import IO

from casualtylog.errors import ClaimFormatError
from casualtylog.formats.errors import ClaimFileError

__all__ = [
    "MAX_LINE_BYTES",
    "Input",
    "Line",
    "Output",
    "display_name",
    "is_store_file",
    "numbered_lines",
    "open_input",
    "open_output",
]

#: The longest line a claim file may hold, in bytes. The largest claim the
#: model accepts (a 20,000-character quote, a 4,000-character URL, …) fits
#: many times over; anything longer is refused before it is parsed.
MAX_LINE_BYTES = 1 << 20

#: How much of a bad value an error quotes.
SNIPPET_CHARS = 60

_SQLITE_MAGIC = b"SQLite format 3\x00"

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


def snippet(value: object, limit: int = SNIPPET_CHARS) -> str:
    """``value`` as text of at most ``limit`` characters, for an error message.

    >>> snippet("x" * 10_000_000)[-5:], len(snippet("x" * 10_000_000))
    ('xxxx…', 60)
    """
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_store_file(path: str | PathLike[str]) -> bool:
    """Whether ``path`` is an existing SQLite database (a store): never overwrite one with text.

    >>> is_store_file("/nonexistent/claims.db")
    False
    """
    try:
        if not Path(path).is_file():  # a FIFO would block the open; a device is no store
            return False
        with Path(path).open("rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


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
        for chunk in _capped_lines(stream):
            number += 1
            if chunk is None:
                raise ClaimFormatError(
                    name,
                    number,
                    None,
                    None,
                    f"the line is longer than {MAX_LINE_BYTES:,} bytes (the limit for one record); "
                    "is this a claim file?",
                )
            if isinstance(chunk, str):
                yield Line(number, _raw(chunk), chunk.removeprefix("\ufeff") if number == 1 else chunk)
            else:
                yield _decode(chunk, name, number)
    except UnicodeDecodeError as exc:  # a text stream that was opened with the wrong encoding
        error = ClaimFormatError(name, number + 1, None, exc.object[exc.start : exc.start + 1], "is not UTF-8 text")
        yield Line(number + 1, b"", "", error)
    except OSError as exc:
        raise ClaimFileError(name, "read", _problem(exc)) from exc


def _raw(text: str) -> bytes:
    """The bytes of a line read as text, for a rejects file: bytes a decoder escaped come back as
    they were; a lone surrogate that no file could hold (a string built in memory) is written escaped."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


def _capped_lines(stream: IO[bytes] | IO[str]) -> Iterator[bytes | str | None]:
    """The lines of ``stream``, each read with a bounded buffer; ``None`` for a line over the limit.

    A text stream is measured in characters, as its bytes are not known.
    """
    while True:
        chunk = stream.readline(MAX_LINE_BYTES + 1)
        if not chunk:
            return
        if len(chunk) > MAX_LINE_BYTES and chunk[-1:] not in ("\n", b"\n"):
            yield None
            return
        yield chunk


def _umask() -> int:
    """The process umask, read without changing it where Linux allows (changing it races other threads)."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def _write_in_place(path: Path, name: str) -> Iterator[Callable[[str], None]]:
    """Write to a special file (a device, a FIFO) as it is: renaming over it would replace it."""
    try:
        handle = path.open("w", encoding="utf-8", errors="surrogateescape", newline="")
    except OSError as exc:
        raise ClaimFileError(name, "write", _problem(exc)) from exc
    try:
        with handle:
            yield handle.write  # type: ignore[misc]  # write returns int
    except OSError as exc:
        raise ClaimFileError(name, "write", _problem(exc)) from exc


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
    path = Path(os.path.realpath(target))  # through a symbolic link: the link stays, its target is replaced
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ClaimFileError(name, "write", _problem(exc)) from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise ClaimFileError(name, "write", "it is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _write_in_place(path, name) as write:
            yield write
        return
    if info is not None and is_store_file(path):
        raise ClaimFileError(name, "write", "it is a casualtylog store (SQLite), which a text file must not replace")
    try:
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
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
