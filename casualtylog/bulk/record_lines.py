"""A record as the line of compact JSON the quick reader reads (:mod:`casualtylog.bulk.table_sources`).

A record becomes one line whose values read back as the same values; one JSON cannot carry so
(a datetime in a named zone, a figure object that does not read back from its text, a numpy
number) is validated by ``Claim`` as the log path validates it, and its claim's record is the line.
Errors are named as the log path names them (:func:`as_the_log_says`, :func:`relabel`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from casualtylog._coerce import to_claim
from casualtylog._readback import ensure_reads_back
from casualtylog.bulk.columns import _figure_fields
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.figure_words import figure_reads_back
from casualtylog.figures import Figure
from casualtylog.formats.reader import exact_times

__all__ = ["CANONICAL", "TIMES", "NotPlainError", "as_the_log_says", "claim_line", "encode", "plain_value", "record_line", "relabel"]

TIMES = ("reported_at", "as_of", "recorded_at", "relayed_at")
CANONICAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{6})?(?:Z|[+-]\d{2}:\d{2})$")


class NotPlainError(Exception):
    """A value JSON cannot carry so that it reads back as the same value."""


def plain_value(value: object, field: str | None, exact: bool) -> object:
    """``value`` as JSON carries it (same value read back), or raise :class:`NotPlainError`."""
    cls = value.__class__
    if value is None or cls is str or cls is int or cls is float or cls is bool:
        if not exact and field in TIMES and cls is str and "." in value:  # type: ignore[operator]  # a str
            raise NotPlainError  # read by parse_time (whole seconds), not exactly: Claim reads it
        return value
    if cls is list or cls is tuple:  # links: Claim reads a tuple as a list
        return [plain_value(v, None, exact) for v in value]  # type: ignore[attr-defined]  # a list or tuple
    if cls is dict and all(k.__class__ is str for k in value):  # type: ignore[attr-defined]  # a dict
        return {k: plain_value(v, None, exact) for k, v in value.items()}  # type: ignore[attr-defined]  # a dict
    if cls is datetime and field in TIMES and value.tzinfo.__class__ is timezone:  # type: ignore[attr-defined]
        text = value.isoformat()  # type: ignore[attr-defined]  # a datetime
        if CANONICAL.match(text):  # read back exactly (exact_times), to the second as given
            return text
    if cls is Figure:
        text = _figure_text(value)  # type: ignore[arg-type]  # a Figure
        if text is not None:
            return text  # Claim reads the text back as this very figure
    raise NotPlainError


_FIGURE_TEXTS: dict[tuple[object, ...], str | None] = {}


def _figure_text(figure: Figure) -> str | None:
    """The text a figure reads back from, or ``None`` if it does not (remembered: a frame's
    figure columns make a new Figure each row, of a few distinct values)."""
    key = _figure_fields(figure.__dict__)
    if key not in _FIGURE_TEXTS:
        if len(_FIGURE_TEXTS) >= 1 << 14:
            _FIGURE_TEXTS.clear()
        _FIGURE_TEXTS[key] = str(figure) if figure_reads_back(figure) else None
    return _FIGURE_TEXTS[key]


#: A value as a record's line writes it (json.dumps makes an encoder each call).
encode = _ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _line(record: Mapping[str, Any], exact: bool) -> bytes | None:
    """``record`` as one line of compact JSON that reads back as the same values, or ``None``."""
    plain: dict[str, object] = {}
    try:
        for k, v in record.items():
            if k.__class__ is not str:
                return None
            # The usual values of a frame's row, as _plain takes them, without its call.
            cls = v.__class__
            if cls is str and (exact or "." not in v or k not in TIMES):
                plain[k] = v
            elif cls is tuple and not v:  # no links
                plain[k] = []
            elif cls is datetime and k in TIMES and v.tzinfo.__class__ is timezone:
                plain[k] = text = v.isoformat()
                if not CANONICAL.match(text):
                    return None
            else:
                plain[k] = plain_value(v, k, exact)
    except NotPlainError:
        return None
    # A datetime made text has its microseconds in full: exact_times reads it back as the same datetime.
    text = _ENCODE(plain)
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate: escaped (the old path reads it and refuses it)
        return json.dumps(plain, separators=(",", ":")).encode()


def as_the_log_says(
    record: Mapping[str, Any], error: ClaimFormatError, *, tz: Any, path: str | None, number: int, exact: bool
) -> ClaimFormatError:
    """The error validating ``record`` as the log path does gives (its values as given, a tuple of
    links shown as a tuple), or ``error`` when that path accepts it; only called on a refusal."""
    try:
        to_claim(exact_times(dict(record)) if exact else record, tz=tz, path=path, line=number)
    except ClaimFormatError as own:
        return own
    return error


def claim_line(claim: Claim) -> bytes:
    return json.dumps(claim.to_record(), separators=(",", ":")).encode()


def relabel(error: ClaimFormatError, labels: Mapping[str, str] | None) -> ClaimFormatError:
    """The error as a CSV reader gives it: the column's label for the field (formats._table._claim)."""
    if not labels:
        return error
    key = (error.field or "").split(".")[0]
    label = labels.get(error.field or "") or labels.get(key)
    if label is None or label == key:
        return error
    out = ClaimFormatError(error.path, error.line, label, error.value, error.problem)
    out.__cause__ = error
    return out


def record_line(
    record: Mapping[str, Any],
    number: int,
    labels: Mapping[str, str] | None,
    *,
    tz: Any,
    path: str | None,
    exact: bool,
) -> bytes:
    """``record`` (number ``number``) as its line: its values as JSON, or its claim's record.

    Raises:
        ClaimFormatError: the record is no valid claim, as the log path says it (``labels``: a
            CSV file's column labels for the fields).
    """
    plain = _line(record, exact)
    if plain is not None:
        return plain
    # validated as the log path validates it, then kept as its claim's record
    try:
        claim = to_claim(exact_times(dict(record)) if exact else record, tz=tz, path=path, line=number)
    except ClaimFormatError as error:
        raise relabel(error, labels) from error
    line = claim_line(claim)
    try:  # a time whose offset has seconds is written to the minute: say so, not "id mismatch"
        ensure_reads_back(claim, line.decode(), position=number)
    except ClaimFormatError as error:
        error = ClaimFormatError(path, number, error.field, error.value, error.problem)
        raise relabel(error, labels) from None
    return line
