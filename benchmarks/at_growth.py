"""Issue 14, growth of ``resolve(at=)`` and ``resolve(known_at=)``: the same counts in a log 10× larger.

    python benchmarks/at_growth.py --file /tmp/bench_data/claims_1m.jsonl --sizes 100000 1000000

Each size reads the first N lines of one JSON Lines file in a fresh process.
The counts queried are the same at every size: a sample of the counts whose
claims all lie in the smallest prefix (the generator writes a count's claims
together), so every call does the same work on the same claims and only the
log around them grows. Each count is queried once with ``at=`` the median
time its claims were said, once with ``known_at=`` the median time they were
recorded (as benchmarks/run.py does), CPU time of the process per call, the
median of ``--repeat`` passes (a pass first forgets what the log keeps per
count for such queries). ``--profile`` prints the functions whose own time
grew most, from cProfile. ``--like-run`` times the calls as benchmarks/run.py
does instead (random counts of the whole log, an add to each first, the median
call), wall and CPU time, with the mean size of the counts drawn.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _like_run(log: Any, calls: int) -> dict[str, Any]:
    """The queries as benchmarks/run.py times them: counts drawn at random from the whole log (so not
    the same counts at each size), each given one add first, then one ``at=`` and one ``known_at=``
    call per count, the median of the calls' wall times; here also their CPU times and the sizes of
    the counts drawn, and the same calls again on counts all of whose claims lie in the prefix."""
    rng = random.Random(0)
    counts = log.counts()
    sample = [counts[rng.randrange(len(counts))] for _ in range(calls)]
    for count in sample:
        log.resolve(*count)
    for i, count in enumerate(sample):  # run.py's add: a later claim from a new source, then resolve
        event, metric, group = count[:3]
        log.add(
            {
                "event": event,
                "metric": metric,
                "group": group,
                "figure": f"at least {i + 1}",
                "source": {"name": "Benchmark desk", "kind": "media"},
                "reported_at": "2026-06-01T12:00:00Z",
                "recorded_at": "2026-06-01T12:05:00Z",
            }
        )
        log.resolve(event, metric, group)
    out: dict[str, Any] = {"sizes": statistics.mean(len(log.claims_about(*c)) for c in sample)}
    for name in ("at", "known_at"):
        walls, cpus = [], []
        for count in sample:
            claims = log.claims_about(*count)
            if name == "at":
                moment = sorted(c.available_at for c in claims)[len(claims) // 2]
                kwargs = {"at": moment}
            else:
                moment = sorted(c.recorded_at for c in claims if c.recorded_at is not None)[len(claims) // 2]
                kwargs = {"known_at": moment}
            w0, c0 = time.perf_counter(), time.process_time()
            log.resolve(*count, **kwargs)
            cpus.append(time.process_time() - c0)
            walls.append(time.perf_counter() - w0)
        out[f"{name}_wall"] = statistics.median(walls)
        out[f"{name}_cpu"] = statistics.median(cpus)
    return out


def one(
    path: Path, n: int, smallest: int, calls: int, repeat: int, profile: bool, like_run: bool = False
) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.bulk import read_lines  # noqa: PLC0415
    from casualtylog import CasualtyLog  # noqa: PLC0415

    log = CasualtyLog(json.loads(line) for line in read_lines(path, n))
    prefix = CasualtyLog(json.loads(line) for line in read_lines(path, smallest))
    # Counts whose claims all lie in the prefix: the same claims at every size.
    whole = [c for c in prefix.counts() if len(prefix.claims_about(*c)) == len(log.claims_about(*c))]
    del prefix
    sample = random.Random(0).sample(whole, min(calls, len(whole)))
    queries: list[tuple[tuple[str, str, str | None], Any, Any]] = []
    for count in sample:
        claims = log.claims_about(*count)
        said = sorted(c.available_at for c in claims)[len(claims) // 2]
        known = sorted(c.recorded_at for c in claims if c.recorded_at is not None)[len(claims) // 2]
        queries.append(((count.event, count.metric, count.group), said, known))
    for key, _, _ in queries:
        log.resolve(*key)  # warm: the steady state of a live log, as benchmarks/run.py

    def forget() -> None:
        log._said_order.clear()
        log._histories.clear()

    def at_pass() -> None:
        for key, said, _ in queries:
            log.resolve(*key, at=said)

    def known_pass() -> None:
        for key, _, known in queries:
            log.resolve(*key, known_at=known)

    out: dict[str, Any] = {"n": n, "calls": len(queries)}
    if like_run:
        return out | _like_run(log, calls)
    gc.collect()
    gc.freeze()  # the log's objects: a collection during the timed calls would scan them all
    for name, fn in (("at", at_pass), ("known_at", known_pass)):
        cpus = []
        for _ in range(repeat):
            forget()
            c0 = time.process_time()
            fn()
            cpus.append((time.process_time() - c0) / len(queries))
        out[name] = statistics.median(cpus)
        if profile:
            forget()
            prof = cProfile.Profile()
            prof.enable()
            fn()
            prof.disable()
            stats = pstats.Stats(prof)
            out[f"{name}_profile"] = {
                f"{Path(k[0]).name}:{k[1]}({k[2]})": v[2] / len(queries)
                for k, v in stats.stats.items()  # type: ignore[attr-defined]
            }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--like-run", action="store_true", help="time the queries as benchmarks/run.py does")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    smallest = min(args.sizes)
    if args.one:
        print(json.dumps(one(args.file, args.one, smallest, args.calls, args.repeat, args.profile, args.like_run)))
        return 0
    found = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--file", str(args.file), "--one", str(n)]
        command += ["--calls", str(args.calls), "--repeat", str(args.repeat), "--sizes", *map(str, args.sizes)]
        if args.profile:
            command.append("--profile")
        if args.like_run:
            command.append("--like-run")
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603
        found.append(json.loads(out.strip().splitlines()[-1]))
        print(f"{n:,} done", file=sys.stderr, flush=True)
    first = found[0]
    if args.like_run:
        print("| query | " + " | ".join(f"{r['n']:,} claims" for r in found) + " | growth |")
        print("|---" * (len(found) + 2) + "|")
        print("| claims per count drawn | " + " | ".join(f"{r['sizes']:.2f}" for r in found) + " | |")
        for name in ("at_wall", "at_cpu", "known_at_wall", "known_at_cpu"):
            cells = " | ".join(f"{r[name] * 1e6:.1f} µs" for r in found)
            print(f"| resolve(…, {name}), median call | {cells} | {found[-1][name] / first[name]:.2f}× |")
        return 0
    print("| query | " + " | ".join(f"{r['n']:,} claims" for r in found) + " | growth |")
    print("|---" * (len(found) + 2) + "|")
    for name in ("at", "known_at"):
        cells = " | ".join(f"{r[name] * 1e6:.1f} µs CPU" for r in found)
        print(f"| resolve(…, {name}=T), {first['calls']:,} counts | {cells} | {found[-1][name] / first[name]:.2f}× |")
        if args.profile:
            small, large = first[f"{name}_profile"], found[-1][f"{name}_profile"]
            grew = sorted(large, key=lambda k: large[k] - small.get(k, 0.0), reverse=True)[:12]
            for key in grew:
                print(
                    f"|   {key} | {small.get(key, 0.0) * 1e6:.2f} µs | {large[key] * 1e6:.2f} µs | own time per call |"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
