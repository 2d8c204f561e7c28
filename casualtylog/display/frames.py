"""pandas DataFrames of claims, resolutions and histories, and logs built from frames.

Needs the ``pandas`` extra (``pip install 'casualtylog[pandas]'``); pandas is
imported only when one of these functions runs.

Column conventions:

- times are shown as people read them (docs/time.md, "How times are shown"):
  a ``datetime64[us, ZONE]`` column in the zone most of its times were stated
  in (``tz=`` picks another), and a time known only to the day sits at the
  start of that day, so ``.dt.date`` gives the day the source wrote. The zone
  each time was given in is kept beside it in a ``*_tz`` text column (an IANA
  name such as ``Europe/Kyiv`` or a fixed offset such as ``+03:00``), so that
  nothing is lost on the way back;
- counts are nullable ``Int64`` (a retraction has no figure; an open-ended
  figure has no ``high``);
- text is the nullable ``string`` dtype; ``supersedes`` and ``retracts`` hold
  tuples of claim ids, or with ``links="text"`` the ids as a CSV file of claims
  writes them (separated by spaces; none is ``<NA>``): write that frame with
  ``to_csv`` and ``pd.read_csv`` gives it back (a tuple's CSV cell is its Python
  repr, ``"('bc18…',)"``, which no reader takes apart).

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims
>>> log = CasualtyLog(kyiv_claims())
>>> df = claims_frame(log)
>>> df[["metric", "figure", "low", "source"]].head(3)
    metric     figure  low                 source
0   killed         10   10  Ukrainian authorities
1  injured         90   90  Ukrainian authorities
2   killed         +2    2  Kyiv City Military Administration
>>> list(log_from_frame(df)) == list(log)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from casualtylog._extras import require
from casualtylog.claims import Claim
from casualtylog.display._common import as_claims, zone_label
from casualtylog.display._frame_columns import _names, _typed
from casualtylog.display.frame_input import FrameClaims, claims_from_frame, log_from_frame
from casualtylog.display.resolution_frame import NUMBER_COLUMNS, PROVENANCE_COLUMNS, resolutions_frame
from casualtylog.display.when import step_said, view_moment, view_zone
from casualtylog.errors import OptionError
from casualtylog.history import History
from casualtylog.log import CasualtyLog

if TYPE_CHECKING:
    from datetime import tzinfo

    import pandas as pd

__all__ = [
    "CLAIM_COLUMNS",
    "NUMBER_COLUMNS",
    "PROVENANCE_COLUMNS",
    "FrameClaims",
    "claims_frame",
    "claims_from_frame",
    "history_frame",
    "log_from_frame",
    "resolutions_frame",
]

#: The columns of :func:`claims_frame`, in order.
CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "event",
    "metric",
    "group",
    "figure",
    "qualifier",
    "low",
    "high",
    "value",
    "word",
    "source",
    "source_kind",
    "via",
    "reported_at",
    "reported_tz",
    "reported_precision",
    "as_of",
    "as_of_tz",
    "recorded_at",
    "recorded_tz",
    "status",
    "supersedes",
    "retracts",
    "quote",
    "url",
    "language",
    "period",
    "relayed_at",
    "relayed_tz",
)
_INTS = ("low", "high", "value")
_TIMES = ("reported_at", "as_of", "recorded_at", "relayed_at")
_LINKS = ("supersedes", "retracts")
_FIGURE_PARTS = ("qualifier", "low", "high", "value", "word")


def _zone(when: datetime | None) -> str | None:
    return None if when is None else zone_label(when)


def claims_frame(
    claims: CasualtyLog | Claim | Iterable[Claim],
    *,
    tz: str | tzinfo | None = None,
    links: Literal["tuples", "text"] = "tuples",
) -> pd.DataFrame:
    """One row per claim, every field kept (the columns of :data:`CLAIM_COLUMNS`).

    >>> from casualtylog.worked_example import kyiv_claims
    >>> df = claims_frame(kyiv_claims())
    >>> len(df), str(df["reported_at"].dtype), str(df["low"].dtype), df.loc[0, "reported_tz"]
    (13, 'datetime64[us, Europe/Kyiv]', 'Int64', '+03:00')
    >>> str(claims_frame(kyiv_claims(), tz="UTC")["reported_at"].dtype)
    'datetime64[us, UTC]'

    For a CSV file, links as text: ``to_csv`` then ``pd.read_csv`` gives the same log back.

    >>> import io, pandas as pd
    >>> log = CasualtyLog(kyiv_claims())
    >>> text = claims_frame(log, links="text").to_csv(index=False)
    >>> list(log_from_frame(pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""]))) == list(log)
    True

    Args:
        claims: a log (its claims in the order added), one claim, or claims.
        tz: the zone of the time columns; default: the zone most claims were
            stated in. A day-only ``reported_at`` shows as its day in any zone.
        links: ``supersedes`` and ``retracts`` as tuples of ids (``"tuples"``), or as the
            text a CSV file of claims holds (``"text"``: ids separated by spaces, ``<NA>``
            for none), which survives ``to_csv``.

    Returns:
        A DataFrame that :func:`log_from_frame` turns back into the same claims.

    Raises:
        MissingExtraError: pandas is not installed.
        OptionError: ``links`` is neither ``"tuples"`` nor ``"text"``.
    """
    if links not in ("tuples", "text"):
        raise OptionError("links", links, "'tuples' (of claim ids) or 'text' (ids separated by spaces, for CSV)")
    require("pandas", "pandas", "claims_frame()")
    import pandas as pd  # noqa: PLC0415 - optional extra, imported only when used

    rows: dict[str, list[Any]] = {name: [] for name in CLAIM_COLUMNS}
    listed = as_claims(claims)
    zone = view_zone((c.reported_at for c in listed), tz)
    for c in listed:
        fig = c.figure
        record: dict[str, Any] = {
            "id": c.id,
            "event": c.event,
            "metric": c.metric,
            "group": c.group,
            "figure": None if fig is None else str(fig),
            "qualifier": None if fig is None else fig.qualifier.value,
            "low": None if fig is None else fig.low,
            "high": None if fig is None else fig.high,
            "value": None if fig is None else fig.value,
            "word": None if fig is None else fig.word,
            "source": c.source.name,
            "source_kind": c.source.kind.value,
            "via": c.via,
            "reported_at": view_moment(c.reported_at, c.reported_precision, zone),
            "reported_tz": _zone(c.reported_at),
            "reported_precision": c.reported_precision.value,
            "as_of": c.as_of,
            "as_of_tz": _zone(c.as_of),
            "recorded_at": c.recorded_at,
            "recorded_tz": _zone(c.recorded_at),
            "status": c.status.value,
            "supersedes": c.supersedes,
            "retracts": c.retracts,
            "quote": c.quote,
            "url": c.url,
            "language": c.language,
            "period": None if c.period is None else c.period.canonical(),
            "relayed_at": c.relayed_at,
            "relayed_tz": _zone(c.relayed_at),
        }
        for name in CLAIM_COLUMNS:
            rows[name].append(record[name])
    frame = _typed(rows, _INTS, _TIMES, zone)
    for name in _LINKS:
        if links == "text":
            frame[name] = pd.Series([" ".join(ids) or None for ids in rows[name]], dtype="string")
        else:
            frame[name] = pd.Series(rows[name], dtype=object)
    return frame


# -- histories (resolutions: display/resolution_frame.py) ----------------------------------


def history_frame(history: History, *, tz: str | tzinfo | None = None) -> pd.DataFrame:
    """One row per step of a history: when, the numbers before and after, who moved them, why.

    ``at`` is when the step happened as people read it: a step made by a claim
    known only to the day ("22 August") is that day (``at_precision`` says
    ``day``), in the zone most steps were stated in unless ``tz`` picks one.
    ``frame.attrs`` keeps the count, the policy and the clock.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> df = history_frame(CasualtyLog(kyiv_claims()).history(EVENT, "killed"))
    >>> df[["best", "previous_best", "change", "source_names"]]
       best  previous_best  change                       source_names
    0    10           <NA>    <NA>              Ukrainian authorities
    1    12             10       2  Kyiv City Military Administration
    >>> df.attrs["count"], df.attrs["clock"]
    ('kyiv-2025-04-24 / killed', 'reported')

    Raises:
        MissingExtraError: pandas is not installed.
    """
    require("pandas", "pandas", "history_frame()")
    import pandas as pd  # noqa: PLC0415 - optional extra, imported only when used

    data: dict[str, list[Any]] = {
        name: []
        for name in (
            "at",
            "at_tz",
            "at_precision",
            "figure",
            "best",
            "low",
            "high",
            "previous_best",
            "previous_low",
            "previous_high",
            "change",
            "source_names",
            "claim_ids",
            "reason",
        )
    }
    said = [step_said(step) for step in history]
    zone = view_zone((when for when, _ in said), tz)
    for step, (when, precision) in zip(history, said, strict=True):
        prev = step.previous or (None, None, None)
        data["at"].append(view_moment(when, precision, zone))
        data["at_tz"].append(zone_label(when))
        data["at_precision"].append(precision.value)
        data["figure"].append(step.resolution.figure_text)
        data["best"].append(step.best)
        data["low"].append(step.low)
        data["high"].append(step.high)
        data["previous_best"].append(prev[0])
        data["previous_low"].append(prev[1])
        data["previous_high"].append(prev[2])
        change = None if step.best is None or prev[0] is None else step.best - prev[0]
        data["change"].append(change)
        data["source_names"].append(_names(step.claims))
        data["claim_ids"].append(tuple(c.id for c in step.claims))
        data["reason"].append(step.reason)
    ints = ("best", "low", "high", "previous_best", "previous_low", "previous_high", "change")
    frame = _typed(data, ints, ("at",), zone)
    frame["claim_ids"] = pd.Series(data["claim_ids"], dtype=object)
    period = history.count.period
    frame.attrs.update({"count": str(history.count), "policy": history.policy, "clock": history.clock})
    if period is not None:  # a running total's frame keeps the attrs it always had
        frame.attrs["period"] = period.canonical()
    return frame
