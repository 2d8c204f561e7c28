"""The batch reader against the row-by-row quick path, alternating in one process (same load).

    python benchmarks/ingest_batch_ab.py --file claims_100k.jsonl [--rounds 5]

Each round times, CPU, the cyclic GC paused as the library pauses it: ``ClaimTable.read_jsonl``
with the batch (``casualtylog.bulk.ingest_batch``, a block of lines a field at a time), the same
with every block read row by row (``MIN_BATCH`` set above any block), and pydantic's per-line
``validate_json`` of ``Minimal``. One process, so the two readers share its load and its heap.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from pydantic import TypeAdapter  # noqa: PLC0415

    import casualtylog.bulk.ingest_batch as batch  # noqa: PLC0415
    from benchmarks.run import Minimal  # noqa: PLC0415
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    data = args.file.read_bytes()
    lines = [line for line in data.split(b"\n") if line]
    per_line = TypeAdapter(Minimal)
    spent: dict[str, list[float]] = {"batch": [], "row by row": [], "pydantic": []}
    smallest = batch.MIN_BATCH
    gc.collect()
    gc.disable()
    for _ in range(args.rounds):
        for mode in spent:
            batch.MIN_BATCH = smallest if mode == "batch" else sys.maxsize
            start = time.process_time()
            if mode == "pydantic":
                for line in lines:
                    per_line.validate_json(line)
            else:
                ClaimTable.read_jsonl(data)
            spent[mode].append(time.process_time() - start)
    gc.enable()
    batch.MIN_BATCH = smallest
    for mode, times in spent.items():
        print(f"{mode}: {statistics.median(times) / len(lines) * 1e6:.2f} µs/claim CPU (median of {args.rounds})")
    ratios = [a / b for a, b in zip(spent["batch"], spent["row by row"], strict=True)]
    print(
        "batch / row by row, per round:",
        " ".join(f"{r:.2f}" for r in ratios),
        f"(median {statistics.median(ratios):.2f})",
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
