"""What a :class:`~casualtylog.bulk.table.ClaimTable` hands the engines instead of Claim objects:
its rows as a sequence read back on demand, one count's claims, and a resolution whose best
claim is read back only when asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, overload

from casualtylog.bulk.results import LazyResolution
from casualtylog.claims import Claim

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["CountClaims", "TableClaims", "TableResolution"]


class _Table(Protocol):
    """What these read from a table: claims by row."""

    def claim(self, row: int) -> Claim: ...

    def claims_at(self, rows: Sequence[int]) -> list[Claim]: ...


class TableClaims(Sequence[Claim]):
    """What :attr:`ClaimColumns.claims` is for a table: its rows, read back from their lines on demand."""

    def __init__(self, table: _Table) -> None:
        self._table = table
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def extend(self, new: Sequence[object]) -> None:
        self._n += len(new)  # the columns count rows as they add them; the claims stay in the file

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Claim]: ...
    def __getitem__(self, index: int | slice) -> Claim | Sequence[Claim]:
        if isinstance(index, slice):
            return self._table.claims_at(range(self._n)[index])
        return self._table.claim(range(self._n)[index])


class CountClaims(Sequence[Claim]):
    """The claims of one count, in the order they were read, built when first read."""

    def __init__(self, table: _Table, rows: npt.NDArray[Any]) -> None:
        self._table = table
        self._rows = rows
        self._claims: list[Claim] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def _all(self) -> list[Claim]:
        if self._claims is None:
            self._claims = self._table.claims_at(self._rows.tolist())
        return self._claims

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Claim]: ...
    def __getitem__(self, index: int | slice) -> Claim | Sequence[Claim]:
        return self._all()[index]


class TableResolution(LazyResolution):
    """A :class:`~casualtylog.bulk.results.LazyResolution` whose best claim, too, is read from its
    line only when asked for: a table resolves every count without building a claim."""

    __slots__ = ("_best_row", "_table")
    _best_row: int
    _table: _Table

    def _get_best_claim(self) -> Claim | None:
        return None if self._best_row < 0 else self._table.claim(self._best_row)

    def _set_best_claim(self, value: Claim | None) -> None:
        pass  # LazyResolution sets it; a table's is read through _best_row

    best_claim = property(_get_best_claim, _set_best_claim)
