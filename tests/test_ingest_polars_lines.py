"""The compiled reader's one query over a block's lines (``ingest_polars._line_shapes``, session 20):
each line's size, whether the grammar lets it through, its key count and its figure's first
character are what Python's own reading of the line gives, on any line, kept or not; and the
rows the block keeps carry the key count and figure shape of their own line."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

from casualtylog.bulk.ingest_polars import LINE, _line_shapes  # noqa: E402 - needs polars
from casualtylog.formats._files import MAX_LINE_BYTES  # noqa: E402

_GRAMMAR = re.compile(LINE)
_FIGURE = re.compile('"figure": ?([n0-9])')
#: Pieces of lines: fields the grammar knows, keys it does not, figures of every shape, broken JSON.
_PIECES = st.sampled_from(
    [
        '"event":"e"',
        '"event": "Київ: удар"',
        '"metric":"dead"',
        '"figure":"12"',
        '"figure": null',
        '"figure":7',
        '"figure": "about 5"',
        '"figure":x',
        '"source":{"name":"s","kind":"ngo"}',
        '"source": "a:b"',
        '"supersedes":["0123456789abcdef"]',
        '"via":7',
        '"other":"x"',
        '"reported_at":"2025-04-24T10:00:00+03:00"',
        '"quote":"a\\"b"',
        '"quote":":x"',
    ]
)


@st.composite
def lines(draw: st.DrawFn) -> str:
    parts = draw(st.lists(_PIECES, max_size=6))
    sep = draw(st.sampled_from([",", ", "]))
    line = "{" + sep.join(parts) + "}"
    if draw(st.integers(0, 5)) == 0:
        line = draw(st.text(alphabet='{}":, ab1n\\é', max_size=30))
    return line


@settings(max_examples=200, deadline=None)
@given(block=st.lists(lines(), min_size=1, max_size=12))
def test_line_shapes_are_pythons_reading_of_each_line(block: list[str]) -> None:
    got = _line_shapes(pl, pl.Series("raw", block, dtype=pl.String))
    assert got["raw"].to_list() == block
    for line, size, ok, colons, tail in zip(
        block,
        got["size"].to_list(),
        got["ok"].to_list(),
        got["colons"].to_list(),
        got["figure_tail"].to_list(),
        strict=True,
    ):
        assert size == len(line.encode())
        assert ok == (_GRAMMAR.search(line) is not None and size <= MAX_LINE_BYTES)
        assert colons == line.count('":')
        found = _FIGURE.search(line)
        assert tail == (None if found is None else found.group(1))


@settings(max_examples=60, deadline=None)
@given(block=st.lists(lines(), min_size=1, max_size=12))
def test_a_kept_row_has_its_own_lines_shape(block: list[str]) -> None:
    """A block of good and bad lines: the rows _block_rows keeps are the good lines, in order, each
    with its own line's key count and figure shape (the shapes are filtered with the lines)."""
    from casualtylog.bulk.ingest_polars import BlockReader  # noqa: PLC0415

    seen: list[object] = []

    class Spy(BlockReader):
        def _values(self, pl_: object, df: object) -> object:
            seen.append(df)
            return None

    from casualtylog.bulk.columns import ClaimColumns  # noqa: PLC0415
    from casualtylog.bulk.ingest import RowReader  # noqa: PLC0415
    from casualtylog.bulk.ingest_build import ColumnBuilder  # noqa: PLC0415

    now = datetime(2025, 5, 1, tzinfo=UTC)
    reader = Spy(RowReader(tz=None, path=None), ColumnBuilder(ClaimColumns()), name="x", tz=None, now=now, latest=now)
    shapes = _line_shapes(pl, pl.Series("raw", block, dtype=pl.String))
    reader._block_rows(pl, shapes, "\n".join(block).encode())
    good = [i for i, line in enumerate(block) if _GRAMMAR.search(line) is not None]
    if not seen:  # nothing let through, or polars did not read the lines the grammar let through
        return
    (df,) = seen
    assert df["position"].to_list() == good  # type: ignore[index]
    assert df["colons"].to_list() == [block[i].count('":') for i in good]  # type: ignore[index]
    figures = [_FIGURE.search(block[i]) for i in good]
    assert df["figure_tail"].to_list() == [None if f is None else f.group(1) for f in figures]  # type: ignore[index]
    for i, row in zip(good, df.iter_rows(named=True), strict=True):  # type: ignore[attr-defined]
        first = json.loads(block[i], object_pairs_hook=lambda pairs: dict(reversed(pairs)))  # polars keeps the first
        assert row["event"] == first.get("event")
