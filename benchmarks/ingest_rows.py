"""The columnar-ingest rows of ``benchmarks/run.py`` (issue 14): CPU time, GC paused alike.

Every figure here is CPU time (and wall beside it) measured in the same run as
its baseline, each call with the cyclic collector paused as the library pauses
it (:func:`benchmarks.bulk.measure`): a baseline left with the collector on
pays for walking the benchmark's own heap (a million lines, the logs of the
other sizes), which flatters the library by several times.

- *columnar ingest*: :meth:`casualtylog.bulk.table.ClaimTable.read_jsonl` on
  the file's bytes, row by row (``engine="python"``, the core install's reader), against
  pydantic's per-line ``validate_json`` of ``Minimal`` and against one ``validate_json`` of
  the lines as a JSON array; and, with polars installed, the compiled reader
  (``engine="polars"``, :mod:`casualtylog.bulk.ingest_polars`) against the same baselines,
  measured the same way (its CPU seconds, polars' threads included, go into ``ingest_compiled``);
- *load_jsonl, GC paused alike*: the log's reader against the same baseline;
- *columns kept at ingest*: ``load_jsonl`` followed by building the log's
  numeric columns (what :meth:`CasualtyLog.resolve_all` builds on its first
  call), against ``load_jsonl`` alone: the cost that keeping the columns at
  ingest would add to every load;
- *memory*: bytes per claim of the table (tracemalloc, everything the read
  allocates and keeps) against the log's.
- *columnar ingest from CSV, a frame, a store*: :meth:`ClaimTable.read_csv`,
  :meth:`~ClaimTable.from_frame` and :meth:`~ClaimTable.from_store` against
  the log path for the same source (``load_csv``, ``CasualtyLog.from_frame``,
  ``open_store``), in the same run (:func:`source_rows`).
"""

from __future__ import annotations

import dataclasses
import gc
import io
import json
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

from benchmarks.bulk import measure

__all__ = ["csv_text", "ingest_rows", "ingest_rows_apart", "source_rows", "table_bytes_per_claim"]


def _wall_cpu(wall: float, cpu: float) -> str:
    from benchmarks.run import fmt_time  # noqa: PLC0415 - run.py imports this module

    return f"{fmt_time(cpu)} CPU ({fmt_time(wall)} wall)"


def ingest_rows(lines: list[bytes], data: bytes, label: str, reps: int, times: dict[str, float]) -> list[Any]:
    """The rows at one size; CPU seconds go into ``times`` (``ingest_table``, ``ingest_cpu``) for the growth rows."""
    from pydantic import TypeAdapter  # noqa: PLC0415

    from benchmarks.run import Minimal, Row, fmt_time  # noqa: PLC0415 - run.py imports this module
    from casualtylog.bulk import available, log_columns  # noqa: PLC0415
    from casualtylog.formats.jsonl import load_jsonl  # noqa: PLC0415

    if not available():
        return []
    from casualtylog.bulk.ingest_polars import polars_or_none  # noqa: PLC0415 - needs numpy
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy

    per_line = TypeAdapter(Minimal)
    as_list = TypeAdapter(list[Minimal])
    array = b"[" + b",".join(lines) + b"]"
    # The table and its baseline: at least two calls at every size (median), so that the growth
    # row does not set one cold call at 1M against a median at 100k (docs/performance.md).
    # One call first, not timed: the first pass over memory this process has not touched costs up to 1.7x at 1M
    # on this machine (page faults in a Firecracker guest, session 14's ingest14), and the table's readers run
    # after it in memory it has warmed; a cold baseline flattered their ratio.
    [per_line.validate_json(line) for line in lines]
    base_line = measure(lambda: [per_line.validate_json(line) for line in lines], max(2, reps))
    base_list = measure(lambda: as_list.validate_json(array), reps)
    table = measure(lambda: ClaimTable.read_jsonl(data, engine="python"), max(2, reps))
    compiled = None
    if polars_or_none() is not None:
        compiled = measure(lambda: ClaimTable.read_jsonl(data, engine="polars"), max(2, reps))
        times["ingest_compiled"] = compiled[1]
    loaded = measure(lambda: load_jsonl(io.BytesIO(data)), reps)
    with_columns = measure(lambda: log_columns(load_jsonl(io.BytesIO(data))), reps)
    times["ingest_table"], times["ingest_cpu"] = table[1], loaded[1]

    def row(what: str, got: tuple[float, float], base: tuple[float, float], base_text: str, target: float) -> Any:
        ratio = got[1] / base[1] if base[1] > 0 else float("inf")
        ok = ratio <= target
        return Row(
            what,
            label,
            _wall_cpu(*got),
            f"{fmt_time(base[1])} CPU {base_text}",
            ratio,
            f"≤ {target:g}× (CPU)",
            ok,
            "" if ok else f"{ratio / target:.1f}× over target",
        )

    per_line_text = "pydantic per-line validate_json (GC paused alike)"
    out = [
        row("columnar ingest JSONL → ClaimTable (no Claim per row), row by row", table, base_line, per_line_text, 2.0),
        row("  same vs one validate_json of a JSON array", table, base_list, "TypeAdapter(list[Minimal])", 2.0),
    ]
    if compiled is not None:
        out += [
            row("columnar ingest JSONL → ClaimTable, compiled (polars)", compiled, base_line, per_line_text, 2.0),
            row("  same vs one validate_json of a JSON array", compiled, base_list, "TypeAdapter(list[Minimal])", 2.0),
        ]
    return [
        *out,
        row("  load_jsonl, CPU, GC paused alike", loaded, base_line, per_line_text, 2.0),
        row("  load_jsonl + the log's columns kept at ingest", with_columns, loaded, "load_jsonl alone", 1.25),
    ]


def table_bytes_per_claim(lines: list[bytes]) -> tuple[float, float]:
    """Bytes per claim (tracemalloc) kept by a ClaimTable of ``lines``, and by a log of them."""
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy
    from casualtylog.log import CasualtyLog  # noqa: PLC0415

    data = b"\n".join(lines)

    def traced(build: Any) -> float:
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            kept = build()
            gc.collect()
            used = tracemalloc.get_traced_memory()[0] - base
        finally:
            tracemalloc.stop()
        return used / len(kept)

    # The table keeps the bytes it was given (the caller's): count what it adds to them.
    table = traced(lambda: ClaimTable.read_jsonl(data, engine="python"))
    log = traced(lambda: CasualtyLog(json.loads(line) for line in lines))
    return table, log


def csv_text(lines: list[bytes]) -> str:
    """The claims of ``lines`` as a plain CSV file (the columns named after the fields; retractions left out)."""
    import csv  # noqa: PLC0415

    fields = ["event", "metric", "group", "figure", "source", "source_kind", "via", "reported_at", "as_of",
              "recorded_at", "status", "supersedes", "retracts", "quote", "url", "language"]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(fields)
    for line in lines:
        record = json.loads(line)
        if record.get("figure") is None:
            continue  # a retraction: a CSV cell left empty is no figure at all (load_csv refuses it too)
        source = record.get("source")
        if isinstance(source, dict):
            record["source"], record["source_kind"] = source["name"], source.get("kind", "")
        for key in ("supersedes", "retracts"):
            if isinstance(record.get(key), list):
                record[key] = " ".join(record[key])
        writer.writerow(["" if record.get(f) is None else record[f] for f in fields])
    return out.getvalue()


def source_rows(lines: list[bytes], label: str, reps: int) -> list[Any]:
    """Columnar ingest from CSV, a frame and a store, each against its log path (CPU, same run)."""
    import tempfile  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from benchmarks.run import Row, fmt_time  # noqa: PLC0415 - run.py imports this module
    from casualtylog.bulk import available  # noqa: PLC0415
    from casualtylog.formats.csv import load_csv  # noqa: PLC0415
    from casualtylog.log import CasualtyLog  # noqa: PLC0415
    from casualtylog.store import open_store  # noqa: PLC0415

    if not available():
        return []
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415 - needs numpy

    text = csv_text(lines)
    log = CasualtyLog(json.loads(line) for line in lines)
    frame = log.to_frame()
    out: list[Any] = []

    def row(what: str, got: tuple[float, float], base: tuple[float, float], base_text: str) -> None:
        ratio = got[1] / base[1] if base[1] > 0 else float("inf")
        out.append(
            Row(
                what, label, _wall_cpu(*got), f"{fmt_time(base[1])} CPU {base_text}", ratio, "< 1× (CPU)", ratio < 1, ""
            )
        )

    row(
        "columnar ingest CSV → ClaimTable.read_csv",
        measure(lambda: ClaimTable.read_csv(io.StringIO(text)), reps),
        measure(lambda: load_csv(io.StringIO(text)), reps),
        "load_csv",
    )
    row(
        "columnar ingest frame → ClaimTable.from_frame",
        measure(lambda: ClaimTable.from_frame(frame), reps),
        measure(lambda: CasualtyLog.from_frame(frame), reps),
        "CasualtyLog.from_frame",
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.db"
        with open_store(path) as stored:
            stored.extend(list(log))

        def stored_log() -> None:
            with open_store(path, create=False) as opened:
                len(opened)

        row(
            "columnar ingest store → ClaimTable.from_store",
            measure(lambda: ClaimTable.from_store(path), reps),
            measure(stored_log, reps),
            "open_store (StoredLog)",
        )
    return out


def ingest_rows_apart(data: bytes, label: str, reps: int, times: dict[str, float]) -> list[Any]:
    """:func:`ingest_rows` in a fresh interpreter, on the same bytes.

    Run inside ``benchmarks/run.py`` the rows share a heap with the log just loaded (gigabytes at
    1M): pydantic's per-line baseline then ran at 6.6 us a line against 4.2 us in a process of its
    own (session 15, same commit), while the columnar readers, which allocate little, barely
    slowed, so the ratio flattered them. A fresh process gives the baseline and the readers the
    same clean heap, as a pipeline that loads one file has.
    """
    from benchmarks.run import Row  # noqa: PLC0415 - run.py imports this module

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.jsonl"
        path.write_bytes(data)
        done = subprocess.run(  # noqa: S603 - this interpreter, this module, our own arguments
            [sys.executable, "-m", "benchmarks.ingest_rows", str(path), label, str(reps)],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks.ingest_rows failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    got = json.loads(done.stdout)
    times.update(got["times"])
    return [Row(**row) for row in got["rows"]]


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.ingest_rows FILE LABEL REPS``: the rows as JSON on stdout."""
    path, label, reps = argv if argv is not None else sys.argv[1:]
    data = Path(path).read_bytes()
    lines = [line for line in data.split(b"\n") if line]
    times: dict[str, float] = {}
    rows = ingest_rows(lines, data, label, int(reps), times)
    print(json.dumps({"rows": [dataclasses.asdict(row) for row in rows], "times": times}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
