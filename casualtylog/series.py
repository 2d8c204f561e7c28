"""Real series, described once: which cell is which figure, for which count and period.

A published series (a JSON array of daily reports, a CSV of indicator values)
becomes claims through a :class:`SeriesSpec`: a short, declarative
description, not a hand-written loop. Each :class:`SeriesColumn` names the
cell that holds a figure, the metric (and group), what span it counts
(a running total, the row's day, month or year, the hours stated in another
cell) and its tier (``status``). Rules (:class:`SeriesRule`) adjust rows
whose text says what they are (ReliefWeb's "… (per month)" indicators).

>>> spec = SeriesSpec(
...     event="gaza", source="Gaza Ministry of Health", date_field="report_date",
...     columns=[SeriesColumn(field="killed_cum", metric="killed"),
...              SeriesColumn(field="killed", metric="killed", period="hours:report_period")])
>>> claims = load_series([{"report_date": "2023-10-08", "report_period": 24, "killed": 138, "killed_cum": 370}], spec)
>>> [(str(c.count), str(c.figure)) for c in claims]
[('gaza / killed', '370'), ('gaza / killed / in 2023-10-07', '138')]

Bad descriptions and bad rows are refused with the field, the value and the row:

>>> load_series([{"report_date": "2023-10-08", "killed": -1}],
...             SeriesSpec(event="gaza", source="MoH", date_field="report_date",
...                        columns=[SeriesColumn(field="killed", metric="killed")]))
Traceback (most recent call last):
    ...
casualtylog.errors.ClaimFormatError: record 1: killed=-1: cannot read figure '-1': ...
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from casualtylog._coerce import to_claim
from casualtylog.claims import Claim, ClaimStatus, SourceKind
from casualtylog.errors import CasualtyLogError, ClaimFormatError, PeriodError
from casualtylog.periods import Period, parse_period
from casualtylog.times import parse_time

__all__ = ["SeriesColumn", "SeriesRule", "SeriesSpec", "load_series", "read_series"]

_CALENDAR = {"day": 10, "month": 7, "year": 4}  # characters of an ISO date that name the window
#: Qualifier cells as publishers abbreviate them; any other word is written before the
#: number and read by Figure.parse ("almost", "nearly", "over"), which refuses what it cannot read.
_QUALIFIERS = {"more": "more than {}", "": "{}"}


class _Described(BaseModel):
    """Descriptions raise the library's errors (PeriodError), not pydantic's."""

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            cause = (err.get("ctx") or {}).get("error")
            if isinstance(cause, CasualtyLogError):
                raise cause from None
            where = ".".join(str(p) for p in err.get("loc", ())) or type(self).__name__
            raise PeriodError(where, err.get("input"), str(err.get("msg", "invalid"))) from None


class SeriesColumn(_Described):
    """One cell of each row that holds a figure.

    Attributes:
        field: the cell's name.
        metric, group: the count (group ``None``: everyone).
        period: ``None`` for a running total (since the event began, or since
            the row's phase restarted); ``"day"``, ``"month"``, ``"year"`` for
            the window of the row's date; ``"hours:CELL"`` for the hours named
            in CELL, ending at the row's date (a row whose CELL is empty or 0
            states no period figure in this column).
        status: the tier: ``preliminary`` for flash figures, ``confirmed``
            for verified ones.
        qualifier: a cell holding the published qualifier ("about", "more").
        reported_at: the day these figures were published, when it is not
            the row's date (a back-filled release); the row's date is then
            only the date they describe (``as_of``).

    A :class:`SeriesSpec` with ``as_of_field`` reads a log of revisions: each
    row's date (``date_field``) is when that version was published, and the
    cell ``as_of_field`` names the day its figures describe.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str
    metric: str
    group: str | None = None
    period: str | None = None
    status: ClaimStatus = ClaimStatus.REPORTED
    qualifier: str | None = None
    reported_at: str | None = None

    @model_validator(mode="after")
    def _known_period(self) -> SeriesColumn:
        _check_period_word(self.period, f"columns[{self.field}].period")
        return self


class SeriesRule(_Described):
    """Settings for the rows whose ``field`` matches ``pattern`` (a regular expression, any case).

    The first matching rule applies. ``period="running"`` states a running
    total explicitly; ``skip`` leaves the rows out.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str
    pattern: str = Field(max_length=500)
    metric: str | None = None
    group: str | None = None
    period: str | None = None
    skip: bool = False

    @model_validator(mode="after")
    def _valid(self) -> SeriesRule:
        try:
            re.compile(self.pattern)
        except re.error as exc:
            raise PeriodError("rules.pattern", self.pattern, f"not a regular expression ({exc})") from None
        if self.period != "running":
            _check_period_word(self.period, "rules.period")
        return self

    def matches(self, row: Mapping[str, Any]) -> bool:
        return re.search(self.pattern, str(row.get(self.field, "")), re.IGNORECASE) is not None


class SeriesSpec(_Described):
    """How the rows of one published series become claims (see the module doc)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event: str | None = None
    event_field: str | None = None
    event_format: str = "{}"
    source: str | None = None
    source_field: str | None = None
    source_names: dict[str, str] = {}
    source_kind: SourceKind = SourceKind.UNKNOWN
    date_field: str
    tz: str = "UTC"
    columns: tuple[SeriesColumn, ...]
    rules: tuple[SeriesRule, ...] = ()
    skip: dict[str, tuple[str, ...]] = {}
    phase_field: str | None = None
    phase_starts: dict[str, str] = {}
    url_field: str | None = None
    via: str | None = None
    as_of_field: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> SeriesSpec:
        if (self.event is None) == (self.event_field is None):
            raise PeriodError("event", self.event, "give exactly one of event and event_field")
        if (self.source is None) == (self.source_field is None):
            raise PeriodError("source", self.source, "give exactly one of source and source_field")
        if not self.columns:
            raise PeriodError("columns", [], "a series needs at least one column holding a count")
        if self.phase_starts and self.phase_field is None:
            raise PeriodError("phase_starts", self.phase_starts, "restarts need phase_field, the cell naming the phase")
        for phase, start in self.phase_starts.items():
            parse_period(f"since {start}", field=f"phase_starts[{phase}]")
        return self


def _check_period_word(period: str | None, field: str) -> None:
    if period is None or period in _CALENDAR:
        return
    if period.startswith("hours:") and period[6:]:
        return
    raise PeriodError(field, period, "expected None (a running total), 'day', 'month', 'year' or 'hours:CELL'")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _period(
    word: str | None, row: Mapping[str, Any], date: str, spec: SeriesSpec, line: int, path: str | Path | None
) -> Period | bool | None:
    """The row's period for ``word``; ``False`` when the row states no figure for it."""
    if word is None or word == "running":
        if spec.phase_field is None:
            return None
        start = spec.phase_starts.get(str(row.get(spec.phase_field, "")))
        return None if start is None else parse_period(f"since {start}", field=spec.phase_field)
    if word in _CALENDAR:
        return parse_period(date[: _CALENDAR[word]], field=spec.date_field)
    cell = word[6:]
    hours = row.get(cell)
    if _blank(hours) or hours in (0, "0"):
        return False
    try:
        span = timedelta(hours=float(hours))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ClaimFormatError(path, line, cell, hours, "expected a number of hours") from None
    end, _ = parse_time(date, field=spec.date_field, tz=spec.tz)
    return parse_period({"start": end - span, "end": end}, field=cell)


def _as_of(row: Mapping[str, Any], spec: SeriesSpec, col: SeriesColumn, date: str) -> str | None:
    if spec.as_of_field is not None:
        described = str(row.get(spec.as_of_field, "")).strip()
        return described or None
    return date if col.reported_at else None


def _row_claims(
    row: Mapping[str, Any], spec: SeriesSpec, line: int, path: str | Path | None
) -> Iterable[tuple[str, dict[str, Any]]]:
    for name, values in spec.skip.items():
        if str(row.get(name, "")) in values:
            return
    rule = next((r for r in spec.rules if r.matches(row)), None)
    if rule is not None and rule.skip:
        return
    date = str(row.get(spec.date_field, "")).strip()
    if not date:
        raise ClaimFormatError(path, line, spec.date_field, row.get(spec.date_field), "every row needs its date")
    event = spec.event if spec.event is not None else spec.event_format.format(str(row.get(spec.event_field or "", "")))
    if spec.source is not None:
        source = spec.source
    else:
        raw = str(row.get(spec.source_field or "", ""))
        source = spec.source_names.get(raw, raw)
    for col in spec.columns:
        value = row.get(col.field)
        if _blank(value):
            continue
        word = rule.period if rule is not None and rule.period is not None else col.period
        period = _period(word, row, date, spec, line, path)
        if period is False:
            continue
        qualifier = "" if col.qualifier is None else str(row.get(col.qualifier) or "").strip().lower()
        template = _QUALIFIERS.get(qualifier, qualifier + " {}")
        record: dict[str, Any] = {
            "event": event,
            "metric": rule.metric if rule is not None and rule.metric else col.metric,
            "group": rule.group if rule is not None and rule.group else col.group,
            "figure": template.format(value).strip(),
            "source": {"name": source, "kind": spec.source_kind.value},
            "reported_at": col.reported_at or date,
            "as_of": _as_of(row, spec, col, date),
            "status": col.status.value,
            "period": period,
            "via": spec.via,
            "url": None if spec.url_field is None else row.get(spec.url_field),
        }
        yield col.field, {k: v for k, v in record.items() if v is not None}


def load_series(rows: Iterable[Mapping[str, Any]], spec: SeriesSpec, *, path: str | Path | None = None) -> list[Claim]:
    """The claims that ``rows`` state under ``spec``, row by row.

    Raises:
        ClaimFormatError: a cell that is no figure, or a row without its date,
            naming the file (if any), the record (1-based), the cell and its value.
    """
    out: list[Claim] = []
    for line, row in enumerate(rows, start=1):
        for cell, record in _row_claims(row, spec, line, path):
            try:
                out.append(to_claim(record, tz=spec.tz, path=path, line=line))
            except ClaimFormatError as exc:
                if exc.field == "figure":  # name the cell the figure came from, with its value as published
                    raise ClaimFormatError(path, line, cell, row.get(cell), exc.problem) from None
                raise
    return out


def read_series(path: str | Path, spec: SeriesSpec) -> list[Claim]:
    """Load a series file: a JSON array of objects, or a CSV with a header row."""
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    rows: Sequence[Mapping[str, Any]]
    if p.suffix.lower() == ".json":
        data = json.loads(text)
        if not isinstance(data, list):
            raise ClaimFormatError(p, 1, None, type(data).__name__, "expected a JSON array of objects")
        rows = data
    else:
        rows = list(csv.DictReader(text.splitlines()))
    return load_series(rows, spec, path=p)
