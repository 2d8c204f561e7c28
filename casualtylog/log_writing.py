"""How a :class:`~casualtylog.CasualtyLog` takes claims in: validated, checked, stored, indexed.

The log's public methods (``add``, ``extend``) are in :mod:`casualtylog.log`;
:class:`ClaimWriting` is the part behind them: every claim of a batch is
validated before any is stored (a bad one leaves the log as it was), a carried
``recorded_at`` may not be in the future, the store stamps and keeps the new
claims, and the index files each under its count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from casualtylog._coerce import to_claim
from casualtylog.claim_links import share_link_ids
from casualtylog.claims import Claim
from casualtylog.errors import ClaimFormatError
from casualtylog.log_resolving import CountResolving
from casualtylog.log_store import StoreLink
from casualtylog.times import instant

if TYPE_CHECKING:
    from casualtylog.store.contract import Appended

__all__ = ["RECORDED_AT_TOLERANCE", "ClaimInput", "ClaimWriting"]

#: How far ahead of the log's clock a carried ``recorded_at`` may be (clock skew
#: between machines), before it is refused as a time in the future.
RECORDED_AT_TOLERANCE = timedelta(minutes=5)

ClaimInput = Claim | Mapping[str, Any]


@runtime_checkable
class Located(Protocol):
    """Claims that can say where each came from (:class:`~casualtylog.formats.reader.ClaimReader`)."""

    def mark(self) -> object:
        """Where a batch read from here on starts (claims may have been read before it)."""
        ...

    def relocate(self, error: ClaimFormatError, since: object = None) -> ClaimFormatError:
        """``error`` naming the file and line of the claim it names by its place in the batch that
        began at ``since`` (what :meth:`mark` said then)."""
        ...


class ClaimWriting(StoreLink, CountResolving):
    """The writing side of :class:`~casualtylog.CasualtyLog` (a mixin: the log sets the attributes)."""

    _vague: dict[str, int] | None

    def _extend(self, claims: Iterable[ClaimInput]) -> int:
        batch: dict[str, Claim] = {}
        since = claims.mark() if isinstance(claims, Located) else None  # a reader may be read in part already
        try:
            for position, item in enumerate(claims, start=1):
                claim = to_claim(item, tz=self._tz, line=position, vague=self._vague)
                self._check_recorded(claim, position)
                if claim.id not in self._by_id and claim.id not in batch:
                    batch[claim.id] = claim
        except ClaimFormatError as error:
            # A file's reader knows where each claim it gave starts: "claims.csv, line 4", not "record 2".
            if isinstance(claims, Located):
                raise claims.relocate(error, since) from error
            raise
        if not batch:
            return 0
        return self._commit(list(batch.values())).stored

    def _check_recorded(self, claim: Claim, position: int | None) -> None:
        """A claim may carry the time another log recorded it (a restore), never a future one.

        A future ``recorded_at`` would hide the claim from every ``known_at``
        query until then, and, in a store, hold the recorded clock there.
        """
        # As instants: a clock in a named zone would otherwise compare (and add) by wall clock.
        recorded = claim.recorded_at
        if recorded is not None and instant(recorded) > instant(self._clock()) + RECORDED_AT_TOLERANCE:
            raise ClaimFormatError(
                None,
                position,
                "recorded_at",
                recorded.isoformat(),
                "is in the future; recorded_at is set by the log when a claim is added (leave it out)",
            )

    def _commit(self, claims: Sequence[Claim]) -> Appended:
        """Append validated, new ``claims`` to the store (which stamps them) and index them."""
        appended = self._persist(claims)
        if self._queryable is None:
            # Indexes this batch and whatever other writers appended before it, in store order.
            self.refresh()
        return appended

    def _index(self, claim: Claim) -> None:
        if claim.supersedes or claim.retracts:
            share_link_ids(claim, self._by_id)
        self._by_id[claim.id] = claim
        count = claim.count
        self._by_count.setdefault(count, []).append(claim)
        self._forget_resolutions(claim)
