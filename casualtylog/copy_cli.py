"""The ``casualtylog copy SRC DST`` command: claims and events from one store or file to another.

See :mod:`casualtylog.store.copy`: JSON Lines files, SQLite stores and
PostgreSQL stores in any direction, ids and ``recorded_at`` kept, resumable
(run it again after an interruption: only what is missing is added), with
progress on stderr when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_copy_command", "run_copy"]


def add_copy_command(sub: Any) -> None:
    """Register ``copy`` on the command line's subparsers."""
    copy = sub.add_parser("copy", help="copy claims and events between *.jsonl files and stores, resumably")
    copy.add_argument("source", metavar="SRC", help="a *.jsonl file, a *.db store, sqlite:///PATH or postgresql://…")
    copy.add_argument("destination", metavar="DST", help="the same kinds; a store is created if missing")
    copy.add_argument("--source-events", metavar="FILE", help="a *.jsonl SRC's event declarations (JSON Lines)")
    copy.add_argument(
        "--destination-events", metavar="FILE", help="a *.jsonl DST: write the event declarations to FILE"
    )
    copy.add_argument("--batch", type=int, help="claims per transaction (default 10,000)")
    copy.set_defaults(func=run_copy)


def _same(a: str, b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:
        return a == b


def run_copy(args: argparse.Namespace) -> int:
    """Run ``casualtylog copy``; print what was copied."""
    # Loaded here: the store layer (sqlite3, and psycopg for PostgreSQL) only when copying.
    from casualtylog.store.copy import BATCH, copy_log, endpoint_kind  # noqa: PLC0415
    from casualtylog.store.opening import display_target  # noqa: PLC0415

    src, dst = args.source, args.destination
    if _same(src, dst):
        print(f"casualtylog copy: error: SRC and DST are the same: {display_target(src)!r}", file=sys.stderr)
        return 2
    if args.batch is not None and args.batch < 1:
        print("casualtylog copy: error: --batch must be 1 or more", file=sys.stderr)
        return 2
    show = sys.stderr.isatty()

    def progress(read: int, total: int | None) -> None:
        if show:
            of = f" of {total:,}" if total is not None else ""
            print(f"\rcopying: {read:,}{of} claims…", end="", file=sys.stderr, flush=True)

    done = copy_log(
        src,
        dst,
        source_events=args.source_events,
        destination_events=args.destination_events,
        batch=args.batch or BATCH,
        progress=progress,
    )
    if show and done.read:
        print(file=sys.stderr)
    if done.events_read and endpoint_kind(dst) == "jsonl" and not args.destination_events:
        print(
            f"Note: {done.events_read} event declarations not copied: pass --destination-events FILE to keep them",
            file=sys.stderr,
        )
    print(
        f"copied {done.read:,} claims from {display_target(src)} to {display_target(dst)}: {done.added:,} new, "
        f"{done.read - done.added:,} there already; {done.events_read:,} event declarations, "
        f"{done.events_added:,} new"
    )
    return 0
