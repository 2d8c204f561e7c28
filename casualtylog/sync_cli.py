"""The ``casualtylog sync`` and ``casualtylog diff`` commands.

``casualtylog sync STORE FILE --source S --at T`` brings source S's statements
in STORE (a ``*.db`` store, created if missing, or a ``*.jsonl`` file) in line
with FILE, a full snapshot of S's table taken at T (CSV or JSON Lines), and
prints what it added. ``casualtylog diff STORE --from T1 --to T2`` prints the
counts whose best, low or high changed between the two moments of knowledge,
as text, JSON lines or CSV. Progress goes to stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from casualtylog.cli_args import _UsageError
from casualtylog.cli_output import counted
from casualtylog.resolve.policies import POLICIES

__all__ = ["add_sync_commands"]

#: Print progress every this many rows (only when stderr is a terminal).
PROGRESS_EVERY = 10_000


def _progress(rows: Iterable[tuple[int, dict[str, Any]]], name: str, stream: IO[str]) -> Iterator[Any]:
    """Pass rows through, reporting how many were read on ``stream`` when it is a terminal."""
    return counted(rows, name, "rows", stream, PROGRESS_EVERY)


def _sync(args: argparse.Namespace) -> int:
    from casualtylog.cli import terminal_text  # noqa: PLC0415 - the CLI imports this module
    from casualtylog.formats.files import add_claims, format_of, open_log  # noqa: PLC0415 - loaded when run
    from casualtylog.log import CasualtyLog  # noqa: PLC0415 - loaded when run
    from casualtylog.snapshots import iter_file_rows, read_rows  # noqa: PLC0415 - loaded when run
    from casualtylog.sync import sync  # noqa: PLC0415 - loaded when run
    from casualtylog.times import parse_time  # noqa: PLC0415 - loaded when run

    at, _ = parse_time(args.at, field="--at", tz=args.tz)  # as sync reads it: the rows are read against it
    rows: Iterable[tuple[int, Any]] = _progress(
        iter_file_rows(args.file, format=args.input_format), args.file, sys.stderr
    )
    blank_cells = None
    source: Any = args.source
    if args.mapping is not None:
        rows, source, blank_cells = _mapped(args, rows)
    elif source is None:
        raise _usage("--source is required (without --mapping, the rows do not say who publishes them)")
    snapshot = read_rows(rows, source=source, at=at, tz=args.tz, path=args.file, numbered=True)
    kind = format_of(args.target)
    if kind == "db":
        store = CasualtyLog.open(args.target, tz=args.tz)
        try:
            report = sync(store, snapshot, source=source, at=at, tz=args.tz, url=args.url)
        finally:
            store.close()
    else:
        from pathlib import Path  # noqa: PLC0415 - only for a JSON Lines target

        if Path(args.target).exists():
            with open_log(args.target, format=kind, tz=args.tz) as held:
                log = held
        else:
            log = CasualtyLog(tz=args.tz)
        report = sync(log, snapshot, source=source, at=at, tz=args.tz, url=args.url)
        add_claims(args.target, [log.get(i) for i in report.ids], tz=args.tz)
    if args.format == "json":
        print(report.model_dump_json())
        return 0
    print(terminal_text(str(report)))
    if blank_cells:
        print(
            f"  {blank_cells} blank cell{'s' if blank_cells != 1 else ''} in the table (no figure: withdrawn if held)"
        )
    for change in report.changes[:50]:
        when = "" if change.date is None else f" ({change.date.date().isoformat()})"
        print(terminal_text(f"  {change.kind}: {change.count}{when}: {change.reason}"))
    if len(report.changes) > 50:
        print(f"  (--format json lists all {len(report.changes)} changes)")
    for tie in report.ties:
        lines = ", ".join(str(n) for n in tie.lines)
        print(terminal_text(f"  tie: {tie.count} stated as {' and '.join(tie.figures)} (lines {lines})"))
    return 0


def _usage(message: str) -> Exception:
    return _UsageError(message)


def _mapped(args: argparse.Namespace, rows: Iterable[tuple[int, Any]]) -> tuple[list[Any], Any, int]:
    """The claims a wide table states under ``--mapping`` (with their file lines), their source, its blank cells."""
    from casualtylog.formats.mapping import TableTally, load_mapping, row_claims  # noqa: PLC0415 - only with --mapping
    from casualtylog.tables_cli import check_inputs  # noqa: PLC0415 - only with --mapping

    mapping = load_mapping(args.mapping)
    check_inputs(mapping, [args.file])  # a column the mapping names and the header lacks: refused before reading
    tally = TableTally()
    read = row_claims(mapping, source_name=args.file, tz=args.tz, tally=tally)
    claims = [(line, claim) for line, row in rows for claim in read(line, row)]
    source = args.source if args.source is not None else (claims[0][1].source if claims else None)
    if source is None:
        raise _usage("--source is required: the table states no figure to take its source from")
    return claims, source, tally.blank_cells


def _diff(args: argparse.Namespace) -> int:
    from casualtylog.cli import terminal_text  # noqa: PLC0415 - the CLI imports this module
    from casualtylog.diff import DIFF_COLUMNS, diff, moments  # noqa: PLC0415 - loaded when run
    from casualtylog.formats.files import open_log  # noqa: PLC0415 - loaded when run

    moments(args.before, args.after, args.tz, names=("--from", "--to"))  # refused before the log is read
    with open_log(args.log, format=args.log_format, tz=args.tz) as log:
        rows = diff(log, args.before, args.after, policy=args.policy, at=args.at, source=args.source)
    if args.format == "json":
        for row in rows:
            print(json.dumps(row.record(), ensure_ascii=False, separators=(",", ":")))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(DIFF_COLUMNS)
        for record in rows.rows():
            writer.writerow(
                ["; ".join(v) if isinstance(v, list) else ("" if v is None else _cell(v)) for v in record.values()]
            )
    else:
        for row in rows:
            print(terminal_text(f"{row.count}: {row.figure_before or 'nothing'} → {row.figure_after or 'withdrawn'}"))
            for text in row.reasons:
                print(terminal_text(f"  {text}"))
        print(f"{len(rows)} count{'s' if len(rows) != 1 else ''} changed")
    return 0


def _cell(value: object) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet: quote it.
    text = str(value)
    return "'" + text if text[:1] in {"=", "+", "-", "@"} and not text.lstrip("-").isdigit() else text


def add_sync_commands(sub: Any) -> None:
    """Add ``casualtylog sync`` and ``casualtylog diff`` to the CLI's sub-commands."""
    cmd = sub.add_parser("sync", help="add only what changed in a full snapshot of a source's table (CSV or JSONL)")
    cmd.add_argument("target", metavar="STORE", help="a *.db store (created if missing) or a *.jsonl file")
    cmd.add_argument("file", metavar="FILE", help="the snapshot: *.csv or *.jsonl, one row per figure")
    cmd.add_argument("--source", help="who publishes the table (with --mapping, default: the mapping's source)")
    cmd.add_argument("--at", required=True, metavar="TIME", help="when the snapshot was taken (not in the future)")
    cmd.add_argument("--url", help="where the snapshot came from, kept on every claim added")
    cmd.add_argument(
        "--mapping", metavar="FILE", help="read FILE as a wide table through this mapping (*.toml, *.json)"
    )
    cmd.add_argument("--tz", help="timezone for times written without one, e.g. Europe/Kyiv")
    cmd.add_argument(
        "--input-format", choices=["csv", "jsonl"], help="the format of FILE when its suffix does not tell"
    )
    cmd.add_argument("--format", choices=["text", "json"], default="text", help="text, or the report as JSON")
    cmd.set_defaults(func=_sync)

    diff = sub.add_parser("diff", help="the counts whose best, low or high changed between two moments")
    diff.add_argument("log", metavar="LOG", help="a *.db store, a *.jsonl or *.csv file")
    diff.add_argument("--from", dest="before", required=True, metavar="TIME", help="the first moment (known_at)")
    diff.add_argument("--to", dest="after", required=True, metavar="TIME", help="the second moment (known_at)")
    diff.add_argument("--at", metavar="TIME", help="only claims said by TIME (one day of a dated series)")
    diff.add_argument("--source", help="only changes made by this source's claims")
    diff.add_argument("--policy", choices=sorted(POLICIES), help="how best/low/high are chosen (default: range)")
    diff.add_argument("--log-format", choices=["jsonl", "csv", "hxl", "db"], help="the format of LOG")
    diff.add_argument("--tz", help="timezone for times written without one, e.g. Europe/Kyiv")
    diff.add_argument("--format", choices=["text", "json", "csv"], default="text", help="text, JSON lines or CSV")
    diff.set_defaults(func=_diff)
