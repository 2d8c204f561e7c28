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
  tuples of claim ids.

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
from typing import TYPE_CHECKING, Any

from casualtylog._extras import require
from casualtylog.claims import Claim
from casualtylog.display._common import as_claims, as_resolutions, zone_label
from casualtylog.display.frame_input import claims_from_frame, log_from_frame
from casualtylog.display.when import step_said, view_moment, view_zone
from casualtylog.history import History
from casualtylog.log import CasualtyLog
from casualtylog.resolve.model import Resolution

if TYPE_CHECKING:
    from datetime import tzinfo

    import pandas as pd

__all__ = [
    "CLAIM_COLUMNS",
    "NUMBER_COLUMNS",
    "PROVENANCE_COLUMNS",
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


def _typed(
    data: dict[str, list[Any]], ints: Iterable[str], times: Iterable[str], zone: tzinfo | None = None
) -> pd.DataFrame:
    import pandas as pd  # noqa: PLC0415 - optional extra; callers have checked it with require()

    ints, times = set(ints), set(times)
    time_dtype = pd.DatetimeTZDtype(unit="us", tz=zone or "UTC")
    columns: dict[str, Any] = {}
    for name, values in data.items():
        if name in ints:
            columns[name] = pd.array(values, dtype="Int64")
        elif name in times:
            moments = [None if v is None else pd.Timestamp(v).tz_convert(time_dtype.tz) for v in values]
            columns[name] = pd.Series(moments, dtype=time_dtype)
        elif values and all(v is None or isinstance(v, str) for v in values):
            columns[name] = pd.array(values, dtype="string")
        else:
            series = pd.Series(values, dtype=object) if values else pd.Series([], dtype="string")
            columns[name] = series
    return pd.DataFrame(columns)


def _zone(when: datetime | None) -> str | None:
    return None if when is None else zone_label(when)


def claims_frame(claims: CasualtyLog | Claim | Iterable[Claim], *, tz: str | tzinfo | None = None) -> pd.DataFrame:
    """One row per claim, every field kept (the columns of :data:`CLAIM_COLUMNS`).

    >>> from casualtylog.worked_example import kyiv_claims
    >>> df = claims_frame(kyiv_claims())
    >>> len(df), str(df["reported_at"].dtype), str(df["low"].dtype), df.loc[0, "reported_tz"]
    (13, 'datetime64[us, Europe/Kyiv]', 'Int64', '+03:00')
    >>> str(claims_frame(kyiv_claims(), tz="UTC")["reported_at"].dtype)
    'datetime64[us, UTC]'

    Args:
        claims: a log (its claims in the order added), one claim, or claims.
        tz: the zone of the time columns; default: the zone most claims were
            stated in. A day-only ``reported_at`` shows as its day in any zone.

    Returns:
        A DataFrame that :func:`log_from_frame` turns back into the same claims.

    Raises:
        MissingExtraError: pandas is not installed.
    """
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
        frame[name] = pd.Series(rows[name], dtype=object)
    return frame


# -- resolutions and histories ------------------------------------------------------------


def _names(claims: Iterable[Claim]) -> str:
    return "; ".join(sorted({c.source.name for c in claims}))


#: The columns of :func:`resolutions_frame` that a resolution's numbers give (the bulk
#: engine sets them without building provenance), in order.
NUMBER_COLUMNS: tuple[str, ...] = (
    "event",
    "metric",
    "group",
    "period",
    "figure",
    "best",
    "low",
    "high",
    "policy",
    "best_source",
    "best_via",
    "best_reported_at",
    "best_reported_tz",
    "best_claim",
    "sources",
    "claim_count",
    "at",
    "known_at",
)
#: The columns that need each count's provenance (its rule, the claims behind low and high,
#: revisions, what was set aside), built only with ``provenance=True``.
PROVENANCE_COLUMNS: tuple[str, ...] = (
    "low_sources",
    "high_sources",
    "reporting_sources",
    "revisions",
    "superseded",
    "retracted",
    "conflicts",
    "anomalies",
    "rule",
)
# Every column, as the frame has always ordered them.
_ALL_RESOLUTION_COLUMNS: tuple[str, ...] = (
    *NUMBER_COLUMNS[:14],
    "low_sources",
    "high_sources",
    "sources",
    "reporting_sources",
    "claim_count",
    *PROVENANCE_COLUMNS[3:],
    "at",
    "known_at",
)
_RESOLUTION_INTS = (
    "best",
    "low",
    "high",
    "sources",
    "reporting_sources",
    "claim_count",
    "superseded",
    "retracted",
    "conflicts",
    "anomalies",
)


def resolutions_frame(
    resolutions: CasualtyLog | Resolution | Iterable[Resolution],
    *,
    tz: str | tzinfo | None = None,
    provenance: bool = True,
) -> pd.DataFrame:
    """One row per count: best, low, high, who set them, and what the resolution set aside.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims
    >>> df = resolutions_frame(CasualtyLog(kyiv_claims()))
    >>> df.loc[df["metric"] == "killed", ["best", "low", "high", "best_source", "sources"]]
       best  low  high                        best_source  sources
    4    12   12    12  Kyiv City Military Administration        1

    Args:
        resolutions: a log (its :meth:`~casualtylog.CasualtyLog.resolve_all`),
            one resolution, or many.
        tz: the zone of ``best_reported_at``; default: the zone most were stated in.
        provenance: with ``False``, only the :data:`NUMBER_COLUMNS`, which the
            bulk engine's numbers give without building each count's provenance
            (much faster for a whole log); the :data:`PROVENANCE_COLUMNS` are left out.

    >>> numbers = resolutions_frame(CasualtyLog(kyiv_claims()), provenance=False)
    >>> list(numbers.columns) == list(NUMBER_COLUMNS)
    True

    Raises:
        MissingExtraError: pandas is not installed.
    """
    require("pandas", "pandas", "resolutions_frame()")
    listed = as_resolutions(resolutions)
    zone = view_zone((r.best_claim.reported_at for r in listed if r.best_claim is not None), tz)
    columns = _ALL_RESOLUTION_COLUMNS if provenance else NUMBER_COLUMNS
    data: dict[str, list[Any]] = {name: [] for name in columns}
    for r in listed:
        best = r.best_claim
        row: dict[str, Any] = {
            "event": r.count.event,
            "metric": r.count.metric,
            "group": r.count.group,
            "period": None if r.count.period is None else r.count.period.canonical(),
            "figure": r.figure_text,
            "best": r.best,
            "low": r.low,
            "high": r.high,
            "policy": r.policy,
            "best_source": None if best is None else best.source.name,
            "best_via": None if best is None else best.via,
            "best_reported_at": None if best is None else view_moment(best.reported_at, best.reported_precision, zone),
            "best_reported_tz": None if best is None else zone_label(best.reported_at),
            "best_claim": None if best is None else best.id,
            "sources": r.sources,
            "claim_count": r.claim_count,
            "at": r.at,
            "known_at": r.known_at,
        }
        if provenance:
            row |= _provenance(r)
        for name in columns:
            data[name].append(row[name])
    if not listed:  # the columns an empty frame always had
        data = {name: [] for name in ("event", "metric", "group", "period", "figure", "best", "low", "high")}
    return _typed(data, _RESOLUTION_INTS, ("best_reported_at", "at", "known_at"), zone)


def _provenance(r: Resolution) -> dict[str, Any]:
    """The columns of a resolution that its provenance gives: reading them builds it."""
    return {
        "low_sources": _names(r.low_claims) or None,
        "high_sources": _names(r.high_claims) or None,
        "reporting_sources": r.reporting_sources,
        "revisions": "; ".join(str(v) for v in r.revisions) or None,
        "superseded": len(r.superseded),
        "retracted": len(r.retracted),
        "conflicts": len(r.conflicts),
        "anomalies": len(r.anomalies),
        "rule": r.rule,
    }


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
