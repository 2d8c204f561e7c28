"""Events: what happened, when and where, apart from when anyone reported it.

A claim names its event by id. An :class:`Event` declared in the log adds
the facts the exports need and reports never carry reliably: the date or
window the event took place in (with its precision), the place (a name,
ISO 3166 / P-code admin codes, coordinates with their precision), a kind,
and the wholes it is part of (districts of an earthquake, phases of a war).

>>> kyiv = Event.of({"id": "kyiv-2025-04-24", "title": "Missile and drone attack on Kyiv",
...                  "when": "2025-04-24", "kind": "attack",
...                  "where": {"name": "Kyiv", "country": "UA", "admin1": "UA-30",
...                            "latitude": 50.45, "longitude": 30.52, "precision": "adm1"}})
>>> kyiv.when.start, kyiv.when.end, kyiv.when.precision.value
(datetime.date(2025, 4, 24), datetime.date(2025, 4, 24), 'day')
>>> Event.of({"id": "iraq-2008", "when": "2008"}).when.days
366

Bad input names the field and the value:

>>> Event.of({"id": "e", "when": {"start": "2025-04-24", "end": "2025-04-20"}})
Traceback (most recent call last):
...
casualtylog.events.EventError: event 'e': when.end='2025-04-20': ends before the window starts (2025-04-24)
>>> Event.of({"id": "e", "where": {"latitude": 95}})
Traceback (most recent call last):
...
casualtylog.events.EventError: event 'e': where.latitude=95: expected a latitude from -90 to 90
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from casualtylog.counts import _event
from casualtylog.errors import CasualtyLogError
from casualtylog.event_when import EventPrecision, EventWhen, _FieldError
from casualtylog.names import CONTROL as _CONTROL
from casualtylog.places import GeoPrecision, Place

__all__ = ["Event", "EventError", "EventInput", "EventPrecision", "EventWhen", "GeoPrecision", "Place", "to_event"]

_SNIPPET = 60


def _snippet(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


class EventError(CasualtyLogError, ValueError):
    """An event could not be read, or would break the event hierarchy.

    >>> print(EventError("e", "when", "2025-13", "expected a date"))
    event 'e': when='2025-13': expected a date
    """

    def __init__(
        self,
        event: str | None,
        field: str | None,
        value: object,
        problem: str,
        *,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        self.event = event
        self.field = field
        self.value = value
        self.problem = problem
        self.path = path
        self.line = line
        where = "event" if event is None else f"event {event!r}"
        what = f"{field}={_snippet(value)}: " if field else ""
        if path is not None:
            where = f"{path}, line {line}: {where}" if line is not None else f"{path}: {where}"
        elif line is not None:
            where = f"record {line}: {where}"
        super().__init__(f"{where}: {what}{problem}")


class Event(BaseModel):
    """One event: what claims are about, with its own date, place and place in a hierarchy.

    Attributes:
        id: the id claims use in their ``event`` field.
        title: a human-readable name.
        when: the day or window it took place in (not when it was reported).
        where: the place.
        kind: a free word (attack, earthquake, district, phase…).
        parents: the wholes this event is part of.
        parts_complete: the events that name this one as a parent cover it
            entirely (every district is listed), so their sum may not fall
            short of this event's figure.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(max_length=500)
    title: str | None = Field(default=None, max_length=1000)
    when: EventWhen | None = None
    where: Place | None = None
    kind: str | None = Field(default=None, max_length=200)
    parents: tuple[str, ...] = ()
    parts_complete: bool = False

    @field_validator("id", mode="before")
    @classmethod
    def _check_id(cls, value: object) -> str:
        return _event(value)

    @field_validator("when", mode="before")
    @classmethod
    def _loose_when(cls, value: object) -> object:
        return None if value in (None, "") else value

    @field_validator("parents", mode="before")
    @classmethod
    def _check_parents(cls, value: object) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [p for p in re.split(r"[;|]", value) if p.strip()]
        if not isinstance(value, list | tuple):
            raise ValueError("expected a list of event ids")
        return tuple(dict.fromkeys(_event(p) for p in value))

    @field_validator("title", "kind")
    @classmethod
    def _text(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if _CONTROL.search(value):
            raise ValueError("expected text without control characters")
        return " ".join(value.split())

    @model_validator(mode="after")
    def _not_own_parent(self) -> Event:
        if self.id in self.parents:
            raise _FieldError("parents", list(self.parents), "an event cannot be its own ancestor")
        return self

    @classmethod
    def of(cls, record: EventInput, *, line: int | None = None) -> Event:
        """Validate ``record`` as an event; see :func:`to_event`."""
        return to_event(record, line=line)

    def record(self) -> dict[str, Any]:
        """The event as a compact JSON-ready dict: unset fields left out, ``when`` as text where it can be.

        >>> Event.of({"id": "e", "when": "2015-04", "parents": ["w"]}).record()
        {'id': 'e', 'when': '2015-04', 'parents': ['w']}
        """
        out: dict[str, Any] = {"id": self.id}
        if self.title is not None:
            out["title"] = self.title
        if self.when is not None:
            text = self.when.text
            out["when"] = text if EventWhen.of(text) == self.when else self.when.model_dump(mode="json")
        if self.where is not None:
            out["where"] = self.where.model_dump(mode="json", exclude_none=True)
        if self.kind is not None:
            out["kind"] = self.kind
        if self.parents:
            out["parents"] = list(self.parents)
        if self.parts_complete:
            out["parts_complete"] = True
        return out

    @classmethod
    def bare(cls, event_id: str) -> Event:
        """The event a claim names that no one declared: an id and nothing else.

        >>> Event.bare("e")
        Event(id='e', title=None, when=None, where=None, kind=None, parents=(), parts_complete=False)
        """
        return cls(id=event_id)

    def __str__(self) -> str:
        return self.title or self.id


EventInput = Event | Mapping[str, Any]


def _failure(exc: ValidationError, record: Mapping[str, Any]) -> tuple[str | None, object, str]:
    err = exc.errors(include_url=False)[0]
    loc = [str(p) for p in err.get("loc", ())]
    cause = (err.get("ctx") or {}).get("error")
    message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    value: object = err.get("input")
    if isinstance(cause, _FieldError):
        loc = [*loc, cause.field] if loc and loc[0] in {"when", "where"} else [cause.field]
        value, message = cause.value, cause.problem
    elif loc and loc[0] in record and len(loc) == 1:
        value = record[loc[0]]
    elif len(loc) == 2 and isinstance(record.get(loc[0]), Mapping):
        value = record[loc[0]].get(loc[1], value)
    if err.get("type") == "extra_forbidden":
        message = "unknown field"
    if err.get("type") == "missing":
        value, message = None, "is required"
    return ".".join(loc) or None, value, message


def to_event(record: EventInput, *, line: int | None = None, path: str | None = None) -> Event:
    """Validate ``record`` as an :class:`Event`; errors name the event, field and value.

    >>> to_event({"id": "nepal", "parents": ["nepal"]})
    Traceback (most recent call last):
    ...
    casualtylog.events.EventError: event 'nepal': parents=['nepal']: an event cannot be its own ancestor
    """
    if isinstance(record, Event):
        return record
    if not isinstance(record, Mapping):
        raise EventError(None, None, record, "expected an object with the fields of an event", path=path, line=line)
    name = record.get("id") if isinstance(record.get("id"), str) else None
    try:
        return Event.model_validate(record)
    except ValidationError as exc:
        field, value, message = _failure(exc, record)
        raise EventError(name, field, value, message, path=path, line=line) from exc
    except CasualtyLogError as exc:
        field, value = getattr(exc, "field", None), getattr(exc, "value", None)
        raise EventError(name, field, value, str(exc), path=path, line=line) from exc
