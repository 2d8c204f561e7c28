"""Throughput of the text extractor: ordinary news prose and adversarial inputs at 1, 10 and 100 kB.

    .venv/bin/python benchmarks/text_throughput.py

For each input shape it prints the seconds at 1, 10 and 100 kB, the ratio of
each step (about 10 when the time is linear) and the characters per second at
100 kB, by the wall clock and by the CPU time of this process (on a shared,
loaded machine the CPU figure is the one that says what one core does). No
limit is asserted: the ratios within one run are what compare.
"""

from __future__ import annotations

import time
import warnings

from casualtylog.text import extract

PROSE = (
    "At least 12 people were killed and 90 injured in the attack on Kharkiv, said Tkachenko on Telegram. "
    "The regional governor said rescue work continued overnight. "
    "Bij de aanval op de stad kwamen volgens de luchtmacht ruim 20 mensen om. "
)
SHAPES = {
    "prose": PROSE,
    "5 dead": "5 dead ",
    "toll rose": "the death toll rose to 12 ",
    "48 of 70 missiles": "48 of 70 missiles ",
    "including": "including 3 children ",
    "10-15 dead": "10-15 dead ",
    "number words": "twenty ",
    "dots": "...",
    "list 5, 6, 7": None,
}
SIZES = (1_000, 10_000, 100_000)


def text_of(unit: str | None, size: int) -> str:
    if unit is None:
        return ", ".join(str(i) for i in range(5, 40_000))[:size]
    return (unit * (size // len(unit) + 1))[:size]


def seconds(text: str) -> tuple[float, float]:
    """The best wall-clock and CPU seconds of a few runs."""
    best = cpu = float("inf")
    for _ in range(2 if len(text) > 10_000 else 5):
        start, start_cpu = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract(text, source="bench", reported_at="2025-04-24T12:00Z", language="en")
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return best, cpu


def main() -> None:
    print(
        f"{'input':<20}{'1 kB s':>9}{'10 kB s':>9}{'100 kB s':>10}{'x10':>7}{'x100':>7}{'chars/s':>11}"
        f"{'100 kB cpu s':>14}{'chars/cpu s':>13}"
    )
    for name, unit in SHAPES.items():
        runs = [seconds(text_of(unit, size)) for size in SIZES]
        times = [wall for wall, _ in runs]
        r1, r2 = times[1] / times[0], times[2] / times[1]
        rate = SIZES[2] / times[2]
        cpu = runs[2][1]
        print(
            f"{name:<20}{times[0]:>9.4f}{times[1]:>9.3f}{times[2]:>10.3f}{r1:>7.1f}{r2:>7.1f}{rate:>11,.0f}"
            f"{cpu:>14.3f}{SIZES[2] / cpu:>13,.0f}"
        )


if __name__ == "__main__":
    main()
