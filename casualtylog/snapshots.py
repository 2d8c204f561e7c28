"""A publisher's table as it stood at one moment: rows read into statements.

A snapshot row names a count (event, metric, group, period) and a figure;
the source is the one given to :func:`casualtylog.sync.sync`, and the moment
the snapshot was taken is when the source said what the table says, unless
the rows are dated (a ``reported_at`` column: the day each row describes, as in
a daily series). Rows come as dicts, claims, a pandas frame or a CSV / JSON
Lines file; a blank figure cell is counted, not an error.

>>> rows = [{"event": "e", "metric": "dead", "figure": "12"}, {"event": "e", "metric": "injured", "figure": ""}]
>>> snap = read_rows(rows, source="MoH", at="2025-01-02T00:00Z")
>>> [(str(snap.claim(s).count), str(snap.claim(s).figure)) for s in snap.statements], snap.blank
([('e / killed', '12')], [(Count(event='e', metric='injured', group=None), 2)])
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from os import PathLike
from pathlib import Path
from typing import Any

from casualtylog._coerce import to_claim
from casualtylog.claims import FUTURE_TOLERANCE, Claim, ClaimStatus, Count, Source
from casualtylog.counts import COUNT_COLUMNS
from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.figures import Figure
from casualtylog.periods import parse_period
from casualtylog.times import parse_time

__all__ = ["SNAPSHOT_COLUMNS", "Snapshot", "Statement", "iter_file_rows", "read_rows"]

#: What a snapshot row may hold. Links (supersedes, retracts) and recorded_at are
#: what sync makes; a row that carried them would be a log, not a table.
SNAPSHOT_COLUMNS = (
    *COUNT_COLUMNS,
    "figure",
    "source",
    "reported_at",
    "reported_precision",
    "as_of",
    "status",
    "via",
    "quote",
    "url",
    "language",
)
_ALLOWED = frozenset(SNAPSHOT_COLUMNS)

#: Cells that only echo what sync sets itself: ignored when they agree with it.
_MADE_BY_SYNC = ("id", "recorded_at", "supersedes", "retracts")

RowKey = tuple[Count, datetime | None]


@dataclass(slots=True)
class Statement:
    """One row with a figure: its row key, and its cells as a claim reads them.

    Only the row key is read for every row; the figure is compared as written
    with what the log holds, and the claim is built only for a row that changed
    (:meth:`Snapshot.claim`), so an unchanged row costs a lookup.
    """

    key: RowKey
    data: dict[str, Any]
    line: int
    built: Claim | None = None


@dataclass(slots=True)
class Snapshot:
    """A snapshot's rows, read: statements, and the blank cells by row key."""

    statements: list[Statement] = field(default_factory=list)
    blank: list[tuple[Count, int]] = field(default_factory=list)
    blank_keys: set[RowKey] = field(default_factory=set)
    dated: bool | None = None
    read: int = 0
    path: str | None = None
    tz: str | tzinfo | None = None

    def claim(self, statement: Statement, **extra: Any) -> Claim:
        """The claim a row states, with ``extra`` fields (links, url); errors name the row's line."""
        if statement.built is not None and not extra:
            return statement.built
        built = to_claim(statement.data | extra, tz=self.tz, path=self.path, line=statement.line)
        if not extra:
            statement.built = built
        return built

    def said(self, statement: Statement, held: set[tuple[str, str]]) -> tuple[str, str]:
        """``(figure text, status)`` of a row; a figure written as the log holds it is not parsed again."""
        if statement.built is not None:
            return (str(statement.built.figure), statement.built.status.value)
        raw = statement.data["figure"]
        text = raw if isinstance(raw, str) else str(raw) if type(raw) is int else None
        if text is not None and (text, _REPORTED) in held:
            return (text, _REPORTED)
        try:
            return (str(Figure.coerce(raw)), _REPORTED)
        except (CasualtyLogError, ValueError):
            claim = self.claim(statement)  # raises the error the claim gives, naming the line
            return (str(claim.figure), claim.status.value)


_REPORTED = ClaimStatus.REPORTED.value

#: Rows with only these cells take the quick path: the row key is read from them
#: alone; any other cell (status, as_of, evidence) is validated as a whole claim.
_QUICK = frozenset({"event", "metric", "group", "period", "figure", "reported_at", "source"})


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN: pandas' empty cell
        return True
    return isinstance(value, str) and not value.strip()


def _row_dict(row: object, path: str | None, line: int) -> dict[str, Any]:
    if isinstance(row, Claim):
        if row.supersedes or row.retracts:
            raise ClaimFormatError(
                path, line, "supersedes" if row.supersedes else "retracts", row.id,
                "a snapshot states figures; sync makes the links to what they replace",
            )  # fmt: skip
        return {k: v for k, v in row.to_record().items() if k not in _MADE_BY_SYNC}
    if not isinstance(row, Mapping):
        raise ClaimFormatError(path, line, None, row, "expected a row: an object with the columns of a snapshot")
    out: dict[str, Any] = {}
    for column, value in row.items():
        if not isinstance(column, str) or column not in _ALLOWED:
            if column in _MADE_BY_SYNC and _blank(value):
                continue
            raise ClaimFormatError(
                path, line, str(column), value,
                f"unknown column; a snapshot row has the columns {', '.join(SNAPSHOT_COLUMNS)}",
            )  # fmt: skip
        out[column] = None if _blank(value) else value
    return out


def read_rows(
    rows: Iterable[object] | Iterable[tuple[int, object]],
    *,
    source: str | Source | Mapping[str, Any],
    at: datetime | str,
    tz: str | tzinfo | None = None,
    path: str | PathLike[str] | None = None,
    numbered: bool = False,
) -> Snapshot:
    """Validate every row of a snapshot; the first bad one raises, naming its line and column.

    Args:
        rows: dicts (or claims) with the columns :data:`SNAPSHOT_COLUMNS`.
        source: who publishes the table; a ``source`` column must name the same originator.
        at: when the snapshot was taken: the time said of undated rows.
        tz: the zone of times written without one.
        path: the file the rows came from, for errors.
        numbered: rows come as ``(line, row)`` pairs (from a file: errors name its lines).
    """
    where = None if path is None else str(path)
    snap = Snapshot(path=where, tz=tz)
    times: dict[object, datetime] = {}
    given = to_claim({"event": "-", "metric": "killed", "figure": "0", "source": source, "reported_at": at}, tz=tz)
    originator = given.source.key
    named_as: dict[str, str] = {}
    pairs: Iterable[tuple[int, object]] = rows if numbered else enumerate(rows, start=1)  # type: ignore[assignment]
    for line, row in pairs:
        data = _row_dict(row, where, line)
        snap.read += 1
        dated = data.get("reported_at") is not None
        if snap.dated is None:
            snap.dated = dated
        elif dated != snap.dated:
            raise ClaimFormatError(
                where, line, "reported_at", data.get("reported_at"),
                "a snapshot's rows are all dated (a reported_at in every row) or none are",
            )  # fmt: skip
        named = data.pop("source", None)
        data["source"] = source
        if not dated:
            data["reported_at"] = given.reported_at
            data.pop("reported_precision", None)
        if named is not None and _originator(named, data, named_as, where, line) != originator:
            raise ClaimFormatError(where, line, "source", named, f"this is a snapshot of {given.source.name}'s table")
        blank = data.get("figure") is None
        statement = _statement(data, line, dated, snap, times)
        said = statement.key[1]
        if said is not None and said > given.reported_at + FUTURE_TOLERANCE:
            raise ClaimFormatError(
                where, line, "reported_at", data["reported_at"],
                f"is after the snapshot was taken (at={given.reported_at.isoformat()}): a table states what was said by then",
            )  # fmt: skip
        if blank:
            snap.blank.append((statement.key[0], line))
            snap.blank_keys.add(statement.key)
        else:
            snap.statements.append(statement)
    return snap


def _statement(
    data: dict[str, Any], line: int, dated: bool, snap: Snapshot, times: dict[object, datetime]
) -> Statement:
    """A row's key, read from its count cells alone when it has no others (else from the whole claim)."""
    if data.keys() <= _QUICK:
        try:
            count = Count.of(data["event"], data["metric"], data.get("group"))
            period = data.get("period")
            if period is not None:
                count = count._replace(period=parse_period(period, tz=snap.tz))
            said = None
            if dated:
                raw = data["reported_at"]
                cached = times.get(raw) if isinstance(raw, str) else None
                said = cached or parse_time(raw, field="reported_at", tz=snap.tz)[0]
                if isinstance(raw, str):
                    times[raw] = said
            return Statement((count, said), data, line)
        except (CasualtyLogError, ValueError, KeyError, TypeError):
            pass  # the whole claim names the problem (or finds none): below
    probe = data if data.get("figure") is not None else data | {"figure": "0"}  # a blank row's count is still read
    claim = to_claim(probe, tz=snap.tz, path=snap.path, line=line)
    statement = Statement((claim.count, claim.reported_at if dated else None), data, line)
    if data.get("figure") is not None:
        statement.built = claim
    return statement


def _originator(named: object, data: dict[str, Any], seen: dict[str, str], where: str | None, line: int) -> str:
    """The originator a ``source`` cell names (each distinct cell validated once)."""
    text = named if isinstance(named, str) else json.dumps(named, sort_keys=True, default=str)
    if text not in seen:
        seen[text] = to_claim({**data, "source": named}, path=where, line=line).originator
    return seen[text]


def iter_file_rows(path: str | PathLike[str], *, format: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line, row)`` for each row of a CSV file (a header line, then one row a line) or a JSON Lines file (one object a line).

    ``format`` is ``"csv"`` or ``"jsonl"``; by default the file's suffix decides.
    """
    kind = format or ("jsonl" if Path(path).suffix.lower() in {".jsonl", ".ndjson", ".json"} else "csv")
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        if kind == "csv":
            reader = csv.DictReader(handle)
            for row in reader:
                if None in row:
                    extra = row[None]
                    raise ClaimFormatError(
                        str(path), reader.line_num, None, extra, "a row has more cells than the header"
                    )
                yield reader.line_num, dict(row)
            return
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ClaimFormatError(str(path), number, None, text.strip(), f"not JSON: {exc.msg}") from None
            yield number, record
