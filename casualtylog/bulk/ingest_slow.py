"""The old path of :meth:`ClaimTable.read_jsonl`, and the state every reader of a read shares.

:class:`LineReader` holds what a read keeps besides the columns (the ids kept, each row's
offset and line number, the table's stamp) and reads one line exactly as ``load_jsonl`` does
(:meth:`LineReader.slow`): :mod:`json` with the duplicate-field check, then
:meth:`~casualtylog.bulk.ingest.RowReader.row`, which hands what it cannot vouch for to
:class:`~casualtylog.Claim` and raises ``load_jsonl``'s own errors. The quick path
(:mod:`casualtylog.bulk.ingest_quick`) hands it every line it doubts.
"""

from __future__ import annotations

import json
from array import array
from datetime import datetime, tzinfo
from typing import Any

from casualtylog.bulk.ingest import RowReader
from casualtylog.bulk.ingest_build import ColumnBuilder
from casualtylog.bulk.ingest_clock import micros
from casualtylog.bulk.ingest_memos import ValueMemos
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import MAX_LINE_BYTES, _decode
from casualtylog.formats.jsonl import _object, parse_line
from casualtylog.store.memory import stamp

__all__ = ["LineReader", "pairs"]

_STORED_TIMES = ("reported_at", "as_of", "recorded_at", "relayed_at")


def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused (by load_jsonl's own hook) if a field is given twice."""
    out = dict(items)
    return out if len(out) == len(items) else _object(items)


class LineReader(ValueMemos):
    """A read's state and its old path, for the quick readers (see the module).

    Args:
        reader: validates values (memoised) and whole records, as before.
        builder: receives the rows.
        name: the file's name, for errors (``None``: records are named by number).
        tz: as ``load_jsonl``'s.
        now: the table's stamp for claims without ``recorded_at``.
        latest: the latest ``recorded_at`` accepted.
    """

    def __init__(
        self,
        reader: RowReader,
        builder: ColumnBuilder,
        *,
        name: str | None,
        tz: str | tzinfo | None,
        now: datetime,
        latest: datetime,
    ) -> None:
        super().__init__(reader, builder)
        self.name = name
        self.tz = tz
        self.now = now
        self.now_us = micros(now)
        self.latest = latest
        self.latest_us = micros(latest)
        self.seen: set[bytes] = set()
        self.offsets = array("q")
        self.lines = array("l")
        self.quick = 0  # lines read by the quick path (for tests and benchmarks)
        self.stored = False  # a store's records: read as the store reads them (see _stored_form)
        self._loads = json.JSONDecoder(object_pairs_hook=pairs).decode

    def _stored_form(self, record: dict[str, Any], number: int) -> None:
        """Refuse a store's record whose times the store would not read (it reads them with
        :meth:`datetime.fromisoformat` and wants an offset): parse_time would read "2025-04",
        "22 April 2025" or a naive time with ``tz``, and the table would hold a row open_store refuses.
        The refusal goes to the store's own decoder (``on_error``), which says what the store says
        (a record without ``recorded_at`` too: the store refuses it, where a table would stamp it)."""
        if record.get("recorded_at") is None:
            raise ClaimFormatError(self.name, number, "recorded_at", None, "a stored claim has one")
        for field in _STORED_TIMES:
            value = record.get(field)
            if value is None:
                continue
            when = None
            if value.__class__ is str:
                try:
                    when = datetime.fromisoformat(value)
                except ValueError:
                    when = None
            if when is None or when.tzinfo is None:
                raise ClaimFormatError(self.name, number, field, value, "is not a time as a store writes it")

    def slow(self, raw: bytes, number: int, start: int) -> None:
        """Read one line as ``_read`` always has: :mod:`json` with the duplicate check, then
        :meth:`RowReader.row` (which hands what it cannot vouch for to Claim), or ``parse_line``
        for a line that is not an object (which raises load_jsonl's error for it)."""
        if len(raw) > MAX_LINE_BYTES:
            raise ClaimFormatError(
                self.name,
                number,
                None,
                None,
                f"the line is longer than {MAX_LINE_BYTES:,} bytes (the limit for one record); is this a claim file?",
            )
        line = _decode(raw, self.name or "<input>", number)
        if line.error is not None:
            raise line.error
        text = line.text
        if not text.strip():
            if self.stored:  # a row is never blank: the store's decoder refuses it (or skips a vouched one)
                raise ClaimFormatError(self.name, number, None, None, "the record is blank")
            return
        try:
            record = self._loads(text.strip())
        except Exception:  # noqa: BLE001 - parse_line raises the error load_jsonl gives for it
            record = None
        if record.__class__ is dict:
            if self.stored:
                self._stored_form(record, number)
            row: Any = self.reader.row(record, number)
        else:
            row = parse_line(text, tz=self.tz, path=self.name, line=number)
            self.reader.fallbacks += 1
        if row.recorded_at is not None and row.recorded_at > self.latest:
            raise ClaimFormatError(
                self.name,
                number,
                "recorded_at",
                row.recorded_at.isoformat(),
                "is in the future; recorded_at is set by the log when a claim is added (leave it out)",
            )
        key = bytes.fromhex(row.id)
        if key in self.seen:
            return  # the same statement again: a log keeps the first
        self.seen.add(key)
        if row.recorded_at is None:
            if isinstance(row, Claim):
                row = stamp([row], self.now)[0]
            else:
                row.recorded_at = self.now
        self.builder.add_object(row)
        self.offsets.append(start)
        self.lines.append(number)
