"""Whole-log resolution at columnar speed: numbers first, provenance on demand.

With numpy installed (the ``pandas`` or ``bulk`` extra),
:meth:`CasualtyLog.resolve_all` resolves the plain counts all at once from
numeric columns (:mod:`casualtylog.bulk.engine` says which counts are plain)
and the others with the reference engine, count by count. Each plain count's
result is a :class:`~casualtylog.bulk.results.LazyResolution`: its numbers
are set, and its provenance is built by the reference engine when read, so
every result equals what :meth:`CasualtyLog.resolve` gives. The results are
columnar (:class:`~casualtylog.bulk.results.BulkTable`): a result object is
made only for a count that is read.

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog([
...     {"event": "e", "metric": "killed", "figure": "10-14", "source": "A", "reported_at": "2025-04-24T09:00Z"},
...     {"event": "e", "metric": "killed", "figure": "12", "source": "B", "reported_at": "2025-04-24T10:00Z"}])
>>> [r] = log.resolve_all()
>>> (r.best, r.low, r.high, r.sources), r == log.resolve("e", "killed")
((12, 10, 14, 2), True)
"""

from __future__ import annotations

import importlib.util
import threading
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from casualtylog.resolutions import Resolutions
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy

if TYPE_CHECKING:
    from casualtylog.bulk.columns import ClaimColumns
    from casualtylog.bulk.results import BulkTable
    from casualtylog.log import CasualtyLog

__all__ = ["available", "log_columns", "resolve_all_bulk"]

_COLUMNS: dict[int, tuple[Any, ClaimColumns]] = {}
# Threads resolving at once share _COLUMNS: one of them extends a log's columns while
# the others wait, so no claim is added twice and no half-built columns are read.
_COLUMNS_LOCK = threading.Lock()
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MICROSECOND = timedelta(microseconds=1)


def available() -> bool:
    """Whether numpy, which the bulk engine needs, is installed."""
    return importlib.util.find_spec("numpy") is not None


def log_columns(log: CasualtyLog) -> ClaimColumns:
    """The numeric columns of ``log``'s claims, kept with the log and extended as it grows."""
    from casualtylog.bulk.columns import columns_of  # noqa: PLC0415 - needs numpy

    with _COLUMNS_LOCK:
        return columns_of(log, _COLUMNS)


def _micros(value: datetime | None) -> int | None:
    return None if value is None else (value - _EPOCH) // _ONE_MICROSECOND


def resolve_all_bulk(
    log: CasualtyLog, policy: Policy, at: datetime | None, known_at: datetime | None, *, stating: bool = True
) -> Resolutions | None:
    """Every count of ``log`` with a visible claim (that states a figure, with ``stating``),
    sorted as :meth:`CasualtyLog.counts`; ``None`` when the bulk engine cannot run (no numpy,
    or a policy it does not know). The result is columnar: each resolution is built when read."""
    if not available():
        return None
    from casualtylog.bulk.engine import supports  # noqa: PLC0415 - needs numpy

    if not supports(policy):
        return None
    if not len(log):
        return Resolutions()
    cols = log_columns(log)
    if len(log._by_count) != len(cols.counts):  # a log with no index in memory (a lazy store)
        listed = _by_count_each(log, cols, policy, at, known_at)
        return Resolutions(r for r in listed if r.states_a_figure or not stating)
    return Resolutions.of_table(_table(log, cols, policy, at, known_at, stating=stating))


def _numbers(
    log: CasualtyLog, cols: ClaimColumns, policy: Policy, at: datetime | None, known_at: datetime | None
) -> Any:
    from casualtylog.bulk.engine import bulk_numbers  # noqa: PLC0415 - needs numpy

    now = log._clock()
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return bulk_numbers(cols, policy, at_us=_micros(at), known_us=_micros(known_at), now_us=_micros(now) or 0)


# The last sorted_counts list seen and its codes as an array, replaced as one tuple: a
# thread reads the pair once, so another thread's log can never pair its list with our codes.
_SORTED: tuple[Any, Any] = (None, None)


def _sorted_codes(cols: ClaimColumns) -> Any:
    global _SORTED  # a one-entry cache, swapped whole
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    pairs = cols.sorted_counts()
    seen, codes = _SORTED
    if seen is not pairs:  # kept by the columns until they are extended
        codes = np.fromiter((code for _, code in pairs), dtype=np.int64, count=len(pairs))
        _SORTED = (pairs, codes)
    return codes


def _table(
    log: CasualtyLog,
    cols: ClaimColumns,
    policy: Policy,
    at: datetime | None,
    known_at: datetime | None,
    *,
    stating: bool,
) -> BulkTable:
    """The columnar result: the numbers as arrays; the reference engine's resolutions of the
    counts left to it, made now; a result object for the others only when read."""
    import numpy as np  # noqa: PLC0415 - the bulk path is optional (numpy)

    from casualtylog.bulk.columns import HIGH_OPEN  # noqa: PLC0415 - needs numpy
    from casualtylog.bulk.results import BulkTable, NumbersByCount  # noqa: PLC0415 - needs numpy

    found = _numbers(log, cols, policy, at, known_at)
    codes = _sorted_codes(cols)
    stated = found.stated.copy()
    done: dict[int, Resolution] = {}
    for code in np.flatnonzero((found.considered > 0) & found.fallback).tolist():
        res = done[code] = log._resolve_count(cols.counts[code], policy, at, known_at)
        stated[code] = res.states_a_figure
    keep = found.considered[codes] > 0
    if stating:
        keep &= stated[codes]
    numbers = NumbersByCount(
        cols.counts,
        (found.best, found.low, found.high, found.best_row, found.considered, found.sources, found.conflicted),
        (cols.claims, log._by_count, np.bincount(cols.column("count"), minlength=len(cols.counts))),
        (policy, at, known_at),
        done,
        HIGH_OPEN,
    )
    return BulkTable(numbers, codes[keep].tolist())


def _by_count_each(
    log: CasualtyLog, cols: ClaimColumns, policy: Policy, at: datetime | None, known_at: datetime | None
) -> list[Resolution]:
    """As :func:`_table`, for a log that does not hold every count's claims in memory: count by count."""
    from casualtylog.bulk.columns import HIGH_OPEN  # noqa: PLC0415 - needs numpy
    from casualtylog.bulk.results import LazyResolution  # noqa: PLC0415 - after numpy is known

    found = _numbers(log, cols, policy, at, known_at)
    considered, fallback = found.considered.tolist(), found.fallback.tolist()
    best, low, high = found.best.tolist(), found.low.tolist(), found.high.tolist()
    best_row, sources, conflicted = found.best_row.tolist(), found.sources.tolist(), found.conflicted.tolist()
    claims, by_count = cols.claims, log._by_count
    out: list[Resolution] = []
    for count, code in cols.sorted_counts():
        if not considered[code]:
            continue
        held = by_count.get(count)
        if fallback[code] or held is None:
            out.append(log._resolve_count(count, policy, at, known_at))
            continue
        row = best_row[code]
        if row < 0:
            numbers: tuple[int | None, int | None, int | None, Any] = (None, None, None, None)
        else:
            numbers = (best[code], low[code], None if high[code] == HIGH_OPEN else high[code], claims[row])
        tallies = (considered[code], sources[code], conflicted[code])
        out.append(LazyResolution(count, policy, numbers, tallies, held, at, known_at))
    return out
