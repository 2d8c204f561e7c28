"""Pausing Python's cyclic garbage collector during bulk work.

Building hundreds of thousands of claims or resolutions creates no reference
cycles worth collecting, but every few hundred allocations the collector walks
all the objects the log already holds: the cost of adding a claim would grow
with the size of the log. Bulk operations pause it (reference counting still
frees everything) and restore the previous state afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]

# Threads pause the collector together: the first to enter remembers whether it was on,
# the last to leave turns it back on. Without the count a thread that read "off" (another
# had paused it) could disable it just after that other thread re-enabled it, and leave the
# collector off for the rest of the process.
_LOCK = threading.Lock()
_depth = 0
_restore = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block, if it was enabled; safe across threads.

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    global _depth, _restore
    with _LOCK:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()
