"""Where extraction spends its time on one shape of benchmarks/text_throughput.py at 100 kB.

    PYTHONPATH=. .venv/bin/python benchmarks/text_profile.py "5 dead"            # sampling view
    PYTHONPATH=. .venv/bin/python benchmarks/text_profile.py "5 dead" --cprofile # cProfile, by own time

The sampling view interrupts the process every millisecond of its CPU time
(SIGPROF, so other processes on a loaded machine do not count) and prints the
share of samples in which each function is on the stack (inclusive) and at its
top (self). It inflates nothing, unlike cProfile, whose cost per call makes the
many small look-ups of the frames look larger than they are; use both.
"""

from __future__ import annotations

import collections
import cProfile
import pstats
import signal
import sys
import time
import warnings
from types import FrameType

from benchmarks.text_throughput import SHAPES, text_of
from casualtylog.text import extract


def run(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extract(text, source="bench", reported_at="2025-04-24T12:00Z", language="en")


def sample(text: str, rounds: int = 3) -> None:
    """Print the inclusive and self shares of the functions sampled over ``rounds`` extractions."""
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    count = 0

    def handler(_signum: int, frame: FrameType | None) -> None:
        nonlocal count
        count += 1
        seen: set[str] = set()
        top = True
        while frame is not None:
            key = f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_code.co_name}"
            if top:
                own[key] += 1
                top = False
            if key not in seen:
                inclusive[key] += 1
                seen.add(key)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    start = time.process_time()
    for _ in range(rounds):
        run(text)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{count} samples, {time.process_time() - start:.3f} CPU s for {rounds} runs")
    for title, counter in (("inclusive", inclusive), ("self", own)):
        print(f"-- {title}")
        for key, n in counter.most_common(30):
            print(f"{n / max(count, 1):6.1%} {key}")


def main(argv: list[str]) -> None:
    name = argv[0] if argv else "5 dead"
    text = text_of(SHAPES[name], 100_000)
    run(text)  # warm the caches (phrase tables, figures) as a long-running process has them
    if "--cprofile" in argv:
        profile = cProfile.Profile()
        profile.enable()
        run(text)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(35)
    else:
        sample(text)


if __name__ == "__main__":
    main(sys.argv[1:])
