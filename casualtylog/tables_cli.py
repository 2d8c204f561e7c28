"""The wide-table flags of ``casualtylog add``: a mapping file, and flags for the simple cases.

``casualtylog add STORE sheet.csv --mapping map.toml`` reads a wide table
through a :class:`~casualtylog.formats.mapping.TableMapping` (docs/tables.md).
For a simple table, flags say the same without a file::

    casualtylog add log.db nepal.csv --figure killed=Killed --figure injured=Injured \\
        --event-template "{District}-2015" --source "Nepal MoHA" --reported-at-column Date

``--map METRIC=COLUMN`` with a metric (not a claim field) is a ``--figure``;
``--map FIELD=COLUMN`` and ``--set FIELD=VALUE`` with claim fields then fill
those fields from the column, or with the value. Flags override the keys of
a mapping file, and ``--figure`` adds figure columns to the file's. Errors
name the flag.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from casualtylog.errors import ClaimFormatError
from casualtylog.formats.csv import CSV_FIELDS
from casualtylog.formats.errors import MappingError
from casualtylog.formats.mapping import TableMapping, check_header, load_mapping
from casualtylog.formats.reader import ClaimReader

__all__ = ["add_mapping_arguments", "check_inputs", "report_tallies", "table_mapping_from_args"]

#: Single-key flags: flag → mapping key, and whether the value is a column (else a template).
_KEY_FLAGS: dict[str, tuple[str, bool]] = {
    "--event-template": ("event", False),
    "--source": ("source", False),
    "--source-kind": ("source_kind", False),
    "--reported-at-column": ("reported_at", True),
    "--as-of-column": ("as_of", True),
    "--period-template": ("period", False),
}


_FLAG_OF = {key: flag for flag, (key, _) in _KEY_FLAGS.items()}


def _figure(text: str) -> tuple[str, str]:
    key, sep, column = text.partition("=")
    if not sep or not key.strip() or not column.strip():
        raise argparse.ArgumentTypeError(f"expected METRIC[/GROUP]=COLUMN, got {text!r}")
    return key.strip(), column.strip()


def _template_pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=TEMPLATE, got {text!r}")
    return key.strip(), value


def add_mapping_arguments(cmd: argparse.ArgumentParser) -> None:
    """Add the wide-table flags to ``cmd`` (``casualtylog add``)."""
    group = cmd.add_argument_group("wide tables (CSV, or a JSON array of rows; see docs/tables.md)")
    group.add_argument("--mapping", metavar="FILE", help="a table mapping: *.toml or *.json")
    group.add_argument(
        "--figure",
        metavar="METRIC[/GROUP]=COLUMN",
        type=_figure,
        action="append",
        default=[],
        help="a column of figures, e.g. killed=Killed or injured/children=Injured children",
    )
    group.add_argument("--event-template", metavar="TEMPLATE", help="the event, e.g. '{district}-2015'")
    group.add_argument("--source", metavar="NAME", help="the source of every row (a template may name a column)")
    group.add_argument("--source-kind", metavar="KIND", help="official, military, un, ngo, media, …")
    group.add_argument("--reported-at-column", metavar="COLUMN", help="the column of the time each figure was said")
    group.add_argument("--as-of-column", metavar="COLUMN", help="the column of the time each figure describes")
    group.add_argument("--period-template", metavar="TEMPLATE", help="the span counted, e.g. '{date:month}'")
    group.add_argument(
        "--template",
        metavar="KEY=TEMPLATE",
        type=_template_pair,
        action="append",
        default=[],
        help="any other key of a mapping, e.g. group={Group} or via=Telegram",
    )


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _place(column: str, flag: str) -> str:
    if "{" in column or "}" in column or ":" in column:
        raise MappingError(flag, column, "a column named with '{', '}' or ':' needs a mapping file (docs/tables.md)")
    return "{" + column + "}"


def table_mapping_from_args(
    args: argparse.Namespace,
) -> tuple[TableMapping | Mapping[str, str] | None, Mapping[str, Any] | None]:
    """The mapping ``add`` reads with, and its constants: a table mapping, or the long table's as before.

    Raises:
        MappingError: naming the flag (or the mapping file and key).
    """
    pairs: list[tuple[str, str]] = list(args.map)
    constants: list[tuple[str, str]] = list(args.set)
    figures: list[tuple[str, str, str]] = [(m, c, "--figure") for m, c in args.figure]
    figures += [(k, c, "--map") for k, c in pairs if k not in CSV_FIELDS]
    keys = {flag: getattr(args, flag[2:].replace("-", "_")) for flag in _KEY_FLAGS}
    wide = args.mapping is not None or figures or any(v is not None for v in keys.values()) or args.template
    if not wide:
        return (dict(pairs) or None), (dict(constants) or None)
    data: dict[str, Any] = {}
    flags: dict[str, str] = {}  # mapping key → the flag that set it, for errors
    if args.mapping is not None:
        raw = load_mapping(args.mapping).model_dump(exclude_defaults=True)
        data.update(raw)
    for key, value in constants:
        data[key], flags[key] = _escape(value), "--set"
    for key, column in pairs:
        if key in CSV_FIELDS:
            data[key], flags[key] = _place(column, "--map"), "--map"
    for flag, (key, is_column) in _KEY_FLAGS.items():
        value = keys[flag]
        if value is not None:
            data[key], flags[key] = (_place(value, flag) if is_column else value), flag
    for key, value in args.template:
        data[key], flags[key] = value, "--template"
    listed = list(data.get("figures", ()))
    start = len(listed)
    for target, column, _ in figures:
        metric, _, group_name = target.partition("/")
        listed.append({"column": column, "metric": metric, "group": group_name or None})
    if figures:
        data["figures"] = listed

    def flag_for(where: str) -> str | None:
        head = where.split(".")[0].split("[")[0]
        if head == "figures" and where.startswith("figures["):
            index = int(where[len("figures[") :].split("]")[0])
            return figures[index - start][2] if start <= index < start + len(figures) else None
        if head == "figures" and args.mapping is None:
            return "--figure"
        return flags.get(head) or (None if args.mapping is not None else _FLAG_OF.get(head))

    try:
        mapping = TableMapping.model_validate(data)
        check_inputs(mapping, args.inputs)
    except ClaimFormatError as exc:  # the header lacks a column: name the flag that asked for it
        named = flag_for(exc.field or "")
        if named is None:
            raise
        raise ClaimFormatError(exc.path, exc.line, named, exc.value, exc.problem) from None
    except MappingError as exc:
        named = flag_for(exc.where)
        if named is None:
            raise
        raise MappingError(named, exc.value, exc.problem) from None
    return mapping, None


def check_inputs(mapping: TableMapping, inputs: Sequence[str]) -> None:
    """Refuse, before anything is added, a CSV input whose header lacks a column the mapping names."""
    for path in inputs:
        if path == "-" or Path(path).suffix.casefold() != ".csv" or not Path(path).is_file():
            continue
        with Path(path).open(encoding="utf-8", errors="replace", newline="") as stream:
            header = next(csv.reader(stream), None)
        if header is None:
            continue
        check_header(mapping, [c.strip() for c in header], source_name=path, line=1)


def report_tallies(readers: Iterable[ClaimReader], stream: IO[str]) -> None:
    """Say how many blank figure cells and rows ``skip`` left out, per table read (not errors)."""
    for reader in readers:
        if reader.rejected:  # its summary, printed with the rejections, already says it
            continue
        tally = getattr(reader, "tally", None)
        if tally is not None and (tally.blank_cells or tally.skipped_rows):
            print(
                f"{reader.name}: {tally.blank_cells} blank figure cell{'s' if tally.blank_cells != 1 else ''} "
                f"skipped, {tally.skipped_rows} row{'s' if tally.skipped_rows != 1 else ''} left out by skip",
                file=stream,
            )
