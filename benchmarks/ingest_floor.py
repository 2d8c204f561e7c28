"""What a row of columnar ingest cannot avoid, against the pydantic baseline, in one process.

    python benchmarks/ingest_floor.py [--file claims.jsonl] [--n 100000]

CPU time per line, the cyclic GC paused as the library pauses it: pydantic's per-line
``validate_json`` of ``Minimal`` (the target's yardstick), pydantic-core's ``from_json`` of each
line (the parse the quick path keeps), SHA-256 of a text the size of the line (the id hashes the canonical JSON, pinned by
stored logs), and a Python loop that only reads each parsed line's fields into a flat list (the
least per-row Python a row-by-row reader can do). Their sum is a floor for any reader that
parses, hashes and reads rows in Python; ``ClaimTable.read_jsonl`` is timed beside them, and so is
one ``from_json`` of all the lines as a JSON array (a batch parse: not cheaper per line, it turns out).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from hashlib import sha256
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from pydantic import TypeAdapter  # noqa: PLC0415
    from pydantic_core import from_json  # noqa: PLC0415

    from benchmarks.run import Minimal  # noqa: PLC0415
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench_data/claims_100k.jsonl"))  # noqa: S108
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args(argv)
    lines = args.file.read_bytes().split(b"\n")[: args.n]
    lines = [line for line in lines if line]
    data = b"\n".join(lines) + b"\n"
    per_line = TypeAdapter(Minimal)
    parsed = [from_json(line) for line in lines]
    fields = ("event", "metric", "group", "figure", "source", "via", "reported_at", "recorded_at", "as_of")

    def read_fields() -> None:
        flat: list[object] = []
        for d in parsed:
            get = d.get
            flat.extend([get(f) for f in fields])

    timings: dict[str, float] = {}
    gc.disable()
    for name, call in (
        ("pydantic validate_json (baseline)", lambda: [per_line.validate_json(line) for line in lines]),
        ("from_json per line", lambda: [from_json(line) for line in lines]),
        ("from_json of the lines as one JSON array (one call into Rust)", lambda: from_json(b"[" + b",".join(lines) + b"]")),
        ("sha256 of each line (the id hashes a text of about its size)", lambda: [sha256(line).digest() for line in lines]),
        ("reading 9 fields per row", read_fields),
        ("ClaimTable.read_jsonl", lambda: ClaimTable.read_jsonl(data)),
    ):
        best = min(_cpu(call) for _ in range(3))
        timings[name] = best
    gc.enable()
    base = timings["pydantic validate_json (baseline)"]
    for name, spent in timings.items():
        print(f"{name}: {spent / len(lines) * 1e6:.2f} µs/line CPU ({spent / base:.2f}× pydantic)")
    apart = {"pydantic validate_json (baseline)", "ClaimTable.read_jsonl", "from_json of the lines as one JSON array (one call into Rust)"}
    floor = sum(v for k, v in timings.items() if k not in apart)
    print(f"floor (parse + hash + read fields): {floor / base:.2f}× pydantic")
    return 0


def _cpu(call: object) -> float:
    start = time.process_time()
    call()  # type: ignore[operator]
    return time.process_time() - start


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
