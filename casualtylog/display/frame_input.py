"""DataFrames back into claims: :func:`claims_from_frame` and :func:`log_from_frame`.

Re-exported by :mod:`casualtylog.display.frames`, whose docstring describes the
columns. Needs the ``pandas`` extra.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from casualtylog._coerce import to_claim
from casualtylog._extras import require
from casualtylog.claims import Claim
from casualtylog.display._frame_cells import FIGURE_PARTS, Figures, column_values, links, missing, python_values
from casualtylog.display._frame_times import DROP, TIMES, ZONE_COLUMN, time_values
from casualtylog.display._frame_wide import SOURCE_NAME, wide_rows
from casualtylog.errors import ClaimFormatError
from casualtylog.formats.mapping import (
    TableMapping,
    TableTally,
    Tallied,
    claims_from_rows,
    is_table_mapping,
    load_mapping,
)
from casualtylog.log import CasualtyLog

if TYPE_CHECKING:
    from datetime import tzinfo

    import pandas as pd

__all__ = ["FrameClaims", "FrameRows", "claims_from_frame", "frame_records", "frame_rows", "log_from_frame"]

_LINKS = ("supersedes", "retracts")
# A column of tuples written by to_csv holds each tuple's repr; taken apart it would be
# ids such as "('bc18…'", so it is refused whole, with the way to write it instead.
_REPR_START = ("(", "[")
_LINKS_REPR = (
    "is a Python tuple's text (what to_csv writes for a column of tuples), not claim ids separated by "
    "spaces: write the frame with claims_frame(log, links='text')"
)
_EXTRA_COLUMNS = frozenset({*FIGURE_PARTS, "source_kind", *ZONE_COLUMN.values()})


def _known_columns() -> frozenset[str]:
    return frozenset(Claim.model_fields) | _EXTRA_COLUMNS


class FrameClaims(Tallied, list[Claim]):
    """The claims of a frame, a list, with what reading it left out without error: as a wide
    CSV file's reader (:attr:`~casualtylog.formats.wide.TableReader.tally`), the blank figure
    cells and the rows a table mapping's ``skip`` left out (none in a long frame).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"Date": ["2015-04-30", "2015-05-01"], "Dead": [223, None]})
    >>> claims = claims_from_frame(df, {"event": "nepal", "source": "MoHA", "reported_at": "{Date}",
    ...                                 "tz": "Asia/Kathmandu", "figures": {"Dead": "killed"}})
    >>> len(claims), claims.blank_cells, claims.tally.rows
    (1, 1, 2)
    """

    def __init__(self, claims: Iterable[Claim], tally: TableTally) -> None:
        super().__init__(claims)
        self.tally = tally


def claims_from_frame(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | TableMapping | Mapping[str, Any] | None = None,
    *,
    defaults: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
) -> FrameClaims:
    """The claims in ``frame``, one per row (see :func:`log_from_frame`), as a list that also
    counts what a wide frame left out (:class:`FrameClaims`: ``blank_cells``, ``skipped_rows``).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"date": ["2022-02-25", "2022-02-26"], "personnel": ["about 2800", "about 4300"]})
    >>> claims = claims_from_frame(df, {"date": "reported_at", "personnel": "figure"},
    ...                            defaults={"event": "ukraine", "metric": "killed", "source": "MoD of Ukraine"})
    >>> [str(c.figure) for c in claims]
    ['about 2800', 'about 4300']
    """
    require("pandas", "pandas", "claims_from_frame()")
    if is_table_mapping(mapping):  # a wide frame: several figure columns a row (docs/tables.md)
        if defaults:
            raise ClaimFormatError(None, None, "defaults", defaults, "a table mapping states its constants itself")
        table = load_mapping(mapping)
        read = claims_from_rows(wide_rows(frame, table), table, source_name=SOURCE_NAME, tz=tz)
        return FrameClaims(read, read.tally)
    long = cast("Mapping[str, str | None] | None", mapping)  # a table mapping took the other way
    claims = [to_claim(record, tz=tz, line=position) for position, record in frame_records(frame, long, defaults)]
    return FrameClaims(claims, TableTally(rows=len(claims)))


def frame_records(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | Mapping[str, Any] | None,
    defaults: Mapping[str, Any] | None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each row of a long frame as the record :func:`claims_from_frame` validates, with its
    position from 1.

    Raises:
        ClaimFormatError: a column is unknown or given twice; a figure's parts disagree or are
            no whole numbers; a time or its zone cannot be read (the first bad row's, in row order).
    """
    rows = frame_rows(frame, mapping, defaults)
    refused = rows.refused
    for index in range(rows.rows):
        if refused and index in refused:  # in row order, as a row-by-row reader meets it
            raise refused[index]
        yield index + 1, rows.record(index)


class FrameRows:
    """A long frame's records, held as columns (what ``ClaimTable.from_frame`` reads into columns).

    ``fields`` are the record's fields in its order, each with a value per row (``DROP``: the row
    leaves the field out); :meth:`record` is one row's record. ``refused`` holds the first time
    (or link cell) of a row that cannot be read, raised in row order before that row's record.
    """

    def __init__(
        self,
        rows: int,
        fields: list[tuple[str, list[Any]]],
        figure_of: Figures,
        kinds: list[Any] | None,
        refused: dict[int, ClaimFormatError],
    ) -> None:
        self.rows, self.fields, self.figure_of, self.kinds, self.refused = rows, fields, figure_of, kinds, refused

    def record(self, index: int) -> dict[str, Any]:
        """The record of the row at ``index`` (from 0).

        Raises:
            ClaimFormatError: the row's figure parts disagree or are no whole numbers.
        """
        record = {name: values[index] for name, values in self.fields if values[index] is not DROP}
        figure = self.figure_of(index)
        if figure is not None or record.get("retracts"):
            # An empty cell is no figure, left out as a CSV or JSON row leaves it (the same first
            # error when others are missing too); a retraction states none.
            record["figure"] = figure
        kinds = self.kinds
        if kinds is not None and isinstance(record.get("source"), str) and not missing(kinds[index]):
            record["source"] = {"name": record["source"], "kind": kinds[index]}
        return record


def frame_rows(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | Mapping[str, Any] | None,
    defaults: Mapping[str, Any] | None,
) -> FrameRows:
    """A long frame's records as columns (see :class:`FrameRows`; :func:`frame_records` one by one).

    Raises:
        ClaimFormatError: a column is unknown or given twice.
    """
    renames = cast("Mapping[str, str | None]", mapping or {})
    known = _known_columns()
    keep: dict[str, str] = {}
    positions: list[tuple[int, str]] = []  # (the column's place in the frame, its field)
    for place, column in enumerate(frame.columns):
        target = renames.get(str(column), str(column)) if str(column) in renames else str(column)
        if target is None:
            continue
        if target not in known:
            raise ClaimFormatError(
                None,
                None,
                str(column),
                None,
                f"unknown column; map it to a claim field ({', '.join(Claim.model_fields)}) "
                f"with mapping={{{str(column)!r}: 'field'}}, or drop it with mapping={{{str(column)!r}: None}}",
            )
        if target in keep.values():
            raise ClaimFormatError(None, None, str(column), None, f"a second column for the field {target!r}")
        keep[str(column)] = target
        positions.append((place, target))
    fixed = python_values(defaults or {})  # numpy scalars as their values, as in a frame's cells
    rows = len(frame)
    columns = {target: column_values(frame.iloc[:, place]) for place, target in positions}
    fields = _merged_fields(fixed, columns, rows)
    figure_of = Figures(fields, rows)
    refused: dict[int, ClaimFormatError] = {}  # a row's first time that cannot be read, by index
    out = list(_field_values(fields, rows, refused).items())
    return FrameRows(rows, out, figure_of, fields.get("source_kind"), refused)


def _merged_fields(fixed: Mapping[str, Any], columns: Mapping[str, list[Any]], rows: int) -> dict[str, list[Any]]:
    """Each field's value per row: the column's, or the default where the column has none.

    Ordered as the defaults, then the columns in the frame's order (a row's
    record lists its fields in that order).
    """
    fields: dict[str, list[Any]] = {}
    for name, given_default in fixed.items():
        default = None if missing(given_default) else given_default
        given = columns.get(name)
        fields[name] = [default] * rows if given is None else [default if v is None else v for v in given]
    for name, given in columns.items():
        fields.setdefault(name, given)
    return fields


def _field_values(
    fields: Mapping[str, list[Any]], rows: int, refused: dict[int, ClaimFormatError]
) -> dict[str, list[Any]]:
    """What a record holds per field and row (``DROP``: the field is left out of that row).

    A time or zone that cannot be read, or a link cell that is a tuple's repr, goes into
    ``refused`` under its row, not raised here:
    an earlier row's own error comes first.
    """
    out: dict[str, list[Any]] = {}
    stated: list[str | None] | None = None  # the precisions of texts read in their rows' zones
    for name, values in fields.items():
        if name in _EXTRA_COLUMNS or name == "figure":
            continue
        if name in _LINKS:
            out[name] = [links(v) for v in values]
            for index, value in enumerate(values):
                if isinstance(value, str) and value.lstrip()[:1] in _REPR_START and index not in refused:
                    refused[index] = ClaimFormatError(None, index + 1, name, value, _LINKS_REPR)
        elif name in TIMES:
            zones = fields.get(ZONE_COLUMN[name])
            precisions = fields.get("reported_precision") if name == "reported_at" else None
            times, read = time_values(name, values, zones, precisions, refused)
            out[name] = [DROP if v is None else v for v in times]  # an empty cell, as a CSV file's
            if name == "reported_at":
                stated = read
        else:
            out[name] = [DROP if v is None else v for v in values]  # missing values are None by now
    if stated is not None:  # "2025-04-24" read in its zone is still known only to the day
        given = out.get("reported_precision", [DROP] * rows)
        out["reported_precision"] = [g if r is None or g is not DROP else r for g, r in zip(given, stated, strict=True)]
    return out


def log_from_frame(
    frame: pd.DataFrame,
    mapping: Mapping[str, str | None] | TableMapping | Mapping[str, Any] | None = None,
    *,
    defaults: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
) -> CasualtyLog:
    """A log of the claims in ``frame``, one per row.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"when": ["2025-04-24T09:00+03:00", "2025-04-24T14:00+03:00"],
    ...                    "dead": [10, 12], "who": ["Kyiv City Military Administration"] * 2})
    >>> log = log_from_frame(df, {"when": "reported_at", "dead": "figure", "who": "source"},
    ...                      defaults={"event": "kyiv", "metric": "killed"})
    >>> log.resolve("kyiv", "killed").best
    12

    Args:
        frame: a frame from :func:`claims_frame`, or any frame whose columns,
            once renamed by ``mapping``, are claim fields (``figure`` may be
            text or a number), plus optionally the figure parts
            (``qualifier``, ``low``, ``high``, ``value``, ``word``), ``source_kind``
            and the ``*_tz`` zone columns that :func:`claims_frame` writes
            (``reported_tz`` …: an IANA name or an offset, the zone its row's time
            was stated in; a time without an offset is read in it, one with an
            offset is that instant in it, a day is that day in it).
        mapping: ``{column: field}``; map a column to ``None`` to ignore it. Or a
            table mapping (docs/tables.md) for a wide frame of figure columns: its
            cells are read as a CSV file's (text, numbers, dates; a missing figure
            is a blank cell). A date column pandas parsed holds midnights, read as
            times to the second: write ``{Date:day}`` for the day.
        defaults: values for fields the frame lacks or leaves empty, such as
            ``{"source": "MoD of Ukraine", "metric": "killed"}`` (numpy scalars are
            read as their values, as in an object column's cells).
        tz: the time zone for times without one, where a row has no zone column's.

    Returns:
        A new :class:`~casualtylog.CasualtyLog`. ``recorded_at`` values in the
        frame are kept; rows without one are stamped now.

    Raises:
        ClaimFormatError: a column is unknown, or a row is not a valid claim
            (the message names the row, counting from 1, and the field). A row
            whose ``id`` no longer matches its content (an edited frame) is
            refused: claims are immutable, so add a new claim instead.
        MissingExtraError: pandas is not installed.
    """
    require("pandas", "pandas", "log_from_frame()")
    if is_table_mapping(mapping):  # no table mapping states recorded_at: no row waits on the clock
        return CasualtyLog(claims_from_frame(frame, mapping, defaults=defaults, tz=tz), tz=tz)
    long = cast("Mapping[str, str | None] | None", mapping)
    # Row by row into the log, which validates each row and checks its recorded_at against its
    # clock before it reads the next: a future recorded_at in row 1 is the first error, before an
    # unreadable cell in row 2, as in extend(), load_jsonl and ClaimTable.from_frame. Validating
    # every row first (claims_from_frame) named row 2.
    return CasualtyLog((record for _, record in frame_records(frame, long, defaults)), tz=tz)
