"""Claim files by name: the format from the extension, reading, adding and exporting.

``*.jsonl`` is JSON Lines, ``*.csv`` is CSV (HXL-tagged or plain), ``*.db``
is the SQLite store (:mod:`casualtylog.store`). This is what the command line
uses, and what a script uses to accept any of them:

>>> format_of("claims.jsonl"), format_of("sheet.CSV"), format_of("claims.db"), format_of("x.txt", "jsonl")
('jsonl', 'csv', 'db', 'jsonl')
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import tzinfo
from os import PathLike
from pathlib import Path
from typing import Any

from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import Input, Output, display_name
from casualtylog.formats.csv import read_csv, write_hxl
from casualtylog.formats.errors import UnknownFormatError
from casualtylog.formats.jsonl import read_jsonl, write_jsonl
from casualtylog.formats.mapping import TableMapping, is_table_mapping, load_mapping
from casualtylog.formats.reader import ClaimReader
from casualtylog.formats.wide import read_json_rows
from casualtylog.log import CasualtyLog
from casualtylog.log_writing import Located

__all__ = ["FORMATS", "add_claims", "convert", "export_claims", "format_of", "open_log", "read_claims"]

#: The formats known by name; ``hxl`` is CSV with hashtags (read as ``csv``, which detects them).
FORMATS: tuple[str, ...] = ("jsonl", "csv", "hxl", "db")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".db": "db", ".sqlite": "db", ".sqlite3": "db"}


def format_of(source: Input | Output, given: str | None = None) -> str:
    """The format ``given``, or the one ``source``'s name ends with.

    Raises:
        UnknownFormatError: no format given and the name does not tell.

    >>> format_of("notes.txt")
    Traceback (most recent call last):
    ...
    casualtylog.formats.errors.UnknownFormatError: cannot tell the format of 'notes.txt': name it *.jsonl, *.csv or *.db, or pass a format (jsonl, csv, hxl)
    """
    if given is not None:
        if given not in FORMATS:
            raise UnknownFormatError(f"{display_name(source)} (format {given!r})")
        return given
    suffix = Path(display_name(source)).suffix.casefold()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    raise UnknownFormatError(display_name(source))


def read_claims(
    source: Input,
    *,
    format: str | None = None,
    tz: str | tzinfo | None = None,
    lenient: bool = False,
    rejects: Output | None = None,
    mapping: TableMapping | Mapping[str, Any] | None = None,
    constants: Mapping[str, Any] | None = None,
) -> ClaimReader:
    """Read claims from a JSON Lines or CSV/HXL file, the format told by its name.

    >>> from casualtylog.worked_example import kyiv_claims
    >>> import io
    >>> buffer = io.StringIO()
    >>> _ = write_hxl(kyiv_claims(), buffer)
    >>> len(list(read_claims(io.StringIO(buffer.getvalue()), format="hxl")))
    13

    ``mapping`` and ``constants`` are for CSV (see
    :func:`~casualtylog.formats.csv.read_csv`); a table mapping
    (docs/tables.md) also reads a ``*.json`` array of row objects.
    """
    if is_table_mapping(mapping) and format is None and Path(display_name(source)).suffix.casefold() == ".json":
        return read_json_rows(source, load_mapping(mapping), tz=tz, lenient=lenient, rejects=rejects)
    kind = format_of(source, format)
    if kind == "jsonl":
        if mapping or constants:
            raise UnknownFormatError(f"{display_name(source)} (a column mapping and constants are for CSV files)")
        return read_jsonl(source, tz=tz, lenient=lenient, rejects=rejects)
    if kind in {"csv", "hxl"}:
        return read_csv(
            source,
            mapping=mapping,
            constants=constants,
            tz=tz,
            lenient=lenient,
            rejects=rejects,
            hxl=True if kind == "hxl" else None,
        )
    raise UnknownFormatError(f"{display_name(source)} (a store is opened with open_log, not read as a file)")


def _store(path: str | PathLike[str], *, tz: str | tzinfo | None, create: bool, lazy: bool = False) -> CasualtyLog:
    # Imported here: the store is a layer beside the formats, and loading
    # sqlite3 is needless for JSON Lines and CSV work.
    from casualtylog.store import open_store  # noqa: PLC0415 - see above

    return open_store(path, tz=tz, create=create, lazy=lazy)


@contextmanager
def open_log(
    source: Input,
    *,
    format: str | None = None,
    tz: str | tzinfo | None = None,
) -> Iterator[CasualtyLog]:
    """A log of every claim in a store, a JSON Lines file or a CSV/HXL file, for reading.

    >>> from casualtylog.worked_example import kyiv_claims
    >>> import io
    >>> buffer = io.StringIO()
    >>> _ = write_jsonl(kyiv_claims(), buffer)
    >>> with open_log(io.StringIO(buffer.getvalue()), format="jsonl") as log:
    ...     print(log.resolve("kyiv-2025-04-24", "killed"))
    kyiv-2025-04-24 / killed: 12

    A store must exist already; a file is read as one batch (a bad record
    raises and no log is returned).
    """
    kind = format_of(source, format)
    if kind == "db":
        if not isinstance(source, str | PathLike):
            raise UnknownFormatError(f"{display_name(source)} (a store must be a file path)")
        store = _store(source, tz=tz, create=False)
        try:
            yield store
        finally:
            close = getattr(store, "close", None)
            if close is not None:
                close()
        return
    log = CasualtyLog(tz=tz)
    log.extend(read_claims(source, format=kind, tz=tz))
    yield log


def add_claims(
    target: str | PathLike[str],
    claims: Iterable[Claim],
    *,
    tz: str | tzinfo | None = None,
    added: list[Claim] | None = None,
) -> int:
    """Add ``claims`` to a store (``*.db``, created if missing) or a JSON Lines file; return how many were new.

    All or nothing: if any claim is bad, the target is left exactly as it was.
    Claims already in the target are skipped. To a JSON Lines target the new
    claims (stamped with ``recorded_at``) are appended after the old ones, so
    its existing lines never change; an exclusive lock (``fcntl.flock``) is held
    while its ids are read and the new lines written, so processes adding to
    one file at once lose nothing. Either costs what is added, not the size of
    the target: a store is opened lazily, and a JSON Lines file keeps an index
    of its ids beside it (see :mod:`casualtylog.formats._append`). When
    ``added`` is given, the claims this call added are put in it (for a JSON
    Lines file as written, with ``recorded_at``; for a store as given).

    >>> import tempfile, pathlib
    >>> from casualtylog.worked_example import kyiv_claims
    >>> tmp = tempfile.TemporaryDirectory()
    >>> target = pathlib.Path(tmp.name) / "claims.jsonl"
    >>> add_claims(target, kyiv_claims()), add_claims(target, kyiv_claims())
    (13, 0)
    >>> tmp.cleanup()
    """
    kind = format_of(target)
    if kind not in {"db", "jsonl"}:
        raise UnknownFormatError(f"{os.fspath(target)} (claims are added to a *.jsonl file or a *.db store)")
    since = claims.mark() if isinstance(claims, Located) else None  # a reader may be read in part already
    try:
        if kind == "jsonl":
            from casualtylog.formats._append import append_jsonl  # noqa: PLC0415 - loads sqlite3, for its index

            return append_jsonl(Path(target), claims, tz=tz, added=added)
        # Lazy: adding reads nothing but the ids it adds (the unique id column
        # skips claims already stored), however large the store.
        store = _store(target, tz=tz, create=True, lazy=True)
        try:
            # An indexed lookup per claim: listing what is new still costs what is added.
            return store.extend(claims if added is None else _noting_new(claims, store, added))
        finally:
            close = getattr(store, "close", None)
            if close is not None:
                close()
    except ClaimFormatError as error:
        # A claim refused by its place among ``claims`` (both targets keep that place): its file and line.
        if isinstance(claims, Located):
            raise claims.relocate(error, since) from error
        raise


def _noting_new(claims: Iterable[Claim], store: CasualtyLog, added: list[Claim]) -> Iterator[Claim]:
    seen: set[str] = set()
    for claim in claims:
        if claim.id not in seen and claim not in store:
            seen.add(claim.id)
            added.append(claim)
        yield claim


def export_claims(
    log: Iterable[Claim],
    target: Output,
    *,
    format: str | None = None,
) -> int:
    """Write every claim of a log as JSON Lines or HXL-tagged CSV; return how many.

    >>> import io
    >>> from casualtylog.worked_example import kyiv_claims
    >>> export_claims(kyiv_claims(), io.StringIO(), format="hxl")
    13
    """
    kind = format_of(target, format)
    if kind == "jsonl":
        return write_jsonl(log, target)
    if kind in {"csv", "hxl"}:
        return write_hxl(log, target)
    raise UnknownFormatError(f"{display_name(target)} (export writes jsonl or hxl; use add to fill a store)")


def convert(
    source: Input,
    target: Output,
    *,
    source_format: str | None = None,
    format: str | None = None,
    tz: str | tzinfo | None = None,
) -> int:
    """Write every claim of a store or file to ``target`` (JSON Lines or HXL); return how many.

    A file is converted claim by claim, as it is: no log stamps ``recorded_at``
    on the way, so converting JSON Lines to HXL and back gives the same bytes.
    A store is exported in the order it holds its claims.

    >>> import io
    >>> from casualtylog.worked_example import kyiv_claims
    >>> jsonl, hxl, back = io.StringIO(), io.StringIO(), io.StringIO()
    >>> _ = write_jsonl(kyiv_claims(), jsonl)
    >>> convert(io.StringIO(jsonl.getvalue()), hxl, source_format="jsonl", format="hxl")
    13
    >>> _ = convert(io.StringIO(hxl.getvalue()), back, source_format="hxl", format="jsonl")
    >>> back.getvalue() == jsonl.getvalue()
    True
    """
    if format_of(source, source_format) == "db":
        with open_log(source, format="db", tz=tz) as log:
            return export_claims(log, target, format=format)
    return export_claims(read_claims(source, format=source_format, tz=tz), target, format=format)
