"""The ``casualtylog`` command: a thin mirror of the library.

Each command parses its arguments, calls one public function and prints.
``main(argv)`` returns the exit code, so tests call it directly. Library errors
print ``Error: …`` on stderr and exit 1; usage errors exit 2. Text from the
data (source names, events, quotes) is printed with terminal control
characters shown as spaces (:func:`terminal_text`); JSON output escapes them. Every command is
documented, with examples that the tests run, in ``docs/cli.md``.

>>> main(["resolve", "--help"])  # doctest: +ELLIPSIS
usage: casualtylog resolve [-h] ...
0
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from casualtylog.claims import Claim
from casualtylog.cli_args import (
    _as_flags,
    _check_claim_flags,
    _count_arguments,
    _DataError,
    _known_tz,
    _log_arguments,
    _pair,
    _plain,
    _reason,
    _refuse_overwrite,
    _same_file,
    _source,
    _UsageError,
)
from casualtylog.cli_output import _output, _say, counted, terminal_text
from casualtylog.copy_cli import add_copy_command
from casualtylog.errors import CasualtyLogError
from casualtylog.events_cli import add_events_command
from casualtylog.formats._files import snippet
from casualtylog.formats.files import add_claims, export_claims, read_claims
from casualtylog.formats.reader import ClaimReader, ReaderChain
from casualtylog.formats.resolutions import json_line
from casualtylog.read_cli import _check, _counts, _explain, _export, _history, _report, _resolve, _verify
from casualtylog.sync_cli import add_sync_commands
from casualtylog.tables_cli import add_mapping_arguments, report_tallies, table_mapping_from_args

__all__ = ["build_parser", "main", "terminal_text"]

#: Print progress every this many claims (only when stderr is a terminal).
PROGRESS_EVERY = 10_000


def _progress(reader: ClaimReader, stream: IO[str]) -> Iterator[Any]:
    """Pass claims through, reporting the count on ``stream`` when it is a terminal."""
    return counted(reader, reader.name, "claims", stream, PROGRESS_EVERY)


# -- commands ------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    from casualtylog.demo import run_demo  # noqa: PLC0415 - the demo is only loaded when asked for
    from casualtylog.worked_example import kyiv_claims  # noqa: PLC0415 - likewise

    if args.write:
        _refuse_overwrite(args.write, "--write", [])
        n = export_claims(kyiv_claims(), _output(args.write), format=args.format)
        print(f"wrote {n} claims of the worked example to {args.write}")
        return 0
    print(run_demo())
    return 0


#: ``add`` lists the ids it added in its text output up to this many (``--format json`` lists all).
LIST_IDS_UP_TO = 50


def _add(args: argparse.Namespace) -> int:
    if args.rejects and len(args.inputs) > 1:
        raise _UsageError("--rejects takes one input file; add the files one at a time")
    if args.rejects and not args.lenient:
        raise _UsageError("--rejects needs --lenient (without it the first bad record stops the add)")
    _refuse_overwrite(args.rejects, "--rejects", [args.target, *args.inputs])
    for path in args.inputs:
        if path != "-" and _same_file(path, args.target):
            raise _UsageError(f"INPUT {snippet(repr(path))} is the target itself")
    input_format = args.input_format or (args.format if args.format in {"jsonl", "csv", "hxl"} else None)
    output = "json" if args.format == "json" else "text"
    mapping, constants = table_mapping_from_args(args)
    readers = [
        read_claims(
            _source(path),
            format=input_format or ("jsonl" if path == "-" and not mapping else ("csv" if path == "-" else None)),
            tz=args.tz,
            lenient=args.lenient,
            rejects=args.rejects,
            mapping=mapping,
            constants=constants,
        )
        for path in args.inputs
    ]
    new: list[Claim] = []
    # A chain of the readers, not a generator: a claim the target refuses is named by its file and line.
    claims = ReaderChain(readers, lambda reader: _progress(reader, sys.stderr))
    added = add_claims(args.target, claims, tz=args.tz, added=new)
    read = sum(r.read for r in readers)
    for reader in readers:
        for rejection in reader.rejected:
            _say(f"Rejected: {rejection}", file=sys.stderr)
        if reader.rejected:
            where = f"; written to {args.rejects}" if args.rejects else ""
            _say(f"{reader.summary()}{where}", file=sys.stderr)
    report_tallies(readers, sys.stderr)
    if output == "json":
        print(
            json_line(
                {
                    "target": args.target,
                    "added": [c.id for c in new],
                    "read": read,
                    "rejected": sum(len(r.rejected) for r in readers),
                }
            )
        )
        return 0
    print(f"added {added} new claim{'s' if added != 1 else ''} to {args.target} ({read} read)")
    if len(new) <= LIST_IDS_UP_TO:
        for claim in new:
            _say(f"  {claim.id}  {claim.count}: {claim.figure if claim.figure is not None else 'retraction'}")
    else:
        print(f"  (--format json lists the {len(new)} ids)")
    return 0


# -- the parser ------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per public operation.

    >>> sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    ['add', 'check', 'copy', 'counts', 'demo', 'diff', 'events', 'explain', 'export', 'extract', 'history', 'pg-init', 'report', 'resolve', 'sync', 'verify']
    """
    parser = argparse.ArgumentParser(
        prog="casualtylog", description=_plain(__doc__.splitlines()[0]) if __doc__ else None
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="resolve the worked example (Kyiv, 24 April 2025) and explain it")
    demo.add_argument("--write", metavar="PATH", help="instead, write the example's claims to PATH (*.jsonl or *.csv)")
    demo.add_argument("--format", choices=["jsonl", "hxl"], help="the format of --write when PATH does not tell")
    demo.set_defaults(func=_demo)

    add = sub.add_parser("add", help="add claims from JSON Lines, CSV/HXL files or stdin to a store or a JSONL file")
    add.add_argument("target", metavar="TARGET", help="a *.db store (created if missing) or a *.jsonl file")
    add.add_argument("inputs", metavar="INPUT", nargs="*", default=["-"], help="*.jsonl or *.csv files; - is stdin")
    add.add_argument("--input-format", choices=["jsonl", "csv", "hxl"], help="the format of the inputs (stdin: jsonl)")
    add.add_argument(
        "--format",
        choices=["text", "json", "jsonl", "csv", "hxl"],
        help="text (the default) or json: what add prints, with the ids it added "
        "(jsonl, csv or hxl: the old spelling of --input-format)",
    )
    add.add_argument("--tz", help="timezone for times written without one, e.g. Europe/Kyiv")
    add.add_argument("--lenient", action="store_true", help="set bad records aside (reported on stderr), add the rest")
    add.add_argument("--rejects", metavar="FILE", help="with --lenient, copy the rejected records to FILE")
    add.add_argument(
        "--map", metavar="FIELD=COLUMN", type=_pair, action="append", default=[], help="CSV: read FIELD from COLUMN"
    )
    add.add_argument(
        "--set", metavar="FIELD=VALUE", type=_pair, action="append", default=[], help="CSV: FIELD is VALUE when empty"
    )
    add_mapping_arguments(add)
    add.set_defaults(func=_add)

    resolve = sub.add_parser("resolve", help="best, low and high for every count (or one count)")
    _log_arguments(resolve)
    _count_arguments(resolve, optional=True)
    resolve.add_argument(
        "--format",
        choices=["table", "json", "csv"],
        default="table",
        help="table for people; json or csv for pipelines",
    )
    resolve.add_argument("--events", metavar="FILE", help="events (*.jsonl, *.csv): also print their wholes' roll-ups")
    resolve.set_defaults(func=_resolve)

    explain = sub.add_parser("explain", help="why one count resolves as it does, in words")
    _log_arguments(explain)
    _count_arguments(explain, optional=False)
    explain.set_defaults(func=_explain)

    history = sub.add_parser("history", help="how one count's resolution moved over time")
    _log_arguments(history, times=False)
    _count_arguments(history, optional=False)
    history.add_argument(
        "--clock", choices=["reported", "recorded"], default="reported", help="replay in the order said or recorded"
    )
    history.add_argument("--format", choices=["text", "json"], default="text", help="text, or one JSON object a step")
    history.set_defaults(func=_history)

    check = sub.add_parser("check", help="findings across counts: groups above totals, falls, conflicts, …")
    _log_arguments(check)
    check.add_argument("--format", choices=["text", "json"], default="text", help="text, or one JSON object a finding")
    check.add_argument("--strict", action="store_true", help="exit 1 when there is a warning")
    check.add_argument("--events", metavar="FILE", help="events (*.jsonl, *.csv): also check parts against wholes")
    check.set_defaults(func=_check)

    export = sub.add_parser(
        "export",
        help="write every claim (JSON Lines, HXL) or every resolution (UCDP, ACLED, PROV-JSON)",
    )
    _log_arguments(export)
    export.add_argument("output", metavar="OUTPUT", nargs="?", default="-", help="a file; - is stdout")
    export.add_argument(
        "--format",
        choices=["jsonl", "hxl", "ucdp", "acled", "prov"],
        help="jsonl or hxl: the claims (default: told by OUTPUT's name, jsonl for stdout); "
        "ucdp, acled or prov: the resolutions, with --policy, --rank, --at and --known-at",
    )
    export.set_defaults(func=_export)

    report = sub.add_parser("report", help="write a standalone HTML report: figures, timelines, explanations, sources")
    _log_arguments(report, times=False)
    report.add_argument("-o", "--output", metavar="HTML", default="report.html", help="where to write it; - is stdout")
    report.add_argument("--title", help="the report's heading (default: the events)")
    report.add_argument("--events", metavar="FILE", help="events (*.jsonl, *.csv): add their wholes' roll-ups")
    report.set_defaults(func=_report)
    verify = sub.add_parser("verify", help="check a store: its hash chain, every record, SQLite's integrity_check")
    verify.add_argument("store", metavar="STORE", help="a *.db store")
    verify.add_argument("--head", metavar="SEQ:HASH", help="a head noted from an earlier verify: check up to it")
    verify.add_argument(
        "--chain-only", action="store_true", help="check the chain and columns without decoding records (faster)"
    )
    verify.set_defaults(func=_verify)

    counts = sub.add_parser("counts", help="the counts the log holds claims about, with how many each")
    _log_arguments(counts, times=False, policy=False)
    counts.add_argument("--format", choices=["text", "json"], default="text", help="text, or one JSON object a count")
    counts.set_defaults(func=_counts)

    from casualtylog.text.cli import add_extract_command  # noqa: PLC0415 - loaded only to build the parser

    add_extract_command(sub)
    add_events_command(sub)
    add_sync_commands(sub)
    add_copy_command(sub)
    from casualtylog.store.postgres.cli import add_pg_init_command  # noqa: PLC0415 - loaded only to build the parser

    add_pg_init_command(sub)
    parser.allow_abbrev = False  # "--event" must not silently mean "--events"
    for command in sub.choices.values():  # help is read in a terminal: no reST markup
        command.allow_abbrev = False
        command.set_defaults(usage=command.format_usage)
        command.description = _plain(command.description)
        for action in command._actions:
            action.help = _plain(action.help)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    >>> main(["resolve", "no-such-file.jsonl"])  # prints "Error: cannot read no-such-file.jsonl: …" on stderr
    1
    >>> main(["resolve", "no-such-file.jsonl", "--tz", "Mars/Base"])  # "Error: --tz 'Mars/Base' is not a known timezone; …"
    1
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    tz = getattr(args, "tz", None)
    if tz is not None and not _known_tz(tz):
        _say(
            f"Error: --tz {snippet(repr(tz))} is not a known timezone; use an IANA name such as 'Europe/Kyiv'",
            file=sys.stderr,
        )
        return 1
    try:
        if args.command == "extract":
            _check_claim_flags(args)
        code: int = args.func(args)
    except _UsageError as exc:  # as argparse reports its own: the usage, then the error
        print(args.usage(), end="", file=sys.stderr)
        _say(f"{parser.prog} {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except (CasualtyLogError, _DataError) as exc:
        _say(f"Error: {_as_flags(snippet(str(exc), 2000))}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a validation the library does not wrap yet (pydantic's): still a data error
        _say(f"Error: {_reason(exc)}", file=sys.stderr)
        return 1
    except RecursionError:
        _say("Error: the input is nested or linked too deeply to process", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader of our output went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:  # a path the system refuses (too long, a loop of links) before a library call wraps it
        _say(f"Error: {snippet(exc.filename or '', 80)}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return code
