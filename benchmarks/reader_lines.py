"""What naming a refused claim by its file line costs ``load_jsonl`` and ``load_csv`` (session 6).

    python benchmarks/reader_lines.py [--n 20000] [--repeat 3]

A ``ClaimReader`` keeps the line of every claim it yields (8 bytes a claim) so that a log can
name a claim it refuses by its file and line. The files are generated here (``--n`` claims of
distinct counts, figures and times); each loader runs ``--repeat`` times and the best CPU
(``time.process_time``) and wall time are printed. To compare two commits, run it alternately
with each on ``PYTHONPATH`` (docs/performance.md gives the command).
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

FIELDS = ("event", "metric", "figure", "source", "reported_at", "quote")


def write_files(folder: Path, n: int) -> tuple[Path, Path]:
    jsonl, table = folder / "claims.jsonl", folder / "claims.csv"
    with jsonl.open("w", encoding="utf-8") as lines, table.open("w", encoding="utf-8", newline="") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(FIELDS)
        for i in range(n):
            record = {
                "event": f"e{i % 500}",
                "metric": "killed",
                "figure": str(i),
                "source": f"s{i % 37}",
                "reported_at": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00Z",
                "quote": "a quote, with text",
            }
            lines.write(json.dumps(record) + "\n")
            writer.writerow([record[k] for k in FIELDS])
    return jsonl, table


def main(argv: list[str] | None = None) -> int:
    from casualtylog.formats.csv import load_csv  # noqa: PLC0415
    from casualtylog.formats.jsonl import load_jsonl  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        jsonl, table = write_files(Path(folder), args.n)
        parts = []
        for name, load, path in (("load_jsonl", load_jsonl, jsonl), ("load_csv", load_csv, table)):
            cpu = wall = float("inf")
            for _ in range(args.repeat):
                gc.collect()
                c0, w0 = time.process_time(), time.perf_counter()
                log = load(path)
                cpu, wall = min(cpu, time.process_time() - c0), min(wall, time.perf_counter() - w0)
                if len(log) != args.n:
                    raise SystemExit(f"{name} read {len(log)} claims, not {args.n}")
            parts.append(f"{name} cpu {cpu:.3f} s wall {wall:.3f} s")
    print(" | ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
