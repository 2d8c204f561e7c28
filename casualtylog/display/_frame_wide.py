"""A wide frame's rows (several figure columns a row, read through a table mapping) as the
rows :func:`~casualtylog.formats.mapping.claims_from_rows` reads: only the columns the
mapping names, each cell text, a number, a date or nothing.

The wide side of :mod:`casualtylog.display.frame_input`; docs/tables.md describes mappings.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from numbers import Integral
from typing import TYPE_CHECKING, Any

from casualtylog.display._frame_cells import column_values
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.mapping import TableMapping, check_header

if TYPE_CHECKING:
    import pandas as pd

SOURCE_NAME = "<frame>"
# What a template or a figure can read from a cell as a CSV file would hold it; a bool is
# its text ("True"), as a skip or rule column may hold it.
_CELL_TYPES = (str, Integral, float, Decimal, date)


def wide_rows(frame: pd.DataFrame, mapping: TableMapping) -> Iterator[dict[str, Any]]:
    """Each row of ``frame`` as ``{column: cell}`` over the columns ``mapping`` reads.

    Raises:
        ClaimFormatError: a column the mapping names is missing (before any row) or is in the
            frame twice (by its text: ``1`` and ``"1"`` are one name); (while iterating) a cell
            is no text, number or date (bytes, a list, a mapping, a duration), naming its row,
            column and value, in row order.
    """
    labels = [str(c) for c in frame.columns]
    check_header(mapping, labels, source_name=SOURCE_NAME, line=None)
    read = set(mapping.columns)
    places: dict[str, int] = {}
    for place, label in enumerate(labels):
        if label in read:
            if label in places:  # to_dict("records") kept the last of them and warned
                raise ClaimFormatError(SOURCE_NAME, None, label, label, "the frame has two columns of this name")
            places[label] = place
    columns = {label: column_values(frame.iloc[:, place]) for label, place in places.items()}
    for index in range(len(frame)):
        row = {label: values[index] for label, values in columns.items()}
        for label, cell in row.items():
            if cell is not None and not isinstance(cell, _CELL_TYPES):
                raise ClaimFormatError(
                    SOURCE_NAME,
                    index + 1,
                    label,
                    cell,
                    "expected text, a number or a date (a cell of a CSV file); convert the column first",
                )
        yield row
