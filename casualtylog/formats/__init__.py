"""File formats: JSON Lines, CSV and HXL, and the published claim schema.

Readers stream (they return a :class:`ClaimReader`, iterated once) and can be
lenient (bad records set aside as :class:`Rejection` objects, optionally
copied to a rejects file). Writers are deterministic and replace files
atomically.

>>> import io
>>> from casualtylog.formats import read_jsonl, write_hxl, read_csv
>>> from casualtylog.worked_example import kyiv_claims
>>> sheet = io.StringIO()
>>> write_hxl(kyiv_claims(), sheet)
13
>>> list(read_csv(io.StringIO(sheet.getvalue()))) == kyiv_claims()
True
"""

from casualtylog.formats.csv import CSV_FIELDS, HxlTag, load_csv, read_csv, write_hxl
from casualtylog.formats.errors import ClaimFileError, UnknownFormatError
from casualtylog.formats.files import FORMATS, add_claims, convert, export_claims, format_of, open_log, read_claims
from casualtylog.formats.jsonl import claim_line, load_jsonl, parse_line, read_jsonl, save_jsonl, write_jsonl
from casualtylog.formats.reader import ClaimReader, Rejection
from casualtylog.formats.resolutions import (
    RESOLUTION_CSV_COLUMNS,
    finding_record,
    history_records,
    resolution_record,
    write_resolutions_csv,
)
from casualtylog.formats.schema import claim_schema, schema_text

__all__ = [
    "CSV_FIELDS",
    "FORMATS",
    "RESOLUTION_CSV_COLUMNS",
    "ClaimFileError",
    "ClaimReader",
    "HxlTag",
    "Rejection",
    "UnknownFormatError",
    "add_claims",
    "claim_line",
    "claim_schema",
    "convert",
    "export_claims",
    "finding_record",
    "format_of",
    "history_records",
    "load_csv",
    "load_jsonl",
    "open_log",
    "parse_line",
    "read_claims",
    "read_csv",
    "read_jsonl",
    "resolution_record",
    "save_jsonl",
    "schema_text",
    "write_hxl",
    "write_jsonl",
    "write_resolutions_csv",
]
