"""Roll-ups: a whole's figure derived from its parts, and compared with the whole's own.

For every whole (an event that declared parts, at any depth) and every
metric and group its parts have figures for, :func:`rollup_resolutions`
sums the parts' low, best and high. A part's figure is its own resolution
where someone stated one, else its own roll-up; a part with neither is
unknown. The sum's high is open (``None``) when a part is unknown or
open-ended, or when the whole does not declare its parts complete (an
unlisted part could add anything). Every number is traced to the claims
that set it.

Where someone stated the whole too, the two are compared, in both directions:

- **parts above the whole**: the parts add up to at least more than the
  whole's high (:attr:`FindingKind.PARTS_EXCEED_WHOLE`);
- **complete parts below the whole**: the whole declares its parts
  complete, yet they add up to at most less than the whole's low
  (:attr:`FindingKind.PARTS_BELOW_WHOLE`).

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog()
>>> _ = log.add_event({"id": "quake", "parts_complete": True})
>>> for district, dead in [("gorkha", "400"), ("sindhupalchok", "3000")]:
...     _ = log.add_event({"id": district, "parents": ["quake"]})
...     _ = log.add({"event": district, "metric": "killed", "figure": dead, "source": "NEOC",
...                  "reported_at": "2015-05-01"})
>>> roll = log.rollup("quake", "killed")
>>> roll.figure, roll.figure_text, roll.stated is None
(Figure.exact(3400), '3400', True)
>>> _ = log.add({"event": "quake", "metric": "killed", "figure": "4000", "source": "Government",
...              "reported_at": "2015-05-01"})
>>> print(log.rollup("quake", "killed").findings[0])
[warning] parts_below_whole: quake / killed: its parts are complete but add up to at most 3400 (sindhupalchok 3000, gorkha 400), below its low 4000
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from casualtylog.checks import Finding, FindingKind
from casualtylog.claims import Claim, Count
from casualtylog.errors import UnknownCountError
from casualtylog.events import Event, EventInput, to_event
from casualtylog.figures import Figure
from casualtylog.hierarchy import EventRegistry
from casualtylog.resolve.model import Resolution, figure_text, resolved_figure

if TYPE_CHECKING:
    from casualtylog.resolve.policies import Policy
    from casualtylog.times import TimeInput

__all__ = ["EventsMixin", "PartFigure", "Rollup", "rollup_findings", "rollup_resolutions", "rollups"]

#: How many parts a finding's message names (all of them are in ``finding.counts``).
NAMED_PARTS = 8


@dataclass(frozen=True, slots=True)
class PartFigure:
    """One part's figure as it enters a roll-up: ``stated`` (its own resolution), ``derived``
    (its own roll-up) or ``unknown`` (no figure at all)."""

    count: Count
    basis: str
    best: int | None
    low: int | None
    high: int | None
    best_claims: tuple[Claim, ...]
    low_claims: tuple[Claim, ...]
    high_claims: tuple[Claim, ...]

    @property
    def figure(self) -> Figure | None:
        """The part's figure as a :class:`Figure`, as :attr:`Resolution.figure` is one
        (``None`` when it has none); :attr:`figure_text` is how an analyst writes it."""
        return resolved_figure(self.best, self.low, self.high)

    @property
    def figure_text(self) -> str:
        """The part's figure as an analyst writes it ("unknown" when it has none)."""
        return figure_text(self.best, self.low, self.high)


@dataclass(frozen=True, slots=True)
class Rollup:
    """A whole's figure derived from its parts, beside the whole's own resolution if any.

    ``low``, ``best`` and ``high`` are the sums of the parts' (``high`` is
    ``None`` when open); ``low_claims``, ``best_claims`` and ``high_claims``
    are the claims that set the parts' numbers, in part order.
    """

    count: Count
    parts: tuple[PartFigure, ...]
    complete: bool
    best: int
    low: int
    high: int | None
    best_claims: tuple[Claim, ...]
    low_claims: tuple[Claim, ...]
    high_claims: tuple[Claim, ...]
    stated: Resolution | None
    findings: tuple[Finding, ...]

    @property
    def figure(self) -> Figure:
        """The derived figure as a :class:`Figure`, as :attr:`Resolution.figure` is one:
        exact, "at least low" when the sum's high is open, else "about best (low–high)".

        >>> from casualtylog.claims import Count
        >>> roll = Rollup(Count("quake", "killed"), (), True, 3400, 3300, 3500, (), (), (), None, ())
        >>> roll.figure, roll.figure_text
        (Figure.about(3400, low=3300, high=3500), '3400 (3300–3500)')
        """
        figure = resolved_figure(self.best, self.low, self.high)
        assert figure is not None  # noqa: S101 - a roll-up's best and low are sums, never unknown
        return figure

    @property
    def figure_text(self) -> str:
        """The derived figure as an analyst writes it: "3400", "at least 3400", "3400 (3300–3500)"."""
        return figure_text(self.best, self.low, self.high)

    @property
    def unknown(self) -> tuple[str, ...]:
        """The parts with no figure at all (they make the sum's high open)."""
        return tuple(p.count.event for p in self.parts if p.basis == "unknown")

    def as_part(self) -> PartFigure:
        """This roll-up as the figure of a part of a larger whole."""
        return PartFigure(
            self.count, "derived", self.best, self.low, self.high, self.best_claims, self.low_claims, self.high_claims
        )

    def __str__(self) -> str:
        stated = "" if self.stated is None else f"; stated {self.stated.figure_text}"
        return f"{self.count}: parts add up to {self.figure_text}{stated}"


def _stated(res: Resolution) -> PartFigure:
    best = () if res.best_claim is None else (res.best_claim,)
    return PartFigure(res.count, "stated", res.best, res.low, res.high, best, res.low_claims, res.high_claims)


class _Roller:
    def __init__(self, resolutions: Mapping[Count, Resolution], registry: EventRegistry) -> None:
        self.resolutions = resolutions
        self.registry = registry
        self.done: dict[Count, Rollup | None] = {}

    def figure_of(self, count: Count) -> PartFigure:
        res = self.resolutions.get(count)
        if res is not None and res.best is not None:
            return _stated(res)
        roll = self.rollup(count)
        if roll is not None:
            return roll.as_part()
        return PartFigure(count, "unknown", None, None, None, (), (), ())

    def rollup(self, count: Count) -> Rollup | None:
        if count in self.done:
            return self.done[count]
        self.done[count] = None  # the registry refuses cycles; this only guards the recursion
        part_ids = _counted_parts(self.registry, count.event)
        parts = tuple(self.figure_of(Count(p, count.metric, count.group, count.period)) for p in part_ids)
        if not parts or all(p.basis == "unknown" for p in parts):
            return None
        complete = self.registry.get_or_bare(count.event).parts_complete
        open_high = not complete or any(p.high is None for p in parts)
        stated = self.resolutions.get(count)
        if stated is not None and stated.best is None:
            stated = None
        roll = Rollup(
            count=count,
            parts=parts,
            complete=complete,
            best=sum(p.best or 0 for p in parts),
            low=sum(p.low or 0 for p in parts),
            high=None if open_high else sum(p.high or 0 for p in parts),
            best_claims=tuple(c for p in parts for c in p.best_claims),
            low_claims=tuple(c for p in parts for c in p.low_claims),
            high_claims=tuple(c for p in parts for c in p.high_claims),
            stated=stated,
            findings=(),
        )
        roll = _with_findings(roll)
        self.done[count] = roll
        return roll


def _counted_parts(registry: EventRegistry, whole: str) -> list[str]:
    """The parts a whole's sum adds up: a part that is also inside another part (a city declared
    part of the country and of its province) is counted there, not twice.

    >>> reg = EventRegistry()
    >>> _ = reg.extend([{"id": "nepal"}, {"id": "bagmati", "parents": ["nepal"]},
    ...                 {"id": "kathmandu", "parents": ["nepal", "bagmati"]}])
    >>> reg.parts("nepal"), _counted_parts(reg, "nepal")
    (['bagmati', 'kathmandu'], ['bagmati'])
    """
    parts = registry.parts(whole)
    inner = {p for p in parts if set(registry.ancestors(p)).intersection(parts)}
    return [p for p in parts if p not in inner]


def _named(parts: tuple[PartFigure, ...], key: str) -> str:
    known = [p for p in parts if getattr(p, key) not in (None, 0)]
    known.sort(key=lambda p: (-(getattr(p, key) or 0), p.count.event))
    names = [f"{p.count.event} {getattr(p, key)}" for p in known[:NAMED_PARTS]]
    if len(known) > NAMED_PARTS:
        names.append(f"and {len(known) - NAMED_PARTS} more")
    return ", ".join(names)


def _with_findings(roll: Rollup) -> Rollup:
    whole = roll.stated
    if whole is None:
        return roll
    counts = (roll.count, *(p.count for p in roll.parts if p.basis != "unknown"))
    found: list[Finding] = []
    if whole.high is not None and roll.low > whole.high:
        found.append(
            Finding(
                FindingKind.PARTS_EXCEED_WHOLE,
                "warning",
                f"{roll.count}: its parts add up to at least {roll.low} ({_named(roll.parts, 'low')}), "
                f"above its high {whole.high}",
                counts,
                roll.low_claims + whole.high_claims,
            )
        )
    if roll.complete and roll.high is not None and whole.low is not None and roll.high < whole.low:
        found.append(
            Finding(
                FindingKind.PARTS_BELOW_WHOLE,
                "warning",
                f"{roll.count}: its parts are complete but add up to at most {roll.high} "
                f"({_named(roll.parts, 'high')}), below its low {whole.low}",
                counts,
                roll.high_claims + whole.low_claims,
            )
        )
    return replace(roll, findings=tuple(found)) if found else roll


def rollup_resolutions(resolutions: Mapping[Count, Resolution], registry: EventRegistry) -> dict[Count, Rollup]:
    """Every roll-up the declared hierarchy gives for these resolutions, by the whole's count.

    A whole gets a roll-up for each metric and group that any of its
    descendants has a resolution for.
    """
    targets: set[Count] = set()
    for count in resolutions:
        for whole in registry.ancestors(count.event):
            targets.add(Count(whole, count.metric, count.group, count.period))
    roller = _Roller(resolutions, registry)
    out = {}
    for target in sorted(
        targets, key=lambda c: (c.event, c.metric, c.group or "", c.period is not None, str(c.period))
    ):
        roll = roller.rollup(target)
        if roll is not None:
            out[target] = roll
    return out


def rollup_findings(rolls: Mapping[Count, Rollup]) -> list[Finding]:
    """The findings of every roll-up, in the order of their wholes."""
    return [f for roll in rolls.values() for f in roll.findings]


def rollups(
    log: EventsMixin,
    *,
    policy: str | Policy | None = None,
    at: TimeInput | None = None,
    known_at: TimeInput | None = None,
) -> list[Rollup]:
    """Every roll-up of the log's declared hierarchy (see :meth:`CasualtyLog.rollups`)."""
    resolutions = {r.count: r for r in log.resolve_all(policy=policy, at=at, known_at=known_at)}
    return list(rollup_resolutions(resolutions, log.event_registry).values())


class EventsMixin:
    """The event methods of :class:`~casualtylog.CasualtyLog`: declared events and roll-ups."""

    _events: EventRegistry

    def resolve_all(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> Sequence[Resolution]:
        raise NotImplementedError  # pragma: no cover - CasualtyLog provides it

    def _declare(self, events: Iterable[EventInput]) -> list[Event]:
        """Check ``events`` against every declaration in the log's store and store the changes."""
        raise NotImplementedError  # pragma: no cover - CasualtyLog provides it

    def _load_events(self) -> int:
        """Load the declarations other writers stored since the log last looked."""
        raise NotImplementedError  # pragma: no cover - CasualtyLog provides it

    def add_event(self, event: EventInput) -> Event:
        """Declare an event's facts (date, place, kind, parents); declaring it again revises them.

        Claims name events by id; an id no one declared is a bare event. A
        declaration that would make an event its own ancestor, or put a part
        in two complete wholes, raises :class:`~casualtylog.events.EventError`
        and changes nothing.

        >>> from casualtylog import CasualtyLog
        >>> log = CasualtyLog()
        >>> log.add_event({"id": "kyiv-2025-04-24", "when": "2025-04-24"}).when.precision.value
        'day'
        >>> log.event("kyiv-2025-04-24").when.start, log.event("elsewhere").when
        (datetime.date(2025, 4, 24), None)
        """
        (stored,) = self._declare([to_event(event)])  # validated here: one event is not "record 1"
        return stored

    def add_events(self, events: Iterable[EventInput]) -> list[Event]:
        """Declare many events as one batch, one transaction in a store: all are checked (against
        every writer's declarations) before any is kept; a bad one raises
        :class:`~casualtylog.events.EventError` and nothing changes."""
        return self._declare(events)

    @property
    def events(self) -> Mapping[str, Event]:
        """The declared events by id (read-only), with every writer's declarations."""
        self._load_events()
        return self._events

    @property
    def event_registry(self) -> EventRegistry:
        """The declared events with their parts and earlier versions."""
        self._load_events()
        return self._events

    def event(self, event_id: str) -> Event:
        """The declared event, or a bare one (id only) for an id no one declared."""
        self._load_events()
        return self._events.get_or_bare(event_id)

    def rollup(
        self,
        event: str,
        metric: str,
        group: str | None = None,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> Rollup:
        """The figure ``event``'s declared parts add up to, beside its own; see :mod:`casualtylog.rollup`.

        Raises:
            UnknownCountError: no part of ``event`` has a figure for this metric and group.
        """
        count = Count.of(event, metric, group)
        for roll in rollups(self, policy=policy, at=at, known_at=known_at):
            if roll.count == count:
                return roll
        raise UnknownCountError(count.event, count.metric, count.group)

    def rollups(
        self,
        *,
        policy: str | Policy | None = None,
        at: TimeInput | None = None,
        known_at: TimeInput | None = None,
    ) -> list[Rollup]:
        """Every whole's roll-up, per metric and group, sorted by the whole's count."""
        return rollups(self, policy=policy, at=at, known_at=known_at)
