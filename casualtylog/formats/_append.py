"""Appending claims to a JSON Lines file at the cost of what is appended.

Adding must skip claims already in the file (by id) and keep the recorded
clock running forwards, which needs the ids and the latest ``recorded_at`` of
every line there. Reading the whole file for them made each append cost the
whole file. Instead, an *index* beside the file (``.NAME.ids``, a small SQLite
database) keeps the ids of the lines it has seen, how many bytes and lines of
the file that covers, and the latest ``recorded_at``. An append then reads
only the lines added after the covered part (by other programs, or by a
writer that died before updating the index) and looks its own ids up in the
index.

The index is only a cache of the file: it is rebuilt from the whole file when
it is missing, unreadable, or does not match the file (another inode, a file
shorter than the part covered, the bytes just before the covered end changed,
or the file modified without growing). Deleting it is always safe. An edit in
the middle of the file that keeps its size and is followed by appends is not
noticed; delete the index after editing a file by hand.

All of it happens under an exclusive ``flock`` on the file, so processes adding
at once see each other's claims and lose none.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import IO, Any

from casualtylog._coerce import to_claim
from casualtylog._readback import ensure_reads_back
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.errors import ClaimFileError
from casualtylog.formats.jsonl import claim_line, read_jsonl
from casualtylog.log import CasualtyLog
from casualtylog.times import instant

__all__ = ["append_jsonl", "index_path"]

_FINGERPRINT_BYTES = 4096
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)


def index_path(path: Path) -> Path:
    """Where the index of the JSON Lines file ``path`` lives.

    >>> index_path(Path("data/claims.jsonl")).as_posix()
    'data/.claims.jsonl.ids'
    """
    return path.with_name(f".{path.name}.ids")


def _lock(handle: IO[bytes]) -> None:
    """Hold an exclusive lock on ``handle`` until it is closed (where ``fcntl`` exists)."""
    try:
        import fcntl  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - Windows: no advisory locks, appends still never rewrite
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _fingerprint(handle: IO[bytes], end: int) -> str:
    start = max(0, end - _FINGERPRINT_BYTES)
    handle.seek(start)
    return hashlib.sha256(handle.read(end - start)).hexdigest()


class _Index:
    """The ids of the lines of one file, up to ``covered`` bytes and ``lines`` lines."""

    def __init__(self, conn: sqlite3.Connection | None) -> None:
        self.conn = conn
        self.covered = 0
        self.lines = 0
        self.latest: datetime | None = None
        self.memory: set[str] = set()  # the ids read from the file in this append

    @classmethod
    def open(cls, path: Path, handle: IO[bytes]) -> _Index:
        try:
            conn = sqlite3.connect(index_path(path), isolation_level=None)
            for statement in _SCHEMA:
                conn.execute(statement)
            state = dict(conn.execute("SELECT key, value FROM state"))
        except sqlite3.Error:
            # A read-only directory or a damaged index: fall back to reading the whole file.
            with contextlib.suppress(OSError):
                index_path(path).unlink()
            return cls(None)
        index = cls(conn)
        stat = os.fstat(handle.fileno())
        try:
            valid = (
                state.get("file") == f"{stat.st_dev}:{stat.st_ino}"
                and int(state.get("covered", -1)) <= stat.st_size
                and state.get("fingerprint") == _fingerprint(handle, int(state["covered"]))
                and (int(state["covered"]) < stat.st_size or state.get("mtime") == str(stat.st_mtime_ns))
            )
        except (KeyError, ValueError):
            valid = False
        if valid:
            index.covered, index.lines = int(state["covered"]), int(state["lines"])
            index.latest = datetime.fromisoformat(state["latest"]) if state.get("latest") else None
        else:
            conn.execute("DELETE FROM ids")
        return index

    def __contains__(self, claim_id: str) -> bool:
        if claim_id in self.memory or self.conn is None:
            return claim_id in self.memory
        return self.conn.execute("SELECT 1 FROM ids WHERE id = ?", (claim_id,)).fetchone() is not None

    def read_rest(self, handle: IO[bytes], name: str, tz: str | tzinfo | None) -> list[str]:
        """Read the lines after the covered part: their ids (to be indexed), and the clock."""
        handle.seek(self.covered)
        found: list[str] = []
        try:
            for claim in read_jsonl(handle, tz=tz):
                found.append(claim.id)
                recorded = claim.recorded_at
                # As instants: two times of one named zone compare by wall clock (times.instant).
                if recorded is not None and (self.latest is None or instant(recorded) > instant(self.latest)):
                    self.latest = recorded
        except ClaimFormatError as exc:  # line numbers count from the covered part: make them the file's
            line = None if exc.line is None else exc.line + self.lines
            raise ClaimFormatError(name, line, exc.field, exc.value, exc.problem) from exc
        self.memory.update(found)
        return found

    def save(self, handle: IO[bytes], ids: Iterable[str], lines: int) -> None:
        """Note ``ids`` and that the file, as it now is, is covered (after the appended data is durable)."""
        if self.conn is None:
            return
        stat = os.fstat(handle.fileno())
        state = {
            "file": f"{stat.st_dev}:{stat.st_ino}",
            "covered": str(stat.st_size),
            "lines": str(lines),
            "fingerprint": _fingerprint(handle, stat.st_size),
            "mtime": str(stat.st_mtime_ns),
            "latest": "" if self.latest is None else self.latest.isoformat(),
        }
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany("INSERT OR IGNORE INTO ids (id) VALUES (?)", ((i,) for i in ids))
            self.conn.executemany("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", state.items())
            self.conn.execute("COMMIT")
        except sqlite3.Error:
            # The file is already written; an index that cannot be updated is dropped
            # and rebuilt by the next append.
            self.close()
            raise

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _count_lines(handle: IO[bytes], start: int) -> int:
    handle.seek(start)
    return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _validated(claims: Iterable[Any], tz: str | tzinfo | None) -> tuple[dict[str, Claim], dict[str, int]]:
    """The claims by id (the first of repeats), and the place of each among ``claims`` (from 1)."""
    batch: dict[str, Claim] = {}
    places: dict[str, int] = {}
    for position, item in enumerate(claims, start=1):
        claim = to_claim(item, tz=tz, line=position)
        if claim.id not in batch:
            batch[claim.id] = claim
            places[claim.id] = position
    return batch, places


def _stamped(fresh: list[Claim], places: dict[str, int], clock: Any, tz: str | tzinfo | None) -> list[Claim]:
    """``fresh`` stamped as a log stamps them; a claim refused (a future recorded_at) is named by its
    place among the claims given, not among the fresh ones, so that a reader can give its line."""
    try:
        return list(CasualtyLog(fresh, clock=clock, tz=tz))
    except ClaimFormatError as error:
        if error.path is not None or error.line is None:
            raise
        place = places[fresh[error.line - 1].id]
        raise ClaimFormatError(None, place, error.field, error.value, error.problem) from error


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[IO[bytes]]:
    try:
        handle = path.open("a+b")
    except OSError as exc:
        raise ClaimFileError(os.fspath(path), "write", exc.strerror or str(exc)) from exc
    with handle:
        _lock(handle)
        yield handle


def append_jsonl(
    path: Path, claims: Iterable[Any], *, tz: str | tzinfo | None, added: list[Claim] | None = None
) -> int:
    """Append the claims not yet in the JSON Lines file ``path``; return how many.

    All or nothing: every claim is validated, and its line read back, before
    the file is touched; a failed write is taken back. The claims appended (as
    written, with ``recorded_at``) are put in ``added`` when it is given.
    """
    batch, places = _validated(claims, tz)
    # Reading each line back costs a validation: done before the lock is taken, so
    # that other writers are not kept waiting (stamping recorded_at later does not
    # change the outcome: the time is written with its offset and read back exactly).
    for claim in batch.values():
        ensure_reads_back(claim, claim_line(claim), position=places[claim.id])
    name = os.fspath(path)
    with _locked(path) as handle:
        index = _Index.open(path, handle)
        try:
            found = index.read_rest(handle, name, tz)
            try:
                fresh = [claim for claim in batch.values() if claim.id not in index]
            except sqlite3.Error:  # an index damaged past what opening it noticed: do without
                index.close()
                with contextlib.suppress(OSError):
                    index_path(path).unlink()
                index = _Index(None)
                found = index.read_rest(handle, name, tz)
                fresh = [claim for claim in batch.values() if claim.id not in index]
            size = handle.seek(0, os.SEEK_END)
            lines = index.lines + _count_lines(handle, index.covered)
            if not fresh:
                if found or index.covered != size:
                    _quietly(index.save, handle, found, lines)
                return 0
            latest = index.latest

            def clock() -> datetime:
                now = datetime.now(UTC)
                return now if latest is None else max(now, latest)

            stamped = _stamped(fresh, places, clock, tz)
            data = "".join(claim_line(claim) + "\n" for claim in stamped)
            if size:
                handle.seek(size - 1)
                if handle.read(1) != b"\n":
                    data = "\n" + data  # a last line written without its line end stays a line of its own
                    lines += 1
            try:
                handle.write(data.encode("utf-8", "surrogateescape"))
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                handle.truncate(size)  # all or nothing: take back a partial append
                raise ClaimFileError(name, "write", exc.strerror or str(exc)) from exc
            index.latest = max(
                (c.recorded_at for c in stamped if c.recorded_at is not None), default=latest, key=instant
            )
            _quietly(index.save, handle, [*found, *(c.id for c in stamped)], lines + len(stamped))
            if added is not None:
                added.extend(stamped)
            return len(stamped)
        finally:
            index.close()


def _quietly(save: Any, *args: Any) -> None:
    with contextlib.suppress(sqlite3.Error, OSError):
        save(*args)
