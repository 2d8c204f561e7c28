"""Reading a wide table through a table mapping, against reading the same claims as a long CSV.

    python benchmarks/tables.py              # 20,000 rows × 5 figure columns (100,000 claims)
    python benchmarks/tables.py --rows 2000  # quicker

A generated wide table (a date, a district, five figure columns, one cell in
ten blank) is read three ways, each timed in the same run:

- the baseline: the same claims written as a long CSV whose headers are the
  claim fields (``read_csv`` without a mapping, one claim a row);
- ``read_csv(path, mapping=TableMapping)`` on the wide file;
- ``claims_from_rows`` on the rows already in memory (as ``sync`` passes them).

It prints the seconds, claims per second and the ratio to the baseline, then
the shared data sets through their mappings (examples/mappings), when the data
folder is present.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.real_data import data_dir
from casualtylog.formats.csv import read_csv
from casualtylog.formats.files import read_claims
from casualtylog.formats.mapping import TableMapping, claims_from_rows, load_mapping

_COLUMNS = {
    "Killed": ("killed", None),
    "Injured": ("injured", None),
    "Killed children": ("killed", "children"),
    "Killed women": ("killed", "women"),
    "Injured children": ("injured", "children"),
}
MAPPING = TableMapping.model_validate(
    {
        "event": "quake-{District}",
        "source": "Ministry of Health",
        "source_kind": "official",
        "reported_at": "{Date}",
        "tz": "Asia/Kathmandu",
        "figures": {column: f"{m}/{g}" if g else m for column, (m, g) in _COLUMNS.items()},
    }
)


def _timed(fn: Callable[[], int]) -> tuple[float, int]:
    t = time.perf_counter()
    n = fn()
    return time.perf_counter() - t, n


def write_tables(folder: Path, rows: int) -> tuple[Path, Path, list[dict[str, str]]]:
    rng = random.Random(11)
    wide_rows: list[dict[str, str]] = []
    for i in range(rows):
        day = f"2015-{4 + (i // 2000) % 8:02d}-{1 + i % 28:02d}"
        row = {"Date": day, "District": f"d{i % 2000}"}
        for column in _COLUMNS:
            row[column] = "" if rng.random() < 0.1 else str(rng.randrange(0, 5000))
        wide_rows.append(row)
    wide, long = folder / "wide.csv", folder / "long.csv"
    with wide.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, ["Date", "District", *_COLUMNS])
        writer.writeheader()
        writer.writerows(wide_rows)
    with long.open("w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["event", "metric", "group", "figure", "source", "source_kind", "reported_at"])
        for row in wide_rows:
            for column, (metric, group) in _COLUMNS.items():
                if row[column]:
                    w.writerow(
                        [
                            f"quake-{row['District']}",
                            metric,
                            group or "",
                            row[column],
                            "Ministry of Health",
                            "official",
                            row["Date"],
                        ]
                    )
    return wide, long, wide_rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wide, long, rows = write_tables(Path(tmp), args.rows)
        base_s, base_n = _timed(lambda: sum(1 for _ in read_csv(long, tz="Asia/Kathmandu")))
        wide_s, wide_n = _timed(lambda: sum(1 for _ in read_csv(wide, mapping=MAPPING)))
        rows_s, rows_n = _timed(lambda: sum(1 for _ in claims_from_rows(rows, MAPPING)))
    if not base_n == wide_n == rows_n:
        raise SystemExit(f"the three reads disagree: {base_n}, {wide_n}, {rows_n} claims")
    print(f"{args.rows:,} wide rows × {len(_COLUMNS)} figure columns → {wide_n:,} claims (one cell in ten blank)\n")
    print("| read | seconds | claims/s | ratio to the long CSV |")
    print("|---|---:|---:|---:|")
    for label, s in (
        ("long CSV, headers = claim fields (baseline)", base_s),
        ("wide CSV through a TableMapping", wide_s),
        ("claims_from_rows (rows in memory)", rows_s),
    ):
        print(f"| {label} | {s:.2f} | {wide_n / s:,.0f} | {s / base_s:.2f} |")
    folder = data_dir()
    if folder is None:
        print("\n(the shared data folder is absent: the data sets are not timed)")
        return 0
    mappings = Path(__file__).resolve().parent.parent / "examples" / "mappings"
    files = {
        "gaza.toml": "gaza_casualties_daily.json",
        "ukraine_mod.toml": "ukraine_mod_russia_losses_personnel.json",
        "nepal.toml": "nepal_2015_quake_district_snapshots.csv",
        "reliefweb.toml": "reliefweb_crisis_figures_casualties.csv",
        "west_bank.toml": "supplementary/west_bank_flash_vs_verified.csv",
        "lebanon.toml": "supplementary/lebanon_casualties_daily.json",
    }
    print("\n| data set (whole file) | mapping lines | claims | blank cells | rows skipped | seconds |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, file in files.items():
        lines = [ln for ln in (mappings / name).read_text().splitlines() if ln.strip() and not ln.startswith("#")]
        reader = read_claims(folder / file, mapping=load_mapping(mappings / name))
        s, n = _timed(lambda reader=reader: sum(1 for _ in reader))  # type: ignore[misc]
        tally = reader.tally  # type: ignore[attr-defined]
        print(f"| {file} | {len(lines)} | {n:,} | {tally.blank_cells:,} | {tally.skipped_rows:,} | {s:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
