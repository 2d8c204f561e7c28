"""The ``casualtylog events`` command, and the roll-ups ``resolve --events`` prints.

``casualtylog events FILE`` reads an event file (JSON Lines or CSV/HXL),
checks its hierarchy (no event its own ancestor, no part in two complete
wholes) and lists the events; with ``--log LOG`` it prints every whole's
roll-up from the log's claims. ``--format json`` prints one object a line.
"""

from __future__ import annotations

import argparse
import json
from typing import IO, Any

from casualtylog.claims import Count
from casualtylog.events import Event
from casualtylog.formats.events import read_events, write_events_csv
from casualtylog.hierarchy import EventRegistry
from casualtylog.rollup import NAMED_PARTS, Rollup

__all__ = ["add_events_command", "event_line", "rollup_record", "rollup_text", "rollups_asked"]


def event_line(event: Event, registry: EventRegistry) -> str:
    """One event in a line: id, date, place, kind, and its parts or wholes.

    >>> reg = EventRegistry()
    >>> _ = reg.add({"id": "w", "when": "2015-04", "parts_complete": True})
    >>> _ = reg.add({"id": "p", "parents": ["w"], "where": {"name": "Gorkha", "country": "NP"}})
    >>> print(event_line(reg["w"], reg)); print(event_line(reg["p"], reg))
    w  2015-04  parts (complete): p
    p  Gorkha, NP  part of w
    >>> for d in range(10):
    ...     _ = reg.add({"id": f"d{d}", "parents": ["w"]})
    >>> print(event_line(reg["w"], reg))
    w  2015-04  parts (complete): d0, d1, d2, d3, d4, d5, d6, d7 and 3 more
    """
    bits = [event.id]
    if event.title:
        bits.append(repr(event.title))
    if event.when is not None:
        bits.append(event.when.text)
    if event.where is not None:
        bits.append(", ".join(str(v) for v in (event.where.name, event.where.admin1, event.where.country) if v))
    if event.kind:
        bits.append(f"[{event.kind}]")
    if event.parents:
        bits.append("part of " + ", ".join(event.parents))
    parts = registry.parts(event.id)
    if parts:
        # A country's 75 districts in one line hide the line's point; each part's own line names its whole.
        named = ", ".join(parts[:NAMED_PARTS]) + (
            f" and {len(parts) - NAMED_PARTS} more" if len(parts) > NAMED_PARTS else ""
        )
        bits.append(f"parts{' (complete)' if event.parts_complete else ''}: {named}")
    return "  ".join(bits)


def rollup_text(roll: Rollup) -> str:
    """A roll-up in a line: the derived figure, the stated one, and how many parts.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> _ = log.add_events([{"id": "quake", "parts_complete": True}, {"id": "gorkha", "parents": ["quake"]},
    ...                     {"id": "dhading", "parents": ["quake"]}])
    >>> _ = log.add({"event": "gorkha", "metric": "killed", "figure": "400", "source": "NEOC", "reported_at": "2015-05-01"})
    >>> (roll,) = log.rollups()
    >>> print(rollup_text(roll))  # dhading has no figure: the high is open
    quake / killed: parts add up to at least 400 (1 of 2 parts, complete); no stated figure
    >>> {k: v for k, v in rollup_record(roll).items() if k in ("figure", "high", "unknown", "stated")}
    {'figure': 'at least 400', 'high': None, 'unknown': ['dhading'], 'stated': None}
    """
    known = sum(p.basis != "unknown" for p in roll.parts)
    stated = "no stated figure" if roll.stated is None else f"stated {roll.stated.figure_text}"
    complete = ", complete" if roll.complete else ""
    return f"{roll.count}: parts add up to {roll.figure_text} ({known} of {len(roll.parts)} parts{complete}); {stated}"


def rollup_record(roll: Rollup) -> dict[str, Any]:
    """A roll-up as a JSON-ready dict (claims by id); ``"rollup": true`` tells it from a resolution's
    record, which shares its ``event``, ``metric``, ``figure``, ``best``… in ``resolve --events --format json``."""
    return {
        "rollup": True,
        "event": roll.count.event,
        "metric": roll.count.metric,
        "group": roll.count.group,
        "figure": roll.figure_text,  # the text, as a resolution's record writes its figure
        "best": roll.best,
        "low": roll.low,
        "high": roll.high,
        "complete": roll.complete,
        "parts": [p.count.event for p in roll.parts],
        "unknown": list(roll.unknown),
        "stated": None if roll.stated is None else roll.stated.figure_text,
        "low_claims": [c.id for c in roll.low_claims],
        "high_claims": [c.id for c in roll.high_claims],
        "findings": [str(f) for f in roll.findings],
    }


def rollups_asked(rolls: list[Rollup], event: str | None, metric: str | None, group: str | None) -> list[Rollup]:
    """The roll-ups of the count ``resolve EVENT METRIC GROUP`` asked for (synonyms folded as for claims).

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> _ = log.add_events([{"id": "w"}, {"id": "p", "parents": ["w"]}])
    >>> for metric in ("killed", "injured"):
    ...     _ = log.add({"event": "p", "metric": metric, "figure": "3", "source": "A", "reported_at": "2025-01-01"})
    >>> [str(r.count) for r in rollups_asked(log.rollups(), "w", "dead", None)]
    ['w / killed']
    """
    if event is None:
        return rolls
    if metric is None:
        return [r for r in rolls if r.count.event == event.strip()]
    count = Count.of(event, metric, group)
    return [r for r in rolls if r.count == count]


def print_rollups(rolls: list[Rollup], fmt: str, out: IO[str], say: Any) -> None:
    """Print roll-ups as text lines (with their findings) or JSON lines."""
    for roll in rolls:
        if fmt == "json":
            print(json.dumps(rollup_record(roll), ensure_ascii=False, separators=(",", ":")), file=out)
        else:
            say(rollup_text(roll))
            for finding in roll.findings:
                say(f"  {finding}")


def _events(args: argparse.Namespace) -> int:
    import sys  # noqa: PLC0415 - the command prints to the current stdout (tests swap it)

    from casualtylog.cli import terminal_text  # noqa: PLC0415 - the CLI imports this module
    from casualtylog.formats.files import open_log  # noqa: PLC0415 - only with --log

    def _say(text: object) -> None:
        print(terminal_text(text))

    registry = EventRegistry()
    registry.extend(read_events(args.file))
    if args.log is not None:
        with open_log(args.log, format=args.log_format, tz=args.tz) as log:
            # In memory only: listing roll-ups must not write the event file into a store.
            log.event_registry.extend(registry.values())
            rolls = log.rollups(policy=args.policy, at=args.at, known_at=args.known_at)
        print_rollups(rolls, args.format if args.format == "json" else "text", sys.stdout, _say)
        return 0
    if args.format == "json":
        for event in registry.values():
            print(json.dumps(event.record(), ensure_ascii=False, separators=(",", ":")))
    elif args.format == "hxl":
        write_events_csv(registry.values(), sys.stdout, hxl=True)
    else:
        for event in registry.values():
            _say(event_line(event, registry))
        print(f"{len(registry)} event{'s' if len(registry) != 1 else ''}")
    return 0


def add_events_command(sub: Any) -> None:
    """Add ``casualtylog events`` to the CLI's sub-commands."""
    from casualtylog.resolve.policies import POLICIES  # noqa: PLC0415 - kept beside the other options

    cmd = sub.add_parser("events", help="list and check an event file; with --log, the roll-ups of its wholes")
    cmd.add_argument("file", metavar="EVENTS", help="events: *.jsonl or *.csv (plain or HXL)")
    cmd.add_argument("--log", metavar="LOG", help="claims to roll up: a *.db store, a *.jsonl or *.csv file")
    cmd.add_argument("--log-format", choices=["jsonl", "csv", "hxl", "db"], help="the format of LOG")
    cmd.add_argument("--tz", help="timezone for times written without one, e.g. Europe/Kyiv")
    cmd.add_argument("--policy", choices=sorted(POLICIES), help="how best/low/high are chosen (default: range)")
    cmd.add_argument("--at", metavar="TIME", help="with --log: only claims said by TIME")
    cmd.add_argument("--known-at", metavar="TIME", help="with --log: only claims recorded by TIME")
    cmd.add_argument("--format", choices=["text", "json", "hxl"], default="text", help="text, JSON lines or HXL CSV")
    cmd.set_defaults(func=_events)
