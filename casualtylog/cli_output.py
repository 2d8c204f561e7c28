"""What the command line prints: untrusted text made safe for a terminal, and JSON Lines."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, TypeVar

from casualtylog.formats.resolutions import json_line

__all__ = ["terminal_text"]

_Item = TypeVar("_Item")

#: Characters a terminal would act on (ANSI escapes, C1 controls, bidirectional
#: overrides, line separators), each shown as a space; line ends and tabs stay.
_TERMINAL = {
    **{code: " " for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(code) not in "\n\t"},
    **dict.fromkeys((0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029), " "),
}


def terminal_text(text: object) -> str:
    r"""``text`` safe to print: source names, events and quotes come from anyone.

    >>> terminal_text("A\x1b[2J\x1b[31mFAKE\nnext line")
    'A [2J [31mFAKE\nnext line'
    """
    return str(text).translate(_TERMINAL)


def _say(text: object, file: IO[str] | None = None) -> None:
    print(terminal_text(text), file=file)


def _print_json(records: Sequence[Any]) -> None:
    """One JSON object a line (JSON Lines); ``[]`` when there is none, so the output is never empty."""
    if not records:
        print("[]")
    for record in records:
        print(json_line(record))


def _output(path: str) -> Any:
    return _terminal_stdout() if path == "-" else path


class _TerminalWriter(io.TextIOBase):
    """Standard output that shows control characters as spaces: exported text is untrusted."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)


def _terminal_stdout() -> IO[str]:
    """Standard output, made safe for a terminal when it is one; left byte-exact for a pipe or file."""
    stream = sys.stdout
    isatty = getattr(stream, "isatty", None)
    return _TerminalWriter(stream) if isatty is not None and isatty() else stream  # type: ignore[return-value]


def counted(items: Iterable[_Item], name: str, noun: str, stream: IO[str], every: int) -> Iterator[_Item]:
    """Pass ``items`` through, reporting how many ``noun`` were read from ``name`` on ``stream``
    every ``every`` items, only when ``stream`` is a terminal (a log file must not fill with progress).

    >>> list(counted([1, 2, 3], "t.csv", "rows", io.StringIO(), 2))
    [1, 2, 3]
    """
    isatty = getattr(stream, "isatty", None)
    show = bool(isatty is not None and isatty())
    n = 0
    for item in items:
        n += 1
        if show and n % every == 0:
            print(f"\r{name}: {n:,} {noun} read…", end="", file=stream, flush=True)
        yield item
    if show and n >= every:
        print(f"\r{name}: {n:,} {noun} read.  ", file=stream, flush=True)
