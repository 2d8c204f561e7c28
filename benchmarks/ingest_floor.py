"""What a row of columnar ingest cannot avoid, against the pydantic baseline, in one process.

    python benchmarks/ingest_floor.py [--file claims.jsonl] [--n 100000] [--rounds 5]

CPU time per line, the cyclic GC paused as the library pauses it: pydantic's per-line
``validate_json`` of ``Minimal`` (the target's yardstick), pydantic-core's ``from_json`` of each
line (the parse the quick path keeps), SHA-256 of a text the size of the line (the id hashes the canonical JSON, pinned by
stored logs), and a Python loop that only reads each parsed line's fields into a flat list (the
least per-row Python a row-by-row reader can do). Their sum is a floor for any reader that
parses, hashes and reads rows in Python; ``ClaimTable.read_jsonl`` is timed beside them, and so is
one ``from_json`` of all the lines as a JSON array (a batch parse: not cheaper per line, it turns out).

With polars installed, the compiled reader (``ClaimTable.read_jsonl(engine="polars")``,
:mod:`casualtylog.bulk.ingest_polars`) is timed beside the row-by-row one (``engine="python"``), and
so is polars' ``read_ndjson`` of the lines (the parse the compiled reader keeps). Every item is timed
once per round, the items alternating within a round, for ``--rounds`` rounds (the machine is shared:
a round's ratios compare calls made moments apart); each line printed is the median over the rounds
of the item's CPU per line and of its ratio to the baseline *of the same round*.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from hashlib import sha256
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from pydantic import TypeAdapter  # noqa: PLC0415
    from pydantic_core import from_json  # noqa: PLC0415

    from benchmarks.run import Minimal  # noqa: PLC0415
    from casualtylog.bulk.ingest_polars import FIELDS, polars_or_none  # noqa: PLC0415
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench_data/claims_100k.jsonl"))  # noqa: S108
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of alternating calls (medians are printed)")
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

    items: list[tuple[str, object]] = [
        ("pydantic validate_json (baseline)", lambda: [per_line.validate_json(line) for line in lines]),
        ("from_json per line", lambda: [from_json(line) for line in lines]),
        (
            "from_json of the lines as one JSON array (one call into Rust)",
            lambda: from_json(b"[" + b",".join(lines) + b"]"),
        ),
        (
            "sha256 of each line (the id hashes a text of about its size)",
            lambda: [sha256(line).digest() for line in lines],
        ),
        ("reading 9 fields per row", read_fields),
        ("ClaimTable.read_jsonl engine=python (row by row)", lambda: ClaimTable.read_jsonl(data, engine="python")),
    ]
    if polars_or_none() is not None:
        import polars as pl  # noqa: PLC0415 - the columnar extra

        schema = dict.fromkeys(FIELDS, pl.String)
        items += [
            (
                "polars read_ndjson of the lines (the compiled reader's parse)",
                lambda: pl.read_ndjson(data, schema=schema),
            ),
            ("ClaimTable.read_jsonl engine=polars (compiled)", lambda: ClaimTable.read_jsonl(data, engine="polars")),
        ]
    base_name = items[0][0]
    spent: dict[str, list[float]] = {name: [] for name, _ in items}
    ratios: dict[str, list[float]] = {name: [] for name, _ in items}
    gc.disable()
    for _ in range(args.rounds):
        this_round = {name: _cpu(call) for name, call in items}
        for name, cpu in this_round.items():
            spent[name].append(cpu)
            ratios[name].append(cpu / this_round[base_name])
    gc.enable()
    for name, _ in items:
        micros = statistics.median(spent[name]) / len(lines) * 1e6
        rounds = " ".join(f"{r:.2f}" for r in ratios[name])
        print(f"{name}: {micros:.2f} µs/line CPU ({statistics.median(ratios[name]):.2f}× pydantic; rounds {rounds})")
    apart = {base_name, "from_json of the lines as one JSON array (one call into Rust)"}
    apart |= {name for name, _ in items if name.startswith(("ClaimTable", "polars"))}
    floor = statistics.median(
        [sum(spent[k][i] for k in spent if k not in apart) / spent[base_name][i] for i in range(args.rounds)]
    )
    print(f"floor (parse + hash + read fields): {floor:.2f}× pydantic")
    return 0


def _cpu(call: object) -> float:
    start = time.process_time()
    call()  # type: ignore[operator]
    return time.process_time() - start


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
