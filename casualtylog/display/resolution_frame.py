"""One row per count: a resolution's numbers, and its provenance when asked.

:func:`resolutions_frame` backs :meth:`Resolutions.to_frame
<casualtylog.resolutions.Resolutions.to_frame>` and :meth:`Resolution.to_frame
<casualtylog.resolve.model.Resolution.to_frame>`; :mod:`casualtylog.display.frames`
re-exports it. The :data:`NUMBER_COLUMNS` come from what the bulk engine sets
(best, low, high, the claim that set best, tallies), so a frame of numbers
builds no count's provenance; the :data:`PROVENANCE_COLUMNS` build it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from casualtylog._extras import require
from casualtylog.display._common import as_resolutions, zone_label
from casualtylog.display._frame_columns import _names, _typed
from casualtylog.display.when import view_moment, view_zone
from casualtylog.log import CasualtyLog
from casualtylog.resolve.model import Resolution

if TYPE_CHECKING:
    from datetime import tzinfo

    import pandas as pd

__all__ = ["NUMBER_COLUMNS", "PROVENANCE_COLUMNS", "resolutions_frame"]


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
