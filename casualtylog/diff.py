"""What changed between two moments of knowledge: the counts whose best, low or high moved.

``diff(log, a, b)`` resolves, as the log knew them at ``a`` and at ``b``
(``known_at``), the counts that claims recorded in between are about, and keeps
those whose best, low or high changed, with those claims and why each was
made (a new figure, a correction, a revert, a withdrawal). This is how an
analyst audits a new release of a dataset; :func:`diff_snapshots` compares two
downloads of a table without a log.

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog()
>>> _ = log.sync([{"event": "e", "metric": "killed", "figure": "10"}, {"event": "f", "metric": "killed", "figure": "3"}],
...              source="MoH", at="2025-01-01T00:00Z")
>>> _ = log.sync([{"event": "e", "metric": "killed", "figure": "12"}], source="MoH", at="2025-01-02T00:00Z")
>>> for row in diff(log, "2025-01-01T00:00Z", "2025-01-02T00:00Z"):
...     print(row)
e / killed: 10 → 12 (corrected: 10 → 12 by MoH, recorded 2025-01-02T00:00:00+00:00)
f / killed: 3 → withdrawn (withdrawn: 3 by MoH, recorded 2025-01-02T00:00:00+00:00)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from casualtylog.claims import Claim, Count, Source
from casualtylog.counts import COUNT_COLUMNS
from casualtylog.errors import TimeError, UnknownClaimError, snippet
from casualtylog.resolve.model import Resolution
from casualtylog.resolve.policies import Policy
from casualtylog.times import Precision, TimeInput, parse_time, window_end

if TYPE_CHECKING:
    import pandas as pd

    from casualtylog.log import CasualtyLog

__all__ = ["DIFF_COLUMNS", "CountChange", "Diff", "diff", "diff_snapshots", "moments"]

#: The columns of :meth:`Diff.rows` and :meth:`Diff.to_frame`, in order.
DIFF_COLUMNS = (
    *COUNT_COLUMNS,
    "change",
    "best_before",
    "low_before",
    "high_before",
    "best_after",
    "low_after",
    "high_after",
    "claim_ids",
    "reasons",
)


class CountChange(BaseModel):
    """One count whose best, low or high differs between two moments.

    ``change`` is ``new`` (no figure before), ``withdrawn`` (none after) or
    ``changed``; a ``high`` of ``None`` with a figure is open-ended. ``claim_ids``
    are the ids of the claims recorded in between about the count, ``reasons``
    say why each was made, in the same order.
    """

    model_config = ConfigDict(frozen=True)

    event: str
    metric: str
    group: str | None = None
    period: str | None = None
    change: Literal["new", "changed", "withdrawn"]
    best_before: int | None = None
    low_before: int | None = None
    high_before: int | None = None
    best_after: int | None = None
    low_after: int | None = None
    high_after: int | None = None
    figure_before: str | None = None
    figure_after: str | None = None
    claim_ids: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def count(self) -> str:
        """The count as text: ``event / metric / group``."""
        return " / ".join(p for p in (self.event, self.metric, self.group) if p) + (
            f" / {self.period}" if self.period else ""
        )

    def record(self) -> dict[str, Any]:
        """A JSON-ready dict with the columns of :data:`DIFF_COLUMNS`."""
        data = self.model_dump()
        return {name: list(data[name]) if name in {"claim_ids", "reasons"} else data[name] for name in DIFF_COLUMNS}

    def __str__(self) -> str:
        before = self.figure_before or "nothing"
        after = self.figure_after or "withdrawn"
        why = "; ".join(self.reasons)
        return f"{self.count}: {before} → {after}" + (f" ({why})" if why else "")


class Diff(tuple[CountChange, ...]):
    """The counts that changed between two moments (a tuple of :class:`CountChange`)."""

    __slots__ = ()

    def rows(self) -> list[dict[str, Any]]:
        """One dict per count, with the columns of :data:`DIFF_COLUMNS`."""
        return [c.record() for c in self]

    def to_frame(self) -> pd.DataFrame:
        """The changes as a pandas frame with the columns of :data:`DIFF_COLUMNS` (needs the ``pandas`` extra)."""
        from casualtylog._extras import require  # noqa: PLC0415 - optional extra, imported when used

        pandas = require("pandas", "pandas", "Diff.to_frame()")
        frame: pd.DataFrame = pandas.DataFrame(self.rows(), columns=list(DIFF_COLUMNS))
        return frame


def _moment(value: TimeInput, field: str, tz: str | tzinfo | None) -> datetime:
    # As the log reads known_at: a date alone means the end of that day.
    when, precision = parse_time(value, field=field, tz=tz)
    return window_end(when, precision) if precision.rank <= Precision.DAY.rank else when


def moments(
    before: TimeInput, after: TimeInput, tz: str | tzinfo | None = None, *, names: tuple[str, str] = ("before", "after")
) -> tuple[datetime, datetime]:
    """The two moments of a diff, as ``known_at`` reads them; ``after`` earlier than
    ``before`` is refused, naming both (``names``: how the caller called them).

    A diff in the wrong order would list the changes as if they went forwards
    (or nothing at all); neither is what was asked, so it is an error, not a swap.

    >>> moments("2025-01-02", "2025-01-01", names=("--from", "--to"))
    Traceback (most recent call last):
    ...
    casualtylog.errors.TimeError: --to='2025-01-01': is earlier than --from='2025-01-02' (a diff runs from the earlier moment to the later; a date alone means the end of that day); swap --from and --to
    """
    start, end = _moment(before, names[0], tz), _moment(after, names[1], tz)
    if end < start:
        raise TimeError(
            names[1],
            after,
            f"is earlier than {names[0]}={snippet(before)} (a diff runs from the earlier moment to the later; "
            "a date alone means the end of that day)",
            f"swap {names[0]} and {names[1]}",
        )
    return start, end


def _states(res: Resolution | None) -> bool:
    # A count whose figures were all withdrawn still "considers" its claims, but has nothing current.
    return res is not None and bool(res.current) and (res.best is not None or res.low is not None)


def _figure(res: Resolution | None) -> str | None:
    return res.figure_text if res is not None and _states(res) else None


def _bounds(res: Resolution | None) -> tuple[int | None, int | None, int | None]:
    if res is None or not _states(res):
        return (None, None, None)
    return (res.best, res.low, res.high)


def reason(log: CasualtyLog, claim: Claim) -> str:
    """Why ``claim`` was made, in words: a new figure, a correction, a revert or a withdrawal.

    >>> from casualtylog import CasualtyLog
    >>> log = CasualtyLog()
    >>> first = log.add({"event": "e", "metric": "killed", "figure": "10", "source": "MoH", "reported_at": "2025-01-01"})
    >>> reason(log, first.revised(figure="12", reported_at="2025-01-02"))
    'corrected: 10 → 12 by MoH'
    """

    def figures(ids: Iterable[str]) -> list[Claim]:
        out = []
        for claim_id in ids:
            try:
                out.append(log.get(claim_id))
            except UnknownClaimError:
                continue
        return out

    who = f" by {claim.source.name}"
    if claim.figure is None:
        gone = sorted({str(c.figure) for c in figures(claim.retracts) if c.figure is not None})
        text = f"withdrawn: {' / '.join(gone) or ', '.join(claim.retracts)}{who}"
    elif claim.supersedes:
        replaced = figures(claim.supersedes)
        old = " / ".join(sorted({str(c.figure) for c in replaced if c.figure is not None})) or "?"
        kind = "corrected"
        if replaced and str(claim.figure) != old and _stated_before(log, claim, replaced):
            kind = "reverted"
        text = f"{kind}: {old} → {claim.figure}{who}"
    else:
        text = f"new figure: {claim.figure}{who}"
    if claim.url:
        text += f", {claim.url}"
    return text


def _stated_before(log: CasualtyLog, claim: Claim, replaced: list[Claim]) -> bool:
    """Whether the chain ``claim`` extends held its figure earlier (A → B → A)."""
    seen: set[str] = set()
    todo = list(replaced)
    while todo:
        older = todo.pop()
        if older.id in seen:
            continue
        seen.add(older.id)
        if older.figure is not None and str(older.figure) == str(claim.figure) and older.id not in claim.supersedes:
            return True
        for claim_id in older.supersedes:
            try:
                todo.append(log.get(claim_id))
            except UnknownClaimError:
                continue
    return False


def diff(
    log: CasualtyLog,
    before: TimeInput,
    after: TimeInput,
    *,
    policy: str | Policy | None = None,
    at: TimeInput | None = None,
    source: str | None = None,
) -> Diff:
    """The counts whose best, low or high differ between ``known_at=before`` and ``known_at=after``.

    Args:
        log: the log.
        before, after: two moments of knowledge (a date alone: the end of that day);
            ``after`` earlier than ``before`` raises :class:`~casualtylog.errors.TimeError`.
        policy: how best, low and high are chosen (default: the log's default).
        at: also only claims said by then (the state of a dated series on one day).
        source: only the claims of this originator are listed (every count they touch is compared).
    """
    start, end = moments(before, after, getattr(log, "_tz", None))
    wanted = None if source is None else Source(name=source).key
    touched: dict[Count, list[Claim]] = {}
    for claim in log:
        recorded = claim.recorded_at
        if recorded is None or not start < recorded <= end:
            continue
        if wanted is not None and claim.source.key != wanted:
            continue
        touched.setdefault(claim.count, []).append(claim)
    out = []
    for count in sorted(touched, key=_order):
        then = _resolve(log, count, policy, at, start)
        now = _resolve(log, count, policy, at, end)
        if _bounds(then) == _bounds(now):
            continue
        old, new = _bounds(then), _bounds(now)
        kind: Literal["new", "changed", "withdrawn"] = (
            "new" if _figure(then) is None else "withdrawn" if _figure(now) is None else "changed"
        )
        claims = touched[count]
        out.append(
            CountChange(
                event=count.event,
                metric=count.metric,
                group=count.group,
                period=None if count.period is None else str(count.period),
                change=kind,
                best_before=old[0],
                low_before=old[1],
                high_before=old[2],
                best_after=new[0],
                low_after=new[1],
                high_after=new[2],
                figure_before=_figure(then),
                figure_after=_figure(now),
                claim_ids=tuple(c.id for c in claims),
                reasons=tuple(
                    f"{reason(log, c)}, recorded {c.recorded_at.isoformat()}" for c in claims if c.recorded_at
                ),
            )
        )
    return Diff(out)


def _order(count: Count) -> tuple[str, str, str, str]:
    return (count.event, count.metric, count.group or "", "" if count.period is None else count.period.canonical())


def _resolve(
    log: CasualtyLog, count: Count, policy: str | Policy | None, at: TimeInput | None, known_at: datetime
) -> Resolution | None:
    period = None if count.period is None else count.period.canonical()
    res = log.resolve(count.event, count.metric, count.group, period, policy=policy, at=at, known_at=known_at)
    return res if res.considered else None


#: Two snapshots compared without a log are synced at these moments.
_FIRST = datetime(2000, 1, 1, tzinfo=UTC)
_SECOND = datetime(2000, 1, 2, tzinfo=UTC)


def diff_snapshots(
    before: object,
    after: object,
    *,
    source: str | Source | Mapping[str, Any] = "snapshot",
    tz: str | tzinfo | None = None,
    policy: str | Policy | None = None,
) -> Diff:
    """The counts that differ between two snapshots of one table (rows, frames or files).

    Both are synced, in order, into a fresh log: the result is what a log
    holding the first would report after syncing the second.

    >>> old = [{"event": "e", "metric": "killed", "figure": "10"}]
    >>> [str(row) for row in diff_snapshots(old, [{"event": "e", "metric": "killed", "figure": "9"}])]
    ['e / killed: 10 → 9 (corrected: 10 → 9 by snapshot, recorded 2000-01-02T00:00:00+00:00)']
    """
    from casualtylog.log import CasualtyLog  # noqa: PLC0415 - the log imports nothing from here
    from casualtylog.sync import sync  # noqa: PLC0415 - sync imports the log

    log = CasualtyLog(tz=tz)
    sync(log, before, source=source, at=_FIRST, tz=tz)
    sync(log, after, source=source, at=_SECOND, tz=tz)
    return diff(log, _FIRST, _SECOND, policy=policy)
