"""The values of a block of lines, judged column by column for the compiled reader
(:mod:`casualtylog.bulk.ingest_polars`): each distinct value once, by the row-by-row reader's own
memos (:class:`~casualtylog.bulk.ingest_memos.ValueMemos`, that is, by :class:`~casualtylog.Claim`),
joined back onto every row that holds it; times by the parts the clock has seen valid
(:mod:`casualtylog.bulk.ingest_polars_times`); links, quotes and urls by their shape; then the id
hashed from the canonical JSON, as the quick path hashes it (:mod:`casualtylog.bulk.ingest_quick`).
A value no memo vouches for leaves its row to the row-by-row reader.

A block is three queries (the times, the columns the judges need, then everything else joined,
checked and filtered in one lazy query) and one pass of Python over its distinct values: polars
runs each eager call as a query of its own, with a fixed cost that a hundred calls a block made
the larger part of the time (session 16)."""

from __future__ import annotations

import json
from hashlib import sha256
from typing import Any

from casualtylog.bulk.columns import FLAG_AS_OF, FLAG_NO_FIGURE, FLAG_RETRACTS, FLAG_SUPERSEDES
from casualtylog.bulk.ingest import _ABSENT, _links
from casualtylog.bulk.ingest_polars_counts import judge_counts
from casualtylog.bulk.ingest_polars_times import ENGINE, TimeColumns, others, said_times
from casualtylog.bulk.ingest_quick import QuickReader
from casualtylog.claims import MAX_TEXT

__all__ = ["BLANK", "FIELDS", "BlockValues"]

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


#: A link field polars gives as one bare id, or as a list of one id (its JSON text).
_BARE, _ALONE = "^[0-9a-f]{16}$", r'^\["[0-9a-f]{16}"\]$'
_LINK_FIELDS = ("supersedes", "retracts")
_ANSWERS = 1 << 15  # answers a judge keeps (see _each)


class BlockValues(QuickReader):
    """The row-by-row reader's state and memos, and the block's values judged with them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._time_columns = TimeColumns()
        self._block_sources: dict[str, Any] = {}  # a source's text as polars gives it: the memo's answer
        self._answers: dict[str, dict[Any, Any]] = {}  # each judge's answers, kept across blocks (see _each)
        self._exprs: dict[str, Any] = {}  # the expressions every block uses, built once (see _once)

    def _values(self, pl: Any, df: Any) -> Any:
        """The rows of ``df`` (a block's fields as polars read them) vouched for, with their ids."""
        df = self._time_columns.clocked(pl, df, self._clock)
        shapes, links = self._once("shapes", lambda: _shapes(pl))
        df = others(pl, df.lazy().with_columns(**shapes)).with_columns(**links).collect(engine=ENGINE)
        lazy = self._judged(pl, df, self._judges(pl))
        said = self._once("said", lambda: {**said_times(pl, self.now_us), **_shaped(pl)})
        return self._vouched(pl, lazy.with_columns(**said))

    def _once(self, name: str, make: Any) -> Any:
        """``make()``, made once a read: a block's expressions are the same every block, and building
        them in Python cost about half a millisecond a block (session 20)."""
        got = self._exprs.get(name)
        if got is None:
            got = self._exprs[name] = make()
        return got

    def _judged(self, pl: Any, df: Any, judges: list[tuple[list[str], Any, dict[str, Any]]]) -> Any:
        """``df`` (lazy) with the columns of each judge's ``out`` joined on: ``judge(pl, values,
        out)`` of the frame of distinct values of its ``on`` gives the columns of ``out``, one row
        a value (nulls: the row is not vouched for). The judges run in the order given, each over its
        values in file order (so codes are given as the row-by-row reader gives them)."""
        nulls = df.null_count().row(0, named=True)
        given = [on for on, _, _ in judges if any(nulls[name] < df.height for name in on)]
        distinct = dict(
            zip(
                map(tuple, given),
                pl.collect_all([df.lazy().select(on).unique(maintain_order=True) for on in given], engine=ENGINE),
                strict=True,
            )
        )
        lits, joins = [], []
        for on, judge, out in judges:
            values = distinct.get(tuple(on))
            if values is None:  # none to judge (no as_of, say): the one value is a row of nulls
                got = judge(pl, df.select(on).head(1), out)
                lits += [
                    pl.lit(column[0], dtype=dtype).alias(name)
                    for column, (name, dtype) in zip(got, out.items(), strict=True)
                ]
                continue
            table = values.hstack(judge(pl, values, out))
            # Joined onto the key columns alone, not the whole block: a join gathers every column
            # it carries. The distinct values are unique, so the result is row for row the block's.
            joins.append(
                df.lazy()
                .select(on)
                .join(table.lazy(), on=on, how="left", nulls_equal=True, maintain_order="left")
                .select(list(out))
            )
        columns = [column for joined in pl.collect_all(joins, engine=ENGINE) for column in joined.get_columns()]
        return df.hstack(columns).lazy().with_columns(lits)

    def _judges(self, pl: Any) -> list[tuple[list[str], Any, dict[str, Any]]]:
        """What the memos judge, in the order the row-by-row reader meets it: the repeating fields,
        the times not read canonically, the links that are not a single id."""
        i64, text = pl.Int64, pl.String
        answers = self._answers

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

        def counts(pl: Any, keys: Any, out: dict[str, Any]) -> list[Any]:
            return judge_counts(self, pl, keys, out)

        figure_out = ("figure_text", "low", "high", "point", "qualifier", "figure_flags", "figure_code")
        said_out = ("m_us", "m_naive", "m_rank", "m_end", "m_coarse", "m_text", "m_ptext")
        judges: list[tuple[list[str], Any, dict[str, Any]]] = [
            # Every key of a block at once, its event names in polars (ingest_polars_counts, session 19).
            (["event", "metric", "group"], counts, {"count": i64, "count_text": text, "count_colons": i64}),
            (
                ["figure", "figure_number"],
                _each(figure, answers.setdefault("figure", {})),
                {n: text if n == "figure_text" else i64 for n in figure_out},
            ),
            (
                ["source"],
                _each(source, answers.setdefault("source", {})),
                {"source_code": i64, "kind": i64, "source_text": text, "source_keys": i64},
            ),
            (
                ["via", "language", "status"],
                _each(channel, answers.setdefault("channel", {})),
                {"via_text": text, "language_text": text, "status_text": text, "status_rank": i64},
            ),
            (
                ["r_other", "p_other"],
                _each(reported, answers.setdefault("reported", {})),
                {n: text if n.endswith("text") else i64 for n in said_out},
            ),
            (["a_other"], _each(as_of, answers.setdefault("as_of", {})), {"ma_us": i64, "ma_text": text}),
            (["c_other"], _each(recorded, answers.setdefault("recorded", {})), {"mc_us": i64}),
        ]
        for field in _LINK_FIELDS:
            judges.append(
                (
                    [f"{field}_other"],
                    _each(_judge_links, answers.setdefault(field, {})),
                    {f"{field}_ltext": text, f"{field}_lcount": i64},
                )
            )
        return judges

    def _vouched(self, pl: Any, lazy: Any) -> Any:
        """The rows vouched for, with their ids (hashed as claim_ids.content_id hashes a claim)."""
        vouched, added = self._once("vouched", lambda: _vouched_exprs(pl, self.latest_us))
        df = lazy.filter(vouched).with_columns(**added).collect(engine=ENGINE)
        digests = _digests(df["canonical"].to_list())
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        key = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 32)[:, :8].copy().view(">u8").ravel()
        df = df.hstack([pl.Series("key", key.astype(np.uint64))])
        if df["id"].is_not_null().any():
            hex_id = pl.Series("hex", key.astype(">u8").view("V8").tolist(), dtype=pl.Binary).bin.encode("hex")
            matches = df["id"].is_null() | (df["id"] == "") | (df["id"] == hex_id)
            df = df.filter(matches)  # a wrong id, or one of names as stored before normalising: Claim decides
        return df


def _vouched_exprs(pl: Any, latest_us: int) -> tuple[Any, dict[str, Any]]:
    """Which rows ``BlockValues._vouched`` keeps, and the columns it adds to them (the canonical
    JSON as bytes, the flags, the moment described)."""
    col, i64 = pl.col, pl.Int64
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
        & (col("recorded") <= latest_us)  # in the future: the row-by-row reader says so
        & col("quote_text").is_not_null()
        & col("url_text").is_not_null()
        & col("supersedes_text").is_not_null()
        & col("retracts_text").is_not_null()
        & ~(no_figure & (col("retracts_count") == 0))  # only a retraction may omit a figure
    )
    # The canonical JSON of claim_ids.content_id, from its pieces (pinned by stored logs).
    canonical = pl.concat_str(
        [
            col("count_text") + col("figure_text"),  # "[event,metric,group," then the figure
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
    added = {
        "canonical": canonical.cast(pl.Binary),
        "flags": col("figure_flags")
        | col("coarse")
        | pl.when(col("as_of").is_not_null()).then(pl.lit(FLAG_AS_OF, i64)).otherwise(pl.lit(0, i64))
        | pl.when(col("supersedes_count") > 0).then(pl.lit(FLAG_SUPERSEDES, i64)).otherwise(pl.lit(0, i64))
        | pl.when(col("retracts_count") > 0).then(pl.lit(FLAG_RETRACTS, i64)).otherwise(pl.lit(0, i64)),
        "describes": pl.coalesce(col("describes_raw"), col("reported")),
    }
    return vouched, added


def _shapes(pl: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The figure's and the links' shapes (``BlockValues._values``), then the links left to a judge."""
    col = pl.col
    tail = col("figure_tail")
    shapes = {"figure_null": (tail == "n").fill_null(False), "figure_number": (tail != "n").fill_null(False)}
    for field in _LINK_FIELDS:
        value = col(field)
        shapes[f"{field}_bare"] = value.str.contains(_BARE)
        shapes[f"{field}_alone"] = value.str.contains(_ALONE)  # polars gives a list field as its JSON text
    links = {}
    for field in _LINK_FIELDS:
        value, plain = col(field), col(f"{field}_bare") | col(f"{field}_alone")
        links[f"{field}_other"] = pl.when(~(value.is_null() | (value == "[]") | plain)).then(value)
    return shapes, links


def _each(judge: Any, answers: dict[Any, Any]) -> Any:
    """A judge of one value (its ``on`` as arguments, an answer tuple in the order of ``out``, or
    ``None``) as a judge of the frame of distinct values (see ``BlockValues._judged``). Its answers
    are kept in ``answers`` across blocks: about half of a block's distinct figures and times were
    judged in an earlier block, and a look-up by ``map`` costs no Python call (session 19). A judge's
    answer for a value never changes within a read (the memos' answers do not)."""

    def judged(pl: Any, values: Any, out: dict[str, Any]) -> list[Any]:
        rows = values.rows()
        got = list(map(answers.get, rows))
        if None in got:
            nothing = (None,) * len(out)  # the row is not vouched for
            if len(answers) >= _ANSWERS:  # bounded, as the time memos are
                answers.clear()
            for i, row in enumerate(rows):
                if got[i] is None:
                    got[i] = answers[row] = judge(*row) or nothing
        return [
            pl.Series(name, column, dtype=dtype)
            for (name, dtype), column in zip(out.items(), zip(*got, strict=True), strict=True)
        ]

    return judged


def _digests(texts: list[bytes]) -> bytes:
    """The SHA-256 of each text, one after another. Each hash starts as a copy of an empty one: a
    new ``sha256()`` looks the digest up in OpenSSL 3 again (Python < 3.12), about a third of the
    cost of hashing a line's canonical text (session 17)."""
    new = sha256().copy
    out = bytearray()
    for text in texts:
        one = new()
        one.update(text)
        out += one.digest()
    return bytes(out)


def _shaped(pl: Any) -> dict[str, Any]:
    """Quotes and urls as their JSON text, and ``supersedes`` and ``retracts`` as their canonical
    JSON text and how many ids they hold: one id (bare or alone in a list) or none read in polars
    (the usual case); any other list of ids as :func:`_judge_links` judged it."""
    col, i64 = pl.col, pl.Int64
    out = {}
    for field, limit in (("quote", _MAX_QUOTE), ("url", _MAX_URL)):
        value = col(field)
        out[f"{field}_text"] = (
            pl.when(value.is_null() | value.str.contains(f"^[{BLANK}]*$"))
            .then(pl.lit("null"))
            .when(value.str.len_chars() <= limit)
            .then('"' + value + '"')  # no backslash, quote or control character: JSON as json writes it
        )
    for field in _LINK_FIELDS:
        value, bare, alone = col(field), col(f"{field}_bare"), col(f"{field}_alone")
        out[f"{field}_text"] = (
            pl.when(value.is_null() | (value == "[]"))
            .then(pl.lit("[]"))
            .when(bare)
            .then('["' + value + '"]')
            .when(alone)
            .then(value)
            .otherwise(col(f"{field}_ltext"))
        )
        out[f"{field}_count"] = (
            pl.when(value.is_null() | (value == "[]"))
            .then(pl.lit(0, i64))
            .when(bare | alone)
            .then(pl.lit(1, i64))
            .otherwise(col(f"{field}_lcount"))
        )
    return out


def _judge_links(given: Any) -> Any:
    """Any other list of ids by ``_links`` on the value json reads (sorted, without repeats, at
    most MAX_LINKS): its canonical JSON text and how many ids it holds."""
    if given is None:
        return None
    try:
        ids = _links(json.loads(given))
    except ValueError:
        return None
    if ids is None:
        return None
    return ('["' + '","'.join(ids) + '"]' if ids else "[]", len(ids))
