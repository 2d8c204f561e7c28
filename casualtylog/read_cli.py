"""The commands that read a log: resolve, explain, history, check, counts, export, report, verify."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from casualtylog.claims import Count
from casualtylog.cli_args import (
    _count,
    _log_format,
    _policy,
    _refuse_overwrite,
    _require_count,
    _source,
    _UsageError,
)
from casualtylog.cli_output import _print_json, _say, _terminal_stdout
from casualtylog.errors import UnknownCountError
from casualtylog.events_cli import print_rollups, rollups_asked
from casualtylog.formats._files import open_output
from casualtylog.formats.events import read_events
from casualtylog.formats.files import convert, open_log
from casualtylog.formats.resolutions import (
    finding_record,
    history_records,
    resolution_record,
    write_resolutions_csv,
)


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
            # The period is read (and refused when it is not one) with or without an event.
            asked = Count.of(args.event or "any", "killed", None, args.period)
            if args.event is not None:
                found = [r for r in found if r.count.event == asked.event]
            if args.period is not None:
                found = [r for r in found if r.count.period == asked.period]
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
