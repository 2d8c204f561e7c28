"""A wide CSV table read through a :class:`~casualtylog.formats.mapping.TableMapping`.

The header is the first record; the mapping's columns are checked against
it before any row is read. Each row then gives a claim per figure cell that
is not blank; blank cells are counted (:attr:`TableReader.tally`), not errors.

>>> import io
>>> from casualtylog.formats.mapping import TableMapping
>>> sheet = io.StringIO("Date,District,Killed,Injured\\n2015-04-30,Gorkha,223,\\n")
>>> mapping = TableMapping.model_validate({"event": "nepal-2015/{District}", "source": "MoHA",
...     "reported_at": "{Date}", "figures": {"Killed": "killed", "Injured": "injured"}})
>>> reader = read_wide(sheet, mapping)
>>> [f"{c.count}: {c.figure}" for c in reader], reader.tally.blank_cells
(['nepal-2015/Gorkha / killed: 223'], 1)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import tzinfo

from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import Input, Output, display_name, open_input
from casualtylog.formats._table import _rows
from casualtylog.formats.hxl import _is_hashtag_row
from casualtylog.formats.mapping import TableMapping, TableTally, check_header, row_claims
from casualtylog.formats.reader import ClaimReader, Parsed, Rejection

__all__ = ["TableReader", "read_json_rows", "read_wide"]


class TableReader(ClaimReader):
    """A :class:`ClaimReader` that also tallies blank figure cells and skipped rows."""

    def __init__(
        self,
        name: str,
        parse: Callable[[], Iterator[Parsed]],
        tally: TableTally,
        *,
        lenient: bool = False,
        rejects: Output | None = None,
        header: Callable[[], bytes] = lambda: b"",
    ) -> None:
        super().__init__(name, parse, lenient=lenient, rejects=rejects, header=header)
        self.tally = tally

    def summary(self) -> str:
        """What was read and set aside, and the blank cells and rows left out.

        >>> import io
        >>> from casualtylog.formats.mapping import TableMapping
        >>> m = TableMapping.model_validate({"event": "e", "source": "s", "reported_at": "{d}", "figures": {"k": "killed"}})
        >>> r = read_wide(io.StringIO("d,k\\n2020-01-01,\\n"), m)
        >>> _ = list(r); r.summary()
        '<stream>: 0 claims read, 0 rejected, 1 blank cell skipped'
        """
        text = super().summary()
        if self.tally.blank_cells:
            text += f", {self.tally.blank_cells} blank cell{'s' if self.tally.blank_cells != 1 else ''} skipped"
        if self.tally.skipped_rows:
            text += f", {self.tally.skipped_rows} row{'s' if self.tally.skipped_rows != 1 else ''} left out by skip"
        return text


def read_wide(
    source: Input,
    mapping: TableMapping,
    *,
    tz: str | tzinfo | None = None,
    lenient: bool = False,
    rejects: Output | None = None,
) -> TableReader:
    """Read claims from a wide CSV table through ``mapping``, lazily (see :func:`~casualtylog.formats.csv.read_csv`).

    Raises:
        ClaimFormatError: (while iterating) the header lacks a column the
            mapping names (before any row is read), or, in strict mode, a
            bad cell: names the file, line and column.
    """
    name = display_name(source)
    tally = TableTally()
    preamble = bytearray()

    def parse() -> Iterator[Parsed]:
        with open_input(source) as stream:
            rows = _rows(stream, name)
            first = next(rows, None)
            if first is None:
                return
            if first.error is not None:
                raise first.error
            header = [cell.strip() for cell in first.cells]
            preamble.extend(first.raw)
            check_header(mapping, header, source_name=name, line=first.line)
            twice = sorted({h for h in header if header.count(h) > 1} & set(mapping.columns))
            if twice:  # the mapping could read either cell: refuse rather than guess
                raise ClaimFormatError(name, first.line, "header", twice[0], "the column appears twice in the header")
            width = len(header)
            claims_of = row_claims(mapping, source_name=name, tz=tz, tally=tally)
            for row in rows:
                if row.error is not None:
                    yield Rejection(row.line, row.error, row.raw)
                    continue
                if not any(c.strip() for c in row.cells):
                    continue
                if row.line == first.line + 1 and _is_hashtag_row(row.cells):  # HXL tags under the headers
                    preamble.extend(row.raw)
                    continue
                extra = [c for c in row.cells[width:] if c.strip()]
                if extra or len(row.cells) < width:  # a long or truncated row: its cells may be misplaced
                    problem = f"the row has {len(row.cells)} cells, the header {width}"
                    yield Rejection(row.line, ClaimFormatError(name, row.line, None, None, problem), row.raw)
                    continue
                try:
                    claims = claims_of(row.line, dict(zip(header, row.cells, strict=False)))
                    yield from ((row.line, claim) for claim in claims)
                except ClaimFormatError as error:
                    yield Rejection(row.line, error, row.raw)

    return TableReader(name, parse, tally, lenient=lenient, rejects=rejects, header=lambda: bytes(preamble))


def read_json_rows(
    source: Input,
    mapping: TableMapping,
    *,
    tz: str | tzinfo | None = None,
    lenient: bool = False,
    rejects: Output | None = None,
) -> TableReader:
    """Read claims from a JSON array of row objects through ``mapping``; errors name the line where a row's ``{`` is.

    >>> import io
    >>> from casualtylog.formats.mapping import TableMapping
    >>> m = TableMapping.model_validate({"event": "e", "source": "s", "reported_at": "{d}", "figures": {"k": "killed"}})
    >>> [str(c.figure) for c in read_json_rows(io.StringIO('[{"d": "2020-01-01", "k": 3}]'), m)]
    ['3']
    """
    name = display_name(source)
    tally = TableTally()

    def parse() -> Iterator[Parsed]:
        with open_input(source) as stream:
            raw = stream.read()
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise ClaimFormatError(name, None, None, None, f"not valid JSON ({exc})") from None
        if not isinstance(data, list):
            raise ClaimFormatError(name, None, None, type(data).__name__, "expected a JSON array of row objects")
        claims_of = row_claims(mapping, source_name=name, tz=tz, tally=tally)
        for number, row in zip(_element_lines(raw), data, strict=True):
            text = json.dumps(row, ensure_ascii=False).encode()
            if not isinstance(row, dict):
                error = ClaimFormatError(name, number, None, type(row).__name__, "expected an object (one row)")
                yield Rejection(number, error, text)
                continue
            try:
                yield from ((number, claim) for claim in claims_of(number, row))
            except ClaimFormatError as error:
                yield Rejection(number, error, text)

    return TableReader(name, parse, tally, lenient=lenient, rejects=rejects)


_BLANK = re.compile(r"[ \t\n\r]*")


def _element_lines(raw: str | bytes) -> Iterator[int]:
    """The line each element of the JSON array ``raw`` (valid: ``json.loads`` read it) starts on.

    >>> list(_element_lines('[{"a": 1},\\n\\n {"a": [\\n2]}, 3]'))
    [1, 3, 4]
    """
    text = raw if isinstance(raw, str) else raw.decode(json.detect_encoding(raw), "surrogatepass")
    decoder = json.JSONDecoder()
    at = _past_blanks(text, text.index("[") + 1)
    line = 1 + text.count("\n", 0, at)
    while text[at] != "]":
        yield line
        end = _past_blanks(text, decoder.raw_decode(text, at)[1])
        if text[end] == ",":
            end = _past_blanks(text, end + 1)
        line += text.count("\n", at, end)
        at = end


def _past_blanks(text: str, at: int) -> int:
    found = _BLANK.match(text, at)
    return at if found is None else found.end()
