"""A writer process for the PostgreSQL concurrency tests and benchmark.

``python -m tests.pg_writer CONNINFO WRITER CLAIMS BATCH`` appends ``CLAIMS``
claims in batches of ``BATCH``; before each batch it prints ``begin B`` and,
once the batch is committed, ``ack B ID ID …`` (flushed), so that a test that
kills it knows what was acknowledged. Each claim's source names its writer
and batch, so the test can check that every batch is stored whole or not at all.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from casualtylog.claims import Claim
from casualtylog.store.postgres import PostgresStore

_START = datetime(2025, 1, 1, tzinfo=UTC)


def batch_claims(writer: int, batch: int, size: int, count: int | None = None) -> list[Claim]:
    """The ``count`` (default ``size``) claims of batch ``batch`` of ``size``: one count per writer,
    figures and times all distinct."""
    first = batch * size
    return [
        Claim.model_validate(
            {
                "event": f"writer-{writer}",
                "metric": "killed",
                "figure": str(first + i),
                "source": f"writer {writer} batch {batch}",
                "reported_at": _START + timedelta(minutes=first + i),
            }
        )
        for i in range(size if count is None else count)
    ]


def main(argv: list[str]) -> int:
    conninfo, writer, claims, size = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    with PostgresStore(conninfo) as store:
        for batch in range((claims + size - 1) // size):
            todo = batch_claims(writer, batch, size, min(size, claims - batch * size))
            print(f"begin {batch}", flush=True)
            stored = store.append(todo).claims
            print(f"ack {batch} " + " ".join(c.id for c in stored), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
