"""Spreadsheet-safe CSV cells: a text that a spreadsheet would run as a formula is written with a quote.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is a formula (or a number: "+2") to Excel and LibreOffice, and a source name
such as ``=HYPERLINK(…)`` comes from whoever wrote the report. Following OWASP,
such a cell is written with a leading ``'``, which spreadsheets show as text.
Readers strip it again, so files round-trip losslessly: a cell that already
starts with quotes before such a character gets one more quote on writing, and
loses one on reading.

>>> defuse("=HYPERLINK(\\"http://x\\")"), defuse("+2"), defuse("12"), defuse("'=x")
('\\'=HYPERLINK("http://x")', "'+2", '12', "''=x")
>>> all(restore(defuse(s)) == s for s in ["=1+1", "+2", "-", "@a", "\\tx", "'", "'x", "''=x", "a=b", ""])
True
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_START", "defuse", "restore"]

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_START = "=+-@\t\r"

_RISKY = re.compile(r"'*[=+\-@\t\r]")
_DEFUSED = re.compile(r"'+[=+\-@\t\r]")


def defuse(cell: str) -> str:
    """``cell``, with a leading ``'`` if a spreadsheet would read it as a formula."""
    return "'" + cell if _RISKY.match(cell) else cell


def restore(cell: str) -> str:
    """The text :func:`defuse` was given: one leading ``'`` dropped before a formula character."""
    return cell[1:] if _DEFUSED.match(cell) else cell
