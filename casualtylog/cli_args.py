"""The command line's shared arguments and the checks it makes before calling the library.

Usage errors (:class:`_UsageError`, exit 2) and data errors (:class:`_DataError`,
exit 1) are raised here; :func:`casualtylog.cli.main` turns them into exit codes.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from casualtylog.claims import Count
from casualtylog.errors import CasualtyLogError, TimeError
from casualtylog.formats._files import Input, is_store_file, snippet
from casualtylog.resolve.policies import POLICIES, Priority
from casualtylog.times import parse_time


class _UsageError(Exception):
    """A combination of arguments argparse cannot check by itself."""


class _DataError(Exception):
    """What the data says no to (an unknown event, metric or group): exit 1, like a library error."""


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


def _count(args: argparse.Namespace) -> tuple[str, str, str | None, str | None]:
    return args.event, args.metric, args.group, args.period


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
