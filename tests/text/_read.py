"""What ``extract`` reads from one made-up sentence, as sorted (metric, group, figure) triples.

Shared by the session-12 test files, which each wrote the same helper.
"""

from __future__ import annotations

from casualtylog.text import extract

Claim = tuple[str, str | None, str]


def claims_of(text: str, language: str) -> list[Claim]:
    """The claims of ``text``, sorted by metric, group (none first) and figure."""
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return sorted(
        ((x.claim.metric, x.claim.group, str(x.claim.figure)) for x in found),
        key=lambda c: (c[0], c[1] or "", c[2]),
    )
