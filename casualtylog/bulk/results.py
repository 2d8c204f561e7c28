"""Resolutions whose numbers come from the bulk engine and whose provenance comes later.

:class:`BulkTable` is the columnar result of one bulk resolution: the engine's
arrays, by count, and the counts in the order :meth:`CasualtyLog.counts` sorts
them. :class:`~casualtylog.resolutions.Resolutions` reads it item by item, so a
result object is built only for the counts a caller reads.

A :class:`LazyResolution` is a :class:`~casualtylog.resolve.model.Resolution`
holding best, low, high and the claim that set best, plus the number of
claims, of independent sources and whether conflicts are present. Anything
else (the rule, candidates, revisions, conflicts, anomalies, the claims that
set low and high) is computed by the reference engine the first time it is
read, from the claims the count had when it was resolved, so it is exactly
what :meth:`CasualtyLog.resolve` gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from casualtylog.claims import Claim, Count
from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Candidate, Conflict, Resolution, Revision
from casualtylog.resolve.policies import Policy

__all__ = ["BulkTable", "LazyResolution", "NumbersByCount"]


def _lazy(name: str) -> Any:
    def read(self: LazyResolution) -> Any:
        return getattr(self.full(), name)

    read.__name__ = name
    read.__doc__ = f"``{name}`` of the full resolution (computed on first access)."
    return property(read)


class LazyResolution(Resolution):
    """A resolution with its numbers set and its provenance computed on first access.

    Equal to (and hashed as) the full resolution the reference engine gives.
    """

    # Few slots, set once: a result object per count is the cost of reading every item.
    __slots__ = ("_full", "_resolved", "_tallies")
    _full: Resolution
    _resolved: tuple[list[Claim] | dict[Count, list[Claim]], int, Policy]
    _tallies: tuple[int, int, bool]

    rule: str = _lazy("rule")
    low_claims: tuple[Claim, ...] = _lazy("low_claims")
    high_claims: tuple[Claim, ...] = _lazy("high_claims")
    considered: tuple[Claim, ...] = _lazy("considered")
    current: tuple[Candidate, ...] = _lazy("current")
    credible: tuple[Candidate, ...] = _lazy("credible")
    superseded: tuple[Claim, ...] = _lazy("superseded")
    retracted: tuple[Claim, ...] = _lazy("retracted")
    excluded: tuple[Claim, ...] = _lazy("excluded")
    outdated: tuple[Claim, ...] = _lazy("outdated")
    conflicts: tuple[Conflict, ...] = _lazy("conflicts")
    revisions: tuple[Revision, ...] = _lazy("revisions")
    increments: tuple[Candidate, ...] = _lazy("increments")
    anomalies: tuple[str, ...] = _lazy("anomalies")
    future: tuple[Claim, ...] = _lazy("future")
    dangling: tuple[tuple[Claim, str, str], ...] = _lazy("dangling")

    def __init__(
        self,
        count: Count,
        policy: Policy,
        numbers: tuple[int | None, int | None, int | None, Claim | None],
        tallies: tuple[int, int, bool],
        claims: list[Claim] | dict[Count, list[Claim]],
        at: datetime | None,
        known_at: datetime | None,
        upto: int | None = None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "count", count)
        setter(self, "policy", policy.name)
        setter(self, "best", numbers[0])
        setter(self, "low", numbers[1])
        setter(self, "high", numbers[2])
        setter(self, "best_claim", numbers[3])
        setter(self, "at", at)
        setter(self, "known_at", known_at)
        setter(self, "_tallies", tallies)
        # The log only appends to a count's list: its first ``upto`` claims are the ones resolved.
        # Given the log's lists by count (and ``upto``), the list is looked up only when needed.
        # ``_full`` is left unset until the provenance is built.
        setter(self, "_resolved", (claims, upto if upto is not None else len(claims), policy))

    def full(self) -> Resolution:
        """The reference engine's resolution of the same claims (computed once)."""
        try:
            return self._full
        except AttributeError:
            held, upto, policy = self._resolved
            claims = held[self.count] if isinstance(held, dict) else held
            full = resolve_claims(self.count, claims[:upto], policy, at=self.at, known_at=self.known_at)
            object.__setattr__(self, "_full", full)
            return full

    @property
    def provenance_built(self) -> bool:
        """Whether the full resolution has been computed yet."""
        return hasattr(self, "_full")

    @property
    def sources(self) -> int:
        """How many independent originators stand behind the credible figures."""
        return self._tallies[1]

    @property
    def states_a_figure(self) -> bool:
        """See :attr:`Resolution.states_a_figure`; a best figure answers it without building provenance."""
        return self.best is not None or self.full().states_a_figure

    @property
    def claim_count(self) -> int:
        """How many claims were visible (``len(considered)``), without building them."""
        return self._tallies[0]

    @property
    def has_conflicts(self) -> bool:
        """Whether any conflict is present (``bool(conflicts)``), without building them."""
        return self._tallies[2]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyResolution):
            other = other.full()
        return self.full() == other

    def __hash__(self) -> int:
        return hash(self.full())

    def __repr__(self) -> str:
        return repr(self.full())

    def __reduce__(self) -> tuple[Any, tuple[Resolution]]:
        # Pickled (to a Dask worker, say) as the full resolution: the claims list stays here.
        return _itself, (self.full(),)


def _itself(resolution: Resolution) -> Resolution:
    return resolution


Array = Any  # numpy arrays; numpy is optional, so annotations stay loose


class NumbersByCount:
    """One bulk resolution's numbers, by count code, and the resolutions built from them so far.

    ``numbers`` are the engine's arrays (best, low, high, best row, claims
    considered, sources, conflicts present); ``done`` holds the resolutions
    already made, the reference engine's for the counts it resolved.
    """

    __slots__ = ("_arrays", "_by_count", "_claims", "_counts", "_done", "_high_open", "_query", "_upto")

    def __init__(
        self,
        counts: Sequence[Count],
        numbers: tuple[Array, ...],
        claims: tuple[Sequence[Claim], dict[Count, list[Claim]], Array],
        query: tuple[Policy, datetime | None, datetime | None],
        done: dict[int, Resolution],
        high_open: int,
    ) -> None:
        self._counts = counts
        self._arrays = numbers
        self._claims, self._by_count, self._upto = claims
        self._query = query
        self._done = done
        self._high_open = high_open

    def count(self, code: int) -> Count:
        return self._counts[code]

    def resolution(self, code: int) -> Resolution:
        """The resolution of count ``code``: made on first read, the same object afterwards."""
        found = self._done.get(code)
        if found is None:
            found = self._done[code] = self._make(code, *(int(a[code]) for a in self._arrays), int(self._upto[code]))
        return found

    def resolutions(self, codes: list[int]) -> list[Resolution]:
        """The resolutions of ``codes``, in order: as :meth:`resolution`, the arrays read at once."""
        done, make = self._done, self._make
        missing = [code for code in codes if code not in done]
        if missing:
            # Gathered by numpy, then one zip: no per-item lookups into the arrays.
            gathered = [array[missing].tolist() for array in (*self._arrays, self._upto)]
            for code, *numbers in zip(missing, *gathered, strict=True):
                done[code] = make(code, *numbers)
        return [done[code] for code in codes]

    def _make(self, code: int, best: int, low: int, high: int, best_row: int, *tallies: int) -> LazyResolution:
        considered, sources, conflicted, upto = tallies
        policy, at, known_at = self._query
        if best_row < 0:
            numbers: tuple[int | None, int | None, int | None, Claim | None] = (None, None, None, None)
        else:
            numbers = (best, low, None if high == self._high_open else high, self._claims[best_row])
        return LazyResolution(
            self._counts[code],
            policy,
            numbers,
            (considered, sources, bool(conflicted)),
            self._by_count,
            at,
            known_at,
            upto,
        )


class BulkTable:
    """Some counts of one bulk resolution, in order: a :class:`~casualtylog.resolutions.ResolutionTable`."""

    __slots__ = ("_codes", "_numbers")

    def __init__(self, numbers: NumbersByCount, codes: list[int]) -> None:
        self._numbers = numbers
        self._codes = codes

    def __len__(self) -> int:
        return len(self._codes)

    def count_at(self, index: int) -> Count:
        return self._numbers.count(self._codes[index])

    def item(self, index: int) -> Resolution:
        return self._numbers.resolution(self._codes[index])

    def items(self) -> list[Resolution]:
        return self._numbers.resolutions(self._codes)

    def take(self, indices: Sequence[int]) -> BulkTable:
        codes = self._codes
        return BulkTable(self._numbers, [codes[i] for i in indices])
