"""Resolutions: what :meth:`CasualtyLog.resolve_all` returns, a frozen sequence that filters.

It behaves as the list it replaced (index, slice, ``len``, iterate, compare
equal to a list or tuple of the same resolutions) and adds what an analyst
reaches for in a notebook: :meth:`Resolutions.where` to keep some counts,
:meth:`Resolutions.to_frame` and a table in Jupyter.

>>> from casualtylog import CasualtyLog
>>> from casualtylog.worked_example import EVENT, kyiv_claims
>>> found = CasualtyLog(kyiv_claims()).resolve_all()
>>> len(found), [str(r) for r in found.where(metric="dead")]
(7, ['kyiv-2025-04-24 / killed: 12'])
>>> [r.count.group for r in found.where(event_prefix="kyiv-", metric="injured")]
[None, 'children']
>>> found == list(found), found[:1] == [found[0]]
(True, True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, overload

from casualtylog.counts import Count
from casualtylog.resolve.model import Resolution
from casualtylog.vocab import normalise_metric

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ResolutionTable", "Resolutions"]


class ResolutionTable(Protocol):
    """What a columnar result (:class:`casualtylog.bulk.results.BulkTable`) offers
    :class:`Resolutions`: its length, its counts, one item built on demand, a selection."""

    def __len__(self) -> int: ...

    def count_at(self, index: int) -> Count: ...

    def item(self, index: int) -> Resolution: ...

    def items(self) -> list[Resolution]: ...

    def take(self, indices: Sequence[int]) -> ResolutionTable: ...


class Resolutions(Sequence[Resolution]):
    """A frozen, ordered sequence of resolutions (one per count).

    Equal to any list, tuple or :class:`Resolutions` holding equal
    resolutions in the same order, so code written against the list that
    ``resolve_all()`` used to return keeps working; it cannot be changed in
    place (``sorted(found)`` or ``list(found)`` give a list to change).

    The bulk engine's result is columnar: its numbers are arrays, and each
    resolution object is built when that item is first read (indexing,
    iterating, comparing), so ``resolve_all()`` itself costs numbers only.
    """

    __slots__ = ("_items", "_table")

    _items: tuple[Resolution, ...] | None
    _table: ResolutionTable | None

    def __init__(self, resolutions: Iterable[Resolution] = ()) -> None:
        object.__setattr__(self, "_items", tuple(resolutions))
        object.__setattr__(self, "_table", None)

    @classmethod
    def of_table(cls, table: ResolutionTable) -> Resolutions:
        """The resolutions of a columnar ``table``, each built when first read."""
        found = cls.__new__(cls)
        object.__setattr__(found, "_items", None)
        object.__setattr__(found, "_table", table)
        return found

    def _all(self) -> tuple[Resolution, ...]:
        items = self._items
        if items is None:
            table = self._table
            assert table is not None  # noqa: S101 - one of the two is always set
            items = tuple(table.items())
            # A cache of what the table already determines: the sequence stays frozen.
            object.__setattr__(self, "_items", items)
        return items

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Resolutions is frozen: cannot set {name!r}")

    def __reduce__(self) -> tuple[type[Resolutions], tuple[tuple[Resolution, ...]]]:
        # Rebuilt through __init__: the frozen __setattr__ would refuse pickle's default state.
        return (Resolutions, (self._all(),))

    @overload
    def __getitem__(self, index: int) -> Resolution: ...

    @overload
    def __getitem__(self, index: slice) -> Resolutions: ...

    def __getitem__(self, index: int | slice) -> Resolution | Resolutions:
        table = self._table
        if table is None or self._items is not None:
            items = self._all()
            return Resolutions(items[index]) if isinstance(index, slice) else items[index]
        if isinstance(index, slice):
            return Resolutions.of_table(table.take(range(len(table))[index]))
        return table.item(range(len(table))[index])  # range raises IndexError as a tuple would

    def __len__(self) -> int:
        return len(self._table) if self._items is None and self._table is not None else len(self._all())

    def __iter__(self) -> Iterator[Resolution]:
        # Iterating reads every item: the columnar result builds them all at once.
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Resolutions):
            return self._all() == other._all()
        if isinstance(other, list | tuple):
            return list(self._all()) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __add__(self, other: Iterable[Resolution]) -> Resolutions:
        return Resolutions((*self._all(), *other))

    def __radd__(self, other: Iterable[Resolution]) -> Resolutions:
        # ``earlier + log.resolve_all()`` with a list on the left: list.__add__ takes only lists.
        return Resolutions((*other, *self._all()))

    def __repr__(self) -> str:
        return f"Resolutions({list(self._all())!r})"

    def __str__(self) -> str:
        return "\n".join(str(r) for r in self._all())

    def where(
        self,
        *,
        event: str | None = None,
        event_prefix: str | None = None,
        metric: str | None = None,
        group: str | None = None,
        period: object = None,
    ) -> Resolutions:
        """The resolutions whose count matches every criterion given.

        ``metric`` folds synonyms as the log does (``"dead"`` is ``"killed"``);
        ``group="*"`` keeps every group but the whole population; ``period``
        is read as :func:`~casualtylog.periods.parse_period` reads it.

        >>> from casualtylog import CasualtyLog
        >>> from casualtylog.worked_example import kyiv_claims
        >>> found = CasualtyLog(kyiv_claims()).resolve_all()
        >>> [str(r.count) for r in found.where(group="children")]
        ['kyiv-2025-04-24 / injured / children']
        >>> len(found.where(event="no-such-event"))
        0
        """
        tests: list[Callable[[Count], bool]] = []
        if event is not None:
            tests.append(lambda c: c.event == event)
        if event_prefix is not None:
            tests.append(lambda c: c.event.startswith(event_prefix))
        if metric is not None:
            wanted = normalise_metric(metric)
            tests.append(lambda c: c.metric == wanted)
        if group == "*":
            tests.append(lambda c: c.group is not None)
        elif group is not None:
            tests.append(lambda c: c.group == group)
        if period is not None:
            from casualtylog.periods import parse_period  # noqa: PLC0415 - only periodic filters need it

            span = parse_period(period)
            tests.append(lambda c: c.period == span)
        table = self._table
        if self._items is None and table is not None:
            # Columnar: select by count, without building the resolutions left out (or kept).
            kept = [i for i in range(len(table)) if all(test(table.count_at(i)) for test in tests)]
            return Resolutions.of_table(table.take(kept))
        return self.filter(lambda r: all(test(r.count) for test in tests))

    def filter(self, keep: Callable[[Resolution], bool]) -> Resolutions:
        """The resolutions for which ``keep`` is true, in order.

        >>> from casualtylog import CasualtyLog
        >>> from casualtylog.worked_example import kyiv_claims
        >>> [r.best for r in CasualtyLog(kyiv_claims()).resolve_all().filter(lambda r: r.count.metric == "injured")]
        [90, 12]
        """
        return Resolutions(r for r in self if keep(r))

    def to_frame(self, *, provenance: bool = False) -> pd.DataFrame:
        """One row per count (needs the ``pandas`` extra); see :func:`casualtylog.display.resolutions_frame`.

        By default only the numbers' columns (``NUMBER_COLUMNS``): the bulk engine
        gives them without building any count's provenance. ``provenance=True``
        adds who set low and high, revisions, what was set aside and the rule,
        building each count's provenance.
        """
        from casualtylog.display.frames import resolutions_frame  # noqa: PLC0415 - optional extra

        return resolutions_frame(self, provenance=provenance)

    def _repr_html_(self) -> str:
        from casualtylog.display.html import resolutions_html  # noqa: PLC0415 - display depends on the core

        return resolutions_html(self)


def as_collection(resolutions: Sequence[Resolution]) -> Resolutions:
    """``resolutions`` as a :class:`Resolutions`, without copying one that already is."""
    return resolutions if isinstance(resolutions, Resolutions) else Resolutions(resolutions)
