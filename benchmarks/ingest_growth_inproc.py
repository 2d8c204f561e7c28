"""Columnar ingest growth in one process, as benchmarks/run.py measures it, taken apart.

    python benchmarks/ingest_growth_inproc.py --file claims_1m.jsonl [--small 100000] [--ballast]

Reads the first ``--small`` lines and the whole file alternately (small, large, small, large)
with :meth:`ClaimTable.read_jsonl`, CPU time split into user and system (page faults are system
time, and ``time.process_time`` counts both), with the minor page faults of each call. With
``--ballast`` the reads run beside a heap like run.py's at that point (a million small objects
kept alive: the lines and the log it loaded first), to tell the reader's own growth from the
heap's. For each call it also prints the CPU per claim of each tenth of the file (the blocks
``QuickReader.feed`` reads, in order): a cost per claim that rises through the file would be
growth in the reader itself.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    import time  # noqa: PLC0415

    import casualtylog.bulk.ingest_quick as quick  # noqa: PLC0415
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415

    blocks: list[tuple[int, float]] = []
    feed = quick.QuickReader.feed

    def timed_feed(self: quick.QuickReader, lines: list[bytes], number: int, offset: int) -> tuple[int, int]:
        start = time.process_time()
        done = feed(self, lines, number, offset)
        blocks.append((len(lines), time.process_time() - start))
        return done

    quick.QuickReader.feed = timed_feed  # type: ignore[method-assign]

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--ballast", action="store_true")
    args = parser.parse_args(argv)
    large = args.file.read_bytes()
    cut = 0
    for _ in range(args.small):
        cut = large.index(b"\n", cut) + 1
    small = large[:cut]
    ballast = [{"i": i, "s": str(i)} for i in range(1_000_000)] if args.ballast else []
    sizes = {"small": small.count(b"\n"), "large": large.count(b"\n")}
    per_claim: dict[str, list[float]] = {"small": [], "large": []}
    gc.collect()
    for name in ("small", "large", "small", "large"):
        data = small if name == "small" else large
        blocks.clear()
        before = resource.getrusage(resource.RUSAGE_SELF)
        table = ClaimTable.read_jsonl(data)
        after = resource.getrusage(resource.RUSAGE_SELF)
        n = sizes[name]
        user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
        per_claim[name].append((user + system) / n * 1e6)
        print(
            f"{name} ({n:,}): {(user + system) / n * 1e6:.2f} µs/claim CPU (user {user / n * 1e6:.2f}, "
            f"system {system / n * 1e6:.2f}), {(after.ru_minflt - before.ru_minflt) / n:.3f} minor faults per claim",
            flush=True,
        )
        tenth = max(1, len(blocks) // 10)
        parts = [blocks[i : i + tenth] for i in range(0, len(blocks), tenth)]
        print(
            "  by tenth of the file, µs/claim:",
            " ".join(f"{sum(s for _, s in p) / sum(k for k, _ in p) * 1e6:.1f}" for p in parts),
            f"; outside the blocks (the columns joined, the arrays): "
            f"{((user + system) - sum(s for _, s in blocks)) / n * 1e6:.2f}",
            flush=True,
        )
        del table
        gc.collect()
    for i in (0, 1):
        print(f"pass {i + 1}: per claim, large / small = {per_claim['large'][i] / per_claim['small'][i]:.2f}")
    del ballast
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
