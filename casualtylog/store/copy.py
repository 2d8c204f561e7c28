"""Copying claims and event declarations between stores and JSON Lines files, in any direction.

An *endpoint* is a JSON Lines file (``*.jsonl``; its events, if any, in a
second JSON Lines file), a SQLite store (a path ``*.db``, or ``sqlite:///…``)
or a PostgreSQL store (``postgresql://…``). :func:`copy_log` reads the source
in its stored order and appends to the destination in batches, each one
transaction; every claim keeps its id and its ``recorded_at``. Appending is
idempotent (ids already there are skipped), so a copy that was interrupted is
resumed by running it again: only what is missing is added.

>>> import tempfile
>>> from pathlib import Path
>>> from casualtylog.formats.jsonl import save_jsonl
>>> from casualtylog.worked_example import kyiv_claims
>>> tmp = Path(tempfile.mkdtemp())
>>> _ = save_jsonl(kyiv_claims()[:5], tmp / "part.jsonl")
>>> _ = save_jsonl(kyiv_claims(), tmp / "all.jsonl")
>>> copy_log(str(tmp / "part.jsonl"), str(tmp / "claims.db")).added
5
>>> done = copy_log(str(tmp / "all.jsonl"), str(tmp / "claims.db"))   # resumed: only what is missing
>>> done.read, done.added
(13, 8)
>>> import shutil; shutil.rmtree(tmp)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.events import Event
from casualtylog.formats.errors import UnknownFormatError
from casualtylog.formats.events import read_events_jsonl, write_events_jsonl
from casualtylog.formats.files import add_claims, format_of
from casualtylog.formats.jsonl import read_jsonl
from casualtylog.formats.reader import ClaimReader
from casualtylog.log import CasualtyLog
from casualtylog.store.opening import open_log, store_kind

__all__ = ["BATCH", "Copied", "copy_log", "endpoint_kind"]

BATCH = 10_000
"""Claims appended per transaction: a resumed copy redoes at most one batch."""

Progress = Callable[[int, int | None], None]
"""Called after each batch with the claims read so far and the total when known."""


@dataclass(frozen=True, slots=True)
class Copied:
    """What :func:`copy_log` did: claims ``read`` from the source and ``added`` to the destination
    (the others were there already), and the same for event declarations."""

    read: int
    added: int
    events_read: int
    events_added: int


def endpoint_kind(target: str) -> str:
    """``'jsonl'``, ``'sqlite'`` or ``'postgresql'``.

    >>> endpoint_kind("a.jsonl"), endpoint_kind("a.db"), endpoint_kind("sqlite:///a"), endpoint_kind("postgresql://h/db")
    ('jsonl', 'sqlite', 'sqlite', 'postgresql')

    Raises:
        UnknownFormatError: neither a JSON Lines file, a store file nor a store URL.
    """
    if target.startswith(("sqlite:///", "postgresql://", "postgres://")):
        return store_kind(target)
    kind = format_of(target)
    if kind == "db":
        return "sqlite"
    if kind != "jsonl":
        raise UnknownFormatError(f"{target} (copy reads and writes *.jsonl files, *.db stores and store URLs)")
    return kind


def _batches(claims: Iterator[Claim], size: int) -> Iterator[list[Claim]]:
    while batch := list(islice(claims, size)):
        yield batch


def _missing_suffix(existing: list[Event], source: list[Event]) -> list[Event] | None:
    """The declarations of ``source`` after those ``existing`` holds, when it holds a prefix of them."""
    if existing == source[: len(existing)]:
        return source[len(existing) :]
    return None


def copy_log(
    source: str,
    destination: str,
    *,
    source_events: str | None = None,
    destination_events: str | None = None,
    batch: int = BATCH,
    progress: Progress | None = None,
) -> Copied:
    """Copy every claim (and event declaration) of ``source`` to ``destination``; see the module.

    Args:
        source, destination: JSON Lines files, store paths or store URLs (:func:`endpoint_kind`).
        source_events: with a JSON Lines source, its events file (JSON Lines), if any.
        destination_events: with a JSON Lines destination, where to write the events
            (rewritten whole: events are few).
        batch: claims per transaction.
        progress: called after each batch.

    Raises:
        ClaimFormatError: a source claim is invalid; the batches before it are copied.
        StoreError: a store cannot be opened or written.
    """
    src_kind, dst_kind = endpoint_kind(source), endpoint_kind(destination)
    with ExitStack() as stack:
        total: int | None = None
        reader: ClaimReader | None = None
        if src_kind == "jsonl":
            reader = read_jsonl(source)
            claims: Iterator[Claim] = iter(reader)
            events = read_events_jsonl(source_events) if source_events else []
        else:
            src = stack.enter_context(open_log(source, create=False, lazy=True))
            total = len(src)
            claims = iter(src)
            events = [event for _, event in src._store.read_events()]
        read = added = 0
        dst: CasualtyLog | None = None
        if dst_kind != "jsonl":
            dst = stack.enter_context(open_log(destination, create=True, lazy=True))
        for chunk in _batches(claims, batch):
            before, read = read, read + len(chunk)
            given = chunk
            try:
                if dst is None:
                    added += add_claims(Path(destination), chunk)
                else:
                    # An indexed lookup each: a resumed copy skips fast.
                    given = [c for c in chunk if c not in dst]
                    added += dst.extend(given) if given else 0
            except ClaimFormatError as error:
                raise _from_source(error, reader, given, chunk, before) from error
            if progress is not None:
                progress(read, total)
        events_added = _copy_events(events, dst, destination_events)
        return Copied(read, added, len(events), events_added)


def _from_source(
    error: ClaimFormatError, reader: ClaimReader | None, given: list[Claim], chunk: list[Claim], before: int
) -> ClaimFormatError:
    """``error``, which names a claim by its place among ``given`` (a future recorded_at), naming the
    source file's line instead (``chunk`` came after ``before`` claims of ``reader``)."""
    if reader is None or error.path is not None or error.line is None or not 0 < error.line <= len(given):
        return error
    claim = given[error.line - 1]
    place = before + next(i for i, c in enumerate(chunk, start=1) if c is claim)
    return reader.relocate(ClaimFormatError(None, place, error.field, error.value, error.problem))


def _copy_events(events: list[Event], dst: CasualtyLog | None, destination_events: str | None) -> int:
    if dst is None:
        if destination_events is None or not events:
            return 0
        target = Path(destination_events)
        existing = read_events_jsonl(target) if target.exists() else []
        if existing == events:
            return 0
        partial = target.with_name(target.name + ".partial")
        write_events_jsonl(events, partial)
        partial.replace(target)  # whole or not at all: an interrupted copy leaves the old file
        suffix = _missing_suffix(existing, events)
        return len(events) if suffix is None else len(suffix)
    existing = [event for _, event in dst._store.read_events()]
    suffix = _missing_suffix(existing, events)
    if suffix is None:
        # The destination has declarations of its own: declare the source's standing
        # versions after them (a version already standing is not stored again).
        standing = {e.id: e for e in events}
        suffix = list(standing.values())
    if not suffix:
        return 0
    before = len(existing)
    dst.add_events(suffix)
    return len(list(dst._store.read_events())) - before
