"""The times of a block of lines for the compiled reader (:mod:`casualtylog.bulk.ingest_polars`):
canonical times (``2025-04-24T15:00:00+03:00``) read by the parts the clock has seen valid (as
:class:`~casualtylog.bulk.ingest_clock.Clock` reads them), as polars expressions, so that a block
runs them in a single query with the rest of its columns; every other form is judged once per
distinct value by the memos (:mod:`casualtylog.bulk.ingest_polars_values`)."""

from __future__ import annotations

from typing import Any

from casualtylog.times import Precision

__all__ = ["ENGINE", "TIMES", "TimeColumns", "others", "said_times"]

#: The engine of every query of the compiled reader. polars 2 collects with its streaming engine by
#: default, whose threads and morsels cost more CPU than they save on a block of a few thousand rows
#: (about a tenth of the read, session 17); polars 1.x's default is this one.
ENGINE = "in-memory"

_SECOND, _MINUTE = Precision.SECOND.rank, Precision.MINUTE.rank
#: Each time field and the columns its canonical reading fills: µs, and (reported_at only) µs east of UTC.
TIMES = {"reported_at": ("r_us", "r_east"), "as_of": ("a_us", None), "recorded_at": ("c_us", None)}


class TimeColumns:
    """The clock's memos as polars series (rebuilt only when a memo grew) and the expressions that
    read a block's canonical times with them."""

    def __init__(self) -> None:
        self._memo_series: dict[int, tuple[int, Any, Any]] = {}

    def clocked(self, pl: Any, df: Any, clock: Any) -> Any:
        """``df`` with the columns of :data:`TIMES`: µs (and µs east of UTC) of canonical times whose
        three parts ``clock`` has seen valid, null elsewhere (and where the field is not given).
        A part it has not seen is taught to it first, by a whole time holding it (``clock.read``
        remembers the parts of a valid one), so the next blocks find it."""
        given = [field for field in TIMES if df[field].null_count() < df.height]
        # Each part sliced once, in a column of its own: polars does not share a sub-expression
        # between the columns of one with_columns, and slicing is a large part of the cost here.
        shaped = df.lazy().with_columns(
            expr.alias(f"{field}_{k}")
            for field in given
            for k, expr in enumerate((*_parts(pl.col(field)), _canonical(pl.col(field))))
        )
        out = self._read(pl, shaped, clock, given)
        missing = [field for field in given if out[f"{field}_missing"].any()]
        if missing:
            queries = [  # one whole time per new part, as the clock reads it
                out.lazy()
                .filter(pl.col(f"{field}_missing"))
                .select(pl.col(field).alias("t"), pl.col(f"{field}_{k}").alias("p"))
                .unique(subset=["p"], keep="first")
                for field in missing
                for k in range(3)
            ]
            shown: set[str] = set()
            for found in pl.collect_all(queries, engine=ENGINE):
                shown.update(found["t"].to_list())
            for whole in shown:
                clock.read(whole)
            # Read again only the rows that missed a part (a block's new day is a few of its
            # rows): the others found all three, and memos only grow (session 17, round 3).
            flags = [pl.col(f"{field}_missing") for field in missing]
            again = self._read(pl, out.lazy().with_row_index("row").filter(pl.any_horizontal(flags)), clock, given)
            rows = again["row"]
            changed = [name for field in given for name in (*TIMES[field], f"{field}_missing") if name is not None]
            out = out.with_columns(out[name].clone().scatter(rows, again[name]) for name in changed)
        return out.drop([f"{field}_{k}" for field in given for k in (0, 1, 2, 3, "missing")])

    def _read(self, pl: Any, lazy: Any, clock: Any, given: list[str]) -> Any:
        """One query: each given field's parts (sliced into columns ``field_0`` to ``field_2``,
        ``field_3`` whether its shape is canonical) looked up in the clock's memos."""
        memos = [self._series(pl, memo) for memo in (clock.days, clock.seconds, clock.offsets)]
        found, exprs = [], []
        for field, (us_name, east_name) in TIMES.items():
            if field not in given:  # the field is never given in this block
                exprs.append(pl.lit(None, dtype=pl.Int64).alias(us_name))
                if east_name is not None:
                    exprs.append(pl.lit(None, dtype=pl.Int64).alias(east_name))
                continue
            names = [f"{field}_{k}" for k in range(3)]
            found += [
                pl.col(name).replace_strict(keys, values, default=None, return_dtype=pl.Int64).alias(f"{name}_us")
                for name, (keys, values) in zip(names, memos, strict=True)
            ]
            day, second, east = (pl.col(f"{name}_us") for name in names)
            canonical = pl.col(f"{field}_3")
            exprs.append(pl.when(canonical).then(day + second * 1_000_000 - east).alias(us_name))
            exprs.append((canonical & (day.is_null() | second.is_null() | east.is_null())).alias(f"{field}_missing"))
            if east_name is not None:
                exprs.append(east.alias(east_name))
        if found:
            lazy = lazy.with_columns(found)
        return lazy.with_columns(exprs).drop([f"{f}_{k}_us" for f in given for k in range(3)]).collect(engine=ENGINE)

    def _series(self, pl: Any, memo: dict[str, int]) -> tuple[Any, Any]:
        """A clock memo's keys and values as two series (cached while the memo keeps its size)."""
        cached = self._memo_series.get(id(memo))
        if cached is None or cached[0] != len(memo):  # memos only grow: the same size, the same content
            cached = (len(memo), pl.Series(list(memo), dtype=pl.String), pl.Series(list(memo.values()), dtype=pl.Int64))
            self._memo_series[id(memo)] = cached
        return cached[1], cached[2]


def _parts(value: Any) -> tuple[Any, Any, Any]:
    """The day, the time of day and the offset of a canonical time (as the clock's memos key them)."""
    return value.str.slice(0, 10), value.str.slice(11, 8), value.str.slice(19)


def _canonical(value: Any) -> Any:
    """Whether a time has the canonical shape (its parts are then what :func:`_parts` slices)."""
    return value.str.len_bytes().is_in([20, 25]) & (value.str.slice(10, 1) == "T")


def others(pl: Any, lazy: Any) -> Any:
    """``lazy`` with the time values the canonical reading leaves to the memos (null where it read
    them), each flag a column computed once (a sub-expression would be computed again per use)."""
    col = pl.col
    lazy = lazy.with_columns(
        # A declared "minute" on a time whose seconds are zero truncates nothing: the same
        # moment, its end the moment itself (as ValueMemos._time reads it); what a writer of
        # this library emits for a time given to the minute.
        r_minute=col("r_us").is_not_null()
        & (col("reported_precision") == "minute")
        & (col("reported_at").str.slice(17, 2) == "00"),
    ).with_columns(
        r_canonical=col("r_us").is_not_null()
        & (col("reported_precision").is_null() | (col("reported_precision") == "second"))
        | col("r_minute").fill_null(False),
    )
    return lazy.with_columns(
        # The other forms (a day, a minute, a declared precision) repeat: judged once each, by the memos.
        r_other=pl.when(~col("r_canonical")).then(col("reported_at")),
        p_other=pl.when(~col("r_canonical")).then(col("reported_precision")),
        a_other=pl.when(col("a_us").is_null()).then(col("as_of")),
        c_other=pl.when(col("c_us").is_null()).then(col("recorded_at")),
    )


def said_times(pl: Any, now_us: int) -> dict[str, Any]:
    """reported_at (with its precision), as_of and recorded_at, as the quick path reads them: the
    canonical reading where there is one, else the memos' (the ``m*`` columns joined on)."""
    col, i64 = pl.col, pl.Int64
    utc = '"' + pl.from_epoch(col("r_us"), time_unit="us").dt.strftime("%Y-%m-%dT%H:%M:%S+00:00") + '"'
    as_of_utc = '"' + pl.from_epoch(col("a_us"), time_unit="us").dt.strftime("%Y-%m-%dT%H:%M:%S+00:00") + '"'
    canonical = col("r_canonical")
    return {
        "reported": pl.when(canonical).then(col("r_us")).otherwise(col("m_us")),
        "naive": pl.when(canonical).then(col("r_us") + col("r_east")).otherwise(col("m_naive")),
        "precision": pl.when(col("r_minute"))
        .then(pl.lit(_MINUTE, i64))
        .when(canonical)
        .then(pl.lit(_SECOND, i64))
        .otherwise(col("m_rank")),
        "available": pl.when(canonical).then(col("r_us")).otherwise(col("m_end")),
        "coarse": pl.when(canonical).then(pl.lit(0, i64)).otherwise(col("m_coarse")),
        "reported_text": pl.when(canonical).then(utc).otherwise(col("m_text")),
        "precision_text": pl.when(col("r_minute"))
        .then(pl.lit('"minute"'))
        .when(canonical)
        .then(pl.lit('"second"'))
        .otherwise(col("m_ptext")),
        "describes_raw": pl.coalesce(col("a_us"), col("ma_us")),
        "as_of_text": pl.when(col("as_of").is_null())
        .then(pl.lit("null"))
        .when(col("a_us").is_not_null())
        .then(as_of_utc)
        .otherwise(col("ma_text")),
        "recorded": pl.when(col("recorded_at").is_null())
        .then(pl.lit(now_us, i64))
        .otherwise(pl.coalesce(col("c_us"), col("mc_us"))),
    }
