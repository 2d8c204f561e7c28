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
import difflib
import io
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from casualtylog.claims import Claim, Count
from casualtylog.copy_cli import add_copy_command
from casualtylog.errors import CasualtyLogError, TimeError, UnknownCountError
from casualtylog.events_cli import add_events_command, print_rollups, rollups_asked
from casualtylog.formats._files import Input, is_store_file, open_output, snippet
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
from casualtylog.resolve.policies import POLICIES, Priority
from casualtylog.sync_cli import add_sync_commands
from casualtylog.tables_cli import add_mapping_arguments, report_tallies, table_mapping_from_args
from casualtylog.times import parse_time

__all__ = ["build_parser", "main", "terminal_text"]

#: Print progress every this many claims (only when stderr is a terminal).
PROGRESS_EVERY = 10_000

#: Characters a terminal would act on (ANSI escapes, C1 controls, bidirectional
#: overrides, line separators), each shown as a space; line ends and tabs stay.
_TERMINAL = {
    **{code: " " for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(code) not in "\n\t"},
    **dict.fromkeys((0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029), " "),
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


def _log_format(args: argparse.Namespace) -> str | None:
    """``--log-format``, or JSON Lines for stdin (which has no name to tell by)."""
    given: str | None = args.log_format
    return "jsonl" if given is None and args.log == "-" else given


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:  # one does not exist yet: compare the paths they would be
        return os.path.realpath(a) == os.path.realpath(b)


def _refuse_overwrite(output: str | None, flag: str, inputs: Sequence[str]) -> None:
    """Refuse to write ``output`` when it is one of ``inputs`` (or the target), or a store.

    A typo such as ``--rejects s.db`` must never cost the analyst the store.
    Special files (``/dev/null``, a FIFO) are fine: they are written in place.
    """
    if output is None or output == "-":
        return
    for path in inputs:
        if path != "-" and _same_file(output, path):
            raise _UsageError(f"{flag} {snippet(repr(output))} is also an input or the target; write to another file")
    if is_store_file(output):
        raise _UsageError(f"{flag} {snippet(repr(output))} is a casualtylog store; write to another file")
    try:
        is_dir = Path(output).is_dir()
    except OSError as exc:
        raise _UsageError(f"{flag} {snippet(repr(output))}: {exc.strerror or exc}") from exc
    if is_dir:
        raise _UsageError(f"{flag} {snippet(repr(output))} is a directory; give a file name")


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


class _DataError(Exception):
    """What the data says no to (an unknown event, metric or group): exit 1, like a library error."""


def _nearest(wanted: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.5)
    if close:
        return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    shown = ", ".join(repr(k) for k in list(known)[:8]) + (", …" if len(known) > 8 else "")
    return f"; the log has {shown}" if known else "; the log holds no claims"


def _require_count(log: Any, event: str | None, metric: str | None, group: str | None) -> None:
    """Refuse an event, metric or group the log has no claim about, naming the nearest it has."""
    if event is None:
        return
    try:
        wanted = Count.of(event, metric or "killed", group)
    except (CasualtyLogError, ValueError) as exc:
        raise _UsageError(f"EVENT/METRIC/GROUP: {_reason(exc)}") from exc
    counts = log.counts()
    events = sorted({c.event for c in counts})
    if wanted.event not in events:
        raise _DataError(f"no claims about event {wanted.event!r}{_nearest(wanted.event, events)}")
    if metric is None:
        return
    metrics = sorted({c.metric for c in counts if c.event == wanted.event})
    if wanted.metric not in metrics:
        raise _DataError(
            f"no claims about metric {wanted.metric!r} of {wanted.event!r}{_nearest(wanted.metric, metrics)}"
        )
    groups = sorted({c.group or "" for c in counts if (c.event, c.metric) == (wanted.event, wanted.metric)})
    if (wanted.group or "") not in groups:
        named = [g for g in groups if g] + (["(everyone: leave GROUP out)"] if "" in groups else [])
        raise _DataError(
            f"no claims about group {wanted.group!r} of {wanted.event!r} / {wanted.metric!r}"
            f"{_nearest(wanted.group or '', named)}"
        )


def _policy(args: argparse.Namespace) -> Any:
    """``--policy``, or a priority policy ranked by ``--rank`` (best first)."""
    ranking = getattr(args, "rank", None)
    if not ranking:
        if getattr(args, "rank_by", None) is not None:
            raise _UsageError("--rank-by needs --rank")
        return args.policy
    if args.policy not in {None, "priority"}:
        raise _UsageError(f"--rank ranks sources for --policy priority, not --policy {args.policy}")
    by = args.rank_by or "source"
    try:
        return Priority(tuple(ranking), by=by)
    except CasualtyLogError as exc:
        raise _UsageError(f"--rank: {exc}") from exc


def _print_json(records: Sequence[Any]) -> None:
    """One JSON object a line (JSON Lines); ``[]`` when there is none, so the output is never empty."""
    if not records:
        print("[]")
    for record in records:
        print(json_line(record))


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


def _output(path: str) -> Any:
    return _terminal_stdout() if path == "-" else path


class _TerminalWriter(io.TextIOBase):
    """Standard output that shows control characters as spaces: exported text is untrusted."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)


def _terminal_stdout() -> IO[str]:
    """Standard output, made safe for a terminal when it is one; left byte-exact for a pipe or file."""
    stream = sys.stdout
    isatty = getattr(stream, "isatty", None)
    return _TerminalWriter(stream) if isatty is not None and isatty() else stream  # type: ignore[return-value]


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

    def claims() -> Iterator[Claim]:
        for reader in readers:
            yield from _progress(reader, sys.stderr)

    added = add_claims(args.target, claims(), tz=args.tz, added=new)
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


def _count(args: argparse.Namespace) -> tuple[str, str, str | None, str | None]:
    return args.event, args.metric, args.group, args.period


def _resolve(args: argparse.Namespace) -> int:
    policy = _policy(args)
    with open_log(_source(args.log), format=_log_format(args), tz=args.tz) as log:
        rolls = []
        if args.events is not None:
            # In memory only: a read command must not write an events file into a store.
            log.event_registry.extend(read_events(args.events))
            rolls = rollups_asked(log.rollups(policy=policy, at=args.at, known_at=args.known_at),
                                  args.event, args.metric, args.group)  # fmt: skip
        if not rolls:
            _require_count(log, args.event, args.metric, args.group)
        unknown: UnknownCountError | None = None
        if args.event is not None and args.metric is not None:
            try:
                found = [log.resolve(*_count(args), policy=policy, at=args.at, known_at=args.known_at)]
            except UnknownCountError as exc:
                if not rolls:
                    raise
                unknown, found = exc, []  # a whole no one stated: its roll-up below is the answer
        else:
            found = list(log.resolve_all(policy=policy, at=args.at, known_at=args.known_at))
            if args.event is not None:
                event = Count.of(args.event, "killed", None, args.period)
                found = [r for r in found if r.count.event == event.event]
                if args.period is not None:
                    found = [r for r in found if r.count.period == event.period]
        if unknown is not None and args.format == "csv":
            raise unknown
        if args.format == "json":
            _print_json([resolution_record(res) for res in found])
        elif args.format == "csv":
            write_resolutions_csv(found, _terminal_stdout())
        elif found or not rolls:
            from casualtylog.display import resolutions_text  # noqa: PLC0415 - only the table needs it

            _say(resolutions_text(found) if found else "no claims visible")
        if args.format != "csv":
            print_rollups(rolls, args.format, sys.stdout, _say)
    return 0


def _explain(args: argparse.Namespace) -> int:
    policy = _policy(args)
    with open_log(_source(args.log), format=_log_format(args), tz=args.tz) as log:
        _require_count(log, args.event, args.metric, args.group)
        res = log.resolve(*_count(args), policy=policy, at=args.at, known_at=args.known_at)
        _say(res.explain())
    return 0


def _history(args: argparse.Namespace) -> int:
    policy = _policy(args)
    with open_log(_source(args.log), format=_log_format(args), tz=args.tz) as log:
        _require_count(log, args.event, args.metric, args.group)
        history = log.history(*_count(args), policy=policy, clock=args.clock)
        if args.format == "json":
            _print_json(history_records(history))
        else:
            _say(history)
    return 0


def _check(args: argparse.Namespace) -> int:
    from casualtylog.checks import describe  # noqa: PLC0415 - only the text output needs it

    policy = _policy(args)
    with open_log(_source(args.log), format=_log_format(args), tz=args.tz) as log:
        if args.events is not None:
            # In memory only: a read command must not write an events file into a store.
            log.event_registry.extend(read_events(args.events))
        findings = log.check(policy=policy, at=args.at, known_at=args.known_at)
        if args.format == "json":
            _print_json([finding_record(finding) for finding in findings])
        else:
            for finding in findings:
                _say(describe(finding))
            warnings = sum(f.severity == "warning" for f in findings)
            print(f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({warnings} warnings)")
    if args.strict and any(f.severity == "warning" for f in findings):
        return 1
    return 0


_RESOLVED = {"ucdp", "acled", "prov"}


def _export(args: argparse.Namespace) -> int:
    fmt = args.format or ("jsonl" if args.output == "-" else None)
    _refuse_overwrite(args.output, "OUTPUT", [args.log])
    target = _terminal_stdout() if args.output == "-" else args.output
    if fmt in _RESOLVED:
        return _export_resolved(args, fmt, target)
    if args.policy is not None or args.rank:
        raise _UsageError("--policy and --rank choose how counts resolve: use them with --format ucdp, acled or prov")
    n = convert(_source(args.log), target, source_format=_log_format(args), format=fmt, tz=args.tz)
    if args.output != "-":
        print(f"wrote {n} claim{'s' if n != 1 else ''} to {args.output}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from casualtylog.display.report import report  # noqa: PLC0415 - loaded only when a report is asked for

    _refuse_overwrite(args.output, "--output", [args.log])
    with open_log(_source(args.log), format=_log_format(args), tz=args.tz) as log:
        if args.events is not None:
            # In memory only: a read command must not write an events file into a store.
            log.event_registry.extend(read_events(args.events))
        page = report(log, None if args.output == "-" else args.output, policy=_policy(args), title=args.title)
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


def _export_resolved(args: argparse.Namespace, fmt: str, target: Any) -> int:
    """UCDP-GED rows, ACLED fatalities or PROV-JSON: resolutions, not claims."""
    from casualtylog.exports import acled_rows, prov_json, ucdp_rows, write_acled_csv, write_ucdp_csv  # noqa: PLC0415

    policy = _policy(args)
    if fmt == "acled" and policy is not None:
        raise _UsageError("ACLED's fatalities follow its own conservative rule; --policy and --rank do not apply")
    with open_log(_source(args.log), format=_log_format(args), tz=args.tz) as log:
        if fmt == "ucdp":
            rows = ucdp_rows(log, policy=policy or "range", at=args.at, known_at=args.known_at)
            write_ucdp_csv(rows, target)
            n, what = len(rows), "row"
        elif fmt == "acled":
            rows = acled_rows(log, at=args.at, known_at=args.known_at)
            write_acled_csv(rows, target)
            n, what = len(rows), "row"
        else:
            found = log.resolve_all(policy=policy, at=args.at, known_at=args.known_at)
            with open_output(target) as write:
                write(prov_json(found) + "\n")
            n, what = len(found), "resolution"
    if args.output != "-":
        print(f"wrote {n} {what}{'s' if n != 1 else ''} ({fmt}) to {args.output}")
    return 0


def _counts(args: argparse.Namespace) -> int:
    with open_log(_source(args.log), format=_log_format(args), tz=args.tz) as log:
        held = [(count, len(log.claims_about(*count))) for count in log.counts()]
    if args.format == "json":
        _print_json(
            [
                {"event": c.event, "metric": c.metric, "group": c.group}
                | ({} if c.period is None else {"period": c.period.canonical()})
                | {"claims": n, "claim_count": n}
                for c, n in held
            ]
        )
        return 0
    if not held:
        print("no claims")
        return 0
    width = max(len(str(c)) for c, _ in held)
    for count, n in held:
        _say(f"{count!s:<{width}}  {n} claim{'s' if n != 1 else ''}")
    return 0


# -- the parser ------------------------------------------------------------------


class _UsageError(Exception):
    """A combination of arguments argparse cannot check by itself."""


def _log_arguments(cmd: argparse.ArgumentParser, *, times: bool = True, policy: bool = True) -> None:
    cmd.add_argument("log", metavar="LOG", help="the claims: a *.db store, a *.jsonl or *.csv file, or - for stdin")
    cmd.add_argument(
        "--log-format",
        choices=["jsonl", "csv", "hxl", "db"],
        help="the format of LOG when its name does not tell (stdin is read as jsonl)",
    )
    cmd.add_argument("--tz", help="timezone for times written without one, e.g. Europe/Kyiv")
    if not policy:
        return
    cmd.add_argument("--policy", choices=sorted(POLICIES), help="how best/low/high are chosen (default: range)")
    cmd.add_argument(
        "--rank",
        metavar="SOURCE",
        action="append",
        help="with --policy priority (implied): rank this source above the ones given after it; repeat, best first",
    )
    cmd.add_argument(
        "--rank-by",
        choices=["source", "kind"],
        help="what --rank names: source names (default) or source kinds (official, un, ngo, media, …)",
    )
    if times:
        cmd.add_argument("--at", metavar="TIME", help="only claims said by TIME (reported_at)")
        cmd.add_argument("--known-at", metavar="TIME", help="only claims recorded in the log by TIME (recorded_at)")


def _count_arguments(cmd: argparse.ArgumentParser, *, optional: bool) -> None:
    nargs = "?" if optional else None
    cmd.add_argument("event", metavar="EVENT", nargs=nargs, help="the event, e.g. kyiv-2025-04-24")
    cmd.add_argument("metric", metavar="METRIC", nargs=nargs, help="killed, injured, … (synonyms are folded)")
    cmd.add_argument("group", metavar="GROUP", nargs="?", help="children, civilians, … (default: everyone)")
    cmd.add_argument(
        "--period",
        metavar="PERIOD",
        help="the span the count covers: 2023-10-07, 2017-05, 2019, 'since 2026-03-02' (default: the running total)",
    )


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


def _known_tz(name: str) -> bool:
    """Whether the library reads ``name`` as a timezone (checked before any file is read)."""
    try:
        parse_time("2025-01-01T00:00", field="tz", tz=name)
    except (TimeError, ValueError, OSError):  # zoneinfo raises OSError for a name longer than a file name
        return False
    return True


#: The flags of ``extract`` that become claim fields, checked before the text is read.
_EXTRACT_FLAGS = {"source": "--source", "event": "--event", "via": "--via", "url": "--url"}


def _check_claim_flags(args: argparse.Namespace) -> None:
    """Check flags that become claim fields as the model will, so a bad one is a usage error naming it."""
    from pydantic import ValidationError  # noqa: PLC0415 - pydantic is loaded by the model anyway

    from casualtylog.claims import Claim  # noqa: PLC0415 - only extract needs the probe

    probe = {"event": "e", "metric": "killed", "figure": "1", "source": "s", "reported_at": "2025-01-01T00:00:00Z"}
    for field, flag in _EXTRACT_FLAGS.items():
        value = getattr(args, field, None)
        if value is None:
            continue
        try:
            Claim.model_validate({**probe, field: value})
        except (ValidationError, CasualtyLogError) as exc:
            raise _UsageError(f"{flag} {snippet(repr(value))}: {_reason(exc)}") from exc


def _reason(exc: Exception) -> str:
    """The first problem a validation error names, without pydantic's links and input echo."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
        except (IndexError, TypeError):
            return snippet(str(exc), 300)
        return str(first.get("msg", "is not valid")).removeprefix("Value error, ")
    return snippet(str(exc), 300)


#: The library's advice, in the words of the command line.
_FLAG_ADVICE = (
    ("or pass tz='Europe/Kyiv'", "or pass --tz Europe/Kyiv"),
    ("pass tz='Europe/Kyiv'", "pass --tz Europe/Kyiv"),
    ("check the path, or pass create=True to start a new store", "check the path ('casualtylog add' creates a store)"),
    ("pass create=True to start a new store in it", "'casualtylog add' starts a store in it"),
    ("pass create=True to make it a store", "'casualtylog add' makes it a store"),
    ("see CasualtyLog.counts() for what the log holds", "'casualtylog counts LOG' lists what the log holds"),
)


def _as_flags(message: str) -> str:
    """A library message with its Python advice (``tz=…``, ``create=True``) given as flags and commands."""
    for python, flags in _FLAG_ADVICE:
        message = message.replace(python, flags)
    return message


def _plain(text: str | None) -> str | None:
    """Help text without reStructuredText markup: ``code`` and :role:`x` read as plain words."""
    if text is None:
        return None
    return re.sub(r":[a-z]+:`~?([^`]+)`", r"\1", text).replace("``", "")


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
