"""``ClaimTable.from_frame`` against ``CasualtyLog.from_frame``, alone (the frame row of :func:`benchmarks.ingest_rows.source_rows`).

``python -m benchmarks.frame_ingest [N] [ROUNDS]``: the benchmark's claims (``generate_lines``, seed 0)
as a log's long frame (``log.to_frame()``), read by each, CPU seconds (the collector paused as the
library pauses it, :func:`benchmarks.bulk.measure`), one call each per round, the ratio taken within
a round (a shared machine's load moves both alike). With ``engine=`` (where the table takes it),
each reader of the table too: ``"python"`` (row by row) and ``"polars"`` (the compiled reader).
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from typing import Any

from benchmarks.bulk import measure

__all__ = ["main"]


def _readers(frame: Any) -> dict[str, Callable[[], object]]:
    from casualtylog.bulk.ingest_polars import polars_or_none  # noqa: PLC0415 - needs numpy
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy

    readers: dict[str, Callable[[], object]] = {"table": lambda: ClaimTable.from_frame(frame)}
    try:
        ClaimTable.from_frame(frame.iloc[:1], engine="python")  # type: ignore[call-arg, unused-ignore]
    except TypeError:  # a table from before engine=
        return readers
    readers["table python"] = lambda: ClaimTable.from_frame(frame, engine="python")  # type: ignore[call-arg, unused-ignore]
    if polars_or_none() is not None:
        readers["table polars"] = lambda: ClaimTable.from_frame(frame, engine="polars")  # type: ignore[call-arg, unused-ignore]
    return readers


def main(argv: list[str] | None = None) -> int:
    """Print each round's CPU seconds and ratios, then the median ratio of each reader."""
    from benchmarks.generate import generate_lines  # noqa: PLC0415
    from casualtylog.log import CasualtyLog  # noqa: PLC0415

    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 100_000
    rounds = int(args[1]) if len(args) > 1 else 3
    frame = CasualtyLog(json.loads(line) for line in generate_lines(n, seed=0)).to_frame()
    readers = _readers(frame)
    ratios: dict[str, list[float]] = {name: [] for name in readers}
    for round_ in range(1, rounds + 1):
        log_cpu = measure(lambda: CasualtyLog.from_frame(frame), 1)[1]
        cells = [f"round {round_}: CasualtyLog.from_frame {log_cpu:.2f} s"]
        for name, read in readers.items():
            cpu = measure(read, 1)[1]
            ratios[name].append(cpu / log_cpu)
            cells.append(f"{name} {cpu:.2f} s ({cpu / log_cpu:.2f}x)")
        print(", ".join(cells), flush=True)
    print(f"{n:,} rows, median of {rounds} rounds: " + ", ".join(
        f"{name} {statistics.median(values):.2f}x" for name, values in ratios.items()
    ))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
