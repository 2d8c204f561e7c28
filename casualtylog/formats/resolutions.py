"""Resolutions, histories and findings as records for pipelines: JSON Lines and CSV.

:func:`resolution_record` is the stable contract behind ``casualtylog resolve
--format json`` (see ``docs/cli.md``): one JSON object per count, whose keys
are only ever added to, never renamed or removed.

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import kyiv_claims
>>> res = CasualtyLog(kyiv_claims()).resolve("kyiv-2025-04-24", "killed")
>>> record = resolution_record(res)
>>> record["best"], record["low"], record["high"], record["policy"], record["best_claim"] == res.best_claim.id
(12, 12, 12, 'range', True)
>>> list(record)[:8]
['event', 'metric', 'group', 'figure', 'best', 'low', 'high', 'policy']
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from casualtylog.checks import Finding
from casualtylog.claims import Claim, Count
from casualtylog.formats._cells import csv_cell
from casualtylog.formats._files import Output, open_output
from casualtylog.formats.jsonl import one_line_json
from casualtylog.history import History
from casualtylog.resolve.model import Resolution

__all__ = [
    "RESOLUTION_CSV_COLUMNS",
    "finding_record",
    "history_records",
    "json_line",
    "resolution_record",
    "write_resolutions_csv",
]

#: The columns of ``casualtylog resolve --format csv``, in order.
RESOLUTION_CSV_COLUMNS: tuple[str, ...] = (
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
    "reporting_sources",
    "claim_count",
    "claim_ids",
    "conflicts",
    "rule",
)


def _ids(claims: Iterable[Claim]) -> list[str]:
    return [c.id for c in claims]


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def json_line(record: dict[str, Any]) -> str:
    """A record as one compact line of JSON (UTF-8 text, no line end).

    >>> json_line({"a": 1, "b": "ü"})
    '{"a":1,"b":"ü"}'
    """
    return one_line_json(record)


def resolution_record(res: Resolution) -> dict[str, Any]:
    """A resolution as a JSON-ready dict: the numbers, their claims, and why.

    Keys: ``event``, ``metric``, ``group``, ``figure`` (as an analyst writes
    it), ``best``, ``low``, ``high`` (``high`` null when open-ended),
    ``policy``, ``rule``, ``best_claim`` (id), ``low_claims``,
    ``high_claims``, ``claim_ids`` (ids considered; ``claims`` is its older
    name, kept), ``claim_count``, ``superseded``, ``retracted``,
    ``outdated``, ``excluded`` (ids), ``revisions``, ``conflicts`` (objects
    with ``first``, ``second``, ``reason``), ``anomalies``, ``sources`` (the
    sources behind the credible figures), ``reporting_sources`` (every
    source still standing as a report: UCDP's ``number_of_sources``), ``at``,
    ``known_at`` and ``explanation``. docs/model.md defines the names.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog([{"event": "e", "metric": "killed", "figure": "at least 3", "source": "s",
    ...                     "reported_at": "2025-01-01"}])
    >>> r = resolution_record(log.resolve("e", "killed"))
    >>> r["figure"], r["best"], r["high"], r["conflicts"]
    ('at least 3', 3, None, [])
    """
    return {
        "event": res.count.event,
        "metric": res.count.metric,
        "group": res.count.group,
        **_period(res.count),
        "figure": res.figure_text,
        "best": res.best,
        "low": res.low,
        "high": res.high,
        "policy": res.policy,
        "rule": res.rule,
        "best_claim": None if res.best_claim is None else res.best_claim.id,
        "low_claims": _ids(res.low_claims),
        "high_claims": _ids(res.high_claims),
        "claims": _ids(res.considered),  # the older name of claim_ids, kept: keys are never removed
        "claim_ids": list(res.claim_ids),
        "claim_count": res.claim_count,
        "superseded": _ids(res.superseded),
        "retracted": _ids(res.retracted),
        "outdated": _ids(res.outdated),
        "excluded": _ids(res.excluded),
        "revisions": [
            {"old": r.old.id, "new": r.new.id, "kind": r.kind.value, "explicit": r.explicit} for r in res.revisions
        ],
        "conflicts": [{"first": c.first.id, "second": c.second.id, "reason": c.reason} for c in res.conflicts],
        "anomalies": list(res.anomalies),
        "sources": res.sources,
        "reporting_sources": res.reporting_sources,
        "at": _time(res.at),
        "known_at": _time(res.known_at),
        "explanation": res.explain(),
    }


def _csv_cell(value: object) -> str:
    return "" if value is None else csv_cell(str(value))  # "=HYPERLINK(…)" in a source name stays text


def write_resolutions_csv(resolutions: Iterable[Resolution], target: Output) -> int:
    """Write resolutions as CSV (:data:`RESOLUTION_CSV_COLUMNS`); return how many rows.

    ``claim_ids`` holds the ids considered, separated by spaces; ``conflicts``
    the number of conflicts. A cell a spreadsheet would run as a formula
    (``=…``, ``+…``, ``-…``, ``@…``) is written with a leading ``'``.

    >>> import io
    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims
    >>> out = io.StringIO()
    >>> write_resolutions_csv(CasualtyLog(kyiv_claims()).resolve_all()[:1], out)
    1
    >>> print(out.getvalue().splitlines()[1][:60])
    kyiv-2025-04-24,injured,,,90,90,90,90,range,...
    """
    n = 0
    with open_output(target) as write:
        write(",".join(RESOLUTION_CSV_COLUMNS) + "\n")
        for res in resolutions:
            record = resolution_record(res)
            record["claim_ids"] = " ".join(record["claim_ids"])
            record["conflicts"] = len(record["conflicts"])
            record.setdefault("period", None)  # a running total: an empty cell
            write(",".join(_csv_cell(record[c]) for c in RESOLUTION_CSV_COLUMNS) + "\n")
            n += 1
    return n


def history_records(history: History) -> list[dict[str, Any]]:
    """One JSON-ready dict per step of a history: when, the numbers before and after, which claims, why.

    >>> from casualtylog import CasualtyLog
    >>> from casualtylog.worked_example import kyiv_claims
    >>> steps = history_records(CasualtyLog(kyiv_claims()).history("kyiv-2025-04-24", "killed"))
    >>> [(s["best"], s["previous"]) for s in steps]
    [(10, None), (12, [10, 10, 10])]
    """
    count = history.count
    return [
        {
            "event": count.event,
            "metric": count.metric,
            "group": count.group,
            **_period(count),
            "policy": history.policy,
            "clock": history.clock,
            "at": step.at.isoformat(),
            "figure": step.resolution.figure_text,
            "best": step.best,
            "low": step.low,
            "high": step.high,
            "previous": None if step.previous is None else list(step.previous),
            "claims": _ids(step.claims),  # the older name of claim_ids, kept
            "claim_ids": _ids(step.claims),
            "reason": step.reason,
        }
        for step in history
    ]


def finding_record(finding: Finding) -> dict[str, Any]:
    """A finding of :meth:`CasualtyLog.check` as a JSON-ready dict.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog([
    ...     {"event": "e", "metric": "injured", "figure": "5", "source": "s", "reported_at": "2025-01-01"},
    ...     {"event": "e", "metric": "injured", "group": "children", "figure": "9", "source": "s",
    ...      "reported_at": "2025-01-01"}])
    >>> finding_record(log.check()[0])["kind"]
    'group_exceeds_total'
    """
    return {
        "kind": finding.kind.value,
        "severity": finding.severity,
        "message": finding.message,
        "counts": [str(c) for c in finding.counts],
        "claims": list(finding.claim_ids),  # the older name of claim_ids, kept: documented in docs/cli.md
        "claim_ids": list(finding.claim_ids),
    }


def _period(count: Count) -> dict[str, str]:
    # Only counts with a period carry the key: records of running totals keep their shape.
    return {} if count.period is None else {"period": count.period.canonical()}
