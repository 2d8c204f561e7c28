"""The hash chain over the store's rows.

Each row of ``claims`` carries ``hash``: the SHA-256, in hex, of the compact
JSON array ``[previous row's hash, seq, id, event, metric, grp,
reported_at_utc, available_at_utc, recorded_at_utc, record]`` (UTF-8). The
first row's previous hash is :data:`GENESIS`. A row that is edited, deleted or
slipped in breaks the chain at that point, whichever column it touches, and
the hash of the last row (the *head*) stands for the whole store: anyone who
noted a head can later check that every row up to it is unchanged
(``casualtylog verify STORE --head SEQ:HASH``).

>>> h1 = link(GENESIS, 1, ("0123456789abcdef", "e", "killed", None, "a", "b", "c", "{}"))
>>> len(h1), h1 == link(GENESIS, 1, ("0123456789abcdef", "e", "killed", None, "a", "b", "c", "{}"))
(64, True)
>>> h1 == link(GENESIS, 1, ("0123456789abcdef", "f", "killed", None, "a", "b", "c", "{}"))
False
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

__all__ = ["GENESIS", "link"]

#: The previous hash of the first row.
GENESIS = "0" * 64

_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def link(previous: str, seq: int, row: Sequence[str | None]) -> str:
    """The hash of row ``seq`` with columns ``row`` (id … record), following ``previous``."""
    payload = _JSON.encode([previous, seq, *row])
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()
