"""Exports to the formats the field already reads: UCDP-GED-style rows, ACLED-style
fatalities, and W3C PROV-JSON provenance.

The HXL-tagged CSV reader and writer live in :mod:`casualtylog.formats`.
"""

from casualtylog.exports.acled import ACLED_COLUMNS, acled_fatalities, acled_rows, read_acled_csv, write_acled_csv
from casualtylog.exports.prov import prov_document, prov_json
from casualtylog.exports.ucdp import UCDP_COLUMNS, read_ucdp_csv, ucdp_figures, ucdp_rows, write_ucdp_csv

__all__ = [
    "ACLED_COLUMNS",
    "UCDP_COLUMNS",
    "acled_fatalities",
    "acled_rows",
    "prov_document",
    "prov_json",
    "read_acled_csv",
    "read_ucdp_csv",
    "ucdp_figures",
    "ucdp_rows",
    "write_acled_csv",
    "write_ucdp_csv",
]
