"""Reading claims lazily, strictly or leniently, with every rejection reported.

A :class:`ClaimReader` is what every ``read_*`` function returns: an iterator
of claims that reads its file only as it is consumed. In strict mode (the
default) the first bad record raises
:class:`~casualtylog.errors.ClaimFormatError`. In lenient mode bad records are
set aside, each as a :class:`Rejection` in :attr:`ClaimReader.rejected`, and
optionally copied byte for byte to a rejects file, so that nothing is dropped
silently and the rejects can be fixed and loaded again.

>>> import io
>>> from casualtylog.formats.jsonl import read_jsonl
>>> reader = read_jsonl(io.BytesIO(b'{"event": "e", "metric": "killed", "figure": "-1", "source": "s", "reported_at": "2025-01-01"}\\n'), lenient=True)
>>> list(reader), reader.read
([], 0)
>>> print(reader.rejected[0])
<stream>, line 1: figure='-1': cannot read figure '-1': expected a count of zero or more (a fall is a new, lower claim, not a negative figure)
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from datetime import datetime
from os import PathLike
from pathlib import Path
from typing import Any

from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import Output, open_output
from casualtylog.formats.errors import ClaimFileError

__all__ = ["ClaimReader", "ReaderChain", "Rejection", "exact_times"]

_FRACTIONAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,6}(?:Z|[+-]\d{2}:\d{2})$")


def exact_times(record: Any) -> Any:
    """Read ISO date-times with fractions of a second exactly, keeping the microseconds.

    :func:`casualtylog.parse_time` truncates a string time to whole seconds,
    but a log stamps ``recorded_at`` with microseconds, and a file must read
    back to the claims that were written. Times in exactly the form the
    writers produce become datetimes here; everything else is left to the model.

    >>> exact_times({"recorded_at": "2025-04-27T06:00:00.123456Z"})["recorded_at"].microsecond
    123456
    """
    if not isinstance(record, dict):
        return record
    for key in ("reported_at", "as_of", "recorded_at"):
        value = record.get(key)
        if isinstance(value, str) and _FRACTIONAL.match(value):
            with suppress(ValueError):  # not a real date: the model reports it with the field and value
                record[key] = datetime.fromisoformat(value)
    return record


def _same_file(a: str | PathLike[str], b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:  # the rejects file does not exist yet, or the input is a stream
        return False


@dataclass(frozen=True, slots=True)
class Rejection:
    """A record that lenient reading set aside.

    Attributes:
        line: the number of its (first) line in the file, from 1.
        error: why it was rejected; names the file, line, field and value.
        raw: the record's bytes as they were in the file.
    """

    line: int
    error: ClaimFormatError
    raw: bytes

    def __str__(self) -> str:
        return str(self.error)


#: What a format's parser yields: a claim with the line its record starts on, or a record it could not read.
Parsed = tuple[int, Claim] | Rejection


class ClaimReader(Iterator[Claim]):
    """Claims read lazily from one file; single pass, like a file object.

    Attributes:
        name: the file's name, as errors give it.
        lenient: whether bad records are set aside instead of raising.
        read: how many claims have been yielded so far.
        rejected: the records set aside so far (lenient mode only).
    """

    def __init__(
        self,
        name: str,
        parse: Callable[[], Iterator[Parsed]],
        *,
        lenient: bool = False,
        rejects: Output | None = None,
        header: Callable[[], bytes] = lambda: b"",
    ) -> None:
        if rejects is not None and isinstance(rejects, str | PathLike) and _same_file(rejects, name):
            raise ClaimFileError(
                os.fspath(rejects), "write", "it is the file being read; give the rejects another name"
            )
        self.name = name
        self.lenient = lenient
        self.read = 0
        self._lines = array("q")  # the line of each claim yielded: a log names a claim by its place
        self.rejected: list[Rejection] = []
        self._rejects = rejects
        self._header = header
        self._items = self._run(parse)

    def __repr__(self) -> str:
        return f"<ClaimReader {self.name!r}: {self.read} read, {len(self.rejected)} rejected>"

    def __iter__(self) -> ClaimReader:
        return self

    def __next__(self) -> Claim:
        return next(self._items)

    def _run(self, parse: Callable[[], Iterator[Parsed]]) -> Iterator[Claim]:
        with ExitStack() as stack:
            write: Callable[[str], object] | None = None
            if self._rejects is not None and self.lenient:
                write = stack.enter_context(open_output(self._rejects))
            header_written = False
            for item in parse():
                if not isinstance(item, Rejection):
                    self.read += 1
                    self._lines.append(item[0])
                    yield item[1]
                    continue
                if not self.lenient:
                    raise item.error
                self.rejected.append(item)
                if write is not None:
                    if not header_written:
                        write(self._header().decode("utf-8", "surrogateescape"))
                        header_written = True
                    raw = item.raw if item.raw.endswith(b"\n") else item.raw + b"\n"
                    write(raw.decode("utf-8", "surrogateescape"))

    def line_of(self, position: int) -> int | None:
        """The file line where the record of the ``position``-th claim read (from 1) starts.

        >>> import io
        >>> from casualtylog.formats.jsonl import read_jsonl
        >>> reader = read_jsonl(io.StringIO('\\n{"event": "e", "metric": "killed", "figure": "1", "source": "s", "reported_at": "2025-01-01"}\\n'))
        >>> _ = list(reader)
        >>> reader.line_of(1), reader.line_of(2)
        (2, None)
        """
        return self._lines[position - 1] if 0 < position <= len(self._lines) else None

    def mark(self) -> int:
        """Where a batch read from here on starts: the claims read so far (for :meth:`relocate`)."""
        return self.read

    def relocate(self, error: ClaimFormatError, since: object = None) -> ClaimFormatError:
        """``error`` naming this file and line where it names a claim by its place in a batch
        ("record 2": a log that checks a batch, e.g. a future ``recorded_at``), else ``error`` itself.
        ``since`` is what :meth:`mark` said when the batch began (none: at the first claim)."""
        start = since if isinstance(since, int) else 0
        line = None if error.path is not None or error.line is None else self.line_of(error.line + start)
        if line is None:
            return error
        moved = ClaimFormatError(self.name, line, error.field, error.value, error.problem)
        moved.__cause__ = error
        return moved

    def summary(self) -> str:
        """One line saying what was read and set aside.

        >>> import io
        >>> from casualtylog.formats.jsonl import read_jsonl
        >>> reader = read_jsonl(io.BytesIO(b""))
        >>> _ = list(reader)
        >>> reader.summary()
        '<stream>: 0 claims read, 0 rejected'
        """
        return f"{self.name}: {self.read} claim{'s' if self.read != 1 else ''} read, {len(self.rejected)} rejected"


class ReaderChain:
    """The claims of several readers, one after the other (``casualtylog add`` with several inputs).

    A log given a chain names a claim it refuses by the file and line it came from, as it does
    for one reader (a claim's place in the batch is found in the reader that gave it).
    ``each`` is what is iterated for a reader (e.g. a progress wrapper that yields its claims).
    """

    def __init__(self, readers: Sequence[ClaimReader], each: Callable[[ClaimReader], Iterable[Claim]] = iter) -> None:
        self.readers = readers
        self._each = each

    def __iter__(self) -> Iterator[Claim]:
        for reader in self.readers:
            yield from self._each(reader)

    def mark(self) -> tuple[int, ...]:
        """Where a batch read from here on starts: each reader's :meth:`ClaimReader.mark`."""
        return tuple(reader.read for reader in self.readers)

    def relocate(self, error: ClaimFormatError, since: object = None) -> ClaimFormatError:
        """As :meth:`ClaimReader.relocate`, counting each reader's claims (those read since ``since``,
        what :meth:`mark` said) after the ones before it."""
        if error.path is not None or error.line is None:
            return error
        starts = since if isinstance(since, tuple) and len(since) == len(self.readers) else (0,) * len(self.readers)
        position = error.line
        for reader, start in zip(self.readers, starts, strict=True):
            if position <= reader.read - start:
                moved = ClaimFormatError(None, position, error.field, error.value, error.problem)
                return reader.relocate(moved, start)
            position -= reader.read - start
        return error
