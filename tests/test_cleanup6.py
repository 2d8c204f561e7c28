"""Session 6 cleanup: each test is named after its item (modules split, bad input named by its line)."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "casualtylog"


# -- item 1: bulk/plain.py, bulk/columns.py and bulk/table.py split by concept --------------
@pytest.mark.parametrize(
    "module",
    [
        "bulk/plain.py",
        "bulk/arrays.py",
        "bulk/repeats.py",
        "bulk/columns.py",
        "bulk/codes.py",
        "bulk/table.py",
        "bulk/table_files.py",
    ],
)
def test_item1_split_modules_stay_under_the_400_line_rule(module: str) -> None:
    lines = (PACKAGE / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{module} has {lines} lines"


def test_item1_names_are_importable_from_their_old_homes() -> None:
    from casualtylog.bulk import arrays, codes, repeats, table_files  # noqa: PLC0415
    from casualtylog.bulk.columns import (  # noqa: PLC0415
        _DTYPES,
        _KIND_CODE,
        _NAMES,
        _QUALIFIER_CODE,
        FLAG_AS_OF,
        HIGH_OPEN,
        QUALIFIERS,
        SOURCE_KINDS,
        STATUS_RANK,
        ClaimColumns,
        _figure_fields,
        _row,
        columns_of,
    )
    from casualtylog.bulk.plain import (  # noqa: PLC0415
        FINEST,
        WINDOW_BY_RANK,
        beside_superseded,
        by_rank,
        effective_identity,
        exclusive_cummax,
        group_starts,
        link_targets,
        originator_groups,
        overlap,
        rows_after,
        supersede_repeats,
        unplain_counts,
    )
    from casualtylog.bulk.table import ClaimTable  # noqa: PLC0415

    assert _row is codes._row
    assert _figure_fields is codes._figure_fields
    assert HIGH_OPEN == codes.HIGH_OPEN
    assert supersede_repeats is repeats.supersede_repeats
    assert beside_superseded is repeats.beside_superseded
    assert link_targets is arrays.link_targets
    assert overlap is arrays.overlap
    assert table_files.blocks is not None
    assert ClaimTable.__name__ == "ClaimTable"
    rest = (_DTYPES, _KIND_CODE, _NAMES, _QUALIFIER_CODE, FLAG_AS_OF, QUALIFIERS, SOURCE_KINDS, STATUS_RANK)
    more = (ClaimColumns, columns_of, FINEST, WINDOW_BY_RANK, by_rank, effective_identity, exclusive_cummax)
    assert all(name is not None for name in (*rest, *more, group_starts, originator_groups, rows_after, unplain_counts))
