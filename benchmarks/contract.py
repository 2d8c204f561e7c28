"""What the storage contract costs: the same operations timed on this checkout and on a baseline one.

    python benchmarks/contract.py --baseline /work/main --claims 20000

Each operation runs in a fresh subprocess per checkout (``PYTHONPATH`` set to
it), alternating baseline and this checkout ``--rounds`` times; each timing is
the CPU time of the best of three tries (wall time on a shared machine follows
its load), and the median over the rounds is printed with the ratio (this /
baseline). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys, tempfile, time
from pathlib import Path
from casualtylog import CasualtyLog
from casualtylog.store import open_store

n = int(sys.argv[1])
records = [{"event": f"e{i % 500}", "metric": "killed", "figure": str(i), "source": f"s{i % 7}",
            "reported_at": f"2025-01-{1 + i % 28:02d}T10:00Z"} for i in range(n)]
out = {}

def timed(name, fn, repeat=1, best_of=3):
    # CPU time of this process, best of a few: the machine is shared, and wall time follows its load.
    best = None
    for _ in range(best_of):
        start = time.process_time()
        for _ in range(repeat):
            result = fn()
        took = (time.process_time() - start) / repeat
        best = took if best is None else min(best, took)
    out[name] = best
    return result

CasualtyLog([])  # imports done before timing (the store package loads on the first log)
log = timed("memory: extend", lambda: CasualtyLog(records))
timed("memory: resolve (cached), per call", lambda: log.resolve("e7", "killed"), repeat=2000)
timed("memory: resolve(at=…), per call", lambda: log.resolve("e7", "killed", at="2025-01-10"), repeat=500)
timed("memory: resolve_all", lambda: log.resolve_all(known_at="2030-01-01"))
def adds():
    fresh = CasualtyLog()
    for r in records[:1000]:
        fresh.add(r)
timed("memory: 1,000 add calls", adds)
folder = Path(tempfile.mkdtemp())
paths = iter(folder / f"claims{i}.db" for i in range(10))
path = folder / "claims.db"
def fill():
    with open_store(next(paths)) as store:
        store.extend(records)
timed("sqlite: extend (CPU; fsync not counted)", fill)
with open_store(path) as store:
    store.extend(records)
def eager():
    with open_store(path) as store:
        return len(store)
timed("sqlite: eager open", eager)
with open_store(path, lazy=True) as lazy:
    timed("sqlite lazy: resolve(known_at=…), per call",
          lambda: lazy.resolve("e7", "killed", known_at="2030-01-01"), repeat=200)
    timed("sqlite lazy: resolve_all", lambda: lazy.resolve_all())
print(json.dumps(out))
"""


def run(checkout: Path, claims: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    done = subprocess.run(  # noqa: S603 - our own interpreter and probe
        [sys.executable, "-c", PROBE, str(claims)], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--baseline", type=Path, required=True, help="a checkout of the code to compare with")
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    times: dict[str, dict[str, list[float]]] = {"baseline": {}, "this": {}}
    for _ in range(args.rounds):
        for name, checkout in (("baseline", args.baseline), ("this", ROOT)):
            for op, seconds in run(checkout, args.claims).items():
                times[name].setdefault(op, []).append(seconds)
    print(f"{args.claims:,} claims, median of {args.rounds} rounds; baseline {args.baseline}, this {ROOT}\n")
    print("| operation | baseline | this | ratio |")
    print("|---|---|---|---|")
    for op, base in times["baseline"].items():
        b, t = statistics.median(base), statistics.median(times["this"][op])
        print(f"| {op} | {b * 1000:.3f} ms | {t * 1000:.3f} ms | {t / b:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
