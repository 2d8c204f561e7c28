"""Pausing Python's cyclic garbage collector during bulk work.

Building hundreds of thousands of claims or resolutions creates no reference
cycles worth collecting, but every few hundred allocations the collector walks
all the objects the log already holds: the cost of adding a claim would grow
with the size of the log. Bulk operations pause it (reference counting still
frees everything) and restore the previous state afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block, if it was enabled.

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
