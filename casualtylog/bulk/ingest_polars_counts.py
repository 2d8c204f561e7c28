"""A block's distinct (event, metric, group) keys judged together, for the compiled reader
(:mod:`casualtylog.bulk.ingest_polars_values`).

A block of 17,000 lines brings about 2,600 keys, most of them new, and about 1,000 new event names:
judged one by one in Python (the memos' ``_counts_of``) they cost about 2.5 µs each, 0.35 µs a
line, the largest piece of the judges' Python (session 19). Here an event name is judged by a
pattern in polars where the pattern vouches for it (:data:`PLAIN_NAME`: the name is then its own
value); every other event, and every metric and group (a dozen a block), by the memos, that is by
Claim's own rules, once per distinct value. The key's JSON text and colons are made in one polars
query (a query costs a fixed 0.3 ms or so however small the frame, so there is no join: a (metric,
group) pair's part is gathered by the pair's number), and Python only gives each new key its code
(:meth:`ColumnBuilder.count_codes`), with C-level maps."""

from __future__ import annotations

import sys
from operator import itemgetter
from typing import Any

from casualtylog.bulk.ingest_memos import ValueMemos
from casualtylog.names import MAX_NAME

__all__ = ["PLAIN_NAME", "judge_counts", "plain_names"]

#: A name Claim keeps as it is given: printable ASCII words (no quote or backslash, which the
#: line grammar leaves out anyway) one space apart. It holds no control or invisible character, no
#: whitespace but single inner spaces (so ``" ".join(name.split())`` is the name), and it is its own
#: NFC; so ``normalise_name`` returns it unchanged and its JSON text is itself between quotes.
PLAIN_NAME = r"^[!#-\[\]-~]+(?: [!#-\[\]-~]+)*$"
_MAX_EVENT = MAX_NAME["event"]


def plain_names(pl: Any, names: Any) -> Any:
    """Whether each of ``names`` (an expression) is an event :data:`PLAIN_NAME` vouches for, of at
    most Claim's length for an event (in bytes: it is ASCII); nulls are not."""
    return (names.str.contains(PLAIN_NAME) & (names.str.len_bytes() <= _MAX_EVENT)).fill_null(False)


def judge_counts(memos: ValueMemos, pl: Any, keys: Any, out: dict[str, Any]) -> list[Any]:
    """The columns of ``out`` (code, JSON text of ``[event,metric,group,``, colons) for ``keys``,
    a block's distinct (event, metric, group) keys in file order; nulls where Claim refuses a name
    (the row goes to the row-by-row reader). Codes are given in the order of the keys, as the
    memos' ``_counts_of`` gives them."""
    col, i64, text = pl.col, pl.Int64, pl.String
    name = memos._name
    metrics, groups = keys["metric"].to_list(), keys["group"].to_list()
    said = {one: name("metric", one) for one in dict.fromkeys(metrics)}
    who = {one: name("group", one) for one in dict.fromkeys(groups)}
    # Each distinct (metric, group) pair's part of the text and colons, made once a pair (a few
    # dozen a block) and gathered by the pair's number: one look-up where four replace_strict were.
    pairs = {pair: i for i, pair in enumerate(dict.fromkeys(zip(metrics, groups, strict=True)))}
    parts = [(said[metric], who[group]) for metric, group in pairs]
    number = pl.Series(list(map(pairs.__getitem__, zip(metrics, groups, strict=True))), dtype=pl.UInt32)
    pair_text = pl.Series([None if a is None or b is None else f"{a[1]},{b[1]}," for a, b in parts], dtype=text)
    pair_colons = pl.Series([None if a is None or b is None else a[2] + b[2] for a, b in parts], dtype=i64)
    event = col("event")
    frame = keys.select(
        plain=plain_names(pl, event),
        # The event's part of the text where it is plain (see PLAIN_NAME), then the pair's.
        text='["' + event + '",' + pl.lit(pair_text).gather(number),
        colons=event.str.count_matches(":", literal=True).cast(i64) + pl.lit(pair_colons).gather(number),
    )
    texts, colons = frame["text"], frame["colons"]
    if (frame["plain"] & texts.is_not_null()).all():  # the usual block: every name vouched for
        first = itemgetter(0)
        # One copy of each event name, however many claims (as counts._event keeps it).
        events = map(sys.intern, keys["event"].to_list())
        values = zip(
            events, map(first, map(said.__getitem__, metrics)), map(first, map(who.__getitem__, groups)), strict=True
        )
        code = pl.Series("count", memos.builder.count_codes(list(values)), dtype=i64)
    else:
        code, texts, colons = _one_by_one(memos, pl, keys, frame, said, who)
    count, text_name, colons_name = out
    return [code.alias(count), texts.alias(text_name), colons.alias(colons_name)]


def _one_by_one(memos: ValueMemos, pl: Any, keys: Any, frame: Any, said: dict[Any, Any], who: dict[Any, Any]) -> Any:
    """Code, text and colons of each key as the memos judge it, where the pattern left an event
    to them or Claim refused a name: the vouched parts kept, the rest judged in Python, in order."""
    plain = frame["plain"].to_list()
    texts, colons = frame["text"].to_list(), frame["colons"].to_list()
    counts, rows = [], []
    for i, (event, metric, group) in enumerate(keys.iter_rows()):
        what, whom = said[metric], who[group]
        if what is None or whom is None:
            continue
        if plain[i]:
            value = sys.intern(event)
        else:
            one = memos._name("event", event)
            if one is None:
                continue
            value = one[0]
            texts[i] = f"[{one[1]},{what[1]},{whom[1]},"
            colons[i] = one[2] + what[2] + whom[2]
        counts.append((value, what[0], whom[0]))
        rows.append(i)
    codes: list[Any] = [None] * keys.height
    for i, got in zip(rows, memos.builder.count_codes(counts), strict=True):
        codes[i] = got
    for i in set(range(keys.height)).difference(rows):
        texts[i] = colons[i] = None
    return (
        pl.Series("count", codes, dtype=pl.Int64),
        pl.Series("text", texts, dtype=pl.String),
        pl.Series("colons", colons, dtype=pl.Int64),
    )
