"""CPU time of unread_figures, read_report and its str()/HTML at 10 kB and 100 kB: the ratio should be near 10.

    PYTHONPATH=. python benchmarks/text_unread_linear.py

Each input is one repeated unit (one long sentence or many short ones). A ratio far
above 10 is a quadratic path; nothing here is asserted (CPU time on a shared machine
is noisy), the numbers are for a reviewer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

from casualtylog.text import ReportReading, read_report, unread_figures

UNITS = ("5 dead ", "took 7 to hospital, ", "The 3 buses. ", "x. the 3 buses and 4 cars ")
SIZES = (10_000, 100_000)


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def _render(reading: ReportReading) -> tuple[str, str]:
    return str(reading), reading._repr_html_()


def main() -> None:
    print(f"{'unit':32} {'unread':>8} {'read_report':>12} {'str+html':>9}")
    for unit in UNITS:
        times = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            reading = read_report(text, source="s", reported_at="2025-04-24", language="en", every=True)
            listing = partial(unread_figures, text, language="en", every=True)
            reading_it = partial(read_report, text, source="s", reported_at="2025-04-24", language="en", every=True)
            times.append((_cpu(listing), _cpu(reading_it), _cpu(partial(_render, reading))))
        (a, b) = times
        ratios = [f"{big / max(small, 1e-6):.1f}" for small, big in zip(a, b, strict=True)]
        print(f"{unit!r:32} {ratios[0]:>8} {ratios[1]:>12} {ratios[2]:>9}")


if __name__ == "__main__":
    main()
