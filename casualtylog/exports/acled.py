"""ACLED-style rows: one ``fatalities`` figure per event, the most conservative one.

ACLED codes a single fatality count per event and, when reports differ or
are vague, "the most conservative estimate", revising it when better
information arrives. casualtylog resolves each event's ``killed`` count (for
everyone, no group) with the :class:`~casualtylog.Conservative` policy: the
lowest credible figure, after retractions, corrections and superseded reports
are set aside. ``notes`` says how far the sources spread, and
``time_precision`` follows ACLED's scale (1 the day is known, 2 the week,
3 the month).

Vague words keep casualtylog's documented floors
(:data:`casualtylog.vocab.VAGUE_WORDS`), which may differ from the numbers
ACLED codes for them.

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims
>>> (row,) = acled_rows(CasualtyLog(kyiv_claims()))
>>> row["event_id_cnty"], row["fatalities"], row["time_precision"]
('kyiv-2025-04-24', 12, 1)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from casualtylog.exports._rows import Target, date_span, read_csv, reporting_claims, write_csv
from casualtylog.log import CasualtyLog
from casualtylog.resolve.policies import Conservative
from casualtylog.times import Precision, TimeInput

__all__ = ["ACLED_COLUMNS", "acled_fatalities", "acled_rows", "read_acled_csv", "write_acled_csv"]

#: The columns of :func:`acled_rows`, in order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "fatalities",
    "source",
    "notes",
    "timestamp",
)
_CONSERVATIVE = Conservative()


def _time_precision(days: int, rank: int) -> int:
    if rank <= Precision.MONTH.rank or days > 7:
        return 3
    return 1 if days <= 1 else 2


def acled_rows(
    log: CasualtyLog, *, metric: str = "killed", at: TimeInput | None = None, known_at: TimeInput | None = None
) -> list[dict[str, Any]]:
    """One ACLED-style row per event that has a ``metric`` count for everyone.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> for who, fig in [("Police", "12"), ("Hospital", "15-20"), ("Militia", "dozens")]:
    ...     _ = log.add({"event": "e", "metric": "killed", "figure": fig, "source": who,
    ...                  "reported_at": "2025-03-01T10:00Z"})
    >>> row = acled_rows(log)[0]
    >>> row["fatalities"], row["notes"]
    (12, 'fatalities: the lowest credible figure, 12 (Police); reports span 12+ from 3 sources')

    Args:
        log: the log.
        metric: the count to code as fatalities (default ``killed``).
        at, known_at: resolve as of these moments (see :meth:`CasualtyLog.resolve`).

    Returns:
        Rows as dicts (see :data:`ACLED_COLUMNS`); ``fatalities`` is ``0``
        when no credible figure remains (all retracted), and ``timestamp`` is
        the latest ``recorded_at`` in Unix seconds, like ACLED's.
    """
    rows = []
    for res in log.resolve_all(policy=_CONSERVATIVE, at=at, known_at=known_at):
        if res.count.metric != metric or res.count.group is not None:
            continue
        reports = reporting_claims(res)
        start, end, rank = date_span(reports)
        days = 0 if start is None or end is None else (end - start).days + 1
        names = sorted({c.source.name for c in reports})
        recorded = [c.recorded_at for c in res.considered if c.recorded_at is not None]
        if res.best is None or res.best_claim is None:
            notes = "fatalities: no credible figure remains"
        else:
            notes = f"fatalities: the lowest credible figure, {res.best} ({res.best_claim.source.name})"
            if res.high is None or res.high != res.low:
                span = f"{res.low}+" if res.high is None else f"{res.low}–{res.high}"
                notes += f"; reports span {span} from {res.sources} source{'s' if res.sources != 1 else ''}"
        rows.append(
            {
                "event_id_cnty": res.count.event,
                "event_date": start,
                "year": None if start is None else start.year,
                "time_precision": None if start is None else _time_precision(days, rank),
                "fatalities": 0 if res.best is None else res.best,
                "source": "; ".join(names) or None,
                "notes": notes,
                "timestamp": int(max(recorded).timestamp()) if recorded else None,
            }
        )
    return rows


def write_acled_csv(rows: Iterable[Mapping[str, Any]], target: Target) -> None:
    """Write rows from :func:`acled_rows` as CSV (a path or an open text file).

    >>> import io
    >>> buf = io.StringIO()
    >>> write_acled_csv([{"event_id_cnty": "e", "fatalities": 12}], buf)
    >>> buf.getvalue()
    'event_id_cnty,event_date,year,time_precision,fatalities,source,notes,timestamp\\ne,,,,12,,,\\n'
    """
    write_csv(rows, ACLED_COLUMNS, target)


def read_acled_csv(source: Target) -> list[dict[str, Any]]:
    """Read a CSV written by :func:`write_acled_csv` back into typed rows.

    >>> import io
    >>> read_acled_csv(io.StringIO("event_id_cnty,fatalities\\ne,12\\n"))
    [{'event_id_cnty': 'e', 'fatalities': 12}]
    """
    return read_csv(source, ("year", "time_precision", "fatalities", "timestamp"), ("event_date",))


def acled_fatalities(rows: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Fatalities by event id, from rows or a CSV read back.

    >>> acled_fatalities([{"event_id_cnty": "e", "fatalities": 12}])
    {'e': 12}
    """
    return {str(r["event_id_cnty"]): int(r["fatalities"]) for r in rows if r.get("fatalities") is not None}
