"""Keeping a publisher's table in sync: a full snapshot in, only what changed out.

A publisher revises its table; each download is a full *snapshot*. :func:`sync`
compares a snapshot with what the log already holds from that source and adds
only the differences, as claims recorded at the snapshot's moment (``at``):

- a figure for a row the log had no figure for: a plain claim;
- a changed figure: a claim that ``supersedes`` the one it replaces;
- a figure back to an earlier value (A → B → A): a new claim that supersedes B,
  so it is a statement of its own and not a lost no-op;
- a row gone or blank: a retraction of every figure still standing for it.

A row is identified by its count (event, metric, group, period) and, when the
rows are dated, by its date. The log then answers "what did the table say at
time T" with ``resolve(..., known_at=T)``.

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog()
>>> table = [{"event": "e", "metric": "killed", "figure": "10"}]
>>> print(sync(log, table, source="MoH", at="2025-01-01T00:00Z"))
MoH at 2025-01-01T00:00:00+00:00: 1 row read; 1 added
>>> print(sync(log, table, source="MoH", at="2025-01-02T00:00Z"))
MoH at 2025-01-02T00:00:00+00:00: 1 row read; 1 unchanged
>>> print(sync(log, [{"event": "e", "metric": "killed", "figure": "12"}], source="MoH", at="2025-01-03T00:00Z"))
MoH at 2025-01-03T00:00:00+00:00: 1 row read; 1 corrected
>>> log.resolve("e", "killed", known_at="2025-01-02T12:00Z").best, log.resolve("e", "killed").best
(10, 12)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, tzinfo
from os import PathLike
from typing import TYPE_CHECKING, Any

from casualtylog._gc import paused_gc
from casualtylog.claims import MAX_LINKS, Claim, Source, _copy_unchecked
from casualtylog.errors import ClaimFormatError, TimeError
from casualtylog.log import RECORDED_AT_TOLERANCE
from casualtylog.snapshots import RowKey, Snapshot, Statement, iter_file_rows, read_rows
from casualtylog.sync_report import ChangeKind, SyncChange, SyncReport, SyncTie
from casualtylog.times import TimeInput, instant, parse_time

if TYPE_CHECKING:
    from casualtylog.log import CasualtyLog

__all__ = ["ChangeKind", "SyncChange", "SyncReport", "SyncTie", "sync"]


class _Held:
    """What the log holds from the source for one row: its claims, read once."""

    __slots__ = ("claims",)

    def __init__(self) -> None:
        self.claims: list[Claim] = []

    def standing(self) -> list[Claim]:
        """Figures not withdrawn by a retraction that stands (one not itself withdrawn)."""
        if len(self.claims) == 1:  # most rows: one figure, never revised
            return self.claims if self.claims[0].figure is not None else []
        retractions = [c for c in self.claims if c.retracts]
        voided = {t for r in retractions for t in r.retracts}
        withdrawn = {t for r in retractions if r.id not in voided for t in r.retracts}
        return [c for c in self.claims if c.figure is not None and c.id not in withdrawn]

    def live(self, standing: list[Claim]) -> list[Claim]:
        """The figures in effect: standing and not replaced by a standing figure."""
        if len(standing) == 1:
            return standing
        replaced = {t for c in standing for t in c.supersedes}
        return [c for c in standing if c.id not in replaced]

    def tips(self) -> list[Claim]:
        """The latest figures of the chain, withdrawn or not: what a new figure replaces."""
        figures = [c for c in self.claims if c.figure is not None]
        replaced = {t for c in figures for t in c.supersedes}
        return [c for c in figures if c.id not in replaced]


def _said(claim: Claim) -> tuple[str, str]:
    return (str(claim.figure), claim.status.value)


def _figures(claims: Iterable[Claim]) -> tuple[str, ...]:
    return tuple(sorted({str(c.figure) for c in claims}))


def _retraction(model: Claim, key: RowKey, ids: list[str], at: datetime, url: str | None) -> list[Claim]:
    count = model.count
    said = key[1] if key[1] is not None else at
    return [
        Claim.model_validate(
            {
                "event": count.event,
                "metric": count.metric,
                "group": count.group,
                "period": count.period,
                "figure": None,
                "source": model.source,
                "reported_at": said,
                "reported_precision": model.reported_precision if key[1] is not None else "second",
                "retracts": ids[start : start + MAX_LINKS],
                "url": url,
            }
        )
        for start in range(0, len(ids), MAX_LINKS)
    ]


def _moment(log: CasualtyLog, at: TimeInput, tz: str | tzinfo | None) -> datetime:
    when, _ = parse_time(at, field="at", tz=tz)
    clock = getattr(log, "_clock", None)
    now = clock() if callable(clock) else datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if instant(when) > instant(now) + RECORDED_AT_TOLERANCE:  # as instants: a named zone adds by wall clock
        raise TimeError(
            "at", when.isoformat(), f"is in the future (now is {now.isoformat(timespec='seconds')})",
            "a snapshot is what a table said when it was taken: give the time of the download",
        )  # fmt: skip
    return when


def _snapshot(
    snapshot: object,
    source: str | Source | Mapping[str, Any],
    when: datetime,
    tz: str | tzinfo | None,
    format: str | None,
) -> Snapshot:
    if isinstance(snapshot, Snapshot):
        return snapshot  # read already (the command line reads a file with progress shown)
    if isinstance(snapshot, str | PathLike):
        return read_rows(
            iter_file_rows(snapshot, format=format), source=source, at=when, tz=tz, path=snapshot, numbered=True
        )
    if hasattr(snapshot, "to_dict") and hasattr(snapshot, "columns"):  # a pandas frame
        seen: set[str] = set()
        for label in map(str, snapshot.columns):
            if label in seen:  # to_dict("records") would keep the last of them and only warn
                raise ClaimFormatError(None, None, label, label, "the frame has two columns of this name")
            seen.add(label)
        rows = snapshot.to_dict("records")
        return read_rows(rows, source=source, at=when, tz=tz)
    if isinstance(snapshot, Mapping) or not isinstance(snapshot, Iterable):
        raise TypeError("a snapshot is rows (dicts or claims), a DataFrame, or the path of a CSV or JSONL file")
    return read_rows(snapshot, source=source, at=when, tz=tz)


def sync(
    log: CasualtyLog,
    snapshot: object,
    *,
    source: str | Source | Mapping[str, Any],
    at: TimeInput,
    tz: str | tzinfo | None = None,
    url: str | None = None,
    format: str | None = None,
) -> SyncReport:
    """Bring ``source``'s statements in ``log`` in line with a full snapshot of its table.

    Args:
        log: the log (in memory or a store); it is changed in one batch, or not at all.
        snapshot: rows (dicts or claims with the columns of
            :data:`casualtylog.snapshots.SNAPSHOT_COLUMNS`), a pandas DataFrame,
            the path of a CSV or JSON Lines file, or a
            :class:`~casualtylog.snapshots.Snapshot` read with the same ``at``.
        source: who publishes the table. Rows absent from the snapshot are
            withdrawn: a snapshot is the source's whole table.
        at: when the snapshot was taken: ``recorded_at`` of every claim added.
            Not in the future, and not before the source's last sync (unless
            the log holds that snapshot already: replaying a history twice adds nothing).
        tz: the zone of times written without one.
        url: where the snapshot came from (a release, a commit), kept on every claim added.
        format: ``"csv"`` or ``"jsonl"`` when a file's suffix does not tell.

    Returns:
        A :class:`SyncReport`: what was added, corrected, reverted, withdrawn, and the ids.

    Raises:
        ClaimFormatError: a row is not a statement (an unknown column, a cell
            that is not a figure), naming its line and column.
        TimeError: ``at`` is in the future or before the source's last sync.
    """
    with paused_gc():  # a sync makes many small objects and keeps them: collections would only rescan them
        return _sync(log, snapshot, source, _moment(log, at, tz), tz, url, format)


def _sync(
    log: CasualtyLog,
    snapshot: object,
    source: str | Source | Mapping[str, Any],
    when: datetime,
    tz: str | tzinfo | None,
    url: str | None,
    format: str | None,
) -> SyncReport:
    snap = _snapshot(snapshot, source, when, tz, format)
    probe = Claim.model_validate(
        {"event": "-", "metric": "killed", "figure": "0", "source": source, "reported_at": when}
    )
    originator = probe.source.key
    held: dict[RowKey, _Held] = {}
    last: datetime | None = None
    dated = bool(snap.dated)
    for claim in log:  # the source's statements, indexed once: a sync costs one pass, not a resolve a row
        if claim.source.key != originator:
            continue
        recorded = claim.recorded_at
        if recorded is not None and (last is None or recorded > last):
            last = recorded
        if recorded is not None and recorded > when:
            continue  # a replay of an older snapshot compares with what was known then
        key: RowKey = (claim.count, claim.reported_at if dated else None)
        held.setdefault(key, _Held()).claims.append(claim)
    report, new = _apply(snap, held, when, url, probe.source.name)
    if new and last is not None and when < last:
        raise TimeError(
            "at", when.isoformat(), f"is before {probe.source.name}'s last sync ({last.isoformat()})",
            "sync a table's snapshots in the order they were taken (an older snapshot the log already holds is "
            "accepted and adds nothing)",
        )  # fmt: skip
    log.extend(new)  # one batch: every claim is checked before any is stored
    return report


def _apply(
    snap: Snapshot, held: dict[RowKey, _Held], when: datetime, url: str | None, name: str
) -> tuple[SyncReport, list[Claim]]:
    stated: dict[RowKey, list[Statement]] = {}
    for statement in snap.statements:
        stated.setdefault(statement.key, []).append(statement)
    tally = {"added": 0, "corrected": 0, "reverted": 0, "withdrawn": 0, "unchanged": 0}
    new: list[Claim] = []
    changes: list[SyncChange] = []
    ties: list[SyncTie] = []
    empty = _Held()
    for key, statements in stated.items():
        have = held.get(key, empty)
        standing = have.standing() if have.claims else []
        live = have.live(standing)
        holds = {_said(c) for c in live}
        said: dict[tuple[str, str], Statement] = {}
        for statement in statements:
            said.setdefault(snap.said(statement, holds), statement)
        if len({figure for figure, _ in said}) > 1:
            ties.append(
                SyncTie(
                    count=str(key[0]),
                    date=key[1],
                    figures=tuple(sorted({figure for figure, _ in said})),
                    lines=tuple(s.line for s in statements),
                )
            )
        if holds == set(said):
            tally["unchanged"] += 1
            continue
        tips = tuple(sorted(c.id for c in have.tips())) if have.claims else ()
        links: dict[str, Any] = {"supersedes": tips} if tips else {}
        if url is not None:
            links["url"] = url
        made = [_stamped(_kept_url(snap, s, links), when) for s in said.values()]
        history = {str(c.figure) for c in have.claims if c.figure is not None}
        after = _figures(made)
        kind: ChangeKind
        before = _figures(live)
        fresh = set(after) - set(before)  # figures the row did not hold just before
        if not live:
            kind = "reverted" if set(after) <= history and history else "added"
        else:
            kind = "reverted" if fresh and fresh <= history else "corrected"
        new.extend(made)
        tally[kind] += 1
        changes.append(
            SyncChange(
                kind=kind,
                count=str(key[0]),
                date=key[1],
                before=before,
                after=after,
                claim_ids=tuple(c.id for c in made),
                reason=_reason(kind, before, after, have, when),
            )
        )
    for key, have in held.items():
        if key in stated:
            continue
        standing = have.standing()
        live = have.live(standing)
        if not live:
            continue
        made = [_stamped(c, when) for c in _retraction(live[0], key, sorted(c.id for c in standing), when, url)]
        new.extend(made)
        tally["withdrawn"] += 1
        why = "blank in the snapshot" if key in snap.blank_keys else "no longer in the snapshot"
        changes.append(
            SyncChange(
                kind="withdrawn",
                count=str(key[0]),
                date=key[1],
                before=_figures(live),
                after=(),
                claim_ids=tuple(c.id for c in made),
                reason=f"withdrawn at {when.isoformat()}: {' / '.join(_figures(live))} {why}",
            )
        )
    report = SyncReport(
        source=name,
        at=when,
        read=snap.read,
        blank=len(snap.blank),
        ids=tuple(c.id for c in new),
        changes=tuple(changes),
        ties=tuple(ties),
        **tally,
    )
    return report, new


def _kept_url(snap: Snapshot, statement: Statement, links: dict[str, Any]) -> Claim:
    """The row's claim with its links and the snapshot's url (a row's own url is kept)."""
    if "url" in links and statement.data.get("url") is not None:
        links = {k: v for k, v in links.items() if k != "url"}
    return snap.claim(statement, **links)


def _stamped(claim: Claim, when: datetime) -> Claim:
    # Unvalidated on purpose (a stamp per claim synced): recorded_at is not part of the id
    # (claim_ids.content_id) and no rule reads it alone; ``when`` is the sync's own aware time.
    return _copy_unchecked(claim, recorded_at=when)


def _reason(kind: ChangeKind, before: tuple[str, ...], after: tuple[str, ...], have: _Held, when: datetime) -> str:
    moment = when.isoformat()
    then = " / ".join(before) or "withdrawn"
    now = " / ".join(after)
    if kind == "added":
        return f"new figure at {moment}: {now}" + ("" if not have.claims else f" (after {then})")
    if kind == "reverted":
        return f"reverted at {moment}: {then} → {now}, a figure stated before"
    return f"corrected at {moment}: {then} → {now}"
