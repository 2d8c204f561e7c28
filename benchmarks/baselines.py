"""Whole-log baselines for ``resolve_all``: the same work elsewhere, timed in the same run.

Each baseline reads a frame of the claims built outside the timer (count, source,
time said, point, low, high) and computes, per count:

- *latest*: the latest point figure (pandas ``sort_values`` + ``groupby.last``;
  polars ``sort`` + ``group_by.last``; duckdb ``arg_max``);
- *range-lite*: each originator's latest figure, then the latest of those as best,
  the lowest low and the highest high: closer to the work ``resolve_all`` does.

polars and duckdb are the benchmark's own dependencies (the ``bench`` extra:
``.venv/bin/pip install -e '.[bench]'``), never the library's; a baseline whose package is missing is left
out. Both run on one thread (``POLARS_MAX_THREADS=1``, duckdb ``threads=1``), as
pandas and the library do, so wall time compares like with like; CPU time is
reported beside it. Every baseline runs with the cyclic GC paused, as the library
pauses it (:func:`measure`).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from typing import Any

from benchmarks.bulk import measure, pandas_latest, pandas_range_lite

__all__ = ["baselines", "measure"]

_KEYS = ["event", "metric", "group"]


def baselines(frame: Any) -> list[tuple[str, Callable[[], object]]]:
    """``(name, call)`` for every baseline whose package is installed; ``frame`` is pandas
    (:func:`benchmarks.bulk.claims_frame`)."""
    out: list[tuple[str, Callable[[], object]]] = [
        ("pandas sort + groupby.last", lambda: pandas_latest(frame)),
        ('pandas "range-lite"', lambda: pandas_range_lite(frame)),
    ]
    if importlib.util.find_spec("polars") is not None:
        os.environ.setdefault("POLARS_MAX_THREADS", "1")
        import polars as pl  # noqa: PLC0415 - a benchmark dependency

        table = pl.from_pandas(frame)

        def polars_latest() -> object:
            return table.sort("reported_at").group_by(_KEYS).last()

        def polars_range_lite() -> object:
            latest = table.sort("reported_at").group_by([*_KEYS, "source"]).last().sort("reported_at")
            return latest.group_by(_KEYS).agg(pl.col("best").last(), pl.col("low").min(), pl.col("high").max())

        out += [("polars sort + group_by.last", polars_latest), ('polars "range-lite"', polars_range_lite)]
    if importlib.util.find_spec("duckdb") is not None:
        import duckdb  # noqa: PLC0415 - a benchmark dependency

        con = duckdb.connect()
        con.execute("SET threads TO 1")
        con.register("claims", frame)
        con.execute("CREATE TABLE c AS SELECT * FROM claims")  # read once, outside the timer
        latest_sql = 'SELECT event, metric, "group", arg_max(best, reported_at) FROM c GROUP BY ALL'
        lite_sql = (
            'WITH s AS (SELECT event, metric, "group", source, max(reported_at) AS t, arg_max(best, reported_at) AS best,'
            " arg_max(low, reported_at) AS low, arg_max(high, reported_at) AS high FROM c GROUP BY ALL)"
            ' SELECT event, metric, "group", arg_max(best, t), min(low), max(high) FROM s GROUP BY ALL'
        )
        out += [
            ("duckdb arg_max", lambda: con.execute(latest_sql).fetchnumpy()),
            ('duckdb "range-lite"', lambda: con.execute(lite_sql).fetchnumpy()),
        ]
    return out
