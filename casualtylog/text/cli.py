"""The ``casualtylog extract FILE`` command: claims from text, as JSON lines.

The lead's ``casualtylog/cli.py`` registers it with :func:`add_extract_command`.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

from casualtylog.errors import CasualtyLogError
from casualtylog.formats.jsonl import one_line_json
from casualtylog.text._learned import MODES
from casualtylog.text.detect import UnsupportedLanguageWarning, reading_language
from casualtylog.text.extract import DEFAULT_EVENT, extract, quote_around
from casualtylog.text.unread import UnreadFigure, unread_figures

__all__ = ["add_extract_command", "run_extract"]


def run_extract(args: argparse.Namespace) -> int:
    """Read ``args.file`` ("-" for standard input), print one JSON line per extraction.

    Each line is :meth:`Extraction.to_record` (the claim and its evidence), or
    with ``--claims-only`` the claim's record alone, ready for a claims file.
    With ``--unread PATH``, the figures no claim was read from
    (:func:`~casualtylog.text.unread_figures`) go to ``PATH`` as JSON lines, to review.
    A library error (a bad ``--reported-at``, an unknown ``--language``) prints
    ``Error: …`` on stderr and returns 1.
    """
    if args.unread_all and not args.unread:
        print("Error: --unread-all chooses what --unread PATH lists; give --unread PATH too", file=sys.stderr)
        return 1
    if args.unread and args.file != "-" and _same_file(args.file, args.unread):
        print(f"Error: --unread {args.unread!r} is the report itself: it would be overwritten", file=sys.stderr)
        return 1
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as handle:  # noqa: PTH123 - a path or "-"
                text = handle.read()
    except OSError as exc:
        print(f"Error: cannot read {args.file!r}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        print(f"Error: cannot read {args.file!r}: byte {exc.start + 1} is not UTF-8; save it as UTF-8", file=sys.stderr)
        return 1
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnsupportedLanguageWarning)
            language = args.language
            # detected once: extract and the unread list read the same language, warn once
            language = reading_language(text, language)
            found = extract(
                text,
                source=args.source,
                reported_at=args.reported_at,
                event=args.event,
                via=args.via,
                language=language,
                tz=args.tz,
                url=args.url,
                learned=args.learned,
            )
            unread = (
                unread_figures(text, language=language, every=args.unread_all, reported_at=args.reported_at, tz=args.tz)
                if args.unread
                else []
            )
    except CasualtyLogError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    for warning in caught:
        if issubclass(warning.category, UnsupportedLanguageWarning):
            # The library's advice names its keyword; a command-line user needs the flag.
            message = str(warning.message).replace("pass language= to choose", "choose one with --language")
            print(f"Warning: {message}", file=sys.stderr)
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    if args.unread:
        try:
            with open(args.unread, "w", encoding="utf-8") as out:  # noqa: PTH123 - a path from the command line
                out.writelines(one_line_json(_unread_record(u)) + "\n" for u in unread)
        except OSError as exc:
            print(f"Error: cannot write --unread {args.unread!r}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    for item in found:
        record: dict[str, Any] = item.claim.to_record() if args.claims_only else item.to_record()
        print(one_line_json(record))
    return 0


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:
        return False  # one of them does not exist (yet): not the same file


def _unread_record(item: UnreadFigure) -> dict[str, Any]:
    return {
        # cut as a claim's quote is: a long sentence with many figures is not written whole once per figure
        "sentence": quote_around(item.sentence, item.span[0] - item.sentence_span[0], item.span[1] - item.sentence_span[0]),
        "sentence_span": list(item.sentence_span),
        "span": list(item.span),
        "surface": item.surface,
        "figure": str(item.figure),
        "metric": item.metric,
    }


def add_extract_command(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``extract`` on the sub-command parsers of the ``casualtylog`` command.

    >>> parser = argparse.ArgumentParser(prog="casualtylog")
    >>> _ = add_extract_command(parser.add_subparsers(dest="command"))
    >>> args = parser.parse_args(["extract", "report.txt", "--source", "NOS", "--reported-at", "2025-04-24"])
    >>> args.func is run_extract, args.language, args.event
    (True, None, 'unspecified')
    """
    cmd: argparse.ArgumentParser = subparsers.add_parser(
        "extract",
        help="read casualty figures in a text file as claims (JSON lines)",
        # Short: an error message repeats the usage, and the full list of options is in --help.
        usage="%(prog)s FILE --source NAME --reported-at TIME [options]",
        description="Read the casualty figures in a report (English, Dutch, French, German or Spanish) as claim drafts, one JSON line each.",
    )
    cmd.add_argument("file", help="the text file to read, or - for standard input")
    cmd.add_argument("--source", required=True, help="who published the text (used when a sentence names no source)")
    cmd.add_argument("--reported-at", required=True, help="when it was published, e.g. 2025-04-24T15:00+03:00")
    cmd.add_argument(
        "--event", default=DEFAULT_EVENT, help=f"the event the figures are about (default {DEFAULT_EVENT!r})"
    )
    cmd.add_argument("--via", default=None, help="the channel the text came through")
    cmd.add_argument("--language", default=None, help="de, en, es, fr or nl (default: detect)")
    cmd.add_argument("--tz", default=None, help="timezone for a --reported-at without offset, e.g. Europe/Kyiv")
    cmd.add_argument("--url", default=None, help="the text's address, kept on every claim")
    cmd.add_argument("--claims-only", action="store_true", help="print only the claims, not the evidence")
    cmd.add_argument(
        "--unread", default=None, metavar="PATH", help="write the figures no claim was read from to PATH (JSON lines)"
    )
    cmd.add_argument(
        "--unread-all", action="store_true", help="with --unread: every such figure, not only those near a casualty word"
    )
    cmd.add_argument(
        "--learned",
        choices=MODES,
        default="off",
        help="the learned layer over the rules: off (default), filter, liberal, or reader (adds figures a model"
        " trained on the corpus reads, at a lower confidence; docs/text.md)",
    )
    cmd.set_defaults(func=run_extract)
    return cmd
