"""What ``extract`` reads from one made-up sentence, as (metric, group, figure) triples.

Shared by the test files of sessions 7-17, which each wrote the same helpers.
"""

from __future__ import annotations

import argparse

from casualtylog.text import extract
from casualtylog.text.cli import add_extract_command

Claim = tuple[str, str | None, str]
Named = tuple[str, str | None]


def claims_in_order(text: str, language: str, reported_at: str = "2025-01-01") -> list[Claim]:
    """The claims of ``text`` in the order ``extract`` gives them (text order)."""
    found = extract(text, language=language, source="s", reported_at=reported_at)
    return [(x.claim.metric, x.claim.group, str(x.claim.figure)) for x in found]


def claims_of(text: str, language: str, reported_at: str = "2025-01-01") -> list[Claim]:
    """The claims of ``text``, sorted by metric, group (none first) and figure."""
    return sorted(claims_in_order(text, language, reported_at), key=lambda c: (c[0], c[1] or "", c[2]))


def sources_of(text: str, language: str) -> list[Named]:
    """The distinct (source, via) of a text's claims; the caller's source is "s", and the via of a named source "s"."""
    found = extract(text, language=language, source="s", reported_at="2025-04-24")
    assert found, text
    return sorted({(x.claim.source.name, x.claim.via) for x in found}, key=str)


def run_extract_command(argv: list[str]) -> int:
    """Run ``casualtylog extract …`` through its own parser; the exit code."""
    parser = argparse.ArgumentParser(prog="casualtylog")
    add_extract_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code
