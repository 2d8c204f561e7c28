"""What one sync did: the rows it added, corrected, reverted, withdrawn, and the ties it kept.

>>> report = SyncReport(source="MoH", at="2025-01-01T00:00Z", read=3, added=1, unchanged=2)
>>> print(report)
MoH at 2025-01-01T00:00:00+00:00: 3 rows read; 1 added, 2 unchanged
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["ChangeKind", "SyncChange", "SyncReport", "SyncTie"]

ChangeKind = Literal["added", "corrected", "reverted", "withdrawn"]


class SyncChange(BaseModel):
    """One row whose figure changed, and the ids of the claims that record it (``claim_ids``)."""

    model_config = ConfigDict(frozen=True)

    kind: ChangeKind
    count: str
    date: datetime | None = None
    before: tuple[str, ...]
    after: tuple[str, ...]
    claim_ids: tuple[str, ...]
    reason: str


class SyncTie(BaseModel):
    """A row the snapshot states more than once with different figures: kept as the tie it is."""

    model_config = ConfigDict(frozen=True)

    count: str
    date: datetime | None = None
    figures: tuple[str, ...]
    lines: tuple[int, ...]


class SyncReport(BaseModel):
    """What one sync read and added.

    ``added``, ``corrected``, ``reverted``, ``withdrawn`` and ``unchanged``
    count rows (row keys); ``blank`` counts blank figure cells; ``ids`` are the
    claims added, in order.
    """

    model_config = ConfigDict(frozen=True)

    source: str
    at: datetime
    read: int
    added: int = 0
    corrected: int = 0
    reverted: int = 0
    withdrawn: int = 0
    unchanged: int = 0
    blank: int = 0
    ids: tuple[str, ...] = ()
    changes: tuple[SyncChange, ...] = ()
    ties: tuple[SyncTie, ...] = ()

    def __str__(self) -> str:
        parts = [
            f"{n} {name}"
            for name, n in (
                ("added", self.added),
                ("corrected", self.corrected),
                ("reverted", self.reverted),
                ("withdrawn", self.withdrawn),
                ("unchanged", self.unchanged),
                ("blank", self.blank),
            )
            if n
        ]
        ties = f"; {len(self.ties)} row{'s' if len(self.ties) != 1 else ''} stated twice (kept as ties)"
        rows = f"{self.read} row{'s' if self.read != 1 else ''} read"
        body = "; ".join([rows, ", ".join(parts) or "nothing to do"])
        return f"{self.source} at {self.at.isoformat()}: {body}{ties if self.ties else ''}"
