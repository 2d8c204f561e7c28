"""Turning loose records into claims, with errors that name the field and value."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from casualtylog.claims import Claim
from casualtylog.errors import FIGURE_REQUIRED, CasualtyLogError, ClaimFormatError, TimeError, VocabularyError


def _first_error(exc: ValidationError, data: object) -> tuple[str | None, object, str]:
    err = exc.errors(include_url=False)[0]
    loc = [str(p) for p in err.get("loc", ())]
    field = ".".join(loc) or None
    value: object = err.get("input")
    if isinstance(data, Mapping) and loc and loc[0] in data:
        value = data[loc[0]]
    message = str(err.get("msg", "invalid"))
    cause = (err.get("ctx") or {}).get("error")
    if isinstance(cause, TimeError):
        field = field or cause.field
        value = cause.value
        message = cause.problem + (f"; {cause.hint}" if cause.hint else "")
    elif isinstance(cause, VocabularyError):
        if field is None or cause.field.startswith(f"{field}."):  # a whole-record check, or a part ("source.kind")
            field, value = cause.field, cause.value
        message = f"expected {cause.expected}"
    elif isinstance(cause, CasualtyLogError):
        message = str(cause)
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    if err.get("type") == "extra_forbidden":
        message = f"unknown field; a claim has the fields {', '.join(Claim.model_fields)}"
    if err.get("type") in {"tuple_type", "string_type"} and loc and loc[0] in {"supersedes", "retracts"}:
        message = "expected a list of claim ids"
    if err.get("type") == "missing":
        value, message = None, "is required"
    if message == f"figure {FIGURE_REQUIRED}" or (field == "figure" and value is None and message == "is required"):
        # One error for no figure, whether the record leaves it out (a CSV file's blank cell) or
        # gives none (JSON null, a frame's empty cell): the field, and why a retraction may.
        field, value, message = "figure", None, FIGURE_REQUIRED
    return field, value, message


def to_claim(
    record: Claim | Mapping[str, Any],
    *,
    tz: str | tzinfo | None = None,
    path: str | Path | None = None,
    line: int | None = None,
    vague: Mapping[str, int] | None = None,
) -> Claim:
    """Validate ``record`` as a claim; errors name the file, line, field and value.

    >>> to_claim({"event": "e", "metric": "dead", "figure": "-3", "source": "x",
    ...           "reported_at": "2025-04-24"}, path="claims.jsonl", line=7)
    Traceback (most recent call last):
    ...
    casualtylog.errors.ClaimFormatError: claims.jsonl, line 7: figure='-3': cannot read figure '-3': expected a count of zero or more (a fall is a new, lower claim, not a negative figure)
    """
    if isinstance(record, Claim):
        return record
    if not isinstance(record, Mapping):
        raise ClaimFormatError(path, line, None, record, "expected an object with the fields of a claim")
    try:
        context = {"tz": tz, "vague": vague} if tz is not None or vague is not None else None
        return Claim.model_validate(record, context=context)
    except ValidationError as exc:
        field, value, message = _first_error(exc, record)
        raise ClaimFormatError(path, line, field, value, message) from exc
    except CasualtyLogError as exc:
        raise ClaimFormatError(path, line, getattr(exc, "field", None), getattr(exc, "value", None), str(exc)) from exc
