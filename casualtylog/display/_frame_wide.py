"""A wide frame's rows (several figure columns a row, read through a table mapping) as the
rows :func:`~casualtylog.formats.mapping.claims_from_rows` reads: only the columns the
mapping names, each cell a Python value or ``None``; that reader refuses a cell a CSV file
could not hold (:func:`~casualtylog.formats.mapping.cell_refusal`), naming its row.

The wide side of :mod:`casualtylog.display.frame_input`; docs/tables.md describes mappings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casualtylog.display._frame_cells import column_values
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.mapping import TableMapping, check_header

if TYPE_CHECKING:
    import pandas as pd

SOURCE_NAME = "<frame>"


def wide_rows(frame: pd.DataFrame, mapping: TableMapping) -> Iterator[dict[str, Any]]:
    """Each row of ``frame`` as ``{column: cell}`` over the columns ``mapping`` reads (its
    templates', figures', rules' and ``skip``'s).

    Raises:
        ClaimFormatError: a column the mapping names is missing (before any row) or is in the
            frame twice (by its text: ``1`` and ``"1"`` are one name).
    """
    labels = [str(c) for c in frame.columns]
    check_header(mapping, labels, source_name=SOURCE_NAME, line=None)
    read = {*mapping.columns, *mapping.skip}  # a skip column is read, as a CSV file's row has it
    places: dict[str, int] = {}
    for place, label in enumerate(labels):
        if label in read:
            if label in places:  # to_dict("records") kept the last of them and warned
                raise ClaimFormatError(SOURCE_NAME, None, label, label, "the frame has two columns of this name")
            places[label] = place
    columns = {label: column_values(frame.iloc[:, place]) for label, place in places.items()}
    for index in range(len(frame)):
        yield {label: values[index] for label, values in columns.items()}
