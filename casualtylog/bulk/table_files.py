"""A claim file's bytes as :class:`~casualtylog.bulk.table.ClaimTable` reads them: blocks of
lines, a pipe read whole, a text stream turned back into its bytes."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from typing import IO

from casualtylog.formats._files import MAX_LINE_BYTES
from casualtylog.formats.errors import ClaimFileError

__all__ = ["blocks", "chunks", "unless_regular", "utf8"]

#: Bytes read at a time: a few thousand lines, split and read together.
_BLOCK = 1 << 22


def blocks(stream: IO[bytes]) -> Iterator[list[bytes]]:
    """The lines of ``stream`` without their ends, a few megabytes at a time (:func:`chunks`, split)."""
    for chunk in chunks(stream):
        yield chunk.split(b"\n")


def chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``stream`` a few megabytes at a time, as one ``bytes`` each: whole lines joined
    by their ``\\n`` (the last one's left off); a line longer than any record may be comes alone, as
    soon as it is (the reader refuses it). The compiled reader splits a chunk in polars: a Python
    list of the lines (0.2 µs a line, and as much again to free it) is made only for the row-by-row one."""
    rest = b""
    while True:
        chunk = stream.read(_BLOCK)
        if not chunk:
            break
        buf = rest + chunk if rest else chunk
        cut = buf.rfind(b"\n")
        if cut < 0:
            rest = buf
            if len(rest) > MAX_LINE_BYTES + 1:
                yield rest
                return
            continue
        yield buf[:cut]
        rest = buf[cut + 1 :]
    if rest:
        yield rest


def unless_regular(path: str) -> bytes | None:
    """The whole content of ``path`` if it is not a regular file (a FIFO, a device), else ``None``.

    A table reads a line back by reopening its file at the line's offset: a pipe read once cannot be.
    """
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - a str path, as the caller's
            if stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            return handle.read()
    except OSError as exc:
        raise ClaimFileError(path, "read", exc.strerror or str(exc)) from exc


def utf8(text: str) -> bytes:
    """A text stream's content as bytes: bytes a decoder escaped come back as they were, and a lone
    surrogate no file could hold is kept as bytes that are not UTF-8, refused with their line."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
