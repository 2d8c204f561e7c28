"""Replay the Gaza dataset's revision history through ``sync``, one snapshot per commit.

    python benchmarks/gaza_replay.py                 # the shared folder's full revision log
    python benchmarks/gaza_replay.py --data FILE     # another copy (tests/data holds one)

``gaza_casualties_daily_revisions.csv`` lists every value each (report_date,
field) pair of ``casualties_daily.json`` took, by version (a blank value: the
field was absent). The state of the table after each commit is, for every
pair, its last value at or before that commit; :func:`snapshots` rebuilds it
and :func:`replay` syncs each state at the commit's time. Prints how many
claims each kind of change made, and how long the replay took.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casualtylog import CasualtyLog
from casualtylog.sync import SyncReport, sync

#: Who publishes the table (the ministry's figures, compiled by Tech for Palestine).
SOURCE = "Tech for Palestine casualties_daily.json"
EVENT = "gaza-war-2023"
TZ = "Asia/Gaza"
COMMIT_URL = "https://github.com/TechForPalestine/palestine-datasets/commit/"

#: field -> (metric, group, the day's figure?). report_source and report_period
#: are not figures (who reported, hours covered), so they are not synced.
FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "killed_cum": ("killed", None, False),
    "injured_cum": ("injured", None, False),
    "killed_children_cum": ("killed", "children", False),
    "killed_women_cum": ("killed", "women", False),
    "med_killed_cum": ("killed", "medical staff", False),
    "press_killed_cum": ("killed", "journalists", False),
    "aid_seeker_killed_cum": ("killed", "aid seekers", False),
    "aid_seeker_injured_cum": ("injured", "aid seekers", False),
    "famine_cum": ("famine deaths", None, False),
    "child_famine_cum": ("famine deaths", "children", False),
    "killed": ("killed", None, True),
    "injured": ("injured", None, True),
    "killed_recovered": ("bodies recovered", None, True),
    "killed_succumbed": ("succumbed to injuries", None, True),
    "killed_truce_new": ("killed since truce", None, True),
}


@dataclass(frozen=True)
class Version:
    """The table after one commit: its time, commit and every known pair's value ('' if absent)."""

    at: datetime
    commit: str
    values: dict[tuple[str, str], str]


def snapshots(path: str | Path) -> Iterator[Version]:
    """The table's state after each commit, in commit-time order (only fields in :data:`FIELDS`)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["field"] in FIELDS]
    commits: dict[str, datetime] = {}
    for row in rows:
        commits[row["commit"]] = datetime.fromisoformat(row["commit_time"])
    rows.sort(key=lambda r: (datetime.fromisoformat(r["commit_time"]), int(r["version_seq"])))
    state: dict[tuple[str, str], str] = {}
    position = 0
    for commit, at in sorted(commits.items(), key=lambda item: item[1]):
        while position < len(rows) and datetime.fromisoformat(rows[position]["commit_time"]) <= at:
            row = rows[position]
            state[(row["report_date"], row["field"])] = row["value"]
            position += 1
        yield Version(at, commit, dict(state))


def table(version: Version) -> list[dict[str, Any]]:
    """The snapshot rows of one version: a row per (date, field), blank where the field was absent."""
    out = []
    for (day, field), value in sorted(version.values.items()):
        metric, group, daily = FIELDS[field]
        out.append(
            {
                "event": EVENT,
                "metric": metric,
                "group": group,
                "period": day if daily else None,
                "reported_at": day,
                "figure": value,
            }
        )
    return out


def replay(log: CasualtyLog, path: str | Path) -> list[SyncReport]:
    """Sync every version of the table into ``log``, at its commit's time."""
    return [sync(log, table(v), source=SOURCE, at=v.at, tz=TZ, url=COMMIT_URL + v.commit) for v in snapshots(path)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, help="the revision log (default: the shared folder's)")
    args = parser.parse_args(argv)
    path = args.data
    if path is None:
        from benchmarks.real_data import data_dir  # noqa: PLC0415 - only the documented run reads ../shared

        shared = data_dir()
        if shared is None:
            parser.error(
                "the shared data folder is not on this machine; pass --data tests/data/gaza_casualties_daily_revisions.csv"
            )
        path = shared / "supplementary" / "gaza_casualties_daily_revisions.csv"
    log = CasualtyLog(tz=TZ)
    start = time.perf_counter()
    reports = replay(log, path)
    first = time.perf_counter() - start
    again = replay(log, path)  # the log holds every version already: nothing to add
    total = {k: sum(getattr(r, k) for r in reports) for k in ("added", "corrected", "reverted", "withdrawn")}
    print(f"{len(reports)} versions replayed in {first:.2f} s: {len(log)} claims; {total}")
    print(f"replayed again: {sum(len(r.ids) for r in again)} claims added")
    return 0


if __name__ == "__main__":
    sys.exit(main())
