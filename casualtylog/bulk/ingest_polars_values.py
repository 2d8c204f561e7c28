"""The values of a block of lines, judged column by column for the compiled reader
(:mod:`casualtylog.bulk.ingest_polars`): each distinct value once, by the row-by-row reader's own
memos (:class:`~casualtylog.bulk.ingest_memos.ValueMemos`, that is, by :class:`~casualtylog.Claim`),
joined back onto every row that holds it; times by the parts the clock has seen valid; links,
quotes and urls by their shape; then the id hashed from the canonical JSON, as the quick path
hashes it (:mod:`casualtylog.bulk.ingest_quick`). A value no memo vouches for leaves its row to
the row-by-row reader."""

from __future__ import annotations

import json
from hashlib import sha256
from operator import methodcaller
from typing import Any

from casualtylog.bulk.columns import FLAG_AS_OF, FLAG_NO_FIGURE, FLAG_RETRACTS, FLAG_SUPERSEDES
from casualtylog.bulk.ingest import _ABSENT, _links
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.claims import MAX_TEXT
from casualtylog.times import Precision

__all__ = ["BLANK", "FIELDS", "BlockValues"]

_SECOND, _MINUTE = Precision.SECOND.rank, Precision.MINUTE.rank
_MAX_QUOTE, _MAX_URL = MAX_TEXT["quote"], MAX_TEXT["url"]
#: The fields a vouched line may give (ingest_polars.LINE names the same).
FIELDS = (
    "event",
    "metric",
    "group",
    "via",
    "reported_at",
    "reported_precision",
    "as_of",
    "recorded_at",
    "status",
    "quote",
    "url",
    "language",
    "id",
    "figure",
    "source",
    "supersedes",
    "retracts",
)
#: Characters Python's str.strip() removes (str.isspace) that a line may hold raw: a quote or url
#: of only these is blank (none), as Claim reads it. tests/test_ingest_polars.py checks the list.
BLANK = " \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


class BlockValues(QuickReader):
    """The row-by-row reader's state and memos, and the block's values judged with them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._memo_series: dict[int, tuple[int, Any, Any]] = {}
        self._block_sources: dict[str, Any] = {}  # a source's text as polars gives it: the memo's answer

    def _judged(self, pl: Any, df: Any, on: list[str], judge: Any, out: dict[str, Any]) -> Any:
        """``df`` with the columns ``out`` joined on: ``judge`` of each distinct value of ``on``
        (a tuple in the order of ``out``, or ``None``: the row is not vouched for)."""
        if all(df[name].null_count() == df.height for name in on):  # none to judge (no as_of, say)
            got = judge(*([None] * len(on)))
            return df.with_columns(
                pl.lit(None if got is None else got[i], dtype=dtype).alias(name)
                for i, (name, dtype) in enumerate(out.items())
            )
        distinct = df.select(on).unique(maintain_order=True)
        got = [judge(*values) for values in distinct.iter_rows()]
        columns = [
            pl.Series(name, [None if g is None else g[i] for g in got], dtype=dtype)
            for i, (name, dtype) in enumerate(out.items())
        ]
        table = distinct.with_columns(columns)
        return df.join(table, on=on, how="left", nulls_equal=True, maintain_order="left")

    def _repeating(self, pl: Any, df: Any) -> Any:
        """The repeating fields, each distinct value judged once by the memos (that is, by Claim)."""
        i64, text = pl.Int64, pl.String

        def count(event: Any, metric: Any, group: Any) -> Any:
            got = self._count(event, metric, group)
            return None if got is None else (got[0], got[1][:-1])  # the text without its last comma

        def figure(value: Any, number: Any) -> Any:
            # polars gives a number as its digits: the line says whether it was one (a JSON integer).
            # A line naming figure twice may say so of the key polars did not keep: not vouched for
            # (the field count refuses it too), the row-by-row reader names the field.
            if number and not (value.__class__ is str and value.isascii() and value.isdigit()):
                return None
            got = self._figure_number(int(value)) if number else self._figure(value)
            return None if got is None else (got[0], *got[2:])

        def source(value: Any) -> Any:
            if value is None:  # no source: the row-by-row reader says so
                return None
            got = self._block_sources.get(value, self._block_sources)
            if got is self._block_sources:
                given: Any = value
                got = None
                if value.startswith("{"):  # polars gives an object field as its JSON text
                    try:
                        given = json.loads(value)
                    except ValueError:
                        given = None
                found = None if given is None else self._source(given)
                got = self._block_sources[value] = None if found is None else (*found[:3], found[4])
            return got

        def channel(via: Any, language: Any, status: Any) -> Any:
            said, tongue = self._name("via", via), self._name("language", language)
            firmness = self._status("reported" if status is None else status)
            if said is None or tongue is None or firmness is None:
                return None
            return (said[1], tongue[1], firmness[0], firmness[1])

        df = self._judged(pl, df, ["event", "metric", "group"], count, {"count": i64, "count_text": text})
        df = self._judged(
            pl,
            df,
            ["figure", "figure_number"],
            figure,
            {
                "figure_text": text,
                "low": i64,
                "high": i64,
                "point": i64,
                "qualifier": i64,
                "figure_flags": i64,
                "figure_code": i64,
            },
        )
        df = self._judged(
            pl, df, ["source"], source, {"source_code": i64, "kind": i64, "source_text": text, "source_keys": i64}
        )
        return self._judged(
            pl,
            df,
            ["via", "language", "status"],
            channel,
            {"via_text": text, "language_text": text, "status_text": text, "status_rank": i64},
        )

    def _clocked(self, pl: Any, times: Any) -> Any:
        """µs and µs east of UTC of canonical times whose three parts the clock has seen valid
        (as :class:`~casualtylog.bulk.ingest_clock.Clock` reads them), null elsewhere."""
        if times.null_count() == len(times):  # the field is never given in this block
            return pl.Series(times.name, [None] * len(times), dtype=pl.Int64), None
        clock = self._clock
        canonical = times.str.len_bytes().is_in([20, 25]) & (times.str.slice(10, 1) == "T")
        parts = (times.str.slice(0, 10), times.str.slice(11, 8), times.str.slice(19))
        memos = (clock.days, clock.seconds, clock.offsets)
        found = [self._known(pl, part, memo) for part, memo in zip(parts, memos, strict=True)]
        missing = canonical & (found[0].is_null() | found[1].is_null() | found[2].is_null())
        if missing.any():
            # One whole time holding each new part, read (and its parts remembered if valid) by the clock.
            new = pl.DataFrame({"t": times, "d": parts[0], "s": parts[1], "o": parts[2]}).filter(missing)
            shown: set[str] = set()
            for part in ("d", "s", "o"):
                shown.update(new.unique(subset=[part], keep="first")["t"].to_list())
            for whole in shown:
                clock.read(whole)
            found = [self._known(pl, part, memo) for part, memo in zip(parts, memos, strict=True)]
        day, second, east = found
        us = pl.select(pl.when(pl.lit(canonical)).then(pl.lit(day) + pl.lit(second) * 1_000_000 - pl.lit(east)))
        return us.to_series(), east

    def _known(self, pl: Any, part: Any, memo: dict[str, int]) -> Any:
        """``part`` looked up in a clock memo (null where it holds no such part)."""
        cached = self._memo_series.get(id(memo))
        if cached is None or cached[0] != len(memo):  # memos only grow: the same size, the same content
            cached = (len(memo), pl.Series(list(memo), dtype=pl.String), pl.Series(list(memo.values()), dtype=pl.Int64))
            self._memo_series[id(memo)] = cached
        return part.replace_strict(cached[1], cached[2], default=None, return_dtype=pl.Int64)

    def _said_times(self, pl: Any, df: Any) -> Any:
        """reported_at (with its precision), as_of and recorded_at, as the quick path reads them."""
        col, i64, text = pl.col, pl.Int64, pl.String
        reported_us, reported_east = self._clocked(pl, df["reported_at"])
        as_of_us, _ = self._clocked(pl, df["as_of"])
        recorded_us, _ = self._clocked(pl, df["recorded_at"])
        df = (
            df.with_columns(
                r_us=reported_us,
                r_east=reported_east,
                a_us=as_of_us,
                c_us=recorded_us,
            )
            .with_columns(
                # A declared "minute" on a time whose seconds are zero truncates nothing: the same
                # moment, its end the moment itself (as ValueMemos._time reads it); what a writer of
                # this library emits for a time given to the minute.
                r_minute=col("r_us").is_not_null()
                & (col("reported_precision") == "minute")
                & (col("reported_at").str.slice(17, 2) == "00"),
            )
            .with_columns(
                r_canonical=col("r_us").is_not_null()
                & (col("reported_precision").is_null() | (col("reported_precision") == "second"))
                | col("r_minute").fill_null(False),
            )
        )
        # The other forms (a day, a minute, a declared precision) repeat: judged once each, by the memos.
        df = df.with_columns(
            r_other=pl.when(~col("r_canonical")).then(col("reported_at")),
            p_other=pl.when(~col("r_canonical")).then(col("reported_precision")),
            a_other=pl.when(col("a_us").is_null()).then(col("as_of")),
            c_other=pl.when(col("c_us").is_null()).then(col("recorded_at")),
        )

        def reported(raw: Any, declared: Any) -> Any:
            if raw is None:
                return None
            return self._time(raw, _ABSENT if declared is None else declared, "reported_at")

        def as_of(raw: Any) -> Any:
            got = None if raw is None else self._time(raw, _ABSENT, "as_of")
            return None if got is None else (got[0], got[5])

        def recorded(raw: Any) -> Any:
            got = None if raw is None else self._recorded(raw)
            return None if got is None else (got,)

        df = self._judged(
            pl,
            df,
            ["r_other", "p_other"],
            reported,
            {
                "m_us": i64,
                "m_naive": i64,
                "m_rank": i64,
                "m_end": i64,
                "m_coarse": i64,
                "m_text": text,
                "m_ptext": text,
            },
        )
        df = self._judged(pl, df, ["a_other"], as_of, {"ma_us": i64, "ma_text": text})
        df = self._judged(pl, df, ["c_other"], recorded, {"mc_us": i64})
        utc = '"' + pl.from_epoch(col("r_us"), time_unit="us").dt.strftime("%Y-%m-%dT%H:%M:%S+00:00") + '"'
        as_of_utc = '"' + pl.from_epoch(col("a_us"), time_unit="us").dt.strftime("%Y-%m-%dT%H:%M:%S+00:00") + '"'
        canonical = col("r_canonical")
        return df.with_columns(
            reported=pl.when(canonical).then(col("r_us")).otherwise(col("m_us")),
            naive=pl.when(canonical).then(col("r_us") + col("r_east")).otherwise(col("m_naive")),
            precision=pl.when(col("r_minute"))
            .then(pl.lit(_MINUTE, i64))
            .when(canonical)
            .then(pl.lit(_SECOND, i64))
            .otherwise(col("m_rank")),
            available=pl.when(canonical).then(col("r_us")).otherwise(col("m_end")),
            coarse=pl.when(canonical).then(pl.lit(0, i64)).otherwise(col("m_coarse")),
            reported_text=pl.when(canonical).then(utc).otherwise(col("m_text")),
            precision_text=pl.when(col("r_minute"))
            .then(pl.lit('"minute"'))
            .when(canonical)
            .then(pl.lit('"second"'))
            .otherwise(col("m_ptext")),
            describes_raw=pl.coalesce(col("a_us"), col("ma_us")),
            as_of_text=pl.when(col("as_of").is_null())
            .then(pl.lit("null"))
            .when(col("a_us").is_not_null())
            .then(as_of_utc)
            .otherwise(col("ma_text")),
            recorded=pl.when(col("recorded_at").is_null())
            .then(pl.lit(self.now_us, i64))
            .otherwise(pl.coalesce(col("c_us"), col("mc_us"))),
        )

    def _vouched(self, pl: Any, df: Any) -> Any:
        """The rows vouched for, with their ids (hashed as claim_ids.content_id hashes a claim)."""
        col, i64 = pl.col, pl.Int64
        quoted = {}
        for field, limit in (("quote", _MAX_QUOTE), ("url", _MAX_URL)):
            value = col(field)
            quoted[f"{field}_text"] = (
                pl.when(value.is_null() | value.str.contains(f"^[{BLANK}]*$"))
                .then(pl.lit("null"))
                .when(value.str.len_chars() <= limit)
                .then('"' + value + '"')  # no backslash, quote or control character: JSON as json writes it
            )
        df = df.with_columns(**quoted)
        for field in ("supersedes", "retracts"):
            df = self._links(pl, df, field)
        present = pl.sum_horizontal(
            *(col(f).is_not_null().cast(i64) for f in FIELDS if f != "figure"),
            (col("figure").is_not_null() | col("figure_null")).cast(i64),
            col("source_keys"),
        )
        no_figure = (col("figure_flags") & FLAG_NO_FIGURE) != 0
        vouched = (
            (col("colons") == present)  # each field once: polars keeps the first of two, load_jsonl refuses
            & col("count").is_not_null()
            & col("figure_text").is_not_null()
            & (col("figure").is_not_null() | col("figure_null"))
            & col("source_code").is_not_null()
            & col("via_text").is_not_null()
            & col("language_text").is_not_null()
            & col("status_text").is_not_null()
            & col("reported").is_not_null()
            & (col("as_of").is_null() | col("describes_raw").is_not_null())
            & col("recorded").is_not_null()
            & (col("recorded") <= self.latest_us)  # in the future: the row-by-row reader says so
            & col("quote_text").is_not_null()
            & col("url_text").is_not_null()
            & col("supersedes_text").is_not_null()
            & col("retracts_text").is_not_null()
            & ~(no_figure & (col("retracts_count") == 0))  # only a retraction may omit a figure
        )
        df = df.filter(vouched)
        # The canonical JSON of claim_ids.content_id, from its pieces (pinned by stored logs).
        canonical = pl.concat_str(
            [
                col("count_text"),  # "[event,metric,group": the list's first three items
                col("figure_text"),
                col("source_text"),
                col("via_text"),
                col("reported_text"),
                col("precision_text"),
                col("as_of_text"),
                col("status_text"),
                col("supersedes_text"),
                col("retracts_text"),
                col("quote_text"),
                col("url_text"),
                col("language_text"),
            ],
            separator=",",
        ) + pl.lit("]")
        texts = df.select(canonical.cast(pl.Binary)).to_series().to_list()
        digests = b"".join(map(methodcaller("digest"), map(sha256, texts)))
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        key = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 32)[:, :8].copy().view(">u8").ravel()
        df = df.with_columns(key=pl.Series("key", key.astype(np.uint64)))
        if df["id"].is_not_null().any():
            hex_id = pl.Series("hex", key.astype(">u8").view("V8").tolist(), dtype=pl.Binary).bin.encode("hex")
            matches = df["id"].is_null() | (df["id"] == "") | (df["id"] == hex_id)
            df = df.filter(matches)  # a wrong id, or one of names as stored before normalising: Claim decides
        return df.with_columns(
            flags=col("figure_flags")
            | col("coarse")
            | pl.when(col("as_of").is_not_null()).then(pl.lit(FLAG_AS_OF, i64)).otherwise(pl.lit(0, i64))
            | pl.when(col("supersedes_count") > 0).then(pl.lit(FLAG_SUPERSEDES, i64)).otherwise(pl.lit(0, i64))
            | pl.when(col("retracts_count") > 0).then(pl.lit(FLAG_RETRACTS, i64)).otherwise(pl.lit(0, i64)),
            describes=pl.coalesce(col("describes_raw"), col("reported")),
        )

    def _links(self, pl: Any, df: Any, field: str) -> Any:
        """``supersedes`` or ``retracts`` as their canonical JSON text and how many ids they hold:
        one id (bare or alone in a list) or none in polars (the usual case); any other list of ids
        by ``_links`` on the value json reads (sorted, without repeats, at most MAX_LINKS)."""
        col, i64 = pl.col, pl.Int64
        value = col(field)
        bare = value.str.contains("^[0-9a-f]{16}$")
        alone = value.str.contains(r'^\["[0-9a-f]{16}"\]$')  # polars gives a list field as its JSON text
        plain = value.is_null() | (value == "[]") | bare | alone
        df = df.with_columns(pl.when(~plain).then(value).alias("links_other"))

        def judge(given: Any) -> Any:
            if given is None:
                return None
            try:
                ids = _links(json.loads(given))
            except ValueError:
                return None
            if ids is None:
                return None
            return ('["' + '","'.join(ids) + '"]' if ids else "[]", len(ids))

        df = self._judged(pl, df, ["links_other"], judge, {"links_text": pl.String, "links_count": i64})
        return df.with_columns(
            pl.when(value.is_null() | (value == "[]"))
            .then(pl.lit("[]"))
            .when(bare)
            .then('["' + value + '"]')
            .when(alone)
            .then(value)
            .otherwise(col("links_text"))
            .alias(f"{field}_text"),
            pl.when(value.is_null() | (value == "[]"))
            .then(pl.lit(0, i64))
            .when(bare | alone)
            .then(pl.lit(1, i64))
            .otherwise(col("links_count"))
            .alias(f"{field}_count"),
        ).drop("links_other", "links_text", "links_count")
