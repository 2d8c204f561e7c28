"""Cost of the learned layer (issue 13, items 2 and 6): extraction at 100 kB with each ``learned`` mode.

    .venv/bin/python benchmarks/learned_throughput.py

For each input of benchmarks/text_throughput.py it prints the CPU seconds of
this process per mode at 100 kB, the characters per CPU second and each
mode's ratio to ``off`` measured in the same run (the ratio is what compares
on a loaded machine). No limit is asserted.
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.text_throughput import SHAPES, text_of
from casualtylog.text import extract

SIZE = 100_000
MODES = ("off", "filter", "liberal", "reader")


def cpu_seconds(text: str, learned: str) -> float:
    """The best CPU seconds of two runs."""
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract(text, source="bench", reported_at="2025-04-24T12:00Z", language="en", learned=learned)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    print(
        f"{'input':<20}"
        + "".join(f"{m + ' cpu s':>15}" for m in MODES)
        + f"{'liberal chars/cpu s':>21}{'reader chars/cpu s':>20}{'filter/off':>12}{'liberal/off':>12}{'reader/off':>12}"
    )
    for name, unit in SHAPES.items():
        text = text_of(unit, SIZE)
        cpu = {mode: cpu_seconds(text, mode) for mode in MODES}
        print(
            f"{name:<20}"
            + "".join(f"{cpu[m]:>15.3f}" for m in MODES)
            + f"{SIZE / cpu['liberal']:>21,.0f}{SIZE / cpu['reader']:>20,.0f}"
            + f"{cpu['filter'] / cpu['off']:>12.2f}{cpu['liberal'] / cpu['off']:>12.2f}{cpu['reader'] / cpu['off']:>12.2f}"
        )


if __name__ == "__main__":
    main()
