"""Refusing a claim whose stored record would not read back as the same claim.

A store or a JSON Lines file keeps each claim as its record
(:meth:`~casualtylog.Claim.to_record`), and reading checks the record's id
against its content. A claim whose record reads back differently (a figure
given as an object that its text does not reproduce, say) would be accepted
once and then fail that check on every read, so that the store or file never
opens again. Writers therefore read each record back before they write it.

>>> from casualtylog.claims import Claim
>>> c = Claim(event="e", metric="killed", figure="3", source="s", reported_at="2025-04-24")
>>> read_record(json.dumps(c.to_record())) == c
True
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from casualtylog.claims import Claim
from casualtylog.errors import CasualtyLogError, ClaimFormatError

__all__ = ["READ_ERRORS", "ensure_reads_back", "read_record"]

_TIME_FIELDS = ("reported_at", "as_of", "recorded_at")
_SNIPPET = 80

#: What :func:`read_record` raises on a record that is not a valid claim.
READ_ERRORS = (ValueError, TypeError, ValidationError, CasualtyLogError, RecursionError)


def read_record(text: str) -> Claim:
    """The claim a stored record (compact JSON of :meth:`Claim.to_record`) holds.

    Times are read with :meth:`datetime.fromisoformat`, which keeps microseconds.

    Raises:
        ValueError, TypeError, ValidationError, CasualtyLogError: not a valid claim
            (see :data:`READ_ERRORS`).
    """
    data = json.loads(text)
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    return Claim.model_validate(_times(data))


def _times(data: dict[str, Any]) -> dict[str, Any]:
    for name in _TIME_FIELDS:
        value = data.get(name)
        if isinstance(value, str):
            data[name] = datetime.fromisoformat(value)
    return data


def _snippet(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _same_time(given: object, back: object) -> bool:
    """Whether two field values are equal, times as the instant and offset they name.

    A wall time that a named zone skips or repeats ("02:30" on the night clocks change,
    read at the offset before the change, docs/time.md) never equals its record's fixed
    offset by ``==`` (PEP 495: comparisons across zones of a time in a gap or fold are
    false), though both name one instant with one offset, and so one id.
    """
    if isinstance(given, datetime) and isinstance(back, datetime):
        return given.utcoffset() == back.utcoffset() and given.replace(tzinfo=None) == back.replace(tzinfo=None)
    return given == back


def _same_instants(claim: Claim, back: Claim) -> bool:
    """Whether ``back`` is ``claim`` with only its times' zones written as their offsets."""
    return all(_same_time(getattr(claim, name), getattr(back, name)) for name in type(claim).model_fields)


def _changed_field(claim: Claim, text: str) -> tuple[str | None, object, object]:
    """The first field whose value does not survive the record, as given and as read back."""
    try:
        data = json.loads(text)
        data.pop("id", None)
        back = Claim.model_validate(_times(data))
    except READ_ERRORS:
        return None, None, None
    for name in type(claim).model_fields:
        if name != "id" and not _same_time(getattr(claim, name), getattr(back, name)):
            return name, getattr(claim, name), getattr(back, name)
    return None, None, None


def ensure_reads_back(claim: Claim, text: str, *, position: int | None = None) -> None:
    """Raise unless ``text``, the record about to be written for ``claim``, reads back as ``claim``.

    >>> c = Claim(event="e", metric="killed", figure="3", source="s", reported_at="2025-04-24")
    >>> ensure_reads_back(c, json.dumps(c.to_record()))
    >>> ensure_reads_back(c, json.dumps(c.to_record() | {"figure": "4"}), position=2)
    Traceback (most recent call last):
    ...
    casualtylog.errors.ClaimFormatError: record 2: figure=Figure.exact(3): would be written as a record that reads back as Figure.exact(4), ...

    Raises:
        ClaimFormatError: naming the field that would change and its value (a
            bounded snippet); the caller writes nothing.
    """
    try:
        back = read_record(text)
    except READ_ERRORS as exc:
        problem = " ".join(str(exc).split())[:300]
    else:
        if back == claim or _same_instants(claim, back):
            return
        problem = "it reads back as a different claim"
    field, given, read = _changed_field(claim, text)
    if field is not None:
        problem = f"would be written as a record that reads back as {_snippet(read)}"
        value: object = _ShortRepr(given)
    else:
        value = _ShortRepr(claim.id)
    raise ClaimFormatError(
        None,
        position,
        field,
        value,
        f"{problem}, so it could not be read again once stored; nothing was written; "
        "give the value as text (e.g. the figure as '12' or 'dozens')",
    )


class _ShortRepr:
    """A value whose ``repr`` is bounded, for error messages."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return _snippet(self.value)
