"""A compact shorthand for claims, for notebooks and doctests.

``"10 dead, later 12"`` and ``"killed: 10 -> 12 -> 13"`` are one count's
figures in the order they were said. Each becomes a claim; each claim after
the first supersedes the one before. Unless times are given, the n-th figure
is stamped ``reported_at`` + n minutes (so the order is also the order in
time); pass ``times=[...]`` to give each its own.

>>> claims = shorthand("killed: 10 -> 12 -> at least 13", event="kyiv", source="KCMA",
...                    reported_at="2025-04-24T09:00+03:00")
>>> [(c.metric, str(c.figure), c.reported_at.strftime("%H:%M")) for c in claims]
[('killed', '10', '09:00'), ('killed', '12', '09:01'), ('killed', 'at least 13', '09:02')]
>>> claims[1].supersedes == (claims[0].id,) and claims[2].supersedes == (claims[1].id,)
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import timedelta, tzinfo
from typing import Any

from casualtylog.claims import Claim, Source
from casualtylog.errors import FigureError
from casualtylog.figures import Figure
from casualtylog.times import TimeInput, parse_time
from casualtylog.vocab import normalise_group, normalise_metric

__all__ = ["shorthand"]

#: The time between two figures of one shorthand when no times are given.
STEP = timedelta(minutes=1)

_ARROW = re.compile(r"\s*(?:->|→|=>)\s*")
_LATER = re.compile(r"\s*,?\s*\b(?:later|then|now|daarna|nu)\b\s*", re.IGNORECASE)
_LEADING = re.compile(r"^\s*([A-Za-z][\w ]{0,40}?)\s*(?:/\s*([A-Za-z][\w ]{0,40}?)\s*)?:\s*(.+)$", re.DOTALL)
_TRAILING = re.compile(r"^(.+?)\s+([A-Za-z][A-Za-z_]{1,30})(?:\s*/\s*([A-Za-z][\w]{0,30}))?\s*$")


def _split(text: str) -> tuple[str | None, str | None, list[str]]:
    """The metric, group and figure texts of one shorthand string."""
    metric: str | None = None
    group: str | None = None
    body = text.strip()
    leading = _LEADING.match(body)
    if leading and not leading.group(1).strip().casefold().startswith(("at least", "about", "up to")):
        metric, group, body = leading.group(1).strip(), leading.group(2), leading.group(3)
    parts = [p.strip() for p in (_ARROW.split(body) if _ARROW.search(body) else _LATER.split(body)) if p.strip()]
    if metric is None and parts:
        trailing = _TRAILING.match(parts[0])
        if trailing:
            try:
                Figure.parse(trailing.group(1))
            except FigureError:
                pass
            else:
                parts[0], metric, group = trailing.group(1), trailing.group(2), trailing.group(3)
    return metric, group, parts


def shorthand(
    text: str,
    *,
    event: str,
    source: str | Source | Mapping[str, Any],
    reported_at: TimeInput,
    times: Sequence[TimeInput] | None = None,
    metric: str | None = None,
    group: str | None = None,
    via: str | None = None,
    tz: str | tzinfo | None = None,
) -> list[Claim]:
    """Claims from a one-line shorthand: ``"10 dead, later 12"``, ``"killed: 10 -> 12"``.

    >>> [str(c.figure) for c in shorthand("10 dead, later 12", event="e", source="s", reported_at="2025-04-24T09:00Z")]
    ['10', '12']

    The metric comes first ("killed: …", "injured/children: …") or after the
    first figure ("10 dead, later 12"); ``metric=`` and ``group=`` give it
    instead. Figures are anything :meth:`Figure.parse` reads ("at least 12",
    "10-15", "+2", "dozens"), separated by ``->``/``→`` or by "later"/"then".

    Args:
        text: the shorthand.
        event, source, via: as for a :class:`~casualtylog.Claim`.
        reported_at: when the first figure was said.
        times: one time per figure, instead of ``reported_at`` + n minutes.
        metric, group: the count, when the text does not name it.
        tz: the timezone for naive times.

    Raises:
        FigureError: a figure cannot be read, or the text names no metric.
        TimeError: a time cannot be read.
    """
    found_metric, found_group, parts = _split(text)
    metric = metric or found_metric
    group = group if group is not None else found_group
    if not metric or not parts:
        raise FigureError(text, "a shorthand such as '10 dead, later 12' or 'killed: 10 -> 12'")
    if times is not None and len(times) != len(parts):
        raise FigureError(text, f"{len(parts)} times, one per figure (got {len(times)})")
    start, precision = parse_time(reported_at, field="reported_at", tz=tz)
    stamps = [parse_time(t, field="times", tz=tz) for t in times] if times is not None else None
    claims: list[Claim] = []
    for index, part in enumerate(parts):
        when, prec = stamps[index] if stamps is not None else (start + index * STEP, precision)
        data: dict[str, Any] = {
            "event": event,
            "metric": normalise_metric(metric),
            "group": normalise_group(group),
            "figure": Figure.parse(part),
            "source": source if not isinstance(source, Mapping) else dict(source),
            "via": via,
            "reported_at": when,
            "reported_precision": prec,
            "supersedes": (claims[-1].id,) if claims else (),
        }
        claims.append(Claim.model_validate(data))
    return claims
