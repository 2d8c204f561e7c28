"""Resolutions and histories as pandas DataFrames: the columns, their dtypes, one row each.

:func:`resolution_frame` and :func:`history_rows` turn the in-memory results
into the tables that :func:`~casualtylog.dask.resolve_frame` and
:func:`~casualtylog.dask.history_frame` return, so the distributed answer can
be compared with the in-memory one value for value. Pandas is imported when a
function is called; :mod:`casualtylog.dask` re-exports these names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from casualtylog._extras import require
from casualtylog.claims import Count
from casualtylog.history import History
from casualtylog.resolve.model import Resolution

if TYPE_CHECKING:
    import pandas

__all__ = ["HISTORY_COLUMNS", "RESOLUTION_COLUMNS", "history_rows", "resolution_frame"]

#: The columns of :func:`~casualtylog.dask.resolve_frame` and :func:`resolution_frame`, in order.
RESOLUTION_COLUMNS: tuple[str, ...] = (
    "event",
    "metric",
    "group",
    "period",
    "figure",
    "best",
    "low",
    "high",
    "policy",
    "best_claim",
    "sources",
    "claim_count",
    "conflicts",
)
#: The columns of :func:`~casualtylog.dask.history_frame` and :func:`history_rows`, in order.
HISTORY_COLUMNS: tuple[str, ...] = (
    "event",
    "metric",
    "group",
    "period",
    "clock",
    "step",
    "at",
    "figure",
    "best",
    "low",
    "high",
    "claim_ids",
    "reason",
)
_OBJECT = ("event", "metric", "group", "period", "figure", "policy", "best_claim", "clock", "claim_ids", "reason")
_NULLABLE_INT = ("best", "low", "high")
_INT = ("sources", "claim_count", "conflicts", "step")


def _count_key(count: Count) -> tuple[Any, ...]:
    # Running totals first, then the periods of the same (event, metric, group) in time order.
    return (count.event, count.metric, count.group or "", () if count.period is None else count.period.sort_key())


def _period(count: Count) -> str | None:
    """The count's period as stored (``None``: a running total since the event began)."""
    return None if count.period is None else count.period.canonical()


def _pd() -> Any:
    return require("pandas", "dask", "casualtylog.dask")


def _typed(rows: dict[str, list[Any]], columns: Sequence[str]) -> pandas.DataFrame:
    pd = _pd()
    data: dict[str, Any] = {}
    for name in columns:
        values = rows[name]
        if name in _OBJECT:
            data[name] = pd.Series(values, dtype=object)
        elif name in _NULLABLE_INT:
            data[name] = pd.Series(values, dtype="Int64")
        elif name in _INT:
            data[name] = pd.Series(values, dtype="int64")
        else:  # "at"
            data[name] = pd.Series(values, dtype="datetime64[us, UTC]")
    out: pandas.DataFrame = pd.DataFrame(data, columns=list(columns))
    return out


def resolution_frame(resolutions: Iterable[Resolution]) -> pandas.DataFrame:
    """Resolutions as a pandas DataFrame with :data:`RESOLUTION_COLUMNS`, sorted by count.

    ``best_claim`` is the id of the claim that set best; ``sources`` the number
    of sources behind the credible figures; ``claim_count`` the
    claims considered; ``conflicts`` how many pairs of current claims disagree.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog([{"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"}])
    >>> resolution_frame(log.resolve_all())[["event", "metric", "group", "best", "claim_count"]].to_dict("records")
    [{'event': 'e', 'metric': 'killed', 'group': None, 'best': 3, 'claim_count': 1}]
    """
    ordered = sorted(resolutions, key=lambda r: _count_key(r.count))
    rows: dict[str, list[Any]] = {name: [] for name in RESOLUTION_COLUMNS}
    for r in ordered:
        rows["event"].append(r.count.event)
        rows["metric"].append(r.count.metric)
        rows["group"].append(r.count.group)
        rows["period"].append(_period(r.count))
        rows["figure"].append(r.figure_text)
        rows["best"].append(r.best)
        rows["low"].append(r.low)
        rows["high"].append(r.high)
        rows["policy"].append(r.policy)
        rows["best_claim"].append(None if r.best_claim is None else r.best_claim.id)
        rows["sources"].append(r.sources)
        # A bulk result (casualtylog.bulk) knows these without building its provenance.
        rows["claim_count"].append(r.claim_count)
        rows["conflicts"].append(len(r.conflicts) if r.has_conflicts else 0)
    return _typed(rows, RESOLUTION_COLUMNS)


def history_rows(histories: Iterable[History]) -> pandas.DataFrame:
    """Histories as a pandas DataFrame with :data:`HISTORY_COLUMNS`: one row per step.

    ``claim_ids`` joins the ids of the claims that arrived at that step with commas.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> a = log.add({"event": "e", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    >>> _ = log.add(a.revised(figure="12", reported_at="2025-04-24T14:00Z"))
    >>> history_rows([log.history("e", "killed")])[["step", "best", "reason"]].to_dict("records")
    [{'step': 0, 'best': 10, 'reason': 'A reported 10'}, {'step': 1, 'best': 12, 'reason': 'A raised 10 → 12 (supersedes 10)'}]
    """
    ordered = sorted(histories, key=lambda h: _count_key(h.count))
    rows: dict[str, list[Any]] = {name: [] for name in HISTORY_COLUMNS}
    for h in ordered:
        for i, step in enumerate(h.steps):
            rows["event"].append(h.count.event)
            rows["metric"].append(h.count.metric)
            rows["group"].append(h.count.group)
            rows["period"].append(_period(h.count))
            rows["clock"].append(h.clock)
            rows["step"].append(i)
            rows["at"].append(step.at)
            rows["figure"].append(step.resolution.figure_text)
            rows["best"].append(step.best)
            rows["low"].append(step.low)
            rows["high"].append(step.high)
            rows["claim_ids"].append(",".join(c.id for c in step.claims))
            rows["reason"].append(step.reason)
    return _typed(rows, HISTORY_COLUMNS)
