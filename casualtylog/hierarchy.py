"""The events a log knows: declared facts, parts and wholes, and the checks that keep them sound.

An :class:`EventRegistry` holds one :class:`~casualtylog.events.Event` per
id. Declaring an event again with other facts revises it (the earlier
version is kept, as claims keep earlier figures); declaring it with the same
facts is a no-op. A declaration that would make an event its own ancestor,
or put a part in two wholes that both declare their parts complete, is
refused and leaves the registry as it was.

>>> reg = EventRegistry()
>>> _ = reg.add({"id": "nepal-2015", "parts_complete": True})
>>> _ = reg.add({"id": "gorkha", "parents": ["nepal-2015"]})
>>> reg.parts("nepal-2015")
['gorkha']
>>> reg.add({"id": "nepal-2015", "parents": ["gorkha"]})
Traceback (most recent call last):
...
casualtylog.events.EventError: event 'nepal-2015': parents=['gorkha']: an event cannot be its own ancestor (nepal-2015 → gorkha → nepal-2015)
>>> reg.get("nepal-2015").parents
()
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from casualtylog.events import Event, EventError, EventInput, to_event

__all__ = ["EventRegistry", "ancestors", "check_hierarchy"]


class EventRegistry(Mapping[str, Event]):
    """Declared events by id, with their parts and every earlier version."""

    def __init__(self) -> None:
        self._events: dict[str, Event] = {}
        self._versions: dict[str, list[Event]] = {}
        self._parts: dict[str, list[str]] = {}

    def __getitem__(self, event_id: str) -> Event:
        return self._events[event_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)

    def get_or_bare(self, event_id: str) -> Event:
        """The declared event, or a bare one (an id and nothing else) for an id no one declared."""
        return self._events.get(event_id) or Event.bare(event_id)

    def add(self, event: EventInput) -> Event:
        """Declare (or revise) one event; see :meth:`extend`."""
        (stored,) = self.extend([to_event(event)])  # validated here: one event is not "record 1"
        return stored

    def check(self, events: Iterable[EventInput]) -> list[Event]:
        """Validate a batch of declarations against the registry as it is, keeping nothing;
        return them as events, in order. A durable log checks before it writes.

        Raises:
            EventError: a record is not an event, or the batch would break the hierarchy.
        """
        declared = [to_event(record, line=line) for line, record in enumerate(events, start=1)]
        batch = {event.id: event for event in declared}  # an id declared twice: the later one stands
        check_hierarchy({**self._events, **batch}, batch)
        return declared

    def changes(self, declared: Iterable[Event]) -> list[Event]:
        """The declarations of ``declared`` that would be kept as new versions (in order): those
        that differ from the version standing when each is declared."""
        standing = dict(self._events)
        out = []
        for event in declared:
            if standing.get(event.id) != event:
                standing[event.id] = event
                out.append(event)
        return out

    def extend(self, events: Iterable[EventInput]) -> list[Event]:
        """Declare many events at once: all are checked before any is kept."""
        declared = self.check(events)
        batch = {event.id: event for event in declared}
        for event in declared:  # every declaration in order, so an earlier one stays among the versions
            event_id = event.id
            old = self._events.get(event_id)
            if old == event:
                continue
            if old is not None:
                for parent in old.parents:
                    self._parts[parent].remove(event_id)
            self._events[event_id] = event
            self._versions.setdefault(event_id, []).append(event)
            for parent in event.parents:
                self._parts.setdefault(parent, []).append(event_id)
        return [self._events[e] for e in batch]

    def versions(self, event_id: str) -> list[Event]:
        """Every version of the event declared, oldest first (a date first reported wrong stays on record)."""
        return list(self._versions.get(event_id, ()))

    def parts(self, event_id: str) -> list[str]:
        """The events declared as direct parts of ``event_id``, sorted."""
        return sorted(self._parts.get(event_id, ()))

    def wholes(self) -> list[str]:
        """Every event that has at least one declared part, sorted."""
        return sorted(e for e, parts in self._parts.items() if parts)

    def ancestors(self, event_id: str) -> list[str]:
        """Every whole ``event_id`` is part of, at any depth, nearest first."""
        return ancestors(self._events, event_id)


def ancestors(events: Mapping[str, Event], event_id: str) -> list[str]:
    """Every whole ``event_id`` is part of, nearest first (each once).

    >>> evs = {e.id: e for e in [Event(id="d", parents=("n",)), Event(id="n", parents=("asia",))]}
    >>> ancestors(evs, "d")
    ['n', 'asia']
    """
    out: dict[str, None] = {}
    todo = list(events[event_id].parents) if event_id in events else []
    while todo:
        parent = todo.pop(0)
        if parent in out:
            continue
        out[parent] = None
        todo.extend(events[parent].parents if parent in events else ())
    return list(out)


def check_hierarchy(events: Mapping[str, Event], changed: Iterable[str]) -> None:
    """Refuse cycles, a part in two complete wholes, and a part of two wholes inside a third; raise
    :class:`EventError` naming them.

    ``changed`` are the ids just declared: only their hierarchy can have broken.
    """
    for event_id in changed:
        event = events[event_id]
        if event_id in ancestors(events, event_id):
            path = " → ".join([event_id, *_path_back(events, event_id)])
            raise EventError(event_id, "parents", list(event.parents), f"an event cannot be its own ancestor ({path})")
    touched = set(changed)
    for event in events.values():
        # Any change above an event with two wholes can put both inside a third: all are checked.
        shared = _shared_whole(events, event) if len(event.parents) > 1 else None
        if shared is not None:
            a, b, whole = shared
            raise EventError(
                event.id,
                "parents",
                list(event.parents),
                f"is a part of {a!r} and {b!r}, which are both parts of {whole!r}: the roll-up of {whole!r} "
                "would count it twice (nest one of them in the other, or keep only one)",
            )
        if event.id not in touched and not touched.intersection(event.parents):
            continue
        complete = [p for p in event.parents if p in events and events[p].parts_complete]
        if len(complete) > 1:
            raise EventError(
                event.id,
                "parents",
                list(event.parents),
                f"is a part of {complete[0]!r} and {complete[1]!r}, which both declare their parts complete; "
                "a part counted in two complete wholes would be counted twice (make one of them incomplete, "
                "or nest one whole in the other)",
            )


def _shared_whole(events: Mapping[str, Event], event: Event) -> tuple[str, str, str] | None:
    """Two of ``event``'s wholes, neither inside the other, that are both inside a third: ``(a, b, whole)``.

    The third whole's roll-up would count ``event`` once through each of them.
    (A whole that contains another of the event's wholes is not a problem: the
    roll-up counts the event inside the nearer one.)
    """
    wholes = list(event.parents)
    above = {p: {p, *ancestors(events, p)} for p in wholes}
    for i, a in enumerate(wholes):
        for b in wholes[i + 1 :]:
            if a in above[b] or b in above[a]:
                continue
            common = (above[a] & above[b]) - {a, b}
            if common:
                return a, b, sorted(common)[0]
    return None


def _path_back(events: Mapping[str, Event], start: str) -> list[str]:
    """One cycle through ``start``, for the error message."""
    seen = {start}
    path: list[str] = []

    def walk(node: str) -> bool:
        for parent in events[node].parents if node in events else ():
            if parent == start:
                path.append(parent)
                return True
            if parent not in seen:
                seen.add(parent)
                path.append(parent)
                if walk(parent):
                    return True
                path.pop()
        return False

    walk(start)
    return path
