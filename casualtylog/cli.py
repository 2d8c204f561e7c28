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

from casualtylog.errors import CasualtyLogError, TimeError
from casualtylog.events_cli import add_events_command, print_rollups
from casualtylog.formats._files import Input
from casualtylog.formats.events import read_events
from casualtylog.formats.files import add_claims, convert, export_claims, open_log, read_claims
from casualtylog.formats.reader import ClaimReader
from casualtylog.formats.resolutions import (
    finding_record,
    history_records,
    json_line,
    resolution_record,
    write_resolutions_csv,
)
from casualtylog.resolve.policies import POLICIES
from casualtylog.times import parse_time

__all__ = ["build_parser", "main", "terminal_text"]

#: Print progress every this many claims (only when stderr is a terminal).
PROGRESS_EVERY = 10_000

#: Characters a terminal would act on (ANSI escapes, C1 controls, bidirectional
#: overrides, line separators), each shown as a space; line ends and tabs stay.
_TERMINAL = {
    **{code: " " for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(code) not in "\n\t"},
    **dict.fromkeys((0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029), " "),
}


def terminal_text(text: object) -> str:
    r"""``text`` safe to print: source names, events and quotes come from anyone.

    >>> terminal_text("A\x1b[2J\x1b[31mFAKE\nnext line")
    'A [2J [31mFAKE\nnext line'
    """
    return str(text).translate(_TERMINAL)


def _say(text: object, file: IO[str] | None = None) -> None:
    print(terminal_text(text), file=file)


def _stdin() -> IO[bytes] | IO[str]:
    stream = sys.stdin
    return getattr(stream, "buffer", stream)  # bytes where possible: bad bytes are then reported by line


def _source(path: str) -> Input:
    return _stdin() if path == "-" else path


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected FIELD=VALUE, got {text!r}")
    return key.strip(), value


def _progress(reader: ClaimReader, stream: IO[str]) -> Iterator[Any]:
    """Pass claims through, reporting the count on ``stream`` when it is a terminal."""
    show = stream.isatty()
    n = 0
    for claim in reader:
        n += 1
        if show and n % PROGRESS_EVERY == 0:
            print(f"\r{reader.name}: {n:,} claims read…", end="", file=stream, flush=True)
        yield claim
    if show and n >= PROGRESS_EVERY:
        print(f"\r{reader.name}: {n:,} claims read.  ", file=stream, flush=True)


# -- commands ------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    from casualtylog.demo import run_demo  # noqa: PLC0415 - the demo is only loaded when asked for
    from casualtylog.worked_example import kyiv_claims  # noqa: PLC0415 - likewise

    if args.write:
        n = export_claims(kyiv_claims(), _output(args.write), format=args.format)
        print(f"wrote {n} claims of the worked example to {args.write}")
        return 0
    print(run_demo())
    return 0


def _output(path: str) -> Any:
    return sys.stdout if path == "-" else path


def _add(args: argparse.Namespace) -> int:
    if args.rejects and len(args.inputs) > 1:
        raise _UsageError("--rejects takes one input file; add the files one at a time")
    mapping = dict(args.map) or None
    constants = dict(args.set) or None
    readers = [
        read_claims(
            _source(path),
            format=args.format or ("jsonl" if path == "-" and not mapping else ("csv" if path == "-" else None)),
            tz=args.tz,
            lenient=args.lenient,
            rejects=args.rejects,
            mapping=mapping,
            constants=constants,
        )
        for path in args.inputs
    ]

    def claims() -> Iterator[Any]:
        for reader in readers:
            yield from _progress(reader, sys.stderr)

    added = add_claims(args.target, claims(), tz=args.tz)
    read = sum(r.read for r in readers)
    for reader in readers:
        for rejection in reader.rejected:
            _say(f"Rejected: {rejection}", file=sys.stderr)
        if reader.rejected:
            where = f"; written to {args.rejects}" if args.rejects else ""
            _say(f"{reader.summary()}{where}", file=sys.stderr)
    print(f"added {added} new claim{'s' if added != 1 else ''} to {args.target} ({read} read)")
    return 0


def _count(args: argparse.Namespace) -> tuple[str, str, str | None]:
    return args.event, args.metric, args.group


def _resolve(args: argparse.Namespace) -> int:
    with open_log(_source(args.log), format=args.log_format, tz=args.tz) as log:
        if args.events is not None:
            log.add_events(read_events(args.events))
        if args.event is not None and args.metric is not None:
            found = [log.resolve(*_count(args), policy=args.policy, at=args.at, known_at=args.known_at)]
        else:
            found = log.resolve_all(policy=args.policy, at=args.at, known_at=args.known_at)
            if args.event is not None:
                found = [r for r in found if r.count.event == args.event.strip()]
        if args.format == "json":
            for res in found:
                print(json_line(resolution_record(res)))
        elif args.format == "csv":
            write_resolutions_csv(found, sys.stdout)
        else:
            from casualtylog.display import resolutions_text  # noqa: PLC0415 - only the table needs it

            _say(resolutions_text(found) if found else "no claims visible")
        if args.events is not None and args.format != "csv":
            rolls = [r for r in log.rollups(policy=args.policy, at=args.at, known_at=args.known_at)
                     if args.event is None or r.count.event == args.event.strip()]  # fmt: skip
            print_rollups(rolls, args.format, sys.stdout, _say)
    return 0


def _explain(args: argparse.Namespace) -> int:
    with open_log(_source(args.log), format=args.log_format, tz=args.tz) as log:
        res = log.resolve(*_count(args), policy=args.policy, at=args.at, known_at=args.known_at)
        _say(res.explain())
    return 0


def _history(args: argparse.Namespace) -> int:
    with open_log(_source(args.log), format=args.log_format, tz=args.tz) as log:
        history = log.history(*_count(args), policy=args.policy, clock=args.clock)
        if args.format == "json":
            for record in history_records(history):
                print(json_line(record))
        else:
            _say(history)
    return 0


def _check(args: argparse.Namespace) -> int:
    from casualtylog.checks import describe  # noqa: PLC0415 - only the text output needs it

    with open_log(_source(args.log), format=args.log_format, tz=args.tz) as log:
        if args.events is not None:
            log.add_events(read_events(args.events))
        findings = log.check(policy=args.policy, at=args.at, known_at=args.known_at)
        if args.format == "json":
            for finding in findings:
                print(json_line(finding_record(finding)))
        else:
            for finding in findings:
                _say(describe(finding))
            warnings = sum(f.severity == "warning" for f in findings)
            print(f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({warnings} warnings)")
    if args.strict and any(f.severity == "warning" for f in findings):
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    fmt = args.format or ("jsonl" if args.output == "-" else None)
    n = convert(_source(args.log), _output(args.output), source_format=args.log_format, format=fmt, tz=args.tz)
    if args.output != "-":
        print(f"wrote {n} claim{'s' if n != 1 else ''} to {args.output}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from casualtylog.display.report import report  # noqa: PLC0415 - loaded only when a report is asked for

    with open_log(_source(args.log), format=args.log_format, tz=args.tz) as log:
        page = report(log, None if args.output == "-" else args.output, policy=args.policy, title=args.title)
    if args.output == "-":
        sys.stdout.write(page)
    else:
        print(f"wrote a report of {len(page.encode('utf-8')):,} bytes to {args.output}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from casualtylog.store import open_store  # noqa: PLC0415 - only this command needs the store
    from casualtylog.store.verify import parse_head  # noqa: PLC0415 - likewise

    if args.head is not None:
        try:
            parse_head(args.head)
        except ValueError as exc:
            raise _UsageError(f"--head: {exc}") from None
    with open_store(args.store, create=False, lazy=True) as log:
        report = log.verify(head=args.head, records=not args.chain_only)
    _say(report)
    return 0 if report.ok else 1


# -- the parser ------------------------------------------------------------------


class _UsageError(Exception):
    """A combination of arguments argparse cannot check by itself."""


def _log_arguments(cmd: argparse.ArgumentParser, *, times: bool = True) -> None:
    cmd.add_argument("log", metavar="LOG", help="the claims: a *.db store, a *.jsonl or *.csv file, or - for stdin")
    cmd.add_argument(
        "--log-format",
        choices=["jsonl", "csv", "hxl", "db"],
        help="the format of LOG when its name does not tell (stdin is read as jsonl)",
    )
    cmd.add_argument("--tz", help="timezone for times written without one, e.g. Europe/Kyiv")
    cmd.add_argument("--policy", choices=sorted(POLICIES), help="how best/low/high are chosen (default: range)")
    if times:
        cmd.add_argument("--at", metavar="TIME", help="only claims said by TIME (reported_at)")
        cmd.add_argument("--known-at", metavar="TIME", help="only claims recorded in the log by TIME (recorded_at)")


def _count_arguments(cmd: argparse.ArgumentParser, *, optional: bool) -> None:
    nargs = "?" if optional else None
    cmd.add_argument("event", metavar="EVENT", nargs=nargs, help="the event, e.g. kyiv-2025-04-24")
    cmd.add_argument("metric", metavar="METRIC", nargs=nargs, help="killed, injured, … (synonyms are folded)")
    cmd.add_argument("group", metavar="GROUP", nargs="?", help="children, civilians, … (default: everyone)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per public operation.

    >>> sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    ['add', 'check', 'demo', 'events', 'explain', 'export', 'extract', 'history', 'report', 'resolve', 'verify']
    """
    parser = argparse.ArgumentParser(prog="casualtylog", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="resolve the worked example (Kyiv, 24 April 2025) and explain it")
    demo.add_argument("--write", metavar="PATH", help="instead, write the example's claims to PATH (*.jsonl or *.csv)")
    demo.add_argument("--format", choices=["jsonl", "hxl"], help="the format of --write when PATH does not tell")
    demo.set_defaults(func=_demo)

    add = sub.add_parser("add", help="add claims from JSON Lines, CSV/HXL files or stdin to a store or a JSONL file")
    add.add_argument("target", metavar="TARGET", help="a *.db store (created if missing) or a *.jsonl file")
    add.add_argument("inputs", metavar="INPUT", nargs="*", default=["-"], help="*.jsonl or *.csv files; - is stdin")
    add.add_argument("--format", choices=["jsonl", "csv", "hxl"], help="the format of the inputs (stdin: jsonl)")
    add.add_argument("--tz", help="timezone for times written without one, e.g. Europe/Kyiv")
    add.add_argument("--lenient", action="store_true", help="set bad records aside (reported on stderr), add the rest")
    add.add_argument("--rejects", metavar="FILE", help="with --lenient, copy the rejected records to FILE")
    add.add_argument(
        "--map", metavar="FIELD=COLUMN", type=_pair, action="append", default=[], help="CSV: read FIELD from COLUMN"
    )
    add.add_argument(
        "--set", metavar="FIELD=VALUE", type=_pair, action="append", default=[], help="CSV: FIELD is VALUE when empty"
    )
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

    export = sub.add_parser("export", help="write every claim as JSON Lines or HXL-tagged CSV")
    _log_arguments(export, times=False)
    export.add_argument("output", metavar="OUTPUT", nargs="?", default="-", help="*.jsonl or *.csv; - is stdout")
    export.add_argument("--format", choices=["jsonl", "hxl"], help="the format of OUTPUT when its name does not tell")
    export.set_defaults(func=_export)

    report = sub.add_parser("report", help="write a standalone HTML report: figures, timelines, explanations, sources")
    _log_arguments(report, times=False)
    report.add_argument("-o", "--output", metavar="HTML", default="report.html", help="where to write it; - is stdout")
    report.add_argument("--title", help="the report's heading (default: the events)")
    report.set_defaults(func=_report)
    verify = sub.add_parser("verify", help="check a store: its hash chain, every record, SQLite's integrity_check")
    verify.add_argument("store", metavar="STORE", help="a *.db store")
    verify.add_argument("--head", metavar="SEQ:HASH", help="a head noted from an earlier verify: check up to it")
    verify.add_argument(
        "--chain-only", action="store_true", help="check the chain and columns without decoding records (faster)"
    )
    verify.set_defaults(func=_verify)
    from casualtylog.text.cli import add_extract_command  # noqa: PLC0415 - loaded only to build the parser

    add_extract_command(sub)
    add_events_command(sub)
    return parser


def _known_tz(name: str) -> bool:
    """Whether the library reads ``name`` as a timezone (checked before any file is read)."""
    try:
        parse_time("2025-01-01T00:00", field="tz", tz=name)
    except TimeError:
        return False
    return True


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
        _say(f"Error: --tz {tz!r} is not a known timezone; use an IANA name such as 'Europe/Kyiv'", file=sys.stderr)
        return 1
    try:
        code: int = args.func(args)
    except _UsageError as exc:
        _say(f"{parser.prog} {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except CasualtyLogError as exc:
        _say(f"Error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader of our output went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    return code
