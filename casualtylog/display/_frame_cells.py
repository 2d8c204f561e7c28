"""A frame's cells as the values a claim record holds: columns as Python values, links, figures.

The cell side of :mod:`casualtylog.display.frame_input` (which assembles the
records); the time columns and their zones are in :mod:`casualtylog.display._frame_times`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, SupportsInt, cast

from casualtylog.errors import CasualtyLogError, ClaimFormatError
from casualtylog.figures import Figure

if TYPE_CHECKING:
    import pandas as pd

FIGURE_PARTS = ("qualifier", "low", "high", "value", "word")


def missing(value: object) -> bool:
    """Whether a cell holds no value: ``None``, a float NaN, ``pd.NA`` or ``pd.NaT``."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in {"NAType", "NaTType"}


def links(value: object) -> object:
    """A ``supersedes``/``retracts`` cell as a tuple of ids (text splits at spaces, commas, semicolons)."""
    if value.__class__ is tuple and all(v.__class__ is str for v in value):
        return value  # what claims_frame writes: these very ids
    if missing(value):
        return ()
    if isinstance(value, str):
        return tuple(part for part in re.split(r"[\s,;]+", value) if part)
    if isinstance(value, bytes | bytearray | Mapping):
        return value  # no list of ids (b"ab" is not ("97", "98")): validation refuses it as given
    if isinstance(value, Iterable):
        try:
            return tuple(str(v) for v in value)
        except TypeError:  # iterable in name only (a 0-d array): one value, as a number is
            pass
    return (str(value),)


def _int(value: object) -> object:
    """A figure part as a whole number, or as given when it is none (validation then refuses
    it, naming the value): ``True`` is no 1 and ``Decimal("12.5")`` no 12."""
    if missing(value):
        return None
    if isinstance(value, bool):
        return value
    try:
        whole = int(cast("SupportsInt", value))
    except (TypeError, ValueError, OverflowError):  # "1,200", 12+0j, inf
        return value
    if isinstance(value, str) or whole == value:
        return whole
    return value


def _figure(row: Mapping[str, Any], position: int) -> object:
    text = row.get("figure")
    parts = {k: row.get(k) for k in FIGURE_PARTS}
    if missing(parts["qualifier"]):
        return None if missing(text) else text
    fields = {
        "qualifier": parts["qualifier"],
        "low": _int(parts["low"]),
        "high": _int(parts["high"]),
        "value": _int(parts["value"]),
        "word": None if missing(parts["word"]) else parts["word"],
    }
    try:
        figure = Figure.model_validate(fields)
    except ValueError as exc:
        raise ClaimFormatError(None, position, "figure", fields, str(exc)) from exc
    if not missing(text) and _coerced(text, position) != figure and str(text) != str(figure):
        raise ClaimFormatError(
            None,
            position,
            "figure",
            text,
            f"disagrees with the qualifier/low/high/value/word columns ({figure}); edit one of them or drop the other",
        )
    return figure


def _coerced(text: object, position: int) -> Figure:
    """The figure a row's text reads as; an unreadable text is that row's figure error."""
    try:
        return Figure.coerce(text)
    except CasualtyLogError as exc:
        raise ClaimFormatError(None, position, "figure", text, str(exc)) from exc


class Figures:
    """The figure of a row, from its text and parts; each distinct combination is judged once.

    Called with a row's index (from 0); :meth:`column` gives every row's.
    """

    def __init__(self, fields: Mapping[str, list[Any]], rows: int) -> None:
        none = [None] * rows
        self.rows = rows
        self.columns = [fields.get(name, none) for name in _FIGURE_COLUMNS]
        self.known: dict[tuple[Any, ...], object] = {}

    def __call__(self, index: int) -> object:
        key = tuple(column[index] for column in self.columns)
        memo = (*key, *(v.__class__ for v in key))  # 1, 1.0 and True are equal keys, not the same input
        try:
            return self.known[memo]
        except KeyError:
            self.known[memo] = found = _figure(dict(zip(_FIGURE_COLUMNS, key, strict=True)), index + 1)
            return found
        except TypeError:  # a part that cannot be a dict key (a list): judged every time
            return _figure(dict(zip(_FIGURE_COLUMNS, key, strict=True)), index + 1)

    def column(self, stops: dict[int, Exception]) -> list[object]:
        """Each row's figure; ``None`` for a row in ``stops`` and for one whose figure cannot be
        made, its error then put into ``stops`` (raised at its row, after the rows before it)."""
        # Where each column holds one kind of value (and None), equal keys are the same input.
        plain = all(len(set(map(type, column)) - {type(None)}) <= 1 for column in self.columns)
        by_key: dict[tuple[Any, ...], object] = {}
        out: list[object] = []
        add = out.append
        for index, key in enumerate(zip(*self.columns, strict=True)):
            if stops and index in stops:
                add(None)
                continue
            if plain:
                try:
                    add(by_key[key])
                    continue
                except KeyError:
                    pass
                except TypeError:  # a cell that cannot be a key: judged by the row's own call
                    plain = False
            try:
                found = self(index)
            except Exception as exc:  # noqa: BLE001 - raised at its row by the reader
                stops[index] = exc
                found = None
            else:
                if plain:
                    by_key[key] = found
            add(found)
        return out


_FIGURE_COLUMNS = ("figure", *FIGURE_PARTS)


def column_values(series: pd.Series[Any]) -> list[Any]:
    """A column's values as Python objects, ``None`` where the frame has no value.

    Column by column rather than row by row: ``to_dict("records")`` boxes every
    cell and the per-cell missing test was most of reading a frame.
    """
    import numpy as np  # noqa: PLC0415 - the pandas extra brings it

    values: list[Any] = series.tolist()
    loose = series.dtype == object or series.dtype.name == "category"  # cells of any type
    if loose and any(isinstance(v, np.generic) for v in values):
        # These keep numpy scalars; to_dict("records") gave np.int64(5) as 5, np.True_ as True.
        values = [native(v) if isinstance(v, np.generic) else v for v in values]
    try:
        gone = series.isna().tolist()
    except ArithmeticError:  # pandas' test of Decimal("sNaN") raises: each cell judged here instead
        gone = [missing(value) for value in values]
    if not any(gone):
        return values
    if loose:  # pandas also counts Decimal("NaN") as missing: the reader judges it as a value
        return [None if empty and missing(value) else value for value, empty in zip(values, gone, strict=True)]
    return [None if empty else value for value, empty in zip(values, gone, strict=True)]


def python_values(given: Mapping[str, Any]) -> dict[str, Any]:
    """``given`` with each numpy scalar as its Python value (:func:`native`), as a cell of an
    object column reads: ``np.int64(5)`` is the figure 5, ``np.True_`` a boolean refused as one."""
    import numpy as np  # noqa: PLC0415 - the pandas extra brings it

    return {key: native(value) if isinstance(value, np.generic) else value for key, value in given.items()}


def native(value: Any) -> object:
    """A numpy scalar as the Python value pandas' ``to_dict("records")`` gives for it."""
    import numpy as np  # noqa: PLC0415 - the pandas extra brings it
    import pandas as pd  # noqa: PLC0415 - the pandas extra

    if isinstance(value, np.datetime64):
        return pd.Timestamp(value)
    if isinstance(value, np.timedelta64):  # before np.integer: numpy makes it one
        return pd.Timedelta(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, np.str_):
        return str(value)
    return value
