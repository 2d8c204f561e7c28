"""Checking a store end to end: SQLite's own check, the schema, the hash chain, every record.

:meth:`StoredLog.verify <casualtylog.store.StoredLog.verify>` (and
``casualtylog verify STORE``) walks every row once, in ``seq`` order, and
reports what it finds instead of stopping at the first problem:

- ``sqlite``: ``PRAGMA integrity_check`` (``quick_check`` with
  ``records=False``) found the file damaged, or an index that disagrees with
  the table;
- ``guard``: an append-only trigger or a query index is missing;
- ``gap``: rows are missing between two ``seq`` numbers (deleted);
- ``chain``: a row's hash does not cover its columns and the previous row's
  hash (the row was changed, or a row before it removed or slipped in);
- ``record``: a record is not a valid claim, or its id is not the hash of its
  content;
- ``columns``: a column beside the record (``id``, ``event``, a time …) says
  something else than the record, so queries that filter on it would go wrong;
- ``head``: the chain does not end where the store last noted (rows removed
  from the end, or added without casualtylog), or not at a head given by the
  caller.

The ``events`` table (event declarations) has a hash chain of its own, walked
the same way; its problems carry the same kinds and say "table events".

>>> import tempfile
>>> from pathlib import Path
>>> from casualtylog.store import open_store
>>> tmp = tempfile.TemporaryDirectory()
>>> with open_store(Path(tmp.name) / "claims.db") as log:
...     _ = log.add({"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"})
...     report = log.verify()
>>> report.ok, report.rows, report.problems
(True, 1, ())
>>> tmp.cleanup()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from casualtylog.store import _chain, _events, _schema
from casualtylog.store import _queries as q
from casualtylog.store._codec import columns, decode
from casualtylog.store.errors import StoreCorruptError

__all__ = ["Problem", "VerifyReport", "parse_head", "verify_store"]

_CHUNK = 5_000
_COLUMN_NAMES = _schema.COLUMNS[1:8]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a store: its kind (see the module), the row (``seq``) if any, and what."""

    kind: str
    seq: int | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.seq}: " if self.seq is not None else ""
        return f"[{self.kind}] {where}{self.message}"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What :func:`verify_store` found.

    Attributes:
        path: the store.
        rows: how many rows were walked.
        head: ``'SEQ:HASH'`` of the last row (note it somewhere else to check
            later that nothing up to it changed), or ``None`` when empty.
        problems: everything found wrong (at most ``limit`` of them).
        truncated: more problems were found than are listed.
    """

    path: str
    rows: int
    head: str | None
    problems: tuple[Problem, ...] = ()
    truncated: bool = False
    kinds: frozenset[str] = field(default_factory=frozenset)

    @property
    def ok(self) -> bool:
        """Whether nothing was found wrong."""
        return not self.problems

    def __str__(self) -> str:
        lines = [f"{self.path}: {self.rows:,} rows; head {self.head or '(empty)'}"]
        lines += [str(p) for p in self.problems]
        if self.truncated:
            lines.append("… more problems not listed")
        lines.append("OK: every row is intact" if self.ok else f"FAILED: {len(self.problems)} problem(s)")
        return "\n".join(lines)


def parse_head(text: str) -> tuple[int, str]:
    """``'SEQ:HASH'`` as ``(seq, hash)``.

    >>> parse_head("12:" + "ab" * 32)[0]
    12
    >>> parse_head("twelve")
    Traceback (most recent call last):
    ...
    ValueError: expected SEQ:HASH (a row number, a colon and 64 hexadecimal characters), got 'twelve'
    """
    seq, sep, digest = text.strip().partition(":")
    if not sep or not seq.isdigit() or len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
        raise ValueError(f"expected SEQ:HASH (a row number, a colon and 64 hexadecimal characters), got {text[:80]!r}")
    return int(seq), digest


class _Walk:
    def __init__(self, path: Path, limit: int) -> None:
        self.path = path
        self.limit = limit
        self.problems: list[Problem] = []
        self.found = 0

    def add(self, kind: str, seq: int | None, message: str) -> None:
        self.found += 1
        if len(self.problems) < self.limit:
            self.problems.append(Problem(kind, seq, message))


def _rows(conn: sqlite3.Connection) -> Iterator[tuple[object, ...]]:
    seq = -(2**63)
    while True:
        chunk = conn.execute(
            "SELECT seq, id, event, metric, grp, reported_at_utc, available_at_utc, recorded_at_utc, record, hash"
            " FROM claims WHERE seq > ? ORDER BY seq LIMIT ?",
            (seq, _CHUNK),
        ).fetchall()
        if not chunk:
            return
        seq = chunk[-1][0]
        yield from chunk


def _record(walk: _Walk, seq: int, row: tuple[object, ...]) -> None:
    try:
        claim = decode(str(row[7]), path=walk.path, seq=seq)
    except StoreCorruptError as exc:
        walk.add("record", seq, exc.problem)
        return
    derived = (*columns(claim), row[7])
    for name, stored, expected in zip(_COLUMN_NAMES, row, derived, strict=False):
        if stored != expected:
            walk.add(
                "columns",
                seq,
                f"column {name} holds {str(stored)[:80]!r} but the record says {str(expected)[:80]!r}; "
                "queries that filter on it would answer wrongly",
            )


def verify_store(
    conn: sqlite3.Connection,
    path: Path,
    *,
    head: str | None = None,
    records: bool = True,
    limit: int = 100,
) -> VerifyReport:
    """Check the store open on ``conn`` (see the module); ``head`` is a ``'SEQ:HASH'`` noted earlier.

    ``records=False`` skips decoding the records (the slow part) and runs
    ``quick_check`` instead of ``integrity_check``: the chain still covers
    every column, so changes to rows are still found, but neither an index that
    disagrees with the table nor a record that casualtylog itself wrote and
    that does not read back is.
    """
    walk = _Walk(path, limit)
    # quick_check is linear but does not compare the indexes with the table; an
    # index entry that went wrong (a bit flip, a forged index) moves a claim in
    # or out of a lazy store's answer, so the full check (which decodes every
    # record anyway, a far greater cost) pays for integrity_check.
    pragma = "integrity_check" if records else "quick_check"
    result = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    if result != ["ok"]:
        walk.add("sqlite", None, f"PRAGMA {pragma}: " + "; ".join(result[:5]))
    for guard in _schema.missing_guards(conn):
        walk.add("guard", None, f"{guard} is missing (dropped outside casualtylog); the store is not protected")
    anchor = parse_head(head) if head is not None else None
    anchor_ok = anchor is None
    previous, last, rows = _chain.GENESIS, 0, 0
    for row in _rows(conn):
        seq = int(str(row[0]))
        rows += 1
        if seq != last + 1:
            where = f"rows {last + 1}–{seq - 1} are" if seq > last + 2 else f"row {last + 1} is"
            walk.add("gap", seq, f"{where} missing before it (deleted outside casualtylog)")
        stored = row[9]
        expected = _chain.link(previous, seq, row[1:9])  # type: ignore[arg-type]  # the text columns
        if stored != expected:
            walk.add(
                "chain",
                seq,
                "its hash does not match its columns and the previous row's hash: it was changed, "
                "or a row before it was removed or inserted",
            )
        if anchor is not None and seq == anchor[0]:
            anchor_ok = stored == anchor[1] == expected
        if records:
            _record(walk, seq, row[1:])
        previous = str(stored)
        last = seq
    actual = f"{last}:{previous}" if rows else None
    noted = q.stored_head(conn)
    if noted != actual and not (noted is None and actual is None):
        walk.add(
            "head",
            None,
            f"the store noted its last row as {_short(noted)} but it ends at {_short(actual)}: "
            "rows were removed from the end, or added without casualtylog",
        )
    if not anchor_ok:
        assert anchor is not None  # noqa: S101 - anchor_ok starts False only with an anchor
        walk.add(
            "head",
            anchor[0],
            f"the head given ({anchor[0]}:{anchor[1][:12]}…) is not in the chain: "
            "rows up to it were changed, removed or inserted since it was noted",
        )
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone():
        for kind, row_seq, message in _events.walk(conn, path):
            walk.add(kind, row_seq, message)
    return VerifyReport(
        str(path),
        rows,
        actual,
        tuple(walk.problems),
        walk.found > len(walk.problems),
        frozenset(p.kind for p in walk.problems),
    )


def _short(head: str | None) -> str:
    if head is None:
        return "nothing"
    seq, _, digest = head.partition(":")
    return f"row {seq} ({digest[:12]}…)"
