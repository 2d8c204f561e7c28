"""The ``casualtylog`` command: a thin mirror of the library.

Each command parses its arguments, calls one public function and prints.
``main(argv)`` returns the exit code, so tests call it directly. Library errors
print ``Error: …`` on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from casualtylog.errors import CasualtyLogError

__all__ = ["main"]


def _demo(args: argparse.Namespace) -> int:
    from casualtylog.demo import run_demo

    print(run_demo())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per public operation."""
    parser = argparse.ArgumentParser(prog="casualtylog", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = sub.add_parser("demo", help="resolve the worked example (Kyiv, 24 April 2025) and explain it")
    demo.set_defaults(func=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        code: int = args.func(args)
    except CasualtyLogError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return code
