"""The typed pandas columns of the display frames (:mod:`casualtylog.display.frames`).

Counts become nullable ``Int64``, times ``datetime64[us, ZONE]``, text the
nullable ``string`` dtype, and anything else (tuples of ids) stays an object.
Pandas is imported when :func:`_typed` runs; callers have checked the extra.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from casualtylog.claims import Claim

if TYPE_CHECKING:
    from datetime import tzinfo

    import pandas as pd

__all__: list[str] = []


def _typed(
    data: dict[str, list[Any]], ints: Iterable[str], times: Iterable[str], zone: tzinfo | None = None
) -> pd.DataFrame:
    import pandas as pd  # noqa: PLC0415 - optional extra; callers have checked it with require()

    ints, times = set(ints), set(times)
    time_dtype = pd.DatetimeTZDtype(unit="us", tz=zone or "UTC")
    columns: dict[str, Any] = {}
    for name, values in data.items():
        if name in ints:
            columns[name] = pd.array(values, dtype="Int64")
        elif name in times:
            moments = [None if v is None else pd.Timestamp(v).tz_convert(time_dtype.tz) for v in values]
            columns[name] = pd.Series(moments, dtype=time_dtype)
        elif values and all(v is None or isinstance(v, str) for v in values):
            columns[name] = pd.array(values, dtype="string")
        else:
            series = pd.Series(values, dtype=object) if values else pd.Series([], dtype="string")
            columns[name] = series
    return pd.DataFrame(columns)


def _names(claims: Iterable[Claim]) -> str:
    return "; ".join(sorted({c.source.name for c in claims}))
