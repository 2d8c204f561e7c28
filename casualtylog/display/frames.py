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

import math
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, SupportsInt, cast

from casualtylog._coerce import to_claim
from casualtylog._extras import require
from casualtylog.claims import Claim
from casualtylog.display._common import as_claims, as_resolutions, zone_from_label, zone_label
from casualtylog.display.when import is_coarse, step_said, view_moment, view_zone
from casualtylog.errors import ClaimFormatError
from casualtylog.figures import Figure
from casualtylog.history import History
from casualtylog.log import CasualtyLog
from casualtylog.resolve.model import Resolution
from casualtylog.times import Precision

if TYPE_CHECKING:
    from datetime import tzinfo

    import pandas as pd

__all__ = ["CLAIM_COLUMNS", "claims_frame", "claims_from_frame", "history_frame", "log_from_frame", "resolutions_frame"]

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
)
_INTS = ("low", "high", "value")
_TIMES = ("reported_at", "as_of", "recorded_at")
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
        }
        for name in CLAIM_COLUMNS:
            rows[name].append(record[name])
    frame = _typed(rows, _INTS, _TIMES, zone)
    for name in _LINKS:
        frame[name] = pd.Series(rows[name], dtype=object)
    return frame


# -- frames → claims ------------------------------------------------------------------


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in {"NAType", "NaTType"}


def _links(value: object) -> tuple[str, ...]:
    if _missing(value):
        return ()
    if isinstance(value, str):
        return tuple(part for part in re.split(r"[\s,;]+", value) if part)
    if isinstance(value, Iterable):
        return tuple(str(v) for v in value)
    return (str(value),)


def _time(value: object, zone: object, precision: object = None) -> object:
    if _missing(value):
        return None
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, datetime) and value.tzinfo is not None and isinstance(zone, str) and zone.strip():
        stated = zone_from_label(zone)
        if isinstance(precision, str) and precision in _COARSE:
            # a frame shows a day as that day in its column's zone: the day is what was stated
            return value.replace(tzinfo=None).replace(tzinfo=stated)
        return value.astimezone(stated)
    return value


def _int(value: object) -> object:
    if _missing(value):
        return None
    if isinstance(value, float) and not value.is_integer():
        return value  # validation rejects it, naming the value
    return int(cast("SupportsInt", value))


def _figure(row: Mapping[str, Any], position: int) -> object:
    text = row.get("figure")
    parts = {k: row.get(k) for k in _FIGURE_PARTS}
    if _missing(parts["qualifier"]):
        return None if _missing(text) else text
    fields = {
        "qualifier": parts["qualifier"],
        "low": _int(parts["low"]),
        "high": _int(parts["high"]),
        "value": _int(parts["value"]),
        "word": None if _missing(parts["word"]) else parts["word"],
    }
    try:
        figure = Figure.model_validate(fields)
    except ValueError as exc:
        raise ClaimFormatError(None, position, "figure", fields, str(exc)) from exc
    if not _missing(text) and Figure.coerce(text) != figure and str(text) != str(figure):
        raise ClaimFormatError(
            None,
            position,
            "figure",
            text,
            f"disagrees with the qualifier/low/high/value/word columns ({figure}); edit one of them or drop the other",
        )
    return figure


_COARSE = frozenset(p.value for p in Precision if is_coarse(p))
_ZONE_COLUMN = {"reported_at": "reported_tz", "as_of": "as_of_tz", "recorded_at": "recorded_tz"}
_EXTRA_COLUMNS = frozenset({*_FIGURE_PARTS, "source_kind", *_ZONE_COLUMN.values()})


def _known_columns() -> frozenset[str]:
    return frozenset(Claim.model_fields) | _EXTRA_COLUMNS


def _record(row: Mapping[str, Any], position: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        if name in _EXTRA_COLUMNS or name == "figure":
            continue
        if name in _LINKS:
            out[name] = _links(value)
        elif name in _TIMES:
            precision = row.get("reported_precision") if name == "reported_at" else None
            out[name] = _time(value, row.get(_ZONE_COLUMN[name]), precision)
        elif not _missing(value):
            out[name] = value
    figure = _figure(row, position)
    out["figure"] = figure
    kind = row.get("source_kind")
    if isinstance(out.get("source"), str) and not _missing(kind):
        out["source"] = {"name": out["source"], "kind": kind}
    return out


def claims_from_frame(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | None = None,
    *,
    defaults: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
) -> list[Claim]:
    """The claims in ``frame``, one per row (see :func:`log_from_frame`).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"date": ["2022-02-25", "2022-02-26"], "personnel": ["about 2800", "about 4300"]})
    >>> claims = claims_from_frame(df, {"date": "reported_at", "personnel": "figure"},
    ...                            defaults={"event": "ukraine", "metric": "killed", "source": "MoD of Ukraine"})
    >>> [str(c.figure) for c in claims]
    ['about 2800', 'about 4300']
    """
    require("pandas", "pandas", "claims_from_frame()")
    renames = dict(mapping or {})
    known = _known_columns()
    keep: dict[str, str] = {}
    for column in frame.columns:
        target = renames.get(str(column), str(column)) if str(column) in renames else str(column)
        if target is None:
            continue
        if target not in known:
            raise ClaimFormatError(
                None,
                None,
                str(column),
                None,
                f"unknown column; map it to a claim field ({', '.join(Claim.model_fields)}) "
                f"with mapping={{{str(column)!r}: 'field'}}, or drop it with mapping={{{str(column)!r}: None}}",
            )
        if target in keep.values():
            raise ClaimFormatError(None, None, str(column), None, f"a second column for the field {target!r}")
        keep[str(column)] = target
    fixed = dict(defaults or {})
    claims = []
    records = frame.to_dict("records")
    for position, raw in enumerate(records, start=1):
        row = dict(fixed)
        for column, target in keep.items():
            value = raw[column]
            if not (_missing(value) and target in fixed):
                row[target] = value
        claims.append(to_claim(_record(row, position), tz=tz, line=position))
    return claims


def log_from_frame(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | None = None,
    *,
    defaults: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
) -> CasualtyLog:
    """A log of the claims in ``frame``, one per row.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"when": ["2025-04-24T09:00+03:00", "2025-04-24T14:00+03:00"],
    ...                    "dead": [10, 12], "who": ["Kyiv City Military Administration"] * 2})
    >>> log = log_from_frame(df, {"when": "reported_at", "dead": "figure", "who": "source"},
    ...                      defaults={"event": "kyiv", "metric": "killed"})
    >>> log.resolve("kyiv", "killed").best
    12

    Args:
        frame: a frame from :func:`claims_frame`, or any frame whose columns,
            once renamed by ``mapping``, are claim fields (``figure`` may be
            text or a number), plus optionally the figure parts
            (``qualifier``, ``low``, ``high``, ``value``, ``word``), ``source_kind``
            and the ``*_tz`` zone columns that :func:`claims_frame` writes.
        mapping: ``{column: field}``; map a column to ``None`` to ignore it.
        defaults: values for fields the frame lacks or leaves empty, such as
            ``{"source": "MoD of Ukraine", "metric": "killed"}``.
        tz: the time zone for naive times.

    Returns:
        A new :class:`~casualtylog.CasualtyLog`. ``recorded_at`` values in the
        frame are kept; rows without one are stamped now.

    Raises:
        ClaimFormatError: a column is unknown, or a row is not a valid claim
            (the message names the row, counting from 1, and the field). A row
            whose ``id`` no longer matches its content (an edited frame) is
            refused: claims are immutable, so add a new claim instead.
        MissingExtraError: pandas is not installed.
    """
    return CasualtyLog(claims_from_frame(frame, mapping, defaults=defaults, tz=tz), tz=tz)


# -- resolutions and histories ------------------------------------------------------------


def _names(claims: Iterable[Claim]) -> str:
    return "; ".join(sorted({c.source.name for c in claims}))


def resolutions_frame(
    resolutions: CasualtyLog | Resolution | Iterable[Resolution], *, tz: str | tzinfo | None = None
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

    Raises:
        MissingExtraError: pandas is not installed.
    """
    require("pandas", "pandas", "resolutions_frame()")
    rows: list[dict[str, Any]] = []
    listed = as_resolutions(resolutions)
    zone = view_zone((r.best_claim.reported_at for r in listed if r.best_claim is not None), tz)
    for r in listed:
        best = r.best_claim
        rows.append(
            {
                "event": r.count.event,
                "metric": r.count.metric,
                "group": r.count.group,
                "figure": r.figure,
                "best": r.best,
                "low": r.low,
                "high": r.high,
                "policy": r.policy,
                "best_source": None if best is None else best.source.name,
                "best_via": None if best is None else best.via,
                "best_reported_at": None if best is None else view_moment(best.reported_at, best.reported_precision, zone),
                "best_reported_tz": None if best is None else zone_label(best.reported_at),
                "best_claim": None if best is None else best.id,
                "low_sources": _names(r.low_claims) or None,
                "high_sources": _names(r.high_claims) or None,
                "sources": r.sources,
                "claims": len(r.considered),
                "revisions": "; ".join(str(v) for v in r.revisions) or None,
                "superseded": len(r.superseded),
                "retracted": len(r.retracted),
                "conflicts": len(r.conflicts),
                "anomalies": len(r.anomalies),
                "rule": r.rule,
                "at": r.at,
                "known_at": r.known_at,
            }
        )
    columns = list(rows[0]) if rows else ["event", "metric", "group", "figure", "best", "low", "high"]
    data = {name: [row[name] for row in rows] for name in columns}
    ints = ("best", "low", "high", "sources", "claims", "superseded", "retracted", "conflicts", "anomalies")
    return _typed(data, ints, ("best_reported_at", "at", "known_at"), zone)


def history_frame(history: History, *, tz: str | tzinfo | None = None) -> pd.DataFrame:
    """One row per step of a history: when, the numbers before and after, who moved them, why.

    ``at`` is when the step happened as people read it: a step made by a claim
    known only to the day ("22 August") is that day (``at_precision`` says
    ``day``), in the zone most steps were stated in unless ``tz`` picks one.
    ``frame.attrs`` keeps the count, the policy and the clock.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims, EVENT
    >>> df = history_frame(CasualtyLog(kyiv_claims()).history(EVENT, "killed"))
    >>> df[["best", "previous_best", "change", "sources"]]
       best  previous_best  change                            sources
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
            "sources",
            "claims",
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
        data["figure"].append(step.resolution.figure)
        data["best"].append(step.best)
        data["low"].append(step.low)
        data["high"].append(step.high)
        data["previous_best"].append(prev[0])
        data["previous_low"].append(prev[1])
        data["previous_high"].append(prev[2])
        change = None if step.best is None or prev[0] is None else step.best - prev[0]
        data["change"].append(change)
        data["sources"].append(_names(step.claims))
        data["claims"].append(tuple(c.id for c in step.claims))
        data["reason"].append(step.reason)
    ints = ("best", "low", "high", "previous_best", "previous_low", "previous_high", "change")
    frame = _typed(data, ints, ("at",), zone)
    frame["claims"] = pd.Series(data["claims"], dtype=object)
    frame.attrs.update({"count": str(history.count), "policy": history.policy, "clock": history.clock})
    return frame
