"""The standalone report of the full Gaza series: its size, and how long it takes to write.

    python -m benchmarks.report [OUTPUT.html]

Reads ``gaza_casualties_daily.json`` from the shared data folder (see
:func:`benchmarks.real_data.data_dir`; nothing happens without it), builds the
log, then times in the same run:

- the baseline: what any view of the log must compute — ``resolve_all()``,
  ``check()`` and one ``history()`` per count;
- the report: the same work plus the HTML, the SVG timelines and the
  explanations, via :func:`casualtylog.display.report`.

It prints the size of the file, the claims per count, both times and their
ratio (the report's cost over the baseline), so figures from a loaded machine
still compare. Optionally writes the page to OUTPUT.html.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.real_data import data_dir, load_gaza
from casualtylog import CasualtyLog
from casualtylog.display import report


def _best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    folder = data_dir()
    records = load_gaza(folder) if folder else []
    if not records:
        print("no gaza_casualties_daily.json in the shared data folder: nothing to measure")
        return 0
    log = CasualtyLog(records)
    counts = log.counts()
    per_count = [len(log.claims_about(c.event, c.metric, c.group)) for c in counts]

    def baseline() -> None:
        log.resolve_all()
        log.check()
        for c in counts:
            log.history(c.event, c.metric, c.group)

    page = report(log)
    base = _best_of(5, baseline)
    full = _best_of(5, lambda: report(log))
    size = len(page.encode("utf-8"))
    print(f"claims: {len(log):,} in {len(counts)} counts (max {max(per_count):,} claims per count)")
    print(f"report size: {size:,} bytes ({size / 1024:.0f} KiB); {page.count('<svg'):,} timelines")
    print(f"baseline (resolve_all + check + history per count): {base:.2f} s")
    print(f"report (the same + HTML, SVG, explanations):        {full:.2f} s")
    print(f"ratio report / baseline: {full / base:.2f}")
    if argv:
        Path(argv[0]).write_text(page, encoding="utf-8")
        print(f"wrote {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
