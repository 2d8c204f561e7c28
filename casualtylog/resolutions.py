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
from typing import TYPE_CHECKING, overload

from casualtylog.resolve.model import Resolution
from casualtylog.vocab import normalise_metric

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Resolutions"]


class Resolutions(Sequence[Resolution]):
    """A frozen, ordered sequence of resolutions (one per count).

    Equal to any list, tuple or :class:`Resolutions` holding equal
    resolutions in the same order, so code written against the list that
    ``resolve_all()`` used to return keeps working; it cannot be changed in
    place (``sorted(found)`` or ``list(found)`` give a list to change).
    """

    __slots__ = ("_items",)

    _items: tuple[Resolution, ...]

    def __init__(self, resolutions: Iterable[Resolution] = ()) -> None:
        object.__setattr__(self, "_items", tuple(resolutions))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Resolutions is frozen: cannot set {name!r}")

    def __reduce__(self) -> tuple[type[Resolutions], tuple[tuple[Resolution, ...]]]:
        # Rebuilt through __init__: the frozen __setattr__ would refuse pickle's default state.
        return (Resolutions, (self._items,))

    @overload
    def __getitem__(self, index: int) -> Resolution: ...

    @overload
    def __getitem__(self, index: slice) -> Resolutions: ...

    def __getitem__(self, index: int | slice) -> Resolution | Resolutions:
        if isinstance(index, slice):
            return Resolutions(self._items[index])
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Resolution]:
        return iter(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Resolutions):
            return self._items == other._items
        if isinstance(other, list | tuple):
            return list(self._items) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._items)

    def __add__(self, other: Iterable[Resolution]) -> Resolutions:
        return Resolutions((*self._items, *other))

    def __repr__(self) -> str:
        return f"Resolutions({list(self._items)!r})"

    def __str__(self) -> str:
        return "\n".join(str(r) for r in self._items)

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
        tests: list[Callable[[Resolution], bool]] = []
        if event is not None:
            tests.append(lambda r: r.count.event == event)
        if event_prefix is not None:
            tests.append(lambda r: r.count.event.startswith(event_prefix))
        if metric is not None:
            wanted = normalise_metric(metric)
            tests.append(lambda r: r.count.metric == wanted)
        if group == "*":
            tests.append(lambda r: r.count.group is not None)
        elif group is not None:
            tests.append(lambda r: r.count.group == group)
        if period is not None:
            from casualtylog.periods import parse_period  # noqa: PLC0415 - only periodic filters need it

            span = parse_period(period)
            tests.append(lambda r: r.count.period == span)
        return self.filter(lambda r: all(test(r) for test in tests))

    def filter(self, keep: Callable[[Resolution], bool]) -> Resolutions:
        """The resolutions for which ``keep`` is true, in order.

        >>> from casualtylog import CasualtyLog
        >>> from casualtylog.worked_example import kyiv_claims
        >>> [r.best for r in CasualtyLog(kyiv_claims()).resolve_all().filter(lambda r: r.count.metric == "injured")]
        [90, 12]
        """
        return Resolutions(r for r in self._items if keep(r))

    def to_frame(self) -> pd.DataFrame:
        """One row per count (needs the ``pandas`` extra); see :func:`casualtylog.display.resolutions_frame`."""
        from casualtylog.display.frames import resolutions_frame  # noqa: PLC0415 - optional extra

        return resolutions_frame(self)

    def _repr_html_(self) -> str:
        from casualtylog.display.html import resolutions_html  # noqa: PLC0415 - display depends on the core

        return resolutions_html(self)


def as_collection(resolutions: Sequence[Resolution]) -> Resolutions:
    """``resolutions`` as a :class:`Resolutions`, without copying one that already is."""
    return resolutions if isinstance(resolutions, Resolutions) else Resolutions(resolutions)
