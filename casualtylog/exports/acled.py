"""ACLED-style rows: one ``fatalities`` figure per event, the most conservative one.

ACLED codes a single fatality count per event and, when reports differ or
are vague, "the most conservative estimate", revising it when better
information arrives. casualtylog resolves each event's ``killed`` count (for
everyone, no group) with the :class:`~casualtylog.Conservative` policy: the
lowest credible figure, after retractions, corrections and superseded reports
are set aside. ``notes`` says how far the sources spread.

ACLED's own conventions, as its published FAQ states them (quoted in
docs/exports.md):

- vague numbers are coded 10 for "tens", 12 for "dozens", 100 for "hundreds"
  (:data:`ACLED_VAGUE`), whatever floors the log read them with;
- ACLED codes neither injuries nor fatalities by group: they are reported
  here in ``not_coded``, never dropped; an event with only a group figure
  (children killed) gets the largest group floor as its fatalities, and
  ``notes`` says so;
- an event with no credible figure left (all retracted) has ``fatalities``
  empty, *unknown*, not 0 (a departure: ACLED's column has no "unknown");
- ``event_date`` and ``time_precision`` (1 the actual date, 2 a week or
  similar, 3 a month, coded at its mid-point) and the location columns come
  from the event declared in the log; for an undeclared event, from the days
  the reports describe.

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims
>>> (row,) = acled_rows(CasualtyLog(kyiv_claims()))
>>> row["event_id_cnty"], row["fatalities"], row["time_precision"]
('kyiv-2025-04-24', 12, 1)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from casualtylog.claims import Claim, Count, _copy_unchecked
from casualtylog.events import Event
from casualtylog.exports._events import acled_event_facts
from casualtylog.exports._rows import Target, date_span, read_csv, reporting_claims, write_csv
from casualtylog.figures import Figure, Qualifier
from casualtylog.log import CasualtyLog
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Conservative
from casualtylog.times import Precision, TimeInput
from casualtylog.vocab import normalise_metric

__all__ = ["ACLED_COLUMNS", "ACLED_VAGUE", "acled_fatalities", "acled_rows", "read_acled_csv", "write_acled_csv"]

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
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "not_coded",
)
_FLOATS = ("latitude", "longitude")
_PLACE = ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision")

#: ACLED's numbers for vague words: "ACLED codes 10 for 'tens,' 12 for 'dozens,'
#: 100 for 'hundreds,' and so on" (ACLED FAQ). "a dozen" is 12; "thousands" and
#: "tens of thousands" follow the FAQ's "and so on". Other words ("several",
#: "a few", "scores") keep casualtylog's floors (:data:`casualtylog.vocab.VAGUE_WORDS`).
ACLED_VAGUE: Mapping[str, int] = MappingProxyType(
    {"tens": 10, "a dozen": 12, "dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000}
)
_CONSERVATIVE = Conservative()


def _time_precision(days: int, rank: int) -> int:
    if rank <= Precision.MONTH.rank or days > 7:
        return 3
    return 1 if days <= 1 else 2


def _recoded(claim: Claim, vague: Mapping[str, int]) -> Claim:
    fig = claim.figure
    if fig is None or fig.qualifier is not Qualifier.VAGUE or fig.word not in vague:
        return claim
    # Unvalidated on purpose, to KEEP the id: links (supersedes, retracts) still point at this claim.
    # The copy only feeds this export's resolution: it is never added to a log or written as a claim,
    # where its id would not match its content. Figure.vague builds a valid figure for the same word.
    return _copy_unchecked(claim, figure=Figure.vague(fig.word or "", vague[fig.word or ""]))


def _acled_resolution(log: CasualtyLog, res: Resolution, vague: Mapping[str, int]) -> tuple[Resolution, list[str]]:
    """``res`` again with ACLED's numbers for vague words, and the words recoded."""
    said = {c.figure.word for c in res.considered if c.figure is not None and c.figure.qualifier is Qualifier.VAGUE}
    words = sorted(f"'{word}' as {vague[word]}" for word in said if word is not None and word in vague)
    if not words:
        return res, []
    claims = [_recoded(c, vague) for c in log.claims_about(*res.count)]
    return resolve_claims(res.count, claims, _CONSERVATIVE, at=res.at, known_at=res.known_at), words


def _notes(total: Resolution | None, groups: list[Resolution], words: list[str]) -> tuple[int | None, str]:
    if total is not None and total.best is not None and total.best_claim is not None:
        notes = f"fatalities: the lowest credible figure, {total.best} ({total.best_claim.source.name})"
        if total.high is None or total.high != total.low:
            span = f"{total.low}+" if total.high is None else f"{total.low}–{total.high}"
            notes += f"; reports span {span} from {total.sources} source{'s' if total.sources != 1 else ''}"
        fatalities: int | None = total.best
    elif total is not None:
        fatalities, notes = None, "fatalities unknown: no credible figure remains (not coded 0)"
    else:
        floors = [(g.low, g.count.group) for g in groups if g.low is not None and g.best is not None]
        if floors:
            low, group = max(floors, key=lambda f: (f[0], f[1] or ""))
            fatalities = low
            notes = f"fatalities: at least {low}, from the group '{group}' (no figure for everyone)"
        else:
            fatalities, notes = None, "fatalities unknown: no fatality figure reported"
    if words:
        notes += "; vague words coded as ACLED does: " + ", ".join(words)
    return fatalities, notes


def acled_rows(
    log: CasualtyLog,
    *,
    metric: str = "killed",
    at: TimeInput | None = None,
    known_at: TimeInput | None = None,
    events: Mapping[str, Event] | None = None,
    vague: Mapping[str, int] = ACLED_VAGUE,
) -> list[dict[str, Any]]:
    """One ACLED-style row per event the log has a visible count for.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> for who, fig in [("Police", "20"), ("Hospital", "15-20"), ("Militia", "dozens")]:
    ...     _ = log.add({"event": "e", "metric": "killed", "figure": fig, "source": who,
    ...                  "reported_at": "2025-03-01T10:00Z"})
    >>> row = acled_rows(log)[0]
    >>> row["fatalities"], row["notes"]
    (12, "fatalities: the lowest credible figure, 12 (Militia); reports span 12+ from 3 sources; vague words coded as ACLED does: 'dozens' as 12")

    Args:
        log: the log.
        metric: the count to code as fatalities (default ``killed``).
        at, known_at: resolve as of these moments (see :meth:`CasualtyLog.resolve`).
        events: the declared events by id; default: the log's own.
        vague: the numbers vague words are coded as (default :data:`ACLED_VAGUE`).

    Returns:
        Rows as dicts (see :data:`ACLED_COLUMNS`). ``fatalities`` is ``None``
        (unknown) when no credible figure remains or none was reported;
        ``not_coded`` lists what ACLED does not code (groups, injuries and
        other metrics) with their figures; ``timestamp`` is the latest
        ``recorded_at`` in Unix seconds, like ACLED's.
    """
    wanted = normalise_metric(metric)
    declared = log.events if events is None else events
    by_event: dict[str, list[Resolution]] = {}
    for res in log.resolve_all(policy=_CONSERVATIVE, at=at, known_at=known_at):
        by_event.setdefault(res.count.event, []).append(res)
    rows = []
    for event_id, resolutions in by_event.items():
        total = next((r for r in resolutions if r.count == Count(event_id, wanted, None)), None)
        words: list[str] = []
        if total is not None:
            total, words = _acled_resolution(log, total, vague)
        groups = [r for r in resolutions if r.count.metric == wanted and r.count.group is not None]
        fatalities, notes = _notes(total, groups, words)
        basis = total or (groups[0] if groups else resolutions[0])
        reports = reporting_claims(basis)
        start, end, rank = date_span(reports)
        days = 0 if start is None or end is None else (end - start).days + 1
        recorded = [c.recorded_at for r in resolutions for c in r.considered if c.recorded_at is not None]
        others = [r for r in resolutions if r is not total and r.count != Count(event_id, wanted, None)]
        row: dict[str, Any] = {
            "event_id_cnty": event_id,
            "event_date": start,
            "year": None if start is None else start.year,
            "time_precision": None if start is None else _time_precision(days, rank),
            "fatalities": fatalities,
            "source": "; ".join(sorted({c.source.name for c in reports})) or None,
            "notes": notes,
            "timestamp": int(max(recorded).timestamp()) if recorded else None,
            **dict.fromkeys(_PLACE),
            "not_coded": "; ".join(f"{_label(r.count)}: {r.figure_text}" for r in others) or None,
        }
        event = declared.get(event_id)
        if event is not None:
            row.update(acled_event_facts(event))
        rows.append(row)
    return rows


def _label(count: Count) -> str:
    return count.metric if count.group is None else f"{count.metric} / {count.group}"


def write_acled_csv(rows: Iterable[Mapping[str, Any]], target: Target) -> None:
    """Write rows from :func:`acled_rows` as CSV (a path or an open text file).

    >>> import io
    >>> buf = io.StringIO()
    >>> write_acled_csv([{"event_id_cnty": "e", "fatalities": 12}], buf)
    >>> buf.getvalue().splitlines()
    ['event_id_cnty,event_date,year,time_precision,fatalities,source,notes,timestamp,country,admin1,admin2,location,latitude,longitude,geo_precision,not_coded', 'e,,,,12,,,,,,,,,,,']
    """
    write_csv(rows, ACLED_COLUMNS, target)


def read_acled_csv(source: Target) -> list[dict[str, Any]]:
    """Read a CSV written by :func:`write_acled_csv` back into typed rows.

    >>> import io
    >>> read_acled_csv(io.StringIO("event_id_cnty,fatalities\\ne,12\\n"))
    [{'event_id_cnty': 'e', 'fatalities': 12}]
    """
    return read_csv(
        source, ("year", "time_precision", "fatalities", "timestamp", "geo_precision"), ("event_date",), _FLOATS
    )


def acled_fatalities(rows: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Fatalities by event id, from rows or a CSV read back.

    >>> acled_fatalities([{"event_id_cnty": "e", "fatalities": 12}])
    {'e': 12}
    """
    return {str(r["event_id_cnty"]): int(r["fatalities"]) for r in rows if r.get("fatalities") is not None}
