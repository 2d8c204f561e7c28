"""JSON Lines: one claim per line, field names as the :class:`~casualtylog.Claim` model.

Reading streams: a file of a million lines is read in constant memory, one
line at a time. Writing is deterministic: the same claims in the same order
give the same bytes (compact JSON, fields in model order, UTF-8, ``\\n`` line
ends), so files diff cleanly and round-trip byte for byte.

>>> import io
>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims
>>> buffer = io.StringIO()
>>> write_jsonl(kyiv_claims(), buffer)
13
>>> print(buffer.getvalue().splitlines()[0])
{"event":"kyiv-2025-04-24","metric":"killed","figure":"10","source":{"name":"Ukrainian authorities","kind":"official"},"via":"news article (May 2025)","reported_at":"2025-04-24T09:00:00+03:00","reported_precision":"minute","quote":"earlier reports: 10 dead, 90 injured","language":"en","id":"bc18b44c1fe91d6c"}
>>> claims = list(read_jsonl(io.StringIO(buffer.getvalue())))
>>> claims == kyiv_claims()
True

Accepted on input: a byte-order mark, CRLF line ends, blank lines (skipped),
and an empty file (no claims). Refused, with the file, line, field and value:
a line that is not one complete JSON object, a field given twice, an unknown
field, a wrong type, a naive date-time (unless ``tz`` is given), a figure that
is NaN, negative, fractional or absurdly large, and bytes that are not UTF-8.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import tzinfo
from os import PathLike
from pathlib import Path
from typing import Any

from casualtylog._coerce import to_claim
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._files import Input, Output, display_name, numbered_lines, open_input, open_output
from casualtylog.formats._settled import settled_size
from casualtylog.formats.reader import ClaimReader, Parsed, Rejection, exact_times
from casualtylog.log import CasualtyLog

__all__ = ["JSON_ESCAPES", "claim_line", "load_jsonl", "parse_line", "read_jsonl", "save_jsonl", "write_jsonl"]

_SNIPPET = 60


class _DuplicateFieldError(ValueError):
    def __init__(self, field: str, value: object) -> None:
        self.field = field
        self.value = value
        super().__init__(field)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateFieldError(key, value)
        out[key] = value
    return out


def _snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def parse_line(text: str, *, tz: str | tzinfo | None = None, path: str | None = None, line: int | None = None) -> Claim:
    """Read one JSON Lines record as a claim.

    >>> parse_line('{"event": "e", "metric": "dead", "figure": 12, "source": "s", "reported_at": "2025-04-24"}').figure
    Figure.exact(12)
    >>> parse_line('{"event": "e", "metric": "dead", "figure": 12,', path="claims.jsonl", line=3)
    Traceback (most recent call last):
    ...
    casualtylog.errors.ClaimFormatError: claims.jsonl, line 3: not valid JSON (Expecting property name enclosed in double quotes at column 47): each line must hold one complete JSON object; received '{"event": "e", "metric": "dead", "figure": 12,'

    Raises:
        ClaimFormatError: the text is not one JSON object, or not a valid claim.
    """
    stripped = text.strip()
    try:
        data = json.loads(stripped, object_pairs_hook=_object)
    except _DuplicateFieldError as exc:
        raise ClaimFormatError(path, line, exc.field, exc.value, "the field is given twice; keep one") from exc
    except json.JSONDecodeError as exc:
        problem = (
            f"not valid JSON ({exc.msg} at column {exc.colno}): each line must hold one complete JSON object; "
            f"received {_snippet(stripped)!r}"
        )
        raise ClaimFormatError(path, line, None, None, problem) from exc
    except (ValueError, RecursionError) as exc:  # e.g. an integer of thousands of digits, or absurd nesting
        problem = f"not valid JSON ({exc}); received {_snippet(stripped)!r}"
        raise ClaimFormatError(path, line, None, None, problem) from exc
    return to_claim(exact_times(data), tz=tz, path=path, line=line)


def read_jsonl(
    source: Input,
    *,
    tz: str | tzinfo | None = None,
    lenient: bool = False,
    rejects: Output | None = None,
) -> ClaimReader:
    """Read claims from a JSON Lines file, lazily.

    >>> import io
    >>> data = b'{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"}\\r\\n\\r\\n'
    >>> [str(c.figure) for c in read_jsonl(io.BytesIO(data))]
    ['3']

    Args:
        source: a path, or an open file (binary is best: bad bytes are then
            reported with their line).
        tz: the timezone for date-times written without one; without it they
            are refused.
        lenient: set bad lines aside (see :attr:`ClaimReader.rejected`)
            instead of raising at the first.
        rejects: in lenient mode, a path or file that receives every rejected
            line as it was, so it can be fixed and loaded again.

    Returns:
        A :class:`~casualtylog.formats.reader.ClaimReader`: iterate it once.

    Raises:
        ClaimFormatError: (while iterating, strict mode) a line is not a valid claim.
        ClaimFileError: the file cannot be opened or read.
    """
    return _reader(source, tz=tz, lenient=lenient, rejects=rejects)


def _reader(
    source: Input,
    *,
    tz: str | tzinfo | None,
    lenient: bool = False,
    rejects: Output | None = None,
) -> ClaimReader:
    """:func:`read_jsonl` (``load_jsonl`` reads through it too)."""
    name = display_name(source)

    def parse() -> Iterator[Parsed]:
        with open_input(source) as stream:
            # A file opened here (not one the caller handed over) is read up to where no append
            # is in progress: another process's half-written last line is not read (_settled).
            end = settled_size(stream) if isinstance(source, str | PathLike) else None
            offset = 0
            for line in numbered_lines(stream, name):
                if end is not None:
                    if offset >= end:
                        break
                    offset += len(line.raw)
                if line.error is not None:
                    yield Rejection(line.number, line.error, line.raw)
                    continue
                if not line.text.strip():
                    continue
                try:
                    claim = parse_line(line.text, tz=tz, path=name, line=line.number)
                except ClaimFormatError as error:
                    yield Rejection(line.number, error, line.raw)
                    continue
                yield line.number, claim

    return ClaimReader(name, parse, lenient=lenient, rejects=rejects)


def claim_line(claim: Claim) -> str:
    """A claim as one line of JSON Lines (without the line end): compact, fields in model order.

    >>> from casualtylog import Claim
    >>> claim_line(Claim(event="e", metric="killed", figure="at least 3", source="s", reported_at="2025-01-01"))
    '{"event":"e","metric":"killed","figure":"at least 3","source":"s","reported_at":"2025-01-01T00:00:00Z","reported_precision":"day","id":"..."}'
    """
    return one_line_json(claim.to_record())


#: Characters that JSON leaves raw under ``ensure_ascii=False`` but that
#: ``str.splitlines()`` (and many JSON Lines readers) treat as line ends, the
#: C1 controls a terminal acts on (U+009B starts an escape sequence), and the
#: invisible bidirectional marks, embeddings, overrides and isolates that
#: reorder what a reader sees (U+061C, U+200E–200F, U+202A–202E, U+2066–2069).
#: JSON's ``\\uXXXX`` escapes keep the text exact.
JSON_ESCAPES = str.maketrans(
    {
        chr(code): f"\\u{code:04x}"
        for code in (
            *range(0x80, 0xA0),
            0x061C,
            0x200E,
            0x200F,
            0x2028,
            0x2029,
            *range(0x202A, 0x202F),
            *range(0x2066, 0x206A),
        )
    }
)


def one_line_json(record: object) -> str:
    r"""Compact JSON that stays on one line whatever text it holds (quotes are untrusted).

    >>> one_line_json({"quote": "a\u2028b\x9b2J", "source": "\u2067evil\u2069"})
    '{"quote":"a\\u2028b\\u009b2J","source":"\\u2067evil\\u2069"}'
    """
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)


def write_jsonl(claims: Iterable[Claim], target: Output) -> int:
    """Write ``claims`` as JSON Lines, in the order given; return how many.

    A path is replaced atomically: if anything fails, the old file is left as it was.

    >>> import io
    >>> write_jsonl([], io.StringIO())
    0

    Raises:
        ClaimFileError: the file cannot be written (e.g. a read-only directory).
    """
    n = 0
    with open_output(target) as write:
        for claim in claims:
            write(claim_line(claim) + "\n")
            n += 1
    return n


def load_jsonl(
    source: Input,
    *,
    tz: str | tzinfo | None = None,
    log: CasualtyLog | None = None,
) -> CasualtyLog:
    """Read a JSON Lines file into a log (a new one unless ``log`` is given).

    The file is loaded as one batch: if any line is bad, nothing is added.

    >>> from casualtylog.worked_example import kyiv_claims
    >>> import io
    >>> buffer = io.StringIO()
    >>> _ = write_jsonl(kyiv_claims(), buffer)
    >>> load_jsonl(io.StringIO(buffer.getvalue())).resolve("kyiv-2025-04-24", "killed").best
    12
    """
    target = CasualtyLog(tz=tz) if log is None else log
    # The log asks the reader for the line of a claim it refuses (a future recorded_at).
    target.extend(_reader(source, tz=tz))
    return target


def save_jsonl(log: Iterable[Claim], path: str | Path) -> int:
    """Write every claim of a log to ``path``, in the order the log holds them.

    Same log, same bytes: ``save_jsonl(load_jsonl(p), p)`` leaves a file the
    writer produced unchanged.

    >>> from casualtylog import CasualtyLog
    >>> save_jsonl(CasualtyLog(), "/nonexistent-dir/claims.jsonl")
    Traceback (most recent call last):
    ...
    casualtylog.formats.errors.ClaimFileError: cannot write /nonexistent-dir/claims.jsonl: No such file or directory
    """
    return write_jsonl(log, path)
