"""UCDP-GED-style rows: ``best``, ``low``, ``high``, ``number_of_sources``, ``date_prec``.

The UCDP Georeferenced Event Dataset gives, per event, a best estimate with
the lowest and highest reliable figures, how many sources it rests on, and
how precisely the date is known. casualtylog writes one such row per count
(event, metric, group) from the :class:`~casualtylog.Range` policy by default,
which is UCDP's rule: the most likely figure, with the envelope of the
credible ones.

``date_start``, ``date_end`` and ``date_prec`` describe when the *event*
took place, as GED defines them ("the earliest possible date when the event
has taken place", not the date of any report). They come from the event
declared in the log (:meth:`CasualtyLog.add_event`), on the codebook's scale
(see :mod:`casualtylog.exports._events` and docs/exports.md); so do the
place columns (``where_description``, ``country``, ``adm_1``, ``adm_2``,
``latitude``, ``longitude``, ``where_prec``). For an event no one declared,
the dates fall back to the span of days the standing claims describe
(``as_of``, else ``reported_at``) and ``date_basis`` says ``reports``: a
later relay then widens the span, which is why declaring the event matters.

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims
>>> (row,) = ucdp_rows(CasualtyLog(kyiv_claims()), metric="killed")
>>> {k: row[k] for k in ("best", "low", "high", "number_of_sources", "date_start", "date_prec")}
{'best': 12, 'low': 12, 'high': 12, 'number_of_sources': 2, 'date_start': datetime.date(2025, 4, 24), 'date_prec': 1}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from casualtylog.claims import Count
from casualtylog.display._common import as_resolutions
from casualtylog.events import Event
from casualtylog.exports._events import ucdp_event_facts
from casualtylog.exports._rows import Target, date_span, read_csv, reporting_claims, write_csv
from casualtylog.figures import Figure
from casualtylog.log import CasualtyLog
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy
from casualtylog.times import Precision, TimeInput
from casualtylog.vocab import normalise_metric

__all__ = ["UCDP_COLUMNS", "date_prec", "read_ucdp_csv", "ucdp_figures", "ucdp_rows", "write_ucdp_csv"]

#: The columns of :func:`ucdp_rows`, in order.
UCDP_COLUMNS: tuple[str, ...] = (
    "event",
    "metric",
    "group",
    "best",
    "low",
    "high",
    "number_of_sources",
    "source_original",
    "source_article",
    "date_start",
    "date_end",
    "date_prec",
    "policy",
    "number_of_reports",
    "date_basis",
    "where_description",
    "country",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "where_prec",
)
_INTS = ("best", "low", "high", "number_of_sources", "date_prec", "number_of_reports", "where_prec")
_FLOATS = ("latitude", "longitude")
_PLACE = ("where_description", "country", "adm_1", "adm_2", "latitude", "longitude", "where_prec")
_DATES = ("date_start", "date_end")


def date_prec(days: int, coarsest: Precision = Precision.DAY) -> int:
    """UCDP's date precision (1–5) for a period of ``days`` days known to ``coarsest``.

    Used only for an event no one declared, on the days its reports describe;
    a declared event's window is coded by :func:`casualtylog.exports._events.ged_date_prec`.

    >>> date_prec(1), date_prec(3), date_prec(7), date_prec(20), date_prec(45)
    (1, 2, 3, 4, 5)
    >>> date_prec(1, Precision.MONTH), date_prec(1, Precision.YEAR)
    (4, 5)
    """
    if coarsest is Precision.YEAR or days > 30:
        return 5
    if coarsest is Precision.MONTH or days > 7:
        return 4
    if days == 7:
        return 3
    return 1 if days <= 1 else 2


def _row(res: Resolution, event: Event | None = None) -> dict[str, Any]:
    reports = reporting_claims(res)
    start, end, rank = date_span(reports)
    days = 0 if start is None or end is None else (end - start).days + 1
    coarsest = next(p for p in Precision if p.rank == rank)
    articles = dict.fromkeys(c.url or c.via for c in reports if c.url or c.via)
    return {
        "event": res.count.event,
        "metric": res.count.metric,
        "group": res.count.group,
        "best": res.best,
        "low": res.low,
        "high": res.high,
        "number_of_sources": res.reporting_sources,  # UCDP's name for it (docs/model.md)
        "source_original": "; ".join(sorted({c.source.name for c in reports})) or None,
        "source_article": "; ".join(a for a in articles if a) or None,
        "date_start": start,
        "date_end": end,
        "date_prec": None if start is None else date_prec(days, coarsest),
        "policy": res.policy,
        # GED's number_of_sources counts the sources consulted; here it is reporting_sources
        # (originators, relays folded), and number_of_reports counts the documents.
        "number_of_reports": len({c.url or c.via or f"source:{c.source.key}" for c in reports}),
        "date_basis": None if start is None else "reports",
        **dict.fromkeys(_PLACE),
        **({} if event is None else ucdp_event_facts(event)),
    }


def ucdp_rows(
    source: CasualtyLog | Resolution | Iterable[Resolution],
    *,
    metric: str | None = None,
    policy: str | Policy | None = "range",
    at: TimeInput | None = None,
    known_at: TimeInput | None = None,
    events: Mapping[str, Event] | None = None,
) -> list[dict[str, Any]]:
    """One UCDP-GED-style row per count (see :data:`UCDP_COLUMNS`).

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog([{"event": "e", "metric": "killed", "figure": "10-15", "source": "A",
    ...                     "reported_at": "2025-04-20"}])
    >>> [(r["best"], r["low"], r["high"]) for r in ucdp_rows(log)]
    [(12, 10, 15)]

    Args:
        source: a log (resolved with ``policy``, ``at``, ``known_at``), or resolutions.
        metric: keep only this metric (``"killed"`` for GED's fatalities); synonyms fold.
        policy, at, known_at: how a log is resolved; ignored for resolutions.
        events: the declared events by id; default: the log's own (:attr:`CasualtyLog.events`).

    Returns:
        Rows as dicts. ``number_of_sources`` is :attr:`Resolution.reporting_sources`:
        the sources (originators) of the claims that still stand as reports
        (retractions and projections left out): two outlets repeating one
        official are one source (GED counts the sources consulted: see ``number_of_reports``,
        the distinct documents or channels). ``source_original`` names them;
        ``source_article`` lists their URLs or channels.
    """
    if isinstance(source, CasualtyLog):
        resolutions = list(source.resolve_all(policy=policy, at=at, known_at=known_at))
        events = source.events if events is None else events
    else:
        resolutions = as_resolutions(source)
    declared = events or {}
    wanted = None if metric is None else normalise_metric(metric)
    return [_row(r, declared.get(r.count.event)) for r in resolutions if wanted is None or r.count.metric == wanted]


def write_ucdp_csv(rows: Iterable[Mapping[str, Any]], target: Target) -> None:
    """Write rows from :func:`ucdp_rows` as CSV (a path or an open text file).

    >>> import io
    >>> buf = io.StringIO()
    >>> write_ucdp_csv([{"event": "e", "metric": "killed", "best": 3, "low": 3, "high": 3}], buf)
    >>> buf.getvalue().splitlines()[1]
    'e,killed,,3,3,3,,,,,,,,,,,,,,,,'
    """
    write_csv(rows, UCDP_COLUMNS, target)


def read_ucdp_csv(source: Target) -> list[dict[str, Any]]:
    """Read a CSV written by :func:`write_ucdp_csv` back into typed rows.

    >>> import io
    >>> buf = io.StringIO()
    >>> write_ucdp_csv([{"event": "e", "metric": "killed", "best": 3, "low": 3, "high": 3}], buf)
    >>> read_ucdp_csv(io.StringIO(buf.getvalue()))[0]["best"]
    3

    Raises:
        ClaimFormatError: a number or date column holds something else.
    """
    return read_csv(source, _INTS, _DATES, _FLOATS)


def ucdp_figures(rows: Iterable[Mapping[str, Any]]) -> dict[Count, Figure]:
    """The figure each row stands for: exact when low = high, else "about best (low–high)".

    A row with no ``high`` (every credible claim open-ended) reads back as
    "at least low".

    >>> rows = [{"event": "e", "metric": "killed", "group": None, "best": 12, "low": 10, "high": 15}]
    >>> ucdp_figures(rows)
    {Count(event='e', metric='killed', group=None): Figure.about(12, low=10, high=15)}
    """
    out: dict[Count, Figure] = {}
    for row in rows:
        best, low, high = row.get("best"), row.get("low"), row.get("high")
        if best is None or low is None:
            continue
        count = Count(str(row["event"]), str(row["metric"]), row.get("group") or None)
        if high is None:
            out[count] = Figure.at_least(int(low))
        elif low == high:
            out[count] = Figure.exact(int(best))
        else:
            out[count] = Figure.about(int(best), low=int(low), high=int(high))
    return out
