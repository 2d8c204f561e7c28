"""Instructions per line of ``ClaimTable.read_jsonl``, counted by valgrind: an A/B that load cannot blur.

    python benchmarks/ingest_instructions.py [--file claims.jsonl] [--engine polars] [--compare DIR]

On this shared 2-core machine two timings of the same code minutes apart differ by 20% and
more, so a change worth 5% cannot be seen in seconds. Valgrind's instruction count (``cachegrind``
without its cache simulation) is the same from run to run to a fraction of a percent, whatever
else runs. Each checkout is run twice in a fresh interpreter: once importing only, once importing
and reading the file; the difference over the file's lines is printed (so imports and start-up
do not count, but a read's one-time costs, such as compiling the line grammar, do: use 20k lines
or more). ``--compare DIR`` runs another checkout (a ``git worktree`` of the base commit, say) the
same way and prints the ratio. Instructions are not time (a cache miss costs more than an add),
so confirm a real gain with ``benchmarks/ingest_floor.py`` on a quiet machine.
Needs ``valgrind`` on the PATH; polars runs with one thread (``POLARS_MAX_THREADS=1``) so that
the count does not depend on how its threads were scheduled.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import sys
from casualtylog.bulk.table import ClaimTable
data = open(sys.argv[1], "rb").read()
if sys.argv[2] == "read":
    ClaimTable.read_jsonl(data, engine=sys.argv[3])
"""


def instructions(checkout: Path, path: Path, what: str, engine: str) -> int:
    """Instructions valgrind counted for one interpreter run on ``checkout``'s code."""
    env = dict(os.environ, PYTHONPATH=str(checkout), POLARS_MAX_THREADS="1")
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        "-c",
        _CHILD,
        str(path),
        what,
        engine,
    ]
    done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True, check=True)  # noqa: S603
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_line(checkout: Path, path: Path, engine: str, lines: int) -> float:
    return (instructions(checkout, path, "read", engine) - instructions(checkout, path, "import", engine)) / lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench_data/claims_100k.jsonl"))  # noqa: S108
    parser.add_argument("--lines", type=int, default=40_000, help="read this many first lines of --file")
    parser.add_argument("--engine", choices=("polars", "python"), default="polars")
    parser.add_argument("--compare", type=Path, help="another checkout, run the same way (the base)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (Debian: apt-get install valgrind)")
    head = Path(f"/tmp/ingest_instructions_{args.lines}.jsonl")  # noqa: S108
    with args.file.open("rb") as source, head.open("wb") as target:
        for number, line in enumerate(source):
            if number == args.lines:
                break
            target.write(line)
    lines = sum(1 for _ in head.open("rb"))
    work = per_line(ROOT, head, args.engine, lines)
    print(f"{ROOT}: {work:,.0f} instructions per line ({lines:,} lines, engine={args.engine})")
    if args.compare is not None:
        base = per_line(args.compare.resolve(), head, args.engine, lines)
        print(f"{args.compare}: {base:,.0f} instructions per line")
        print(f"ratio (this checkout / compared): {work / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
