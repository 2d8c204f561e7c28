"""Spreadsheet-safe CSV cells: no formula runs and no line break splits a row, in any locale.

Source names, URLs and quotes come from whoever wrote the report. Following
the OWASP guidance on CSV injection (https://owasp.org/www-community/attacks/CSV_Injection;
also OWASP ASVS 1.2.10 and CWE-1236):

- a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return
  or NUL is written with a leading ``'``, which spreadsheets show as text;
- inside a cell, a formula character right after a field separator of *any*
  locale (``,`` ``;`` a tab) or a line break, past spaces and double quotes,
  gets a ``'`` before it too: a spreadsheet that splits on ``;`` reads
  ``x;=1+cmd|' /C calc'!A0`` as two cells, the second a formula, and OWASP
  notes that guarding the start of the text is not enough;
- a cell holding a separator, a quote or any line break (CR, LF, VT, FF, NEL,
  U+2028, U+2029, …) is written in double quotes, so every reader keeps it
  in its row (the csv module would leave a bare CR or U+2028 unquoted).

Readers take each added ``'`` away again. Where the text already had quotes
at such a place, writing adds one more and reading removes one, so every text
round-trips exactly (a property test checks it on arbitrary text).

>>> defuse("=HYPERLINK(\\"http://x\\")"), defuse("+2"), defuse("12"), defuse("'=x")
('\\'=HYPERLINK("http://x")', "'+2", '12', "''=x")
>>> defuse("x;=1+cmd|' /C calc'!A0"), defuse("a, -3")
("x;'=1+cmd|' /C calc'!A0", "a, '-3")
>>> all(restore(defuse(s)) == s for s in ["=1+1", "+2", "-", "@a", "\\tx", "'", "'x", "''=x", "a=b", "", "a; '-1"])
True
>>> print(csv_row(["x;=1", "a\\rb", "plain"]), end="")
"x;'=1","a\rb",plain
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["FORMULA_START", "LINE_BREAKS", "csv_cell", "csv_row", "defuse", "restore", "starting_lines"]

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_START = "=+-@\t\r\0"
#: Every character some reader takes as the end of a line (``str.splitlines`` and spreadsheets).
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_START = re.compile(r"'*[=+\-@\t\r\0]")
_DEFUSED_START = re.compile(r"'+[=+\-@\t\r\0]")
# After a separator of some locale or a line break: spaces and double quotes, a run of
# single quotes (group 2), then a formula character.
_INSIDE = re.compile(r"(?<=[,;\t" + LINE_BREAKS + r"])([ \"]*)('*)(?=[=+\-@])")
_QUOTE = re.compile(r"[,;\"\t\0" + LINE_BREAKS + "]")


def defuse(cell: str) -> str:
    """``cell`` with a ``'`` wherever a spreadsheet of some locale could start a formula."""
    inside = _INSIDE.sub(lambda m: m.group(1) + "'" + m.group(2), cell)
    return "'" + inside if _START.match(inside) else inside


def restore(cell: str) -> str:
    """The text :func:`defuse` was given: each ``'`` it added taken away."""
    if _DEFUSED_START.match(cell):
        cell = cell[1:]
    return _INSIDE.sub(lambda m: m.group(1) + m.group(2)[1:], cell)


def csv_cell(cell: str) -> str:
    """One cell as written: defused, and quoted when it holds anything a reader could split on."""
    safe = defuse(cell)
    if safe != cell or _QUOTE.search(safe):
        return '"' + safe.replace('"', '""') + '"'
    return safe


def csv_row(cells: Iterable[str]) -> str:
    """One CSV row ending in ``\\n`` (the csv module would leave a bare CR, VT or U+2028 unquoted)."""
    return ",".join(map(csv_cell, cells)) + "\n"


def starting_lines(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Each record of a :func:`csv.reader` with the line it starts on: a quoted cell may hold line
    breaks, so records and lines differ (``reader.line_num`` says where the last record ended).

    >>> import csv, io
    >>> list(starting_lines(csv.reader(io.StringIO('a,b\\n\\n"x\\ny",1\\nz,2\\n'))))
    [(1, ['a', 'b']), (2, []), (3, ['x\\ny', '1']), (5, ['z', '2'])]
    """
    end = 0
    for cells in reader:
        yield end + 1, cells
        end = reader.line_num
